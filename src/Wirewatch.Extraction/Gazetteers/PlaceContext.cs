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
    {
        _countries = new Dictionary<string, int>(countries, StringComparer.OrdinalIgnoreCase);
        _regions = new Dictionary<string, int>(regions, StringComparer.OrdinalIgnoreCase);
        TopCountry = _countries.Count == 0 ? null : _countries.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
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
            if (match.Candidates.All(c => c.CountryCode == first.CountryCode))
            {
                countries[first.CountryCode] = countries.GetValueOrDefault(first.CountryCode) + 1;
                if (first.Admin1Key.Length > 0 && match.Candidates.All(c => c.Admin1Key == first.Admin1Key))
                {
                    regions[first.Admin1Key] = regions.GetValueOrDefault(first.Admin1Key) + 1;
                }
            }
        }

        foreach (var demonym in matches.Demonyms)
        {
            countries[demonym.Demonym.CountryCode] = countries.GetValueOrDefault(demonym.Demonym.CountryCode) + 1;
        }

        return new PlaceContext(countries, regions);
    }

    public int CountryMentions(string countryCode) => _countries.GetValueOrDefault(countryCode);

    public int RegionMentions(string admin1Key) => admin1Key.Length == 0 ? 0 : _regions.GetValueOrDefault(admin1Key);
}
