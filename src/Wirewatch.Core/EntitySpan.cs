namespace Wirewatch.Core;

/// <summary>Words of the text that name someone, with the entity they stand for when it is known.</summary>
/// <param name="Span">The words.</param>
/// <param name="EntityId">The entity ("e8"), or null when the words name no entity of the entities layer ("sources").</param>
public readonly record struct EntitySpan(TextSpan Span, string? EntityId);
