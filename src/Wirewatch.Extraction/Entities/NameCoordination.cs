using Wirewatch.Core;
using Wirewatch.Learning.Names;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// In a properly cased article, a list of names joined by commas and "and" or "or" names things of one kind: a
/// capitalised proper noun in a list with an organisation's name ("Chrysler, Ford, and General Motors") that the tagger
/// left out is an organisation too. Names the tagger found in the list keep their type here; <see cref="NameConsistency"/>
/// retypes one-word people and unknown places so joined.
/// </summary>
internal static class NameCoordination
{
    private const int MaxItemWords = 3;

    public static void AddOrganisations(Document document, NameHintFlags[] hints, List<(int First, int End, EntityType Type)> names, EntityLexicon lexicon)
    {
        var text = document.FoldedText;
        var tokens = document.Tokens;
        var owner = new int[tokens.Count];
        Array.Fill(owner, -1);
        for (var i = 0; i < names.Count; i++)
        {
            owner.AsSpan(names[i].First, names[i].End - names[i].First).Fill(i);
        }

        var sentenceStart = new bool[tokens.Count];
        foreach (var sentence in document.Sentences)
        {
            var t = FirstTokenAt(tokens, sentence.Start);
            if (t < tokens.Count)
            {
                sentenceStart[t] = true;
            }
        }

        var context = new Context(text, tokens, document.PartsOfSpeech, hints, owner, sentenceStart, names, lexicon);
        var count = names.Count;
        var items = new List<(int First, int End)>();
        for (var n = 0; n < count; n++)
        {
            if (names[n].Type != EntityType.Org)
            {
                continue;
            }

            items.Clear();
            var (joinedLeft, commaLeft) = Walk(context, names[n].First, names[n].End, leftwards: true, items);
            var (joinedRight, commaRight) = Walk(context, names[n].First, names[n].End, leftwards: false, items);
            if (!(joinedLeft || joinedRight) || !(commaLeft || commaRight))
            {
                continue;
            }

            foreach (var (first, end) in items)
            {
                names.Add((first, end, EntityType.Org));
                owner.AsSpan(first, end - first).Fill(names.Count - 1);
            }
        }
    }

    // Walks the list from one name outwards; collects the untagged items, and says whether "and" or "or" joins any
    // two of its items, and whether a comma does. A list is both: commas alone are no list ("In Detroit, GM said"),
    // and "and" alone may be inside one name ("Union of Rationalist Atheists and Agnostics").
    private static (bool Joined, bool Comma) Walk(Context c, int first, int end, bool leftwards, List<(int First, int End)> items)
    {
        var coordinated = false;
        var comma = false;
        var found = new List<(int First, int End)>();
        var tokens = c.Tokens;
        while (true)
        {
            // The separator: ",", "and", "or", ", and", ", or".
            var s = leftwards ? first - 1 : end;
            if (s < 0 || s >= tokens.Count)
            {
                break;
            }

            var word = Word(c.Text, tokens[s]);
            var joined = IsConjunction(word);
            if (!joined && word is not ",")
            {
                break;
            }

            var width = 1;
            var hasComma = !joined;
            var next = leftwards ? s - 1 : s + 1;
            if (next >= 0 && next < tokens.Count && (leftwards ? joined && Word(c.Text, tokens[next]) is "," : !joined && IsConjunction(Word(c.Text, tokens[next]))))
            {
                joined = true;
                hasComma = true;
                width = 2;
            }

            var edge = leftwards ? first - width - 1 : end + width;
            if (edge < 0 || edge >= tokens.Count || CrossesSentence(c, leftwards ? edge + 1 : end, leftwards ? first + 1 : edge + 1))
            {
                break;
            }

            // The item beyond it: a name the tagger found, or a run of capitalised proper nouns it left out.
            int itemFirst, itemEnd;
            if (c.Owner[edge] >= 0)
            {
                (itemFirst, itemEnd, _) = c.Names[c.Owner[edge]];
                if (leftwards ? itemEnd != edge + 1 : itemFirst != edge)
                {
                    break;
                }
            }
            else
            {
                (itemFirst, itemEnd) = (edge, edge + 1);
                if (!IsLeftOut(c, edge))
                {
                    break;
                }

                while (leftwards && itemFirst > 0 && IsLeftOut(c, itemFirst - 1) && !c.SentenceStart[itemFirst])
                {
                    itemFirst--;
                }

                while (!leftwards && itemEnd < tokens.Count && IsLeftOut(c, itemEnd) && !c.SentenceStart[itemEnd])
                {
                    itemEnd++;
                }

                // A capital at the start of a sentence proves nothing; a long run is no one name.
                if (c.SentenceStart[itemFirst] || itemEnd - itemFirst > MaxItemWords)
                {
                    break;
                }

                found.Add((itemFirst, itemEnd));
            }

            coordinated |= joined;
            comma |= hasComma;
            (first, end) = (itemFirst, itemEnd);
        }

        items.AddRange(found);
        return (coordinated, comma);
    }

    private static bool CrossesSentence(Context c, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (c.SentenceStart[t])
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised proper noun no name takes in, and no title, month or weekday, nationality or place the gazetteer knows.
    private static bool IsLeftOut(Context c, int t)
    {
        var word = Word(c.Text, c.Tokens[t]);
        return c.Owner[t] < 0 && c.Parts[t] == PartOfSpeech.PropN && word.Length >= 2 && char.IsUpper(word[0])
               && (c.Hints[t] & (NameHintFlags.Title | NameHintFlags.PlaceBegin | NameHintFlags.PlaceInside | NameHintFlags.Demonym)) == 0
               && !c.Lexicon.IsCalendarWord(word) && !c.Lexicon.IsDeterminer(word) && !c.Lexicon.IsPersonPronoun(word);
    }

    private sealed record Context(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<PartOfSpeech> Parts, NameHintFlags[] Hints, int[] Owner, bool[] SentenceStart, List<(int First, int End, EntityType Type)> Names, EntityLexicon Lexicon);

    private static bool IsConjunction(ReadOnlySpan<char> word) => word is "and" or "or" or "&";

    private static int FirstTokenAt(IReadOnlyList<Token> tokens, int start) => TokenSearch.FirstStartingAtOrAfter(tokens, start);

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Span.Length);
}
