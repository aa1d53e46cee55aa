namespace Wirewatch.Store.Queries;

/// <summary>The answer to a query: named columns and rows of values (text, numbers or null), ready to print.</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
