using System.Text.Json;
using Wirewatch.Core;

namespace Wirewatch.Text.Reading;

/// <summary>
/// Reads JSON Lines: one object a line, <c>{"id","date","title","text"}</c>, only <c>text</c> required.
/// A bad line gives an error naming the line; the other lines are still read.
/// </summary>
public static class JsonLinesRecords
{
    public static IEnumerable<ReadResult> Read(byte[] bytes, string source, ReaderOptions options)
    {
        var lineNumber = 0;
        var position = 0;
        var records = 0;
        while (position < bytes.Length)
        {
            lineNumber++;
            var newline = Array.IndexOf(bytes, (byte)'\n', position);
            var end = newline < 0 ? bytes.Length : newline;
            var line = new ReadOnlyMemory<byte>(bytes, position, end - position);
            position = end + 1;

            var lineSource = $"{source}:{lineNumber}";
            if (IsBlank(line.Span))
            {
                continue;
            }

            records++;
            ReadResult result;
            try
            {
                result = ReadResult.Success(ParseRecord(line, lineSource, options));
            }
            catch (WirewatchException e)
            {
                result = ReadResult.Failure(new InputError(lineSource, e.Code, e.Message));
            }

            yield return result;
        }

        if (records == 0)
        {
            yield return ReadResult.Failure(new InputError(source, ErrorCode.Empty, "empty: no JSON Lines records"));
        }
    }

    /// <summary>True when the bytes start, after white space and any byte-order mark, with <c>{</c>.</summary>
    public static bool LooksLikeJsonLines(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var trimmed = bytes.TrimStart(" \t\r\n"u8);
        return trimmed.Length > 0 && trimmed[0] == (byte)'{';
    }

    private static Document ParseRecord(ReadOnlyMemory<byte> line, string source, ReaderOptions options)
    {
        if (line.Length > options.MaxArticleBytes)
        {
            throw new WirewatchException(ErrorCode.TooLarge, $"record is {Size(line.Length)}, over the {Size(options.MaxArticleBytes)} limit for one article");
        }

        var json = TextDecoder.Decode(line.Span);
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new WirewatchException(ErrorCode.MalformedRecord, $"not a JSON object: {FirstSentence(e.Message)}");
        }

        using (parsed)
        {
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new WirewatchException(ErrorCode.MalformedRecord, $"expected a JSON object with a \"text\" field, found a {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            var text = OptionalString(root, "text") ?? throw new WirewatchException(ErrorCode.MalformedRecord, "the record has no \"text\" string");
            var body = ArticleText.CleanUp(text).Trim();
            if (body.Length == 0)
            {
                throw new WirewatchException(ErrorCode.Empty, "the record's \"text\" is empty");
            }

            var dateValue = OptionalString(root, "date");
            DateOnly? date = dateValue is { Length: > 0 } ? ArticleText.ParseDate(dateValue, "the record's date") : null;
            var origin = date is null ? DateOrigin.Unknown : DateOrigin.Record;
            if (date is null && options.FallbackDate is not null)
            {
                date = options.FallbackDate;
                origin = DateOrigin.Option;
            }

            var title = OptionalString(root, "title");
            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? idElement.ToString()
                : null;
            return ArticleText.Create(source, date, origin, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), id, body);
        }
    }

    private static string? OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return element.ValueKind == JsonValueKind.String
            ? element.GetString()
            : throw new WirewatchException(ErrorCode.MalformedRecord, $"the record's \"{name}\" is a {element.ValueKind.ToString().ToLowerInvariant()}, not a string");
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }

    internal static string Size(long bytes) => bytes >= ReaderOptions.Megabyte ? $"{bytes / (double)ReaderOptions.Megabyte:0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
