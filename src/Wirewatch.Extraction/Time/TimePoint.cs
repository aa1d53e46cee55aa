using System.Globalization;

namespace Wirewatch.Extraction.Time;

/// <summary>
/// A resolved time: a moment inside it and how coarse it is (a day, a week, a quarter...), with the TIMEX3 code of
/// a season or part of the day. Its <see cref="ToString"/> is the TIMEX3 value.
/// </summary>
/// <param name="At">A moment inside the time (its first day for weeks, months, years).</param>
/// <param name="Granularity">The unit the time is.</param>
/// <param name="Code">The season ("SU") or part of the day ("NI"), when the granularity needs one.</param>
/// <param name="Utc">True for a clock time given in UTC or GMT.</param>
public readonly record struct TimePoint(DateTime At, TimeUnit Granularity, string? Code = null, bool Utc = false)
{
    public static TimePoint OfDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeUnit.Day);

    /// <summary>The point moved by <paramref name="count"/> units, keeping its granularity; null when off the calendar.</summary>
    public TimePoint? Shift(TimeUnit unit, int count)
    {
        try
        {
            var at = unit switch
            {
                TimeUnit.Second => At.AddSeconds(count),
                TimeUnit.Minute => At.AddMinutes(count),
                TimeUnit.Hour => At.AddHours(count),
                TimeUnit.DayPart or TimeUnit.Day => At.AddDays(count),
                TimeUnit.Week or TimeUnit.Weekend => At.AddDays(7 * count),
                TimeUnit.Fortnight => At.AddDays(14 * count),
                TimeUnit.Month => At.AddMonths(count),
                TimeUnit.Season or TimeUnit.Quarter => At.AddMonths(3 * count),
                TimeUnit.HalfYear => At.AddMonths(6 * count),
                TimeUnit.Year => At.AddYears(count),
                TimeUnit.Decade => At.AddYears(10 * count),
                TimeUnit.Century => At.AddYears(100 * count),
                _ => At,
            };
            return this with { At = at };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The same moment seen at another granularity.</summary>
    public TimePoint As(TimeUnit granularity, string? code = null) => new(At, granularity, code, Utc);

    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var year = At.Year.ToString("0000", c);
        return Granularity switch
        {
            TimeUnit.Century => (At.Year / 100).ToString("00", c),
            TimeUnit.Decade => (At.Year / 10).ToString("000", c),
            TimeUnit.Year => year,
            TimeUnit.HalfYear => $"{year}-H{1 + ((At.Month - 1) / 6)}",
            TimeUnit.Quarter => $"{year}-Q{1 + ((At.Month - 1) / 3)}",
            TimeUnit.Season => $"{year}-{Code}",
            TimeUnit.Month => At.ToString("yyyy-MM", c),
            TimeUnit.Week or TimeUnit.Fortnight => Week(At),
            TimeUnit.Weekend => Week(At) + "-WE",
            TimeUnit.DayPart => At.ToString("yyyy-MM-dd", c) + "T" + Code,
            TimeUnit.Hour => At.ToString("yyyy-MM-dd'T'HH", c) + (Utc ? "Z" : string.Empty),
            TimeUnit.Minute or TimeUnit.Second => At.ToString("yyyy-MM-dd'T'HH:mm", c) + (Utc ? "Z" : string.Empty),
            _ => At.ToString("yyyy-MM-dd", c),
        };
    }

    private static string Week(DateTime at)
        => $"{ISOWeek.GetYear(at).ToString("0000", CultureInfo.InvariantCulture)}-W{ISOWeek.GetWeekOfYear(at).ToString("00", CultureInfo.InvariantCulture)}";
}
