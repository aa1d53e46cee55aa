namespace Wirewatch.Extraction.Time;

/// <summary>The kinds of word the time recogniser knows; each has its file under <c>data/time/</c>.</summary>
public enum TimeWordClass
{
    Weekday,
    Month,
    Number,
    Ordinal,
    Unit,
    DayPart,
    Clock,
    Season,
    DeicticDay,
    Fuzzy,
    Relative,
    Modifier,
    Set,
    TenseCue,
    Fiscal,
    Context,
    Duration,
    SpokenCentury,
    PeriodEnd,
    Holiday,
    RateWord,
    UnitAdjective,
    Half,
    Neighbour,
    SpokenDecade,
}
