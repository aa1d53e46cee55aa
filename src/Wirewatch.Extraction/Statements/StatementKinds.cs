using Wirewatch.Core;

namespace Wirewatch.Extraction.Statements;

/// <summary>
/// Decides what a statement does (assertion, accusation, denial, warning, commitment) from its cue, the words of the
/// cue's object ("called the claims a lie") and, for plain assertions, its content ("dictated to Kiev by Washington");
/// and whom it is about: the accused or denied party where the text names it.
/// </summary>
internal sealed class StatementKinds
{
    private const int ObjectWindow = 6;
    private readonly ArticleView _view;
    private readonly StatementLexicon _lexicon;

    public StatementKinds(ArticleView view, StatementLexicon lexicon)
    {
        _view = view;
        _lexicon = lexicon;
    }

    public void Classify(StatementDraft draft)
    {
        var kind = draft.Cue.Entry.Kind;
        var (_, sentenceEnd) = _view.SentenceTokens[draft.Sentence];
        for (var i = draft.Cue.End; i < Math.Min(sentenceEnd, draft.Cue.End + ObjectWindow); i++)
        {
            if (_lexicon.ObjectKinds.TryGetValue(_view.Words[i], out var objectKind))
            {
                kind = objectKind;
                break;
            }
        }

        if (kind == StatementKind.Assertion)
        {
            foreach (var (first, end) in draft.Content)
            {
                for (var i = first; i < end && kind == StatementKind.Assertion; i++)
                {
                    if (_lexicon.ContentKinds.TryGetValue(_view.Words[i], out var contentKind))
                    {
                        kind = contentKind;
                    }
                }
            }
        }

        draft.Kind = kind;
    }

    public IReadOnlyList<string> About(StatementDraft draft, string? speaker)
    {
        if (draft.Kind == StatementKind.Assertion)
        {
            return [];
        }

        var about = new List<string>();
        if (draft.Accused is { } accused)
        {
            Add(about, _view.SpanOf(accused.First, accused.End), speaker);
        }
        else if (draft.Kind == StatementKind.Denial && !draft.ContentBefore && draft.Content.Count > 0)
        {
            // "denied Russia's ridiculous claim": the owner of the claim denied.
            var (first, end) = draft.Content[0];
            var objectEnd = NounPhrases.Right(_view, first, end);
            if (objectEnd > first)
            {
                Add(about, _view.SpanOf(first, objectEnd), speaker);
            }
        }

        if (about.Count == 0 && draft.Kind is StatementKind.Accusation or StatementKind.Warning)
        {
            foreach (var (first, end) in draft.Content)
            {
                Add(about, _view.SpanOf(first, end), speaker);
            }
        }

        return about;
    }

    private void Add(List<string> about, TextSpan span, string? speaker)
    {
        foreach (var id in _view.EntitiesIn(span))
        {
            if (id != speaker && !about.Contains(id) && _view.TypeOf(id) is not EntityType.Norp)
            {
                about.Add(id);
            }
        }
    }
}
