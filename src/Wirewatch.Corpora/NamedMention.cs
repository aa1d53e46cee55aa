using Wirewatch.Core;

namespace Wirewatch.Corpora;

/// <summary>A named mention for scoring: its span and its class ("person", "organization" or "place", as the corpora name them).</summary>
public readonly record struct NamedMention(TextSpan Span, string Class);
