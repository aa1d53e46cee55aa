using System.Globalization;

namespace Wirewatch.Corpora.Brat;

/// <summary>
/// Reads attribution corpora in brat standoff (PolNeAR, PARC-style): <c>text/NAME.txt</c> and
/// <c>attributions/NAME_ANNOTATOR.ann</c> with <c>T</c> lines (<c>T1 Source 89 106;110 120 text</c>) and <c>E</c> lines
/// tying them together (<c>E1 Attribution:T4 Content:T3 Cue:T2 Source:T1</c>). When several annotators annotated a
/// text, the first file in name order is used. Offsets are characters; they are UTF-16 offsets for texts without
/// characters outside the Basic Multilingual Plane (documents with such characters are skipped).
/// </summary>
public static class BratAttributionReader
{
    public static IEnumerable<BratDocument> ReadFolder(string folder)
    {
        var annotations = Directory.GetFiles(Path.Combine(folder, "attributions"), "*.ann").Order(StringComparer.Ordinal).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ann in annotations)
        {
            var name = Path.GetFileNameWithoutExtension(ann);
            var underscore = name.LastIndexOf('_');
            var textName = underscore > 0 && File.Exists(Path.Combine(folder, "text", name[..underscore] + ".txt")) ? name[..underscore] : name;
            var textPath = Path.Combine(folder, "text", textName + ".txt");
            if (!File.Exists(textPath) || !seen.Add(textName))
            {
                continue;
            }

            var text = File.ReadAllText(textPath);
            if (text.Any(char.IsSurrogate))
            {
                continue;
            }

            yield return new BratDocument(textName, text, Read(File.ReadLines(ann)));
        }
    }

    public static IReadOnlyList<BratAttribution> Read(IEnumerable<string> lines)
    {
        var spans = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        var relations = new List<string>();
        foreach (var line in lines)
        {
            var cells = line.Split('\t');
            if (cells.Length >= 2 && line.StartsWith('T'))
            {
                var typeAndSpans = cells[1];
                var space = typeAndSpans.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0)
                {
                    spans[cells[0]] = [.. typeAndSpans[(space + 1)..].Split(';').Select(Span)];
                }
            }
            else if (cells.Length >= 2 && line.StartsWith('E'))
            {
                relations.Add(cells[1]);
            }
        }

        var result = new List<BratAttribution>();
        foreach (var relation in relations)
        {
            List<(int, int)> source = [], cue = [], content = [];
            foreach (var part in relation.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = part.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(part[(colon + 1)..], out var s))
                {
                    continue;
                }

                var target = part[..colon] switch
                {
                    "Source" => source,
                    "Cue" => cue,
                    "Content" => content,
                    _ => null,
                };
                target?.AddRange(s);
            }

            result.Add(new BratAttribution(source, cue, content));
        }

        return result;
    }

    private static (int, int) Span(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
