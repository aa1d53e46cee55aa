using Wirewatch.Core;

namespace Wirewatch.Learning.Tagging;

/// <summary>A sentence for training or scoring a tagger: its text, its token spans and one tag (class index) per token.</summary>
public sealed record TaggedSentence(string Text, TextSpan[] Tokens, int[] Tags)
{
    public ReadOnlySpan<char> Form(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    /// <summary>The same sentence with its text lower-cased (the spans stay valid: lower-casing keeps each character's place).</summary>
    public TaggedSentence LowerCased() => this with { Text = Text.ToLowerInvariant() };

    /// <summary>Lower-cased copies of sentences; sentences over one text share one lower-cased text.</summary>
    public static IReadOnlyList<TaggedSentence> LowerCased(IEnumerable<TaggedSentence> sentences)
    {
        var texts = new Dictionary<string, string>(ReferenceEqualityComparer.Instance);
        var copies = new List<TaggedSentence>();
        foreach (var sentence in sentences)
        {
            if (!texts.TryGetValue(sentence.Text, out var lower))
            {
                lower = sentence.Text.ToLowerInvariant();
                texts[sentence.Text] = lower;
            }

            copies.Add(sentence with { Text = lower });
        }

        return copies;
    }

    /// <summary>A sentence from words and tags: the words joined by single spaces.</summary>
    public static TaggedSentence FromWords(IReadOnlyList<string> words, IReadOnlyList<int> tags)
    {
        if (words.Count != tags.Count)
        {
            throw new ArgumentException("There must be one tag for each word.", nameof(tags));
        }

        var spans = new TextSpan[words.Count];
        var position = 0;
        for (var i = 0; i < words.Count; i++)
        {
            spans[i] = new TextSpan(position, position + words[i].Length);
            position += words[i].Length + 1;
        }

        return new TaggedSentence(string.Join(' ', words), spans, [.. tags]);
    }
}
