using Wirewatch.Corpora.Conllu;

namespace Wirewatch.Corpora.Gum;

/// <summary>
/// Reads the <c>Entity=</c> brackets of GUM's MISC column: <c>(GRP-etype-infstat-salience-centering-minspan-link[-identity]</c>
/// opens a mention, <c>GRP)</c> closes it, and <c>(...)</c> is a one-word mention.
/// </summary>
public static class GumEntityReader
{
    /// <summary>The mentions of a document, over the word indexes of <see cref="ConlluText.WordData"/>.</summary>
    public static List<GumMention> Mentions(IReadOnlyList<ConlluWord> words)
    {
        var mentions = new List<GumMention>();
        var open = new Dictionary<string, Stack<(int Start, string Type, string? Identity, int Head)>>(StringComparer.Ordinal);
        for (var w = 0; w < words.Count; w++)
        {
            var value = EntityValue(words[w].Misc);
            var i = 0;
            while (i < value.Length)
            {
                if (value[i] == '(')
                {
                    var end = i + 1;
                    while (end < value.Length && value[end] is not ('(' or ')'))
                    {
                        end++;
                    }

                    var fields = value[(i + 1)..end].Split('-');
                    var group = fields[0];
                    var type = fields.Length > 1 ? fields[1] : "unknown";
                    var identity = fields.Length > 7 ? string.Join('-', fields[7..]) : null;
                    var head = fields.Length > 5 ? LastNumber(fields[5]) : 1;
                    if (end < value.Length && value[end] == ')')
                    {
                        mentions.Add(new GumMention(group, type, identity, w, w + 1));
                        i = end + 1;
                    }
                    else
                    {
                        if (!open.TryGetValue(group, out var stack))
                        {
                            open[group] = stack = new Stack<(int, string, string?, int)>();
                        }

                        stack.Push((w, type, identity, head));
                        i = end;
                    }
                }
                else if (char.IsAsciiDigit(value[i]))
                {
                    var end = value.IndexOf(')', i);
                    if (end < 0)
                    {
                        break;
                    }

                    var group = value[i..end];
                    if (open.TryGetValue(group, out var stack) && stack.Count > 0)
                    {
                        var (start, type, identity, head) = stack.Pop();
                        mentions.Add(new GumMention(group, type, identity, start, w + 1) { HeadWord = Math.Min(w, start + head - 1) });
                    }

                    i = end + 1;
                }
                else
                {
                    i++;
                }
            }
        }

        mentions.Sort((a, b) => a.StartWord != b.StartWord ? a.StartWord.CompareTo(b.StartWord) : b.EndWord.CompareTo(a.EndWord));
        return mentions;
    }

    // "1,3" → 3: the last word of the minimal span, counted from 1 within the mention.
    private static int LastNumber(string minSpan)
    {
        var last = minSpan.Split(',')[^1];
        return int.TryParse(last, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
    }

    private static string EntityValue(string misc)
    {
        foreach (var part in misc.Split('|'))
        {
            if (part.StartsWith("Entity=", StringComparison.Ordinal))
            {
                return part["Entity=".Length..];
            }
        }

        return string.Empty;
    }
}
