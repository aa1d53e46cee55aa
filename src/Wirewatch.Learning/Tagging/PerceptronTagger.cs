using System.Buffers;
using Wirewatch.Core;
using Wirewatch.Learning.Perceptron;

namespace Wirewatch.Learning.Tagging;

/// <summary>
/// A greedy sequence tagger with averaged perceptron models. A first pass tags left to right from the words and the
/// tags already chosen; an optional second pass tags again, left to right, seeing also the first pass's tags of the
/// next two tokens. The second pass looks again only at the tokens the first was unsure of: those whose best score
/// beat the runner-up by less than <see cref="SecondPassMargin"/> (in weight units). A tagger may hold a second,
/// caseless tagger, trained on lower-cased text, to which it hands every sentence with no capital letter: capitals
/// tell names from words, and a model that has learnt to trust them errs on lower-cased input. Immutable and
/// thread-safe; tagging allocates nothing beyond pooled buffers.
/// </summary>
public sealed class PerceptronTagger
{
    private const int StackLimit = 256;

    public PerceptronTagger(
        IReadOnlyList<string> tagNames,
        TagLexicon lexicon,
        SparseWeights weights,
        SparseWeights? secondPass = null,
        float secondPassMargin = float.PositiveInfinity,
        PerceptronTagger? caseless = null,
        bool easyFirst = false,
        float easyFirstMargin = float.PositiveInfinity)
    {
        if (tagNames.Count != weights.ClassCount || (secondPass is not null && secondPass.ClassCount != tagNames.Count))
        {
            throw new ArgumentException("The model must have one weight column for each tag.", nameof(weights));
        }

        if (caseless is not null && (caseless.HasCaseless || !caseless.TagNames.SequenceEqual(tagNames)))
        {
            throw new ArgumentException("The caseless tagger must have the same tags and no caseless tagger of its own.", nameof(caseless));
        }

        if (easyFirst && secondPass is not null)
        {
            throw new ArgumentException("An easy-first tagger has no second pass.", nameof(secondPass));
        }

        TagNames = tagNames;
        Lexicon = lexicon;
        Weights = weights;
        SecondPass = secondPass;
        SecondPassMargin = secondPassMargin;
        _caseless = caseless is null ? null : Made(caseless);
        EasyFirst = easyFirst;
        EasyFirstMargin = easyFirstMargin;
        _easyMargin = ToWeightUnits(easyFirstMargin, weights);
        _firstMargin = ToWeightUnits(secondPassMargin, weights);
    }

    // A copy of a tagger with other margins and caseless tagger (loaded when first needed, and checked then).
    private PerceptronTagger(PerceptronTagger source, float secondPassMargin, float easyFirstMargin, Lazy<PerceptronTagger>? caseless)
        : this(source.TagNames, source.Lexicon, source.Weights, source.SecondPass, secondPassMargin, null, source.EasyFirst, easyFirstMargin)
    {
        var tagNames = source.TagNames;
        _caseless = caseless is null || caseless.IsValueCreated ? caseless : new Lazy<PerceptronTagger>(() =>
        {
            var loaded = caseless.Value;
            if (loaded.HasCaseless || !loaded.TagNames.SequenceEqual(tagNames))
            {
                throw new InvalidDataException("The caseless tagger must have the same tags and no caseless tagger of its own.");
            }

            return loaded;
        });
    }

    private readonly int _firstMargin;
    private readonly int _easyMargin;
    private readonly Lazy<PerceptronTagger>? _caseless;

    /// <summary>The name of each tag, by class index.</summary>
    public IReadOnlyList<string> TagNames { get; }

    public TagLexicon Lexicon { get; }

    /// <summary>The weights of the first pass.</summary>
    public SparseWeights Weights { get; }

    /// <summary>The weights of the second pass, if the model has one.</summary>
    public SparseWeights? SecondPass { get; }

    /// <summary>
    /// The second pass retags a token only when the first pass's best score beat the runner-up by less than this
    /// (in the first pass's weight units); infinity retags every token.
    /// </summary>
    public float SecondPassMargin { get; }

    /// <summary>The tagger of sentences with no capital letter, trained on lower-cased text, if the model has one (loaded when first asked for, if loaded lazily).</summary>
    public PerceptronTagger? Caseless => _caseless?.Value;

    /// <summary>Whether the tagger has a caseless tagger (without loading it, if it is loaded lazily).</summary>
    public bool HasCaseless => _caseless is not null;

    /// <summary>
    /// Whether the tagger tags easy-first (the clearest token first, seeing the tags chosen on both sides of it; see
    /// <see cref="EasyFirstDecoder"/>) rather than left to right.
    /// </summary>
    public bool EasyFirst { get; }

