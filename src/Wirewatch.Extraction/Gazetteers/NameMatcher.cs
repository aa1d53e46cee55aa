namespace Wirewatch.Extraction.Gazetteers;

/// <summary>Walks text parts from a starting part, building the name key word by word and looking each up.</summary>
internal static class NameMatcher
{
    private const int MaxKey = 128;

    /// <summary>Every name starting at <paramref name="first"/>, shortest first, in <paramref name="hits"/> (cleared first).</summary>
    public static void MatchAt<T>(NameIndex<T> index, string text, IReadOnlyList<TextPart> parts, int first, List<NameHit<T>> hits)
        where T : notnull
    {
        hits.Clear();
        if (first >= parts.Count || parts[first].Kind != TextPartKind.Word)
        {
            return;
        }

        Span<char> key = stackalloc char[MaxKey];
        var length = 0;
        var limit = Math.Min(MaxKey, index.MaxKeyLength);
        for (var p = first; p < parts.Count; p++)
        {
            var part = parts[p];
            if (part.Kind == TextPartKind.Joiner)
            {
                continue;
            }

            if (part.Kind != TextPartKind.Word)
            {
                break;
            }

            var slice = part.Slice(text);
            if (length + 1 + slice.Length > limit)
            {
                break;
            }

            if (length > 0)
            {
                key[length++] = ' ';
            }

            var written = NameKey.Write(slice, key[length..]);
            if (written == 0)
            {
                break;
            }

            length += written;
            var found = index.Find(key[..length], out var isPrefix);
            if (!found.IsEmpty)
            {
                var values = Allowed(found, text, parts, first, p);
                if (values.Count > 0)
                {
                    hits.Add(new NameHit<T>(first, p + 1, values));
                }
            }

            if (!isPrefix)
            {
                break;
            }
        }
    }

    private static List<T> Allowed<T>(ReadOnlySpan<NameIndex<T>.Entry> found, string text, IReadOnlyList<TextPart> parts, int first, int last)
        where T : notnull
    {
        var values = new List<T>(found.Length);
        bool? allCapitals = null;
        var capitalised = IsCapitalised(parts[first].Slice(text));
        foreach (var entry in found)
        {
            if ((entry.Flags & VariantFlags.CapitalisedOnly) != 0 && !capitalised)
            {
                continue;
            }

            if ((entry.Flags & VariantFlags.CapitalsOnly) == 0 || (allCapitals ??= AllCapitals(text, parts, first, last)))
            {
                values.Add(entry.Value);
            }
        }

        return values;
    }

    /// <summary>
    /// Whether a word's capital is evidence of a name: "Capital", not "capital", nor "CAPITAL" (a word written in
    /// capitals, as in upper-case wire copy, says nothing about whether it is a name).
    /// </summary>
    private static bool IsCapitalised(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsUpper(word[0]))
        {
            return false;
        }

        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsLower(word[i]))
            {
                return true;
            }
        }

        return word.Length == 1;
    }

    /// <summary>Whether a name variant with these flags may match text written so.</summary>
    public static bool Allows(VariantFlags flags, bool capitalised, bool allCapitals)
        => ((flags & VariantFlags.CapitalisedOnly) == 0 || capitalised) && ((flags & VariantFlags.CapitalsOnly) == 0 || allCapitals);

    private static bool AllCapitals(string text, IReadOnlyList<TextPart> parts, int first, int last)
    {
        for (var p = first; p <= last; p++)
        {
            foreach (var c in parts[p].Slice(text))
            {
                if (char.IsLetter(c) && !char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
