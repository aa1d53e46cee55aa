namespace Wirewatch.Extraction.Statements;

/// <summary>
/// Quotations that run over several sentences or paragraphs with no cue of their own: "We are well aware ... And
/// kyiv is already doing what it is told to do, Peskov said." A sentence opening with a quotation mark continues one; a
/// sentence with no cue continues a quotation when it speaks in the first person ("But I can assure you..."), and
/// every later sentence of the paragraph with no cue of its own continues one that a trailing cue closed ("We are
/// anxious, said Anna Berg. The attacks are getting closer.": news copy gives the writer's words a paragraph of their own).
/// </summary>
internal sealed class Continuations
{
    private readonly ArticleView _view;
    private readonly WordSets _words;
    private readonly List<StatementDraft>[] _bySentence;
    private readonly HashSet<int> _claimed = [];

    public Continuations(ArticleView view, WordSets words, List<StatementDraft>[] bySentence)
    {
        _view = view;
        _words = words;
        _bySentence = bySentence;
    }

    public void Apply()
    {
        foreach (var (draft, s) in Candidates())
        {
            if (draft.ContentBefore && draft.ContentFirst == _view.SentenceTokens[s].First)
            {
                Backward(draft, s);
            }
        }

        foreach (var (draft, s) in Candidates())
        {
            if (_bySentence[s].LastOrDefault(d => !d.Dropped) == draft && (draft.ContentBefore || draft.ContentEnd >= _view.SentenceTokens[s].End - 1))
            {
                Forward(draft, s);
            }
        }
    }

    private IEnumerable<(StatementDraft Draft, int Sentence)> Candidates()
    {
        for (var s = 0; s < _bySentence.Length; s++)
        {
            foreach (var draft in _bySentence[s].ToList())
            {
                if (!draft.Dropped && !draft.FirstPersonSource && draft.Direct)
                {
                    yield return (draft, s);
                }
            }
        }
    }

    private void Backward(StatementDraft draft, int s)
    {
        var paragraph = _view.ParagraphOfSentence[s];
        var (first, _) = _view.SentenceTokens[s];
        if (_view.IsQuote(first))
        {
            return;
        }

        var takeTo = -1;
        var marked = HasQuote(s);
        var firstPerson = HasFirstPerson(draft.Content[0].First, draft.Content[0].End);
        for (var t = s - 1; t >= 0 && _view.ParagraphOfSentence[t] == paragraph && !Blocks(t); t--)
        {
            if (marked || HasQuote(t))
            {
                marked = true;
                if (_view.IsQuote(_view.SentenceTokens[t].First))
                {
                    takeTo = t;
                    break;
                }

                continue;
            }

            firstPerson |= HasFirstPerson(_view.SentenceTokens[t].First, _view.SentenceTokens[t].End);
            takeTo = t;
        }

        if (takeTo < 0 || (!marked && !firstPerson))
        {
            return;
        }

        for (var t = takeTo; t < s; t++)
        {
            Absorb(t);
        }

        draft.Content[0] = (_view.SentenceTokens[takeTo].First, draft.Content[0].End);
    }

    private void Forward(StatementDraft draft, int s)
    {
        var paragraph = _view.ParagraphOfSentence[s];
        var crossed = false;
        for (var t = s + 1; t < _bySentence.Length; t++)
        {
            var nextParagraph = _view.ParagraphOfSentence[t] != paragraph;
            if (nextParagraph && (crossed || _view.ParagraphOfSentence[t] != paragraph + 1))
            {
                return;
            }

            var (first, end) = _view.SentenceTokens[t];
            if (Blocks(t) || !(_view.IsQuote(first) || HasFirstPerson(first, end) || draft.ContentBefore && !nextParagraph))
            {
                return;
            }

            Absorb(t);
            var previousEnd = _view.SentenceTokens[t - 1].End;
            if (!nextParagraph && draft.Content[^1].End >= previousEnd - 1)
            {
                draft.Content[^1] = (draft.Content[^1].First, end);
            }
            else
            {
                draft.Content.Add((first, end));
            }

            if (nextParagraph)
            {
                crossed = true;
                paragraph = _view.ParagraphOfSentence[t];
            }
        }
    }

    /// <summary>A sentence with a statement of its own (not one quoted in the first person) ends a quotation.</summary>
    private bool Blocks(int sentence) => _claimed.Contains(sentence) || _bySentence[sentence].Any(d => !d.Dropped && !d.FirstPersonSource);

    private void Absorb(int sentence)
    {
        _claimed.Add(sentence);
        foreach (var inner in _bySentence[sentence])
        {
            inner.Dropped = true;
        }
    }

    private bool HasQuote(int sentence)
    {
        var (first, end) = _view.SentenceTokens[sentence];
        for (var i = first; i < end; i++)
        {
            if (_view.IsQuote(i))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasFirstPerson(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (_view.IsFirstPerson(i, _words))
            {
                return true;
            }
        }

        return false;
    }
}
