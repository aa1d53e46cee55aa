using System.Buffers;
using Wirewatch.Learning.Perceptron;

namespace Wirewatch.Learning.Tagging;

/// <summary>
/// Easy-first tagging (Shen, Satta and Joshi 2007; Goldberg and Elhadad 2010): every untagged token is scored with
/// the tags already chosen on both sides of it, the one whose best tag beats its runner-up by the widest margin is
/// tagged, its neighbours are scored again, and so on until every token has a tag. A token is thus tagged after the
/// clearer words around it, whichever side they are on. Frequent unambiguous words are tagged from the lexicon first.
/// Each token keeps the scores of its word and neighbouring words and those of each group of tag features apart, so
/// that when a neighbour is tagged only the groups that read its tag are looked up again.
/// </summary>
internal static class EasyFirstDecoder
{
    private const int StackLimit = 4096;

    // The rows of scores kept per token: its words' features, then each group of tag features.
    private const int Rows = 1 + EasyFirstFeatures.GroupCount;

    /// <summary>
    /// Tags the <paramref name="count"/> tokens of a prepared sentence (<paramref name="infos"/>), those clear by
    /// <paramref name="wordMargin"/> from the features of their words at once, taking the summed word-feature weights of token <c>i</c> from entry <c>entries[i]</c> of <paramref name="cache"/> when there is one.
    /// </summary>
    public static void Tag(SparseWeights weights, int wordMargin, ReadOnlySpan<TokenInfo> infos, int count, TaggerWordCache? cache, ReadOnlySpan<int> entries, Span<int> tags)
    {
        var classes = weights.ClassCount;
        var size = count * classes * Rows;
        int[]? rentedBase = null;
        int[]? rentedInts = null;
        var bases = size <= StackLimit ? stackalloc int[size] : (rentedBase = ArrayPool<int>.Shared.Rent(size)).AsSpan(0, size);
        var ints = count <= StackLimit / 2 ? stackalloc int[2 * count] : (rentedInts = ArrayPool<int>.Shared.Rent(2 * count)).AsSpan(0, 2 * count);
        try
        {
            Decode(weights, wordMargin, infos, count, cache, entries, tags[..count], bases, ints[..count], ints[count..]);
        }
        finally
        {
            if (rentedBase is not null)
            {
                ArrayPool<int>.Shared.Return(rentedBase);
            }

            if (rentedInts is not null)
            {
                ArrayPool<int>.Shared.Return(rentedInts);
            }
        }
    }

