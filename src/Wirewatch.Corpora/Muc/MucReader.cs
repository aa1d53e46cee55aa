using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Wirewatch.Corpora.Muc;

/// <summary>
/// Reads the MUC-4 corpus (<c>muc4/CORPORA</c>): message files (an id line such as "DEV-MUC3-0001 (NOSC)", then
/// the dateline and text) and answer-key files (numbered slots "2.  INCIDENT: DATE   02 FEB 90", continuation
/// lines indented, templates separated by blank lines).
/// </summary>
public static partial class MucReader
{
    public static IEnumerable<MucMessage> ReadMessages(string path)
    {
        string? id = null;
        var body = new StringBuilder();
        foreach (var line in File.ReadLines(path))
        {
            var match = IdLine().Match(line);
            if (match.Success)
            {
                if (id is not null)
                {
                    yield return Message(id, body.ToString());
                }

                id = match.Groups[1].Value;
                body.Clear();
            }
            else if (id is not null)
            {
                body.AppendLine(line);
            }
        }

        if (id is not null)
        {
            yield return Message(id, body.ToString());
        }
    }

    public static IEnumerable<MucTemplate> ReadKeys(string path)
    {
        var slots = new Dictionary<int, List<string>>();
        var last = -1;
        foreach (var line in File.ReadLines(path).Append(string.Empty))
        {
            if (line.StartsWith(";;;", StringComparison.Ordinal))
            {
                continue;
            }

            var slot = SlotLine().Match(line);
            if (slot.Success)
            {
                last = int.Parse(slot.Groups[1].Value, CultureInfo.InvariantCulture);
                slots[last] = [slot.Groups[2].Value.Trim()];
            }
            else if (line.Trim().Length > 0 && last >= 0)
            {
                slots[last].Add(line.Trim());
            }
            else if (line.Trim().Length == 0 && slots.Count > 0)
            {
                yield return Template(slots);
                slots = [];
                last = -1;
            }
        }
    }

    private static MucTemplate Template(Dictionary<int, List<string>> slots)
    {
        string One(int n) => slots.TryGetValue(n, out var v) ? string.Join(" ", v) : "-";
        IReadOnlyList<string> Lines(int n) => slots.TryGetValue(n, out var v) ? v : [];
        var type = One(4);
        var relevant = type != "*";
        var names = Lines(18).Concat(Lines(19)).Select(Strings).Where(a => a.Count > 0).ToList();
        var effects = Lines(23).SelectMany(l => l.Split(':')[0].Split('/')).Select(s => s.Trim().TrimStart('?').Trim()).Where(s => s is "DEATH" or "INJURY").Distinct().ToList();
        return new MucTemplate(One(0).Split(' ')[0], relevant, type, One(2), One(3), Lines(10).Select(Strings).Where(a => a.Count > 0).ToList(), names, effects);
    }

    /// <summary>The quoted strings of a fill line before any ":" cross-reference: "\"FMLN\" / \"FARABUNDO ...\"".</summary>
    private static IReadOnlyList<string> Strings(string line)
    {
        var colon = line.IndexOf("\": ", StringComparison.Ordinal);
        var head = colon >= 0 ? line[..(colon + 1)] : line;
        return Quoted().Matches(head).Select(m => m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal).Trim('"', ' ')).Where(s => s.Length > 0).ToList();
    }

    private static MucMessage Message(string id, string body)
    {
        var text = body.Trim('\r', '\n');
        var date = Dateline().Match(text) is { Success: true } m
            && DateOnly.TryParseExact($"{m.Groups[1].Value} {m.Groups[2].Value} {m.Groups[3].Value}", "d MMM yy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : (DateOnly?)null;
        return new MucMessage(id, text, date);
    }

    [GeneratedRegex(@"^((?:DEV|TST\d)-MUC\d-\d{4})\b")]
    private static partial Regex IdLine();

    [GeneratedRegex(@"^\s*(\d+)\.\s+[A-Z ]+:[A-Z ]+?(?:\s{2,}|\t)(.*)$")]
    private static partial Regex SlotLine();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(\d{1,2}) ([A-Z]{3})[A-Z]* (\d{2})\b")]
    private static partial Regex Dateline();
}
