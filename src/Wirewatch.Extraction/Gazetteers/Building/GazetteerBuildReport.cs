namespace Wirewatch.Extraction.Gazetteers.Building;

/// <summary>What a gazetteer build wrote.</summary>
public sealed record GazetteerBuildReport(int Countries, int Regions, int Cities, int Variants, int Demonyms, IReadOnlyList<string> Files);
