using System.Runtime.CompilerServices;
using Wirewatch.Core;
using Wirewatch.Learning.Hashing;

namespace Wirewatch.Learning.Tagging;

/// <summary>
/// The feature templates of the tagger, in the style of Honnibal's averaged perceptron tagger: the word, its
/// lower-cased form, suffixes and prefixes, shape and flags, the two previous tags, neighbouring words, and the
/// ambiguity classes (tags seen in training) of the word and the words after it.
/// </summary>
internal static class TokenFeatures
{
    /// <summary>How many features <see cref="ExtractWord"/> writes.</summary>
    public const int WordCount = 17;

    /// <summary>How many features <see cref="ExtractContext"/> writes.</summary>
    public const int ContextCount = 21;

    /// <summary>How many features <see cref="Extract"/> writes.</summary>
    public const int Count = WordCount + ContextCount;

    /// <summary>How many features <see cref="ExtractSecondContext"/> writes.</summary>
    public const int SecondContextCount = ContextCount + 6;

    /// <summary>How many features <see cref="ExtractSecond"/> writes.</summary>
    public const int SecondCount = WordCount + SecondContextCount;

    /// <summary>How many positions the token array is padded with at each end.</summary>
    public const int Padding = 2;

    private static readonly ulong StartHash = FeatureHash.Of("-START-");
    private static readonly ulong Start2Hash = FeatureHash.Of("-START2-");
    private static readonly ulong EndHash = FeatureHash.Of("-END-");
    private static readonly ulong End2Hash = FeatureHash.Of("-END2-");
    private static readonly ulong NoHeadHash = FeatureHash.Of("-NOHYPHEN-");

    /// <summary>Fills <paramref name="infos"/> (length tokens + 2 × <see cref="Padding"/>) for one sentence.</summary>
    public static void Prepare(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, TagLexicon lexicon, Span<TokenInfo> infos)
    {
        Pad(ref infos[0], Start2Hash);
        Pad(ref infos[1], StartHash);
        Pad(ref infos[tokens.Length + Padding], EndHash);
        Pad(ref infos[tokens.Length + Padding + 1], End2Hash);
        for (var i = 0; i < tokens.Length; i++)
        {
            Describe(text.Slice(tokens[i].Start, tokens[i].Length), i == 0, lexicon, ref infos[i + Padding]);
        }

        PairTags(tokens.Length, lexicon, infos);
    }

    /// <summary>
    /// Fills <paramref name="infos"/> as <see cref="Prepare"/> does, taking words already seen from
    /// <paramref name="cache"/> (and adding the others); writes each token's cache entry to <paramref name="entries"/>.
    /// </summary>
    public static void Prepare(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, TagLexicon lexicon, Span<TokenInfo> infos, TaggerWordCache cache, Span<int> entries)
    {
        cache.Reserve(tokens.Length);
        Pad(ref infos[0], Start2Hash);
        Pad(ref infos[1], StartHash);
        Pad(ref infos[tokens.Length + Padding], EndHash);
        Pad(ref infos[tokens.Length + Padding + 1], End2Hash);
        for (var i = 0; i < tokens.Length; i++)
        {
            entries[i] = cache.Entry(text.Slice(tokens[i].Start, tokens[i].Length), i == 0, lexicon, ref infos[i + Padding]);
        }

        PairTags(tokens.Length, lexicon, infos);
    }

    // A word the lexicon has no sure tag for may have one after the word before it.
    private static void PairTags(int count, TagLexicon lexicon, Span<TokenInfo> infos)
    {
        for (var i = Padding + 1; i < count + Padding; i++)
        {
            if (infos[i].SureTag < 0)
            {
                infos[i].SureTag = lexicon.PairTag(infos[i - 1].Lower, infos[i].Lower);
            }
        }
    }

