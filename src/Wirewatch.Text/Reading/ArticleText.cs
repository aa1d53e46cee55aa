using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Wirewatch.Core;

namespace Wirewatch.Text.Reading;

/// <summary>
/// Reads one article in the canonical text form: an optional first line <c>date YYYY-MM-DD</c> (stray spaces
/// allowed), then the body in paragraphs. Without the header the date comes from the fallback, else is unknown.
/// </summary>
public static partial class ArticleText
{
    /// <summary>Makes a document from the text of one article, or throws <see cref="WirewatchException"/>.</summary>
    public static Document Parse(string content, string source, DateOnly? fallbackDate)
    {
        var text = CleanUp(content);
        var (date, origin, body) = SplitHeader(text);
        if (origin == DateOrigin.Unknown && fallbackDate is not null)
        {
            date = fallbackDate;
            origin = DateOrigin.Option;
        }

        if (body.Length == 0)
        {
            throw new WirewatchException(ErrorCode.Empty, origin == DateOrigin.Header ? "has a date line but no text" : "empty: no text to analyse");
        }

        return Create(source, date, origin, title: null, sourceId: null, body);
    }

    /// <summary>Builds a document with its stable id from parts already checked.</summary>
    public static Document Create(string source, DateOnly? date, DateOrigin origin, string? title, string? sourceId, string body)
    {
        var info = new DocumentInfo(DocumentIds.For(date, title, body), source, date, origin, title, sourceId);
        return new Document(info, body);
    }

    /// <summary>Unifies line endings and composes characters (Unicode NFC), before any offset is taken.</summary>
    public static string CleanUp(string content)
    {
        var text = content.Contains('\r', StringComparison.Ordinal) ? content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : content;
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Parses a <c>YYYY-MM-DD</c> date (a longer ISO timestamp keeps its date), or throws <see cref="ErrorCode.BadDate"/>.</summary>
    public static DateOnly ParseDate(string value, string what)
    {
        var datePart = value.Length > 10 && value[10] is 'T' or ' ' ? value[..10] : value;
        if (DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new WirewatchException(ErrorCode.BadDate, $"{what} '{value}' is not a real date (expected YYYY-MM-DD)");
    }

    private static (DateOnly? Date, DateOrigin Origin, string Body) SplitHeader(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var lineEnd = text.IndexOf('\n', start);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        var match = HeaderLine().Match(text[start..lineEnd]);
        if (!match.Success)
        {
            return (null, DateOrigin.Unknown, text.Trim());
        }

        var date = ParseDate(match.Groups["value"].Value, "the date line's date");
        return (date, DateOrigin.Header, text[lineEnd..].Trim());
    }

    // "date 2023-05-05", "Date: 2023/5/5", "date=2023-13-45": a date-like value alone on the line. "date palms" is text.
    [GeneratedRegex(@"^\s*date\s*[:=]?\s*(?<value>\d[\d./:T+Z-]*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();
}
