namespace Wirewatch.Extraction.Gazetteers;

/// <summary>
/// The place a name was taken to mean, with ACLED's geoPrecision: 1 a town or city, 2 a region or the area
/// near a town, 3 a country or vaguer.
/// </summary>
public sealed record ResolvedPlace(PlaceMatch Match, Place Place, int GeoPrecision, double Score);