    /// <summary>
    /// Writes the <see cref="Count"/> feature keys of token <paramref name="i"/> (0-based, unpadded), given the
    /// tags chosen for the two tokens before it (-1 and -2 before the sentence start): the word's own features,
    /// then those of its context.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Extract(ReadOnlySpan<TokenInfo> infos, int i, int previous, int previous2, Span<uint> features)
    {
        ExtractWord(in infos[i + Padding], features);
        ExtractContext(infos, i, previous, previous2, features[WordCount..]);
    }

    /// <summary>Writes the <see cref="WordCount"/> features that depend on the word alone (and whether it starts the sentence).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ExtractWord(in TokenInfo w, Span<uint> features)
    {
        features[16] = FeatureHash.Key(43, w.HeadClass);
        features[0] = FeatureHash.Key(0, 0);
        features[1] = FeatureHash.Key(1, w.Form);
        features[2] = FeatureHash.Key(2, w.Lower);
        features[3] = FeatureHash.Key(3, w.Suffix1);
        features[4] = FeatureHash.Key(4, w.Suffix2);
        features[5] = FeatureHash.Key(5, w.Suffix3);
        features[6] = FeatureHash.Key(6, w.Suffix4);
        features[7] = FeatureHash.Key(7, w.Prefix1);
        features[8] = FeatureHash.Key(8, w.Prefix2);
        features[9] = FeatureHash.Key(9, w.Prefix3);
        features[10] = FeatureHash.Key(10, w.Shape);
        features[11] = FeatureHash.Key(11, w.Flags);
        features[12] = FeatureHash.Key(21, w.Class);
        features[13] = FeatureHash.Key(40, w.Suffix5);
        features[14] = FeatureHash.Key(41, w.Prefix4);
        features[15] = FeatureHash.Key(42, w.Head);
    }

    /// <summary>Writes the <see cref="ContextCount"/> features that depend on the neighbouring words and the previous tags.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ExtractContext(ReadOnlySpan<TokenInfo> infos, int i, int previous, int previous2, Span<uint> features)
    {
        ref readonly var w = ref infos[i + Padding];
        ref readonly var p = ref infos[i + Padding - 1];
        ref readonly var pp = ref infos[i + Padding - 2];
        ref readonly var n = ref infos[i + Padding + 1];
        ref readonly var nn = ref infos[i + Padding + 2];
        var t1 = FeatureHash.OfValue((ulong)(previous + 3));
        var t2 = FeatureHash.OfValue((ulong)(previous2 + 3));
        features[20] = FeatureHash.Key(33, w.Shape, n.Shape);
        features[0] = FeatureHash.Key(12, t1);
        features[1] = FeatureHash.Key(13, t1, t2);
        features[2] = FeatureHash.Key(14, t1, w.Lower);
        features[3] = FeatureHash.Key(15, p.Lower);
        features[4] = FeatureHash.Key(16, p.Suffix3);
        features[5] = FeatureHash.Key(17, pp.Lower);
        features[6] = FeatureHash.Key(18, n.Lower);
        features[7] = FeatureHash.Key(19, n.Suffix3);
        features[8] = FeatureHash.Key(20, nn.Lower);
        features[9] = FeatureHash.Key(22, n.Class);
        features[10] = FeatureHash.Key(23, nn.Class);
        features[11] = FeatureHash.Key(24, w.Lower, n.Lower);
        features[12] = FeatureHash.Key(25, p.Lower, w.Lower);
        features[13] = FeatureHash.Key(26, t1, w.Class);
        features[14] = FeatureHash.Key(27, w.Class, n.Class);
        features[15] = FeatureHash.Key(28, n.Shape);
        features[16] = FeatureHash.Key(29, p.Shape);
        features[17] = FeatureHash.Key(30, t1, w.Suffix3);
        features[18] = FeatureHash.Key(31, t1, n.Class);
        features[19] = FeatureHash.Key(32, t1, t2, w.Class);
    }

