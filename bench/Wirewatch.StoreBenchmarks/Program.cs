using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Wirewatch.Cli;
using Wirewatch.Store;
using Wirewatch.Store.Queries;
using Wirewatch.StoreBenchmarks;

// Measures the ledger: ingest speed on real articles (wall clock, and the analysis and the writer apart in CPU
// time), then query times on a store grown to --target articles.
// Usage: dotnet run -c Release --project bench/Wirewatch.StoreBenchmarks -- ARTICLES_DIR [--target 100000] [--store PATH] [--ingest-only]
// The ingest is run twice into fresh stores: cold (the first in the process: models loaded and code compiled
// during the run, as one `wirewatch ingest` does) and warm (the same articles again, as the steady rate of a long run).
// With --store, the grown store is kept at PATH, and a later run given the same PATH (already of --target articles)
// only measures the queries. Articles without a date of their own are given 2016-09-01; the copies spread them
// over the following days.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Wirewatch.StoreBenchmarks ARTICLES_DIR [--target N] [--store PATH]");
    return 2;
}

var target = Option("--target") is { } t ? int.Parse(t, CultureInfo.InvariantCulture) : 100_000;
var kept = Option("--store");
var database = kept ?? Path.Combine(Path.GetTempPath(), $"wirewatch-bench-{Environment.ProcessId}.db");
var scratch = Path.Combine(Path.GetTempPath(), $"wirewatch-bench-{Environment.ProcessId}-writer.db");
var warmStore = Path.Combine(Path.GetTempPath(), $"wirewatch-bench-{Environment.ProcessId}-warm.db");
var ingestOnly = args.Contains("--ingest-only");
var fallbackDate = new DateOnly(2016, 9, 1);
try
{
    Console.WriteLine($"load average at the start: {LoadAverage()}\n");
    if (!File.Exists(database))
    {
        var cold = Ingest(args[0], database);
        var warm = Ingest(args[0], warmStore);
        Console.WriteLine("### Ingest\n");
        Console.WriteLine("| measure | cold (first run in the process) | warm (second run, fresh store) |\n|---|---|---|");
        Console.WriteLine($"| machine | {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version} | |");
        Console.WriteLine($"| articles ingested (analysed and stored) | {cold.Articles:N0} | {warm.Articles:N0} |");
        Console.WriteLine($"| seconds (wall clock) | {cold.Wall.TotalSeconds:N2} | {warm.Wall.TotalSeconds:N2} |");
        Console.WriteLine($"| articles per second (wall clock) | {cold.Articles / cold.Wall.TotalSeconds:N1} | {warm.Articles / warm.Wall.TotalSeconds:N1} |");
        Console.WriteLine($"| articles per CPU-second | {cold.Articles / cold.Cpu.TotalSeconds:N1} | {warm.Articles / warm.Cpu.TotalSeconds:N1} |");
        var (articles, analysis, writing) = WriterAlone.Measure(args[0], fallbackDate, scratch);
        Console.WriteLine("\n### Analysis and writing apart (one thread each, CPU time)\n");
        Console.WriteLine("| measure | value |\n|---|---|");
        Console.WriteLine($"| articles | {articles:N0} |");
        Console.WriteLine($"| analysis, CPU ms per article | {analysis.TotalMilliseconds / articles:N2} |");
        Console.WriteLine($"| writing (batches of 200), CPU ms per article | {writing.TotalMilliseconds / articles:N2} |");
    }

    if (ingestOnly)
    {
        Console.WriteLine($"\nload average at the end: {LoadAverage()}");
        return 0;
    }

    using var store = WirewatchStore.Open(database);
    var grow = Stopwatch.StartNew();
    if (StoreGrowth.Documents(store.Connection) < target)
    {
        StoreGrowth.GrowTo(store.Connection, target);
    }

    Console.WriteLine($"\n### Queries on a store of {StoreGrowth.Documents(store.Connection):N0} articles (grown by copying in {grow.Elapsed.TotalSeconds:N0} s)\n");
    Console.WriteLine("| query | rows | median ms | slowest ms | median CPU ms |\n|---|---|---|---|---|");
    QueryTimes.Run(store);
    Console.WriteLine($"\nload average at the end: {LoadAverage()}");
    return 0;
}
finally
{
    SqliteConnection.ClearAllPools();
    foreach (var file in new[] { scratch, warmStore, kept is null ? database : null })
    {
        foreach (var part in file is null ? [] : new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(part);
        }
    }
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 1 && i + 1 < args.Length ? args[i + 1] : null;

static (long Articles, TimeSpan Wall, TimeSpan Cpu) Ingest(string articles, string database)
{
    var console = new CliConsole(TextWriter.Null, Console.Error, Console.OpenStandardInput, ErrorIsTerminal: false);
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    WirewatchCli.Run(["ingest", articles, "--db", database, "--date", "2016-09-01"], console);
    wall.Stop();
    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

    using var store = WirewatchStore.Open(database);
    return (StoreGrowth.Documents(store.Connection), wall.Elapsed, cpu);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
