using Wirewatch.Core;

namespace Wirewatch.Text.Normalization;

/// <summary>Adds <see cref="Document.FoldedText"/>: the text with typography folded, offsets unchanged.</summary>
public sealed class FoldingComponent : IPipelineComponent
{
    public string Name => "normalise";

    public Layers Needs => Layers.Text;

    public Layers Adds => Layers.FoldedText;

    public void Process(Document document) => document.FoldedText = TextFolding.Fold(document.Text);
}
