using System.Numerics;
using System.Runtime.CompilerServices;

namespace Wirewatch.Learning.Hashing;

/// <summary>An immutable map from non-zero 32-bit keys to integers: open addressing, linear probing, at most half full.</summary>
public sealed class KeyTable
{
    private readonly uint[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    public KeyTable(IReadOnlyCollection<KeyValuePair<uint, int>> entries)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entries.Count * 2));
        _keys = new uint[capacity];
        _values = new int[capacity];
        _mask = capacity - 1;
        foreach (var (key, value) in entries)
        {
            if (key == 0)
            {
                throw new ArgumentException("Key 0 is reserved for empty slots.", nameof(entries));
            }

            var slot = (int)(key & (uint)_mask);
            while (_keys[slot] != 0 && _keys[slot] != key)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
        }

        Count = _keys.Count(k => k != 0);
    }

    public int Count { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(uint key, out int value)
    {
        var slot = (int)(key & (uint)_mask);
        while (true)
        {
            var found = _keys[slot];
            if (found == key)
            {
                value = _values[slot];
                return true;
            }

            if (found == 0)
            {
                value = 0;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Every entry, in table order.</summary>
    public IEnumerable<KeyValuePair<uint, int>> Entries()
    {
        for (var slot = 0; slot < _keys.Length; slot++)
        {
            if (_keys[slot] != 0)
            {
                yield return new(_keys[slot], _values[slot]);
            }
        }
    }
}
