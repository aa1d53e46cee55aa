using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Wirewatch.Learning.Perceptron;

/// <summary>
/// The read-only weights of a trained linear model: for each feature key, the few classes it has a weight for,
/// quantised to 16-bit integers. Keys live in an open-addressing table (at most <see cref="MaxLoad"/> of its home
/// slots' worth of keys, any size: a key's home slot is the high part of key × size) with ordered linear probing:
/// keys lie in the order of their homes, each at its home or right after the key before, so that a lookup of a key
/// that is not there (most words and contexts of new text) stops at the first key whose home is past its own instead
/// of at the next empty slot. The 16-byte slots, aligned to cache lines (<see cref="TableMemory"/>), hold the key and, for most features, their entries too (up to
/// <see cref="InlineEntries"/> class bytes and as many weights), so that a lookup costs one cache line; the entries
/// of features with more live in a separate array the slot points at, packed as <c>(weight &lt;&lt; 8) | class</c>.
/// Zero weights add nothing and are not stored. Immutable and thread-safe.
/// </summary>
public sealed class SparseWeights
{
    /// <summary>How many entries a slot holds itself.</summary>
    public const int InlineEntries = 4;

    /// <summary>The most of the table's slots that hold a key: a smaller table stays in cache better, a fuller one probes longer.</summary>
    public const double MaxLoad = 0.7;

    private const int BatchSize = 64;

    /// <summary>The class byte that marks a slot whose entries live in the separate array.</summary>
    private const int Overflow = 0xFF;

    private readonly TableMemory _memory;
    private readonly uint _capacity;
    private readonly int _length;
    private readonly int[] _entries;

    private SparseWeights(int classCount, float scale, TableMemory memory, int capacity, int length, int[] entries, int featureCount)
    {
        ClassCount = classCount;
        Scale = scale;
        _memory = memory;
        _capacity = (uint)capacity;
        _length = length;
        _entries = entries;
        FeatureCount = featureCount;
        EntryCount = CountEntries(Table);
    }

    public int ClassCount { get; }

    /// <summary>What a stored weight was multiplied by before rounding: real weight = stored / scale.</summary>
    public float Scale { get; }

    public int FeatureCount { get; }

    public int EntryCount { get; }

    /// <summary>The slots of the table, in memory that starts on a cache line (at least).</summary>
    private unsafe ReadOnlySpan<Slot> Table => new(_memory.Pointer, _length);

    /// <summary>The first slot, to index without bounds checks.</summary>
    private unsafe ref Slot First => ref Unsafe.AsRef<Slot>(_memory.Pointer);

    /// <summary>Builds the table from features in a stable order, each with its (class, quantised weight) pairs.</summary>
    public static SparseWeights Create(int classCount, float scale, IReadOnlyList<(uint Key, (byte Class, short Weight)[] Weights)> features)
    {
        var keys = new uint[features.Count];
        var ends = new int[features.Count];
        var entries = new List<(byte Class, short Weight)>();
        for (var i = 0; i < features.Count; i++)
        {
            keys[i] = features[i].Key;
            entries.AddRange(features[i].Weights);
            ends[i] = entries.Count;
        }

        return Create(classCount, scale, keys, ends, CollectionsMarshal.AsSpan(entries));
    }

