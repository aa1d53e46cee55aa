namespace Wirewatch.Extraction.Gazetteers;

/// <summary>A nationality word and the country it points to: "Ukrainians" -> UA.</summary>
public sealed record Demonym(string Text, string CountryCode, DemonymForm Form);
