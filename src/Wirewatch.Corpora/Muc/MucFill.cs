namespace Wirewatch.Corpora.Muc;

/// <summary>
/// One key fill of a MUC-4 slot: its alternatives (the key's <c>"A" / "B"</c>, any of which is correct) and whether it
/// is optional (marked <c>?</c>, or in a template marked <c>(OPTIONAL)</c>): a system is not penalised for missing an
/// optional fill, and is credited for finding it.
/// </summary>
public sealed record MucFill(IReadOnlyList<string> Alternatives, bool Optional);
