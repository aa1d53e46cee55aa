namespace Wirewatch.Core;

/// <summary>
/// One time expression and its TIMEX3 (ISO-TimeML) reading, resolved against the article's date.
/// </summary>
/// <param name="Id">"t1", "t2"... in text order.</param>
/// <param name="Span">The words of the expression.</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">The TIMEX3 value: "2023-05-03", "2023-W18", "2023-05-04T14:00", "P3D", "PAST_REF"; with no
/// article date, underspecified ("XXXX-WXX-3").</param>
public sealed record TimeExpression(string Id, TextSpan Span, TimeType Type, string Value)
{
    /// <summary>A TIMEX3 modifier ("BEFORE", "AFTER", "APPROX", "START", "END"...), when the text gives one.</summary>
    public string? Modifier { get; init; }

    /// <summary>The id of the time this one was resolved relative to ("a day earlier" than t3), if not the article date.</summary>
    public string? AnchorId { get; init; }

    /// <summary>
    /// The value the words give on their own, before the article date or the time talked about filled it in
    /// ("XXXX-WXX-3" for "Wednesday"); null when the words are already complete or nothing could be filled in.
    /// </summary>
    public string? Unresolved { get; init; }
}
