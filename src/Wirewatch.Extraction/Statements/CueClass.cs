namespace Wirewatch.Extraction.Statements;

/// <summary>What sort of attribution a cue makes.</summary>
public enum CueClass
{
    /// <summary>A verb of saying ("said", "told", "denied").</summary>
    Speech,

    /// <summary>A verb of thinking, wanting or showing ("believes", "polls show").</summary>
    State,

    /// <summary>A channel ("according to", "reported"): an intermediary when the sentence has another statement.</summary>
    Relay,

    /// <summary>A question ("asked").</summary>
    Question,

    /// <summary>The colon after a speaker's name that opens a transcript line or a quoted passage ("PENCE: ...").</summary>
    Label,

    /// <summary>A phrase that looks like a cue and is none ("adding to his lead", "add up to"); it hides the shorter cue in it.</summary>
    Blocked,
}
