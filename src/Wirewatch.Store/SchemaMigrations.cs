using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Wirewatch.Store;

/// <summary>
/// Brings a store's schema up to date: the numbered SQL scripts in <c>Migrations/</c> (embedded), each applied once,
/// in order, in its own transaction; SQLite's <c>user_version</c> records the last one applied.
/// </summary>
public static class SchemaMigrations
{
    private const string Prefix = "Wirewatch.Store.Migrations.";

    /// <summary>The scripts, by version number.</summary>
    public static IReadOnlyList<(int Version, string Name)> Scripts { get; } = Assembly.GetExecutingAssembly().GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => (int.Parse(n[Prefix.Length..].Split('-')[0], CultureInfo.InvariantCulture), n))
        .OrderBy(s => s.Item1)
        .ToList();

    public static int LatestVersion => Scripts.Count == 0 ? 0 : Scripts[^1].Version;

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static void Apply(SqliteConnection connection)
    {
        var current = CurrentVersion(connection);
        foreach (var (version, name) in Scripts.Where(s => s.Version > current))
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = reader.ReadToEnd() + $"\nPRAGMA user_version = {version};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }
}
