using Wirewatch.Core;
using Wirewatch.Evaluation;
using Wirewatch.Extraction.Gazetteers;
using Wirewatch.Extraction.Gazetteers.Building;
using Wirewatch.Testing;

namespace Wirewatch.Extraction.Tests.Gazetteers;

public sealed class GazetteerBuildTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "wirewatch-gazetteer-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [SharedDataFact]
    public void The_build_reproduces_the_shipped_gazetteers()
    {
        var report = GazetteerBuilder.Build(GazetteerSources.In(SharedData.Locate()), DataFiles.Root, _output);

        Assert.True(report.Cities > 30_000, $"only {report.Cities} cities");
        foreach (var file in new[] { GazetteerFiles.Places, GazetteerFiles.Countries, GazetteerFiles.Demonyms })
        {
            var built = File.ReadAllLines(Path.Combine(_output, Path.GetFileName(file)));
            var shipped = File.ReadAllLines(DataFiles.PathOf(file));
            Assert.True(built.Length == shipped.Length, $"{file}: built {built.Length} lines, shipped {shipped.Length}; run 'wirewatch train gazetteer'");
            var firstDifference = built.Zip(shipped).Select((pair, i) => (pair, i)).FirstOrDefault(p => p.pair.First != p.pair.Second);
            Assert.True(firstDifference.pair.First is null, $"{file}:{firstDifference.i + 1}: built\n{firstDifference.pair.First}\nshipped\n{firstDifference.pair.Second}");
        }

        var places = File.ReadAllLines(Path.Combine(_output, "places.tsv"));
        Assert.Contains(places, l => l.StartsWith("Kyiv\t", StringComparison.Ordinal) && l.Contains("\tcity\tUA\t12\tKyiv City\t", StringComparison.Ordinal) && l.Contains("|Kiev|", StringComparison.Ordinal));
        Assert.Contains(places, l => l.StartsWith("Kherson\t", StringComparison.Ordinal) && l.Contains("\tregion\tUA\t08\t", StringComparison.Ordinal));
        Assert.Contains(places, l => l.StartsWith("Russia\t\tcountry\tRU\t", StringComparison.Ordinal));
        var demonyms = File.ReadAllLines(Path.Combine(_output, "demonyms.tsv"));
        Assert.Contains("Ukrainians\tUA\tplural", demonyms);
    }
}
