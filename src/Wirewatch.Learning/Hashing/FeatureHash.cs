using System.Runtime.CompilerServices;

namespace Wirewatch.Learning.Hashing;

/// <summary>
/// 64-bit hashing of features without allocating strings: FNV-1a over characters (optionally lower-cased on the
/// fly) and a mixing step to combine a template id with values. Features are folded to 32-bit keys at the end.
/// </summary>
public static class FeatureHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The FNV-1a hash of the characters, exactly as written.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = OffsetBasis;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>The FNV-1a hash of the characters lower-cased (invariant culture).</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var hash = OffsetBasis;
        foreach (var c in text)
        {
            hash = (hash ^ Lower(c)) * Prime;
        }

        return hash;
    }

    /// <summary>A hash of a small integer value (a flag set, a tag, a class mask).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong OfValue(ulong value) => Mix(value + 0x9E3779B97F4A7C15UL);

    /// <summary>Combines a template id with one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(int template, ulong a) => Fold(Mix(a ^ ((ulong)template * 0xC2B2AE3D27D4EB4FUL)));

    /// <summary>Combines a template id with two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(int template, ulong a, ulong b)
        => Fold(Mix(Mix(a ^ ((ulong)template * 0xC2B2AE3D27D4EB4FUL)) + b));

    /// <summary>Combines a template id with three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(int template, ulong a, ulong b, ulong c)
        => Fold(Mix(Mix(Mix(a ^ ((ulong)template * 0xC2B2AE3D27D4EB4FUL)) + b) + c));

    /// <summary>
    /// <see cref="char.ToLowerInvariant"/>, answered from a table below U+2400 (Latin, Greek, Cyrillic and the
    /// general punctuation of news text: curly quotes, dashes), where asking the culture data costs a call per character.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Lower(char c)
        => c < 0x80 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c)
            : c < LowerTable.Chars.Length ? LowerTable.Chars[c] : char.ToLowerInvariant(c);

    /// <summary>The splitmix64 finaliser.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    /// <summary>Folds a 64-bit hash to a non-zero 32-bit key (zero marks an empty slot in tables).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Fold(ulong hash)
    {
        var key = (uint)(hash ^ (hash >> 32));
        return key == 0 ? 1u : key;
    }

    private static class LowerTable
    {
        public static readonly char[] Chars = Build();

        private static char[] Build()
        {
            var chars = new char[0x2400];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = char.ToLowerInvariant((char)i);
            }

            return chars;
        }
    }
}
