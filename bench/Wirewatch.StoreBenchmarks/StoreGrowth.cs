using Microsoft.Data.Sqlite;

namespace Wirewatch.StoreBenchmarks;

/// <summary>
/// Grows a store of really analysed articles to a large size by copying them under new ids with shifted dates
/// (each copy a day later): the query load of a big ledger without analysing 100,000 articles first.
/// </summary>
public static class StoreGrowth
{
    public static long Documents(SqliteConnection connection) => Scalar(connection, "SELECT COUNT(*) FROM documents");

    public static void GrowTo(SqliteConnection connection, long target)
    {
        var original = Documents(connection);
        for (var copy = 1; Documents(connection) < target; copy++)
        {
            using var transaction = connection.BeginTransaction();
            var suffix = $"-{copy}";
            var shift = $"+{copy} days";
            Execute(connection, transaction, $"""
                INSERT INTO documents(id, source, source_id, date, title, text)
                    SELECT id || '{suffix}', source, source_id, date(date, '{shift}'), title, text FROM documents WHERE instr(id, '-') = 0;
                INSERT INTO document_entities(document_id, local_id, entity_id)
                    SELECT document_id || '{suffix}', local_id, entity_id FROM document_entities WHERE instr(document_id, '-') = 0;
                INSERT INTO mentions(document_id, entity_id, start, end, text, kind, stands_for, date)
                    SELECT document_id || '{suffix}', entity_id, start, end, text, kind, stands_for, date(date, '{shift}') FROM mentions WHERE instr(document_id, '-') = 0;
                INSERT INTO times(document_id, local_id, start, end, text, type, value)
                    SELECT document_id || '{suffix}', local_id, start, end, text, type, value FROM times WHERE instr(document_id, '-') = 0;
                INSERT INTO statements(document_id, local_id, kind, date, speaker_entity, speaker_text, speaker_start, speaker_end,
                        cue_text, cue_start, cue_end, content, content_start, content_end, direct, addressee, relayed_by, time_value, no_evidence)
                    SELECT document_id || '{suffix}', local_id, kind, date(date, '{shift}'), speaker_entity, speaker_text, speaker_start, speaker_end,
                        cue_text, cue_start, cue_end, content, content_start, content_end, direct, addressee, relayed_by, time_value, no_evidence
                    FROM statements WHERE instr(document_id, '-') = 0;
                INSERT INTO statement_about(statement_id, entity_id, date)
                    SELECT n.id, a.entity_id, n.date FROM statement_about a JOIN statements o ON o.id = a.statement_id
                    JOIN statements n ON n.document_id = o.document_id || '{suffix}' AND n.local_id = o.local_id
                    WHERE instr(o.document_id, '-') = 0;
                INSERT INTO events(key, type, sub_type, date, time_precision, location, country, admin1, latitude, longitude, geo_precision, fatalities)
                    SELECT key || '#{copy}', type, sub_type, date(date, '{shift}'), time_precision, location, country, admin1, latitude, longitude, geo_precision, fatalities
                    FROM events WHERE instr(key, '#') = 0;
                INSERT INTO event_reports(event_id, document_id, local_id, trigger_text, trigger_start, trigger_end, status, fatalities)
                    SELECT n.id, r.document_id || '{suffix}', r.local_id, r.trigger_text, r.trigger_start, r.trigger_end, r.status, r.fatalities
                    FROM event_reports r JOIN events o ON o.id = r.event_id JOIN events n ON n.key = o.key || '#{copy}'
                    WHERE instr(r.document_id, '-') = 0;
                """);
            transaction.Commit();
            if (Documents(connection) == original * copy)
            {
                break; // nothing was copied: no originals
            }
        }

        Execute(connection, null, """
            INSERT INTO documents_text(documents_text) VALUES ('rebuild');
            INSERT INTO statements_text(statements_text) VALUES ('rebuild');
            UPDATE entities SET
                mention_count = (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = entities.id),
                article_count = (SELECT COUNT(*) FROM document_entities de WHERE de.entity_id = entities.id);
            ANALYZE;
            """);
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
