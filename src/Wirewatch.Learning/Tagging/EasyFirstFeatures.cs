using System.Runtime.CompilerServices;
using Wirewatch.Learning.Hashing;

namespace Wirewatch.Learning.Tagging;

/// <summary>
/// The feature templates of the easy-first tagger: the word's own (<see cref="TokenFeatures.ExtractWord"/>), those of
/// the neighbouring words, which do not change while a sentence is tagged, and those of the tags already chosen on
/// both sides (two to the left, two to the right; "not yet tagged" is a value of its own), which do.
/// </summary>
internal static class EasyFirstFeatures
{
    /// <summary>How many features <see cref="ExtractStatic"/> writes.</summary>
    public const int StaticCount = 14;

    /// <summary>How many features <see cref="ExtractDynamic"/> writes.</summary>
    public const int DynamicCount = 16;

    /// <summary>How many features a token has in all.</summary>
    public const int Count = TokenFeatures.WordCount + StaticCount + DynamicCount;

    /// <summary>The tag value of a token not yet tagged.</summary>
    public const int Untagged = -3;

    /// <summary>The tag values of the two positions before the sentence.</summary>
    public const int Start = -1, Start2 = -2;

    /// <summary>The tag values of the two positions after the sentence.</summary>
    public const int End = -4, End2 = -5;

    /// <summary>Writes the <see cref="StaticCount"/> features of the neighbouring words of token <paramref name="i"/> (0-based, unpadded).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ExtractStatic(ReadOnlySpan<TokenInfo> infos, int i, Span<uint> features)
    {
        ref readonly var w = ref infos[i + TokenFeatures.Padding];
        ref readonly var p = ref infos[i + TokenFeatures.Padding - 1];
        ref readonly var pp = ref infos[i + TokenFeatures.Padding - 2];
        ref readonly var n = ref infos[i + TokenFeatures.Padding + 1];
        ref readonly var nn = ref infos[i + TokenFeatures.Padding + 2];
        features[13] = FeatureHash.Key(33, w.Shape, n.Shape);
        features[0] = FeatureHash.Key(15, p.Lower);
        features[1] = FeatureHash.Key(16, p.Suffix3);
        features[2] = FeatureHash.Key(17, pp.Lower);
        features[3] = FeatureHash.Key(18, n.Lower);
        features[4] = FeatureHash.Key(19, n.Suffix3);
        features[5] = FeatureHash.Key(20, nn.Lower);
        features[6] = FeatureHash.Key(22, n.Class);
        features[7] = FeatureHash.Key(23, nn.Class);
        features[8] = FeatureHash.Key(24, w.Lower, n.Lower);
        features[9] = FeatureHash.Key(25, p.Lower, w.Lower);
        features[10] = FeatureHash.Key(27, w.Class, n.Class);
        features[11] = FeatureHash.Key(28, n.Shape);
        features[12] = FeatureHash.Key(29, p.Shape);
    }

    /// <summary>The most features <see cref="ExtractGroup"/> writes for one group.</summary>
    public const int GroupMax = 5;

    /// <summary>
    /// The groups of the tag features, by what they depend on: the tag before the token (<see cref="Left1"/>), the two
    /// tags before it (<see cref="Left2"/>), the tag after it, the two after it, and the tags on both sides. When a
    /// neighbour is tagged, only the groups that read its tag are scored again.
    /// </summary>
    public const int Left1 = 0, Left2 = 1, Right1 = 2, Right2 = 3, Both = 4, GroupCount = 5;

    /// <summary>
    /// Writes the <see cref="DynamicCount"/> features of the tags around token <paramref name="i"/>: of the two tokens
    /// before it (<paramref name="left"/>, <paramref name="left2"/>) and the two after it (<paramref name="right"/>,
    /// <paramref name="right2"/>), each a tag, <see cref="Untagged"/>, or a value past the sentence's ends.
    /// </summary>
    public static void ExtractDynamic(ReadOnlySpan<TokenInfo> infos, int i, int left, int left2, int right, int right2, Span<uint> features)
    {
        var written = 0;
        for (var group = 0; group < GroupCount; group++)
        {
            written += ExtractGroup(group, infos, i, left, left2, right, right2, features[written..]);
        }
    }

    /// <summary>Writes the features of one group (<see cref="Left1"/> ...) of token <paramref name="i"/>; returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ExtractGroup(int group, ReadOnlySpan<TokenInfo> infos, int i, int left, int left2, int right, int right2, Span<uint> features)
    {
        ref readonly var w = ref infos[i + TokenFeatures.Padding];
        switch (group)
        {
            case Left1:
            {
                ref readonly var n = ref infos[i + TokenFeatures.Padding + 1];
                var l1 = FeatureHash.OfValue((ulong)(left + 8));
                features[4] = FeatureHash.Key(55, l1, n.Class);
                features[0] = FeatureHash.Key(50, l1);
                features[1] = FeatureHash.Key(52, l1, w.Lower);
                features[2] = FeatureHash.Key(53, l1, w.Class);
                features[3] = FeatureHash.Key(54, l1, w.Suffix3);
                return 5;
            }

            case Left2:
            {
                var l1 = FeatureHash.OfValue((ulong)(left + 8));
                var l2 = FeatureHash.OfValue((ulong)(left2 + 8));
                features[1] = FeatureHash.Key(56, l1, l2, w.Class);
                features[0] = FeatureHash.Key(51, l1, l2);
                return 2;
            }

            case Right1:
            {
                ref readonly var p = ref infos[i + TokenFeatures.Padding - 1];
                var r1 = FeatureHash.OfValue((ulong)(right + 208));
                features[4] = FeatureHash.Key(62, r1, p.Class);
                features[0] = FeatureHash.Key(57, r1);
                features[1] = FeatureHash.Key(59, r1, w.Lower);
                features[2] = FeatureHash.Key(60, r1, w.Class);
                features[3] = FeatureHash.Key(61, r1, w.Suffix3);
                return 5;
            }

            case Right2:
            {
                var r1 = FeatureHash.OfValue((ulong)(right + 208));
                var r2 = FeatureHash.OfValue((ulong)(right2 + 208));
                features[1] = FeatureHash.Key(63, r1, r2, w.Class);
                features[0] = FeatureHash.Key(58, r1, r2);
                return 2;
            }

            default:
            {
                var l1 = FeatureHash.OfValue((ulong)(left + 8));
                var r1 = FeatureHash.OfValue((ulong)(right + 208));
                features[1] = FeatureHash.Key(65, l1, r1, w.Class);
                features[0] = FeatureHash.Key(64, l1, r1);
                return 2;
            }
        }
    }

    /// <summary>The tag value at position <paramref name="j"/> of a sentence of <c>tags.Length</c> tokens (values of their own past its ends).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TagAt(ReadOnlySpan<int> tags, int j)
        => j >= 0 && j < tags.Length ? tags[j] : j == -1 ? Start : j < -1 ? Start2 : j == tags.Length ? End : End2;

    /// <summary>Writes the dynamic features of token <paramref name="i"/> from the current tags of the sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ExtractDynamic(ReadOnlySpan<TokenInfo> infos, int i, ReadOnlySpan<int> tags, Span<uint> features)
        => ExtractDynamic(infos, i, TagAt(tags, i - 1), TagAt(tags, i - 2), TagAt(tags, i + 1), TagAt(tags, i + 2), features);
}
