namespace Wirewatch.Extraction.Time;

/// <summary>
/// Places in a year the dates, months and seasons that do not name one ("Dec. 7", "in November", "last year"), from
/// the article date, the relative word and the tense they are spoken in.
/// </summary>
internal static class YearPlacement
{
    /// <summary>
    /// How far after the article date a month or day without a year may lie and still be this year's in a report
    /// that does not speak of the future: "payable Dec. 7" in late October is this December, "in November" in May last November.
    /// </summary>
    internal const int PastReach = 60;

    /// <summary>How far ahead of the article date a deadline without a year may lie ("by February"); the rest of the year lies behind.</summary>
    internal const int NearestAhead = 120;

    /// <summary>The year named by "this year", "last year", "next year".</summary>
    internal static int? RelativeYear(TimeRelation relation, TimePoint? today) => today is not { } t ? null : relation switch
    {
        TimeRelation.Last => t.At.Year - 1,
        TimeRelation.Next => t.At.Year + 1,
        _ => t.At.Year,
    };

    /// <summary>The year of a month and day given without one: this year, unless the relation or tense moves it.</summary>
    internal static int? YearOf(int month, int day, TimeRelation relation, TimePoint? today, Tense tense)
    {
        if (today is not { } t)
        {
            return null;
        }

        var compare = (month * 100) + day - ((t.At.Month * 100) + t.At.Day);
        return relation switch
        {
            TimeRelation.Last => compare < 0 ? t.At.Year : t.At.Year - 1,
            TimeRelation.Next => compare > 0 ? t.At.Year : t.At.Year + 1,
            TimeRelation.This => t.At.Year,
            _ when tense == Tense.Future && compare < 0 && month < t.At.Month => t.At.Year + 1,
            _ when tense == Tense.Deadline => Nearest(month, day, t),
            _ when tense != Tense.Future && new DateTime(t.At.Year, month, Math.Min(day, 28), 0, 0, 0, DateTimeKind.Unspecified) > t.At.AddDays(PastReach) => t.At.Year - 1,
            _ => t.At.Year,
        };
    }

    /// <summary>The year that puts a month and day nearest the article date, looking back further than ahead ("by February", "through August").</summary>
    internal static int Nearest(int month, int day, TimePoint today)
    {
        var year = today.At.Year;
        var date = new DateTime(year, month, Math.Min(day, 28), 0, 0, 0, DateTimeKind.Unspecified);
        return (date - today.At).TotalDays switch
        {
            > NearestAhead => year - 1,
            < NearestAhead - 365 => year + 1,
            _ => year,
        };
    }
}
