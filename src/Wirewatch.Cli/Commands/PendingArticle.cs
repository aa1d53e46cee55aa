using Wirewatch.Core;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// An article on its way through an ingest: handed to the analysis workers and, in the order read, to the writer,
/// which waits for its analysis to finish.
/// </summary>
internal sealed class PendingArticle(Document document)
{
    private readonly TaskCompletionSource _analysed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Document Document { get; } = document;

    /// <summary>Marks the analysis done (or failed: the writer is given the failure).</summary>
    public void Finish(Exception? failure = null)
    {
        if (failure is null)
        {
            _analysed.TrySetResult();
        }
        else
        {
            _analysed.TrySetException(failure);
        }
    }

    /// <summary>Waits for the analysis and returns the analysed document; a failed analysis is thrown here.</summary>
    public Document Analysed()
    {
        _analysed.Task.GetAwaiter().GetResult();
        return Document;
    }
}
