using System.Globalization;
using Wirewatch.Extraction.Gazetteers;

namespace Wirewatch.Extraction.Entities;

/// <summary>The <see cref="IPlaceDirectory"/> of the GeoNames gazetteer: keys are GeoNames ids, countries their code.</summary>
public sealed class GazetteerPlaces : IPlaceDirectory
{
    private const string CapitalFeature = "PPLC";

    private readonly Gazetteer _gazetteer;

    /// <summary>
    /// The capitals by key, of the places listed first under their key; found without making a key for every
    /// place, as this is built on the way to the first result.
    /// </summary>
    private readonly Dictionary<string, Place> _capitals = new(StringComparer.Ordinal);

    public GazetteerPlaces(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<int>();
        foreach (var place in gazetteer.Places)
        {
            var first = place.Kind == PlaceKind.Country ? countries.Add(place.CountryCode) : ids.Add(place.GeonameId);
            if (first && place.FeatureCode == CapitalFeature)
            {
                _capitals.Add(Key(place), place);
            }
        }
    }

    public string? KeyOf(string name)
    {
        var places = _gazetteer.Lookup(name);
        return places.Count == 0 ? null : Key(places[0]);
    }

    public string? CountryOfCapital(string key)
        => _capitals.TryGetValue(key, out var place) && _gazetteer.Country(place.CountryCode) is { } country
            ? Key(country)
            : null;

    private static string Key(Place place)
        => place.Kind == PlaceKind.Country ? "country:" + place.CountryCode : "place:" + place.GeonameId.ToString(CultureInfo.InvariantCulture);
}
