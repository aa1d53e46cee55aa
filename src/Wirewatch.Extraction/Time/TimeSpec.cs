using Wirewatch.Core;

namespace Wirewatch.Extraction.Time;

/// <summary>
/// What the words of a time expression say, before resolution: the calendar fields it names, the unit and
/// count of a length of time, and how it is placed relative to the article date or the time just talked about.
/// </summary>
public sealed class TimeSpec
{
    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    /// <summary>For a named day that moves ("Thanksgiving"): the ISO weekday it falls on, the first on or after <see cref="Month"/> and <see cref="Day"/>.</summary>
    public int? OnOrAfterWeekday { get; set; }

    /// <summary>ISO weekday, Monday = 1.</summary>
    public int? Weekday { get; set; }

    /// <summary>The decade as its first three digits (199 for the 1990s), or minus the tens digit when the century is not given ("'80s": -8).</summary>
    public int? Decade { get; set; }

    /// <summary>The century as its first two digits (19 for the twentieth century: the 1900s).</summary>
    public int? Century { get; set; }

    /// <summary>Quarter 1 to 4; -1 for "the quarter" or "the latest quarter" (the last one completed).</summary>
    public int? Quarter { get; set; }

    public int? Half { get; set; }

    public string? Season { get; set; }

    public string? DayPart { get; set; }

    public int? Hour { get; set; }

    public int? Minute { get; set; }

    public bool Utc { get; set; }

    /// <summary>The unit of a length of time or of a relative date ("two weeks", "last year").</summary>
    public TimeUnit Unit { get; set; }

    /// <summary>How many units; -1 when vague ("several"), null when not said.</summary>
    public double? Count { get; set; }

    public TimeRelation Relation { get; set; }

    /// <summary>Years to move a named quarter or half by ("the year-ago third quarter": -1).</summary>
    public int YearShift { get; set; }

    /// <summary>True for a quarter or half said to have ended ("the fourth quarter ended Sept. 30"): a period reported, whatever its calendar.</summary>
    public bool Ended { get; set; }

    /// <summary>True for a quarter or half of a company's own (fiscal) year ("the fiscal first quarter").</summary>
    public bool Fiscal { get; set; }

    /// <summary>The unit of the reported period a comparison names ("the year-ago quarter": a quarter), when the words say it.</summary>
    public TimeUnit PeriodUnit { get; set; }

    /// <summary>True when <see cref="Relation"/> places the year of a month or season ("January last year"), not the month itself ("last January").</summary>
    public bool RelativeYear { get; set; }

    /// <summary>True for the week a named day falls in ("the week of March 6").</summary>
    public bool WeekOf { get; set; }

    /// <summary>Days from the article date for "today", "yesterday", "tomorrow".</summary>
    public int? DayOffset { get; set; }

    /// <summary>PAST_REF, PRESENT_REF or FUTURE_REF for vague times; the whole value of a duration word ("year-long": P1Y).</summary>
    public string? Fuzzy { get; set; }

    /// <summary>The TIMEX3 value of a recurring time ("P1D" for "daily"), or "EVERY" until its unit is read.</summary>
    public string? Set { get; set; }

    /// <summary>A TIMEX3 mod (START, END, MID, APPROX, LESS_THAN...), or EARLIER/LATER for "earlier this week".</summary>
    public string? Modifier { get; set; }

    /// <summary>The words read as a stretch of time rather than a point ("for three years").</summary>
    public bool IsDuration { get; set; }

    public TimeType Type => Set is not null ? TimeType.Set
        : IsDuration ? TimeType.Duration
        : Hour is not null || (DayPart is not null && Fuzzy is null && Weekday is null && DayOffset is null && Month is null) ? TimeType.Time
        : TimeType.Date;
}
