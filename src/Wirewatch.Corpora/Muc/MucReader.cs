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
        IReadOnlyList<string> Lines(int n) => slots.TryGetValue(n, out var v) ? v.Where(l => l is not "-" and not "*").ToList() : [];
        var header = slots.TryGetValue(1, out var h) ? string.Join(" ", h) : string.Empty;
        var optionalTemplate = header.Contains("(OPTIONAL)", StringComparison.Ordinal);
        var relevant = !(slots.TryGetValue(4, out var t) && t.Count > 0 && t[0] == "*");
        MucFill Set(string line) => new(Unmarked(line).Split(" / ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), optionalTemplate || IsOptional(line));
        MucFill Whole(string line) => new(Alternatives(Unmarked(line)), optionalTemplate || IsOptional(line));
        MucFill Strings(string line) => new(QuotedStrings(line), optionalTemplate || IsOptional(line));

        var targets = Lines(18).Select(Strings).Where(f => f.Alternatives.Count > 0).ToList();
        foreach (var line in Lines(19))
        {
            var description = Strings(line);
            if (description.Alternatives.Count == 0)
            {
                continue;
            }

            var reference = CrossReference(line);
            var named = targets.FindIndex(f => reference.Count > 0 && f.Alternatives.Intersect(reference, StringComparer.OrdinalIgnoreCase).Any());
            if (named >= 0)
            {
                targets[named] = targets[named] with { Alternatives = [.. targets[named].Alternatives, .. description.Alternatives] };
            }
            else
            {
                targets.Add(description);
            }
        }

        var effects = Lines(23)
            .Select(l => new MucFill(Unmarked(l).Split(':')[0].Split('/').Select(s => s.Trim()).Where(s => s is "DEATH" or "INJURY").ToList(), optionalTemplate || IsOptional(l)))
            .Where(f => f.Alternatives.Count > 0)
            .ToList();
        return new MucTemplate(
            slots.TryGetValue(0, out var id) ? id[0].Split(' ')[0] : string.Empty,
            relevant,
            Lines(4).Select(Set).ToList(),
            Lines(2).Select(Whole).ToList(),
            Lines(3).Select(Whole).ToList(),
            Lines(10).Select(Strings).Where(f => f.Alternatives.Count > 0).ToList(),
            targets,
            effects);
    }

    /// <summary>The alternatives of a date or location fill: "(A) / (B)" split where " / " is outside brackets, each unwrapped.</summary>
    private static IReadOnlyList<string> Alternatives(string fill)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < fill.Length; i++)
        {
            depth += fill[i] == '(' ? 1 : fill[i] == ')' ? -1 : 0;
            if (depth == 0 && string.CompareOrdinal(fill, i, " / ", 0, 3) == 0)
            {
                parts.Add(fill[start..i]);
                start = i + 3;
            }
        }

        parts.Add(fill[start..]);
        return parts.Select(p => Unwrap(p.Trim())).Where(p => p.Length > 0).ToList();
    }

    /// <summary>"(EL SALVADOR: ZARAGOZA (TOWN))" without its outer brackets; other fills as they are.</summary>
    private static string Unwrap(string fill)
    {
        if (!fill.StartsWith('(') || !fill.EndsWith(')'))
        {
            return fill;
        }

        var depth = 0;
        for (var i = 0; i < fill.Length - 1; i++)
        {
            depth += fill[i] == '(' ? 1 : fill[i] == ')' ? -1 : 0;
            if (depth == 0)
            {
                return fill;
            }
        }

        return fill[1..^1].Trim();
    }

    private static bool IsOptional(string line) => line.StartsWith('?');

    private static string Unmarked(string line) => line.TrimStart('?', ' ');

    /// <summary>The quoted strings of a fill line before any ":" cross-reference: "\"FMLN\" / \"FARABUNDO ...\"".</summary>
    private static IReadOnlyList<string> QuotedStrings(string line)
    {
        var colon = line.IndexOf("\": ", StringComparison.Ordinal);
        var head = colon >= 0 ? line[..(colon + 1)] : line;
        return Quoted().Matches(head).Select(m => Unescape(m.Groups[1].Value)).Where(s => s.Length > 0).ToList();
    }

    /// <summary>The quoted strings after a fill's ":" (the fill it refers to): "\"PRESIDENT\": \"CEREZO\"" gives "CEREZO".</summary>
    private static IReadOnlyList<string> CrossReference(string line)
    {
        var colon = line.IndexOf("\": ", StringComparison.Ordinal);
        return colon < 0 ? [] : Quoted().Matches(line[(colon + 2)..]).Select(m => Unescape(m.Groups[1].Value)).Where(s => s.Length > 0).ToList();
    }

    private static string Unescape(string value) => value.Replace("\\\"", "\"", StringComparison.Ordinal).Trim('"', ' ');

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
