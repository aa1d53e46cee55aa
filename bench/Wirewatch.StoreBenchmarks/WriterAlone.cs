using Wirewatch.Cli;
using Wirewatch.Core;
using Wirewatch.Store;
using Wirewatch.Text.Reading;

namespace Wirewatch.StoreBenchmarks;

/// <summary>
/// The two halves of an ingest measured apart, each on one thread in CPU time: analysing the articles, then
/// writing them to a new store in batches of 200, as the ingest's writer does.
/// </summary>
public static class WriterAlone
{
    public static (int Articles, TimeSpan Analysis, TimeSpan Writing) Measure(string articles, DateOnly fallbackDate, string database)
    {
        var pipeline = Engine.CreatePipeline();
        var documents = new List<Document>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var analysis = TimeSpan.Zero;
        foreach (var result in new DocumentReader(new ReaderOptions { FallbackDate = fallbackDate }).Read([articles]))
        {
            if (result.Document is { } document && seen.Add(document.Info.Id))
            {
                var started = ThreadCpu.Now() ?? TimeSpan.Zero;
                pipeline.Run(document);
                analysis += (ThreadCpu.Now() ?? TimeSpan.Zero) - started;
                documents.Add(document);
            }
        }

        using var store = WirewatchStore.Open(database);
        var writer = new DocumentWriter(store);
        var writing = TimeSpan.Zero;
        foreach (var batch in documents.Chunk(200))
        {
            var started = ThreadCpu.Now() ?? TimeSpan.Zero;
            writer.Write(batch);
            writing += (ThreadCpu.Now() ?? TimeSpan.Zero) - started;
        }

        return (documents.Count, analysis, writing);
    }
}
