using Microsoft.Data.Sqlite;
using Wirewatch.Core;

namespace Wirewatch.Store;

/// <summary>
/// The ledger: one SQLite file holding every analysed article and what was found in it, merged across articles.
/// Opened in write-ahead-log mode, so readers can query while an ingest writes.
/// </summary>
public sealed class WirewatchStore : IDisposable
{
    /// <summary>The file used when none is named.</summary>
    public const string DefaultPath = "wirewatch.db";

    private WirewatchStore(SqliteConnection connection, string path)
    {
        Connection = connection;
        Path = path;
    }

    public SqliteConnection Connection { get; }

    public string Path { get; }

    /// <summary>Opens (creating it if needed) and migrates a store, or fails with a clear reason.</summary>
    public static WirewatchStore Open(string path, bool readOnly = false)
    {
        if (readOnly && !File.Exists(path))
        {
            throw new WirewatchException(ErrorCode.Unreadable, $"{path}: no such store (run 'wirewatch ingest' first)");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            // A page cache of up to 64 MiB: a batch of 200 articles changes some thousands of pages, and with
            // SQLite's default of 2 MiB they spill to the log mid-transaction and are read back again. Temporary
            // tables and statement journals in memory; the file read through memory mapping.
            Execute(connection, "PRAGMA busy_timeout = 30000; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 1073741824;");
            if (!readOnly)
            {
                Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
                SchemaMigrations.Apply(connection);
            }
            else if (SchemaMigrations.CurrentVersion(connection) < SchemaMigrations.LatestVersion)
            {
                throw new WirewatchException(ErrorCode.Unreadable, $"{path}: the store's schema is older than this version of Wirewatch (run 'wirewatch ingest' to migrate it)");
            }
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new WirewatchException(ErrorCode.Unreadable, $"{path}: not a usable Wirewatch store ({e.Message})", e);
        }
        catch (WirewatchException)
        {
            connection.Dispose();
            throw;
        }

        return new WirewatchStore(connection, path);
    }

    public void Dispose() => Connection.Dispose();

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
