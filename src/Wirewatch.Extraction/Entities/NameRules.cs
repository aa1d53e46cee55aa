using Wirewatch.Core;
using Wirewatch.Learning.Names;

namespace Wirewatch.Extraction.Entities;

/// <summary>
/// Rules that mend what the statistical tagger finds, where the article's own evidence is clear:
/// in a properly cased article a name starts and ends with a capitalised word ("state news agency TASS" is
/// "TASS"); a name made only of nationality words is a group (NORP); a seat of government ("the Kremlin",
/// "the White House") is an organisation, not the town in Tennessee; a capitalised run ending in an
/// organisation word is an organisation ("Kyiv City Military Administration", "International Atomic Energy
/// Agency", "Ministry of Defence"), not taking in a country before it; and a "place" whose first word begins a person's name in the same article,
/// and which the gazetteer does not know as a whole, is that kind of person ("Vladimir Rogov"); and, in a lower-cased
/// article, a first name before a noun is a person's name ("steve jobs").
/// </summary>
internal sealed class NameRules
{
    private readonly EntityLexicon _lexicon;

    public NameRules(EntityLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public List<(int First, int End, EntityType Type)> Apply(Document document, NameHintFlags[] hints, List<(int First, int End, EntityType Type)> names, bool properlyCased)
    {
        var text = document.FoldedText;
        var tokens = document.Tokens;
        var result = new List<(int First, int End, EntityType Type)>(names.Count);
        foreach (var (first, end, type) in names)
        {
            var (f, e) = !properlyCased ? (first, end) : end - first == 1 && (hints[first] & NameHintFlags.PlaceBegin) != 0 ? (first, end) : TrimLowerCase(text, tokens, first, end);
            if (f >= e || IsCurrencyPrefix(text, tokens, e))
            {
                continue;
            }

            var allDemonyms = true;
            for (var t = f; t < e; t++)
            {
                allDemonyms &= (hints[t] & NameHintFlags.Demonym) != 0;
            }

            var seat = _lexicon.SeatOfGovernment(EntityNameKey.Of(text[tokens[f].Start..tokens[e - 1].End])) is not null;
            result.Add((f, e, allDemonyms ? EntityType.Norp : seat ? EntityType.Org : type));
        }

        if (properlyCased)
        {
            AddOrganisations(document, hints, result);
            MediaNames.Apply(document, hints, result, _lexicon);
            NameCoordination.AddOrganisations(document, hints, result, _lexicon);
        }
        else
        {
            AddPeopleByFirstName(document, hints, result);
            AddPeopleAfterTitles(document, hints, result);
            AddCompaniesBySuffix(document, result);
            AddOrganisationsByCue(document, hints, result);
        }

        FixPeopleTakenForPlaces(text, tokens, hints, result);
        NameAcronyms.Apply(document, hints, result, properlyCased, _lexicon);
        NameExclusions.Apply(document, hints, result, _lexicon);
        FamilyNames.Apply(document, result, _lexicon);
        result.Sort((a, b) => a.First.CompareTo(b.First));
        return result;
    }

    // Lower-case words at the edges are not the name. (A one-word place the gazetteer knows, "in kyiv", is kept
    // before this is called.)
    private static (int First, int End) TrimLowerCase(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        while (first < end && !IsCapitalised(text, tokens[first]))
        {
            first++;
        }

        while (end > first && !IsCapitalised(text, tokens[end - 1]))
        {
            end--;
        }

        return (first, end);
    }

    private void AddOrganisations(Document document, NameHintFlags[] hints, List<(int First, int End, EntityType Type)> names)
    {
        var text = document.FoldedText;
        var tokens = document.Tokens;
        var sentenceStarts = new HashSet<int>(document.Sentences.Select(s => s.Start));
        for (var head = 0; head < tokens.Count; head++)
        {
            var word = text.AsSpan(tokens[head].Start, tokens[head].Span.Length);
            if (!IsCapitalised(text, tokens[head]) || !_lexicon.IsOrganisationHead(word))
            {
                continue;
            }

            var first = head;
            // Leftwards over capitalised words, but not over a country ("US State Department" is the US's).
            while (first > 0 && IsCapitalised(text, tokens[first - 1]) && !sentenceStarts.Contains(tokens[first].Start)
                   && !_lexicon.IsDeterminer(text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Span.Length)) && !IsCountryName(hints, first - 1))
            {
                first--;
            }

            // "Ministry of Defence", "Agency for Reconstruction": connectors followed by capitalised words.
            var end = head + 1;
            while (end + 1 < tokens.Count && _lexicon.IsOrganisationConnector(text.AsSpan(tokens[end].Start, tokens[end].Span.Length)) && IsCapitalised(text, tokens[end + 1])
                   && !sentenceStarts.Contains(tokens[end].Start) && !IsCurrencyPrefix(text, tokens, end + 2))
            {
                end += 2;
                while (end < tokens.Count && IsCapitalised(text, tokens[end]) && !sentenceStarts.Contains(tokens[end].Start))
                {
                    end++;
                }
            }

            var startsSentence = sentenceStarts.Contains(tokens[first].Start);
            if (end - first < 2 && startsSentence)
            {
                continue; // "Police said": a capital at the start of a sentence proves nothing
            }

            names.RemoveAll(n => n.First < end && first < n.End);
            names.Add((first, end, EntityType.Org));
            head = end - 1;
        }
    }

