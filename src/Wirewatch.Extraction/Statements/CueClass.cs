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

    /// <summary>The writer's own evidential ("the race appears closer", "Trump seemed to suggest"): no speaker; the content is
    /// the subject and what follows the cue. "appear" counts only before "to" or "that" ("appeared on television" is an act).</summary>
    Hedge,

    /// <summary>A noun of saying or of a stance ("his criticism of", "the claim that", "complaints from X that"): the speaker is
    /// the possessive before it or the noun phrase after "from" or "by", or none; counted only when a tagged noun.</summary>
    Noun,

    /// <summary>A phrase that looks like a cue and is none ("adding to his lead", "add up to"); it hides the shorter cue in it.</summary>
    Blocked,
}
