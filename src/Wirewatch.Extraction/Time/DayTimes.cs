using static Wirewatch.Extraction.Time.CalendarDates;

namespace Wirewatch.Extraction.Time;

/// <summary>Clock times, weekdays, "today" and parts of the day ("3 p.m. Thursday", "noon", "last night").</summary>
internal static class DayTimes
{
    internal static int? ParseClock(TimeTokens t, int j, TimeSpec spec)
    {
        var k = j;
        if (t.Clock(j) is { } clock)
        {
            (spec.Hour, spec.Minute) = clock;
            k++;
        }
        else if (t.Integer(j) is >= 1 and <= 12 && t.Match(j + 1, TimeWordClass.Clock) is { Value: "AM" or "PM" })
        {
            (spec.Hour, spec.Minute) = (t.Integer(j), 0);
            k++;
        }
        else if (t.Integer(j) is >= 1 and <= 12 and var said && t[j].Kind == Core.TokenKind.Number && t.Is(j + 1, "in") && t.Is(j + 2, "the")
            && DayPartAt(t, j + 3) is { } part)
        {
            // "4 in the morning", "8 in the evening": the hour of that part of the day.
            var afterNoon = part.Value is "AF" or "EV" || (part.Value == "NI" && said >= 6);
            (spec.Hour, spec.Minute) = (afterNoon && said < 12 ? said + 12 : said, 0);
            return ParseClockDay(t, j + 4, spec);
        }
        else if (t[j].End - t[j].Start == 4 && t.Integer(j) is >= 0 and <= 2359 and var military && military % 100 < 60
            && t.Match(j + 1, TimeWordClass.Clock, allowWeak: false) is { Value: "Z" or "ZONE" })
        {
            // "0800 UTC": a clock time in four digits, told from a year by its zone.
            (spec.Hour, spec.Minute) = (military / 100, military % 100);
            k++;
        }
        else if (t.Match(j, TimeWordClass.Clock, allowWeak: false) is { Number: var hour, Value: not ("AM" or "PM" or "Z" or "ZONE") })
        {
            // "noon", "midnight Friday".
            (spec.Hour, spec.Minute) = (hour, 0);
            return ParseClockDay(t, j + 1, spec);
        }
        else
        {
            return null;
        }

        if (t.Match(k, TimeWordClass.Clock) is { Value: "AM" or "PM" } half)
        {
            spec.Hour = (spec.Hour % 12) + (half.Value == "PM" ? 12 : 0);
            k++;
        }

        if (t.Match(k, TimeWordClass.Clock, allowWeak: false) is { Value: "Z" })
        {
            spec.Utc = true;
            k++;
        }
        else if (t.Match(k, TimeWordClass.Clock, allowWeak: false) is { Value: "ZONE" })
        {
            // "5 p.m. EST": a local zone, which the value does not carry.
            k++;
        }

        return ParseClockDay(t, k, spec);
    }

    /// <summary>The weekday, "today" or date that may follow a clock time ("3 p.m. Thursday", "5 p.m. EST, Nov. 6").</summary>
    internal static int ParseClockDay(TimeTokens t, int k, TimeSpec spec)
    {
        var dateAt = t.Is(k, ",") ? k + 1 : k;
        var dated = new TimeSpec();
        if (ParseMonthFirst(t, dateAt, dated, context: true) is { } dateEnd && dated.Day is not null)
        {
            (spec.Year, spec.Month, spec.Day) = (dated.Year, dated.Month, dated.Day);
            return dateEnd;
        }

        if (t.Match(k, TimeWordClass.Weekday, allowWeak: false) is { Extra: not "plural" } weekday)
        {
            spec.Weekday = weekday.Number;
            k++;
        }
        else if (t.Match(k, TimeWordClass.DeicticDay) is { } day)
        {
            spec.DayOffset = day.Number;
            k++;
        }

        return k;
    }

