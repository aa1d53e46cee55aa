using Wirewatch.Core;

namespace Wirewatch.Extraction.Statements;

/// <summary>A statement while it is being found, in token indices.</summary>
internal sealed class StatementDraft
{
    public StatementDraft(CueMatch cue, int sentence)
    {
        Cue = cue;
        Sentence = sentence;
    }

    /// <summary>The cue; its end grows over a colon that follows it ("said:").</summary>
    public CueMatch Cue { get; set; }

    public int Sentence { get; }

    /// <summary>The speaker's tokens [First, End), or null.</summary>
    public (int First, int End)? Source { get; set; }

    /// <summary>The content's token ranges, in text order.</summary>
    public List<(int First, int End)> Content { get; } = [];

    public (int First, int End)? Addressee { get; set; }

    public (int First, int End)? Accused { get; set; }

    public List<(int First, int End)> Relays { get; } = [];

    /// <summary>The cue of the first relay ("according to", "reported"), tokens [First, End).</summary>
    public (int First, int End)? RelayCue { get; set; }

    public string? TimeId { get; set; }

    public bool Direct { get; set; }

    /// <summary>True when the content comes before the cue ("..., Kirby said").</summary>
    public bool ContentBefore { get; set; }

    /// <summary>True when the sentence is only a speaker and a cue ("he asked.") and the content is the sentence before.</summary>
    public bool ClosesPrevious { get; set; }

    public StatementKind Kind { get; set; }

    /// <summary>The speaker is "I" or "we": a statement quoted inside another one.</summary>
    public bool FirstPersonSource { get; set; }

    public bool Dropped { get; set; }

    public int ContentFirst => Content.Count == 0 ? -1 : Content[0].First;

    public int ContentEnd => Content.Count == 0 ? -1 : Content[^1].End;

    public bool ContentContains(int token) => Content.Any(c => token >= c.First && token < c.End);
}
