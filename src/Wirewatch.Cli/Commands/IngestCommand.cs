using System.CommandLine;
using Wirewatch.Core;
using Wirewatch.Store;
using Wirewatch.Text.Reading;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// <c>wirewatch ingest</c>: analyses articles and stores them in the ledger (SQLite, <c>wirewatch.db</c> by
/// default). An article already stored is skipped without being analysed again. Batches are analysed on every
/// core while the batch before is written on a thread of its own, each batch in one transaction and in the order
/// read, so a run that is stopped can simply be run again.
/// </summary>
public static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var database = DatabaseOption();
        var batch = new Option<int>("--batch") { Description = "Articles written per transaction.", DefaultValueFactory = _ => 200 };
        var command = new Command("ingest", "Analyse articles and store them in the ledger; the same article twice is stored once.");
        inputs.AddTo(command);
        command.Add(database);
        command.Add(batch);
        command.SetAction(parsed => Run(console, parsed.GetRequiredValue(inputs.Paths), inputs.ToReaderOptions(parsed), parsed.GetRequiredValue(database), parsed.GetValue(batch)));
        return command;
    }

    public static Option<string> DatabaseOption() => new("--db")
    {
        Description = "The ledger's SQLite file.",
        DefaultValueFactory = _ => WirewatchStore.DefaultPath,
    };

    private static int Run(CliConsole console, string[] paths, ReaderOptions options, string database, int batchSize)
    {
        if (batchSize < 1)
        {
            throw new WirewatchException(ErrorCode.BadUsage, "--batch takes a number of at least 1");
        }

        // Start-up: the models load on the thread pool while the store is opened and the first batch is read.
        var models = Task.Factory.StartNew(Engine.LoadModels, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        using var store = WirewatchStore.Open(database);
        using var stored = new StoredArticles(database);
        using var writer = new BackgroundWriter(new DocumentWriter(store));
        using var pipelines = new ThreadLocal<Pipeline>(Engine.CreatePipeline);
        var reader = new DocumentReader(options, console.OpenStandardInput);
        var queued = new HashSet<string>(StringComparer.Ordinal);
        int errors = 0, skipped = 0;
        var analysis = TimeSpan.Zero;
        var batch = new List<Document>(batchSize);
        using var progress = ProgressLine.Create(console, "ingesting");
        foreach (var result in ReadAhead.Of(reader.Read(paths), batchSize))
        {
            if (result.Error is { } error)
            {
                progress.Clear();
                console.ReportError(error.ToString());
                errors++;
                continue;
            }

            var id = result.Document!.Info.Id;
            if (!queued.Add(id) || stored.Contains(id))
            {
                skipped++;
                continue;
            }

            batch.Add(result.Document);
            if (batch.Count == batchSize)
            {
                models.GetAwaiter().GetResult();
                analysis += Analyse(batch, pipelines);
                writer.Add(batch);
                batch = new List<Document>(batchSize);
                progress.Update(writer.Stored + skipped, result.Document.Info.Source);
            }
        }

        if (batch.Count > 0)
        {
            models.GetAwaiter().GetResult();
            analysis += Analyse(batch, pipelines);
            writer.Add(batch);
        }

        writer.Complete();
        progress.Clear();
        console.Error.WriteLine(
            $"{database}: {writer.Stored:N0} articles stored, {skipped:N0} already there, {errors:N0} could not be read " +
            $"(analysis {analysis.TotalSeconds:0.0} s, writing {writer.Writing.TotalSeconds:0.0} s, overlapping)");
        return errors > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    // Analyses the batch on every core, one pipeline per thread (the models they share are read-only).
    private static TimeSpan Analyse(List<Document> batch, ThreadLocal<Pipeline> pipelines)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => pipelines.Value!.Run(batch[i]));
        return System.Diagnostics.Stopwatch.GetElapsedTime(started);
    }
}
