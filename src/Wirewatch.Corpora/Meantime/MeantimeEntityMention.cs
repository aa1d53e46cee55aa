namespace Wirewatch.Corpora.Meantime;

/// <summary>
/// One entity mention of MEANTIME: its syntactic type (NAM for a name, NOM, PRO...), the type of the entity it
/// refers to (PER, ORG, LOC, PRO, FIN, MIX; null when it refers to none) and its tokens, <c>[FirstToken, EndToken)</c>.
/// </summary>
public sealed record MeantimeEntityMention(string SyntacticType, string? EntityType, string? EntityId, int FirstToken, int EndToken);
