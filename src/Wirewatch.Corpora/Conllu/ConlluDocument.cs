namespace Wirewatch.Corpora.Conllu;

/// <summary>One document (<c># newdoc id = ...</c>) of a CoNLL-U file and its <c># meta::</c> values.</summary>
public sealed record ConlluDocument(string Id, IReadOnlyDictionary<string, string> Meta, IReadOnlyList<ConlluSentence> Sentences);
