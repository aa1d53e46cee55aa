namespace Wirewatch.Core;

/// <summary>A count of things in an event: strikes ("at least 16 times"), shells, missiles, drones.</summary>
/// <param name="What">What was counted, as a plural noun ("shells", "strikes").</param>
/// <param name="Value">The conservative number.</param>
/// <param name="Qualifier">"at least", "more than"... or null.</param>
/// <param name="Span">The words it was read from.</param>
public sealed record EventCount(string What, int Value, string? Qualifier, TextSpan Span);
