namespace Wirewatch.Core;

/// <summary>How an entity is mentioned.</summary>
public enum MentionKind
{
    /// <summary>By name ("Dmitry Peskov", "Peskov", "kyiv").</summary>
    Name,

    /// <summary>By a description ("the Kremlin spokesman", "the capital's military chief").</summary>
    Nominal,

    /// <summary>By a pronoun ("he", "its").</summary>
    Pronoun,
}
