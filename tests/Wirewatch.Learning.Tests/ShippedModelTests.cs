using Wirewatch.Testing;
using Wirewatch.Core;
using Wirewatch.Evaluation;
using Wirewatch.Evaluation.PartsOfSpeech;
using Wirewatch.Extraction.PartsOfSpeech;
using Wirewatch.Text;
using Wirewatch.Text.Reading;
using Wirewatch.Text.Tokenization;
using Xunit;

namespace Wirewatch.Learning.Tests;

/// <summary>The model shipped in data/models, run through the text pipeline.</summary>
public sealed class ShippedModelTests
{
    private static readonly Pipeline _pipeline = Pipeline.Build([
        .. TextPipeline.Components(TextLexicon.Default),
        new PartOfSpeechComponent(PartOfSpeechModel.Default),
    ]);

    [Fact]
    public void TagsANewsSentence()
    {
        var document = Analyse("The United States has dismissed Russia's ridiculous accusations.");
        var tags = Tagged(document);

        Assert.Equal(
            ["The", "United", "States", "has", "dismissed", "Russia", "'s", "ridiculous", "accusations", "."],
            tags.Select(t => t.Word));
        Assert.Equal(PartOfSpeech.Det, tags[0].Tag);
        // tags[1], "United": the treebanks disagree (EWT has PROPN and ADJ, GUM has VERB), so it is not asserted.
        Assert.Equal(PartOfSpeech.PropN, tags[2].Tag);
        Assert.Equal(PartOfSpeech.Aux, tags[3].Tag);
        Assert.Equal(PartOfSpeech.Verb, tags[4].Tag);
        Assert.Equal(PartOfSpeech.PropN, tags[5].Tag);
        Assert.Equal(PartOfSpeech.Part, tags[6].Tag);
        Assert.Equal(PartOfSpeech.Adj, tags[7].Tag);
        Assert.Equal(PartOfSpeech.Noun, tags[8].Tag);
        Assert.Equal(PartOfSpeech.Punct, tags[9].Tag);
    }

    [Fact]
    public void TagsEveryTokenOfEverySentence()
    {
        var document = Analyse("date 2023-05-05\n\nKremlin spokesman Dmitry Peskov said on Thursday that the drones were launched from Ukraine. Kyiv denied it.\n\nA long-term plan.");

        Assert.True(document.Has(Layers.PartsOfSpeech));
        Assert.Equal(document.Tokens.Count, document.PartsOfSpeech.Count);
        var tags = Tagged(document);
        Assert.Contains(("said", PartOfSpeech.Verb), tags);
        Assert.Contains(("Thursday", PartOfSpeech.PropN), tags);
        Assert.Contains(("drones", PartOfSpeech.Noun), tags);
        Assert.Contains(("Kyiv", PartOfSpeech.PropN), tags);
    }

    [Fact]
    public void TagsALowerCasedSentenceWithTheCaselessTagger()
    {
        Assert.NotNull(PartOfSpeechModel.Default.Tagger.Caseless);
        var tags = Tagged(Analyse("kremlin spokesman dmitry peskov said on thursday that the drones were launched from ukraine."));

        Assert.Contains(("peskov", PartOfSpeech.PropN), tags);
        Assert.Contains(("said", PartOfSpeech.Verb), tags);
        Assert.Contains(("drones", PartOfSpeech.Noun), tags);
        Assert.Contains(("ukraine", PartOfSpeech.PropN), tags);
    }

    /// <summary>Guards against regressions: the shipped model scored 95.9% on the twelve held-out news documents when it was trained.</summary>
    [SharedDataFact]
    public void StaysAboveTheRegressionFloorOnHeldOutGumNews()
    {
        var scores = HeldOutGumNews();

        Assert.True(scores.Documents > 0, "no held-out GUM news documents found");
        Assert.Equal(1.0, scores.Coverage, 3);
        Assert.True(scores.Accuracy >= 0.955, $"UPOS accuracy on held-out GUM news is {scores.Accuracy:P2}, below the 95.5% regression floor");
    }

    /// <summary>The target of issue 3. Not met yet by the averaged perceptron (95.9%): skipped, saying so, until it is.</summary>
    [SharedDataFact(Skip = "Target not met yet: the shipped model scores 95.9% UPOS on the twelve held-out GUM news documents, the target is 97% (issue 3).")]
    public void MeetsTheAccuracyTargetOnHeldOutGumNews()
    {
        var scores = HeldOutGumNews();

        Assert.True(scores.Accuracy >= 0.97, $"UPOS accuracy on held-out GUM news is {scores.Accuracy:P2}, below the 97% target");
    }

    private static PartOfSpeechScores HeldOutGumNews()
        => new PartOfSpeechEvaluation(TextLexicon.Default, PartOfSpeechModel.Default).Score(PartOfSpeechCorpora.GumHeldOutNews(SharedData.Locate()));

    private static Document Analyse(string text)
    {
        var document = ArticleText.Parse(text, "test", null);
        _pipeline.Run(document);
        return document;
    }

    private static List<(string Word, PartOfSpeech Tag)> Tagged(Document document)
        => [.. document.Tokens.Select((t, i) => (document[t.Span], document.PartsOfSpeech[i]))];
}
