namespace Wirewatch.Extraction.Time;

/// <summary>The TIMEX3 value of a time expression and the point it names, if it names one.</summary>
/// <param name="Value">The TIMEX3 value ("2023-05-03", "P3D", "XXXX-WXX-3").</param>
/// <param name="Point">The resolved time, which later expressions may count from; null for lengths, sets, vague or unresolved times.</param>
/// <param name="FromAnchor">True when it was counted from the time talked about before it rather than from the article date.</param>
public readonly record struct Resolution(string Value, TimePoint? Point, bool FromAnchor)
{
    /// <summary>The type when resolution decides it rather than the words ("a minute later" with no clock time talked about: a length).</summary>
    public Core.TimeType? Type { get; init; }
}
