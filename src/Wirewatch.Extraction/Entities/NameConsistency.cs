using System.Diagnostics.CodeAnalysis;
using Wirewatch.Core;
using Wirewatch.Learning.Names;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// Makes the names of one article agree with each other, as a reader would: the same name gets the type it
/// has most often; a name found once is found wherever else it is written ("Chrysler" tagged in one sentence is
/// Chrysler in the next; "Kyiv" found makes "kyiv" a name too, the gazetteer knowing it); and a person's
/// surname alone is that person ("Manju Sam" ... "Sam"); and a company's name without its legal suffix is that
/// company ("Chrysler LLC" ... "Chrysler").
/// </summary>
public static class NameConsistency
{
    public static List<(int First, int End, EntityType Type)> Apply(Document document, NameHintFlags[] hints, List<(int First, int End, EntityType Type)> names, bool properlyCased, EntityLexicon lexicon)
    {
        var tokens = document.Tokens;
        var text = document.FoldedText;
        var covered = new bool[tokens.Count];
        foreach (var (first, end, _) in names)
        {
            covered.AsSpan(first, end - first).Fill(true);
        }

        // The most frequent type of each name; ties go to the first seen.
        var typeOf = names
            .GroupBy(n => Key(text, tokens, n.First, n.End), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(n => n.Type).OrderByDescending(t => t.Count()).First().Key, StringComparer.Ordinal);
        var companies = CompaniesWithoutSuffix(text, tokens, names, lexicon);
        foreach (var company in companies.Concat(OrganisationsByCue(text, tokens, names, lexicon, properlyCased)))
        {
            if (typeOf.ContainsKey(company))
            {
                typeOf[company] = EntityType.Org;
            }
        }

        foreach (var person in PeopleByKinship(text, tokens, names, lexicon))
        {
            typeOf[person] = EntityType.Person;
        }

        var result = names.Select(n => (n.First, n.End, typeOf[Key(text, tokens, n.First, n.End)])).ToList();

        // Names to look for elsewhere: every name found, and the surname of every person with two or more words.
        var wanted = new Dictionary<string, List<(string[] Words, EntityType Type)>>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (first, end, type) in result)
        {
            AddWanted(wanted, Words(text, tokens, first, end), type);
            if (type == EntityType.Person && end - first >= 2)
            {
                var surname = Words(text, tokens, end - 1, end);
                AddWanted(wanted, surname, type);
                if (IsLowerCase(text, tokens, first, end))
                {
                    surnames.Add(surname[0]);
                }
            }
        }

        foreach (var company in companies)
        {
            AddWanted(wanted, company.Split(' '), EntityType.Org);
        }

