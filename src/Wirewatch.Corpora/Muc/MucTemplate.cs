namespace Wirewatch.Corpora.Muc;

/// <summary>
/// The slots of one MUC-4 answer-key template that are scored. Each fill is a list of alternatives (the key's
/// "A" / "B"); an irrelevant message has one template with <see cref="Relevant"/> false.
/// </summary>
public sealed record MucTemplate(
    string MessageId,
    bool Relevant,
    string Type,
    string Date,
    string Location,
    IReadOnlyList<IReadOnlyList<string>> PerpetratorOrganisations,
    IReadOnlyList<IReadOnlyList<string>> HumanTargets,
    IReadOnlyList<string> Effects);
