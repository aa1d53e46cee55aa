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
    public void Tag(NameSentence sentence, Span<int> labels)
    {
        var features = _buffers ??= new NameFeatures();
        var words = _words ??= new WordScoreCache();
        features.Prepare(sentence);
        Span<uint> keys = stackalloc uint[NameFeatures.ContextCount];
        Span<int> scores = stackalloc int[NameLabels.Count];
        var previous = NameLabels.Outside;
        var beforePrevious = NameLabels.Outside;
        for (var i = 0; i < sentence.Tokens.Length; i++)
        {
            words.Get(Weights, features, i).CopyTo(scores);
            features.ExtractContext(i, previous, beforePrevious, keys);
            Weights.AddScores(keys, scores);
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

    /// <summary>The names of a labelled sentence as token ranges <c>[First, End)</c> with their class.</summary>
    public static IEnumerable<(int First, int End, int Class)> Spans(ReadOnlySpan<int> labels)
    {
        var spans = new List<(int, int, int)>();
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

        return spans;
    }
}
