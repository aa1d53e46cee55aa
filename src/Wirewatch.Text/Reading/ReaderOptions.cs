namespace Wirewatch.Text.Reading;

/// <summary>How inputs are read.</summary>
public sealed record ReaderOptions
{
    /// <summary>One megabyte, in bytes.</summary>
    public const int Megabyte = 1024 * 1024;

    /// <summary>The date for documents that carry none of their own (the <c>--date</c> option).</summary>
    public DateOnly? FallbackDate { get; init; }

    /// <summary>The largest article (a text file or one JSON Lines record) accepted, in bytes.</summary>
    public int MaxArticleBytes { get; init; } = 10 * Megabyte;

    /// <summary>File name endings read when a directory is given; files named explicitly are always read.</summary>
    public IReadOnlyList<string> DirectoryExtensions { get; init; } = [".txt", ".text", ".jsonl", ".ndjson"];
}
