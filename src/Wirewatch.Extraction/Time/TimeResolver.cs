using System.Globalization;
using static Wirewatch.Extraction.Time.YearPlacement;

namespace Wirewatch.Extraction.Time;

/// <summary>
/// Gives a time expression its TIMEX3 value, resolved as news reads it: against the article date, the tense it is
/// spoken in (a bare weekday in a past-tense report is the most recent one; in a future one the next), and the time
/// just talked about ("a day earlier", "the following week"). Without an article date the values stay
/// underspecified ("XXXX-WXX-3"). Never reads the clock.
/// </summary>
public static class TimeResolver
{
    public static Resolution Resolve(TimeSpec s, DateOnly? article, TimePoint? anchor, Tense tense)
    {
        if (s.Fuzzy is not null)
        {
            return new Resolution(s.Fuzzy, null, false);
        }

        if (s.Set is not null)
        {
            return new Resolution(s.Set, null, false);
        }

        if (s.IsDuration)
        {
            return new Resolution(TimexFormat.Duration(s.Unit, s.Count ?? 1), null, false);
        }

        var today = article is { } a ? TimePoint.OfDay(a) : (TimePoint?)null;
        if (s.Hour is not null)
        {
            return Clock(s, today, anchor, tense);
        }

        if (s.Weekday is not null && s.Month is null && s.Relation is TimeRelation.Previous or TimeRelation.Following)
        {
            // "the previous Friday", "the following Monday": counted from the day just talked about.
            var from = AnchorOrToday(anchor, today, TimeUnit.Day, out var fromAnchor);
            var weekdayOf = new TimeSpec { Weekday = s.Weekday, Relation = s.Relation == TimeRelation.Previous ? TimeRelation.Last : TimeRelation.Next };
            var day = Day(weekdayOf, from?.As(TimeUnit.Day), tense);
            return day.Point is { } p ? Point(p, fromAnchor) : day;
        }

        if (s.Month is not null || s.Weekday is not null || s.DayOffset is not null)
        {
            // "Wednesday night", "tonight": the day and its part (TIMEX3 guidelines: 1998-02-13TNI).
            var dated = Day(s, today, tense);
            if (s.WeekOf)
            {
                return dated.Point is { Granularity: TimeUnit.Day } weekDay ? Point(weekDay.As(TimeUnit.Week)) : new Resolution("XXXX-WXX", null, false);
            }

            return s.DayPart is { } part && dated.Point is { Granularity: TimeUnit.Day } dayPoint
                ? Point(dayPoint.As(TimeUnit.DayPart, part))
                : dated;
        }

        if (s.Quarter == -1 && s.Year is { } periodYear && anchor is { Granularity: TimeUnit.Quarter or TimeUnit.HalfYear } reported)
        {
            // "the 1988 period", "the 1988 quarter" in a report on a period's results: that period, in that year.
            return Point(reported.Shift(TimeUnit.Year, periodYear - reported.At.Year)!.Value, true);
        }

        if (s.Quarter is not null || s.Half is not null || s.Season is not null)
        {
            return PartOfYear(s, today, tense);
        }

        if (s.Century is { } century)
        {
            return Point(new TimePoint(new DateTime(Math.Max(century, 0) * 100 + 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), TimeUnit.Century));
        }

        if (s.Decade is { } decade)
        {
            return Decade(decade, today);
        }

        if (s.Year is < 0 and var shortYear)
        {
            var twoDigits = -1 - shortYear;
            var reference = today?.At.Year ?? 2000;
            var full = (reference / 100 * 100) + twoDigits;
            return Point(new TimePoint(new DateTime(full > reference ? full - 100 : full, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), TimeUnit.Year));
        }

        if (s.Year is { } year)
        {
            return Point(new TimePoint(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), TimeUnit.Year));
        }

        if (s.DayPart is not null)
        {
            var fromAnchor = false;
            var day = s.Relation is TimeRelation.This or TimeRelation.None ? today : AnchorOrToday(anchor, today, TimeUnit.Day, out fromAnchor);
            var step = s.Relation switch
            {
                TimeRelation.Following => 1,
                TimeRelation.Previous => -1,
                _ => 0,
            };
            return day?.As(TimeUnit.Day).Shift(TimeUnit.Day, step) is { } d ? Point(d.As(TimeUnit.DayPart, s.DayPart), fromAnchor) : new Resolution("XXXX-XX-XXT" + s.DayPart, null, false);
        }

