using Wirewatch.Core;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Text.Sentences;

/// <summary>Adds sentences: spans of whole tokens, never crossing a paragraph break.</summary>
public sealed class SentenceComponent : IPipelineComponent
{
    private readonly SentenceSplitter _splitter;

    public SentenceComponent(TextLexicon lexicon)
    {
        _splitter = new SentenceSplitter(lexicon);
    }

    public string Name => "sentences";

    public Layers Needs => Layers.FoldedText | Layers.Tokens | Layers.Paragraphs;

    public Layers Adds => Layers.Sentences;

    public void Process(Document document)
        => document.Sentences = _splitter.Split(document.FoldedText, document.Tokens, document.Paragraphs);
}
