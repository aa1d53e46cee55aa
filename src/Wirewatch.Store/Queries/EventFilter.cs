namespace Wirewatch.Store.Queries;

/// <summary>What events to find: by type or sub-event type, place, actor and date range.</summary>
public sealed record EventFilter(string? Type, string? Place, string? Actor, DateOnly? From, DateOnly? To);
