namespace Wirewatch.Extraction.Gazetteers;

/// <summary>
/// One gazetteer record. <see cref="Admin1Code"/> is GeoNames' first-level code within the country ("08" for
/// Kherson in UA), empty for countries. Population is GeoNames' (0 when unknown); for a region it is the sum
/// over its listed towns, for a country GeoNames' figure.
/// </summary>
public sealed record Place(
    int GeonameId,
    string Name,
    PlaceKind Kind,
    string CountryCode,
    string Admin1Code,
    string Admin1Name,
    double Latitude,
    double Longitude,
    long Population,
    string FeatureCode)
{
    /// <summary>The admin1 key GeoNames uses across countries: "UA.08".</summary>
    public string Admin1Key => Admin1Code.Length == 0 ? string.Empty : $"{CountryCode}.{Admin1Code}";

    public override string ToString() => $"{Name} ({Kind}, {CountryCode}{(Admin1Name.Length > 0 ? ", " + Admin1Name : string.Empty)})";
}
