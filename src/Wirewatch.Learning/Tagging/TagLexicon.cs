using Wirewatch.Learning.Hashing;

namespace Wirewatch.Learning.Tagging;

/// <summary>
/// What the training data says about words: the tag of frequent words that (almost) always take one tag, tagged
/// without the model (as Honnibal's tagger does); likewise the tag of a word after a given word when that pair is
/// frequent and (almost) always tagged so ("according to": "to" is a preposition there, never an infinitive
/// marker); and the set of tags each lower-cased word was seen with (its ambiguity class, a feature for the model).
/// </summary>
public sealed class TagLexicon
{
    private const int SureTemplate = 1001;
    private const int ClassTemplate = 1002;
    private const int PairTemplate = 1003;

    private readonly KeyTable _table;

    public TagLexicon(KeyTable table)
    {
        _table = table;
    }

    public KeyTable Table => _table;

    /// <summary>The key under which a word's sure tag is stored, from the hash of its exact form.</summary>
    public static uint SureKey(ulong formHash) => FeatureHash.Key(SureTemplate, formHash);

    /// <summary>The key under which a word's ambiguity class is stored, from the hash of its lower-cased form.</summary>
    public static uint ClassKey(ulong lowerHash) => FeatureHash.Key(ClassTemplate, lowerHash);

    /// <summary>The key under which the sure tag of a word after another is stored, from the hashes of both lower-cased forms.</summary>
    public static uint PairKey(ulong previousLowerHash, ulong lowerHash) => FeatureHash.Key(PairTemplate, previousLowerHash, lowerHash);

    /// <summary>The tag of a word after another when the pair is frequent and unambiguous, or -1.</summary>
    public int PairTag(ulong previousLowerHash, ulong lowerHash) => _table.TryGet(PairKey(previousLowerHash, lowerHash), out var tag) ? tag : -1;

    /// <summary>The tag of a frequent unambiguous word, or -1.</summary>
    public int SureTag(ulong formHash) => _table.TryGet(SureKey(formHash), out var tag) ? tag : -1;

    /// <summary>The bit set of tags seen with the lower-cased word (0 when unseen).</summary>
    public int AmbiguityClass(ulong lowerHash) => _table.TryGet(ClassKey(lowerHash), out var mask) ? mask : 0;

    /// <summary>Builds the lexicon from training sentences.</summary>
    /// <param name="sentences">The training data.</param>
    /// <param name="sureMinCount">How often a word must be seen to be tagged without the model.</param>
    /// <param name="sureMinShare">The share of its occurrences its commonest tag must have.</param>
    /// <param name="classMinCount">How often a word must be seen to have an ambiguity class (rarer words look unseen, as at tagging time).</param>
    /// <param name="classMinShare">The share of a word's occurrences a tag must have to enter its ambiguity class.</param>
    /// <param name="pairMinCount">How often a pair of words must be seen for the second to be tagged from the lexicon after the first; 0 for no pairs.</param>
    public static TagLexicon Build(IEnumerable<TaggedSentence> sentences, int sureMinCount = 20, double sureMinShare = 0.995, int classMinCount = 5, double classMinShare = 0.01, int pairMinCount = 0)
    {
        var exact = new Dictionary<ulong, Dictionary<int, int>>();
        var lower = new Dictionary<ulong, Dictionary<int, int>>();
        var pairs = new Dictionary<uint, Dictionary<int, int>>();
        foreach (var sentence in sentences)
        {
            var previous = 0UL;
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                var form = sentence.Form(i);
                var lowerHash = FeatureHash.OfLower(form);
                Count(exact, FeatureHash.Of(form), sentence.Tags[i]);
                Count(lower, lowerHash, sentence.Tags[i]);
                if (i > 0 && pairMinCount > 0)
                {
                    Count(pairs, PairKey(previous, lowerHash), sentence.Tags[i]);
                }

                previous = lowerHash;
            }
        }

        var entries = new Dictionary<uint, int>();
        foreach (var (key, tags) in pairs)
        {
            var total = tags.Values.Sum();
            var (tag, count) = tags.MaxBy(t => (t.Value, -t.Key));
            if (total >= pairMinCount && count >= sureMinShare * total)
            {
                entries[key] = tag;
            }
        }

        foreach (var (hash, tags) in exact)
        {
            var total = tags.Values.Sum();
            var (tag, count) = tags.MaxBy(t => (t.Value, -t.Key));
            if (total >= sureMinCount && count >= sureMinShare * total)
            {
                entries[SureKey(hash)] = tag;
            }
        }

        foreach (var (hash, tags) in lower)
        {
            var total = tags.Values.Sum();
            if (total < classMinCount)
            {
                continue;
            }

            var mask = 0;
            foreach (var (tag, count) in tags)
            {
                if (count >= classMinShare * total)
                {
                    mask |= 1 << tag;
                }
            }

            entries[ClassKey(hash)] = mask;
        }

        return new TagLexicon(new KeyTable(entries.OrderBy(e => e.Key).ToList()));
    }

    private static void Count<TKey>(Dictionary<TKey, Dictionary<int, int>> counts, TKey hash, int tag)
        where TKey : notnull
    {
        if (!counts.TryGetValue(hash, out var tags))
        {
            tags = [];
            counts[hash] = tags;
        }

        tags[tag] = tags.GetValueOrDefault(tag) + 1;
    }
}
