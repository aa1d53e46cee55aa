using System.Runtime.InteropServices;

namespace Wirewatch.Extraction.Gazetteers;

/// <summary>
/// What an article says about where it is: how often each country and first-level region is named without
/// ambiguity (a name whose candidates all lie in one country counts for that country; nationality words count
/// for theirs).
/// </summary>
public sealed class PlaceContext
{
    private readonly Dictionary<string, int> _countries;
    private readonly Dictionary<string, int> _regions;

    public PlaceContext(IReadOnlyDictionary<string, int> countries, IReadOnlyDictionary<string, int> regions)
        : this(new Dictionary<string, int>(countries, StringComparer.OrdinalIgnoreCase), new Dictionary<string, int>(regions, StringComparer.OrdinalIgnoreCase))
    {
    }

    // Takes the dictionaries (keyed ignoring case) as they are.
    private PlaceContext(Dictionary<string, int> countries, Dictionary<string, int> regions)
    {
        _countries = countries;
        _regions = regions;
        TopCountry = Top(countries);
    }

    public static PlaceContext Empty { get; } = new(new Dictionary<string, int>(), new Dictionary<string, int>());

    /// <summary>The country named most often, if any.</summary>
    public string? TopCountry { get; }

    public static PlaceContext From(GazetteerMatches matches)
    {
        var countries = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var regions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var match in matches.Places)
        {
            var first = match.Candidates[0];
            if (AllIn(match.Candidates, first.CountryCode, static c => c.CountryCode))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(countries, first.CountryCode, out _)++;
                if (first.Admin1Key.Length > 0 && AllIn(match.Candidates, first.Admin1Key, static c => c.Admin1Key))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(regions, first.Admin1Key, out _)++;
                }
            }
        }

        foreach (var demonym in matches.Demonyms)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(countries, demonym.Demonym.CountryCode, out _)++;
        }

        return new PlaceContext(countries, regions);
    }

    public int CountryMentions(string countryCode) => _countries.GetValueOrDefault(countryCode);

    public int RegionMentions(string admin1Key) => admin1Key.Length == 0 ? 0 : _regions.GetValueOrDefault(admin1Key);

    // Whether every candidate has the same code (compared exactly, as written).
    private static bool AllIn(IReadOnlyList<Place> candidates, string code, Func<Place, string> of)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (of(candidates[i]) != code)
            {
                return false;
            }
        }

        return true;
    }

    // The most mentioned country; on a tie the first code in ordinal order.
    private static string? Top(Dictionary<string, int> countries)
    {
        string? best = null;
        var most = 0;
        foreach (var (code, count) in countries)
        {
            if (best is null || count > most || (count == most && string.CompareOrdinal(code, best) < 0))
            {
                best = code;
                most = count;
            }
        }

        return best;
    }
}
