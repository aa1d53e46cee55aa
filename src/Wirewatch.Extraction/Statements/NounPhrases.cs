using Wirewatch.Core;

namespace Wirewatch.Extraction.Statements;

/// <summary>Finds the noun phrase that ends before or starts after a position: the speaker, addressee or relay.</summary>
internal static class NounPhrases
{
    /// <summary>The most tokens a name and its apposition take before the speaker ("Dow's chief executive, Andrew Liveris").</summary>
    private const int MaxApposition = 10;

    /// <summary>The first token of the noun phrase that ends at <paramref name="end"/> (exclusive), or -1.</summary>
    public static int Left(ArticleView view, int end, int floor)
    {
        if (end - 3 > floor && view.Words[end - 1] == ")")
        {
            // "Rep. Gwen Moore (D-Wis.) said": the parenthesis belongs to the name before it.
            var open = Array.LastIndexOf(view.Words, "(", end - 2, Math.Min(8, end - 1 - floor));
            return open > floor && IsNominal(view, open - 1) ? Left(view, open, floor) : -1;
        }

        var i = end - 1;
        var first = -1;
        if (i > floor && WordSets.Default.Respondents.Contains(view.Words[i]) && IsNominal(view, i - 1))
        {
            // "those surveyed say", "Cuban-Americans polled said": the participle closes the noun phrase.
            first = i;
            i--;
        }

        while (i >= floor)
        {
            if (IsNominal(view, i))
            {
                first = i;
                i--;
                continue;
            }

            if (first >= 0 && i > floor && IsBridge(view, i) && IsNominal(view, i - 1))
            {
                i--;
                continue;
            }

            if (first >= 0 && i > floor && WordSets.Default.Joiners.Contains(view.Words[i]) && IsNominal(view, i - 1) && (view.Tags[i - 1] != PartOfSpeech.Pron || WordSets.Default.SubjectPronouns.Contains(view.Words[i - 1])))
            {
                // "Clinton and the State Department said", "she and another reporter said": two noun phrases joined into one speaker.
                i--;
                continue;
            }

            if (first >= 0 && i > floor && IsParticiple(view, i))
            {
                i--;
                continue;
            }

            break;
        }

        if (first < 0)
        {
            return -1;
        }

        if (first > floor && IsParticiple(view, first - 1) && (first - 1 == floor || !IsNominal(view, first - 2)))
        {
            // "Texas-based Matt Mackowiak said", "retired Gen. Mick Bednarek": a participle before the name is its adjective.
            first--;
        }

        first = QuantityModifiers(view, first, floor);

        // An apposition: "John Kirby, the coordinator for the council, denied".
        if (first - 2 > floor && view.Words[first - 1] == "," && view.Words[end] is not "," && EndsAppositionLeft(view, first - 1, floor, out var head))
        {
            return head;
        }

        return first;
    }

    /// <summary>The end (exclusive) of the noun phrase that starts at <paramref name="start"/>, or -1.</summary>
    public static int Right(ArticleView view, int start, int limit)
    {
        var i = start;
        var end = -1;
        while (i < limit)
        {
            if (IsNominal(view, i) && !WordSets.Default.Complements.Contains(view.Words[i]) && !(end >= 0 && view.Tags[i] == PartOfSpeech.Pron) && !(end == i && view.Tags[i] == PartOfSpeech.Det))
            {
                // "told reporters he ...", "told reporters the vote ...": a pronoun or determiner right after a noun
                // opens the next clause or phrase.
                i++;
                end = i;
                continue;
            }

            if ((end >= 0 || i == start && IsParticiple(view, i)) && i + 1 < limit && (IsBridge(view, i) || IsParticiple(view, i)) && IsNominal(view, i + 1))
            {
                i++;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>"about half of voters", "more than 4 in 10", "nearly 40 percent": the words that bound a number belong to
    /// its noun phrase.</summary>
    private static int QuantityModifiers(ArticleView view, int first, int floor)
    {
        if (view.Tags[first] != PartOfSpeech.Num && !WordSets.Default.Fractions.Contains(view.Words[first]))
        {
            return first;
        }

        var i = first;
        while (i > floor && WordSets.Default.QuantityModifiers.Contains(view.Words[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool EndsAppositionLeft(ArticleView view, int comma, int floor, out int head)
    {
        head = -1;
        var appositionFirst = Left(view, comma, floor);
        if (appositionFirst < 0 || WordSets.Default.Relatives.Contains(view.Words[appositionFirst]))
        {
            return false;
        }

        var before = appositionFirst - 1;
        if (before <= floor || view.Words[before] != ",")
        {
            return false;
        }

        var nameFirst = LeftSimple(view, before, floor);
        if (nameFirst < 0 || nameFirst > floor && !(view.Words[nameFirst - 1] == "," || WordSets.Default.Coordinators.Contains(view.Words[nameFirst - 1])))
        {
            if (nameFirst != floor)
            {
                return false;
            }
        }

        if (nameFirst >= 0 && comma - nameFirst > MaxApposition)
        {
            // "... rapid land reclamation, building of outposts and use of them for military purposes, Nakatani said": a
            // list closing a quotation is no name with its apposition.
            return false;
        }

        head = nameFirst;
        return nameFirst >= 0;
    }

    private static int LeftSimple(ArticleView view, int end, int floor)
    {
        var i = end - 1;
        var first = -1;
        while (i >= floor && IsNominal(view, i) && view.Tags[i] != PartOfSpeech.Pron)
        {
            first = i;
            i--;
        }

        return first;
    }

    public static bool IsNominal(ArticleView view, int i)
    {
        var token = view.Tokens[i];
        if (token.Kind is TokenKind.Clitic or TokenKind.Abbreviation)
        {
            return token.Kind == TokenKind.Abbreviation || view.Words[i] is "'s" or "'";
        }

        return view.Tags[i] switch
        {
            PartOfSpeech.Det or PartOfSpeech.Adj or PartOfSpeech.Noun or PartOfSpeech.PropN or PartOfSpeech.Num => token.Kind != TokenKind.Punctuation,
            PartOfSpeech.Pron => true,
            PartOfSpeech.Part => view.Words[i] is "'s",
            PartOfSpeech.Sym => view.Words[i] == "%" && i > 0 && view.Tags[i - 1] == PartOfSpeech.Num,
            _ => false,
        };
    }

    private static bool IsBridge(ArticleView view, int i)
        => view.Tags[i] == PartOfSpeech.Adp && WordSets.Default.Bridges.Contains(view.Words[i])
            || view.Words[i] is "-" or "&" or "/";

    /// <summary>A participle opening a reduced relative inside a noun phrase: "data released by the agency",
    /// "a new study documenting iodine levels".</summary>
    private static bool IsParticiple(ArticleView view, int i)
        => view.Tags[i] == PartOfSpeech.Verb
            && (view.Words[i].EndsWith("ed", StringComparison.Ordinal) || view.Words[i].EndsWith("ing", StringComparison.Ordinal));
}
