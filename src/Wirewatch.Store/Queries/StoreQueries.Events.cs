using System.Text;

namespace Wirewatch.Store.Queries;

/// <summary>Queries over events merged across articles.</summary>
public sealed partial class StoreQueries
{
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
        var sql = new StringBuilder("WITH chosen AS (SELECT * FROM events v WHERE 1 = 1");
        var parameters = new List<(string, object)>();
        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            sql.Append(" AND (v.type LIKE $type ESCAPE '\\' OR v.sub_type LIKE $type ESCAPE '\\')");
            parameters.Add(("$type", "%" + Escape(filter.Type) + "%"));
        }

        if (!string.IsNullOrWhiteSpace(filter.Place))
        {
            // Names from their start (any case), so that the place indexes serve: "Kherson" finds Kherson and Kherson Oblast.
            sql.Append(" AND (v.location LIKE $place ESCAPE '\\' OR v.admin1 LIKE $place ESCAPE '\\' OR v.country LIKE $place ESCAPE '\\')");
            parameters.Add(("$place", Escape(filter.Place) + "%"));
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM event_actors a LEFT JOIN entities x ON x.id = a.entity_id WHERE a.event_id = v.id AND (a.text LIKE $actor ESCAPE '\\' OR x.name LIKE $actor ESCAPE '\\'))");
            parameters.Add(("$actor", "%" + Escape(filter.Actor) + "%"));
        }

        AddDateRange(sql, parameters, filter.From, filter.To, "v.date");
        sql.Append(" ORDER BY v.date IS NULL, v.date, v.id LIMIT $limit) ").Append(EventSelect);
        parameters.Add(("$limit", limit));
        return Run(sql.ToString(), ["date", "type", "sub-event type", "place", "country", "fatalities", "actors", "reports", "articles", "trigger", "start", "end", "status"], parameters);
    }
}
