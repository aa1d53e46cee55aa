using Wirewatch.Core;
using Wirewatch.Evaluation.Events;

namespace Wirewatch.Evaluation.Tests.Events;

/// <summary>
/// MUC-4's relevance rules as the scorer reads them: an incident told specifically (rule 7), casualty figures of
/// armed men alone (rule 1), a place taken from the dateline (rule 4), recent by a month or a year (rule 6).
/// </summary>
public class MucRelevanceTests
{
    private static readonly DateOnly Dateline = new(1989, 6, 2);

    [Theory]
    [InlineData("attack", false)]
    [InlineData("explode", false)]
    [InlineData("bomb", true)]
    [InlineData("kill", true)]
    public void An_incident_with_no_target_or_casualties_is_told_specifically_only_by_its_kind_of_act(string kind, bool relevant)
    {
        var text = "Two explosions were heard in the capital.";
        var e = new Event("v1", "Explosions/Remote violence", "Remote explosive/landmine/IED", new TextSpan(4, 14)) { Classes = [kind] };

        Assert.Equal(relevant, MucRelevance.Default.IsRelevant(e, text, Dateline));
    }

    [Theory]
    [InlineData("5 soldiers killed", false)]
    [InlineData("5 peasants killed", true)]
    public void Casualties_of_armed_men_alone_make_a_guerrilla_act(string casualties, bool relevant)
    {
        var text = "The brigade reported " + casualties + ".";
        var start = text.IndexOf(casualties, StringComparison.Ordinal);
        var e = new Event("v1", "Violence against civilians", "Attack", new TextSpan(start + casualties.Length - 6, start + casualties.Length))
        {
            Classes = ["kill"],
            Fatalities = new EventNumber(5, null, new TextSpan(start, start + casualties.Length)),
        };

        Assert.Equal(relevant, MucRelevance.Default.IsRelevant(e, text, Dateline));
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(1, false)]
    public void A_place_abroad_taken_from_the_dateline_places_the_incident_nowhere(int geoPrecision, bool relevant)
    {
        var text = "SAN JOSE, 2 JUN 89 (ACAN) -- [TEXT] A BOMB EXPLODED AT THE HOUSE OF A JUDGE.";
        var place = new EventLocation("San Jose", "CR", "Costa Rica", "San Jose", 9.93, -84.08, geoPrecision, new TextSpan(0, 8));
        var e = new Event("v1", "Explosions/Remote violence", "Remote explosive/landmine/IED", new TextSpan(38, 42)) { Classes = ["bomb"], Location = place };

        Assert.Equal(relevant, MucRelevance.Default.IsRelevant(e, text, Dateline));
        Assert.Equal(relevant, MucRelevance.IsPlacedByDateline(e, text));
    }

    [Theory]
    [InlineData("1985-11", false)]
    [InlineData("1988", false)]
    [InlineData("1989-05", true)]
    [InlineData("1989", true)]
    public void A_month_or_a_year_is_recent_by_its_last_day(string date, bool relevant)
    {
        var text = "A bomb exploded at the house of a judge.";
        var e = new Event("v1", "Explosions/Remote violence", "Remote explosive/landmine/IED", new TextSpan(2, 6)) { Classes = ["bomb"], Date = date };

        Assert.Equal(relevant, MucRelevance.Default.IsRelevant(e, text, Dateline));
    }
}
