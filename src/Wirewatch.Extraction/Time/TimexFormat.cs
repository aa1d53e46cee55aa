using System.Globalization;

namespace Wirewatch.Extraction.Time;

/// <summary>Writes TIMEX3 values: lengths of time ("P3D", "PT2H", "PXY").</summary>
public static class TimexFormat
{
    /// <summary>A duration of <paramref name="count"/> units; a negative count is vague ("X").</summary>
    public static string Duration(TimeUnit unit, double count)
    {
        var (timePart, scale, designator) = unit switch
        {
            TimeUnit.Second => (true, 1, "S"),
            TimeUnit.Minute => (true, 1, "M"),
            TimeUnit.Hour or TimeUnit.DayPart => (true, 1, "H"),
            TimeUnit.Day => (false, 1, "D"),
            TimeUnit.Weekend => (false, 1, "WE"),
            TimeUnit.Week => (false, 1, "W"),
            TimeUnit.Fortnight => (false, 2, "W"),
            TimeUnit.Month => (false, 1, "M"),
            TimeUnit.Season => (false, 3, "M"),
            TimeUnit.Quarter => (false, 1, "Q"),
            TimeUnit.HalfYear => (false, 6, "M"),
            TimeUnit.Year => (false, 1, "Y"),
            TimeUnit.Decade => (false, 10, "Y"),
            TimeUnit.Century => (false, 1, "CE"),
            _ => (false, 1, "D"),
        };
        var scaled = count * scale;
        if (count > 0 && scaled != Math.Floor(scaled) && Finer(unit) is { } finer)
        {
            // "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
            var whole = Math.Floor(scaled);
            var rest = Math.Round((scaled - whole) * finer.PerUnit);
            var head = whole > 0 ? whole.ToString("0", CultureInfo.InvariantCulture) + designator : string.Empty;
            var tail = rest.ToString("0", CultureInfo.InvariantCulture) + finer.Designator;
            return timePart || finer.Time == timePart ? (timePart ? "PT" : "P") + head + tail : "P" + head + "T" + tail;
        }

        var amount = count < 0 ? "X" : scaled.ToString("0.##", CultureInfo.InvariantCulture);
        return (timePart ? "PT" : "P") + amount + designator;
    }

    /// <summary>The next finer unit a fraction of this one is written in: months for years, minutes for hours.</summary>
    private static (double PerUnit, string Designator, bool Time)? Finer(TimeUnit unit) => unit switch
    {
        TimeUnit.Year => (12, "M", false),
        TimeUnit.Month => (30, "D", false),
        TimeUnit.Week => (7, "D", false),
        TimeUnit.Day => (24, "H", true),
        TimeUnit.Hour => (60, "M", true),
        TimeUnit.Minute => (60, "S", true),
        _ => null,
    };
}
