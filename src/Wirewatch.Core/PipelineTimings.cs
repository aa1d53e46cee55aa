using System.Diagnostics;

namespace Wirewatch.Core;

/// <summary>Time spent in each component of a pipeline, summed over the documents it ran on. Not thread-safe.</summary>
public sealed class PipelineTimings
{
    private readonly long[] _ticks;

    public PipelineTimings(IReadOnlyList<string> componentNames)
    {
        ComponentNames = componentNames;
        _ticks = new long[componentNames.Count];
    }

    public IReadOnlyList<string> ComponentNames { get; }

    public void Add(int component, long stopwatchTicks) => _ticks[component] += stopwatchTicks;

    public TimeSpan Elapsed(int component) => TimeSpan.FromSeconds(_ticks[component] / (double)Stopwatch.Frequency);

    public TimeSpan Total => TimeSpan.FromSeconds(_ticks.Sum() / (double)Stopwatch.Frequency);

    /// <summary>The share of the total time spent in one component, from 0 to 1.</summary>
    public double Share(int component)
    {
        var total = _ticks.Sum();
        return total == 0 ? 0 : _ticks[component] / (double)total;
    }
}
