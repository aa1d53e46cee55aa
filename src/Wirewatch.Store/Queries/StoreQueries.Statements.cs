using System.Text;

namespace Wirewatch.Store.Queries;

/// <summary>Queries over statements and disputes.</summary>
public sealed partial class StoreQueries
{
    // The statements are chosen first (filters, date order and the limit, reading only what that needs), then
    // their columns are made for the few chosen: the names they are about are not looked up for every match.
    private const string StatementChoice = """
        SELECT s.id
        FROM statements s
        WHERE 1 = 1
        """;

    private const string StatementSelect = """
        SELECT s.date, coalesce(e.name, s.speaker_text) AS speaker, s.kind, s.cue_text AS cue, s.content,
               (SELECT group_concat(x.name, '; ') FROM statement_about a JOIN entities x ON x.id = a.entity_id WHERE a.statement_id = s.id) AS about,
               s.addressee, s.relayed_by, s.time_value AS time, d.id AS article, d.source, s.content_start AS start, s.content_end AS end
        FROM statements s
        JOIN documents d ON d.id = s.document_id
        LEFT JOIN entities e ON e.id = s.speaker_entity
        WHERE 1 = 1
        """;

    private static readonly string[] StatementColumns = ["date", "speaker", "kind", "cue", "content", "about", "addressee", "relayed by", "time", "article", "source", "start", "end"];

    private const string DisputeSelect = """
        SELECT c.date AS claim_date, coalesce(ce.name, c.speaker_text) AS claimant, c.kind AS claim_kind, c.content AS claim,
               r.date AS rebuttal_date, coalesce(re.name, r.speaker_text) AS rebutter, r.content AS rebuttal,
               x.name AS about, CASE p.across_articles WHEN 1 THEN 'yes' ELSE 'no' END AS across_articles,
               c.document_id AS claim_article, c.content_start AS claim_start, c.content_end AS claim_end,
               r.document_id AS rebuttal_article, r.content_start AS rebuttal_start, r.content_end AS rebuttal_end
        FROM disputes p
        JOIN statements c ON c.id = p.claim
        JOIN statements r ON r.id = p.rebuttal
        LEFT JOIN entities ce ON ce.id = c.speaker_entity
        LEFT JOIN entities re ON re.id = r.speaker_entity
        LEFT JOIN entities x ON x.id = p.about_entity
        WHERE 1 = 1
        """;

    /// <summary>Statements, filtered by speaker, kind, who they are about, date range and words in their content.</summary>
    public QueryResult Statements(StatementFilter filter, int limit)
    {
        var filters = new StringBuilder();
        var parameters = new List<(string, object)>();
        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            filters.Append(" AND s.kind = $kind");
            parameters.Add(("$kind", filter.Kind.ToLowerInvariant()));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            filters.Append(" AND s.id IN (SELECT rowid FROM statements_text WHERE statements_text MATCH $text)");
            parameters.Add(("$text", filter.Text));
        }

        // A speaker or an accused party read along its (entity, date) index; otherwise along the date index.
        if (!string.IsNullOrWhiteSpace(filter.Speaker) && EntityIds(filter.Speaker) is { Count: > 0 } speakers)
        {
            if (!string.IsNullOrWhiteSpace(filter.About))
            {
                filters.Append(" AND EXISTS (SELECT 1 FROM statement_about a JOIN entities x ON x.id = a.entity_id WHERE a.statement_id = s.id AND x.name LIKE $about ESCAPE '\\')");
                parameters.Add(("$about", "%" + Escape(filter.About) + "%"));
            }

            return PerEntity(speakers, StatementChoice + " AND s.speaker_entity = $entity" + filters, "s.date", parameters, filter.From, filter.To, limit, StatementColumns, "s.document_id, s.cue_start", StatementsChosen("s.document_id, s.cue_start"));
        }

        if (!string.IsNullOrWhiteSpace(filter.Speaker))
        {
            filters.Append(" AND s.speaker_text LIKE $speaker ESCAPE '\\'");
            parameters.Add(("$speaker", "%" + Escape(filter.Speaker) + "%"));
        }

        if (!string.IsNullOrWhiteSpace(filter.About))
        {
            var about = EntityIds(filter.About);
            var select = StatementChoice.Replace("FROM statements s", "FROM statement_about sa JOIN statements s ON s.id = sa.statement_id", StringComparison.Ordinal)
                + " AND sa.entity_id = $entity" + filters;
            return PerEntity(about, select, "sa.date", parameters, filter.From, filter.To, limit, StatementColumns, "sa.statement_id", StatementsChosen("s.id"));
        }

        return PerEntity([0], StatementChoice + " AND $entity = 0" + filters, "s.date", parameters, filter.From, filter.To, limit, StatementColumns, "s.document_id, s.cue_start", StatementsChosen("s.document_id, s.cue_start"));
    }

    // The full rows of the statements a choice (SQL that lists their ids) made, in date order, then tieBreak.
    private static Func<string, string> StatementsChosen(string tieBreak) =>
        choice => $"{StatementSelect} AND s.id IN ({choice}) ORDER BY s.date, {tieBreak}";

    /// <summary>Claims and the statements that rebut them, in the same article or another.</summary>
    public QueryResult Disputes(string? about, int limit)
    {
        var sql = new StringBuilder(DisputeSelect);
        var parameters = new List<(string, object)>();
        if (!string.IsNullOrWhiteSpace(about))
        {
            sql.Append(" AND (x.name LIKE $about ESCAPE '\\' OR ce.name LIKE $about ESCAPE '\\' OR re.name LIKE $about ESCAPE '\\')");
            parameters.Add(("$about", "%" + Escape(about) + "%"));
        }

        sql.Append(" ORDER BY c.date IS NULL, c.date, p.claim LIMIT $limit");
        parameters.Add(("$limit", limit));
        return Run(
            sql.ToString(),
            ["claim date", "claimant", "claim kind", "claim", "rebuttal date", "rebutter", "rebuttal", "about", "across articles", "claim article", "claim start", "claim end", "rebuttal article", "rebuttal start", "rebuttal end"],
            parameters);
    }
}
