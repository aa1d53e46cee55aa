namespace Wirewatch.Core;

/// <summary>One step of the pipeline. It declares the layers it needs and the layers it adds.</summary>
public interface IPipelineComponent
{
    /// <summary>A short name for reports and benchmarks ("tokens", "sentences").</summary>
    string Name { get; }

    Layers Needs { get; }

    Layers Adds { get; }

    /// <summary>Adds this component's layers to the document. Must not read the clock or the network.</summary>
    void Process(Document document);
}
