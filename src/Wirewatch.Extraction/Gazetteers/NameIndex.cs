namespace Wirewatch.Extraction.Gazetteers;

/// <summary>
/// Names (by <see cref="NameKey"/>) to values, with the keys' word prefixes so that a walk over the text knows
/// when to stop. Built once, then read-only; lookups take spans and allocate nothing.
/// </summary>
internal sealed class NameIndex<T>
    where T : notnull
{
    private readonly Dictionary<string, Entry[]> _entries;
    private readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;

    private NameIndex(Dictionary<string, Entry[]> entries, HashSet<string> prefixes, int maxKeyLength)
    {
        _entries = entries;
        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxKeyLength = maxKeyLength;
    }

    public int MaxKeyLength { get; }

    public int Count => _entries.Count;

    public ReadOnlySpan<Entry> Find(ReadOnlySpan<char> key) => _lookup.TryGetValue(key, out var found) ? found : [];

    public bool IsPrefix(ReadOnlySpan<char> key) => _prefixes.Contains(key);

    /// <summary>One value under a key and the conditions under which this name may match it.</summary>
    public readonly record struct Entry(T Value, VariantFlags Flags);

    /// <summary>Collects names; when the same value comes twice under one key the looser conditions win.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, List<Entry>> _entries = new(StringComparer.Ordinal);

        public void Add(string name, T value, VariantFlags flags)
        {
            var key = NameKey.Of(name);
            if (key.Length == 0)
            {
                return;
            }

            if (!_entries.TryGetValue(key, out var list))
            {
                _entries[key] = list = new List<Entry>(1);
            }

            for (var i = 0; i < list.Count; i++)
            {
                if (EqualityComparer<T>.Default.Equals(list[i].Value, value))
                {
                    list[i] = list[i] with { Flags = list[i].Flags & flags };
                    return;
                }
            }

            list.Add(new Entry(value, flags));
        }

        public NameIndex<T> Build(Comparison<T> order)
        {
            var entries = new Dictionary<string, Entry[]>(_entries.Count, StringComparer.Ordinal);
            var prefixes = new HashSet<string>(StringComparer.Ordinal);
            var maxKeyLength = 0;
            foreach (var (key, list) in _entries)
            {
                var array = list.ToArray();
                Array.Sort(array, (a, b) => order(a.Value, b.Value));
                entries[key] = array;
                maxKeyLength = Math.Max(maxKeyLength, key.Length);
                for (var space = key.IndexOf(' ', StringComparison.Ordinal); space > 0; space = key.IndexOf(' ', space + 1))
                {
                    prefixes.Add(key[..space]);
                }
            }

            return new NameIndex<T>(entries, prefixes, maxKeyLength);
        }
    }
}
