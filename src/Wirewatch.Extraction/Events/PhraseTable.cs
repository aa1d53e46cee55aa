namespace Wirewatch.Extraction.Events;

/// <summary>Phrases of lower-case words, each with a value, found at a position of a word array, longest first.</summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
public sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries)
    {
        foreach (var (phrase, value) in entries)
        {
            var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!_byFirst.TryGetValue(words[0], out var list))
            {
                _byFirst[words[0]] = list = [];
            }

            list.Add((words, value));
        }

        // Longest first; phrases of one length keep the order they were given in (a stable sort).
        foreach (var key in _byFirst.Keys.ToList())
        {
            _byFirst[key] = _byFirst[key].OrderByDescending(p => p.Words.Length).ToList();
        }
    }

    /// <summary>The longest phrase starting at <paramref name="index"/>: its length in words and value; (0, default) when none.</summary>
    public (int Length, T? Value) Match(IReadOnlyList<string> words, int index, int end)
    {
        if (index >= end || !_byFirst.TryGetValue(words[index], out var list))
        {
            return (0, default);
        }

        foreach (var (phrase, value) in list)
        {
            if (Fits(phrase, words, index, end))
            {
                return (phrase.Length, value);
            }
        }

        return (0, default);
    }

    /// <summary>Every phrase starting at <paramref name="index"/>, longest first, in the order given for one length.</summary>
    public IEnumerable<(int Length, T Value)> Matches(IReadOnlyList<string> words, int index, int end)
    {
        if (index >= end || !_byFirst.TryGetValue(words[index], out var list))
        {
            yield break;
        }

        foreach (var (phrase, value) in list)
        {
            if (Fits(phrase, words, index, end))
            {
                yield return (phrase.Length, value);
            }
        }
    }

    /// <summary>Whether some phrase starts anywhere in <c>[start, end)</c>.</summary>
    public bool AnyIn(IReadOnlyList<string> words, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (Match(words, i, end).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the phrase stands at index (its first word already matched) and ends by end.
    private static bool Fits(string[] phrase, IReadOnlyList<string> words, int index, int end)
    {
        if (index + phrase.Length > end)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            if (words[index + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }
}
