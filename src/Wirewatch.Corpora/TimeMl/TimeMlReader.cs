using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Wirewatch.Core;

namespace Wirewatch.Corpora.TimeMl;

/// <summary>
/// Reads TimeML files (TimeBank, AQUAINT, TempEval-3's TBAQ-cleaned): the creation time from <c>DCT</c>, the text
/// of <c>TEXT</c> with its inline tags removed, and each <c>TIMEX3</c> in it as a span over that text.
/// </summary>
public static class TimeMlReader
{
    public static TimexDocument Read(string path)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new WirewatchException(ErrorCode.MissingData, $"{path}: not a TimeML file ({e.Message})");
        }

        var root = xml.Root ?? throw new WirewatchException(ErrorCode.MissingData, $"{path}: empty TimeML file");
        var dct = root.Element("DCT")?.Element("TIMEX3")?.Attribute("value")?.Value;
        var body = root.Element("TEXT") ?? throw new WirewatchException(ErrorCode.MissingData, $"{path}: no TEXT element");
        var text = new StringBuilder();
        var timexes = new List<AnnotatedTimex>();
        Walk(body, text, timexes);
        var id = root.Element("DOCID")?.Value.Trim() is { Length: > 0 } docId ? docId : Path.GetFileNameWithoutExtension(path);
        return new TimexDocument(id, ParseDate(dct), text.ToString(), timexes);
    }

    public static IEnumerable<TimexDocument> ReadFolder(string folder)
        => Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(Read);

    /// <summary>The date of a TIMEX3 value ("1998-01-08", "1998-02-06T22:19:00", "19980108"), or null.</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var format in new[] { "yyyy-MM-dd", "yyyyMMdd", "dd-MM-yyyy" })
        {
            var length = format.Length;
            if (value.Length >= length && DateOnly.TryParseExact(value[..length], format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        return null;
    }

    private static void Walk(XElement element, StringBuilder text, List<AnnotatedTimex> timexes)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText run:
                    text.Append(run.Value);
                    break;
                case XElement child:
                    var start = text.Length;
                    Walk(child, text, timexes);
                    if (child.Name.LocalName == "TIMEX3" && text.Length > start)
                    {
                        timexes.Add(new AnnotatedTimex(
                            new TextSpan(start, text.Length),
                            child.Attribute("type")?.Value ?? string.Empty,
                            child.Attribute("value")?.Value ?? string.Empty,
                            child.Attribute("mod")?.Value));
                    }

                    break;
            }
        }
    }
}
