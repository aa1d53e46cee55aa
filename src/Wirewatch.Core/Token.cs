namespace Wirewatch.Core;

/// <summary>One token: its half-open span over the body text and what kind of token it is.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    public int Start => Span.Start;

    public int End => Span.End;
}
