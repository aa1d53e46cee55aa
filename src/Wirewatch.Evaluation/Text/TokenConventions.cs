using Wirewatch.Core;

namespace Wirewatch.Evaluation.Text;

/// <summary>
/// Maps tokenisation conventions that differ between Wirewatch and the Universal Dependencies treebanks, so that
/// they are not counted as errors. UD splits most hyphenated compounds ("long", "-", "term"); Wirewatch keeps
/// them whole. Both sides are mapped the same way: a run of spans joined by attached hyphens becomes one span.
/// </summary>
public static class TokenConventions
{
    public static List<TextSpan> JoinHyphenated(string text, IReadOnlyList<TextSpan> spans)
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
