using System.Globalization;
using Wirewatch.Core;

namespace Wirewatch.Extraction.Time;

/// <summary>The tokens of one sentence split for time recognition, with their text and numeric readings.</summary>
public sealed class TimeTokens
{
    private readonly string _text;
    private readonly List<TimeToken> _tokens = [];

    public TimeTokens(string foldedText)
    {
        _text = foldedText;
    }

    public int Count => _tokens.Count;

    public TimeToken this[int index] => _tokens[index];

    /// <summary>Replaces the contents with the document tokens <c>[first, end)</c>.</summary>
    public void Load(IReadOnlyList<Token> tokens, int first, int end)
    {
        _tokens.Clear();
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            var span = _text.AsSpan(token.Start, token.Span.Length);
            var hyphen = token.Kind == TokenKind.Word ? span.IndexOf('-') : -1;
            if (hyphen <= 0 || hyphen == span.Length - 1)
            {
                _tokens.Add(new TimeToken(token.Start, token.End, token.Kind, true, true));
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
                        _tokens.Add(new TimeToken(start, p, kind, start == token.Start, p == token.End));
                    }

                    start = p + 1;
                }
            }
        }
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

    public bool Is(int index, string word) => index < _tokens.Count && Text(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>A plain whole number written in digits without separators ("11", "2023"), else -1.</summary>
    public int Integer(int index)
    {
        if (index >= _tokens.Count || _tokens[index].Kind is not (TokenKind.Number or TokenKind.Word))
        {
            return -1;
        }

        var text = Text(index);
        return text.Length is > 0 and <= 6 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
    }

    /// <summary>A count written in digits, with separators or decimals ("1,000", "2.5"), else null.</summary>
    public double? Quantity(int index)
    {
        if (index >= _tokens.Count || _tokens[index].Kind != TokenKind.Number)
        {
            return null;
        }

        return double.TryParse(Text(index), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>A day written as an ordinal in digits ("1st", "23rd"), else -1.</summary>
    public int OrdinalDay(int index)
    {
        if (index >= _tokens.Count)
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
        if (index >= _tokens.Count)
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
        if (index >= _tokens.Count || _tokens[index].Kind != TokenKind.Number)
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
        if (index >= _tokens.Count || _tokens[index].Kind != TokenKind.Number || _tokens[index].End - _tokens[index].Start != 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(Text(index), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>
    /// The longest entry of the class starting at the token, or null; weak entries only when allowed, and only entries
    /// with the given third column when <paramref name="extra"/> is set.
    /// </summary>
    public TimeWord? Match(TimeLexicon lexicon, int index, TimeWordClass wordClass, bool allowWeak = true, string? extra = null)
    {
        if (index >= _tokens.Count)
        {
            return null;
        }

        foreach (var entry in lexicon.StartingWith(Text(index)))
        {
            if (entry.Class != wordClass || (entry.Weak && !allowWeak) || (extra is not null && entry.Extra != extra) || index + entry.Length > _tokens.Count)
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
