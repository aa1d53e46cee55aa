namespace Wirewatch.Corpora.Conllu;

/// <summary>One sentence: its id, whether a new paragraph starts with it, and its surface tokens.</summary>
public sealed record ConlluSentence(string Id, bool StartsParagraph, IReadOnlyList<ConlluToken> Tokens);
