using Wirewatch.Learning.Hashing;

namespace Wirewatch.Learning.Tagging;

/// <summary>The shape of a word ("Kyiv" → "Xxxx" with runs cut to three, "1,000" → "d,ddd") and its spelling flags.</summary>
public static class WordShape
{
    private const int MaxRun = 3;
    private const int MaxLength = 12;

    /// <summary>The hash of the word's shape: letters as X or x, digits as d, other characters as they are.</summary>
    public static ulong Hash(ReadOnlySpan<char> form)
    {
        var hash = 14695981039346656037UL;
        var previous = '\0';
        var run = 0;
        var length = 0;
        foreach (var c in form)
        {
            var mapped = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            run = mapped == previous ? run + 1 : 1;
            previous = mapped;
            if (run > MaxRun)
            {
                continue;
            }

            hash = (hash ^ mapped) * 1099511628211UL;
            if (++length >= MaxLength)
            {
                break;
            }
        }

        return FeatureHash.Mix(hash);
    }

    /// <summary>
    /// Bits: 1 starts upper-case, 2 all letters upper-case (two or more), 4 has a digit, 8 has a hyphen, 16 first
    /// in the sentence, 32 all digits, 64 has a period, 128 has no letter, 256 one character long.
    /// </summary>
    public static int Flags(ReadOnlySpan<char> form, bool first)
    {
        var flags = first ? 16 : 0;
        if (form.Length == 0)
        {
            return flags;
        }

        if (char.IsUpper(form[0]))
        {
            flags |= 1;
        }

        var letters = 0;
        var upper = 0;
        var digits = 0;
        foreach (var c in form)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c == '-')
            {
                flags |= 8;
            }
            else if (c == '.')
            {
                flags |= 64;
            }
        }

        flags |= letters >= 2 && upper == letters ? 2 : 0;
        flags |= digits > 0 ? 4 : 0;
        flags |= digits == form.Length ? 32 : 0;
        flags |= letters == 0 ? 128 : 0;
        flags |= form.Length == 1 ? 256 : 0;
        return flags;
    }
}
