using Wirewatch.Learning.Hashing;

namespace Wirewatch.Learning.Tagging;

/// <summary>
/// What the training data says about words: the tag of frequent words that (almost) always take one tag, tagged
/// without the model (as Honnibal's tagger does), and the set of tags each lower-cased word was seen with (its
/// ambiguity class, a feature for the model).
/// </summary>
public sealed class TagLexicon
{
    private const int SureTemplate = 1001;
    private const int ClassTemplate = 1002;

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
    public static TagLexicon Build(IEnumerable<TaggedSentence> sentences, int sureMinCount = 20, double sureMinShare = 0.995, int classMinCount = 5, double classMinShare = 0.01)
    {
        var exact = new Dictionary<ulong, Dictionary<int, int>>();
        var lower = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                var form = sentence.Form(i);
                Count(exact, FeatureHash.Of(form), sentence.Tags[i]);
                Count(lower, FeatureHash.OfLower(form), sentence.Tags[i]);
            }
        }

        var entries = new Dictionary<uint, int>();
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

    private static void Count(Dictionary<ulong, Dictionary<int, int>> counts, ulong hash, int tag)
    {
        if (!counts.TryGetValue(hash, out var tags))
        {
            tags = [];
            counts[hash] = tags;
        }

        tags[tag] = tags.GetValueOrDefault(tag) + 1;
    }
}
