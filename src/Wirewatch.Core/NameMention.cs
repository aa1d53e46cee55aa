namespace Wirewatch.Core;

/// <summary>A name in the text and what kind of entity it names ("Dmitry Peskov": Person).</summary>
public readonly record struct NameMention(TextSpan Span, EntityType Type);
