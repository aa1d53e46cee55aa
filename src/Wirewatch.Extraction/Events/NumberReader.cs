using System.Globalization;

namespace Wirewatch.Extraction.Events;

/// <summary>Reads numbers in digits or words ("23", "1,200", "twenty-three", "two hundred", "dozens"), with a qualifier before them.</summary>
public sealed class NumberReader
{
    private readonly EventLexicon _lexicon;

    public NumberReader(EventLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    /// <summary>The number starting at <paramref name="index"/> (its qualifier included), or null.</summary>
    public NumberReading? ReadAt(IReadOnlyList<string> words, int index, int end)
    {
        var (qualifierLength, qualifier) = _lexicon.Qualifiers.Match(words, index, end);
        if (qualifierLength > 0 && ReadBare(words, index + qualifierLength, end) is { } qualified)
        {
            return qualified with { Qualifier = qualifier, First = index };
        }

        return ReadBare(words, index, end);
    }

    /// <summary>The number ending right before <paramref name="end"/> (at most four words back), read from its start.</summary>
    public NumberReading? ReadEndingAt(IReadOnlyList<string> words, int start, int end)
    {
        for (var from = Math.Max(start, end - 5); from < end; from++)
        {
            if (ReadAt(words, from, end) is { } reading && reading.End == end)
            {
                return reading;
            }
        }

        return null;
    }

    private NumberReading? ReadBare(IReadOnlyList<string> words, int index, int end)
    {
        if (index >= end)
        {
            return null;
        }

        if (int.TryParse(words[index].Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
        {
            var next = index + 1;
            if (next < end && _lexicon.Numbers.Match(words, next, end) is { Length: 1, Value.Kind: "scale" } scale)
            {
                return new NumberReading(digits * scale.Value!.Value, null, index, next + 1);
            }

            return new NumberReading(digits, null, index, next);
        }

        var total = 0;
        var current = 0;
        var i = index;
        var any = false;
        while (i < end)
        {
            var word = words[i];
            var (length, number) = _lexicon.Numbers.Match(words, i, end);
            if (length == 0 && word.Contains('-', StringComparison.Ordinal))
            {
                var parts = word.Split('-');
                var sum = 0;
                var ok = true;
                foreach (var part in parts)
                {
                    var (l, n) = _lexicon.Numbers.Match([part], 0, 1);
                    ok &= l == 1 && n is { Kind: "number" };
                    sum += ok ? n!.Value : 0;
                }

                if (ok)
                {
                    current += sum;
                    any = true;
                    i++;
                    continue;
                }
            }

            if (length == 0 || number is null)
            {
                break;
            }

            if (number.Kind == "vague")
            {
                if (any)
                {
                    break;
                }

                return new NumberReading(number.Value, null, i, i + length);
            }

            if (number.Kind == "scale")
            {
                current = Math.Max(current, 1) * number.Value;
                total += current;
                current = 0;
            }
            else
            {
                current += number.Value;
            }

            any = true;
            i += length;
            if (i < end && words[i] == "and" && i + 1 < end && _lexicon.Numbers.Match(words, i + 1, end).Length > 0)
            {
                i++;
            }
        }

        return any ? new NumberReading(total + current, null, index, i) : null;
    }
}
