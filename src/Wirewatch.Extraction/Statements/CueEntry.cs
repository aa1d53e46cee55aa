using Wirewatch.Core;

namespace Wirewatch.Extraction.Statements;

/// <summary>One cue of the lexicon: a form of a verb or phrase of saying.</summary>
/// <param name="Lemma">The base form ("say", "according_to").</param>
/// <param name="Words">The words of this form, lower case ("pointed", "out").</param>
/// <param name="AnyPartOfSpeech">True when the form is a cue whatever the tagger says; otherwise only as a verb.</param>
/// <param name="Kind">What a statement with this cue does, before its words are looked at.</param>
/// <param name="Class">Speech, state, relay or question.</param>
/// <param name="Object">What the noun phrase after the cue is.</param>
public sealed record CueEntry(string Lemma, IReadOnlyList<string> Words, bool AnyPartOfSpeech, StatementKind Kind, CueClass Class, CueObject Object)
{
    /// <summary>True for a present participle ("saying", "adding", "referring to"), which takes its speaker from the clause
    /// before; "according to" is a relay, not a participle.</summary>
    public bool IsParticiple => Class != CueClass.Relay && Words[0].EndsWith("ing", StringComparison.Ordinal);
}
