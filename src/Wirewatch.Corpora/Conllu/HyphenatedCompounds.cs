using Wirewatch.Core;

namespace Wirewatch.Corpora.Conllu;

/// <summary>
/// Wirewatch keeps hyphenated compounds whole ("long-term"); the Universal Dependencies treebanks split most of
/// them ("long", "-", "term"). <see cref="Join"/> maps spans to Wirewatch's convention: a run of spans joined by
/// attached hyphens (no space on either side) becomes one span.
/// </summary>
public static class HyphenatedCompounds
{
    public static List<TextSpan> Join(string text, IReadOnlyList<TextSpan> spans)
    {
        var joined = new List<TextSpan>(spans.Count);
        var i = 0;
        while (i < spans.Count)
        {
            var start = spans[i].Start;
            var end = spans[i].End;
            i++;
            while (i + 1 < spans.Count && IsAttachedHyphen(text, spans[i], end) && spans[i + 1].Start == spans[i].End)
            {
                end = spans[i + 1].End;
                i += 2;
            }

            joined.Add(new TextSpan(start, end));
        }

        return joined;
    }

    private static bool IsAttachedHyphen(string text, TextSpan span, int previousEnd)
        => span.Start == previousEnd && span.Length == 1 && text[span.Start] == '-';
}
