namespace Wirewatch.Corpora.Gum;

/// <summary>
/// One entity mention of GUM's entity layer: which entity (coreference group) it belongs to, its GUM type
/// ("person", "organization", "place", ...), its Wikipedia identity when named and linked, and the syntactic
/// words it covers, <c>[StartWord, EndWord)</c> as indexes into the document's words.
/// </summary>
public sealed record GumMention(string Group, string Type, string? Identity, int StartWord, int EndWord);
