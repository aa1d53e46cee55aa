namespace Wirewatch.Extraction.Entities;

/// <summary>Comparisons of people's names that survive transliteration.</summary>
public static class PersonNames
{
    /// <summary>
    /// "sergei"/"sergey", "dmitry"/"dmitri": the same first letter, lengths within one, and all but the last
    /// letter of the shorter in common (at least three). Keys are lower-case.
    /// </summary>
    public static bool SimilarFirstName(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (a.Length == 0 || b.Length == 0 || a[0] != b[0] || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var common = 0;
        while (common < Math.Min(a.Length, b.Length) && a[common] == b[common])
        {
            common++;
        }

        return common >= Math.Min(a.Length, b.Length) - 1 && common >= 3;
    }
}
