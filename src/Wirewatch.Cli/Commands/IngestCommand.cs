using System.CommandLine;
using Wirewatch.Core;
using Wirewatch.Store;
using Wirewatch.Text.Reading;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// <c>wirewatch ingest</c>: analyses articles and stores them in the ledger (SQLite, <c>wirewatch.db</c> by
/// default). An article already stored is skipped without being analysed again; each batch is one transaction,
/// so a run that is stopped can simply be run again.
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

        using var store = WirewatchStore.Open(database);
        var writer = new DocumentWriter(store);
        using var pipelines = new ThreadLocal<Pipeline>(Engine.CreatePipeline);
        var reader = new DocumentReader(options, console.OpenStandardInput);
        int errors = 0, stored = 0, skipped = 0;
        var batch = new List<Document>(batchSize);
        var timing = new IngestTiming();
        using var progress = ProgressLine.Create(console, "ingesting");
        foreach (var result in reader.Read(paths))
        {
            if (result.Error is { } error)
            {
                progress.Clear();
                console.ReportError(error.ToString());
                errors++;
                continue;
            }

            if (writer.Contains(result.Document!.Info.Id) || batch.Exists(d => d.Info.Id == result.Document.Info.Id))
            {
                skipped++;
                continue;
            }

            batch.Add(result.Document);
            if (batch.Count == batchSize)
            {
                stored += Flush(batch, writer, pipelines, timing);
                progress.Update(stored + skipped, result.Document.Info.Source);
            }
        }

        stored += Flush(batch, writer, pipelines, timing);
        progress.Clear();
        console.Error.WriteLine(
            $"{database}: {stored:N0} articles stored, {skipped:N0} already there, {errors:N0} could not be read " +
            $"(analysis {timing.Analysis.TotalSeconds:0.0} s, writing {timing.Writing.TotalSeconds:0.0} s)");
        return errors > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    // Analyses the batch on every core (one pipeline per thread), then writes it in one transaction.
    private static int Flush(List<Document> batch, DocumentWriter writer, ThreadLocal<Pipeline> pipelines, IngestTiming timing)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Parallel.ForEach(batch, document => pipelines.Value!.Run(document));
        var analysed = System.Diagnostics.Stopwatch.GetTimestamp();
        var written = writer.Write(batch);
        timing.Analysis += System.Diagnostics.Stopwatch.GetElapsedTime(started, analysed);
        timing.Writing += System.Diagnostics.Stopwatch.GetElapsedTime(analysed);
        batch.Clear();
        return written;
    }

    private sealed class IngestTiming
    {
        public TimeSpan Analysis { get; set; }

        public TimeSpan Writing { get; set; }
    }
}
