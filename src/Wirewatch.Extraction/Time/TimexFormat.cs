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
        var amount = count < 0 ? "X" : (count * scale).ToString("0.##", CultureInfo.InvariantCulture);
        return (timePart ? "PT" : "P") + amount + designator;
    }
}
