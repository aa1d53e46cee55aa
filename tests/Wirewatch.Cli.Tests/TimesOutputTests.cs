using System.Text.Json;
using Wirewatch.Testing;

namespace Wirewatch.Cli.Tests;

public sealed class TimesOutputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wirewatch-times-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_times_layer_gives_spans_types_values_and_anchors()
    {
        var path = Write("dated.txt", "On Wednesday, the inspectorate accused Russia. It said it met the agency a day earlier.");

        var root = JsonDocument.Parse(CliRun.Of("analyze", path, "--date", "2023-05-05").Out).RootElement;

        var text = root.GetProperty("text").GetString()!;
        var times = root.GetProperty("times").EnumerateArray().ToList();
        Assert.Equal(2, times.Count);
        Assert.Equal("t1", times[0].GetProperty("id").GetString());
        Assert.Equal("Wednesday", text[times[0].GetProperty("start").GetInt32()..times[0].GetProperty("end").GetInt32()]);
        Assert.Equal("Wednesday", times[0].GetProperty("text").GetString());
        Assert.Equal("DATE", times[0].GetProperty("type").GetString());
        Assert.Equal("2023-05-03", times[0].GetProperty("value").GetString());
        Assert.Equal("a day earlier", times[1].GetProperty("text").GetString());
        Assert.Equal("2023-05-02", times[1].GetProperty("value").GetString());
        Assert.Equal("t1", times[1].GetProperty("anchor").GetString());
        Assert.Empty(root.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public void Without_a_date_values_stay_underspecified_and_the_warnings_say_so()
    {
        var path = Write("undated.txt", "Moscow accused Washington on Wednesday.");

        var root = JsonDocument.Parse(CliRun.Of("analyze", path).Out).RootElement;

        var time = root.GetProperty("times")[0];
        Assert.Equal("XXXX-WXX-3", time.GetProperty("value").GetString());
        Assert.Contains(root.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("underspecified", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Eval_time_prints_a_table_per_corpus()
    {
        var run = CliRun.Of("eval", "time");

        Assert.Equal(0, run.Exit);
        Assert.Contains("| TBAQ-cleaned", run.Out);
        Assert.Contains("| MEANTIME", run.Out);
        Assert.Contains("value F1", run.Out);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
