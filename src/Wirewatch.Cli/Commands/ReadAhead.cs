using System.Threading.Channels;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// Runs through a sequence on a thread of its own, up to <c>capacity</c> items ahead of the one taking them, so that
/// reading the next articles overlaps analysing the last. An exception in the sequence is thrown to the taker.
/// </summary>
internal static class ReadAhead
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> items, int capacity)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = new CancellationTokenSource();
        var producing = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var item in items)
                    {
                        await channel.Writer.WriteAsync(item, stop.Token).ConfigureAwait(false);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception e)
                {
                    channel.Writer.Complete(e);
                }
            },
            CancellationToken.None);
        try
        {
            while (channel.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (channel.Reader.TryRead(out var item))
                {
                    yield return item;
                }
            }
        }
        finally
        {
            stop.Cancel(); // the taker stopped early: the producer stops too
            producing.Wait(CancellationToken.None);
        }
    }
}
