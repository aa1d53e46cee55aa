using Wirewatch.Core;

namespace Wirewatch.Text.Reading;

/// <summary>
/// Reads documents from paths: files (canonical text, plain text or JSON Lines), directories (recursively, in
/// sorted order) and <c>-</c> for standard input. Every input gives a document or an error; one bad input never
/// stops the others.
/// </summary>
public sealed class DocumentReader
{
    public const string StandardInput = "-";

    private readonly ReaderOptions _options;
    private readonly Func<Stream> _openStandardInput;

    public DocumentReader(ReaderOptions options, Func<Stream>? openStandardInput = null)
    {
        _options = options;
        _openStandardInput = openStandardInput ?? Console.OpenStandardInput;
    }

    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            foreach (var result in ReadPath(path))
            {
                yield return result;
            }
        }
    }

    private IEnumerable<ReadResult> ReadPath(string path)
    {
        if (path == StandardInput)
        {
            return ReadStandardInput();
        }

        if (Directory.Exists(path))
        {
            return ReadDirectory(path);
        }

        return ReadFile(path);
    }

    private IEnumerable<ReadResult> ReadDirectory(string directory)
    {
        var enumeration = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var files = Directory.EnumerateFiles(directory, "*", enumeration)
            .Where(f => _options.DirectoryExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        return files.SelectMany(ReadFile);
    }

    private IEnumerable<ReadResult> ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return [Fail(path, ErrorCode.Unreadable, "no such file or directory")];
            }

            if (IsJsonLines(path))
            {
                bytes = File.ReadAllBytes(path);
                return JsonLinesRecords.Read(bytes, path, _options);
            }

            if (info.Length > _options.MaxArticleBytes)
            {
                return [Fail(path, ErrorCode.TooLarge, $"file is {JsonLinesRecords.Size(info.Length)}, over the {JsonLinesRecords.Size(_options.MaxArticleBytes)} limit for one article (use --max-size to raise it)")];
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Fail(path, ErrorCode.Unreadable, $"cannot be read: {e.Message}")];
        }

        return [ParseText(bytes, path)];
    }

    private IEnumerable<ReadResult> ReadStandardInput()
    {
        byte[] bytes;
        try
        {
            using var stdin = _openStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (IOException e)
        {
            return [Fail(StandardInput, ErrorCode.Unreadable, $"cannot be read: {e.Message}")];
        }

        if (JsonLinesRecords.LooksLikeJsonLines(bytes))
        {
            return JsonLinesRecords.Read(bytes, StandardInput, _options);
        }

        if (bytes.Length > _options.MaxArticleBytes)
        {
            return [Fail(StandardInput, ErrorCode.TooLarge, $"input is {JsonLinesRecords.Size(bytes.Length)}, over the {JsonLinesRecords.Size(_options.MaxArticleBytes)} limit for one article")];
        }

        return [ParseText(bytes, StandardInput)];
    }

    private ReadResult ParseText(byte[] bytes, string source)
    {
        try
        {
            if (bytes.Length == 0)
            {
                throw new WirewatchException(ErrorCode.Empty, "empty file: no text to analyse");
            }

            return ReadResult.Success(ArticleText.Parse(TextDecoder.Decode(bytes), source, _options.FallbackDate));
        }
        catch (WirewatchException e)
        {
            return ReadResult.Failure(new InputError(source, e.Code, e.Message));
        }
    }

    private static bool IsJsonLines(string path)
        => Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson";

    private static ReadResult Fail(string source, ErrorCode code, string reason) => ReadResult.Failure(new InputError(source, code, reason));
}
