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
            SELECT e.id, e.type, e.name, e.article_count AS articles, e.mention_count AS mentions,
                   (SELECT group_concat(DISTINCT r.role) FROM roles r WHERE r.entity_id = e.id) AS roles,
                   (SELECT de.document_id FROM document_entities de WHERE de.entity_id = e.id LIMIT 1) AS first_article
            FROM entities e
            WHERE e.mention_count > 0
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

        sql.Append(" ORDER BY e.mention_count DESC, e.name LIMIT $limit");
        parameters.Add(("$limit", limit));
        return Run(sql.ToString(), ["entity", "type", "name", "articles", "mentions", "roles", "first article"], parameters);
    }

    /// <summary>Every mention of the entities named <paramref name="name"/>, in date order, with the article and span.</summary>
    public QueryResult Timeline(string name, DateOnly? from, DateOnly? to, int limit)
    {
        const string Select = """
            SELECT m.date, e.name, m.kind, m.text, d.id, d.source, m.start, m.end,
                   substr(d.text, max(1, m.start - 59), m.end - m.start + 120) AS context
            FROM mentions m
            JOIN entities e ON e.id = m.entity_id
            JOIN documents d ON d.id = m.document_id
            WHERE m.entity_id = $entity
            """;
        return PerEntity(EntityIds(name), Select, "m.date", [], from, to, limit, ["date", "entity", "kind", "mention", "article", "source", "start", "end", "context"], "m.document_id, m.start");
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

    /// <summary>The ids of the entities whose name contains <paramref name="name"/>, most mentioned first.</summary>
    private List<long> EntityIds(string name)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id FROM entities WHERE name LIKE $name ESCAPE '\\' ORDER BY mention_count DESC LIMIT 200";
        command.Parameters.AddWithValue("$name", "%" + Escape(name) + "%");
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>
    /// Rows for several entities in date order, read entity by entity along an (entity, date) index and merged,
    /// so that a question about a much-mentioned entity stops after the rows it shows. Rows with no date come last.
    /// With <paramref name="present"/>, <paramref name="select"/> only chooses the rows, and present makes the SQL
    /// that gives the rows it chose (SQL passed to it) in full.
    /// </summary>
    private QueryResult PerEntity(
        IReadOnlyList<long> entities, string select, string dateColumn, List<(string, object)> filters, DateOnly? from, DateOnly? to, int limit,
        IReadOnlyList<string> columns, string tieBreak, Func<string, string>? present = null)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var dated in new[] { true, false })
        {
            var sql = new StringBuilder(select);
            var parameters = new List<(string, object)>(filters);
            sql.Append(dated ? $" AND {dateColumn} IS NOT NULL" : $" AND {dateColumn} IS NULL");
            if (dated)
            {
                AddDateRange(sql, parameters, from, to, dateColumn);
            }
            else if (from is not null || to is not null)
            {
                break; // a date range leaves out the undated
            }

            sql.Append($" ORDER BY {dateColumn}, {tieBreak} LIMIT $limit");
            parameters.Add(("$limit", limit));
            var text = present is null ? sql.ToString() : present(sql.ToString());
            var found = new List<IReadOnlyList<object?>>();
            foreach (var entity in entities)
            {
                found.AddRange(Run(text, columns, [.. parameters, ("$entity", entity)]).Rows);
            }

            rows.AddRange(found.OrderBy(r => r[0] as string, StringComparer.Ordinal).Take(limit - rows.Count));
            if (rows.Count >= limit)
            {
                break;
            }
        }

        return new QueryResult(columns, rows);
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
