namespace Wirewatch.Core;

/// <summary>One attributed statement: who said what, with which words, to whom, through whom and when.</summary>
/// <param name="Id">"s1", "s2"... in text order of the cue.</param>
/// <param name="Kind">Assertion, accusation, denial, warning or commitment.</param>
/// <param name="Speaker">The words naming the source in the sentence ("Kremlin spokesman Dmitry Peskov", "he"), linked to
/// the entity they stand for; null when the text gives no source.</param>
/// <param name="Cue">The words that carry the attribution ("said", "told", "according to").</param>
/// <param name="Content">What was said: the first span is the content in the cue's sentence, later spans are sentences
/// and paragraphs that continue it with no cue of their own. Never empty.</param>
/// <param name="Direct">True for the speaker's own words (a quotation, with or without marks), false when reported.</param>
public sealed record Statement(string Id, StatementKind Kind, EntitySpan? Speaker, TextSpan Cue, IReadOnlyList<TextSpan> Content, bool Direct)
{
    /// <summary>Intermediaries the statement reached the reporter through ("according to TASS", "TASS reported").</summary>
    public IReadOnlyList<EntitySpan> RelayedBy { get; init; } = [];

    /// <summary>The words that name the first relay as one ("according to", "reported"), when there is a relay.</summary>
    public TextSpan? RelayCue { get; init; }

    /// <summary>Whom it was said to ("told Russian Channel 1", "told a news conference in India").</summary>
    public EntitySpan? Addressee { get; init; }

    /// <summary>The id of the time expression saying when it was said ("said on Thursday"), if any.</summary>
    public string? TimeId { get; init; }

    /// <summary>The entities the statement accuses, denies or warns about, where the text names them.</summary>
    public IReadOnlyList<string> About { get; init; } = [];

    /// <summary>True when the article says the speaker gave no evidence for it ("did not provide any evidence").</summary>
    public bool NoEvidence { get; init; }

    /// <summary>The whole extent of the content, from the start of the first span to the end of the last.</summary>
    public TextSpan ContentExtent => new(Content.Min(c => c.Start), Content.Max(c => c.End));
}
