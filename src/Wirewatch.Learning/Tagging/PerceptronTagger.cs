using System.Buffers;
using Wirewatch.Core;
using Wirewatch.Learning.Perceptron;

namespace Wirewatch.Learning.Tagging;

/// <summary>
/// A greedy sequence tagger with averaged perceptron models. A first pass tags left to right from the words and the
/// tags already chosen; an optional second pass tags again, left to right, seeing also the first pass's tags of the
/// next two tokens. Immutable and thread-safe; tagging allocates nothing beyond pooled buffers.
/// </summary>
public sealed class PerceptronTagger
{
    private const int StackLimit = 256;

    public PerceptronTagger(IReadOnlyList<string> tagNames, TagLexicon lexicon, SparseWeights weights, SparseWeights? secondPass = null)
    {
        if (tagNames.Count != weights.ClassCount || (secondPass is not null && secondPass.ClassCount != tagNames.Count))
        {
            throw new ArgumentException("The model must have one weight column for each tag.", nameof(weights));
        }

        TagNames = tagNames;
        Lexicon = lexicon;
        Weights = weights;
        SecondPass = secondPass;
    }

    /// <summary>The name of each tag, by class index.</summary>
    public IReadOnlyList<string> TagNames { get; }

    public TagLexicon Lexicon { get; }

    /// <summary>The weights of the first pass.</summary>
    public SparseWeights Weights { get; }

    /// <summary>The weights of the second pass, if the model has one.</summary>
    public SparseWeights? SecondPass { get; }

    /// <summary>Tags one sentence: <paramref name="tokens"/> are spans over <paramref name="text"/>; one class index is written per token.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Span<int> tags)
    {
        if (tags.Length < tokens.Length)
        {
            throw new ArgumentException("There must be room for one tag for each token.", nameof(tags));
        }

        if (tokens.Length == 0)
        {
            return;
        }

        var size = tokens.Length + (2 * TokenFeatures.Padding);
        TokenInfo[]? rentedInfos = null;
        int[]? rentedTags = null;
        var infos = size <= StackLimit ? stackalloc TokenInfo[size] : (rentedInfos = ArrayPool<TokenInfo>.Shared.Rent(size)).AsSpan(0, size);
        try
        {
            TokenFeatures.Prepare(text, tokens, Lexicon, infos);
            if (SecondPass is null)
            {
                FirstPass(infos, tokens.Length, tags);
                return;
            }

            var first = size <= StackLimit ? stackalloc int[tokens.Length] : (rentedTags = ArrayPool<int>.Shared.Rent(tokens.Length)).AsSpan(0, tokens.Length);
            FirstPass(infos, tokens.Length, first);
            Second(infos, first, SecondPass, tags);
        }
        finally
        {
            if (rentedInfos is not null)
            {
                ArrayPool<TokenInfo>.Shared.Return(rentedInfos);
            }

            if (rentedTags is not null)
            {
                ArrayPool<int>.Shared.Return(rentedTags);
            }
        }
    }

    /// <summary>Tags one sentence and returns the class indexes (convenient; allocates the result).</summary>
    public int[] Tag(TaggedSentence sentence)
    {
        var tags = new int[sentence.Tokens.Length];
        Tag(sentence.Text, sentence.Tokens, tags);
        return tags;
    }

    internal static int ArgMax(ReadOnlySpan<int> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    private void FirstPass(ReadOnlySpan<TokenInfo> infos, int count, Span<int> tags)
    {
        Span<uint> features = stackalloc uint[TokenFeatures.Count];
        Span<int> scores = stackalloc int[Weights.ClassCount];
        int previous = -1, previous2 = -2;
        for (var i = 0; i < count; i++)
        {
            var tag = infos[i + TokenFeatures.Padding].SureTag;
            if (tag < 0)
            {
                TokenFeatures.Extract(infos, i, previous, previous2, features);
                scores.Clear();
                Weights.AddScores(features, scores);
                tag = ArgMax(scores);
            }

            tags[i] = tag;
            previous2 = previous;
            previous = tag;
        }
    }

    private static void Second(ReadOnlySpan<TokenInfo> infos, ReadOnlySpan<int> first, SparseWeights weights, Span<int> tags)
    {
        Span<uint> features = stackalloc uint[TokenFeatures.SecondCount];
        Span<int> scores = stackalloc int[weights.ClassCount];
        int previous = -1, previous2 = -2;
        for (var i = 0; i < first.Length; i++)
        {
            var tag = infos[i + TokenFeatures.Padding].SureTag;
            if (tag < 0)
            {
                var next = i + 1 < first.Length ? first[i + 1] : -1;
                var next2 = i + 2 < first.Length ? first[i + 2] : -2;
                TokenFeatures.ExtractSecond(infos, i, previous, previous2, next, next2, features);
                scores.Clear();
                weights.AddScores(features, scores);
                tag = ArgMax(scores);
            }

            tags[i] = tag;
            previous2 = previous;
            previous = tag;
        }
    }
}
