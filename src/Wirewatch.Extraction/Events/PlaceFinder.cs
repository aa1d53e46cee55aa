using Wirewatch.Core;
using Wirewatch.Extraction.Gazetteers;

namespace Wirewatch.Extraction.Events;

/// <summary>
/// Where an event happened: the places of the document from the gazetteer (ambiguous names settled by
/// <see cref="PlaceResolver"/>) and landmarks; for a trigger, the place its sentence puts it in (after "in",
/// "at", "near", or named after the trigger), else the last place so put in the sentences before, else the
/// dateline's place.
/// </summary>
public sealed class PlaceFinder
{
    private const int LookBackSentences = 3;

    private const long UpperCaseMinPopulation = 200_000;

    private const int DatelineTokens = 3;

    private const int DatelineVotes = 3;

    private readonly Gazetteer _gazetteer;
    private readonly EventLexicon _lexicon;
    private readonly RegionalPlaces _regional;

    public PlaceFinder(Gazetteer gazetteer, EventLexicon lexicon, RegionalPlaces regional)
    {
        _gazetteer = gazetteer;
        _lexicon = lexicon;
        _regional = regional;
    }

    /// <summary>Every place and landmark of the document that could locate an event, in text order.</summary>
    public IReadOnlyList<LocatedPlace> Places(EventText text, IReadOnlyList<TextSpan> actingNames)
    {
        var document = text.Document;
        var matches = _gazetteer.FindAll(document);
        var resolved = PlaceResolver.ResolveAll(document.FoldedText, matches);
        var regional = _regional.Find(text);
        var upperCase = IsUpperCase(document.Text);
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        // Each place's votes by name as well: a name does not vouch for itself.
        var ownVotes = new Dictionary<(string Country, string Name), int>();
        bool Usable(ResolvedPlace r) => !r.Match.Possessive && !actingNames.Any(a => a.Overlaps(r.Match.Span))
            && !(r.Match.Span.Slice(document.Text) is var written && written.Contains(' ', StringComparison.Ordinal) && !written.Any(char.IsUpper))
            && !regional.Any(g => g.First < r.Match.EndToken && r.Match.FirstToken < g.End)
            && !(upperCase && r.Place.Kind != PlaceKind.Country && r.Place.Population < UpperCaseMinPopulation)
            && !(r.Place.Kind == PlaceKind.Country && IsAttributive(text, r.Match.EndToken));

        foreach (var r in resolved)
        {
            votes[r.Place.CountryCode] = votes.GetValueOrDefault(r.Place.CountryCode) + (r.Place.Kind == PlaceKind.Country ? 2 : 1);
            var key = (r.Place.CountryCode, r.Place.Name);
            ownVotes[key] = ownVotes.GetValueOrDefault(key) + 1;
        }

        // The regional names known in one country only vote for it.
        foreach (var (first, end, candidates) in regional.Where(g => g.Candidates.Select(c => c.CountryCode).Distinct().Count() == 1))
        {
            votes[candidates[0].CountryCode] = votes.GetValueOrDefault(candidates[0].CountryCode) + 1;
            var key = (candidates[0].CountryCode, NameOf(text, first, end));
            ownVotes[key] = ownVotes.GetValueOrDefault(key) + 1;
        }

        // The dateline's country is where the report comes from: its places come first.
        if (resolved.FirstOrDefault(r => r.Match.FirstToken <= DatelineTokens) is { } filed)
        {
            votes[filed.Place.CountryCode] = votes.GetValueOrDefault(filed.Place.CountryCode) + DatelineVotes;
        }

        var leading = votes.Count == 0 ? 0 : votes.Values.Max();
        var places = new List<LocatedPlace>();
        foreach (var (first, end, candidates) in regional)
        {
            var locative = IsLocative(text, first) || (end < text.Count && _lexicon.Prepositions.GetValueOrDefault(text.Words[end]) is null && IsDivision(text.Words[end]));
            if (locative || first == 0)
            {
                var place = RegionalPlaces.Choose(candidates, votes);
                if (leading >= DatelineVotes && votes.GetValueOrDefault(place.CountryCode) - ownVotes.GetValueOrDefault((place.CountryCode, NameOf(text, first, end))) <= 0)
                {
                    // A small place's name known only in countries the document never names ("San Luis" in a report
                    // from San Salvador, or known in one country the document names nowhere else): a place of the document's own
                    // country missing from the gazetteer.
                    continue;
                }

                places.Add(new LocatedPlace(first, end, ToLocation(place, place.Kind == PlaceKind.City ? 1 : 2, text.Span(first, end)), locative, text.SentenceOf[first]));
            }
        }

        foreach (var r in resolved)
        {
            var first = r.Match.FirstToken;
            if (!Usable(r)
                || (leading >= DatelineVotes && r.Place.Kind != PlaceKind.Country && r.Match.FirstToken > DatelineTokens
                    && votes.GetValueOrDefault(r.Place.CountryCode) - ownVotes.GetValueOrDefault((r.Place.CountryCode, r.Place.Name)) <= 0))
            {
                continue;
            }

            places.Add(new LocatedPlace(first, r.Match.EndToken, ToLocation(r.Place, r.GeoPrecision, r.Match.Span), r.Match.Hint != PlaceHint.None || IsLocative(text, first), text.SentenceOf[first]));
        }

        for (var i = 0; i < text.Count; i++)
        {
            var (length, city) = _lexicon.Landmarks.Match(text.Words, i, text.Count);
            if (length > 0 && city is not null && _gazetteer.Lookup(city).FirstOrDefault(p => p.Kind == PlaceKind.City) is { } place)
            {
                places.Add(new LocatedPlace(i, i + length, ToLocation(place, 1, text.Span(i, i + length)), IsLocative(text, i), text.SentenceOf[i]));
            }
        }

        places.Sort((a, b) => a.First.CompareTo(b.First));
        return places;
    }

