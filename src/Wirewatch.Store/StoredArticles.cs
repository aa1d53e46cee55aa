using Microsoft.Data.Sqlite;

namespace Wirewatch.Store;

/// <summary>
/// Answers whether an article is already in the store, on a read-only connection of its own, so that the
/// question can be asked on one thread while a <see cref="DocumentWriter"/> writes on another.
/// </summary>
public sealed class StoredArticles : IDisposable
{
    private readonly WirewatchStore _store;
    private readonly SqliteCommand _contains;

    public StoredArticles(string path)
    {
        _store = WirewatchStore.Open(path, readOnly: true);
        _contains = _store.Connection.CreateCommand();
        _contains.CommandText = "SELECT 1 FROM documents WHERE id = $id";
        _contains.Parameters.Add(new SqliteParameter("$id", string.Empty));
        _contains.Prepare();
    }

    public bool Contains(string documentId)
    {
        _contains.Parameters[0].Value = documentId;
        return _contains.ExecuteScalar() is not null;
    }

    public void Dispose()
    {
        _contains.Dispose();
        _store.Dispose();
    }
}
