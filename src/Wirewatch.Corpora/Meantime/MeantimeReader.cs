using System.Text;
using System.Xml;
using System.Xml.Linq;
using Wirewatch.Core;
using Wirewatch.Corpora.TimeMl;

namespace Wirewatch.Corpora.Meantime;

/// <summary>
/// Reads the time expressions of a MEANTIME (NewsReader) document: its tokens laid out as text (one space between
/// tokens, a blank line between sentences), the creation time (the TIMEX3 whose function is CREATION_TIME) and each
/// TIMEX3 anchored on tokens as a span over that text. TIMEX3s without tokens (implicit times) are left out.
/// MEANTIME annotates only the first sentences of each article (title, date line and four more), so the text stops
/// after the last sentence that carries any annotation: the rest would count correct finds as errors.
/// </summary>
public static class MeantimeReader
{
    public static TimexDocument Read(string path)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Load(path);
        }
        catch (XmlException e)
        {
            throw new WirewatchException(ErrorCode.MissingData, $"{path}: not a MEANTIME file ({e.Message})");
        }

        var root = xml.Root ?? throw new WirewatchException(ErrorCode.MissingData, $"{path}: empty MEANTIME file");
        var text = new StringBuilder();
        var spans = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var lastAnnotated = LastAnnotatedSentence(root);
        string? sentence = null;
        foreach (var token in root.Elements("token"))
        {
            var number = token.Attribute("sentence")?.Value;
            if (int.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > lastAnnotated)
            {
                break;
            }

            if (text.Length > 0)
            {
                text.Append(number == sentence ? " " : "\n\n");
            }

            sentence = number;
            var start = text.Length;
            text.Append(token.Value);
            spans[token.Attribute("t_id")?.Value ?? string.Empty] = new TextSpan(start, text.Length);
        }

        var timexes = new List<AnnotatedTimex>();
        DateOnly? creation = null;
        var markables = root.Element("Markables");
        foreach (var timex in markables?.Elements("TIMEX3") ?? [])
        {
            var value = timex.Attribute("value")?.Value ?? string.Empty;
            if (timex.Attribute("functionInDocument")?.Value == "CREATION_TIME")
            {
                creation ??= TimeMlReader.ParseDate(value);
            }

            var anchored = timex.Elements("token_anchor")
                .Select(a => spans.TryGetValue(a.Attribute("t_id")?.Value ?? string.Empty, out var s) ? s : (TextSpan?)null)
                .OfType<TextSpan>()
                .ToList();
            if (anchored.Count == 0)
            {
                continue;
            }

            timexes.Add(new AnnotatedTimex(
                new TextSpan(anchored.Min(s => s.Start), anchored.Max(s => s.End)),
                timex.Attribute("type")?.Value ?? string.Empty,
                value,
                timex.Attribute("mod")?.Value));
        }

        timexes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var id = root.Attribute("doc_id")?.Value ?? Path.GetFileNameWithoutExtension(path);
        return new TimexDocument(id, creation, text.ToString(), timexes);
    }

    private static int LastAnnotatedSentence(XElement root)
    {
        var sentenceOf = root.Elements("token").ToDictionary(
            t => t.Attribute("t_id")?.Value ?? string.Empty,
            t => int.TryParse(t.Attribute("sentence")?.Value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0,
            StringComparer.Ordinal);
        var anchors = root.Element("Markables")?.Descendants("token_anchor") ?? [];
        return anchors.Select(a => sentenceOf.GetValueOrDefault(a.Attribute("t_id")?.Value ?? string.Empty, 0)).DefaultIfEmpty(int.MaxValue).Max();
    }

    public static IEnumerable<TimexDocument> ReadFolder(string folder)
        => Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(Read);
}