    /// <summary>The place of a trigger, or null.</summary>
    public EventLocation? Locate(EventText text, IReadOnlyList<LocatedPlace> places, TriggerHit trigger, bool anaphoric)
    {
        LocatedPlace? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var place in places.Where(p => p.Sentence == trigger.Sentence))
        {
            var after = place.First >= trigger.End && place.First - trigger.End <= 8;
            if (!place.Locative && !(after && !anaphoric))
            {
                continue;
            }

            var score = (place.Locative ? 3 : 0) + (after ? 2 : 0) + Kind(place.Location) - (Math.Abs(place.First - trigger.First) / 20.0);
            if (score > bestScore)
            {
                best = place;
                bestScore = score;
            }
        }

        if (best is not null)
        {
            return best.Location;
        }

        var earlier = places.LastOrDefault(p => p.Locative && p.Sentence < trigger.Sentence && p.Sentence >= trigger.Sentence - LookBackSentences);
        if (earlier is not null)
        {
            return earlier.Location;
        }

        // The dateline says where the report was filed, not where the event was: only the country is known (ACLED's
        // geoPrecision 3, the place standing for a larger area).
        var dateline = places.FirstOrDefault(p => p.Sentence == 0 && p.First <= 3);
        return dateline?.Location is { } filed ? filed with { GeoPrecision = 3 } : null;
    }

    /// <summary>Whether the text is wire copy in capitals (fewer than one letter in ten in lower case).</summary>
    private static bool IsUpperCase(string text)
    {
        var upper = 0;
        var lower = 0;
        foreach (var c in text)
        {
            upper += char.IsUpper(c) ? 1 : 0;
            lower += char.IsLower(c) ? 1 : 0;
        }

        return lower * 10 < upper;
    }

    private static string NameOf(EventText text, int first, int end) => string.Join(' ', text.Words.Skip(first).Take(end - first));

    private static bool IsDivision(string word) => word is "department" or "province" or "municipality" or "jurisdiction" or "region";

    private static double Kind(EventLocation location) => location.GeoPrecision switch
    {
        1 => 1,
        2 => 0.5,
        _ => 0,
    };

    /// <summary>
    /// A country's name before a noun it modifies ("the U.S. embassy", "U.S. citizen Scott Heyndal", "a U.S. military
    /// convoy"): it says whose the thing is, not where anything happened (the embassy in La Paz is in Bolivia).
    /// </summary>
    private bool IsAttributive(EventText text, int end)
    {
        var next = end;
        while (next < text.Count && text.Is(next, PartOfSpeech.Adj) && next - end < 2)
        {
            next++;
        }

        return next < text.Count && text.SentenceOf[next] == text.SentenceOf[end - 1] && !_lexicon.EdgeWords.Contains(text.Words[next])
            && (text.Is(next, PartOfSpeech.Noun) || text.Is(next, PartOfSpeech.PropN));
    }

    private bool IsLocative(EventText text, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 5); k--)
        {
            if (text.IsPunctuation(k) || text.IsVerb(k))
            {
                return false;
            }

            if (_lexicon.Prepositions.TryGetValue(text.Words[k], out var role) && role != "target")
            {
                return true;
            }
        }

        return false;
    }

    private EventLocation ToLocation(Place place, int precision, TextSpan span)
    {
        var country = _gazetteer.Country(place.CountryCode)?.Name ?? place.CountryCode;
        var admin1 = place.Kind == PlaceKind.Region ? place.Name : place.Admin1Name;
        return new EventLocation(place.Name, place.CountryCode, country, admin1, place.Latitude, place.Longitude, precision, span);
    }
}
