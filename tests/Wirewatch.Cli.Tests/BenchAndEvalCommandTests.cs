using Wirewatch.Testing;

namespace Wirewatch.Cli.Tests;

public class BenchAndEvalCommandTests
{
    [Fact]
    public void Bench_reports_throughput_memory_and_each_component()
    {
        var run = CliRun.Of("bench", Path.Combine(RepositoryFiles.Root, "examples"), "--repeat", "2");

        Assert.Equal(0, run.Exit);
        Assert.Contains("| articles per CPU-second", run.Out);
        Assert.Contains("| MB per second (wall clock)", run.Out);
        Assert.Contains("| peak memory (working set)", run.Out);
        Assert.Contains("| time to first result", run.Out);
        Assert.Contains("× 2 runs", run.Out);
        foreach (var component in new[] { "normalise", "paragraphs", "tokens", "sentences" })
        {
            Assert.Contains($"| {component} ", run.Out);
        }
    }

    [SharedDataFact]
    public void Eval_text_prints_a_table_of_scores()
    {
        var run = CliRun.Of("eval", "text");

        Assert.Equal(0, run.Exit);
        Assert.Contains("| GUM news ", run.Out);
        Assert.Contains("sentence F1", run.Out);
    }

    [Fact]
    public void Eval_without_the_shared_data_names_what_is_missing()
    {
        var run = CliRun.Of("eval", "text", "--data", "/nonexistent/shared");

        Assert.Equal(1, run.Exit);
        Assert.Contains("shared data folder", run.Error);
    }
}
