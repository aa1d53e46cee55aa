using System.Diagnostics;
using System.Threading.Channels;
using Wirewatch.Core;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// Analyses articles on threads of their own, one per core, each with its own pipeline made once (the models they
/// share are read-only), taking the articles one at a time in the order handed over, so that no core waits for
/// the others at the end of a batch and the writer can store each article as soon as it is analysed.
/// </summary>
internal sealed class AnalysisWorkers : IDisposable
{
    private readonly Channel<PendingArticle> _queue = Channel.CreateUnbounded<PendingArticle>(
        new UnboundedChannelOptions { SingleWriter = true });

    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _workers;
    private long _busyTicks;

    /// <param name="count">How many threads analyse.</param>
    /// <param name="createPipeline">Makes a thread's pipeline (waiting for the models as needed).</param>
    public AnalysisWorkers(int count, Func<Pipeline> createPipeline)
    {
        _workers = new Task[count];
        for (var i = 0; i < count; i++)
        {
            _workers[i] = Task.Factory.StartNew(() => Run(createPipeline), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>The time the threads spent analysing, added up.</summary>
    public TimeSpan Busy => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _busyTicks));

    public void Add(PendingArticle article) => _queue.Writer.TryWrite(article);

    /// <summary>No more articles come: the threads finish those handed over, then stop.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    public void Dispose()
    {
        _stop.Cancel(); // stopped early: the articles not yet analysed fail rather than being analysed for nothing
        _queue.Writer.TryComplete();
        Task.WaitAll(_workers);
        _stop.Dispose();
    }

    private void Run(Func<Pipeline> createPipeline)
    {
        Pipeline? pipeline = null;
        Exception? failure = null;
        try
        {
            pipeline = createPipeline();
        }
        catch (Exception e)
        {
            failure = e; // each article is given it, and the writer throws it
        }

        var reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var article))
            {
                if (failure is not null || _stop.IsCancellationRequested)
                {
                    article.Finish(failure ?? new OperationCanceledException("the ingest stopped"));
                    continue;
                }

                var started = Stopwatch.GetTimestamp();
                try
                {
                    pipeline!.Run(article.Document);
                    article.Finish();
                }
                catch (Exception e)
                {
                    article.Finish(e);
                }

                Interlocked.Add(ref _busyTicks, Stopwatch.GetTimestamp() - started);
            }
        }
    }
}
