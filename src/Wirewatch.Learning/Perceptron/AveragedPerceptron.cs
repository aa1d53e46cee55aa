namespace Wirewatch.Learning.Perceptron;

/// <summary>
/// A multiclass averaged perceptron for training. Weights are kept per feature key and class; the average over
/// every step is computed lazily (each weight remembers when it last changed and its running total), as in
/// Collins (2002) and Honnibal's tagger. <see cref="Average"/> gives the compact, quantised model.
/// </summary>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<uint, int> _rows = [];
    private float[] _weights;
    private double[] _totals;
    private int[] _stamps;
    private int[] _counts;
    private int _step;

    public AveragedPerceptron(int classCount)
    {
        ClassCount = classCount;
        _weights = new float[1024 * classCount];
        _totals = new double[1024 * classCount];
        _stamps = new int[1024 * classCount];
        _counts = new int[1024];
    }

    public int ClassCount { get; }

    public int FeatureCount => _rows.Count;

    /// <summary>The current (not averaged) scores of every class for a set of features.</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var key in features)
        {
            if (_rows.TryGetValue(key, out var row))
            {
                var weights = _weights.AsSpan(row * ClassCount, ClassCount);
                for (var c = 0; c < weights.Length; c++)
                {
                    scores[c] += weights[c];
                }
            }
        }
    }

    /// <summary>The class with the highest current score; ties go to the lower class index.</summary>
    public int Predict(ReadOnlySpan<uint> features, Span<float> scores)
    {
        Score(features, scores);
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

    /// <summary>One training example seen: counts the step and, when the guess was wrong, moves the weights.</summary>
    public void Update(ReadOnlySpan<uint> features, int truth, int guess)
    {
        _step++;
        foreach (var key in features)
        {
            var row = RowOf(key);
            _counts[row]++;
            if (truth != guess)
            {
                Change(row, truth, 1f);
                Change(row, guess, -1f);
            }
        }
    }

    /// <summary>
    /// The averaged weights, keeping features seen at least <paramref name="minCount"/> times and weights whose
    /// magnitude is at least <paramref name="minWeight"/>, quantised to 16 bits.
    /// </summary>
    public SparseWeights Average(int minCount, float minWeight)
    {
        var averaged = new float[_rows.Count * ClassCount];
        var max = 0f;
        foreach (var (_, row) in _rows)
        {
            for (var c = 0; c < ClassCount; c++)
            {
                var i = (row * ClassCount) + c;
                var total = _totals[i] + ((_step - _stamps[i]) * (double)_weights[i]);
                var value = (float)(total / Math.Max(1, _step));
                averaged[i] = value;
                max = Math.Max(max, Math.Abs(value));
            }
        }

        var scale = max == 0 ? 1f : short.MaxValue / max;
        var features = new List<(uint, (byte, short)[])>(_rows.Count);
        foreach (var (key, row) in _rows.OrderBy(r => r.Key))
        {
            if (_counts[row] < minCount)
            {
                continue;
            }

            var kept = new List<(byte, short)>();
            for (var c = 0; c < ClassCount; c++)
            {
                var value = averaged[(row * ClassCount) + c];
                var quantised = (short)Math.Round(value * scale);
                if (Math.Abs(value) >= minWeight && quantised != 0)
                {
                    kept.Add(((byte)c, quantised));
                }
            }

            if (kept.Count > 0)
            {
                features.Add((key, kept.ToArray()));
            }
        }

        return SparseWeights.Create(ClassCount, scale, features);
    }

    private void Change(int row, int cls, float delta)
    {
        var i = (row * ClassCount) + cls;
        _totals[i] += (_step - _stamps[i]) * (double)_weights[i];
        _stamps[i] = _step;
        _weights[i] += delta;
    }

    private int RowOf(uint key)
    {
        if (_rows.TryGetValue(key, out var row))
        {
            return row;
        }

        row = _rows.Count;
        _rows.Add(key, row);
        if (row >= _counts.Length)
        {
            var size = _counts.Length * 2;
            Array.Resize(ref _counts, size);
            Array.Resize(ref _weights, size * ClassCount);
            Array.Resize(ref _totals, size * ClassCount);
            Array.Resize(ref _stamps, size * ClassCount);
        }

        return row;
    }
}
