namespace Wirewatch.Core;

/// <summary>Where an event happened, from the gazetteer, with ACLED's geoPrecision (1 a town, 2 a region or near a town, 3 a country).</summary>
/// <param name="Name">The place's name in the gazetteer ("Kherson").</param>
/// <param name="CountryCode">ISO 3166 alpha-2 ("UA").</param>
/// <param name="Country">The country's name ("Ukraine").</param>
/// <param name="Admin1">The first-level region's name, empty for a country.</param>
/// <param name="Span">The words that name it in the text.</param>
public sealed record EventLocation(
    string Name,
    string CountryCode,
    string Country,
    string Admin1,
    double Latitude,
    double Longitude,
    int GeoPrecision,
    TextSpan Span);
