using Wirewatch.Corpora.Muc;
using Wirewatch.Evaluation.Events;

namespace Wirewatch.Evaluation.Tests.Events;

/// <summary>The MUC-4 conventions of 'wirewatch eval events', each case from the MUC-4 scoring guidelines (v7) or the head-noun match.</summary>
public class MucScoringTests
{
    [Theory]
    [InlineData("PEASANTS", "the 3 peasants", 1.0)]
    [InlineData("PEASANTS", "old peasants who were witnesses", 1.0)]
    [InlineData("ALBERTO ROBERTO TORRES", "Torres", 1.0)]
    [InlineData("6TH INFANTRY BRIGADE", "brigade", 1.0)]
    [InlineData("MAYOR OF ACHI", "the mayor of Achi", 1.0)]
    [InlineData("FMLN", "guerrillas of the FMLN", 0.5)]
    [InlineData("ARMED MEN", "armed", 0.0)]
    [InlineData("GERMAN", "man", 0.0)]
    [InlineData("JESUIT PRIESTS", "priests", 1.0)]
    [InlineData("SALVADORAN ARMY", "Salvadoran", 0.0)]
    public void Strings_match_by_head_noun(string key, string response, double credit)
        => Assert.Equal(credit, MucFillMatcher.Default.Strings(key, response));

    [Theory]
    [InlineData("EL SALVADOR: SAN SALVADOR (CITY)", "El Salvador: San Salvador", 1.0)]
    [InlineData("EL SALVADOR: SAN SALVADOR (CITY): SAN RAMON (NEIGHBORHOOD)", "El Salvador: San Salvador", 1.0)]
    [InlineData("COLOMBIA: MEDELLIN (CITY)", "Colombia", 0.5)]
    [InlineData("COLOMBIA", "Colombia", 1.0)]
    [InlineData("COLOMBIA", "Colombia: Cali", 0.5)]
    [InlineData("COLOMBIA: ANTIOQUIA (DEPARTMENT): MEDELLIN (CITY)", "Colombia: Cali", 0.0)]
    [InlineData("COLOMBIA: MEDELLIN (CITY)", "Peru: Lima", 0.0)]
    [InlineData("COLOMBIA: ANTIOQUIA (DEPARTMENT): MEDELLIN (CITY)", "Bolivia: Medellin", 0.5)]
    [InlineData("COLOMBIA: MEDELLIN (CITY) - CALI (CITY)", "Colombia: Cali", 1.0)]
    [InlineData("EL SALVADOR: SAN SALVADOR (CITY)", "Guatemala: Salvador", 0.0)]
    [InlineData("PERU: LIMA (CITY / MUNICIPALITY)", "Peru: Lima", 1.0)]
    public void Locations_match_country_and_place(string key, string response, double credit)
        => Assert.Equal(credit, MucFillMatcher.Location(key, response));

    [Theory]
    [InlineData("02 FEB 90", "02 FEB 90", 1.0)]
    [InlineData("02 FEB 90", "03 FEB 90", 0.0)]
    [InlineData("25 AUG 89 - 26 AUG 89", "26 AUG 89", 0.5)]
    [InlineData("- 26 AUG 89", "25 AUG 89", 0.5)]
    [InlineData("- 26 AUG 89", "27 AUG 89", 0.0)]
    [InlineData("- 26 AUG 89", "- 26 AUG 89", 1.0)]
    [InlineData("25 AUG 89 - 26 AUG 89", "- 26 AUG 89", 0.5)]
    [InlineData("26 AUG 89", "- 26 AUG 89", 0.5)]
    [InlineData("16 AUG 89", "- 26 AUG 89", 0.0)]
    [InlineData("24 AUG 89 - 25 AUG 89", "- 26 AUG 89", 0.0)]
    public void Dates_match_the_day_or_lie_in_the_range(string key, string response, double credit)
        => Assert.Equal(credit, MucFillMatcher.Date(key, response));

    [Fact]
    public void Missed_optional_fills_cost_nothing_and_found_ones_count()
    {
        MucFill Fill(bool optional, params string[] alternatives) => new(alternatives, optional);
        var key = new[] { Fill(false, "FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"), Fill(true, "MILITARY"), Fill(true, "DEATH SQUAD") };

        var score = MucSlotScorer.Score(key, ["the FMLN", "military", "police"], MucFillMatcher.Default.Strings);

        Assert.Equal(new MucScore(2, 3, 2), score);
        Assert.Equal(2 / 3.0, score.Precision, 6);
        Assert.Equal(1.0, score.Recall, 6);
    }

    [Fact]
    public void Full_matches_are_paired_before_partial_ones()
    {
        var key = new[] { new MucFill(["FMLN"], false) };

        var score = MucSlotScorer.Score(key, ["guerrillas of the FMLN", "FMLN"], MucFillMatcher.Default.Strings);

        Assert.Equal(new MucScore(1, 2, 1), score);
    }
}
