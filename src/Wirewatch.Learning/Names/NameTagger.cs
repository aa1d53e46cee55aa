using Wirewatch.Learning.Perceptron;

namespace Wirewatch.Learning.Names;

/// <summary>
/// Finds names in a sentence: greedy left-to-right labelling with an averaged-perceptron model, where I-X may
/// only follow B-X or I-X. The weights are immutable; one tagger may serve many threads, each with its own
/// <see cref="NameFeatures"/> buffers and <see cref="WordScoreCache"/> (kept per thread).
/// </summary>
public sealed class NameTagger
{
    [ThreadStatic]
    private static NameFeatures? _buffers;

    [ThreadStatic]
    private static WordScoreCache? _words;

    [ThreadStatic]
    private static int[]? _fixedScores;

    public NameTagger(SparseWeights weights)
    {
        if (weights.ClassCount != NameLabels.Count)
        {
            throw new ArgumentException($"A name model has {NameLabels.Count} classes, not {weights.ClassCount}.", nameof(weights));
        }

        Weights = weights;
    }

    public SparseWeights Weights { get; }

    /// <summary>Labels every token of the sentence (see <see cref="NameLabels"/>).</summary>
    /// <remarks>
    /// The features that do not depend on the labels chosen before a token are scored for the whole sentence
    /// first: those lookups are independent of one another, so the processor overlaps their cache misses (and the
    /// next token's are fetched while this one's are added), and only the few label features wait on the label
    /// before. Scores are integer sums, so the order of adding changes nothing.
    /// </remarks>
    public void Tag(NameSentence sentence, Span<int> labels)
    {
        var features = _buffers ??= new NameFeatures();
        var words = _words ??= new WordScoreCache();
        var length = sentence.Tokens.Length;
        if (length == 0)
        {
            return;
        }

        features.Prepare(sentence);
        var fixedScores = FixedScores(length * NameLabels.Count);
        Span<uint> keys = stackalloc uint[NameFeatures.NeighbourCount];
        Span<uint> nextKeys = stackalloc uint[NameFeatures.NeighbourCount];
        Span<uint> likelyLabelKeys = stackalloc uint[NameFeatures.LabelCount];
        features.ExtractNeighbours(0, nextKeys);
        for (var i = 0; i < length; i++)
        {
            nextKeys.CopyTo(keys);
            if (i + 1 < length)
            {
                features.ExtractNeighbours(i + 1, nextKeys);
                Weights.Prefetch(nextKeys);
            }

            // Most tokens follow two outside ones: the label features they will most likely have are fetched now,
            // while the misses can overlap, rather than one by one in the loop below.
            features.ExtractLabels(i, NameLabels.Outside, NameLabels.Outside, likelyLabelKeys);
            Weights.Prefetch(likelyLabelKeys);
            var tokenScores = fixedScores.AsSpan(i * NameLabels.Count, NameLabels.Count);
            words.Get(Weights, features, i).CopyTo(tokenScores);
            Weights.AddScores(keys, tokenScores);
        }

        Span<uint> labelKeys = stackalloc uint[NameFeatures.LabelCount];
        Span<int> scores = stackalloc int[NameLabels.Count];
        var previous = NameLabels.Outside;
        var beforePrevious = NameLabels.Outside;
        for (var i = 0; i < length; i++)
        {
            fixedScores.AsSpan(i * NameLabels.Count, NameLabels.Count).CopyTo(scores);
            features.ExtractLabels(i, previous, beforePrevious, labelKeys);
            Weights.AddScores(labelKeys, scores);
            var best = NameLabels.Outside;
            for (var label = 1; label < scores.Length; label++)
            {
                if (scores[label] > scores[best] && NameLabels.Allowed(previous, label))
                {
                    best = label;
                }
            }

            labels[i] = best;
            beforePrevious = previous;
            previous = best;
        }
    }

    private static int[] FixedScores(int size)
    {
        if (_fixedScores is null || _fixedScores.Length < size)
        {
            _fixedScores = new int[Math.Max(size, 1024)];
        }

        return _fixedScores;
    }

    /// <summary>The names of a labelled sentence as token ranges <c>[First, End)</c> with their class.</summary>
    public static IEnumerable<(int First, int End, int Class)> Spans(ReadOnlySpan<int> labels)
    {
        var spans = new List<(int, int, int)>();
        AddSpans(labels, spans);
        return spans;
    }

    /// <summary>Adds the names of a labelled sentence to <paramref name="spans"/>, as <see cref="Spans"/> gives them.</summary>
    public static void AddSpans(ReadOnlySpan<int> labels, List<(int First, int End, int Class)> spans)
    {
        var start = -1;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : NameLabels.Outside;
            if (start >= 0 && !NameLabels.IsInside(label))
            {
                spans.Add((start, i, NameLabels.ClassOf(labels[start])));
                start = -1;
            }

            if (label != NameLabels.Outside && !NameLabels.IsInside(label))
            {
                start = i;
            }
        }
    }
}
