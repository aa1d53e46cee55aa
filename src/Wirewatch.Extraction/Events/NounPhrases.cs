namespace Wirewatch.Extraction.Events;

/// <summary>Cheap noun-phrase edges from the tokens: where a list of phrases after a word ends, and its items.</summary>
public static class NounPhrases
{
    private const int MaxItemWords = 7;

    /// <summary>
    /// The items of the list starting at <paramref name="start"/>, split at commas and "and"/"or", ending at the
    /// sentence end, at a verb or at an item too long to be a phrase; an item holding a report verb ends it.
    /// </summary>
    public static IReadOnlyList<(int First, int End)> ListAt(EventText text, int start, int end, EventLexicon lexicon)
    {
        var items = new List<(int, int)>();
        var itemStart = start;
        for (var i = start; i <= end; i++)
        {
            var boundary = i == end || text.Words[i] is "," or "and" or "or" or ";" or "." or "--" or "(" or ")";
            var stop = i == end || text.Words[i] is ";" or "." or "--" || IsClauseEdge(text, i) || (i > itemStart && (text.IsVerb(i) || lexicon.ReportVerbs.Contains(text.Words[i])));
            if (boundary || stop)
            {
                if (stop && i < end && lexicon.ReportVerbs.Contains(text.Words[i]))
                {
                    break;
                }

                if (i > itemStart && i - itemStart <= MaxItemWords)
                {
                    items.Add((itemStart, i));
                }

                if (stop)
                {
                    break;
                }

                itemStart = i + 1;
            }
        }

        return items;
    }

    /// <summary>A preposition other than "of" or a subordinating conjunction: the end of a noun phrase.</summary>
    public static bool IsClauseEdge(EventText text, int i)
        => (text.Is(i, Wirewatch.Core.PartOfSpeech.Adp) && text.Words[i] != "of") || text.Is(i, Wirewatch.Core.PartOfSpeech.SConj);

    /// <summary>The phrase after <paramref name="start"/> up to punctuation, a verb or <paramref name="max"/> words (a "(FMLN)" after it included).</summary>
    public static (int First, int End) PhraseAt(EventText text, int start, int end, int max)
    {
        var i = start;
        while (i < end && i - start < max && !(text.IsPunctuation(i) && text.Words[i] is not "(" and not ")") && !(i > start && (text.IsVerb(i) || IsClauseEdge(text, i))))
        {
            i++;
        }

        return (start, i);
    }
}
