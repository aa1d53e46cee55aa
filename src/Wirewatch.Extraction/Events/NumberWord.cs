namespace Wirewatch.Extraction.Events;

/// <summary>A number word: its value and whether it adds ("twenty"), multiplies ("hundred") or stands alone ("dozens").</summary>
public sealed record NumberWord(int Value, string Kind);
