using Wirewatch.Learning.Perceptron;

namespace Wirewatch.Learning.Names;

/// <summary>
/// The scores a name model gives a word's own features (<see cref="NameFeatures.ExtractWord"/>), remembered per
/// distinct form so that a word met again ("the", "said", "Kyiv") costs one probe here instead of one lookup per
/// feature in the model's table. Scores are integer sums, so adding a remembered sum gives exactly what adding the
/// features one by one would. The cache is direct-mapped: each form hash has one place, and a form that comes to
/// an occupied place replaces the one there (so a probe is one array read, with no buckets to chase). One cache
/// serves one thread and one model at a time.
/// </summary>
internal sealed class WordScoreCache
{
    private const int Bits = 15;

    private const int Size = 1 << Bits;

    private readonly ulong[] _forms = new ulong[Size];
    private readonly bool[] _filled = new bool[Size];
    private readonly int[] _scores = new int[Size * NameLabels.Count];
    private SparseWeights? _weights;

    /// <summary>The word scores of token <paramref name="i"/> of the sentence <paramref name="features"/> was prepared for.</summary>
    public ReadOnlySpan<int> Get(SparseWeights weights, NameFeatures features, int i)
    {
        if (!ReferenceEquals(weights, _weights))
        {
            Array.Clear(_filled);
            _weights = weights;
        }

        var form = features.FormHash(i);
        var place = (int)((form * 0x9E3779B97F4A7C15UL) >> (64 - Bits));
        var scores = _scores.AsSpan(place * NameLabels.Count, NameLabels.Count);
        if (_filled[place] && _forms[place] == form)
        {
            return scores;
        }

        _forms[place] = form;
        _filled[place] = true;
        scores.Clear();
        Span<uint> keys = stackalloc uint[NameFeatures.WordCount];
        features.ExtractWord(i, keys);
        weights.AddScores(keys, scores);
        return scores;
    }
}
