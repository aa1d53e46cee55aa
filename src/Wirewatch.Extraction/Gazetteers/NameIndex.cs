using System.Runtime.InteropServices;

namespace Wirewatch.Extraction.Gazetteers;

/// <summary>
/// Names (by <see cref="NameKey"/>) to values, with the keys' word prefixes so that a walk over the text knows
/// when to stop: one table holds both, so a step of the walk is one lookup. Built once, then read-only; lookups
/// take spans and allocate nothing.
/// </summary>
internal sealed class NameIndex<T>
    where T : notnull
{
    private readonly Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly KeyFilter _filter;

    private NameIndex(Dictionary<string, Node> nodes, int count, int maxKeyLength)
    {
        _lookup = nodes.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new KeyFilter(nodes.Keys);
        Count = count;
        MaxKeyLength = maxKeyLength;
    }

    public int MaxKeyLength { get; }

    /// <summary>How many names (distinct keys with values) the index holds.</summary>
    public int Count { get; }

    public ReadOnlySpan<Entry> Find(ReadOnlySpan<char> key) => Find(key, out _);

    /// <summary>The values of the name <paramref name="key"/> (empty when none), and whether longer names start with its words.</summary>
    public ReadOnlySpan<Entry> Find(ReadOnlySpan<char> key, out bool isPrefix)
    {
        if (_filter.MayContain(key) && _lookup.TryGetValue(key, out var node))
        {
            isPrefix = node.IsPrefix;
            return node.Entries;
        }

        isPrefix = false;
        return [];
    }

    public bool IsPrefix(ReadOnlySpan<char> key)
    {
        Find(key, out var isPrefix);
        return isPrefix;
    }

    /// <summary>One value under a key and the conditions under which this name may match it.</summary>
    public readonly record struct Entry(T Value, VariantFlags Flags);

    /// <summary>A key's values (none for a key that is only a prefix) and whether it is the prefix of a longer key.</summary>
    private readonly record struct Node(Entry[] Entries, bool IsPrefix);

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
            var nodes = new Dictionary<string, Node>(_entries.Count, StringComparer.Ordinal);
            var maxKeyLength = 0;
            foreach (var (key, array) in _entries)
            {
                if (array.Length > 1)
                {
                    Array.Sort(array, (a, b) => order(a.Value, b.Value));
                }

                maxKeyLength = Math.Max(maxKeyLength, key.Length);
                ref var node = ref CollectionsMarshal.GetValueRefOrAddDefault(nodes, key, out _);
                node = new Node(array, node.IsPrefix);
                for (var space = key.IndexOf(' ', StringComparison.Ordinal); space > 0; space = key.IndexOf(' ', space + 1))
                {
                    ref var prefix = ref CollectionsMarshal.GetValueRefOrAddDefault(nodes, key[..space], out var exists);
                    prefix = new Node(exists ? prefix.Entries : [], true);
                }
            }

            return new NameIndex<T>(nodes, _entries.Count, maxKeyLength);
        }
    }
}
