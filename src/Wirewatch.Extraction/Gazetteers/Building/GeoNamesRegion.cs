namespace Wirewatch.Extraction.Gazetteers.Building;

/// <summary>A GeoNames admin1 region with its current and its 2020 spellings.</summary>
internal sealed record GeoNamesRegion(string Key, string Name, IReadOnlyList<string> OtherNames, int GeonameId);
