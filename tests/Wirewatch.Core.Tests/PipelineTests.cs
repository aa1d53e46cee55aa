using Wirewatch.Core;

namespace Wirewatch.Core.Tests;

public class PipelineTests
{
    [Fact]
    public void Building_fails_when_a_need_is_not_added_earlier()
    {
        var error = Assert.Throws<WirewatchException>(() => Pipeline.Build(new Step("sentences", Layers.Tokens, Layers.Sentences)));

        Assert.Equal(ErrorCode.PipelineMisconfigured, error.Code);
        Assert.Contains("'sentences' needs Tokens", error.Message);
    }

    [Fact]
    public void Building_fails_when_components_come_in_the_wrong_order()
    {
        var tokens = new Step("tokens", Layers.Text, Layers.Tokens);
        var sentences = new Step("sentences", Layers.Tokens, Layers.Sentences);

        Assert.Throws<WirewatchException>(() => Pipeline.Build(sentences, tokens));
        Assert.Equal(Layers.Text | Layers.Tokens | Layers.Sentences, Pipeline.Build(tokens, sentences).Produces);
    }

    [Fact]
    public void Running_calls_each_component_in_order_and_times_each()
    {
        var calls = new List<string>();
        var pipeline = Pipeline.Build(new Step("a", Layers.Text, Layers.None, calls), new Step("b", Layers.Text, Layers.None, calls));
        var timings = pipeline.CreateTimings();

        pipeline.Run(new Document(new DocumentInfo("id", "-", null, DateOrigin.Unknown, null, null), "text"), timings);

        Assert.Equal(["a", "b"], calls);
        Assert.Equal(["a", "b"], timings.ComponentNames);
    }

    [Fact]
    public void Reading_a_layer_that_was_never_added_says_which()
    {
        var document = new Document(new DocumentInfo("id", "-", null, DateOrigin.Unknown, null, null), "text");

        var error = Assert.Throws<InvalidOperationException>(() => document.Sentences);
        Assert.Contains("Sentences", error.Message);
    }

    private sealed class Step(string name, Layers needs, Layers adds, List<string>? calls = null) : IPipelineComponent
    {
        public string Name => name;

        public Layers Needs => needs;

        public Layers Adds => adds;

        public void Process(Document document) => calls?.Add(name);
    }
}
