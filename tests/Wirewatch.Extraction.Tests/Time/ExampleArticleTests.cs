using Wirewatch.Core;
using Wirewatch.Evaluation;
using Wirewatch.Evaluation.Time;
using Wirewatch.Extraction.Time;
using Wirewatch.Testing;
using Wirewatch.Text;
using Wirewatch.Text.Reading;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Extraction.Tests.Time;

public class ExampleArticleTests
{
    [SharedDataFact]
    public void The_kremlin_drone_article_resolves_its_days_against_its_date()
    {
        var path = Path.Combine(SharedData.Locate(), "examples", "kremlin-drone-2023-05-05.txt");
        var document = ArticleText.Parse(File.ReadAllText(path), path, null);
        Pipeline.Build([.. TextPipeline.Components(TextLexicon.Default), new TimeComponent(TimeLexicon.Default)]).Run(document);

        string ValueOf(string text, int occurrence = 0) => document.Times.Where(t => document[t.Span] == text).ElementAt(occurrence).Value;

        Assert.Equal("2023-05-03", ValueOf("Wednesday"));
        Assert.Equal("2023-05-04", ValueOf("Thursday"));
        Assert.Equal("2023-05-04", ValueOf("later Thursday"));
        Assert.Equal("2023-05-05", ValueOf("Friday"));
        Assert.Equal("2023-W18", ValueOf("Earlier this week"));
        var dayEarlier = document.Times.Single(t => document[t.Span] == "a day earlier");
        Assert.Equal("2023-05-02", dayEarlier.Value);
        var anchor = document.Times.Single(t => t.Id == dayEarlier.AnchorId);
        Assert.Equal("Wednesday", document[anchor.Span]);
        Assert.Equal("2023-05-03", anchor.Value);
        var inAYear = document.Times.Single(t => document[t.Span] == "a year");
        Assert.NotEqual(TimeType.Date, inAYear.Type);
        Assert.DoesNotContain(document.Times, t => document[t.Span].Contains("23", StringComparison.Ordinal) || document[t.Span].Contains("Channel", StringComparison.Ordinal));
    }

    /// <summary>
    /// The targets are relaxed span F1 &gt;= 0.90 and value F1 &gt;= 0.82 on each corpus. MEANTIME meets both;
    /// TBAQ-cleaned meets the span target but not yet the value target (0.772 when this was written), so its value
    /// floor guards against regressions at the level reached rather than claiming the target.
    /// </summary>
    [SharedDataFact]
    public void Scores_on_the_development_data_meet_the_targets()
    {
        var floors = new Dictionary<string, (double Relaxed, double Value)>(StringComparer.Ordinal)
        {
            ["TBAQ-cleaned"] = (0.90, 0.77),
            ["MEANTIME"] = (0.90, 0.82),
        };
        var shared = SharedData.Locate();
        var evaluation = new TimeEvaluation(TextLexicon.Default, TimeLexicon.Default);
        foreach (var (name, documents) in TimeEvaluation.Corpora)
        {
            var scores = evaluation.Score(documents(shared));
            var (relaxed, value) = floors[name];
            Assert.True(scores.Relaxed.F1 >= relaxed, $"{name}: relaxed span F1 {scores.Relaxed.F1:0.000} < {relaxed}");
            Assert.True(scores.Value.F1 >= value, $"{name}: value F1 {scores.Value.F1:0.000} < {value}");
        }
    }
}
