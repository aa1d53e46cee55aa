using Wirewatch.Core;
using static Wirewatch.Extraction.Tests.Statements.StatementPipeline;

namespace Wirewatch.Extraction.Tests.Statements;

/// <summary>Statements on sentences written for these tests, without quotation marks as in our input.</summary>
public class StatementTests
{
    [Fact]
    public void Speaker_before_the_cue_with_that_clause()
    {
        var document = Analyse("Finance Minister Anna Berg said that the budget would be cut.");
        var s = Assert.Single(document.Statements);
        Assert.Equal("Finance Minister Anna Berg", Speaker(document, s));
        Assert.Equal("said", document[s.Cue]);
        Assert.Equal("that the budget would be cut", Content(document, s));
        Assert.False(s.Direct);
        Assert.NotNull(s.Speaker!.Value.EntityId);
    }

    [Fact]
    public void A_person_named_as_the_possessor_of_the_speaker_is_not_the_speaker()
    {
        var document = Analyse("Anna Berg's lawyer said that the charges would be dropped.");
        var s = Assert.Single(document.Statements);
        Assert.Equal("Anna Berg's lawyer", Speaker(document, s));
        Assert.Null(s.Speaker!.Value.EntityId);
    }

    [Fact]
    public void Content_before_the_speaker_without_quotation_marks()
    {
        var document = Analyse("We will not give up the port, Mayor Ivan Petrenko said on Tuesday.");
        var s = Assert.Single(document.Statements);
        Assert.Equal("Mayor Ivan Petrenko", Speaker(document, s));
        // The comma that closes the quotation is part of it, as in PARC-style attribution ("... the port," he said).
        Assert.Equal("We will not give up the port,", Content(document, s));
        Assert.True(s.Direct);
        Assert.NotNull(s.TimeId);
    }

    [Fact]
    public void Colon_introduces_the_quote()
    {
        var document = Analyse("Asked about the talks, Anna Berg said: We have nothing to hide.");
        var s = Assert.Single(document.Statements, s => Speaker(document, s) != string.Empty);
        Assert.Equal("Anna Berg", Speaker(document, s));
        Assert.Equal("We have nothing to hide.", Content(document, s));
        Assert.True(s.Direct);
    }

    [Fact]
    public void A_quote_runs_back_over_earlier_sentences_and_on_into_the_next_paragraph()
    {
        var document = Analyse(
            "I am tired of these lies. The city was never attacked. We know what happened, Anna Berg said.\n\n" +
            "But I can promise you that we will rebuild.\n\nThe council met later.");
        var s = Assert.Single(document.Statements);
        Assert.Equal(2, s.Content.Count);
        Assert.StartsWith("I am tired", document[s.Content[0]], StringComparison.Ordinal);
        Assert.Equal("But I can promise you that we will rebuild.", document[s.Content[1]]);
    }

    [Fact]
    public void He_said_resolves_to_the_person_and_according_to_is_a_relay()
    {
        var document = Analyse("Deputy Foreign Minister Sergei Ryabkov spoke to Channel 1 on Monday. The talks are over, he said, according to the news agency Interfax.");
        var s = Assert.Single(document.Statements);
        Assert.Equal("he", Speaker(document, s));
        var ryabkov = document.Entities.Single(e => e.Name == "Sergei Ryabkov");
        Assert.Equal(ryabkov.Id, s.Speaker!.Value.EntityId);
        var relay = Assert.Single(s.RelayedBy);
        Assert.Contains("Interfax", document[relay.Span], StringComparison.Ordinal);
    }

    [Fact]
    public void Told_names_the_addressee_and_reported_becomes_a_relay()
    {
        var document = Analyse("Anna Berg told reporters that the border was closed. Berg also accused Poland of lying, Reuters reported.");
        var told = WithCue(document, "told");
        Assert.Equal("reporters", document[told.Addressee!.Value.Span]);
        Assert.Equal("that the border was closed", Content(document, told));
        var accused = WithCue(document, "also accused");
        Assert.Equal(StatementKind.Accusation, accused.Kind);
        Assert.Equal("Reuters", document[Assert.Single(accused.RelayedBy).Span]);
        Assert.Equal(2, document.Statements.Count);
    }

    [Fact]
    public void Kinds_come_from_the_cue_and_its_object()
    {
        var document = Analyse(
            "Anna Berg warned that prices would rise.\n\nIvan Petrenko denied the report.\n\n" +
            "Olga Marchenko promised to resign.\n\nPetr Novak called the claims a lie.");
        Assert.Equal(StatementKind.Warning, WithCue(document, "warned").Kind);
        Assert.Equal(StatementKind.Denial, WithCue(document, "denied").Kind);
        Assert.Equal(StatementKind.Commitment, WithCue(document, "promised").Kind);
        Assert.Equal(StatementKind.Denial, WithCue(document, "called").Kind);
    }

    [Fact]
    public void A_denial_is_paired_with_the_accusation_it_rebuts()
    {
        var document = Analyse(
            "On Monday, Poland accused Russia of sending the drones.\n\n" +
            "Foreign Minister Sergey Lavrov called the claims a lie.");
        var accusation = WithCue(document, "accused");
        var denial = WithCue(document, "called");
        var dispute = Assert.Single(document.Disputes);
        Assert.Equal(accusation.Id, dispute.ClaimId);
        Assert.Equal(denial.Id, dispute.RebuttalId);
    }

    [Fact]
    public void An_adjective_participle_and_a_cue_inside_a_question_are_no_statements()
    {
        // PolNeAR marks the opening "Asked" as an attribution of its own (the question, put by someone unnamed); the
        // "believed" inside the question and the adjective "alleged" are none.
        var document = Analyse("Asked if Moscow believed the alleged attack was real, Anna Berg said nothing was known.");
        Assert.Collection(
            document.Statements,
            asked =>
            {
                Assert.Equal("Asked", document[asked.Cue]);
                Assert.Null(asked.Speaker);
                Assert.Equal("if Moscow believed the alleged attack was real", Content(document, asked));
            },
            said =>
            {
                Assert.Equal("said", document[said.Cue]);
                Assert.Equal("Anna Berg", Speaker(document, said));
            });
    }
}
