namespace Wirewatch.Store.Queries;

/// <summary>What statements to find: by speaker, kind, who they are about, words in the content, date range.</summary>
public sealed record StatementFilter(string? Speaker, string? Kind, string? About, string? Text, DateOnly? From, DateOnly? To);
