namespace Wirewatch.Core;

/// <summary>One side of an event ("Russian forces", "Ukrainian air defense forces").</summary>
/// <param name="Role">actor1 (who acted), actor2 (who was acted on or fought back) or associated.</param>
/// <param name="Span">The words that name the actor.</param>
/// <param name="EntityId">The entity the words belong to, when the entity layer has one.</param>
public sealed record EventActor(string Role, TextSpan Span, string? EntityId);
