namespace Wirewatch.Corpora.Brat;

/// <summary>One attribution relation of a brat standoff file: its source, cue and content, each as character spans
/// (half-open, possibly discontinuous; empty when the relation has none).</summary>
public sealed record BratAttribution(
    IReadOnlyList<(int Start, int End)> Source,
    IReadOnlyList<(int Start, int End)> Cue,
    IReadOnlyList<(int Start, int End)> Content);
