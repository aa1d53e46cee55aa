namespace Wirewatch.Core;

/// <summary>How the article presents an event.</summary>
public enum EventStatus
{
    /// <summary>Reported as fact.</summary>
    Reported,

    /// <summary>One side claims it ("Russia claimed Ukraine had launched").</summary>
    Claimed,

    /// <summary>Called alleged, or an accusation ("accused Russia of planting weapons").</summary>
    Alleged,
}
