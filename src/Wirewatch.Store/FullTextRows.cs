using Microsoft.Data.Sqlite;

namespace Wirewatch.Store;

/// <summary>
/// Adds a batch's new articles and statements to the full-text indexes (<c>documents_text</c>, <c>statements_text</c>)
/// with one statement each at the end of the batch, rather than a row at a time. FTS5 keeps what it is given in
/// memory until the next statement that opens a savepoint, and every such statement (any insert inside the
/// transaction) made it write what it held as a new segment of its own, to be merged again later: a segment or more
/// per article and per statement, about a third of the writer's time. Indexed at the end, each batch makes one
/// segment per index. The rows indexed are the same: the text of each article and the content of each statement
/// the batch added, under the same row ids, within the same transaction.
/// </summary>
internal sealed class FullTextRows : IDisposable
{
    private readonly PreparedCommand _lastDocument;
    private readonly PreparedCommand _lastStatement;
    private readonly PreparedCommand _documents;
    private readonly PreparedCommand _statements;
    private readonly long _documentsBefore;
    private readonly long _statementsBefore;

    /// <summary>Notes where the batch's rows will start: row ids only grow, so the new rows are those above the largest now.</summary>
    public FullTextRows(SqliteTransaction transaction)
    {
        _lastDocument = new PreparedCommand(transaction, "SELECT coalesce(max(rowid), 0) FROM documents");
        _lastStatement = new PreparedCommand(transaction, "SELECT coalesce(max(id), 0) FROM statements");
        _documents = new PreparedCommand(
            transaction,
            "INSERT INTO documents_text(rowid, text) SELECT rowid, text FROM documents WHERE rowid > $after ORDER BY rowid",
            "$after");
        _statements = new PreparedCommand(
            transaction,
            "INSERT INTO statements_text(rowid, content) SELECT id, content FROM statements WHERE id > $after ORDER BY id",
            "$after");
        _documentsBefore = (long)_lastDocument.Scalar()!;
        _statementsBefore = (long)_lastStatement.Scalar()!;
    }

    /// <summary>Indexes the articles and statements written since this object was made.</summary>
    public void IndexNewRows()
    {
        _documents.Execute(_documentsBefore);
        _statements.Execute(_statementsBefore);
    }

    public void Dispose()
    {
        _lastDocument.Dispose();
        _lastStatement.Dispose();
        _documents.Dispose();
        _statements.Dispose();
    }
}
