namespace Wirewatch.Corpora.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence (an integer-id line).</summary>
public sealed record ConlluWord(string Form, string Lemma, string UPos, string XPos, string Misc);
