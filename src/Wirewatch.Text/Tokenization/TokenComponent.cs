using Wirewatch.Core;

namespace Wirewatch.Text.Tokenization;

/// <summary>Adds tokens, found in the folded text so that typography never changes them.</summary>
public sealed class TokenComponent : IPipelineComponent
{
    private readonly Tokenizer _tokenizer;

    public TokenComponent(TextLexicon lexicon)
    {
        _tokenizer = new Tokenizer(lexicon);
    }

    public string Name => "tokens";

    public Layers Needs => Layers.FoldedText;

    public Layers Adds => Layers.Tokens;

    public void Process(Document document) => document.Tokens = _tokenizer.Tokenize(document.FoldedText);
}