    /// <summary>
    /// Writes the <see cref="SecondCount"/> features of the second pass: those of the first, and the tags the first
    /// pass chose for the two tokens after token <paramref name="i"/> (-1 and -2 past the sentence end).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ExtractSecond(ReadOnlySpan<TokenInfo> infos, int i, int previous, int previous2, int next, int next2, Span<uint> features)
    {
        ExtractWord(in infos[i + Padding], features);
        ExtractSecondContext(infos, i, previous, previous2, next, next2, features[WordCount..]);
    }

    /// <summary>Writes the <see cref="SecondContextCount"/> context features of the second pass.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ExtractSecondContext(ReadOnlySpan<TokenInfo> infos, int i, int previous, int previous2, int next, int next2, Span<uint> features)
    {
        ExtractContext(infos, i, previous, previous2, features);
        ref readonly var w = ref infos[i + Padding];
        var t1 = FeatureHash.OfValue((ulong)(previous + 3));
        var n1 = FeatureHash.OfValue((ulong)(next + 103));
        var n2 = FeatureHash.OfValue((ulong)(next2 + 103));
        features[ContextCount + 5] = FeatureHash.Key(39, n1, w.Class);
        features[ContextCount] = FeatureHash.Key(34, n1);
        features[ContextCount + 1] = FeatureHash.Key(35, n1, n2);
        features[ContextCount + 2] = FeatureHash.Key(36, n1, w.Lower);
        features[ContextCount + 3] = FeatureHash.Key(37, t1, n1);
        features[ContextCount + 4] = FeatureHash.Key(38, n1, w.Suffix3);
    }

    private static void Pad(ref TokenInfo info, ulong hash)
    {
        info = new TokenInfo
        {
            Form = hash,
            Lower = hash,
            Suffix1 = hash,
            Suffix2 = hash,
            Suffix3 = hash,
            Suffix4 = hash,
            Prefix1 = hash,
            Prefix2 = hash,
            Prefix3 = hash,
            Prefix4 = hash,
            Suffix5 = hash,
            Head = hash,
            HeadClass = hash,
            Shape = hash,
            Flags = hash,
            Class = hash,
            SureTag = -1,
        };
    }

    internal static void Describe(ReadOnlySpan<char> form, bool first, TagLexicon lexicon, ref TokenInfo info)
    {
        info.Form = FeatureHash.Of(form);
        info.Lower = FeatureHash.OfLower(form);
        info.Suffix1 = FeatureHash.OfLower(form[^Math.Min(1, form.Length)..]);
        info.Suffix2 = FeatureHash.OfLower(form[^Math.Min(2, form.Length)..]);
        info.Suffix3 = FeatureHash.OfLower(form[^Math.Min(3, form.Length)..]);
        info.Suffix4 = FeatureHash.OfLower(form[^Math.Min(4, form.Length)..]);
        info.Prefix1 = FeatureHash.Of(form[..Math.Min(1, form.Length)]);
        info.Prefix2 = FeatureHash.OfLower(form[..Math.Min(2, form.Length)]);
        info.Prefix3 = FeatureHash.OfLower(form[..Math.Min(3, form.Length)]);
        info.Prefix4 = FeatureHash.OfLower(form[..Math.Min(4, form.Length)]);
        info.Suffix5 = FeatureHash.OfLower(form[^Math.Min(5, form.Length)..]);
        info.Shape = WordShape.Hash(form);
        info.Flags = FeatureHash.OfValue((ulong)WordShape.Flags(form, first));
        info.Class = FeatureHash.OfValue((ulong)lexicon.AmbiguityClass(info.Lower) + 0x10000);
        info.SureTag = lexicon.SureTag(info.Form);
        var hyphen = form.Length > 2 ? form[..^1].LastIndexOf('-') : -1;
        if (hyphen > 0)
        {
            info.Head = FeatureHash.OfLower(form[(hyphen + 1)..]);
            info.HeadClass = FeatureHash.OfValue((ulong)lexicon.AmbiguityClass(info.Head) + 0x20000);
        }
        else
        {
            info.Head = NoHeadHash;
            info.HeadClass = NoHeadHash;
        }

    }
}
