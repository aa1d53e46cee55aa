namespace Wirewatch.Corpora.Meantime;

/// <summary>
/// One entity mention of MEANTIME: its syntactic type (NAM for a name, PRE.NAM for a name that premodifies a
/// noun, NOM, PRO...), the type of the entity it refers to (PER, ORG, LOC, PRO, FIN, MIX; null when it refers to
/// none), its tokens (the whole extent), <c>[FirstToken, EndToken)</c>, and its head as the annotators wrote it
/// (often empty).
/// </summary>
public sealed record MeantimeEntityMention(string SyntacticType, string? EntityType, string? EntityId, int FirstToken, int EndToken, string Head = "");
