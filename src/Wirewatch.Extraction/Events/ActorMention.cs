using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>Words in the text that can name a side in an event: an entity's mention or a nationality word, tokens <c>[First, End)</c>.</summary>
public sealed record ActorMention(int First, int End, TextSpan Span, string? EntityId);
