namespace Wirewatch.Corpora.Muc;

/// <summary>
/// The slots of one MUC-4 answer-key template that are scored, each a list of fills. An irrelevant message has one
/// template with <see cref="Relevant"/> false. Human targets are entities: a name (slot 18) with the descriptions
/// that cross-reference it (slot 19, <c>"PRESIDENT": "CEREZO"</c>) as alternatives; a description without a
/// cross-reference is an entity of its own.
/// </summary>
public sealed record MucTemplate(
    string MessageId,
    bool Relevant,
    IReadOnlyList<MucFill> Types,
    IReadOnlyList<MucFill> Dates,
    IReadOnlyList<MucFill> Locations,
    IReadOnlyList<MucFill> PerpetratorOrganisations,
    IReadOnlyList<MucFill> HumanTargets,
    IReadOnlyList<MucFill> Effects);
