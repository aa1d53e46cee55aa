namespace Wirewatch.Core;

/// <summary>What a statement does, as far as the words show it.</summary>
public enum StatementKind
{
    /// <summary>A plain claim or report ("said", "told", "according to").</summary>
    Assertion,

    /// <summary>Blames someone ("accused ... of", "blamed").</summary>
    Accusation,

    /// <summary>Rejects a claim ("denied", "dismissed", "called ... a lie").</summary>
    Denial,

    /// <summary>Warns of something to come ("warned", "threatened").</summary>
    Warning,

    /// <summary>Promises or vows ("promised", "vowed", "pledged", "will respond").</summary>
    Commitment,
}
