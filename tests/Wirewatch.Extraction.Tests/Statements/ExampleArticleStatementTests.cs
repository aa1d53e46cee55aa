using Wirewatch.Core;
using Wirewatch.Evaluation;
using Wirewatch.Evaluation.Statements;
using Wirewatch.Corpora.Brat;
using Wirewatch.Testing;
using Wirewatch.Text.Reading;

namespace Wirewatch.Extraction.Tests.Statements;

public class ExampleArticleStatementTests
{
    private static readonly Lazy<Document> Article = new(() =>
    {
        var path = Path.Combine(SharedData.Locate(), "examples", "kremlin-drone-2023-05-05.txt");
        var document = ArticleText.Parse(File.ReadAllText(path), path, null);
        StatementPipeline.Pipeline.Run(document);
        return document;
    });

    [SharedDataFact]
    public void The_kremlin_drone_article_has_the_right_speakers()
    {
        var d = Article.Value;
        string EntityOf(string name) => d.Entities.First(e => e.Name == name).Id;
        Statement By(string name, string cue, int occurrence = 0)
            => d.Statements.Where(s => s.Speaker?.EntityId == EntityOf(name) && d[s.Cue] == cue).ElementAt(occurrence);

        var peskov = d.Statements.Where(s => s.Speaker?.EntityId == EntityOf("Dmitry Peskov") && s.Kind == StatementKind.Accusation).ToList();
        Assert.Equal(2, peskov.Count);
        Assert.All(peskov, s => Assert.True(s.NoEvidence));
        Assert.All(peskov, s => Assert.Contains(s.About, a => a == EntityOf("Washington") || a == EntityOf("United States")));
        Assert.StartsWith("We are well aware", d[peskov[1].Content[0]], StringComparison.Ordinal);

        Assert.Equal(StatementKind.Denial, By("Ukraine", "has strongly denied").Kind);
        Assert.Equal(StatementKind.Denial, By("John Kirby", "denied").Kind);
        var kirbyQuote = By("John Kirby", "said");
        Assert.StartsWith("I would simply tell you", d[kirbyQuote.Content[0]], StringComparison.Ordinal);
        Assert.Equal("But I can assure you that the United States played no part in it.", d[kirbyQuote.Content[^1]]);

        var ryabkov = By("Sergei Ryabkov", "told", 1);
        Assert.Equal(StatementKind.Warning, ryabkov.Kind);
        Assert.Equal("Russian Channel 1", d[ryabkov.Addressee!.Value.Span]);
        Assert.Contains(ryabkov.RelayedBy, r => r.EntityId == EntityOf("TASS"));
        var viaTass = d.Statements.Single(s => s.Speaker is { } sp && d[sp.Span] == "he" && s.RelayedBy.Count > 0);
        Assert.Equal(EntityOf("Sergei Ryabkov"), viaTass.Speaker!.Value.EntityId);

        var lavrov = By("Sergey Lavrov", "told");
        Assert.Equal("a news conference in India", d[lavrov.Addressee!.Value.Span]);
        Assert.Equal("We have a lot of patience.", d[lavrov.Content[^1]][^26..]);

        Assert.Single(d.Statements, s => s.Speaker?.EntityId == EntityOf("Kyiv City Military Administration"));
        Assert.Single(d.Statements, s => s.Speaker?.EntityId == EntityOf("the capital’s military chief"));
        Assert.Single(d.Statements, s => s.Speaker?.EntityId == EntityOf("the regional military chief"));
        Assert.Equal(StatementKind.Accusation, By("State Nuclear Regulatory Inspectorate", "accused").Kind);
        Assert.Equal(StatementKind.Denial, By("Vladimir Rogov", "called").Kind);
    }

    [SharedDataFact]
    public void The_three_disputes_are_paired()
    {
        var d = Article.Value;
        string SpeakerOf(string id) => d.Entities.First(e => e.Id == d.Statements.Single(s => s.Id == id).Speaker!.Value.EntityId).Name;
        var pairs = d.Disputes.Select(x => (SpeakerOf(x.ClaimId), SpeakerOf(x.RebuttalId))).ToList();
        Assert.Equal(
            [("Russia", "Ukraine"), ("Dmitry Peskov", "John Kirby"), ("State Nuclear Regulatory Inspectorate", "Vladimir Rogov")],
            pairs);
    }

    /// <summary>
    /// Floors at the level reached on PolNeAR dev (quotation marks removed) when this was written; the issue's
    /// targets (cue 0.85, source 0.80, content overlap 0.80) are not met yet, so this guards against regressions only.
    /// </summary>
    [SharedDataFact]
    public void Scores_on_polnear_dev_do_not_fall()
    {
        var folder = SharedData.PathIn(SharedData.Locate(), "eval-data", "polnear", "data", "dev");
        var documents = BratAttributionReader.ReadFolder(folder).ToList();
        var evaluation = new StatementEvaluation(StatementPipeline.Pipeline);
        foreach (var withoutMarks in new[] { true, false })
        {
            var (cue, source, content) = evaluation.Score(documents, withoutMarks);
            Assert.True(cue.Exact.F1 >= 0.62, $"cue F1 {cue.Exact.F1:0.000}");
            Assert.True(source.Exact.F1 >= 0.61, $"source F1 {source.Exact.F1:0.000}");
            Assert.True(content.OverlapF1 >= 0.64, $"content overlap F1 {content.OverlapF1:0.000}");
        }
    }
}
