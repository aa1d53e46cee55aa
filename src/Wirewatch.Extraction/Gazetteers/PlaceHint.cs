namespace Wirewatch.Extraction.Gazetteers;

/// <summary>What the words around a place name say about it ("the city of Kherson", "Kherson region", "near Bakhmut").</summary>
public enum PlaceHint : byte
{
    None,
    City,
    Region,

    /// <summary>The report places something near the place, not in it.</summary>
    Vicinity,
}
