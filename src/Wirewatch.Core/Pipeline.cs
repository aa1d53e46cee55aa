using System.Diagnostics;

namespace Wirewatch.Core;

/// <summary>
/// An ordered list of components whose needs were checked when it was built: every layer a component
/// needs is added by a component before it (or is the text itself).
/// </summary>
public sealed class Pipeline
{
    private readonly IPipelineComponent[] _components;

    private Pipeline(IPipelineComponent[] components, Layers produces)
    {
        _components = components;
        Produces = produces;
    }

    public IReadOnlyList<IPipelineComponent> Components => _components;

    /// <summary>Every layer a document carries after this pipeline.</summary>
    public Layers Produces { get; }

    /// <summary>Builds a pipeline, failing with <see cref="ErrorCode.PipelineMisconfigured"/> when a need is not met.</summary>
    public static Pipeline Build(params IEnumerable<IPipelineComponent> components)
    {
        var list = components.ToArray();
        var available = Layers.Text;
        foreach (var component in list)
        {
            var missing = component.Needs & ~available;
            if (missing != Layers.None)
            {
                throw new WirewatchException(
                    ErrorCode.PipelineMisconfigured,
                    $"Component '{component.Name}' needs {missing}, which no component before it adds (available: {available}).");
            }

            available |= component.Adds;
        }

        return new Pipeline(list, available);
    }

    /// <summary>Runs every component on the document, in order.</summary>
    public void Run(Document document)
    {
        foreach (var component in _components)
        {
            component.Process(document);
        }
    }

    /// <summary>Runs every component, adding the time each took to <paramref name="timings"/>.</summary>
    public void Run(Document document, PipelineTimings timings)
    {
        for (var i = 0; i < _components.Length; i++)
        {
            var started = Stopwatch.GetTimestamp();
            _components[i].Process(document);
            timings.Add(i, Stopwatch.GetTimestamp() - started);
        }
    }

    public PipelineTimings CreateTimings() => new(_components.Select(c => c.Name).ToArray());
}
