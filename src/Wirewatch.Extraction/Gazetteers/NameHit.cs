namespace Wirewatch.Extraction.Gazetteers;

/// <summary>A name found over text parts <c>[FirstPart, EndPart)</c> and the values it can mean.</summary>
internal readonly record struct NameHit<T>(int FirstPart, int EndPart, IReadOnlyList<T> Values);