    /// <summary>
    /// Builds the table from features in a stable order: feature i has key <c>keys[i]</c> and the (class, quantised
    /// weight) pairs <c>entries[ends[i - 1]..ends[i]]</c> (from 0 for the first), so that a model file can be read
    /// without an array per feature.
    /// </summary>
    public static SparseWeights Create(int classCount, float scale, ReadOnlySpan<uint> keys, ReadOnlySpan<int> ends, ReadOnlySpan<(byte Class, short Weight)> entries)
    {
        if (classCount >= Overflow)
        {
            throw new ArgumentOutOfRangeException(nameof(classCount), $"At most {Overflow - 1} classes are supported.");
        }

        if (ends.Length != keys.Length)
        {
            throw new ArgumentException("Every key needs the end of its entries.", nameof(ends));
        }

        var capacity = Math.Max(16, (int)Math.Ceiling(keys.Length / MaxLoad));

        // Order the features by home slot (then key, then their own order, so that of two features with one key the
        // first keeps it) and place each at its home or, when that is taken, right after the one placed before.
        var order = new ulong[keys.Length];
        var items = new int[keys.Length];
        var count = 0;
        for (var f = 0; f < keys.Length; f++)
        {
            if (keys[f] != 0 && ends[f] > (f == 0 ? 0 : ends[f - 1]))
            {
                order[count] = ((ulong)Home(keys[f], (uint)capacity) << 32) | keys[f];
                items[count++] = f;
            }
        }

        Array.Sort(order, items, 0, count);
        var placed = new int[count];
        var next = 0;
        var first = 0;
        for (var n = 0; n < count; n++)
        {
            if (n > 0 && order[n] == order[first])
            {
                placed[n] = -1; // a hash collision: the first feature keeps the key
                if (items[n] < items[first])
                {
                    (items[n], items[first]) = (items[first], items[n]);
                }

                continue;
            }

            first = n;
            placed[n] = Math.Max((int)(order[n] >> 32), next);
            next = placed[n] + 1;
        }

        // The slots past the last home hold what spills over from the homes before; one empty slot more ends every probe.
        var length = Math.Max(capacity, next) + 1;
        var memory = new TableMemory((nuint)length * (nuint)Unsafe.SizeOf<Slot>());
        var table = SlotsOf(memory, length);
        var overflow = new List<int>();
        var stored = 0;
        Span<(byte Class, short Weight)> live = stackalloc (byte, short)[classCount];
        for (var n = 0; n < count; n++)
        {
            if (placed[n] < 0)
            {
                continue;
            }

            var f = items[n];
            var liveCount = 0;
            foreach (var (cls, weight) in entries[(f == 0 ? 0 : ends[f - 1])..ends[f]])
            {
                if (weight != 0)
                {
                    live[liveCount++] = (cls, weight);
                }
            }

            table[placed[n]] = Slot.Of(keys[f], live[..liveCount], overflow);
            stored++;
        }

        var separate = GC.AllocateUninitializedArray<int>(overflow.Count, pinned: true);
        overflow.CopyTo(separate);
        return new SparseWeights(classCount, scale, memory, capacity, length, separate, stored);
    }

    /// <summary>Adds the weights of every feature found to <paramref name="scores"/> (one per class).</summary>
    /// <remarks>
    /// The table is read in sweeps: first the home slot of every feature, independent loads which the
    /// processor overlaps where looking up one key after another would wait on each cache miss in turn; then the
    /// probing (which seldom leaves the home slot's cache line), which also reads the first of the separate
    /// entries of each feature that has them, again independently; then the adding.
    /// </remarks>
    public void AddScores(ReadOnlySpan<uint> features, Span<int> scores)
    {
        Span<int> found = stackalloc int[BatchSize];
        while (features.Length > BatchSize)
        {
            AddBatch(features[..BatchSize], found, scores);
            features = features[BatchSize..];
        }

        AddBatch(features, found, scores);
    }

    /// <summary>
    /// Asks the processor to bring the home slots of these features into the cache without waiting for them, so
    /// that a later <see cref="AddScores"/> of the same features finds them there. Changes no score.
    /// </summary>
    public void Prefetch(ReadOnlySpan<uint> features)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        ref var table = ref First;
        foreach (var key in features)
        {
            PrefetchSlot(ref Unsafe.Add(ref table, Home(key, _capacity)));
        }

