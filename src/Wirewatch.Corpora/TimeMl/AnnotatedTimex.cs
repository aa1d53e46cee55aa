using Wirewatch.Core;

namespace Wirewatch.Corpora.TimeMl;

/// <summary>One gold TIMEX3 annotation: its span over the document text, type, value and mod.</summary>
/// <param name="Span">The characters of the expression in the document's text.</param>
/// <param name="Type">DATE, TIME, DURATION or SET as written in the corpus.</param>
/// <param name="Value">The TIMEX3 value as written in the corpus.</param>
/// <param name="Modifier">The TIMEX3 mod, if any.</param>
public sealed record AnnotatedTimex(TextSpan Span, string Type, string Value, string? Modifier);
