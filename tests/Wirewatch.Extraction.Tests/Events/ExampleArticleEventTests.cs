using Wirewatch.Core;
using Wirewatch.Evaluation;
using Wirewatch.Testing;
using Wirewatch.Text.Reading;

namespace Wirewatch.Extraction.Tests.Events;

public class ExampleArticleEventTests
{
    [SharedDataFact]
    public void The_kremlin_drone_article_has_the_four_events_of_the_issue()
    {
        var path = Path.Combine(SharedData.Locate(), "examples", "kremlin-drone-2023-05-05.txt");
        var document = ArticleText.Parse(File.ReadAllText(path), path, null);
        EventSpecTests.Pipeline.Run(document);
        var events = document.Events;

        var kremlin = events.Single(e => e.Location?.Name == "Moscow");
        Assert.Equal("Air/drone strike", kremlin.SubType);
        Assert.Equal("2023-05-03", kremlin.Date);
        Assert.Equal(EventStatus.Alleged, kremlin.Status);
        Assert.True(kremlin.Disputed);

        var kyiv = events.Single(e => e.Location?.Name == "Kyiv");
        Assert.Equal("2023-05-04", kyiv.Date);
        Assert.Equal(0, kyiv.Fatalities?.Value);
        Assert.Contains("Disrupted weapons use", kyiv.Tags);

        var kherson = events.Single(e => e.Location?.Name == "Kherson");
        Assert.Equal("Shelling/artillery/missile attack", kherson.SubType);
        Assert.Equal(23, kherson.Fatalities?.Value);
        Assert.Equal("at least", kherson.Fatalities?.Qualifier);
        Assert.Contains(kherson.Counts, c => c is { What: "strikes", Value: 16, Qualifier: "at least" });
        Assert.Contains(kherson.Counts, c => c is { What: "shells", Value: 80, Qualifier: "more than" });
        var targets = kherson.Targets.Select(t => document[t]).ToList();
        Assert.Contains("Pryvokzalna Square", targets);
        Assert.Contains("a car repair shop", targets);

        var plant = events.Single(e => e.Location?.Admin1 == "Zaporizhzhia");
        Assert.Equal(EventStatus.Alleged, plant.Status);
        Assert.True(plant.Disputed);
    }
}
