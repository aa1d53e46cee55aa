namespace Wirewatch.Extraction.Gazetteers;

/// <summary>
/// Words that say what kind of place a name is, from <c>data/places/place-cues.tsv</c>: "city of" before a name,
/// "region" after it. <see cref="Strip"/> marks region words the builder may drop from a region's name.
/// </summary>
public sealed record PlaceCue(string Words, bool Before, PlaceHint Hint, bool Strip);
