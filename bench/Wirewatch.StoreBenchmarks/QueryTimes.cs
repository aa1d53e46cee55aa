using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Wirewatch.Store;
using Wirewatch.Store.Queries;

namespace Wirewatch.StoreBenchmarks;

/// <summary>
/// Runs each kind of query 15 times on the store (asking about its most mentioned person and most reported
/// place) and prints a table row for each: rows found, median and slowest wall-clock time, median CPU time.
/// </summary>
public static class QueryTimes
{
    private const int Runs = 15;

    public static void Run(WirewatchStore store)
    {
        var queries = new StoreQueries(store);
        var topPerson = Top(store.Connection, "SELECT name FROM entities WHERE type = 'PERSON' ORDER BY mention_count DESC LIMIT 1");
        var topPlace = Top(store.Connection, "SELECT location FROM events WHERE location IS NOT NULL GROUP BY location ORDER BY COUNT(*) DESC LIMIT 1");
        var firstDate = DateOnly.Parse(Top(store.Connection, "SELECT min(date) FROM documents"), CultureInfo.InvariantCulture);
        var surname = topPerson.Split(' ')[^1];
        var cases = new (string Name, Func<QueryResult> Run)[]
        {
            ($"statements --speaker \"{topPerson}\"", () => queries.Statements(new StatementFilter(topPerson, null, null, null, null, null), 50)),
            ("statements --kind denial --from --to (a month)", () => queries.Statements(new StatementFilter(null, "denial", null, null, firstDate, firstDate.AddMonths(1)), 50)),
            ("statements --text \"email\"", () => queries.Statements(new StatementFilter(null, null, null, "email", null, null), 50)),
            ($"statements --about \"{topPerson}\"", () => queries.Statements(new StatementFilter(null, null, topPerson, null, null, null), 50)),
            ("disputes", () => queries.Disputes(null, 50)),
            ($"events --place \"{topPlace}\"", () => queries.Events(new EventFilter(null, topPlace, null, null, null), 50)),
            ($"timeline --entity \"{topPerson}\"", () => queries.Timeline(topPerson, null, null, 50)),
            ($"entities --name \"{surname}\"", () => queries.Entities(surname, null, 50)),
            ("articles --text \"debate\"", () => queries.Articles("debate", null, null, 50)),
        };
        foreach (var (name, run) in cases)
        {
            var wall = new List<double>();
            var cpu = new List<double>();
            var rows = 0;
            for (var i = 0; i < Runs; i++)
            {
                var cpuStarted = ThreadCpu.Now();
                var watch = Stopwatch.StartNew();
                rows = run().Rows.Count;
                wall.Add(watch.Elapsed.TotalMilliseconds);
                cpu.Add(((ThreadCpu.Now() - cpuStarted) ?? TimeSpan.Zero).TotalMilliseconds);
            }

            wall.Sort();
            cpu.Sort();
            Console.WriteLine($"| `{name}` | {rows} | {wall[Runs / 2]:N1} | {wall[^1]:N1} | {cpu[Runs / 2]:N1} |");
        }
    }

    private static string Top(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string ?? string.Empty;
    }
}
