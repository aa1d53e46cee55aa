using Wirewatch.Core;
using Wirewatch.Text.Normalization;
using Wirewatch.Text.Sentences;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Text;

/// <summary>The text layer's components in order: normalise, paragraphs, tokens, sentences.</summary>
public static class TextPipeline
{
    public static IReadOnlyList<IPipelineComponent> Components(TextLexicon lexicon) =>
    [
        new FoldingComponent(),
        new ParagraphComponent(),
        new TokenComponent(lexicon),
        new SentenceComponent(lexicon),
    ];
}
