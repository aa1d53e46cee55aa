using System.Numerics;
using System.Runtime.CompilerServices;

namespace Wirewatch.Learning.Perceptron;

/// <summary>
/// The read-only weights of a trained linear model: for each feature key, the few classes it has a weight for,
/// quantised to 16-bit integers. Keys live in an open-addressing table (linear probing, at most half full);
/// each slot holds its key (low 32 bits) beside the run of packed entries <c>(weight &lt;&lt; 8) | class</c> it
/// points at (high 32 bits), so that finding a key and its run costs one cache line. Immutable and thread-safe.
/// </summary>
public sealed class SparseWeights
{
    private const int CountBits = 5;
    private const int CountMask = (1 << CountBits) - 1;

    private const int BatchSize = 64;

    private readonly ulong[] _slots;
    private readonly int[] _entries;
    private readonly uint _mask;

    private SparseWeights(int classCount, float scale, ulong[] slots, int[] entries, int featureCount)
    {
        ClassCount = classCount;
        Scale = scale;
        _slots = slots;
        _entries = entries;
        _mask = (uint)slots.Length - 1;
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
        var slots = new ulong[capacity];
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
            while ((uint)slots[slot] != 0 && (uint)slots[slot] != key)
            {
                slot = (slot + 1) & mask;
            }

            if ((uint)slots[slot] == key)
            {
                continue; // a hash collision: the first feature keeps the key
            }

            var packed = (entries.Count << CountBits) | weights.Length;
            slots[slot] = ((ulong)(uint)packed << 32) | key;
            foreach (var (cls, weight) in weights)
            {
                entries.Add((weight << 8) | cls);
            }

            stored++;
        }

        return new SparseWeights(classCount, scale, slots, [.. entries], stored);
    }

    /// <summary>Adds the weights of every feature found to <paramref name="scores"/> (one per class).</summary>
    /// <remarks>
    /// The table is read in two sweeps: first the home slot of every feature (independent loads the processor
    /// overlaps, where probing one key after another would wait on each cache miss in turn), then the probing.
    /// </remarks>
    public void AddScores(ReadOnlySpan<uint> features, Span<int> scores)
    {
        Span<ulong> home = stackalloc ulong[BatchSize];
        while (features.Length > BatchSize)
        {
            AddBatch(features[..BatchSize], home, scores);
            features = features[BatchSize..];
        }

        AddBatch(features, home, scores);
    }

    private void AddBatch(ReadOnlySpan<uint> features, Span<ulong> home, Span<int> scores)
    {
        var slots = _slots;
        var mask = _mask;
        for (var i = 0; i < features.Length; i++)
        {
            home[i] = slots[features[i] & mask];
        }

        var entries = _entries;
        for (var i = 0; i < features.Length; i++)
        {
            var packed = Find(features[i], home[i]);
            var start = packed >> CountBits;
            var end = start + (packed & CountMask);
            for (var e = start; e < end; e++)
            {
                var entry = entries[e];
                scores[entry & 0xFF] += entry >> 8;
            }
        }
    }

    /// <summary>The packed run of <paramref name="key"/> (0, an empty run, when absent), probing on from its home slot's content.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(uint key, ulong slot)
    {
        var index = key & _mask;
        while ((uint)slot != key)
        {
            if ((uint)slot == 0)
            {
                return 0;
            }

            index = (index + 1) & _mask;
            slot = _slots[index];
        }

        return (int)(slot >> 32);
    }

    /// <summary>Every stored feature with its entries, in table order (for writing the model file).</summary>
    public IEnumerable<(uint Key, (byte Class, short Weight)[] Weights)> Features()
    {
        foreach (var slot in _slots)
        {
            var key = (uint)slot;
            if (key == 0)
            {
                continue;
            }

            var packed = (int)(slot >> 32);
            var start = packed >> CountBits;
            var weights = new (byte, short)[packed & CountMask];
            for (var e = 0; e < weights.Length; e++)
            {
                weights[e] = ((byte)(_entries[start + e] & 0xFF), (short)(_entries[start + e] >> 8));
            }

            yield return (key, weights);
        }
    }
}
