namespace Wirewatch.Text.Normalization;

/// <summary>
/// Folds typographic variants to one plain character each, one character for one, so offsets never move:
/// curly and angled quotes, primes, odd hyphens and minus, every kind of space, full-width ASCII.
/// En and em dashes stay dashes; zero-width characters stay in place (the tokenizer reads them as part of a word).
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var index = IndexOfFoldable(text);
        if (index < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, index), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.index; i < span.Length; i++)
            {
                span[i] = Fold(span[i]);
            }
        });
    }

    public static char Fold(char c) => c switch
    {
        < '\u0080' => c == '`' ? '\'' : c,
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2043' or '\u2212' or '\uFE63' => '-',
        '\u2012' or '\u2013' => '\u2013',
        '\u2014' or '\u2015' or '\u2E3A' or '\u2E3B' => '\u2014',
        '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' => ' ',
        '\u2028' or '\u2029' or '\u0085' => '\n',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        _ => c,
    };

    private static int IndexOfFoldable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Fold(text[i]) != text[i])
            {
                return i;
            }
        }

        return -1;
    }
}
