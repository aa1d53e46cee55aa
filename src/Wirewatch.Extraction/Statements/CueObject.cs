namespace Wirewatch.Extraction.Statements;

/// <summary>What the noun phrase right after a cue is.</summary>
public enum CueObject
{
    /// <summary>Nothing in particular (usually the content begins).</summary>
    None,

    /// <summary>Whom it was said to ("told CNN").</summary>
    Addressee,

    /// <summary>The party accused ("accused Russia of").</summary>
    Accused,
}
