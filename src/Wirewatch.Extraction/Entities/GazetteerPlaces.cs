using System.Globalization;
using Wirewatch.Extraction.Gazetteers;

namespace Wirewatch.Extraction.Entities;

/// <summary>The <see cref="IPlaceDirectory"/> of the GeoNames gazetteer: keys are GeoNames ids, countries their code.</summary>
public sealed class GazetteerPlaces : IPlaceDirectory
{
    private const string CapitalFeature = "PPLC";

    private readonly Gazetteer _gazetteer;
    private readonly Dictionary<string, Place> _byKey = new(StringComparer.Ordinal);

    public GazetteerPlaces(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        foreach (var place in gazetteer.Places)
        {
            _byKey.TryAdd(Key(place), place);
        }
    }

    public string? KeyOf(string name)
    {
        var places = _gazetteer.Lookup(name);
        return places.Count == 0 ? null : Key(places[0]);
    }

    public string? CountryOfCapital(string key)
        => _byKey.TryGetValue(key, out var place) && place.FeatureCode == CapitalFeature && _gazetteer.Country(place.CountryCode) is { } country
            ? Key(country)
            : null;

    private static string Key(Place place)
        => place.Kind == PlaceKind.Country ? "country:" + place.CountryCode : "place:" + place.GeonameId.ToString(CultureInfo.InvariantCulture);
}
