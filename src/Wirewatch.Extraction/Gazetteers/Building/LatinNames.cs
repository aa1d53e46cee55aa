namespace Wirewatch.Extraction.Gazetteers.Building;

/// <summary>
/// Chooses the alternate names worth keeping: Latin script only, each word capitalised (so "Kiev osh" and the
/// romanised "hua sheng dun" go), no airport or other codes in capitals ("IEV", "MOW"), at most one spelling
/// per lookup key.
/// </summary>
internal static class LatinNames
{
    public static bool IsLatin(string name)
    {
        foreach (var c in name)
        {
            var ok = c is ' ' or '-' or '\'' or '.' or '\u2019'
                     || (char.IsLetter(c) && (c < 0x250 || c is >= '\u1E00' and <= '\u1EFF'))
                     || c is >= '\u0300' and <= '\u036F';
            if (!ok)
            {
                return false;
            }
        }

        return name.Length > 0;
    }

    public static bool IsWorthKeeping(string name)
    {
        if (name.Length < 3 || !IsLatin(name) || NameKey.IsAcronym(name) || IsAllCapitals(name))
        {
            return false;
        }

        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The canonical name first, then each kept alternate whose key is new; apostrophes made straight.</summary>
    public static List<string> Variants(string canonical, IEnumerable<string> alternates)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { NameKey.Of(canonical) };
        var variants = new List<string>();
        foreach (var raw in alternates)
        {
            var name = raw.Trim().Replace('\u2019', '\'');
            if (IsWorthKeeping(name) && keys.Add(NameKey.Of(name)))
            {
                variants.Add(name);
            }
        }

        return variants;
    }

    private static bool IsAllCapitals(string name)
    {
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
