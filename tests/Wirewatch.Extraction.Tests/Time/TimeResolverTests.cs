using Wirewatch.Extraction.Time;

namespace Wirewatch.Extraction.Tests.Time;

public class TimeResolverTests
{
    private static readonly DateOnly Friday = new(2023, 5, 5);

    [Theory]
    [InlineData(Tense.Unknown, "2023-05-03")]
    [InlineData(Tense.Past, "2023-05-03")]
    [InlineData(Tense.Future, "2023-05-10")]
    public void A_bare_weekday_follows_the_tense(Tense tense, string expected)
        => Assert.Equal(expected, TimeResolver.Resolve(new TimeSpec { Weekday = 3 }, Friday, null, tense).Value);

    [Fact]
    public void The_weekday_of_the_article_date_is_that_day()
        => Assert.Equal("2023-05-05", TimeResolver.Resolve(new TimeSpec { Weekday = 5 }, Friday, null, Tense.Past).Value);

    [Fact]
    public void Without_an_article_date_values_stay_underspecified()
    {
        Assert.Equal("XXXX-WXX-3", TimeResolver.Resolve(new TimeSpec { Weekday = 3 }, null, null, Tense.Past).Value);
        Assert.Equal("XXXX-WXX", TimeResolver.Resolve(new TimeSpec { Unit = TimeUnit.Week, Relation = TimeRelation.This }, null, null, Tense.Past).Value);
        Assert.Equal("XXXX-XX-XX", TimeResolver.Resolve(new TimeSpec { DayOffset = -1 }, null, null, Tense.Past).Value);
    }

    [Fact]
    public void A_day_earlier_counts_from_the_time_talked_about()
    {
        var wednesday = TimePoint.OfDay(new DateOnly(2023, 5, 3));
        var resolution = TimeResolver.Resolve(new TimeSpec { Unit = TimeUnit.Day, Count = 1, Relation = TimeRelation.Earlier }, Friday, wednesday, Tense.Past);
        Assert.Equal("2023-05-02", resolution.Value);
        Assert.True(resolution.FromAnchor);
    }

    [Fact]
    public void Weeks_are_iso_weeks()
        => Assert.Equal("2023-W18", TimeResolver.Resolve(new TimeSpec { Unit = TimeUnit.Week, Relation = TimeRelation.This }, Friday, null, Tense.Past).Value);
}
