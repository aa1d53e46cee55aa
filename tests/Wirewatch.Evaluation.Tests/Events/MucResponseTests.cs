using Wirewatch.Core;
using Wirewatch.Evaluation.Events;

namespace Wirewatch.Evaluation.Tests.Events;

/// <summary>How our events become MUC-4 responses: one response per target, head nouns, incidents aimed at armed forces alone.</summary>
public class MucResponseTests
{
    [Theory]
    [InlineData("Msgr Romero", "Msgr Oscar Arnulfo Romero", true)]
    [InlineData("five peasants", "the peasants", true)]
    [InlineData("the Jesuits", "the Jesuit priests", false)]
    [InlineData("Hector Oqueli", "Gilda Flores", false)]
    public void Two_forms_of_one_target_are_one_response(string one, string other, bool same)
        => Assert.Equal(same, MucFillMatcher.Default.Same(one, other));

    [Theory]
    [InlineData("the mayor of Achi", "mayor")]
    [InlineData("his residence", "residence")]
    [InlineData("the killing of two patrolmen", "killing")]
    [InlineData("the victims", null)]
    [InlineData("the", null)]
    public void A_target_has_the_head_noun_before_its_modifiers(string target, string? head)
        => Assert.Equal(head, MucFillMatcher.Default.HeadNoun(target));

    [Theory]
    [InlineData("three soldiers", false)]
    [InlineData("seven members of the national police", false)]
    [InlineData("a retired army general", true)]
    [InlineData("two peasants", true)]
    public void An_attack_on_armed_forces_alone_is_no_terrorist_incident(string target, bool relevant)
    {
        var text = "Guerrillas attacked " + target + ".";
        var start = text.IndexOf(target, StringComparison.Ordinal);
        var attack = new Event("v1", "Violence against civilians", "Attack", new TextSpan(11, 19))
        {
            Targets = [new TextSpan(start, start + target.Length)],
        };

        Assert.Equal(relevant, MucRelevance.Default.IsRelevant(attack, text, null));
    }
}