    // Without case to go by ("steve jobs said"), a first name that is no ordinary word, followed by a noun or proper
    // noun, is a person's name of two words, unless a longer name already takes both in. A first name inside a place's
    // name ("st. louis") is left to the tagger, as is one that is itself a place ("paris", "jordan") unless
    // <see cref="IsPersonNotPlace"/>, and a word after it that heads a title, an organisation's or a facility's name
    // ("duke university").
    private void AddPeopleByFirstName(Document document, NameHintFlags[] hints, List<(int First, int End, EntityType Type)> names)
    {
        var text = document.FoldedText;
        var tokens = document.Tokens;
        var parts = document.PartsOfSpeech;
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            var word = Word(text, tokens[t]);
            if (!_lexicon.IsFirstName(word) || _lexicon.IsTitleWord(word)
                || HasCapital(word) || HasCapital(Word(text, tokens[t + 1])) || !IsSurnameLike(text, tokens[t + 1], parts[t + 1])
                || ((hints[t] & (NameHintFlags.PlaceBegin | NameHintFlags.PlaceInside)) != 0 && !IsPersonNotPlace(text, tokens, hints, t)))
            {
                continue;
            }

            var inside = false;
            foreach (var (first, end, _) in names)
            {
                inside |= first <= t && t + 2 <= end && end - first > 2;
            }

            if (!inside)
            {
                CutAround(names, t, t + 2);
                names.Add((t, t + 2, EntityType.Person));
            }

            t++;
        }
    }

    // A first name the gazetteer also knows as a place ("sebastian", "paris") is a person's where the word after it is
    // no ordinary English word and no place ("socialite paris hilton"), and no locative preposition comes
    // before it ("in paris tuesday" is the city).
    private bool IsPersonNotPlace(string text, IReadOnlyList<Token> tokens, NameHintFlags[] hints, int t)
        => (hints[t] & NameHintFlags.PlaceInside) == 0 && (hints[t + 1] & (NameHintFlags.PlaceBegin | NameHintFlags.PlaceInside | NameHintFlags.Demonym)) == 0
           && !_lexicon.IsCommonWord(Word(text, tokens[t + 1])) && !_lexicon.IsCalendarWord(Word(text, tokens[t + 1]))
           && (t == 0 || !_lexicon.IsLocativePreposition(Word(text, tokens[t - 1])));

    // Without case to go by, one or two words after a title ("minister stefania giannini", "mr. toccafondi", "spokesman
    // dmitry peskov") that the part-of-speech tagger takes for proper nouns, that are no ordinary English words, no months
    // or weekdays, no titles and no places the gazetteer knows, and can be surnames, are a person's name, unless a name the tagger found already takes them in (a one-word name it gave
    // another type is retyped).
    private void AddPeopleAfterTitles(Document document, NameHintFlags[] hints, List<(int First, int End, EntityType Type)> names)
    {
        var text = document.FoldedText;
        var tokens = document.Tokens;
        var parts = document.PartsOfSpeech;
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if ((hints[t] & NameHintFlags.Title) == 0 || (hints[t + 1] & NameHintFlags.Title) != 0)
            {
                continue;
            }

            var end = t + 1;
            while (end < tokens.Count && end - t <= 2 && IsUncommonName(text, tokens[end], parts[end], hints[end]))
            {
                end++;
            }

            // A first name a place also bears, before a surname ("official sebastian vladescu": without capitals the
            // part-of-speech tagger may take the first name for an adjective or common noun).
            if (end == t + 1 && t + 2 < tokens.Count && (hints[t + 1] & NameHintFlags.PlaceBegin) != 0 && IsPersonNotPlace(text, tokens, hints, t + 1)
                && IsUncommonName(text, tokens[t + 1], parts[t + 1], hints[t + 1] & ~NameHintFlags.PlaceBegin, anyTag: true) && IsUncommonName(text, tokens[t + 2], parts[t + 2], hints[t + 2], anyTag: true))
            {
                end = t + 3;
            }

            if (end == t + 1)
            {
                continue;
            }

            var index = names.FindIndex(n => n.First < end && t + 1 < n.End);
            if (index < 0)
            {
                names.Add((t + 1, end, EntityType.Person));
            }
            else if (names[index].First == t + 1 && names[index].End == t + 2 && end == t + 2 && names[index].Type != EntityType.Gpe)
            {
                names[index] = (t + 1, t + 2, EntityType.Person);
            }

            t = end - 1;
        }
    }

    private bool IsUncommonName(string text, Token token, PartOfSpeech part, NameHintFlags hints, bool anyTag = false)
    {
        var word = Word(text, token);
        return (hints & (NameHintFlags.Title | NameHintFlags.PlaceBegin | NameHintFlags.PlaceInside | NameHintFlags.Demonym | NameHintFlags.OrganisationHead | NameHintFlags.FacilityHead)) == 0
               && (part == PartOfSpeech.PropN || (anyTag && part is PartOfSpeech.Noun or PartOfSpeech.Adj or PartOfSpeech.X)) && !HasCapital(word) && !_lexicon.IsCommonWord(word) && !_lexicon.IsCalendarWord(word) && IsSurnameLike(text, token, part);
    }

    // Without case to go by, a company's legal suffix ("apple inc.", "chrysler llc") ends an organisation's name: the
    // name the tagger found just before it is extended to take it in; else the word before it, a noun that is no
    // ordinary English word, with one more such word before that ("daewoo motors co."), is the name.
    private void AddCompaniesBySuffix(Document document, List<(int First, int End, EntityType Type)> names)
    {
        var text = document.FoldedText;
        var tokens = document.Tokens;
        var parts = document.PartsOfSpeech;
        for (var t = 1; t < tokens.Count; t++)
        {
            var suffix = Word(text, tokens[t]);
            if (HasCapital(suffix) || !_lexicon.IsCompanySuffix(suffix))
            {
                continue;
            }

            var index = names.FindIndex(n => n.First <= t && t - 1 < n.End);
            if (index >= 0)
            {
                var (f, e, type) = names[index];
                if (e == t)
                {
                    names[index] = (f, t + 1, EntityType.Org);
                }

                continue;
            }

            var first = t;
            while (first > 0 && t - first < 2 && IsUncommonNoun(text, tokens[first - 1], parts[first - 1]))
            {
                first--;
            }

            if (first < t)
            {
                names.Add((first, t + 1, EntityType.Org));
            }
        }
    }

    private bool IsUncommonNoun(string text, Token token, PartOfSpeech part)
    {
        var word = Word(text, token);
        return part is PartOfSpeech.Noun or PartOfSpeech.PropN && !HasCapital(word) && !_lexicon.IsCommonWord(word) && IsSurnameLike(text, token, part, anyTag: false);
    }

    // Without case to go by, a word that is no ordinary English word after a word that shows an organisation
    // ("automaker chrysler", "carmaker fiat") or before one ("chrysler spokesman"), tagged as a noun and neither a place
    // nor a nationality the gazetteer knows, is that organisation's name. A
    // one-word name the tagger gave another type there is retyped; a longer name is left as it is.
    private void AddOrganisationsByCue(Document document, NameHintFlags[] hints, List<(int First, int End, EntityType Type)> names)
    {
        var text = document.FoldedText;
        var tokens = document.Tokens;
        var parts = document.PartsOfSpeech;
        for (var t = 0; t < tokens.Count; t++)
        {
            var cued = (t > 0 && _lexicon.IsOrganisationCueBefore(Word(text, tokens[t - 1])))
                       || (t + 1 < tokens.Count && _lexicon.IsOrganisationCueAfter(Word(text, tokens[t + 1])));
            if (!cued || (hints[t] & (NameHintFlags.PlaceBegin | NameHintFlags.Demonym)) != 0 || HasCapital(Word(text, tokens[t])) || !IsSurnameLike(text, tokens[t], parts[t], anyTag: false) || _lexicon.IsCommonWord(Word(text, tokens[t])) || _lexicon.IsFirstName(Word(text, tokens[t])))
            {
                continue;
            }

            var index = names.FindIndex(n => n.First <= t && t < n.End);
            if (index < 0)
            {
                names.Add((t, t + 1, EntityType.Org));
            }
            else if (names[index].End - names[index].First == 1)
            {
                names[index] = (t, t + 1, EntityType.Org);
            }
        }
    }

    /// <summary>Names overlapping <c>[first, end)</c> keep only what lies before or after it ("apple inc. steve" loses "steve").</summary>
    internal static void CutAround(List<(int First, int End, EntityType Type)> names, int first, int end)
    {
        for (var i = names.Count - 1; i >= 0; i--)
        {
            var (f, e, type) = names[i];
            if (f >= end || e <= first)
            {
                continue;
            }

            if (f < first)
            {
                names[i] = (f, first, type);
            }
            else if (e > end)
            {
                names[i] = (end, e, type);
            }
            else
            {
                names.RemoveAt(i);
            }
        }
    }

    // A word that can be a surname: letters only (an apostrophe or hyphen inside), two or more, tagged as a noun, or
    // (<paramref name="anyTag"/>) no ordinary English word whatever it was tagged ("mulally" taken for an adverb).
    private bool IsSurnameLike(string text, Token token, PartOfSpeech part, bool anyTag = true)
    {
        var word = Word(text, token);
        var nounLike = part is PartOfSpeech.Noun or PartOfSpeech.PropN
                       || (anyTag && part is (PartOfSpeech.Adj or PartOfSpeech.Adv or PartOfSpeech.Verb or PartOfSpeech.X) && !_lexicon.IsCommonWord(word));
        if (!nounLike || word.Length < 2 || !char.IsLetter(word[0]) || !char.IsLetter(word[^1])
            || _lexicon.RolesOf(word) != WordRoles.None || _lexicon.IsDeterminer(word) || _lexicon.IsPersonPronoun(word))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('\'' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // These rules read words written in lower case only: where a capital is written, the tagger has it to go by.
    private static bool HasCapital(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Span.Length);

    private static void FixPeopleTakenForPlaces(string text, IReadOnlyList<Token> tokens, NameHintFlags[] hints, List<(int First, int End, EntityType Type)> names)
    {
        var firstNames = names.Where(n => n.Type == EntityType.Person && n.End - n.First >= 2)
            .Select(n => tokens[n.First].Span.Slice(text).ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var (first, end, type) = names[i];
            var knownWhole = (hints[end - 1] & NameHintFlags.PlaceInside) != 0 || end - first == 1;
            if (type is EntityType.Gpe or EntityType.Loc && !knownWhole && firstNames.Contains(tokens[first].Span.Slice(text).ToLowerInvariant()))
            {
                names[i] = (first, end, EntityType.Person);
            }
        }
    }

    // "US$ 180 billion", "HK$": a country's letters written onto a currency sign name the currency, not the place.
    internal static bool IsCurrencyPrefix(string text, IReadOnlyList<Token> tokens, int end)
        => end < tokens.Count && tokens[end].Start == tokens[end - 1].End && text[tokens[end].Start] == '$';

    // A one-word country name ("US", "Ukraine"), not the first word of a longer place name.
    private static bool IsCountryName(NameHintFlags[] hints, int t)
        => (hints[t] & (NameHintFlags.Country | NameHintFlags.PlaceBegin)) == (NameHintFlags.Country | NameHintFlags.PlaceBegin)
           && (t + 1 >= hints.Length || (hints[t + 1] & NameHintFlags.PlaceInside) == 0);

    private static bool IsCapitalised(string text, Token token) => char.IsUpper(text[token.Start]);
}
