namespace Wirewatch.Extraction.Gazetteers.Building;

/// <summary>A row of <c>countries-demonyms.tsv</c> (mledoze/countries, ODbL 1.0).</summary>
internal sealed record MledozeCountry(string Code, IReadOnlyList<string> Names, IReadOnlyList<string> Demonyms, bool Independent);
