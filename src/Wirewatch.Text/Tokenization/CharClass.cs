using System.Globalization;

namespace Wirewatch.Text.Tokenization;

/// <summary>Character tests the tokenizer needs, fast on ASCII.</summary>
internal static class CharClass
{
    /// <summary>Letters, digits, combining marks and invisible format characters (soft hyphen, zero-width joiner).</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => true,
            _ => false,
        };
    }

    public static bool IsLetter(char c) => c < 0x80 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    public static bool IsDigit(char c) => char.IsAsciiDigit(c);

    public static bool IsUpper(char c) => c < 0x80 ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);

    public static bool IsLower(char c) => c < 0x80 ? char.IsAsciiLetterLower(c) : char.IsLower(c);
}
