using System.Numerics;
using System.Runtime.CompilerServices;

namespace Wirewatch.Learning.Perceptron;

/// <summary>
/// The read-only weights of a trained linear model: for each feature key, the few classes it has a weight for,
/// quantised to 16-bit integers and packed as entries <c>(weight &lt;&lt; 8) | class</c>. Keys live in an
/// open-addressing table (linear probing, at most two-thirds full: a smaller table stays in cache better) whose
/// 16-byte slots hold the key and, for most features, their entries too (up to <see cref="InlineEntries"/>), so that a lookup costs one cache line; the
/// entries of features with more live in a separate array the slot points at. Zero weights add nothing and are
/// not stored. Immutable and thread-safe.
/// </summary>
public sealed class SparseWeights
{
    /// <summary>How many entries a slot holds itself.</summary>
    public const int InlineEntries = 3;

    private const int BatchSize = 64;

    /// <summary>The class byte that marks a slot whose entries live in the separate array.</summary>
    private const int Overflow = 0xFF;

    private readonly Slot[] _slots;
    private readonly int[] _entries;
    private readonly uint _mask;

    private SparseWeights(int classCount, float scale, Slot[] slots, int[] entries, int featureCount)
    {
        ClassCount = classCount;
        Scale = scale;
        _slots = slots;
        _entries = entries;
        _mask = (uint)slots.Length - 1;
        FeatureCount = featureCount;
        EntryCount = CountEntries(slots);
    }

    public int ClassCount { get; }

    /// <summary>What a stored weight was multiplied by before rounding: real weight = stored / scale.</summary>
    public float Scale { get; }

    public int FeatureCount { get; }

    public int EntryCount { get; }

    /// <summary>Builds the table from features in a stable order, each with its (class, quantised weight) pairs.</summary>
    public static SparseWeights Create(int classCount, float scale, IReadOnlyList<(uint Key, (byte Class, short Weight)[] Weights)> features)
    {
        if (classCount >= Overflow)
        {
            throw new ArgumentOutOfRangeException(nameof(classCount), $"At most {Overflow - 1} classes are supported.");
        }

        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (features.Count * 3) / 2));
        var slots = new Slot[capacity];
        var overflow = new List<int>();
        var mask = capacity - 1;
        var stored = 0;
        Span<int> packed = stackalloc int[classCount];
        foreach (var (key, weights) in features)
        {
            if (key == 0 || weights.Length == 0)
            {
                continue;
            }

            var slot = (int)(key & (uint)mask);
            while (slots[slot].Key != 0 && slots[slot].Key != key)
            {
                slot = (slot + 1) & mask;
            }

            if (slots[slot].Key == key)
            {
                continue; // a hash collision: the first feature keeps the key
            }

            var count = 0;
            foreach (var (cls, weight) in weights)
            {
                if (weight != 0)
                {
                    packed[count++] = (weight << 8) | cls;
                }
            }

            slots[slot] = Slot.Of(key, packed[..count], overflow);
            stored++;
        }

        return new SparseWeights(classCount, scale, slots, [.. overflow], stored);
    }

    /// <summary>Adds the weights of every feature found to <paramref name="scores"/> (one per class).</summary>
    /// <remarks>
    /// The table is read in two sweeps: first the home slot of every feature, independent loads which the
    /// processor overlaps where looking up one key after another would wait on each cache miss in turn; then the
    /// probing (which seldom leaves the home slot's cache line) and the adding.
    /// </remarks>
    public void AddScores(ReadOnlySpan<uint> features, Span<int> scores)
    {
        Span<uint> home = stackalloc uint[BatchSize];
        while (features.Length > BatchSize)
        {
            AddBatch(features[..BatchSize], home, scores);
            features = features[BatchSize..];
        }

        AddBatch(features, home, scores);
    }

    /// <summary>Every stored feature with its entries, in table order (for writing the model file).</summary>
    public IEnumerable<(uint Key, (byte Class, short Weight)[] Weights)> Features()
    {
        foreach (var slot in _slots)
        {
            if (slot.Key != 0)
            {
                yield return (slot.Key, [.. Entries(slot).Select(e => ((byte)(e & 0xFF), (short)(e >> 8)))]);
            }
        }
    }

    // The hottest loop of tagging: compiled fully optimised from the first call rather than through the tiers.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddBatch(ReadOnlySpan<uint> features, Span<uint> home, Span<int> scores)
    {
        var slots = _slots;
        var mask = _mask;
        for (var i = 0; i < features.Length; i++)
        {
            home[i] = slots[features[i] & mask].Key;
        }

        for (var i = 0; i < features.Length; i++)
        {
            var key = features[i];
            if (home[i] == 0)
            {
                continue;
            }

            var index = key & mask;
            while (slots[index].Key != key)
            {
                if (slots[index].Key == 0)
                {
                    break;
                }

                index = (index + 1) & mask;
            }

            ref readonly var slot = ref slots[index];
            if (slot.Key != key)
            {
                continue;
            }

            if ((slot.First & 0xFF) != Overflow)
            {
                // Unused inline entries are 0: class 0 gains nothing.
                scores[slot.First & 0xFF] += slot.First >> 8;
                scores[slot.Second & 0xFF] += slot.Second >> 8;
                scores[slot.Third & 0xFF] += slot.Third >> 8;
                continue;
            }

            var entries = _entries;
            var start = slot.First >> 8;
            var end = start + slot.Second;
            for (var e = start; e < end; e++)
            {
                var entry = entries[e];
                scores[entry & 0xFF] += entry >> 8;
            }
        }
    }

    private IEnumerable<int> Entries(Slot slot)
    {
        if ((slot.First & 0xFF) == Overflow)
        {
            return _entries.Skip(slot.First >> 8).Take(slot.Second);
        }

        return new[] { slot.First, slot.Second, slot.Third }.Where(e => e != 0);
    }

    private static int CountEntries(Slot[] slots)
    {
        var count = 0;
        foreach (var slot in slots)
        {
            count += slot.Key == 0 ? 0
                : (slot.First & 0xFF) == Overflow ? slot.Second
                : (slot.First != 0 ? 1 : 0) + (slot.Second != 0 ? 1 : 0) + (slot.Third != 0 ? 1 : 0);
        }

        return count;
    }

    /// <summary>
    /// One slot: the key, and either up to three entries (unused ones 0) or, when <see cref="First"/>'s class
    /// byte is <see cref="Overflow"/>, the start of the entries in the separate array (above that byte) and their
    /// count (<see cref="Second"/>).
    /// </summary>
    private readonly record struct Slot(uint Key, int First, int Second, int Third)
    {
        public static Slot Of(uint key, ReadOnlySpan<int> entries, List<int> overflow)
        {
            if (entries.Length <= InlineEntries)
            {
                return new Slot(key, At(entries, 0), At(entries, 1), At(entries, 2));
            }

            var start = overflow.Count;
            overflow.AddRange(entries);
            return new Slot(key, (start << 8) | Overflow, entries.Length, 0);
        }

        private static int At(ReadOnlySpan<int> entries, int i) => i < entries.Length ? entries[i] : 0;
    }
}
