using System.Buffers;
using Wirewatch.Core;
using Wirewatch.Learning.Perceptron;

namespace Wirewatch.Learning.Tagging;

/// <summary>
/// A greedy left-to-right sequence tagger with an averaged perceptron model. Immutable and thread-safe; tagging
/// allocates nothing beyond pooled buffers.
/// </summary>
public sealed class PerceptronTagger
{
    private const int StackLimit = 256;

    public PerceptronTagger(IReadOnlyList<string> tagNames, TagLexicon lexicon, SparseWeights weights)
    {
        if (tagNames.Count != weights.ClassCount)
        {
            throw new ArgumentException("The model must have one weight column for each tag.", nameof(weights));
        }

        TagNames = tagNames;
        Lexicon = lexicon;
        Weights = weights;
    }

    /// <summary>The name of each tag, by class index.</summary>
    public IReadOnlyList<string> TagNames { get; }

    public TagLexicon Lexicon { get; }

    public SparseWeights Weights { get; }

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
        TokenInfo[]? rented = null;
        var infos = size <= StackLimit ? stackalloc TokenInfo[size] : (rented = ArrayPool<TokenInfo>.Shared.Rent(size)).AsSpan(0, size);
        try
        {
            TokenFeatures.Prepare(text, tokens, Lexicon, infos);
            Span<uint> features = stackalloc uint[TokenFeatures.Count];
            Span<int> scores = stackalloc int[Weights.ClassCount];
            int previous = -1, previous2 = -2;
            for (var i = 0; i < tokens.Length; i++)
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
        finally
        {
            if (rented is not null)
            {
                ArrayPool<TokenInfo>.Shared.Return(rented);
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

    private static int ArgMax(ReadOnlySpan<int> scores)
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
}
