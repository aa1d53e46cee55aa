using Wirewatch.Learning.Perceptron;

namespace Wirewatch.Learning.Names;

/// <summary>
/// The scores a name model gives a word's own features (<see cref="NameFeatures.ExtractWord"/>), remembered per
/// distinct form so that a word met again ("the", "said", "Kyiv") costs one lookup here instead of one per feature
/// in the model's table. Scores are integer sums, so adding a remembered sum gives exactly what adding the features
/// one by one would. One cache serves one thread and one model at a time; it starts afresh when full.
/// </summary>
internal sealed class WordScoreCache
{
    private const int MaxWords = 1 << 14;

    private readonly Dictionary<ulong, int> _index = new(MaxWords);
    private readonly int[] _scores = new int[MaxWords * NameLabels.Count];
    private SparseWeights? _weights;

    /// <summary>The word scores of token <paramref name="i"/> of the sentence <paramref name="features"/> was prepared for.</summary>
    public ReadOnlySpan<int> Get(SparseWeights weights, NameFeatures features, int i)
    {
        if (!ReferenceEquals(weights, _weights))
        {
            _index.Clear();
            _weights = weights;
        }

        var form = features.FormHash(i);
        if (_index.TryGetValue(form, out var at))
        {
            return _scores.AsSpan(at, NameLabels.Count);
        }

        if (_index.Count == MaxWords)
        {
            _index.Clear();
        }

        at = _index.Count * NameLabels.Count;
        _index[form] = at;
        var scores = _scores.AsSpan(at, NameLabels.Count);
        scores.Clear();
        Span<uint> keys = stackalloc uint[NameFeatures.WordCount];
        features.ExtractWord(i, keys);
        weights.AddScores(keys, scores);
        return scores;
    }
}
