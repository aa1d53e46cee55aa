namespace Wirewatch.Extraction.Events;

/// <summary>A number read from the words <c>[First, End)</c>, with its qualifier ("at least") if any.</summary>
public sealed record NumberReading(int Value, string? Qualifier, int First, int End);
