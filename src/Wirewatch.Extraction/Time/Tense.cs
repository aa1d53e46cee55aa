namespace Wirewatch.Extraction.Time;

/// <summary>The tense a time is spoken of in, from the cues before it in its sentence.</summary>
public enum Tense
{
    /// <summary>No cue: news reports what happened, so read as past.</summary>
    Unknown,
    Past,
    Future,

    /// <summary>No cue but a deadline word right before ("by February", "through January"): the nearest such time, before or after.</summary>
    Deadline,
}
