using Wirewatch.Learning.Hashing;
using Wirewatch.Learning.Tagging;

namespace Wirewatch.Learning.Names;

/// <summary>
/// The features of one token for the name tagger, hashed: the word (as written and lower-cased), its shape,
/// affixes, the words, shapes, parts of speech and hints around it, and the labels chosen before it. Per-token
/// values are computed once per sentence (<see cref="Prepare"/>), so tagging allocates nothing per token.
/// </summary>
public sealed class NameFeatures
{
    public const int Count = 32;

    /// <summary>How many of the features depend on the word alone (its form): the first <see cref="WordCount"/>.</summary>
    public const int WordCount = 6;

    /// <summary>How many depend on the context (neighbours, parts of speech, hints, labels before).</summary>
    public const int ContextCount = Count - WordCount;

    /// <summary>How many of the context features depend on the labels chosen before the token.</summary>
    public const int LabelCount = 6;

    /// <summary>How many of the context features depend on the neighbours alone (<see cref="ExtractNeighbours"/>).</summary>
    public const int NeighbourCount = ContextCount - LabelCount;

    private ulong[] _lower = [];
    private ulong[] _form = [];
    private ulong[] _shape = [];
    private ulong[] _suffix = [];
    private ulong[] _prefix = [];
    private ulong[] _pos = [];
    private ulong[] _hints = [];
    private int _length;

    /// <summary>Computes the per-token values of a sentence.</summary>
    public void Prepare(NameSentence sentence)
    {
        _length = sentence.Tokens.Length;
        if (_lower.Length < _length)
        {
            var size = Math.Max(_length, 64);
            _lower = new ulong[size];
            _form = new ulong[size];
            _shape = new ulong[size];
            _suffix = new ulong[size];
            _prefix = new ulong[size];
            _pos = new ulong[size];
            _hints = new ulong[size];
        }

        for (var i = 0; i < _length; i++)
        {
            var form = sentence.Form(i);
            _lower[i] = FeatureHash.OfLower(form);
            _form[i] = FeatureHash.Of(form);
            _shape[i] = WordShape.Hash(form);
            _suffix[i] = FeatureHash.OfLower(form.Length > 3 ? form[^3..] : form);
            _prefix[i] = FeatureHash.OfLower(form.Length > 3 ? form[..3] : form);
            _pos[i] = (ulong)sentence.PartsOfSpeech[i] + 1;
            _hints[i] = (ulong)sentence.Hints[i] + 1;
        }
    }

    /// <summary>The hash of token <paramref name="i"/> as written: what its word features (<see cref="ExtractWord"/>) depend on.</summary>
    public ulong FormHash(int i) => _form[i];

    /// <summary>Writes the features of token <paramref name="i"/> to <paramref name="output"/> (length <see cref="Count"/>).</summary>
    public void Extract(int i, int previous, int beforePrevious, Span<uint> output)
    {
        ExtractWord(i, output);
        ExtractContext(i, previous, beforePrevious, output[WordCount..]);
    }

    /// <summary>Writes the features of token <paramref name="i"/> that depend on its form alone (length <see cref="WordCount"/>).</summary>
    public void ExtractWord(int i, Span<uint> output)
    {
        output[0] = FeatureHash.Key(1, 1);
        output[1] = FeatureHash.Key(2, _lower[i]);
        output[2] = FeatureHash.Key(3, _form[i]);
        output[3] = FeatureHash.Key(4, _shape[i]);
        output[4] = FeatureHash.Key(5, _suffix[i]);
        output[5] = FeatureHash.Key(6, _prefix[i]);
    }

    /// <summary>Writes the other features of token <paramref name="i"/> (length <see cref="ContextCount"/>).</summary>
    public void ExtractContext(int i, int previous, int beforePrevious, Span<uint> output)
    {
        ExtractNeighbours(i, output);
        ExtractLabels(i, previous, beforePrevious, output[NeighbourCount..]);
    }

    /// <summary>
    /// Writes the features of token <paramref name="i"/> that depend on its neighbours but not on the labels chosen
    /// before it (length <see cref="NeighbourCount"/>): they can be scored for a whole sentence before tagging.
    /// </summary>
    public void ExtractNeighbours(int i, Span<uint> output)
    {
        var lower = _lower[i];
        var shape = _shape[i];
        var pos = _pos[i];
        var hints = _hints[i];
        var wPrev = At(_lower, i - 1);
        var wNext = At(_lower, i + 1);
        var n = 0;
        output[n++] = FeatureHash.Key(7, wPrev);
        output[n++] = FeatureHash.Key(8, wNext);
        output[n++] = FeatureHash.Key(9, At(_lower, i - 2));
        output[n++] = FeatureHash.Key(10, At(_lower, i + 2));
        output[n++] = FeatureHash.Key(11, At(_shape, i - 1));
        output[n++] = FeatureHash.Key(12, At(_shape, i + 1));
        output[n++] = FeatureHash.Key(13, pos);
        output[n++] = FeatureHash.Key(14, At(_pos, i - 1));
        output[n++] = FeatureHash.Key(15, At(_pos, i + 1));
        output[n++] = FeatureHash.Key(16, pos, At(_pos, i + 1));
        output[n++] = FeatureHash.Key(17, At(_pos, i - 1), pos);
        output[n++] = FeatureHash.Key(22, hints);
        output[n++] = FeatureHash.Key(23, At(_hints, i - 1));
        output[n++] = FeatureHash.Key(24, At(_hints, i + 1));
        output[n++] = FeatureHash.Key(25, hints, shape);
        output[n++] = FeatureHash.Key(27, wPrev, lower);
        output[n++] = FeatureHash.Key(28, lower, wNext);
        output[n++] = FeatureHash.Key(30, (ulong)(i == 0 ? 1 : 2), shape);
        output[n++] = FeatureHash.Key(31, shape, At(_shape, i + 1));
        output[n] = FeatureHash.Key(32, At(_shape, i - 1), shape);
    }

    /// <summary>Writes the features of token <paramref name="i"/> that depend on the labels chosen before it (length <see cref="LabelCount"/>).</summary>
    public void ExtractLabels(int i, int previous, int beforePrevious, Span<uint> output)
    {
        var p1 = (ulong)previous + 1;
        var p2 = (ulong)beforePrevious + 1;
        output[0] = FeatureHash.Key(18, p1);
        output[1] = FeatureHash.Key(19, p1, p2);
        output[2] = FeatureHash.Key(20, p1, _lower[i]);
        output[3] = FeatureHash.Key(21, p1, _shape[i]);
        output[4] = FeatureHash.Key(26, _hints[i], p1);
        output[5] = FeatureHash.Key(29, p1, _pos[i]);
    }

    private ulong At(ulong[] values, int i) => i < 0 ? 0x5354415254UL : i >= _length ? 0x454E44UL : values[i];
}
