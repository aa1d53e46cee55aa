using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Wirewatch.Cli;
using Wirewatch.Store;
using Wirewatch.Store.Queries;
using Wirewatch.StoreBenchmarks;

// Measures the ledger: ingest speed on real articles, then query times on a store grown to --target articles.
// Usage: dotnet run -c Release --project bench/Wirewatch.StoreBenchmarks -- ARTICLES_DIR [--target 100000]
// Articles without a date of their own are given 2016-09-01; the copies spread them over the following days.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Wirewatch.StoreBenchmarks ARTICLES_DIR [--target N]");
    return 2;
}

var target = args.Length >= 3 && args[1] == "--target" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000;
var database = Path.Combine(Path.GetTempPath(), $"wirewatch-bench-{Environment.ProcessId}.db");
try
{
    var console = new CliConsole(TextWriter.Null, Console.Error, Console.OpenStandardInput, ErrorIsTerminal: false);
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    WirewatchCli.Run(["ingest", args[0], "--db", database, "--date", "2016-09-01"], console);
    wall.Stop();
    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

    using var store = WirewatchStore.Open(database);
    var ingested = StoreGrowth.Documents(store.Connection);
    Console.WriteLine("### Ingest\n");
    Console.WriteLine("| measure | value |\n|---|---|");
    Console.WriteLine($"| machine | {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version} |");
    Console.WriteLine($"| articles ingested (analysed and stored) | {ingested:N0} |");
    Console.WriteLine($"| articles per second (wall clock) | {ingested / wall.Elapsed.TotalSeconds:N1} |");
    Console.WriteLine($"| articles per CPU-second | {ingested / cpu.TotalSeconds:N1} |");

    var grow = Stopwatch.StartNew();
    StoreGrowth.GrowTo(store.Connection, target);
    Console.WriteLine($"\n### Queries on a store of {StoreGrowth.Documents(store.Connection):N0} articles (grown by copying in {grow.Elapsed.TotalSeconds:N0} s)\n");
    Console.WriteLine("| query | rows | median ms | slowest ms |\n|---|---|---|---|");
    var queries = new StoreQueries(store);
    var topPerson = Top(store.Connection, "SELECT e.name FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE e.type = 'PERSON' GROUP BY e.id ORDER BY COUNT(*) DESC LIMIT 1");
    var topPlace = Top(store.Connection, "SELECT location FROM events WHERE location IS NOT NULL GROUP BY location ORDER BY COUNT(*) DESC LIMIT 1");
    var firstDate = DateOnly.Parse(Top(store.Connection, "SELECT min(date) FROM documents"), CultureInfo.InvariantCulture);
    var cases = new (string Name, Func<QueryResult> Run)[]
    {
        ($"statements --speaker \"{topPerson}\"", () => queries.Statements(new StatementFilter(topPerson, null, null, null, null, null), 50)),
        ("statements --kind denial --from --to (a month)", () => queries.Statements(new StatementFilter(null, "denial", null, null, firstDate, firstDate.AddMonths(1)), 50)),
        ("statements --text \"email\"", () => queries.Statements(new StatementFilter(null, null, null, "email", null, null), 50)),
        ($"statements --about \"{topPerson}\"", () => queries.Statements(new StatementFilter(null, null, topPerson, null, null, null), 50)),
        ("disputes", () => queries.Disputes(null, 50)),
        ($"events --place \"{topPlace}\"", () => queries.Events(new EventFilter(null, topPlace, null, null, null), 50)),
        ($"timeline --entity \"{topPerson}\"", () => queries.Timeline(topPerson, null, null, 50)),
        ($"entities --name \"{topPerson.Split(' ')[^1]}\"", () => queries.Entities(topPerson.Split(' ')[^1], null, 50)),
        ("articles --text \"debate\"", () => queries.Articles("debate", null, null, 50)),
    };
    foreach (var (name, run) in cases)
    {
        var times = new List<double>();
        var rows = 0;
        for (var i = 0; i < 15; i++)
        {
            var watch = Stopwatch.StartNew();
            rows = run().Rows.Count;
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"| `{name}` | {rows} | {times[times.Count / 2]:N1} | {times[^1]:N1} |");
    }

    return 0;
}
finally
{
    SqliteConnection.ClearAllPools();
    foreach (var file in new[] { database, database + "-wal", database + "-shm" })
    {
        File.Delete(file);
    }
}

static string Top(SqliteConnection connection, string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    return command.ExecuteScalar() as string ?? string.Empty;
}
