using System.Globalization;
using Wirewatch.Core;

namespace Wirewatch.Extraction.Time;

/// <summary>The tokens of one sentence split for time recognition, with their text and numeric readings.</summary>
public sealed class TimeTokens
{
    private readonly string _text;
    private readonly TimeLexicon _lexicon;
    private TimeToken[] _tokens = new TimeToken[64];
    private TimeWord[]?[] _entries = new TimeWord[]?[64];
    private bool[] _looked = new bool[64];
    private bool[] _hearts = new bool[64];
    private int _count;

    public TimeTokens(string foldedText, TimeLexicon lexicon)
    {
        _text = foldedText;
        _lexicon = lexicon;
    }

    public int Count => _count;

    public TimeToken this[int index] => _tokens[index];

    /// <summary>Replaces the contents with the document tokens given (one sentence's).</summary>
    public void Load(ReadOnlySpan<Token> tokens)
    {
        _count = 0;
        foreach (var token in tokens)
        {
            var span = _text.AsSpan(token.Start, token.Span.Length);
            var hyphen = token.Kind == TokenKind.Word ? span.IndexOf('-') : -1;
            if (hyphen <= 0 || hyphen == span.Length - 1)
            {
                Add(new TimeToken(token.Start, token.End, token.Kind, true, true));
                continue;
            }

            var start = token.Start;
            for (var p = token.Start; p <= token.End; p++)
            {
                if (p == token.End || _text[p] == '-')
                {
                    if (p > start)
                    {
                        var kind = IsDigits(_text.AsSpan(start, p - start)) ? TokenKind.Number : TokenKind.Word;
                        Add(new TimeToken(start, p, kind, start == token.Start, p == token.End));
                    }

                    start = p + 1;
                }
            }
        }

        MarkNumbers();
    }

    private void Add(TimeToken token)
    {
        if (_count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _count * 2);
            Array.Resize(ref _entries, _count * 2);
            Array.Resize(ref _looked, _count * 2);
            Array.Resize(ref _hearts, _count * 2);
        }

