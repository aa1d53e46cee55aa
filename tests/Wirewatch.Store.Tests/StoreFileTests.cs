using Microsoft.Data.Sqlite;

namespace Wirewatch.Store.Tests;

/// <summary>Tests that each work on a store file of their own, deleted with its log files afterwards.</summary>
public abstract class StoreFileTests : IDisposable
{
    protected string StorePath { get; } = Path.Combine(Path.GetTempPath(), $"wirewatch-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { StorePath, StorePath + "-wal", StorePath + "-shm" })
        {
            File.Delete(file);
        }

        GC.SuppressFinalize(this);
    }
}
