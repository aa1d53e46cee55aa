using Wirewatch.Core;

namespace Wirewatch.Extraction.Statements;

/// <summary>
/// "Peskov did not provide any evidence for his claims": marks the earlier statements of the sentence's subject as
/// given without evidence.
/// </summary>
internal sealed class NoEvidenceMarks
{
    private readonly ArticleView _view;
    private readonly StatementLexicon _lexicon;

    public NoEvidenceMarks(ArticleView view, StatementLexicon lexicon)
    {
        _view = view;
        _lexicon = lexicon;
    }

    public List<Statement> Apply(List<Statement> statements)
    {
        for (var s = 0; s < _view.SentenceTokens.Length; s++)
        {
            var (first, end) = _view.SentenceTokens[s];
            if (!HasPhrase(first, end))
            {
                continue;
            }

            var subjectEnd = NounPhrases.Right(_view, first, end);
            if (subjectEnd <= first)
            {
                continue;
            }

            var subject = _view.EntityIn(_view.SpanOf(first, subjectEnd));
            var sentenceStart = _view.Tokens[first].Start;
            for (var k = 0; k < statements.Count; k++)
            {
                var statement = statements[k];
                if (subject is not null && statement.Speaker?.EntityId == subject && statement.Cue.Start < sentenceStart)
                {
                    statements[k] = statement with { NoEvidence = true };
                }
            }
        }

        return statements;
    }

    private bool HasPhrase(int first, int end)
    {
        foreach (var phrase in _lexicon.NoEvidence)
        {
            for (var i = first; i + phrase.Length <= end; i++)
            {
                var k = 0;
                while (k < phrase.Length && _view.Words[i + k] == phrase[k])
                {
                    k++;
                }

                if (k == phrase.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