        return s.Unit != TimeUnit.None ? Relative(s, today, anchor) : new Resolution("XXXX-XX-XX", null, false);
    }

    private static Resolution Point(TimePoint point, bool fromAnchor = false) => new(point.ToString(), point, fromAnchor);

    private static Resolution Clock(TimeSpec s, TimePoint? today, TimePoint? anchor, Tense tense)
    {
        TimePoint? day = s.Month is not null || s.Weekday is not null || s.DayOffset is not null
            ? Day(s, today, tense).Point
            : AnchorOrToday(anchor, today, TimeUnit.Day, out _);
        if (day is { Granularity: < TimeUnit.Day } finer)
        {
            day = finer.As(TimeUnit.Day);
        }

        var hourText = $"T{s.Hour!.Value.ToString("00", CultureInfo.InvariantCulture)}:{(s.Minute ?? 0).ToString("00", CultureInfo.InvariantCulture)}{(s.Utc ? "Z" : string.Empty)}";
        if (day is not { Granularity: TimeUnit.Day } d)
        {
            return new Resolution("XXXX-XX-XX" + hourText, null, false);
        }

        var at = d.At.Date.AddHours(s.Hour.Value % 24).AddMinutes(s.Minute ?? 0);
        return Point(new TimePoint(at, TimeUnit.Minute, null, s.Utc));
    }

    private static Resolution Day(TimeSpec s, TimePoint? today, Tense tense)
    {
        if (s.DayOffset is { } offset)
        {
            return today?.Shift(TimeUnit.Day, offset) is { } shifted ? Point(shifted) : new Resolution("XXXX-XX-XX", null, false);
        }

        if (s.Month is { } month)
        {
            var year = s.Year ?? (s.RelativeYear ? RelativeYear(s.Relation, today) : YearOf(month, s.Day ?? 1, s.Relation, today, tense));
            if (year is null)
            {
                var unknown = "XXXX-" + month.ToString("00", CultureInfo.InvariantCulture);
                return new Resolution(s.Day is { } dd ? unknown + "-" + dd.ToString("00", CultureInfo.InvariantCulture) : unknown, null, false);
            }

            if (s.Day is { } day)
            {
                if (day > DateTime.DaysInMonth(year.Value, month))
                {
                    return new Resolution("XXXX-XX-XX", null, false);
                }

                var date = new DateTime(year.Value, month, day, 0, 0, 0, DateTimeKind.Unspecified);
                if (s.OnOrAfterWeekday is { } named)
                {
                    // "Thanksgiving": the fourth Thursday, the first on or after 22 November.
                    date = date.AddDays(Modulo(named - IsoDay(date), 7));
                }

                return Point(new TimePoint(date, TimeUnit.Day));
            }

            return Point(new TimePoint(new DateTime(year.Value, month, 1, 0, 0, 0, DateTimeKind.Unspecified), TimeUnit.Month), false);
        }

        var weekday = s.Weekday!.Value;
        if (today is not { } t)
        {
            return new Resolution("XXXX-WXX-" + weekday.ToString(CultureInfo.InvariantCulture), null, false);
        }

        var current = IsoDay(t.At);
        var days = s.Relation switch
        {
            TimeRelation.Last => -Modulo(current - weekday - 1, 7) - 1,
            TimeRelation.Next => Modulo(weekday - current - 1, 7) + 1,
            TimeRelation.This => weekday - current,
            _ when tense == Tense.Future => Modulo(weekday - current, 7),
            _ => -Modulo(current - weekday, 7),
        };
        return Point(t.Shift(TimeUnit.Day, days)!.Value);
    }

    private static Resolution PartOfYear(TimeSpec s, TimePoint? today, Tense tense)
    {
        var (unit, month, code) = s.Quarter is { } q ? (TimeUnit.Quarter, q < 0 ? 0 : (3 * q) - 2, (string?)null)
            : s.Half is { } h ? (TimeUnit.HalfYear, (6 * h) - 5, null)
            : (TimeUnit.Season, SeasonMonth(s.Season!), s.Season);
        if (s.Year is null && today is null)
        {
            var unknown = unit switch
            {
                TimeUnit.Quarter => "XXXX-Q" + (s.Quarter is > 0 ? s.Quarter.Value.ToString(CultureInfo.InvariantCulture) : "X"),
                TimeUnit.HalfYear => "XXXX-H" + s.Half!.Value.ToString(CultureInfo.InvariantCulture),
                _ => "XXXX-" + code,
            };
            return new Resolution(unknown, null, false);
        }

        if (month == 0)
        {
            // "the quarter", "the latest quarter": the last one completed before the article.
            if (today is not { } t)
            {
                return Point(new TimePoint(new DateTime(s.Year!.Value, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), TimeUnit.Year));
            }

            var current = new DateTime(t.At.Year, 1 + ((t.At.Month - 1) / 3 * 3), 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(-3);
            var latest = new DateTime(s.Year ?? current.Year, current.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
            return Point(new TimePoint(latest, TimeUnit.Quarter));
        }

        var resolvedYear = s.Year ?? (s.Relation switch
        {
            TimeRelation.Last => today!.Value.At.Year - 1,
            TimeRelation.Next => today!.Value.At.Year + 1,
            TimeRelation.This => today!.Value.At.Year,
            _ when unit == TimeUnit.Season => YearOf(month, 1, TimeRelation.None, today, tense)!.Value,
            _ when tense != Tense.Future && new DateTime(today!.Value.At.Year, month, 1, 0, 0, 0, DateTimeKind.Unspecified) > today.Value.At => today.Value.At.Year - 1,
            _ => today!.Value.At.Year,
        }) + s.YearShift;
        return Point(new TimePoint(new DateTime(resolvedYear, month, 1, 0, 0, 0, DateTimeKind.Unspecified), unit, code));
    }

    private static int SeasonMonth(string code) => code switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };

    private static Resolution Decade(int decade, TimePoint? today)
    {
        if (decade >= 0)
        {
            return Point(new TimePoint(new DateTime(decade * 10, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), TimeUnit.Decade));
        }

        // "the '80s": the most recent such decade before the article, else the twentieth century's.
        var tens = -decade;
        var century = today is { } t ? (t.At.Year / 100) - ((t.At.Year % 100 / 10) < tens ? 1 : 0) : 19;
        return Point(new TimePoint(new DateTime((century * 100) + (tens * 10), 1, 1, 0, 0, 0, DateTimeKind.Unspecified), TimeUnit.Decade));
    }

    private static Resolution Relative(TimeSpec s, TimePoint? today, TimePoint? anchor)
    {
        var unit = s.Unit;
        var granularity = unit is TimeUnit.Second or TimeUnit.Minute ? TimeUnit.Hour : unit;
        var count = s.Count is { } c ? (int)Math.Round(c) : 1;
        switch (s.Relation)
        {
            case TimeRelation.Ago or TimeRelation.FromNow when s.Count < 0 || unit < TimeUnit.Day:
                return new Resolution(s.Relation == TimeRelation.Ago ? "PAST_REF" : "FUTURE_REF", null, false);
            case TimeRelation.Ago when unit == TimeUnit.Year && anchor is { Granularity: TimeUnit.Quarter } quarter:
                // "a year ago" in a report on a quarter's results: the same quarter a year before.
                return Shifted(quarter, unit, -count, TimeUnit.Quarter, true);
            case TimeRelation.Ago when unit == TimeUnit.Year && s.PeriodUnit == TimeUnit.Quarter:
                // "the year-ago quarter" with no quarter talked about: the latest quarter, a year before.
                return LatestQuarter(today)?.Shift(unit, -count) is { } yearAgo ? Point(yearAgo) : new Resolution(Unknown(TimeUnit.Quarter), null, false);
            case TimeRelation.Ago:
                return Shifted(today, unit, -count, unit == TimeUnit.Week ? TimeUnit.Day : granularity, false);
            case TimeRelation.FromNow:
                return Shifted(today, unit, count, granularity, false);
            case TimeRelation.Last:
                return Shifted(today, unit, -1, granularity, false);
            case TimeRelation.Next:
                return Shifted(today, unit, 1, granularity, false);
            case TimeRelation.Latest when unit == TimeUnit.Quarter && anchor is { Granularity: TimeUnit.Quarter or TimeUnit.HalfYear } reported:
                // "the latest period", "the quarter" in a report on a period's results: that period.
                return Point(reported, true);
            case TimeRelation.Latest when unit == TimeUnit.Quarter:
                return PartOfYear(new TimeSpec { Quarter = -1 }, today, Tense.Unknown);
            case TimeRelation.Earlier or TimeRelation.Later or TimeRelation.Previous or TimeRelation.Following or TimeRelation.Same:
            {
                if (s.Count < 0)
                {
                    return new Resolution(s.Relation is TimeRelation.Earlier or TimeRelation.Previous ? "PAST_REF" : "FUTURE_REF", null, false);
                }

                var from = AnchorOrToday(anchor, today, unit, out var fromAnchor);
                if (unit < TimeUnit.Day && s.Relation is TimeRelation.Earlier or TimeRelation.Later && from is not { Granularity: <= TimeUnit.Hour })
                {
                    // "a minute and a half later" with no clock time talked about: no hour to count from, so the
                    // length of time, as TimeML marks it ("later" is its signal).
                    return new Resolution(TimexFormat.Duration(unit, s.Count ?? 1), null, false) { Type = Core.TimeType.Duration };
                }

                var steps = s.Relation switch
                {
                    TimeRelation.Earlier => -count,
                    TimeRelation.Previous => -1,
                    TimeRelation.Later => count,
                    TimeRelation.Following => 1,
                    _ => 0,
                };
                // "a year earlier" after a quarter is that quarter a year before; "that year" is the year.
                var keep = fromAnchor && steps != 0 && unit == TimeUnit.Year && from!.Value.Granularity is TimeUnit.Quarter or TimeUnit.HalfYear or TimeUnit.Month or TimeUnit.Season;
                if (!keep && steps != 0 && unit == TimeUnit.Year && s.PeriodUnit == TimeUnit.Quarter && LatestQuarter(today)?.Shift(unit, steps) is { } quarterBefore)
                {
                    // "the year-earlier quarter" with no quarter talked about: the latest quarter, a year before.
                    return Point(quarterBefore);
                }

                var shifted = Shifted(from, unit, steps, keep ? from!.Value.Granularity : granularity, fromAnchor, from?.Code);
                return unit < TimeUnit.Day && shifted.Point is not null ? shifted with { Type = Core.TimeType.Time } : shifted;
            }

            default:
                // "this week", "the year", "the weekend", "recent weeks".
                if (unit == TimeUnit.Weekend && today is { } t && s.Relation != TimeRelation.This)
                {
                    var saturday = IsoDay(t.At) >= 6 ? t : t.Shift(TimeUnit.Week, -1)!.Value;
                    return Point(saturday.As(TimeUnit.Weekend));
                }

                return Shifted(today, unit, 0, granularity, false);
        }
    }

    /// <summary>The last quarter completed before the article date.</summary>
    private static TimePoint? LatestQuarter(TimePoint? today)
        => PartOfYear(new TimeSpec { Quarter = -1 }, today, Tense.Unknown).Point;

    private static Resolution Shifted(TimePoint? from, TimeUnit unit, int steps, TimeUnit granularity, bool fromAnchor, string? code = null)
    {
        if (from?.Shift(unit, steps) is { } shifted)
        {
            return Point(shifted.As(granularity, code), fromAnchor);
        }

        return new Resolution(Unknown(granularity), null, false);
    }

    /// <summary>The time just talked about when it is as fine as the unit needs (a day for "a day earlier"), else the article date.</summary>
    private static TimePoint? AnchorOrToday(TimePoint? anchor, TimePoint? today, TimeUnit unit, out bool fromAnchor)
    {
        var needed = unit < TimeUnit.Month ? TimeUnit.Day : unit;
        fromAnchor = anchor is { } a && (a.Granularity <= needed || (unit == TimeUnit.Year && a.Granularity <= TimeUnit.Year));
        return fromAnchor ? anchor : today;
    }

    private static string Unknown(TimeUnit granularity) => granularity switch
    {
        TimeUnit.Century => "XX",
        TimeUnit.Decade => "XXX",
        TimeUnit.Year => "XXXX",
        TimeUnit.HalfYear => "XXXX-HX",
        TimeUnit.Quarter => "XXXX-QX",
        TimeUnit.Season or TimeUnit.Month => "XXXX-XX",
        TimeUnit.Week or TimeUnit.Fortnight => "XXXX-WXX",
        TimeUnit.Weekend => "XXXX-WXX-WE",
        _ => "XXXX-XX-XX",
    };

    private static int IsoDay(DateTime at) => at.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)at.DayOfWeek;

    private static int Modulo(int value, int modulus) => ((value % modulus) + modulus) % modulus;
}
