namespace Wirewatch.Core;

/// <summary>One place in the text where an entity is mentioned.</summary>
/// <param name="Span">The words of the mention.</param>
/// <param name="Kind">By name, description or pronoun.</param>
public sealed record Mention(TextSpan Span, MentionKind Kind)
{
    /// <summary>
    /// When the name stands for another entity (metonymy: "Moscow" or "the Kremlin" acting as the Russian
    /// government), the id of the entity it stands for.
    /// </summary>
    public string? StandsFor { get; init; }
}
