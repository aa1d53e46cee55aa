using Wirewatch.Core;

namespace Wirewatch.Text.Reading;

/// <summary>What reading one input gave: a document, or the error that stopped it.</summary>
public readonly record struct ReadResult
{
    private ReadResult(Document? document, InputError? error)
    {
        Document = document;
        Error = error;
    }

    public Document? Document { get; }

    public InputError? Error { get; }

    public static ReadResult Success(Document document) => new(document, null);

    public static ReadResult Failure(InputError error) => new(null, error);
}
