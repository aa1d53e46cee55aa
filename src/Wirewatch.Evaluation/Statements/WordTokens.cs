namespace Wirewatch.Evaluation.Statements;

/// <summary>
/// The scorer's own tokens: runs of letters and digits, and every other visible character on its own, except
/// quotation marks, which are not counted at all (so that a span scores the same with or without them).
/// </summary>
public sealed class WordTokens
{
    private readonly int[] _tokenAt;

    public WordTokens(string text)
    {
        _tokenAt = new int[text.Length];
        var count = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || QuoteMarks.IsQuote(c) && !(i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])))
            {
                _tokenAt[i] = -1;
                continue;
            }

            if (!(char.IsLetterOrDigit(c) && i > 0 && _tokenAt[i - 1] >= 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                count++;
            }

            _tokenAt[i] = count;
        }
    }

    /// <summary>The tokens under some character spans.</summary>
    public HashSet<int> Of(IEnumerable<(int Start, int End)> spans)
    {
        var set = new HashSet<int>();
        foreach (var (start, end) in spans)
        {
            for (var i = Math.Max(0, start); i < Math.Min(end, _tokenAt.Length); i++)
            {
                if (_tokenAt[i] >= 0)
                {
                    set.Add(_tokenAt[i]);
                }
            }
        }

        return set;
    }
}
