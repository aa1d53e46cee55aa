using Wirewatch.Learning.Hashing;

namespace Wirewatch.Learning.Tagging;

/// <summary>
/// What a <see cref="PerceptronTagger"/> works out from a word alone (its hashes and lexicon entries, and the summed
/// weights of its word features in each pass), kept for the words of one document: a word seen again costs only
/// its context features. Tagging with it gives exactly the tags tagging without it gives. Not thread-safe: one per
/// thread, cleared between documents (it also clears itself, between sentences, when full).
/// </summary>
public sealed class TaggerWordCache
{
    private const int MaxEntries = 1 << 14;
    private const byte FirstScored = 1;
    private const byte SecondScored = 2;

    private readonly int _classCount;
    private int[] _slots = new int[256]; // open addressing over the entries: entry + 1, 0 for an empty slot
    private ulong[] _keys = new ulong[128];
    private TokenInfo[] _infos = new TokenInfo[128];
    private byte[] _states = new byte[128];
    private int[] _scores;
    private int _count;
    private TaggerWordCache? _caseless;

    internal TaggerWordCache(PerceptronTagger tagger)
    {
        Tagger = tagger;
        _classCount = tagger.Weights.ClassCount;
        _scores = new int[_infos.Length * 2 * _classCount];
    }

    /// <summary>The tagger whose weights the cached scores come from.</summary>
    public PerceptronTagger Tagger { get; }

    /// <summary>How many distinct words (each with its sentence-initial flag) are cached.</summary>
    public int Count => _count;

    /// <summary>Forgets every word.</summary>
    public void Clear()
    {
        _caseless?.Clear();
        if (_count == 0)
        {
            return;
        }

        Array.Clear(_slots);
        Array.Clear(_states, 0, _count);
        _count = 0;
    }

    /// <summary>The cache of the tagger's caseless tagger, made when first needed and cleared with this one.</summary>
    internal TaggerWordCache CaselessCache() => _caseless ??= new TaggerWordCache(Tagger.Caseless ?? throw new InvalidOperationException("The tagger has no caseless tagger."));

    /// <summary>Makes room for the words of a sentence: clears the cache if they might take it past its size limit, so that no entry is dropped while a sentence uses it.</summary>
    internal void Reserve(int tokens)
    {
        if (_count + tokens > MaxEntries)
        {
            Clear();
        }
    }

    /// <summary>The entry of a word, found or added; <paramref name="info"/> is filled from it.</summary>
    internal int Entry(ReadOnlySpan<char> form, bool first, TagLexicon lexicon, ref TokenInfo info)
    {
        var key = FeatureHash.Mix(FeatureHash.Of(form) + (first ? 1UL : 2UL));
        var mask = _slots.Length - 1;
        var slot = (int)key & mask;
        int stored;
        while ((stored = _slots[slot]) != 0)
        {
            if (_keys[stored - 1] == key)
            {
                info = _infos[stored - 1];
                return stored - 1;
            }

            slot = (slot + 1) & mask;
        }

        TokenFeatures.Describe(form, first, lexicon, ref info);
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
            mask = _slots.Length - 1;
            slot = (int)key & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
        }

        var entry = _count++;
        if (entry == _infos.Length)
        {
            Array.Resize(ref _keys, entry * 2);
            Array.Resize(ref _infos, entry * 2);
            Array.Resize(ref _states, entry * 2);
            Array.Resize(ref _scores, entry * 4 * _classCount);
        }

        _slots[slot] = entry + 1;
        _keys[entry] = key;
        _infos[entry] = info;
        return entry;
    }

    /// <summary>
    /// The place of the summed word-feature weights of an entry in the first or second pass; <paramref name="known"/>
    /// says whether they were already written (if not, the caller writes them now).
    /// </summary>
    internal Span<int> Scores(int entry, bool second, out bool known)
    {
        var flag = second ? SecondScored : FirstScored;
        known = (_states[entry] & flag) != 0;
        _states[entry] |= flag;
        return _scores.AsSpan(((2 * entry) + (second ? 1 : 0)) * _classCount, _classCount);
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var entry = 0; entry < _count; entry++)
        {
            var slot = (int)_keys[entry] & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = entry + 1;
        }
    }
}