    /// <summary>
    /// For an easy-first tagger: a token whose best tag beats the runner-up by at least this (in weight units) from
    /// the features of its word and the neighbouring words alone is tagged at once, without its tag features (most
    /// tokens are clear from their words); infinity scores every token with its tag features.
    /// </summary>
    public float EasyFirstMargin { get; }

    /// <summary>A copy of this easy-first tagger that tags at once the tokens clear by <paramref name="margin"/> from their words.</summary>
    public PerceptronTagger WithEasyFirstMargin(float margin) => new(this, SecondPassMargin, margin, _caseless);

    /// <summary>A copy of this tagger whose second pass retags the tokens with a first-pass margin below <paramref name="margin"/>.</summary>
    public PerceptronTagger WithSecondPassMargin(float margin) => new(this, margin, EasyFirstMargin, _caseless);

    /// <summary>A copy of this tagger with another caseless tagger (or none).</summary>
    public PerceptronTagger WithCaseless(PerceptronTagger? caseless) => new(TagNames, Lexicon, Weights, SecondPass, SecondPassMargin, caseless, EasyFirst, EasyFirstMargin);

    /// <summary>
    /// A copy of this tagger with a caseless tagger made when first needed (when a sentence with no capital letter is
    /// met), and checked then: loading a model needs only the cased tagger.
    /// </summary>
    public PerceptronTagger WithLazyCaseless(Func<PerceptronTagger> caseless) => new(this, SecondPassMargin, EasyFirstMargin, new Lazy<PerceptronTagger>(caseless));