        var cuedOrganisations = properlyCased ? [] : CuedOrganisations(text, tokens, result, lexicon);
        ExtendToLongerNames(text, tokens, covered, result, wanted);
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || !TryGetWanted(lookup, text, tokens[i], out var candidates))
            {
                continue;
            }

            foreach (var (words, type) in candidates.OrderByDescending(c => c.Words.Length))
            {
                // With case to go by, only a capitalised word can be a name; without it ("kyiv"), only names of two
                // or more words are looked for, and, all in lower case, the surname of a person named in full ("alan mulally" ...
                // "mulally") or an organisation's name shown by a word beside it ("automaker chrysler" ... "chrysler")
                // that is no ordinary English word ("steve jobs" ... "jobs"), since a one-word name may be an ordinary word, unless a word beside it shows a person ("jobs said").
                var knownPlace = type == EntityType.Gpe && (hints[i] & NameHintFlags.PlaceBegin) != 0;
                var plausible = knownPlace || (properlyCased ? char.IsUpper(text[tokens[i].Start]) : words.Length >= 2
                    || (IsLowerCase(text, tokens, i, i + 1) && (IsUncommonSurname(lexicon, surnames, words, type) || IsCuedSurname(lexicon, surnames, words, type, document, i) || IsUncommonCuedOrganisation(lexicon, cuedOrganisations, words, type))));
                if (plausible && Matches(text, tokens, covered, i, words))
                {
                    result.Add((i, i + words.Length, type));
                    covered.AsSpan(i, words.Length).Fill(true);
                    break;
                }
            }
        }

        result.Sort((a, b) => a.First.CompareTo(b.First));
        return result;
    }

    // A name cut short where the article writes it in full ("Steve" before "Jobs" when "Steve Jobs" is named
    // elsewhere) is the full name.
    private static void ExtendToLongerNames(string text, IReadOnlyList<Token> tokens, bool[] covered, List<(int First, int End, EntityType Type)> names, Dictionary<string, List<(string[] Words, EntityType Type)>> wanted)
    {
        for (var n = 0; n < names.Count; n++)
        {
            var (first, end, type) = names[n];
            if (!wanted.TryGetValue(Word(text, tokens, first), out var candidates))
            {
                continue;
            }

            foreach (var (words, longerType) in candidates.OrderByDescending(c => c.Words.Length))
            {
                var length = end - first;
                if (words.Length <= length || longerType != type || first + words.Length > tokens.Count || !StartsWith(text, tokens, first, end, words))
                {
                    continue;
                }

                if (Matches(text, tokens, covered, end, words[length..]))
                {
                    names[n] = (first, first + words.Length, type);
                    covered.AsSpan(end, words.Length - length).Fill(true);
                    break;
                }
            }
        }
    }

    private static bool IsUncommonSurname(EntityLexicon lexicon, HashSet<string> surnames, string[] words, EntityType type)
        => type == EntityType.Person && words.Length == 1 && surnames.Contains(words[0]) && words[0].Length >= 3
           && !lexicon.IsCommonWord(words[0]) && !lexicon.IsTitleWord(words[0]);

    // An ordinary word that is the surname of a person named in full, beside a word that shows a person ("steve jobs" ...
    // "jobs said", "mr. jobs"), or as the subject of a verb: at the start of a clause (after a sentence's start or a
    // punctuation mark) and before a verb, with at most one adverb between ("jobs resigned", ", jobs also announced").
    private static bool IsCuedSurname(EntityLexicon lexicon, HashSet<string> surnames, string[] words, EntityType type, Document document, int i)
    {
        if (type != EntityType.Person || words.Length != 1 || !surnames.Contains(words[0]) || words[0].Length < 3 || lexicon.IsTitleWord(words[0]))
        {
            return false;
        }

        var text = document.FoldedText;
        var tokens = document.Tokens;
        if ((i > 0 && lexicon.IsPersonCueBefore(Span(text, tokens[i - 1]))) || (i + 1 < tokens.Count && lexicon.IsPersonCueAfter(Span(text, tokens[i + 1]))))
        {
            return true;
        }

        if (!document.Has(Layers.PartsOfSpeech))
        {
            return false;
        }

        var parts = document.PartsOfSpeech;
        var clauseStart = i == 0 || tokens[i - 1].Kind == TokenKind.Punctuation;
        var verb = i + 1 < tokens.Count && parts[i + 1] is PartOfSpeech.Verb or PartOfSpeech.Aux ? i + 1
            : i + 2 < tokens.Count && parts[i + 1] == PartOfSpeech.Adv ? i + 2 : -1;
        return clauseStart && verb > 0 && parts[verb] is PartOfSpeech.Verb or PartOfSpeech.Aux;
    }

    private static bool IsUncommonCuedOrganisation(EntityLexicon lexicon, HashSet<string> cued, string[] words, EntityType type)
        => type == EntityType.Org && words.Length == 1 && cued.Contains(words[0]) && !lexicon.IsCommonWord(words[0]);

    // One-word organisation names beside a word that shows an organisation ("automaker chrysler", "chrysler spokesman").
    private static HashSet<string> CuedOrganisations(string text, IReadOnlyList<Token> tokens, List<(int First, int End, EntityType Type)> names, EntityLexicon lexicon)
    {
        var cued = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (first, end, type) in names)
        {
            if (type == EntityType.Org && end - first == 1 && IsLowerCase(text, tokens, first, end)
                && ((first > 0 && lexicon.IsOrganisationCueBefore(Span(text, tokens[first - 1]))) || (end < tokens.Count && lexicon.IsOrganisationCueAfter(Span(text, tokens[end])))))
            {
                cued.Add(Word(text, tokens, first));
            }
        }

        return cued;
    }

    // Without a capital anywhere in the words: a name in lower case licenses the same name in lower case only.
    private static bool IsLowerCase(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            foreach (var c in Span(text, tokens[i]))
            {
                if (char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool StartsWith(string text, IReadOnlyList<Token> tokens, int first, int end, string[] words)
    {
        for (var i = first; i < end; i++)
        {
            if (Word(text, tokens, i) != words[i - first])
            {
                return false;
            }
        }

        return true;
    }

    // One-word names taken for people or organisations (or for places the gazetteer does not know) where a word beside them shows an organisation ("automaker Chrysler",
    // "Chrysler spokesman"), or that begin an organisation's longer name in the article ("Cerberus Capital Management"
    // ... "Cerberus"), unless the article names a person of two or more words with that word ("Barack Obama"
    // ... "Obama spokesman").
    private static HashSet<string> OrganisationsByCue(string text, IReadOnlyList<Token> tokens, List<(int First, int End, EntityType Type)> names, EntityLexicon lexicon, bool properlyCased)
    {
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        var organisationFirstWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (first, end, type) in names)
        {
            if (type == EntityType.Person && end - first >= 2)
            {
                personWords.UnionWith(Words(text, tokens, first, end));
            }
            else if (type == EntityType.Org && end - first >= 2)
            {
                organisationFirstWords.Add(Word(text, tokens, first));
            }
        }

        // A name joined to one so found is tested again ("Chrysler, Ford, and General Motors": Ford, then Chrysler).
        var found = new HashSet<string>(StringComparer.Ordinal);
        var current = names;
        for (var round = 0; round < 3; round++)
        {
            var before = found.Count;
            foreach (var (first, end, type) in current)
            {
                var key = Word(text, tokens, first);
                // A place the gazetteer does not know, where case is written (in lower case, "us" is no place it knows).
                var unknownPlace = type == EntityType.Loc && properlyCased;
                if ((type is not (EntityType.Person or EntityType.Org) && !unknownPlace) || end - first != 1 || found.Contains(key) || personWords.Contains(key))
                {
                    continue;
                }

                // A word beside it, or a longer name it begins, shows an organisation only where the tagger saw a person
                // or an organisation ("US shares" and "US Treasury" are the US's, though "us" in lower case is no place
                // the gazetteer knows); where it saw an organisation beside such a word, that outweighs its people of the
                // same name elsewhere ("auto company Chrysler" ... "the emerging Chrysler will"). Joined to another
                // organisation's name, it is tested only where the tagger saw a person or an unknown place.
                if ((type is EntityType.Person or EntityType.Org && ((first > 0 && lexicon.IsOrganisationCueBefore(Span(text, tokens[first - 1])))
                                                   || (end < tokens.Count && lexicon.IsOrganisationCueAfter(Span(text, tokens[end])))
                                                   || organisationFirstWords.Contains(key)))
                    || (type != EntityType.Org && CoordinatedWithOrganisation(text, tokens, current, first, end)))
                {
                    found.Add(key);
                }
            }

            if (found.Count == before)
            {
                break;
            }

            current = [.. names.Select(n => n.Type is EntityType.Person or EntityType.Loc && n.End - n.First == 1 && found.Contains(Word(text, tokens, n.First)) ? (n.First, n.End, EntityType.Org) : n)];
        }

        return found;
    }

    // "General Motors (GM) and Chrysler", "Chrysler, Ford and General Motors": a name joined by "and", "or" or a
    // comma to an organisation's name.
    private static bool CoordinatedWithOrganisation(string text, IReadOnlyList<Token> tokens, List<(int First, int End, EntityType Type)> names, int first, int end)
    {
        foreach (var (f, e, type) in names)
        {
            if (type != EntityType.Org)
            {
                continue;
            }

            if ((e + 1 == first && IsCoordinator(Span(text, tokens[e]))) || (end + 1 == f && IsCoordinator(Span(text, tokens[end]))))
            {
                return true;
            }

            // "Chrysler, Ford, and General Motors": a comma and the coordinator.
            if ((e + 2 == first && Span(text, tokens[e]) is "," && IsCoordinator(Span(text, tokens[e + 1])))
                || (end + 2 == f && Span(text, tokens[end]) is "," && IsCoordinator(Span(text, tokens[end + 1]))))
            {
                return true;
            }

            // "General Motors (GM) and": the name, its acronym in brackets, then the coordinator.
            if (e + 4 == first && Span(text, tokens[e]) is "(" && Span(text, tokens[e + 2]) is ")" && IsCoordinator(Span(text, tokens[e + 3])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCoordinator(ReadOnlySpan<char> word) => word is "and" or "or" or "," || word.Equals("and", StringComparison.OrdinalIgnoreCase);

    // "Chrysler LLC", "Fiat Group SpA": the keys of the names without the legal suffix ("chrysler", "fiat group").
    private static HashSet<string> CompaniesWithoutSuffix(string text, IReadOnlyList<Token> tokens, List<(int First, int End, EntityType Type)> names, EntityLexicon lexicon)
    {
        var companies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (first, end, type) in names)
        {
            if (type == EntityType.Org && end - first >= 2 && lexicon.IsCompanySuffix(Span(text, tokens[end - 1])))
            {
                companies.Add(Key(text, tokens, first, end - 1));
            }
        }

        return companies;
    }

    // Names in apposition to a noun of kinship ("their nine-month-old child, Gloria", "his wife Manju") are people's,
    // wherever else the article writes them, whatever the gazetteer knows of a place so named.
    private static HashSet<string> PeopleByKinship(string text, IReadOnlyList<Token> tokens, List<(int First, int End, EntityType Type)> names, EntityLexicon lexicon)
    {
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (first, end, type) in names)
        {
            var k = first > 0 && Span(text, tokens[first - 1]) is "," ? first - 2 : first - 1;
            if (type != EntityType.Person && end - first <= 3 && k >= 0 && lexicon.IsKinNoun(Span(text, tokens[k])))
            {
                people.Add(Key(text, tokens, first, end));
            }
        }

        return people;
    }

    private static void AddWanted(Dictionary<string, List<(string[], EntityType)>> wanted, string[] words, EntityType type)
    {
        if (words.Length == 0 || words[0].Length < 2 || !words[0].Any(char.IsLetter))
        {
            return;
        }

        if (!wanted.TryGetValue(words[0], out var list))
        {
            wanted[words[0]] = list = [];
        }

        if (!list.Exists(c => c.Item1.SequenceEqual(words)))
        {
            list.Add((words, type));
        }
    }

    // The token lower-cased as Word() does, looked up without making strings of every token.
    private static bool TryGetWanted(
        Dictionary<string, List<(string[] Words, EntityType Type)>>.AlternateLookup<ReadOnlySpan<char>> wanted,
        string text,
        Token token,
        [MaybeNullWhen(false)] out List<(string[] Words, EntityType Type)> candidates)
    {
        var word = text.AsSpan(token.Start, token.Span.Length);
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return wanted.TryGetValue(lower, out candidates);
    }

    private static bool Matches(string text, IReadOnlyList<Token> tokens, bool[] covered, int i, string[] words)
    {
        if (i + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (covered[i + k] || Word(text, tokens, i + k) != words[k])
            {
                return false;
            }
        }

        // Not the start of a longer capitalised name ("Sam" in "Sam Houston"), nor a currency ("US$").
        var after = i + words.Length;
        return after >= tokens.Count || (!NameRules.IsCurrencyPrefix(text, tokens, after) && (covered[after] || !char.IsUpper(text[tokens[after].Start])));
    }

    // Most sentences start with a capital: case tells names apart. A lower-cased feed does not.
    public static bool IsProperlyCased(Document document)
    {
        var sentences = document.Sentences;
        var capitalised = sentences.Count(s => char.IsUpper(document.FoldedText[s.Start]));
        return capitalised * 2 > sentences.Count;
    }

    private static string Key(string text, IReadOnlyList<Token> tokens, int first, int end) => string.Join(' ', Words(text, tokens, first, end));

    private static string[] Words(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        var words = new string[end - first];
        for (var i = first; i < end; i++)
        {
            words[i - first] = Word(text, tokens, i);
        }

        return words;
    }

    private static ReadOnlySpan<char> Span(string text, Token token) => text.AsSpan(token.Start, token.Span.Length);

    private static string Word(string text, IReadOnlyList<Token> tokens, int i) => tokens[i].Span.Slice(text).ToLowerInvariant();
}
