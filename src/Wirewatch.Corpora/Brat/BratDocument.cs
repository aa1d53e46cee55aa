namespace Wirewatch.Corpora.Brat;

/// <summary>A text and the attribution relations annotated on it.</summary>
public sealed record BratDocument(string Id, string Text, IReadOnlyList<BratAttribution> Attributions);
