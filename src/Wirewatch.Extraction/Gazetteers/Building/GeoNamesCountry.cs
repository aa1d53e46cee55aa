namespace Wirewatch.Extraction.Gazetteers.Building;

/// <summary>A row of GeoNames' countryInfo.</summary>
internal sealed record GeoNamesCountry(string Code, string Name, string Capital, long Population, int GeonameId);
