namespace Wirewatch.Corpora.Conllu;

/// <summary>
/// One surface token: a plain word, or a multiword token ("don't") with the syntactic words it holds ("do", "n't").
/// </summary>
public sealed record ConlluToken(string Form, IReadOnlyList<ConlluWord> Words, bool SpaceAfter)
{
    public bool IsMultiword => Words.Count > 1;
}
