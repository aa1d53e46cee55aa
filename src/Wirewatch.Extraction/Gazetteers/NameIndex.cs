using System.Runtime.InteropServices;

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
        private readonly Dictionary<string, Entry[]> _entries = new(131_072, StringComparer.Ordinal);

        public void Add(ReadOnlySpan<char> name, T value, VariantFlags flags)
        {
            Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
            var key = buffer[..NameKey.Write(name, buffer)];
            if (key.IsEmpty)
            {
                return;
            }

            var lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, key, out var exists);
            if (!exists || list is null)
            {
                list = [new Entry(value, flags)];
                return;
            }

            for (var i = 0; i < list.Length; i++)
            {
                if (ReferenceEquals(list[i].Value, value) || EqualityComparer<T>.Default.Equals(list[i].Value, value))
                {
                    list[i] = list[i] with { Flags = list[i].Flags & flags };
                    return;
                }
            }

            Array.Resize(ref list, list.Length + 1);
            list[^1] = new Entry(value, flags);
        }

        public NameIndex<T> Build(Comparison<T> order)
        {
            var prefixes = new HashSet<string>(StringComparer.Ordinal);
            var maxKeyLength = 0;
            foreach (var (key, array) in _entries)
            {
                if (array.Length > 1)
                {
                    Array.Sort(array, (a, b) => order(a.Value, b.Value));
                }

                maxKeyLength = Math.Max(maxKeyLength, key.Length);
                for (var space = key.IndexOf(' ', StringComparison.Ordinal); space > 0; space = key.IndexOf(' ', space + 1))
                {
                    prefixes.Add(key[..space]);
                }
            }

            return new NameIndex<T>(_entries, prefixes, maxKeyLength);
        }
    }
}