    private static void Decode(
        SparseWeights weights,
        int wordMargin,
        ReadOnlySpan<TokenInfo> infos,
        int count,
        TaggerWordCache? cache,
        ReadOnlySpan<int> entries,
        Span<int> tags,
        Span<int> bases,
        Span<int> choices,
        Span<int> margins)
    {
        var classes = weights.ClassCount;
        Span<uint> features = stackalloc uint[TokenFeatures.WordCount + EasyFirstFeatures.StaticCount];
        Span<int> scores = stackalloc int[classes];
        var open = 0;
        for (var i = 0; i < count; i++)
        {
            var sure = infos[i + TokenFeatures.Padding].SureTag;
            if (sure >= 0)
            {
                tags[i] = sure;
                continue;
            }

            tags[i] = EasyFirstFeatures.Untagged;
            open++;
            var row = bases.Slice(i * classes * Rows, classes);
            var known = false;
            if (cache is not null)
            {
                var word = cache.Scores(entries[i], second: false, out known);
                if (!known)
                {
                    TokenFeatures.ExtractWord(in infos[i + TokenFeatures.Padding], features);
                    word.Clear();
                    weights.AddScores(features[..TokenFeatures.WordCount], word);
                }

                word.CopyTo(row);
                EasyFirstFeatures.ExtractStatic(infos, i, features);
                weights.AddScores(features[..EasyFirstFeatures.StaticCount], row);
            }
            else
            {
                TokenFeatures.ExtractWord(in infos[i + TokenFeatures.Padding], features);
                EasyFirstFeatures.ExtractStatic(infos, i, features[TokenFeatures.WordCount..]);
                row.Clear();
                weights.AddScores(features, row);
            }

            if (wordMargin != int.MaxValue)
            {
                var choice = PerceptronTagger.ArgMax(row);
                if (PerceptronTagger.Margin(row, choice) >= wordMargin)
                {
                    tags[i] = choice;
                    open--;
                }
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (tags[i] == EasyFirstFeatures.Untagged)
            {
                for (var group = 0; group < EasyFirstFeatures.GroupCount; group++)
                {
                    ScoreGroup(weights, infos, i, group, tags, bases);
                }

                Total(i, bases, choices, margins, scores);
            }
        }

        for (; open > 0; open--)
        {
            var best = -1;
            for (var i = 0; i < count; i++)
            {
                if (tags[i] == EasyFirstFeatures.Untagged && (best < 0 || margins[i] > margins[best]))
                {
                    best = i;
                }
            }

            tags[best] = choices[best];
            Retag(weights, infos, best - 2, tags, bases, choices, margins, scores, EasyFirstFeatures.Right2, -1);
            Retag(weights, infos, best - 1, tags, bases, choices, margins, scores, EasyFirstFeatures.Right1, EasyFirstFeatures.Right2);
            Retag(weights, infos, best + 1, tags, bases, choices, margins, scores, EasyFirstFeatures.Left1, EasyFirstFeatures.Left2);
            Retag(weights, infos, best + 2, tags, bases, choices, margins, scores, EasyFirstFeatures.Left2, -1);
        }
    }

    // Scores token j again after a neighbour was tagged: the groups given (and that of both sides, for a next neighbour).
    private static void Retag(
        SparseWeights weights,
        ReadOnlySpan<TokenInfo> infos,
        int j,
        ReadOnlySpan<int> tags,
        Span<int> bases,
        Span<int> choices,
        Span<int> margins,
        Span<int> scores,
        int group,
        int other)
    {
        if (j < 0 || j >= tags.Length || tags[j] != EasyFirstFeatures.Untagged)
        {
            return;
        }

        ScoreGroup(weights, infos, j, group, tags, bases);
        if (other >= 0)
        {
            ScoreGroup(weights, infos, j, other, tags, bases);
            ScoreGroup(weights, infos, j, EasyFirstFeatures.Both, tags, bases);
        }

        Total(j, bases, choices, margins, scores);
    }

    private static void ScoreGroup(SparseWeights weights, ReadOnlySpan<TokenInfo> infos, int i, int group, ReadOnlySpan<int> tags, Span<int> bases)
    {
        Span<uint> features = stackalloc uint[EasyFirstFeatures.GroupMax];
        var count = EasyFirstFeatures.ExtractGroup(
            group,
            infos,
            i,
            EasyFirstFeatures.TagAt(tags, i - 1),
            EasyFirstFeatures.TagAt(tags, i - 2),
            EasyFirstFeatures.TagAt(tags, i + 1),
            EasyFirstFeatures.TagAt(tags, i + 2),
            features);
        var classes = weights.ClassCount;
        var row = bases.Slice(((i * Rows) + 1 + group) * classes, classes);
        row.Clear();
        weights.AddScores(features[..count], row);
    }

    private static void Total(int i, ReadOnlySpan<int> bases, Span<int> choices, Span<int> margins, Span<int> scores)
    {
        var classes = scores.Length;
        var rows = bases.Slice(i * Rows * classes, Rows * classes);
        rows[..classes].CopyTo(scores);
        for (var r = classes; r < rows.Length; r += classes)
        {
            var row = rows.Slice(r, classes);
            for (var c = 0; c < classes; c++)
            {
                scores[c] += row[c];
            }
        }

        var choice = PerceptronTagger.ArgMax(scores);
        choices[i] = choice;
        margins[i] = PerceptronTagger.Margin(scores, choice);
    }
}
