using System.Globalization;
using System.Text;

namespace Wirewatch.Extraction.Gazetteers;

/// <summary>
/// The lookup key of a name: its words lower-cased and accent-free, one space between them. Spaces, hyphens,
/// commas and slashes separate words; periods and apostrophes vanish. "Kryvyi Rih", "kryvyi-rih" and
/// "Kryvyï Rih" all give "kryvyi rih"; "U.S." and "US" give "us"; "Washington, D.C." gives "washington dc".
/// Names and text are keyed the same way, so lookups never depend on case, accents or punctuation, while word
/// boundaries still count ("to go" is not "Togo").
/// </summary>
public static class NameKey
{
    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="destination"/> (at least as long) and returns its length.</summary>
    public static int Write(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            char folded;
            if (c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c))
            {
                folded = c < 0x80 ? char.ToLowerInvariant(c) : FoldAccent(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace |= !IsSilent(c) && length > 0;
                continue;
            }

            if (pendingSpace)
            {
                destination[length++] = ' ';
                pendingSpace = false;
            }

            destination[length++] = folded;
        }

        return length;
    }

    public static string Of(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return new string(buffer[..Write(name, buffer)]);
    }

    /// <summary>True when every letter is a capital and there are between one and five of them ("US", "U.S.", "DPRK").</summary>
    public static bool IsAcronym(ReadOnlySpan<char> name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters is > 0 and <= 5;
    }

    /// <summary>Characters that vanish inside a word rather than separating words: periods, apostrophes, combining marks.</summary>
    private static bool IsSilent(char c)
        => c is '.' or '\'' or '\u2019' or '\u02BC' or '`' or '\u00B4'
           || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>Accent folds of the Latin letters below U+2000, worked out once.</summary>
    private static readonly char[] Folds = BuildFolds();

    private static char FoldAccent(char c) => c < Folds.Length ? Folds[c] : c;

    private static char[] BuildFolds()
    {
        var folds = new char[0x2000];
        for (var i = 0; i < folds.Length; i++)
        {
            var c = (char)i;
            folds[i] = c switch
            {
                'ø' => 'o',
                'ł' => 'l',
                'đ' => 'd',
                'ı' => 'i',
                _ when i < 0x80 || !char.IsLetter(c) => c,
                _ => FirstBase(c),
            };
        }

        return folds;
    }

    private static char FirstBase(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark ? decomposed[0] : c;
    }
}
