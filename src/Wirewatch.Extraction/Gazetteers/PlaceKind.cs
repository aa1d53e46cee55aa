namespace Wirewatch.Extraction.Gazetteers;

/// <summary>What kind of place a gazetteer record is.</summary>
public enum PlaceKind : byte
{
    Country,

    /// <summary>A first-level administrative region (oblast, state, province, governorate).</summary>
    Region,

    /// <summary>A populated place: city, town or village.</summary>
    City,
}
