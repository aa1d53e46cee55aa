namespace Wirewatch.Corpora.Gum;

/// <summary>
/// One entity mention of GUM's entity layer: which entity (coreference group) it belongs to, its GUM type
/// ("person", "organization", "place", ...), its Wikipedia identity when named and linked, the syntactic
/// words it covers, <c>[StartWord, EndWord)</c> as indexes into the document's words, and its head: the last
/// word of GUM's minimal span (<c>minspan</c>).
/// </summary>
public sealed record GumMention(string Group, string Type, string? Identity, int StartWord, int EndWord)
{
    /// <summary>The head word's index in the document: the last word of the minimal span.</summary>
    public int HeadWord { get; init; } = EndWord - 1;
}
