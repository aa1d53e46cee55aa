using System.Globalization;
using Wirewatch.Core;
using Wirewatch.Extraction.Gazetteers;

namespace Wirewatch.Extraction.Events;

/// <summary>
/// Latin American towns and regions (<c>data/places/latin-america.tsv</c>) for wire copy from the region, often all
/// in capitals, where the name tagger and the main gazetteer miss small places. Names match on lower-case words,
/// longest first; a name shared by several countries is settled in favour of the countries the document names.
/// </summary>
public sealed class RegionalPlaces
{
    private const int MaxWords = 6;

    private readonly PhraseTable<List<Place>> _names;

    public RegionalPlaces(Gazetteer gazetteer)
    {
        var stop = DataFiles.ReadList("places/latin-america-stopwords.txt").Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var line in DataFiles.ReadList("places/latin-america.tsv"))
        {
            var r = line.Split('\t', StringSplitOptions.TrimEntries);
            var key = r[0].ToLowerInvariant();
            if (stop.Contains(key) || key.Split(' ').Length > MaxWords)
            {
                continue;
            }

            var kind = r[1] == "region" ? PlaceKind.Region : PlaceKind.City;
            var region = kind == PlaceKind.Region ? gazetteer.Region(r[3]) : null;
            var lat = region?.Latitude ?? Coordinate(r[5]);
            var lon = region?.Longitude ?? Coordinate(r[6]);
            var code = r[3].Length > 3 ? r[3][3..] : string.Empty;
            var place = new Place(0, r[0], kind, r[2], code, r[4], lat, lon, long.Parse(r[7], CultureInfo.InvariantCulture), kind == PlaceKind.Region ? "ADM1" : "PPL");
            if (!byName.TryGetValue(key, out var list))
            {
                byName[key] = list = [];
            }

            list.Add(place);
        }

        _names = new PhraseTable<List<Place>>(byName.Select(p => (p.Key, p.Value)));
    }

    /// <summary>The regional places named in the text, tokens <c>[First, End)</c>, with every candidate for the name.</summary>
    public IReadOnlyList<(int First, int End, IReadOnlyList<Place> Candidates)> Find(EventText text)
    {
        var found = new List<(int, int, IReadOnlyList<Place>)>();
        for (var i = 0; i < text.Count; i++)
        {
            var (length, places) = _names.Match(text.Words, i, text.Count);
            if (length > 0 && places is not null)
            {
                found.Add((i, i + length, places));
                i += length - 1;
            }
        }

        return found;
    }

    /// <summary>The candidate of a name in the countries the document names most, then a region before a town, then the most populous.</summary>
    public static Place Choose(IReadOnlyList<Place> candidates, IReadOnlyDictionary<string, int> countryVotes)
        => candidates.OrderByDescending(p => countryVotes.GetValueOrDefault(p.CountryCode))
            .ThenBy(p => p.Kind == PlaceKind.Region ? 0 : 1)
            .ThenByDescending(p => p.Population)
            .First();

    private static double Coordinate(string value)
        => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0;
}
