namespace Wirewatch.Core;

/// <summary>The layers of annotation a <see cref="Document"/> can carry. Components need and add these.</summary>
[Flags]
public enum Layers
{
    None = 0,

    /// <summary>The body text itself; every document read has it.</summary>
    Text = 1 << 0,

    /// <summary>The folded view of the text (<see cref="Document.FoldedText"/>): same length, quotes, dashes and spaces unified.</summary>
    FoldedText = 1 << 1,

    /// <summary>Paragraph spans, split at blank lines.</summary>
    Paragraphs = 1 << 2,

    /// <summary>Tokens with half-open spans.</summary>
    Tokens = 1 << 3,

    /// <summary>Sentence spans, each a run of whole tokens inside one paragraph.</summary>
    Sentences = 1 << 4,

    /// <summary>A universal part-of-speech tag for every token (<see cref="Document.PartsOfSpeech"/>).</summary>
    PartsOfSpeech = 1 << 5,

    /// <summary>Named entities and their mentions (<see cref="Document.Entities"/>).</summary>
    Entities = 1 << 6,

    /// <summary>Time expressions with TIMEX3 values (<see cref="Document.Times"/>).</summary>
    Times = 1 << 7,

    /// <summary>Typed name spans found by the name tagger, before they are grouped into entities (<see cref="Document.Names"/>).</summary>
    Names = 1 << 8,

    /// <summary>Attributed statements: cue, speaker, content, relays, addressee, kind (<see cref="Document.Statements"/>).</summary>
    Statements = 1 << 9,

    /// <summary>Pairs of a claim and the statement that rebuts it (<see cref="Document.Disputes"/>).</summary>
    Disputes = 1 << 10,

    /// <summary>Events in ACLED's shape: type, actors, place, date, fatalities, counts (<see cref="Document.Events"/>).</summary>
    Events = 1 << 12,
}
