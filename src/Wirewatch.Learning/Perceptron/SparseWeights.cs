using System.Numerics;
using System.Runtime.CompilerServices;

namespace Wirewatch.Learning.Perceptron;

/// <summary>
/// The read-only weights of a trained linear model: for each feature key, the few classes it has a weight for,
/// quantised to 16-bit integers. Keys live in an open-addressing table (linear probing, at most half full);
/// each slot points at a run of packed entries <c>(weight &lt;&lt; 8) | class</c>. Immutable and thread-safe.
/// </summary>
public sealed class SparseWeights
{
    private const int CountBits = 5;
    private const int CountMask = (1 << CountBits) - 1;

    private readonly uint[] _keys;
    private readonly int[] _slots;
    private readonly int[] _entries;
    private readonly int _mask;

    private SparseWeights(int classCount, float scale, uint[] keys, int[] slots, int[] entries, int featureCount)
    {
        ClassCount = classCount;
        Scale = scale;
        _keys = keys;
        _slots = slots;
        _entries = entries;
        _mask = keys.Length - 1;
        FeatureCount = featureCount;
    }

    public int ClassCount { get; }

    /// <summary>What a stored weight was multiplied by before rounding: real weight = stored / scale.</summary>
    public float Scale { get; }

    public int FeatureCount { get; }

    public int EntryCount => _entries.Length;

    /// <summary>Builds the table from features in a stable order, each with its (class, quantised weight) pairs.</summary>
    public static SparseWeights Create(int classCount, float scale, IReadOnlyList<(uint Key, (byte Class, short Weight)[] Weights)> features)
    {
        if (classCount > CountMask)
        {
            throw new ArgumentOutOfRangeException(nameof(classCount), $"At most {CountMask} classes are supported.");
        }

        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, features.Count * 2));
        var keys = new uint[capacity];
        var slots = new int[capacity];
        var entries = new List<int>(features.Count * 3);
        var mask = capacity - 1;
        var stored = 0;
        foreach (var (key, weights) in features)
        {
            if (key == 0 || weights.Length == 0)
            {
                continue;
            }

            var slot = (int)(key & (uint)mask);
            while (keys[slot] != 0 && keys[slot] != key)
            {
                slot = (slot + 1) & mask;
            }

            if (keys[slot] == key)
            {
                continue; // a hash collision: the first feature keeps the key
            }

            keys[slot] = key;
            slots[slot] = (entries.Count << CountBits) | weights.Length;
            foreach (var (cls, weight) in weights)
            {
                entries.Add((weight << 8) | cls);
            }

            stored++;
        }

        return new SparseWeights(classCount, scale, keys, slots, [.. entries], stored);
    }

    /// <summary>Adds the weights of every feature found to <paramref name="scores"/> (one per class).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddScores(ReadOnlySpan<uint> features, Span<int> scores)
    {
        var keys = _keys;
        var slots = _slots;
        var entries = _entries;
        foreach (var key in features)
        {
            var slot = (int)(key & (uint)_mask);
            while (true)
            {
                var found = keys[slot];
                if (found == key)
                {
                    var packed = slots[slot];
                    var start = packed >> CountBits;
                    var end = start + (packed & CountMask);
                    for (var e = start; e < end; e++)
                    {
                        var entry = entries[e];
                        scores[entry & 0xFF] += entry >> 8;
                    }

                    break;
                }

                if (found == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }
    }

    /// <summary>Every stored feature with its entries, in table order (for writing the model file).</summary>
    public IEnumerable<(uint Key, (byte Class, short Weight)[] Weights)> Features()
    {
        for (var slot = 0; slot < _keys.Length; slot++)
        {
            if (_keys[slot] == 0)
            {
                continue;
            }

            var packed = _slots[slot];
            var start = packed >> CountBits;
            var weights = new (byte, short)[packed & CountMask];
            for (var e = 0; e < weights.Length; e++)
            {
                weights[e] = ((byte)(_entries[start + e] & 0xFF), (short)(_entries[start + e] >> 8));
            }

            yield return (_keys[slot], weights);
        }
    }
}
