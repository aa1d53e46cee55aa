namespace Wirewatch.Core;

/// <summary>Binary searches over a document's tokens, which are in text order and do not overlap.</summary>
public static class TokenSearch
{
    /// <summary>The index of the first token that starts at or after <paramref name="position"/> (the count if none).</summary>
    public static int FirstStartingAtOrAfter(IReadOnlyList<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The index of the first token that ends after <paramref name="position"/>, the token that holds it or
    /// the next one (the count if none).</summary>
    public static int FirstEndingAfter(IReadOnlyList<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
