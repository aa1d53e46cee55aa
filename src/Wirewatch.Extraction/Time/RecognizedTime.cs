namespace Wirewatch.Extraction.Time;

/// <summary>One time expression found in a sentence: its tokens <c>[First, End)</c> and what its words say.</summary>
public readonly record struct RecognizedTime(int First, int End, TimeSpec Spec)
{
    /// <summary>The token whose tense the time takes: its first, or the first of the date it is joined to ("April 24 and 25").</summary>
    public int? TenseFrom { get; init; }
}
