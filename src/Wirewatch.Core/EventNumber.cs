namespace Wirewatch.Core;

/// <summary>A number of people (fatalities or injuries), read by ACLED's conservative rules ("at least 23" is 23, "dozens" 12).</summary>
/// <param name="Value">The number ACLED would record.</param>
/// <param name="Qualifier">"at least", "more than", "about", "up to", "none"... or null.</param>
/// <param name="Span">The words it was read from ("at least 23 people").</param>
public sealed record EventNumber(int Value, string? Qualifier, TextSpan Span);
