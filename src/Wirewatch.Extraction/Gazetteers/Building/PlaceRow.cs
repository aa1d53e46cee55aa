using System.Globalization;

namespace Wirewatch.Extraction.Gazetteers.Building;

/// <summary>One line of <c>places.tsv</c> as the builder writes it.</summary>
internal sealed record PlaceRow(
    string Name,
    IReadOnlyList<string> Variants,
    PlaceKind Kind,
    string CountryCode,
    string Admin1Code,
    string Admin1Name,
    string Latitude,
    string Longitude,
    long Population,
    int GeonameId,
    string FeatureCode,
    IReadOnlyList<string> CapitalisedOnly)
{
    public string ToTsv() => string.Join('\t',
        Clean(Name),
        string.Join('|', Variants.Select(Clean)),
        Kind.ToString().ToLowerInvariant(),
        CountryCode,
        Admin1Code,
        Clean(Admin1Name),
        Latitude,
        Longitude,
        Population.ToString(CultureInfo.InvariantCulture),
        GeonameId.ToString(CultureInfo.InvariantCulture),
        FeatureCode,
        string.Join('|', CapitalisedOnly.Select(Clean)));

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('|', ' ');
}
