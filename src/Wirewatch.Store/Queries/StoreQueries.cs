using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Wirewatch.Store.Queries;

/// <summary>
/// The questions the ledger answers across articles. Every row names the article and the span it came from.
/// </summary>
public sealed partial class StoreQueries
{
    private readonly SqliteConnection _connection;

    public StoreQueries(WirewatchStore store)
    {
        _connection = store.Connection;
    }

    /// <summary>Entities whose name contains <paramref name="name"/> (any case), most mentioned first.</summary>
    public QueryResult Entities(string? name, string? type, int limit)
    {
        var sql = new StringBuilder("""
            SELECT e.id, e.type, e.name,
                   COUNT(DISTINCT m.document_id) AS articles, COUNT(*) AS mentions,
                   (SELECT group_concat(DISTINCT r.role) FROM roles r WHERE r.entity_id = e.id) AS roles,
                   MIN(m.document_id) AS first_article
            FROM entities e JOIN mentions m ON m.entity_id = e.id
            WHERE 1 = 1
            """);
        var parameters = new List<(string, object)>();
        if (!string.IsNullOrWhiteSpace(name))
        {
            sql.Append(" AND e.name LIKE $name ESCAPE '\\'");
            parameters.Add(("$name", "%" + Escape(name) + "%"));
        }

        if (!string.IsNullOrWhiteSpace(type))
        {
            sql.Append(" AND e.type = $type");
            parameters.Add(("$type", type.ToUpperInvariant()));
        }

        sql.Append(" GROUP BY e.id ORDER BY mentions DESC, e.name LIMIT $limit");
        parameters.Add(("$limit", limit));
        return Run(sql.ToString(), ["entity", "type", "name", "articles", "mentions", "roles", "first article"], parameters);
    }

    /// <summary>Every mention of the entities named <paramref name="name"/>, in date order, with the article and span.</summary>
    public QueryResult Timeline(string name, DateOnly? from, DateOnly? to, int limit)
    {
        var sql = new StringBuilder("""
            SELECT d.date, e.name, m.kind, m.text, d.id, d.source, m.start, m.end,
                   substr(d.text, max(1, m.start - 59), m.end - m.start + 120) AS context
            FROM mentions m
            JOIN entities e ON e.id = m.entity_id
            JOIN documents d ON d.id = m.document_id
            WHERE e.name LIKE $name ESCAPE '\'
            """);
        var parameters = new List<(string, object)> { ("$name", "%" + Escape(name) + "%") };
        AddDateRange(sql, parameters, from, to);
        sql.Append(" ORDER BY d.date IS NULL, d.date, d.id, m.start LIMIT $limit");
        parameters.Add(("$limit", limit));
        return Run(sql.ToString(), ["date", "entity", "kind", "mention", "article", "source", "start", "end", "context"], parameters);
    }

    /// <summary>Articles whose text matches a full-text query (SQLite FTS5 syntax), best first.</summary>
    public QueryResult Articles(string text, DateOnly? from, DateOnly? to, int limit)
    {
        var sql = new StringBuilder("""
            SELECT d.date, d.id, d.source, snippet(documents_text, 0, '[', ']', '…', 12) AS match
            FROM documents_text JOIN documents d ON d.rowid = documents_text.rowid
            WHERE documents_text MATCH $text
            """);
        var parameters = new List<(string, object)> { ("$text", text) };
        AddDateRange(sql, parameters, from, to);
        sql.Append(" ORDER BY rank LIMIT $limit");
        parameters.Add(("$limit", limit));
        return Run(sql.ToString(), ["date", "article", "source", "match"], parameters);
    }

    private static void AddDateRange(StringBuilder sql, List<(string, object)> parameters, DateOnly? from, DateOnly? to, string column = "d.date")
    {
        if (from is { } f)
        {
            sql.Append($" AND {column} >= $from");
            parameters.Add(("$from", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (to is { } t)
        {
            sql.Append($" AND {column} <= $to");
            parameters.Add(("$to", t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
    }

    private QueryResult Run(string sql, IReadOnlyList<string> columns, IEnumerable<(string Name, object Value)> parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<IReadOnlyList<object?>>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return new QueryResult(columns, rows);
    }

    private static string Escape(string like) => like.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
