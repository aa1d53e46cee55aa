namespace Wirewatch.Core;

/// <summary>The TIMEX3 types of time expression.</summary>
public enum TimeType
{
    /// <summary>A calendar date or a vaguer period ("Wednesday", "earlier this week", "2023").</summary>
    Date,

    /// <summary>A time of day ("14:00", "Thursday morning").</summary>
    Time,

    /// <summary>A length of time ("three years", "the past two weeks").</summary>
    Duration,

    /// <summary>A recurring time ("every week", "daily").</summary>
    Set,
}