    /// <summary>Whether no token of a sentence has a capital letter (so that the caseless tagger, if any, tags it).</summary>
    public static bool IsCaseless(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens)
    {
        var sentence = text[tokens[0].Start..tokens[^1].End];
        if (sentence.ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }

        foreach (var c in sentence)
        {
            if (c > '\x7F' && char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tags one sentence: <paramref name="tokens"/> are spans over <paramref name="text"/>; one class index is written per token.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Span<int> tags) => Tag(text, tokens, tags, null);

    /// <summary>
    /// Tags one sentence as <see cref="Tag(ReadOnlySpan{char}, ReadOnlySpan{TextSpan}, Span{int})"/> does, with the
    /// same result, working out what depends on a word alone once per word of <paramref name="cache"/> (made by
    /// <see cref="CreateWordCache"/>; one per thread, cleared between documents).
    /// </summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Span<int> tags, TaggerWordCache? cache)
    {
        if (tags.Length < tokens.Length)
        {
            throw new ArgumentException("There must be room for one tag for each token.", nameof(tags));
        }

        if (cache is not null && cache.Tagger != this)
        {
            throw new ArgumentException("The cache belongs to another tagger.", nameof(cache));
        }

        if (tokens.Length == 0)
        {
            return;
        }

        if (_caseless is not null && IsCaseless(text, tokens))
        {
            _caseless.Value.Tag(text, tokens, tags, cache?.CaselessCache());
            return;
        }

        var size = tokens.Length + (2 * TokenFeatures.Padding);
        TokenInfo[]? rentedInfos = null;
        int[]? rentedInts = null;
        var infos = size <= StackLimit ? stackalloc TokenInfo[size] : (rentedInfos = ArrayPool<TokenInfo>.Shared.Rent(size)).AsSpan(0, size);
        var ints = size <= StackLimit ? stackalloc int[3 * tokens.Length] : (rentedInts = ArrayPool<int>.Shared.Rent(3 * tokens.Length)).AsSpan(0, 3 * tokens.Length);
        try
        {
            var entries = cache is null ? default : ints[..tokens.Length];
            if (cache is null)
            {
                TokenFeatures.Prepare(text, tokens, Lexicon, infos);
            }
            else
            {
                TokenFeatures.Prepare(text, tokens, Lexicon, infos, cache, entries);
            }

            if (EasyFirst)
            {
                EasyFirstDecoder.Tag(Weights, _easyMargin, infos, tokens.Length, cache, entries, tags);
                return;
            }

            if (SecondPass is null)
            {
                FirstPass(infos, tokens.Length, cache, entries, tags, default);
                return;
            }

            var first = ints.Slice(tokens.Length, tokens.Length);
            var margins = ints.Slice(2 * tokens.Length, tokens.Length);
            FirstPass(infos, tokens.Length, cache, entries, first, margins);
            Second(infos, cache, entries, first, margins, tags);
        }
        finally
        {
            if (rentedInfos is not null)
            {
                ArrayPool<TokenInfo>.Shared.Return(rentedInfos);
            }

            if (rentedInts is not null)
            {
                ArrayPool<int>.Shared.Return(rentedInts);
            }
        }
    }

    /// <summary>A cache of what this tagger works out from words alone, for tagging the sentences of a document on one thread.</summary>
    public TaggerWordCache CreateWordCache() => new(this);

    /// <summary>Tags one sentence and returns the class indexes (convenient; allocates the result).</summary>
    public int[] Tag(TaggedSentence sentence)
    {
        var tags = new int[sentence.Tokens.Length];
        Tag(sentence.Text, sentence.Tokens, tags);
        return tags;
    }

    private static Lazy<PerceptronTagger> Made(PerceptronTagger tagger)
    {
        var made = new Lazy<PerceptronTagger>(() => tagger);
        _ = made.Value;
        return made;
    }

    private static int ToWeightUnits(float margin, SparseWeights weights)
        => float.IsPositiveInfinity(margin) ? int.MaxValue : (int)Math.Clamp(Math.Round(margin * weights.Scale), int.MinValue, int.MaxValue);

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

    // The margin between the best and the runner-up score, or int.MaxValue for a tag from the lexicon.
    internal static int Margin(ReadOnlySpan<int> scores, int best)
    {
        var second = int.MinValue;
        for (var c = 0; c < scores.Length; c++)
        {
            if (c != best && scores[c] > second)
            {
                second = scores[c];
            }
        }

        return scores[best] - second;
    }

    /// <summary>Tags left to right; writes the margin of each token to <paramref name="margins"/> unless it is empty.</summary>
    private void FirstPass(ReadOnlySpan<TokenInfo> infos, int count, TaggerWordCache? cache, ReadOnlySpan<int> entries, Span<int> tags, Span<int> margins)
    {
        Span<uint> features = stackalloc uint[TokenFeatures.Count];
        Span<int> scores = stackalloc int[Weights.ClassCount];
        Span<int> local = stackalloc int[Weights.ClassCount];
        var context = features[TokenFeatures.WordCount..];
        int previous = -1, previous2 = -2;
        for (var i = 0; i < count; i++)
        {
            var tag = infos[i + TokenFeatures.Padding].SureTag;
            if (tag < 0)
            {
                var known = false;
                var word = cache is null ? local : cache.Scores(entries[i], second: false, out known);
                if (!known)
                {
                    TokenFeatures.ExtractWord(in infos[i + TokenFeatures.Padding], features);
                    word.Clear();
                    Weights.AddScores(features[..TokenFeatures.WordCount], word);
                }

                word.CopyTo(scores);
                TokenFeatures.ExtractContext(infos, i, previous, previous2, context);
                Weights.AddScores(context, scores);
                tag = ArgMax(scores);
                if (!margins.IsEmpty)
                {
                    margins[i] = Margin(scores, tag);
                }
            }
            else if (!margins.IsEmpty)
            {
                margins[i] = int.MaxValue;
            }

            tags[i] = tag;
            previous2 = previous;
            previous = tag;
        }
    }

    private void Second(ReadOnlySpan<TokenInfo> infos, TaggerWordCache? cache, ReadOnlySpan<int> entries, ReadOnlySpan<int> first, ReadOnlySpan<int> margins, Span<int> tags)
    {
        var weights = SecondPass!;
        Span<uint> features = stackalloc uint[TokenFeatures.SecondCount];
        Span<int> scores = stackalloc int[weights.ClassCount];
        Span<int> local = stackalloc int[weights.ClassCount];
        var context = features[TokenFeatures.WordCount..];
        int previous = -1, previous2 = -2;
        for (var i = 0; i < first.Length; i++)
        {
            var tag = first[i];
            if (margins[i] < _firstMargin)
            {
                var known = false;
                var word = cache is null ? local : cache.Scores(entries[i], second: true, out known);
                if (!known)
                {
                    TokenFeatures.ExtractWord(in infos[i + TokenFeatures.Padding], features);
                    word.Clear();
                    weights.AddScores(features[..TokenFeatures.WordCount], word);
                }

                word.CopyTo(scores);
                var next = i + 1 < first.Length ? first[i + 1] : -1;
                var next2 = i + 2 < first.Length ? first[i + 2] : -2;
                TokenFeatures.ExtractSecondContext(infos, i, previous, previous2, next, next2, context);
                weights.AddScores(context, scores);
                tag = ArgMax(scores);
            }

            tags[i] = tag;
            previous2 = previous;
            previous = tag;
        }
    }
}
