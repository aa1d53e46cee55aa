using Wirewatch.Core;
using Wirewatch.Evaluation.Statements;

namespace Wirewatch.Evaluation.Tests.Statements;

public class AttributionViewTests
{
    // Offsets of "The talks are over, Ryabkov said, according to Interfax." (speaker, cue, relay cue, relay).
    [Fact]
    public void A_relayed_statement_is_scored_as_the_relays_attribution()
    {
        var statement = new Statement("s1", StatementKind.Assertion, new EntitySpan(new TextSpan(21, 28), null), new TextSpan(29, 33), [new TextSpan(0, 19)], true)
        {
            RelayedBy = [new EntitySpan(new TextSpan(48, 56), null)],
            RelayCue = new TextSpan(35, 47),
        };

        var view = AttributionView.Of(statement);

        Assert.Equal([(48, 56)], view.Source);
        Assert.Equal([(35, 47)], view.Cue);
        Assert.Equal([(0, 33)], view.Content);
    }

    [Fact]
    public void A_statement_without_relay_is_scored_as_itself()
    {
        var statement = new Statement("s1", StatementKind.Assertion, new EntitySpan(new TextSpan(21, 28), null), new TextSpan(29, 33), [new TextSpan(0, 19)], true);

        var view = AttributionView.Of(statement);

        Assert.Equal([(21, 28)], view.Source);
        Assert.Equal([(29, 33)], view.Cue);
        Assert.Equal([(0, 19)], view.Content);
    }

    [Theory]
    [InlineData("''We won,'' he said.", "  We won,   he said.")]
    [InlineData("Clinton’s \u201Cplan\u201D", "Clinton’s  plan ")]
    [InlineData("the 'deal' isn't done", "the  deal  isn't done")]
    public void Quotation_marks_become_spaces_and_apostrophes_stay(string text, string expected)
        => Assert.Equal(expected, QuoteMarks.Remove(text));
}
