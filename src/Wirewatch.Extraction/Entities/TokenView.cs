using Wirewatch.Core;

namespace Wirewatch.Extraction.Entities;

/// <summary>Read access to a document's tokens by index: their text, position and sentence.</summary>
internal sealed class TokenView
{
    private readonly Document _document;
    private readonly int[] _sentenceOfToken;

    public TokenView(Document document)
    {
        _document = document;
        Tokens = document.Tokens;
        _sentenceOfToken = new int[Tokens.Count];
        var sentences = document.Sentences;
        var s = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            while (s + 1 < sentences.Count && Tokens[i].Start >= sentences[s].End)
            {
                s++;
            }

            _sentenceOfToken[i] = s;
        }
    }

    public IReadOnlyList<Token> Tokens { get; }

    public int Count => Tokens.Count;

    /// <summary>The folded text of token i.</summary>
    public string Word(int i) => Tokens[i].Span.Slice(_document.FoldedText);

    /// <summary>The folded text of token i, without a string (for lookups and comparisons).</summary>
    public ReadOnlySpan<char> WordSpan(int i) => _document.FoldedText.AsSpan(Tokens[i].Start, Tokens[i].Span.Length);

    public string Text(TextSpan span) => span.Slice(_document.Text);

    public int SentenceOf(int i) => _sentenceOfToken[i];

    /// <summary>The index of the first token starting at or after a position.</summary>
    public int IndexAt(int position) => TokenSearch.FirstStartingAtOrAfter(Tokens, position);

    public bool IsCapitalised(int i)
    {
        var word = WordSpan(i);
        return word.Length > 0 && char.IsUpper(word[0]);
    }

    public PartOfSpeech? PartOfSpeechOf(int i) => _document.Has(Layers.PartsOfSpeech) ? _document.PartsOfSpeech[i] : null;
}
