using Microsoft.Data.Sqlite;
using Wirewatch.Core;

namespace Wirewatch.Store;

/// <summary>
/// Writes analysed articles into the store, a batch per transaction: an article already stored (same id, so
/// same content) is skipped, so ingesting twice stores once, and a run killed mid-way loses at most the batch it
/// was writing, which the next run writes again. One writer is meant to be used by one thread at a time; what it
/// learns of the entities table is kept between batches for as long as no other connection changes the store.
/// </summary>
public sealed class DocumentWriter
{
    private readonly WirewatchStore _store;
    private readonly EntityDirectory _directory = new();
    private long? _dataVersion;

    public DocumentWriter(WirewatchStore store)
    {
        _store = store;
    }

    public bool Contains(string documentId)
    {
        using var command = _store.Connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM documents WHERE id = $id";
        command.Parameters.AddWithValue("$id", documentId);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>
    /// Writes the batch in one transaction; returns how many articles were new. The batch is read once, in order,
    /// as the articles are written, so it may be a sequence that waits for each article's analysis.
    /// </summary>
    public int Write(IEnumerable<Document> batch)
    {
        // BeginTransaction takes the write lock at once (BEGIN IMMEDIATE), so the data version read next is final.
        using var transaction = _store.Connection.BeginTransaction();
        var version = DataVersion(transaction);
        if (version != _dataVersion)
        {
            _directory.Clear(); // another connection has written since this writer's last batch
        }

        try
        {
            using var commands = new BatchCommands(transaction, _directory);
            var written = 0;
            foreach (var document in batch)
            {
                if (WriteDocument(document, commands))
                {
                    written++;
                }
            }

            commands.Entities.WriteCounts();
            commands.FullText.IndexNewRows();
            transaction.Commit();
            _dataVersion = version; // a connection's own commits leave its data version as it was
            return written;
        }
        catch
        {
            _directory.Clear();
            _dataVersion = null;
            throw;
        }
    }

    private static long DataVersion(SqliteTransaction transaction)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA data_version";
        return (long)command.ExecuteScalar()!;
    }

    private static bool WriteDocument(Document document, BatchCommands commands)
    {
        var info = document.Info;
        var date = info.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (commands.Document.Execute(info.Id, info.Source, info.SourceId, date, info.Title, document.Text) == 0)
        {
            return false; // already stored
        }

        var entities = document.Has(Layers.Entities) ? WriteEntities(document, commands) : new Dictionary<string, long>();
        if (document.Has(Layers.Statements))
        {
            commands.Statements.Write(document, entities);
        }

        if (document.Has(Layers.Events))
        {
            commands.Events.Write(document, entities);
        }

        if (document.Has(Layers.Times))
        {
            foreach (var time in document.Times)
            {
                commands.Time.Execute(info.Id, time.Id, time.Span.Start, time.Span.End, document[time.Span], time.Type.ToString().ToUpperInvariant(), time.Value);
            }
        }

        return true;
    }

    private static Dictionary<string, long> WriteEntities(Document document, BatchCommands commands)
    {
        var id = document.Info.Id;
        var date = document.Info.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
        {
            ids[entity.Id] = commands.Entities.Resolve(entity);
        }

        foreach (var entity in document.Entities)
        {
            var global = ids[entity.Id];
            commands.Link.Execute(id, entity.Id, global);
            commands.Entities.Count(global, entity.Mentions.Count);
            foreach (var m in entity.Mentions)
            {
                object? standsFor = m.StandsFor is not null && ids.TryGetValue(m.StandsFor, out var target) ? target : null;
                commands.Mention.Execute(id, global, m.Span.Start, m.Span.End, document[m.Span], m.Kind.ToString().ToLowerInvariant(), standsFor, date);
            }

            foreach (var role in entity.Roles)
            {
                commands.Role.Execute(global, id, role);
            }
        }

        return ids;
    }

    /// <summary>The statements one batch runs, prepared once.</summary>
    private sealed class BatchCommands : IDisposable
    {
        public BatchCommands(SqliteTransaction transaction, EntityDirectory directory)
        {
            Document = new PreparedCommand(
                transaction,
                "INSERT OR IGNORE INTO documents(id, source, source_id, date, title, text) VALUES ($id, $source, $sourceId, $date, $title, $text)",
                "$id", "$source", "$sourceId", "$date", "$title", "$text");
            FullText = new FullTextRows(transaction);
            Link = new PreparedCommand(transaction, "INSERT OR IGNORE INTO document_entities(document_id, local_id, entity_id) VALUES ($doc, $local, $entity)", "$doc", "$local", "$entity");
            Mention = new PreparedCommand(
                transaction,
                "INSERT INTO mentions(document_id, entity_id, start, end, text, kind, stands_for, date) VALUES ($doc, $entity, $start, $end, $text, $kind, $standsFor, $date)",
                "$doc", "$entity", "$start", "$end", "$text", "$kind", "$standsFor", "$date");
            Role = new PreparedCommand(transaction, "INSERT OR IGNORE INTO roles(entity_id, document_id, role) VALUES ($entity, $doc, $role)", "$entity", "$doc", "$role");
            Time = new PreparedCommand(
                transaction,
                "INSERT OR IGNORE INTO times(document_id, local_id, start, end, text, type, value) VALUES ($doc, $local, $start, $end, $text, $type, $value)",
                "$doc", "$local", "$start", "$end", "$text", "$type", "$value");
            Entities = new GlobalEntities(transaction, directory);
            Statements = new StatementRows(transaction);
            Events = new EventRows(transaction);
        }

        public PreparedCommand Document { get; }

        public FullTextRows FullText { get; }

        public PreparedCommand Link { get; }

        public PreparedCommand Mention { get; }

        public PreparedCommand Role { get; }

        public PreparedCommand Time { get; }

        public GlobalEntities Entities { get; }

        public StatementRows Statements { get; }

        public EventRows Events { get; }

        public void Dispose()
        {
            Document.Dispose();
            FullText.Dispose();
            Link.Dispose();
            Mention.Dispose();
            Role.Dispose();
            Time.Dispose();
            Entities.Dispose();
            Statements.Dispose();
            Events.Dispose();
        }
    }
}
