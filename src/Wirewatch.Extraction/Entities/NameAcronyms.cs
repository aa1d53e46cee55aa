using Wirewatch.Core;
using Wirewatch.Learning.Names;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// Acronyms the article defines: "the United Auto Workers (UAW)", "General Motors (GM)". The words before the
/// bracket whose initials spell the acronym (words in lower case, or without case name connectors such as "of" and
/// "and", may be skipped) are one name,
/// and the acronym is the same kind of name, there and wherever else the article writes it ("GM said" ... "gm's").
/// The name's type is the one the tagger gave the long form (or the name ending where it ends), else a place the
/// gazetteer knows as a whole is a place, else an organisation; a long form taken for a place the gazetteer does not
/// know is an organisation (places are seldom given acronyms in brackets; bodies named after them are). With case to go by, an acronym in capitals in brackets
/// straight after a name of two or more words the tagger found, beginning with the acronym's first letter, is that
/// name's acronym even when the initials do not spell it ("Democratic Alliance for the Betterment and Progress of Hong
/// Kong (DAB)").
/// </summary>
internal static class NameAcronyms
{
    private const int MaxLetters = 8;

    public static void Apply(Document document, NameHintFlags[] hints, List<(int First, int End, EntityType Type)> names, bool properlyCased, EntityLexicon lexicon)
    {
        var text = document.FoldedText;
        var tokens = document.Tokens;
        Dictionary<string, EntityType>? defined = null;
        for (var t = 2; t + 1 < tokens.Count; t++)
        {
            if (Word(text, tokens[t - 1]) is not "(" || Word(text, tokens[t + 1]) is not ")" || !IsAcronym(Word(text, tokens[t]), properlyCased))
            {
                continue;
            }

            var acronym = Word(text, tokens[t]);
            var end = t - 1; // the long form ends before the bracket
            var first = Align(text, tokens, acronym, end, properlyCased, lexicon);
            var before = names.FindIndex(n => n.End == end);
            EntityType type;
            if (first >= 0)
            {
                var exact = names.FindIndex(n => n.First == first && n.End == end);
                var wholePlace = IsWholePlace(hints, first, end);
                type = exact >= 0 ? names[exact].Type
                    : before >= 0 && names[before].First >= first ? names[before].Type
                    : wholePlace ? EntityType.Gpe
                    : EntityType.Org;
                if (type == EntityType.Loc && !wholePlace)
                {
                    type = EntityType.Org; // "Organisation for Security and Co-operation in Europe (OSCE)"
                }

                if (exact < 0)
                {
                    NameRules.CutAround(names, first, end);
                    names.Add((first, end, type));
                }
                else
                {
                    names[exact] = (first, end, type);
                }
            }
            else if (properlyCased && before >= 0 && names[before].End - names[before].First >= 2
                     && char.ToLowerInvariant(text[tokens[names[before].First].Start]) == char.ToLowerInvariant(acronym[0]))
            {
                type = names[before].Type;
            }
            else
            {
                continue;
            }

            if (type == EntityType.Person || (!properlyCased && lexicon.IsCommonWord(acronym)))
            {
                continue; // people have initials, not acronyms; "us" may be the pronoun
            }

            defined ??= new Dictionary<string, EntityType>(StringComparer.OrdinalIgnoreCase);
            defined[acronym.ToString()] = type;
        }

        if (defined is null)
        {
            return;
        }

        // Every use of a defined acronym is that name: written as defined where case tells, in any case where it does not.
        var lookup = defined.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 0; t < tokens.Count; t++)
        {
            var word = Word(text, tokens[t]);
            if (!lookup.TryGetValue(word, out var type) || (properlyCased && !IsAcronym(word, true)))
            {
                continue;
            }

            var index = names.FindIndex(n => n.First <= t && t < n.End);
            if (index < 0)
            {
                names.Add((t, t + 1, type));
            }
            else if (names[index].End - names[index].First == 1)
            {
                names[index] = (t, t + 1, type);
            }
        }
    }

    // Two to eight letters (an "&" inside: "AT&T"), all capitals where case is written, no capital where it is not.
    private static bool IsAcronym(ReadOnlySpan<char> word, bool properlyCased)
    {
        if (word.Length < 2 || word.Length > MaxLetters || !char.IsLetter(word[0]) || !char.IsLetter(word[^1]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!(char.IsLetter(c) || c == '&') || (char.IsLetter(c) && char.IsUpper(c) != properlyCased))
            {
                return false;
            }
        }

        return true;
    }

    // The first token of the words before <paramref name="end"/> whose initials spell the acronym, right to left: each
    // letter is the initial of one word (capitalised where case is written); other words between them may be skipped;
    // the word before the bracket gives the last letter and the first word gives the first. -1 if none.
    private static int Align(string text, IReadOnlyList<Token> tokens, ReadOnlySpan<char> acronym, int end, bool properlyCased, EntityLexicon lexicon)
    {
        var letters = 0;
        Span<char> initials = stackalloc char[MaxLetters];
        foreach (var c in acronym)
        {
            if (char.IsLetter(c))
            {
                initials[letters++] = char.ToLowerInvariant(c);
            }
        }

        if (letters < 2)
        {
            return -1;
        }

        var i = letters - 1;
        var t = end - 1;
        while (t >= 0 && i >= 0)
        {
            var word = Word(text, tokens[t]);
            if (tokens[t].Kind == TokenKind.Clitic && t < end - 1)
            {
                t--; // "Korean People's Army (KPA)"
                continue;
            }

            if (word.Length == 0 || !char.IsLetter(word[0]))
            {
                return -1;
            }

            if (char.ToLowerInvariant(word[0]) == initials[i] && (!properlyCased || char.IsUpper(word[0])))
            {
                i--;
                if (i < 0)
                {
                    return t;
                }
            }
            else if (t == end - 1 || !IsSkippable(word, properlyCased, lexicon))
            {
                return -1; // the word before the bracket gives the last letter; only connectors are skipped
            }

            t--;
        }

        return -1;
    }

    // Where case is written, any word in lower case ("of", "in", "for the"); where it is not, a name connector.
    private static bool IsSkippable(ReadOnlySpan<char> word, bool properlyCased, EntityLexicon lexicon)
        => properlyCased ? !char.IsUpper(word[0]) : lexicon.IsNameConnector(word);

    // The gazetteer knows the words as one place: it begins at the first and runs to the last.
    private static bool IsWholePlace(NameHintFlags[] hints, int first, int end)
    {
        if ((hints[first] & NameHintFlags.PlaceBegin) == 0)
        {
            return false;
        }

        for (var t = first + 1; t < end; t++)
        {
            if ((hints[t] & NameHintFlags.PlaceInside) == 0)
            {
                return false;
            }
        }

        return end >= hints.Length || (hints[end] & NameHintFlags.PlaceInside) == 0;
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Span.Length);
}
