using System.Text;

namespace Wirewatch.Store.Queries;

/// <summary>Queries over events merged across articles.</summary>
public sealed partial class StoreQueries
{
    private static readonly string[] PlaceColumns = ["location", "admin1", "country"];

    // The events are chosen first (filters and date order on the events table and its indexes), then their reports.
    private const string EventSelect = """
        SELECT v.date, v.type, v.sub_type, v.location, v.country, v.fatalities,
               (SELECT group_concat(DISTINCT a.text) FROM event_actors a WHERE a.event_id = v.id) AS actors,
               COUNT(r.document_id) AS reports, group_concat(r.document_id, ' ') AS articles,
               min(r.trigger_text) AS trigger, min(r.trigger_start) AS start, min(r.trigger_end) AS end, min(r.status) AS status
        FROM chosen v JOIN event_reports r ON r.event_id = v.id
        GROUP BY v.id ORDER BY v.date IS NULL, v.date, v.id
        """;

    /// <summary>Events, filtered by type or sub-event type, place, actor and date range, with every article reporting them.</summary>
    public QueryResult Events(EventFilter filter, int limit)
    {
        var filters = new StringBuilder();
        var parameters = new List<(string, object)> { ("$limit", limit) };
        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            filters.Append(" AND (v.type LIKE $type ESCAPE '\\' OR v.sub_type LIKE $type ESCAPE '\\')");
            parameters.Add(("$type", "%" + Escape(filter.Type) + "%"));
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            filters.Append(" AND EXISTS (SELECT 1 FROM event_actors a LEFT JOIN entities x ON x.id = a.entity_id WHERE a.event_id = v.id AND (a.text LIKE $actor ESCAPE '\\' OR x.name LIKE $actor ESCAPE '\\'))");
            parameters.Add(("$actor", "%" + Escape(filter.Actor) + "%"));
        }

        AddDateRange(filters, parameters, filter.From, filter.To, "v.date");
        var chosen = string.IsNullOrWhiteSpace(filter.Place)
            ? $"SELECT * FROM events v WHERE 1 = 1{filters} ORDER BY v.date IS NULL, v.date, v.id LIMIT $limit"
            : AtPlaces(PlaceNames(filter.Place), filters.ToString(), parameters);
        return Run(
            $"WITH chosen AS ({chosen}) {EventSelect}",
            ["date", "type", "sub-event type", "place", "country", "fatalities", "actors", "reports", "articles", "trigger", "start", "end", "status"],
            parameters);
    }

    /// <summary>
    /// The place names (of places, regions and countries) that start with <paramref name="place"/>, any case:
    /// "Kherson" finds Kherson and Kherson Oblast.
    /// </summary>
    private List<string> PlaceNames(string place)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT name FROM places WHERE name LIKE $place ESCAPE '\\'";
        command.Parameters.AddWithValue("$place", Escape(place) + "%");
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    // The first events of each name in each place column, dated in date order then undated, each read along the
    // column's (name, date, id) index; the ids together, and of them the first in date order.
    private static string AtPlaces(List<string> names, string filters, List<(string, object)> parameters)
    {
        var ids = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            parameters.Add(($"$place{i}", names[i]));
            foreach (var column in PlaceColumns)
            {
                var where = $"FROM events v WHERE v.{column} = $place{i} COLLATE NOCASE{filters}";
                ids.Add($"SELECT id FROM (SELECT v.id {where} AND v.date IS NOT NULL ORDER BY v.date, v.id LIMIT $limit)");
                ids.Add($"SELECT id FROM (SELECT v.id {where} AND v.date IS NULL ORDER BY v.id LIMIT $limit)");
            }
        }

        var union = ids.Count == 0 ? "SELECT NULL WHERE 0" : string.Join(" UNION ALL ", ids);
        return $"SELECT * FROM events v WHERE v.id IN ({union}) ORDER BY v.date IS NULL, v.date, v.id LIMIT $limit";
    }
}
