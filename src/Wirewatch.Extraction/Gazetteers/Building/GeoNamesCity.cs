namespace Wirewatch.Extraction.Gazetteers.Building;

/// <summary>One row of the shared <c>cities.tsv</c>; coordinates kept as written so the output reproduces them exactly.</summary>
internal sealed record GeoNamesCity(
    string Name,
    string AlternateNames,
    string CountryCode,
    string Admin1Code,
    long Population,
    string Latitude,
    string Longitude,
    int GeonameId,
    string FeatureCode)
{
    public string Admin1Key => $"{CountryCode}.{Admin1Code}";
}
