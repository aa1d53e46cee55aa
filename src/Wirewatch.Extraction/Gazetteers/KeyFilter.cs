using System.Numerics;

namespace Wirewatch.Extraction.Gazetteers;

/// <summary>
/// A Bloom filter over a set of keys (two bits a key, about eight bits of table a key): says for certain when a
/// key is not in the set, so that most words of running text, which start no name, skip the large dictionary and
/// its cache misses. Built once, then read-only.
/// </summary>
internal sealed class KeyFilter
{
    private readonly ulong[] _bits;
    private readonly int _shift;

    public KeyFilter(IReadOnlyCollection<string> keys)
    {
        var bitCount = BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, keys.Count * 8));
        _bits = new ulong[bitCount / 64];
        _shift = 64 - BitOperations.Log2(bitCount);
        foreach (var key in keys)
        {
            var (a, b) = Positions(key);
            _bits[a >> 6] |= 1UL << (int)(a & 63);
            _bits[b >> 6] |= 1UL << (int)(b & 63);
        }
    }

    /// <summary>False when the key is certainly not in the set; true when it may be.</summary>
    public bool MayContain(ReadOnlySpan<char> key)
    {
        var (a, b) = Positions(key);
        return (_bits[a >> 6] & (1UL << (int)(a & 63))) != 0 && (_bits[b >> 6] & (1UL << (int)(b & 63))) != 0;
    }

    // Two bit positions from one 64-bit FNV-1a hash, mixed (the top bits of two multiplications).
    private (ulong, ulong) Positions(ReadOnlySpan<char> key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return ((hash * 0x9E3779B97F4A7C15UL) >> _shift, (hash * 0xC2B2AE3D27D4EB4FUL) >> _shift);
    }
}