        var lexical = token.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic;
        _tokens[_count] = token;
        _entries[_count] = null;
        _looked[_count] = !lexical;
        _hearts[_count] = lexical && _lexicon.IsHeart(_text.AsSpan(token.Start, token.End - token.Start));
        _count++;
    }

    /// <summary>
    /// Marks the numbers that may be times as hearts: years, clock times and ISO dates, decades, and numbers next
    /// to a time word ("three weeks", "Sept. 11", "3 p.m."). "1,000 troops" and "Channel 1" are not looked at again.
    /// </summary>
    private void MarkNumbers()
    {
        for (var i = 0; i < _count; i++)
        {
            var text = Text(i);
            if (!char.IsAsciiDigit(text[0]))
            {
                continue;
            }

            _hearts[i] = (text.Length == 4 && Integer(i) is >= 1000 and <= 2100)
                || text.Contains(':') || (text.Length == 10 && text.Contains('-')) || Decade(i) is not null
                || (i + 1 < _count && _hearts[i + 1] && !char.IsAsciiDigit(Text(i + 1)[0]))
                || (i + 2 < _count && _hearts[i + 2] && !char.IsAsciiDigit(Text(i + 2)[0]) && _tokens[i + 1].Kind == TokenKind.Word)
                || (i > 0 && _hearts[i - 1] && !char.IsAsciiDigit(Text(i - 1)[0]))
                || (Fraction(i + 1) is { } fraction && i + 1 + fraction.Tokens < _count && _hearts[i + 1 + fraction.Tokens]);
        }
    }

    /// <summary>True when the token can be the heart of a time expression: digits or a heart word of the vocabulary.</summary>
    public bool IsCore(int index) => index < _count && _hearts[index];

    /// <summary>The vocabulary entries starting at the token, or null when it starts none; looked up on first use.</summary>
    public TimeWord[]? EntriesAt(int index)
    {
        if (index >= _count)
        {
            return null;
        }

        if (!_looked[index])
        {
            _looked[index] = true;
            _entries[index] = _lexicon.Entries(Text(index));
        }

        return _entries[index];
    }

    /// <summary>True when some entry of the class starts at the token.</summary>
    public bool Starts(int index, TimeWordClass wordClass)
    {
        return StartsAny(index, wordClass, wordClass);
    }

    /// <summary>True when some entry of either class starts at the token.</summary>
    public bool StartsAny(int index, TimeWordClass first, TimeWordClass second)
    {
        if (EntriesAt(index) is not { } entries)
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (entry.Class == first || entry.Class == second)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    public ReadOnlySpan<char> Text(int index) => _text.AsSpan(_tokens[index].Start, _tokens[index].End - _tokens[index].Start);

    public bool Is(int index, string word) => index < _count && Text(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>A plain whole number written in digits without separators ("11", "2023"), else -1.</summary>
    public int Integer(int index)
    {
        if (index >= _count || _tokens[index].Kind is not (TokenKind.Number or TokenKind.Word))
        {
            return -1;
        }

        var text = Text(index);
        return text.Length is > 0 and <= 6 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
    }

    /// <summary>A count written in digits, with separators or decimals ("1,000", "2.5"), else null.</summary>
    public double? Quantity(int index)
    {
        if (index >= _count || _tokens[index].Kind != TokenKind.Number)
        {
            return null;
        }

        return double.TryParse(Text(index), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>A simple fraction written in digits ("1/2", or "1", "/", "2" when the tokenizer splits it), and how many tokens it takes.</summary>
    public (double Value, int Tokens)? Fraction(int index)
    {
        if (index >= _count || _tokens[index].Kind != TokenKind.Number)
        {
            return null;
        }

        var text = Text(index);
        var slash = text.IndexOf('/');
        if (slash > 0)
        {
            return Ratio(text[..slash], text[(slash + 1)..]) is { } whole ? (whole, 1) : null;
        }

        return index + 2 < _count && Is(index + 1, "/") && _tokens[index + 1].Start == _tokens[index].End
            && Ratio(text, Text(index + 2)) is { } split ? (split, 3) : null;
    }

    private static double? Ratio(ReadOnlySpan<char> numerator, ReadOnlySpan<char> denominator)
        => int.TryParse(numerator, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && int.TryParse(denominator, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 2 and <= 4 && n < d
            ? (double)n / d
            : null;

    /// <summary>A day written as an ordinal in digits ("1st", "23rd"), else -1.</summary>
    public int OrdinalDay(int index)
    {
        if (index >= _count)
        {
            return -1;
        }

        var text = Text(index);
        if (text.Length is < 3 or > 4)
        {
            return -1;
        }

        var suffix = text[^2..];
        if (!(suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            return -1;
        }

        return int.TryParse(text[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 31 ? n : -1;
    }

    /// <summary>A decade written "1990s" (199) or "80s" (-8: century unknown), else null.</summary>
    public int? Decade(int index)
    {
        if (index >= _count)
        {
            return null;
        }

        var text = Text(index);
        if (text.Length is not (3 or 5) || (text[^1] != 's' && text[^1] != 'S') || text[^2] != '0')
        {
            return null;
        }

        if (!int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return text.Length == 5 ? (n is >= 1000 and <= 2090 ? n / 10 : null) : -(n / 10);
    }

    /// <summary>A clock time "14:00" or "9:30" as hour and minute, else null.</summary>
    public (int Hour, int Minute)? Clock(int index)
    {
        if (index >= _count || _tokens[index].Kind != TokenKind.Number)
        {
            return null;
        }

        var text = Text(index);
        var colon = text.IndexOf(':');
        if (colon is < 1 or > 2 || text.Length - colon != 3
            || !int.TryParse(text[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var minute)
            || hour > 24 || minute > 59)
        {
            return null;
        }

        return (hour, minute);
    }

    /// <summary>An ISO date "2023-05-04", else null.</summary>
    public DateOnly? IsoDate(int index)
    {
        if (index >= _count || _tokens[index].Kind != TokenKind.Number || _tokens[index].End - _tokens[index].Start != 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(Text(index), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>
    /// The longest entry of the class starting at the token, or null; weak entries only when allowed, and only entries
    /// with the given third column when <paramref name="extra"/> is set.
    /// </summary>
    public TimeWord? Match(int index, TimeWordClass wordClass, bool allowWeak = true, string? extra = null)
    {
        if (EntriesAt(index) is not { } entries)
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (entry.Class != wordClass || (entry.Weak && !allowWeak) || (extra is not null && entry.Extra != extra) || index + entry.Length > _count)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < entry.Length && matches; k++)
            {
                matches = Text(index + k).Equals(entry.Words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (matches)
            {
                return entry;
            }
        }

        return null;
    }
}
