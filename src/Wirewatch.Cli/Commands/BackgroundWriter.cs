using System.Diagnostics;
using System.Threading.Channels;
using Wirewatch.Core;
using Wirewatch.Store;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// Writes analysed articles on a thread of its own, in the order they were handed over, a batch per transaction.
/// Each article is written as soon as its analysis is done, while the articles after it are analysed, so that
/// only the last few articles and the last commit are left when the analysis ends. Between the reader and the
/// writer is a bounded channel (memory stays bounded, and few articles wait); every batch is written by the one <see cref="DocumentWriter"/>.
/// </summary>
internal sealed class BackgroundWriter : IDisposable
{
    private readonly Channel<PendingArticle> _articles;
    private readonly DocumentWriter _writer;
    private readonly int _batchSize;
    private readonly Task _writing;
    private int _stored;
    private long _waitingTicks;
    private long _writingTicks;

    /// <param name="writer">Writes each batch.</param>
    /// <param name="batchSize">Articles per transaction.</param>
    /// <param name="capacity">How many articles may wait to be written (being analysed or analysed).</param>
    public BackgroundWriter(DocumentWriter writer, int batchSize, int capacity)
    {
        _writer = writer;
        _batchSize = batchSize;
        _articles = Channel.CreateBounded<PendingArticle>(
            new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        _writing = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>How many new articles the committed batches held.</summary>
    public int Stored => Volatile.Read(ref _stored);

    /// <summary>The time spent writing so far (not waiting for articles).</summary>
    public TimeSpan Writing => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _writingTicks));

    /// <summary>Hands an article over, waiting while the channel is full; a write that failed is thrown here.</summary>
    public void Add(PendingArticle article)
    {
        try
        {
            _articles.Writer.WriteAsync(article).AsTask().GetAwaiter().GetResult();
        }
        catch (ChannelClosedException)
        {
            _writing.GetAwaiter().GetResult(); // the writer stopped: its own exception says why
            throw;
        }
    }

    /// <summary>Waits until every article handed over is written; a write that failed is thrown here.</summary>
    public void Complete()
    {
        _articles.Writer.TryComplete();
        _writing.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        if (_articles.Writer.TryComplete())
        {
            _writing.ContinueWith(t => t.Exception, TaskScheduler.Default).Wait(); // stopped early: finish what was handed over
        }
    }

    private void Run()
    {
        try
        {
            while (Wait(() => _articles.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult()))
            {
                var started = Stopwatch.GetTimestamp();
                var waited = Interlocked.Read(ref _waitingTicks);
                var written = _writer.Write(NextBatch());
                Interlocked.Add(ref _writingTicks, Stopwatch.GetTimestamp() - started - (Interlocked.Read(ref _waitingTicks) - waited));
                Interlocked.Add(ref _stored, written);
            }
        }
        catch (Exception e)
        {
            _articles.Writer.TryComplete(e);
            throw;
        }
    }

    // The next batch's articles, each as soon as it is analysed.
    private IEnumerable<Document> NextBatch()
    {
        var reader = _articles.Reader;
        for (var taken = 0; taken < _batchSize;)
        {
            if (reader.TryRead(out var article))
            {
                taken++;
                yield return Wait(article.Analysed);
            }
            else if (!Wait(() => reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult()))
            {
                yield break;
            }
        }
    }

    private T Wait<T>(Func<T> waiting)
    {
        var started = Stopwatch.GetTimestamp();
        var result = waiting();
        Interlocked.Add(ref _waitingTicks, Stopwatch.GetTimestamp() - started);
        return result;
    }
}
