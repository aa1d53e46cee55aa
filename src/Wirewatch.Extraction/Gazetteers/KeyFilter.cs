using System.Numerics;

namespace Wirewatch.Extraction.Gazetteers;

/// <summary>
/// A Bloom filter over a set of keys (two bits a key in one 64-bit word, so one cache line a lookup; about eight
/// bits of table a key): says for certain when a key is not in the set, so that most words of running text, which
/// start no name, skip the large dictionary and its cache misses. Built once, then read-only.
/// </summary>
internal sealed class KeyFilter
{
    private readonly ulong[] _bits;
    private readonly int _shift;

    public KeyFilter(IReadOnlyCollection<string> keys)
    {
        var words = BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Count / 8));
        _bits = new ulong[words];
        _shift = 64 - BitOperations.Log2(words);
        foreach (var key in keys)
        {
            var (word, mask) = Position(key);
            _bits[word] |= mask;
        }
    }

    /// <summary>False when the key is certainly not in the set; true when it may be.</summary>
    public bool MayContain(ReadOnlySpan<char> key)
    {
        var (word, mask) = Position(key);
        return (_bits[word] & mask) == mask;
    }

    // From one 64-bit FNV-1a hash, mixed: the word (top bits of a multiplication) and two bits in it.
    private (ulong Word, ulong Mask) Position(ReadOnlySpan<char> key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash *= 0x9E3779B97F4A7C15UL;
        return (hash >> _shift, (1UL << (int)(hash & 63)) | (1UL << (int)((hash >> 6) & 63)));
    }
}
