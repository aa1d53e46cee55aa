using System.Diagnostics;
using System.Threading.Channels;
using Wirewatch.Core;
using Wirewatch.Store;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// Writes batches of analysed articles on a thread of its own, in the order they were handed over, while the
/// next batch is analysed. Between the two is a bounded channel (two batches wait at most, so memory stays
/// bounded); each batch is written in one transaction by the one <see cref="DocumentWriter"/>.
/// </summary>
internal sealed class BackgroundWriter : IDisposable
{
    private readonly Channel<List<Document>> _batches = Channel.CreateBounded<List<Document>>(
        new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly DocumentWriter _writer;
    private readonly Task _writing;
    private int _stored;
    private long _writingTicks;

    public BackgroundWriter(DocumentWriter writer)
    {
        _writer = writer;
        _writing = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>How many new articles the committed batches held.</summary>
    public int Stored => Volatile.Read(ref _stored);

    /// <summary>The time spent writing so far.</summary>
    public TimeSpan Writing => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _writingTicks));

    /// <summary>Hands a batch over, waiting while the channel is full; a write that failed is thrown here.</summary>
    public void Add(List<Document> batch)
    {
        try
        {
            _batches.Writer.WriteAsync(batch).AsTask().GetAwaiter().GetResult();
        }
        catch (ChannelClosedException)
        {
            _writing.GetAwaiter().GetResult(); // the writer stopped: its own exception says why
            throw;
        }
    }

    /// <summary>Waits until every batch handed over is written; a write that failed is thrown here.</summary>
    public void Complete()
    {
        _batches.Writer.TryComplete();
        _writing.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        if (_batches.Writer.TryComplete())
        {
            _writing.ContinueWith(t => t.Exception, TaskScheduler.Default).Wait(); // stopped early: finish what was handed over
        }
    }

    private void Run()
    {
        try
        {
            while (_batches.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (_batches.Reader.TryRead(out var batch))
                {
                    var started = Stopwatch.GetTimestamp();
                    var written = _writer.Write(batch);
                    Interlocked.Add(ref _writingTicks, Stopwatch.GetTimestamp() - started);
                    Interlocked.Add(ref _stored, written);
                }
            }
        }
        catch (Exception e)
        {
            _batches.Writer.TryComplete(e);
            throw;
        }
    }
}
