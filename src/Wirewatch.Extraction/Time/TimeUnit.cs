namespace Wirewatch.Extraction.Time;

/// <summary>Units of time, finest first; also the granularity of a resolved time.</summary>
public enum TimeUnit
{
    None,
    Second,
    Minute,
    Hour,
    DayPart,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Season,
    Quarter,
    HalfYear,
    Year,
    Decade,
    Century,
}
