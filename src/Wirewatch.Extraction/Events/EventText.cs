using Wirewatch.Core;

namespace Wirewatch.Extraction.Events;

/// <summary>The document as the event rules read it: lower-case words of the tokens, the sentence of each token and each sentence's token range.</summary>
public sealed class EventText
{
    private const int MaxStackWord = 256;

    public EventText(Document document)
    {
        Document = document;
        var tokens = document.Tokens;
        var folded = document.FoldedText;
        var words = new string[tokens.Count];
        Span<char> buffer = stackalloc char[MaxStackWord];
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = folded.AsSpan(tokens[i].Start, tokens[i].Span.Length);
            if (word.Length <= MaxStackWord)
            {
                // One string a word: lower-cased straight from the text, with no copy made first.
                var lower = buffer[..word.ToLowerInvariant(buffer)];
                words[i] = new string(lower);
            }
            else
            {
                words[i] = word.ToString().ToLowerInvariant();
            }
        }

        Words = words;
        SentenceOf = new int[tokens.Count];
        var ranges = new List<(int First, int End)>();
        var t = 0;
        foreach (var sentence in document.Sentences)
        {
            while (t < tokens.Count && tokens[t].Start < sentence.Start)
            {
                SentenceOf[t] = Math.Max(0, ranges.Count - 1);
                t++;
            }

            var first = t;
            while (t < tokens.Count && tokens[t].End <= sentence.End)
            {
                SentenceOf[t] = ranges.Count;
                t++;
            }

            ranges.Add((first, t));
        }

        for (; t < tokens.Count; t++)
        {
            SentenceOf[t] = Math.Max(0, ranges.Count - 1);
        }

        Sentences = ranges;
        Tags = document.Has(Layers.PartsOfSpeech) ? document.PartsOfSpeech : null;
    }

    public Document Document { get; }

    public IReadOnlyList<string> Words { get; }

    public int[] SentenceOf { get; }

    /// <summary>Each sentence's tokens, <c>[First, End)</c>.</summary>
    public IReadOnlyList<(int First, int End)> Sentences { get; }

    public IReadOnlyList<PartOfSpeech>? Tags { get; }

    public int Count => Words.Count;

    public TextSpan Span(int first, int end) => new(Document.Tokens[first].Start, Document.Tokens[end - 1].End);

    public bool IsVerb(int i) => Tags is not null && Tags[i] is PartOfSpeech.Verb or PartOfSpeech.Aux;

    public bool IsPunctuation(int i) => Document.Tokens[i].Kind == TokenKind.Punctuation;

    public bool Is(int i, PartOfSpeech tag) => Tags is not null && Tags[i] == tag;
}