        GC.KeepAlive(this);
    }

    /// <summary>Every stored feature with its entries, in table order (for writing the model file).</summary>
    public IEnumerable<(uint Key, (byte Class, short Weight)[] Weights)> Features()
    {
        for (var i = 0; i < _length; i++)
        {
            var slot = Table[i];
            if (slot.Key != 0)
            {
                yield return (slot.Key, Entries(slot));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Home(uint key, uint capacity) => (uint)(((ulong)key * capacity) >> 32);

    // The hottest loop of tagging: compiled fully optimised from the first call rather than through the tiers.
    // Home slots are below the capacity, every probe ends by the table's last slot (always empty) and class bytes
    // are below the class count, so the table is read without bounds checks; the scores keep theirs.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddBatch(ReadOnlySpan<uint> features, Span<int> found, Span<int> scores)
    {
        ref var table = ref First;
        var capacity = _capacity;
        for (var i = 0; i < features.Length; i++)
        {
            found[i] = (int)Unsafe.Add(ref table, Home(features[i], capacity)).Key;
        }

        var entries = _entries;
        for (var i = 0; i < features.Length; i++)
        {
            var key = features[i];
            if (found[i] == 0)
            {
                found[i] = -1;
                continue;
            }

            var home = Home(key, capacity);
            var index = home;
            uint stored;
            while ((stored = Unsafe.Add(ref table, index).Key) != key)
            {
                if (stored == 0 || Home(stored, capacity) > home)
                {
                    break; // keys lie in the order of their homes: this one would have come before
                }

                index++;
            }

            if (stored != key)
            {
                found[i] = -1;
                continue;
            }

            found[i] = (int)index;
            ref readonly var slot = ref Unsafe.Add(ref table, index);
            if (slot.C0 == Overflow)
            {
                Prefetch(entries, slot.Start);
            }
        }

        for (var i = 0; i < features.Length; i++)
        {
            if (found[i] < 0)
            {
                continue;
            }

            ref readonly var slot = ref Unsafe.Add(ref table, found[i]);
            if (slot.C0 != Overflow)
            {
                // Unused inline entries are class 0, weight 0: they add nothing.
                scores[slot.C0] += slot.W0;
                scores[slot.C1] += slot.W1;
                scores[slot.C2] += slot.W2;
                scores[slot.C3] += slot.W3;
                continue;
            }

            var end = slot.Start + slot.Count;
            for (var e = slot.Start; e < end; e++)
            {
                var entry = entries[e];
                scores[entry & 0xFF] += entry >> 8;
            }
        }

        GC.KeepAlive(this); // the table's memory lives as long as this object
    }

    private (byte Class, short Weight)[] Entries(Slot slot)
    {
        if (slot.C0 == Overflow)
        {
            return [.. _entries.AsSpan(slot.Start, slot.Count).ToArray().Select(e => ((byte)(e & 0xFF), (short)(e >> 8)))];
        }

        (byte, short)[] all = [(slot.C0, slot.W0), (slot.C1, slot.W1), (slot.C2, slot.W2), (slot.C3, slot.W3)];
        return [.. all.Where(e => e.Item2 != 0)];
    }

    private static int CountEntries(ReadOnlySpan<Slot> table)
    {
        var count = 0;
        foreach (var slot in table)
        {
            count += slot.Key == 0 ? 0
                : slot.C0 == Overflow ? slot.Count
                : (slot.W0 != 0 ? 1 : 0) + (slot.W1 != 0 ? 1 : 0) + (slot.W2 != 0 ? 1 : 0) + (slot.W3 != 0 ? 1 : 0);
        }

        return count;
    }

    private static unsafe Span<Slot> SlotsOf(TableMemory memory, int capacity) => new(memory.Pointer, capacity);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void PrefetchSlot(ref Slot slot) => Sse.Prefetch0(Unsafe.AsPointer(ref slot));

    /// <summary>Asks the processor to bring an entry of the (pinned) separate array into the cache, without waiting for it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(int[] pinned, int index)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref pinned[index]));
        }
    }

    /// <summary>
    /// One slot: the key, and either up to four classes (<see cref="C0"/>-<see cref="C3"/>) with their weights
    /// (<see cref="W0"/>-<see cref="W3"/>; unused ones class 0, weight 0) or, when <see cref="C0"/> is
    /// <see cref="Overflow"/>, the <see cref="Start"/> and <see cref="Count"/> of the entries in the separate array.
    /// </summary>
    [StructLayout(LayoutKind.Explicit, Size = 16)]
    private readonly struct Slot
    {
        [FieldOffset(0)] public readonly uint Key;
        [FieldOffset(4)] public readonly byte C0;
        [FieldOffset(5)] public readonly byte C1;
        [FieldOffset(6)] public readonly byte C2;
        [FieldOffset(7)] public readonly byte C3;
        [FieldOffset(8)] public readonly short W0;
        [FieldOffset(10)] public readonly short W1;
        [FieldOffset(12)] public readonly short W2;
        [FieldOffset(14)] public readonly short W3;
        [FieldOffset(8)] public readonly int Start;
        [FieldOffset(12)] public readonly int Count;

        private Slot(uint key, ReadOnlySpan<(byte Class, short Weight)> entries)
        {
            Key = key;
            (C0, W0) = At(entries, 0);
            (C1, W1) = At(entries, 1);
            (C2, W2) = At(entries, 2);
            (C3, W3) = At(entries, 3);
        }

        private Slot(uint key, int start, int count)
        {
            Key = key;
            C0 = Overflow;
            Start = start;
            Count = count;
        }

        public static Slot Of(uint key, ReadOnlySpan<(byte Class, short Weight)> entries, List<int> overflow)
        {
            if (entries.Length <= InlineEntries)
            {
                return new Slot(key, entries);
            }

            var start = overflow.Count;
            foreach (var (cls, weight) in entries)
            {
                overflow.Add((weight << 8) | cls);
            }

            return new Slot(key, start, entries.Length);
        }

        private static (byte, short) At(ReadOnlySpan<(byte Class, short Weight)> entries, int i) => i < entries.Length ? entries[i] : ((byte)0, (short)0);
    }
}
