using System.CommandLine;
using Wirewatch.Core;
using Wirewatch.Store;
using Wirewatch.Text.Reading;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// <c>wirewatch ingest</c>: analyses articles and stores them in the ledger (SQLite, <c>wirewatch.db</c> by
/// default). An article already stored is skipped without being analysed again. Articles are analysed on every
/// core, one at a time on each, while those analysed are written on a thread of its own, in the order read, a batch
/// per transaction, so a run that is stopped can simply be run again.
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

    // How many articles may be read but not yet written: enough that the analysing threads never wait for the reader
    // or the writer, few enough that the articles waiting are not kept long enough for the garbage collector to
    // promote them (with a batch of them read ahead, each collection of the young generation copied megabytes).
    private const int ArticlesAhead = 32;

    private static int Run(CliConsole console, string[] paths, ReaderOptions options, string database, int batchSize)
    {
        if (batchSize < 1)
        {
            throw new WirewatchException(ErrorCode.BadUsage, "--batch takes a number of at least 1");
        }

        // Start-up: the models load on a thread of their own while the store is opened and the first articles are
        // read; each analysing thread makes its pipeline once they are loaded.
        var models = Task.Factory.StartNew(Engine.LoadModels, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        using var store = WirewatchStore.Open(database);
        using var stored = new StoredArticles(database);
        using var writer = new BackgroundWriter(new DocumentWriter(store), batchSize, ArticlesAhead);
        using var workers = new AnalysisWorkers(Environment.ProcessorCount, () =>
        {
            models.GetAwaiter().GetResult();
            return Engine.CreatePipeline();
        });
        var reader = new DocumentReader(options, console.OpenStandardInput);
        var queued = new HashSet<string>(StringComparer.Ordinal);
        int errors = 0, skipped = 0, handed = 0;
        using var progress = ProgressLine.Create(console, "ingesting");
        foreach (var result in ReadAhead.Of(reader.Read(paths), ArticlesAhead))
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

            // To the workers first, so that every article the writer waits for is being analysed.
            var article = new PendingArticle(result.Document);
            workers.Add(article);
            writer.Add(article);
            if (++handed % batchSize == 0)
            {
                progress.Update(writer.Stored + skipped, result.Document.Info.Source);
            }
        }

        workers.Complete();
        writer.Complete();
        progress.Clear();
        console.Error.WriteLine(
            $"{database}: {writer.Stored:N0} articles stored, {skipped:N0} already there, {errors:N0} could not be read " +
            $"(analysis {workers.Busy.TotalSeconds:0.0} s on {Environment.ProcessorCount} threads, writing {writer.Writing.TotalSeconds:0.0} s, overlapping)");
        return errors > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }
}
