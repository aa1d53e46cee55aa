namespace Wirewatch.Extraction.Time;

/// <summary>How a time is placed relative to another (see <c>data/time/relative.tsv</c>).</summary>
public enum TimeRelation
{
    None,

    /// <summary>The one before the article date ("last week", "last Friday").</summary>
    Last,

    /// <summary>"This past": the most recent one before the article date ("this past spring" in October is this year's); read as <see cref="Last"/> but for seasons.</summary>
    ThisPast,

    /// <summary>The one after the article date ("next week", "next Monday").</summary>
    Next,

    /// <summary>The one containing the article date ("this week").</summary>
    This,

    /// <summary>A stretch reaching back to the article date ("the past two weeks").</summary>
    Past,

    /// <summary>The one before the time just talked about ("the previous day").</summary>
    Previous,

    /// <summary>The one after the time just talked about ("the following week").</summary>
    Following,

    /// <summary>The one of the time just talked about ("that day", "the same day").</summary>
    Same,

    /// <summary>The most recent completed one ("the latest quarter").</summary>
    Latest,

    /// <summary>Vaguely before the article date ("recent years").</summary>
    Recent,

    /// <summary>Counted back from the article date ("two days ago").</summary>
    Ago,

    /// <summary>Counted back from the time just talked about ("a day earlier").</summary>
    Earlier,

    /// <summary>Counted on from the time just talked about ("two days later").</summary>
    Later,

    /// <summary>Counted on from the article date ("a year from now").</summary>
    FromNow,
}