    internal static int? ParseDeictic(TimeTokens t, int j, TimeSpec spec)
    {
        if (t.Match(j, TimeWordClass.DeicticDay) is not { } day)
        {
            return null;
        }

        spec.DayOffset = day.Number;
        spec.DayPart = day.Extra;
        return ParseTrailingDayPart(t, j + 1, spec);
    }

    internal static int? ParseWeekday(TimeTokens t, int j, TimeSpec spec)
    {
        if (t.Match(j, TimeWordClass.Weekday, allowWeak: false) is not { } weekday)
        {
            return null;
        }

        var k = j + 1;
        if (weekday.Extra == "plural" || DayPartAt(t, k, plural: true) is not null
            || ((t.Is(k, "and") || t.Is(k, "or")) && t.Match(k + 1, TimeWordClass.Weekday, allowWeak: false) is not null && DayPartAt(t, k + 2, plural: true) is not null))
        {
            // "on Mondays", "Tuesday nights", "on Monday and Tuesday nights": that day (and part) of every week.
            var part = DayPartAt(t, k, plural: true) ?? (weekday.Extra == "plural" ? null : DayPartAt(t, k + 2, plural: true));
            var own = DayPartAt(t, k, plural: true) is not null;
            spec.Set = $"XXXX-WXX-{weekday.Number}" + (part is null ? string.Empty : "T" + part.Value);
            return own ? k + 1 : k;
        }

        spec.Weekday = weekday.Number;
        var afterComma = t.Is(k, ",") ? k + 1 : k;
        var dated = new TimeSpec();
        if ((ParseMonthFirst(t, afterComma, dated, context: true) ?? ParseDayFirst(t, afterComma, dated)) is { } dateEnd && dated.Day is not null)
        {
            (spec.Year, spec.Month, spec.Day) = (dated.Year, dated.Month, dated.Day);
            k = dateEnd;
        }

        return ParseTrailingDayPart(t, k, spec);
    }

    internal static int ParseTrailingDayPart(TimeTokens t, int k, TimeSpec spec)
    {
        if (DayPartAt(t, k) is { } part)
        {
            spec.DayPart = part.Value;
            return k + 1;
        }

        return k;
    }

    /// <summary>A part of the day at <paramref name="k"/>, singular ("night") or, when asked, plural ("nights").</summary>
    internal static TimeWord? DayPartAt(TimeTokens t, int k, bool plural = false)
        => t.Match(k, TimeWordClass.DayPart) is { } part && (part.Extra == "plural") == plural ? part : null;

    internal static int? ParseDayPart(TimeTokens t, int j, TimeSpec spec, bool the)
    {
        if (the && spec.Relation == TimeRelation.None && spec.Modifier is null && DayPartAt(t, j) is not null
            && j >= 2 && (t.Is(j - 2, "in") || t.Is(j - 2, "during")) && !t.Is(j + 1, "of"))
        {
            // "in the morning": the morning of the day talked about ("on the night of Oct. 23" is that day's night).
            spec.Relation = TimeRelation.Same;
        }

        var narrowed = spec.Relation == TimeRelation.None && spec.Modifier is "START" or "END" or "MID" or "LATER" or "EARLIER";
        if (!(narrowed || spec.Relation is TimeRelation.This or TimeRelation.Same or TimeRelation.Previous or TimeRelation.Following or TimeRelation.Last or TimeRelation.Next)
            || DayPartAt(t, j) is not { } part)
        {
            return null;
        }

        if (narrowed)
        {
            // "mid-afternoon", "late evening", "early morning yesterday": a part of the day talked about.
            spec.DayPart = part.Value;
            return ParseClockDay(t, j + 1, spec);
        }

        if (spec.Relation == TimeRelation.Last)
        {
            // "last night": the night before the article's day.
            (spec.Relation, spec.DayOffset) = (TimeRelation.None, -1);
        }
        else if (spec.Relation == TimeRelation.Next)
        {
            // "the next morning": the morning after the day talked about.
            spec.Relation = TimeRelation.Following;
        }

        spec.DayPart = part.Value;
        return j + 1;
    }
}
