using Wirewatch.Core;

namespace Wirewatch.Extraction.Statements;

/// <summary>
/// Finds every attributed statement of an article (cue, speaker, content, relays, addressee, time, kind, about) and
/// pairs claims with their denials. Works with or without quotation marks.
/// </summary>
public sealed class StatementComponent : IPipelineComponent
{
    private readonly StatementLexicon _lexicon;
    private readonly WordSets _words = WordSets.Default;

    public StatementComponent(StatementLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public string Name => "statements";

    public Layers Needs => Layers.FoldedText | Layers.Paragraphs | Layers.Tokens | Layers.Sentences | Layers.PartsOfSpeech | Layers.Entities | Layers.Times;

    public Layers Adds => Layers.Statements | Layers.Disputes;

    public void Process(Document document)
    {
        var view = new ArticleView(document);
        var timesByFirstToken = TimesByFirstToken(document);
        var finder = new SentenceStatements(view, _lexicon, _words, timesByFirstToken);
        var bySentence = new List<StatementDraft>[document.Sentences.Count];
        for (var s = 0; s < bySentence.Length; s++)
        {
            bySentence[s] = finder.Find(s);
        }

        for (var s = 1; s < bySentence.Length; s++)
        {
            if (bySentence[s].Any(d => d.ClosesPrevious))
            {
                // The sentence before is the quotation itself: a cue inside it is quoted, not a statement of its own.
                bySentence[s - 1].ForEach(d => d.Dropped = true);
            }
        }

        new Continuations(view, _words, bySentence).Apply();
        var kinds = new StatementKinds(view, _lexicon);
        var statements = new List<Statement>();
        foreach (var draft in bySentence.SelectMany(d => d).Where(d => !d.Dropped && (!d.FirstPersonSource || view.HasQuotationMarks)).OrderBy(d => d.Cue.First))
        {
            kinds.Classify(draft);
            statements.Add(ToStatement(view, kinds, draft, $"s{statements.Count + 1}"));
        }

        statements = new NoEvidenceMarks(view, _lexicon).Apply(statements);
        document.Statements = statements;
        document.Disputes = new DisputeFinder(view).Find(statements);
    }

    private static Statement ToStatement(ArticleView view, StatementKinds kinds, StatementDraft draft, string id)
    {
        EntitySpan? speaker = null;
        if (draft.Source is { } source)
        {
            var span = view.SpanOf(source.First, source.End);
            speaker = new EntitySpan(span, view.EntityIn(span));
        }

        EntitySpan? addressee = null;
        if (draft.Addressee is { } a)
        {
            var span = view.SpanOf(a.First, a.End);
            addressee = new EntitySpan(span, view.EntityIn(span));
        }

        var relays = draft.Relays.Select(r =>
        {
            var span = view.SpanOf(r.First, r.End);
            return new EntitySpan(span, view.EntityIn(span));
        }).ToList();
        var content = draft.Content.Where(c => c.End > c.First).Select(c => view.SpanOf(c.First, c.End)).ToList();
        return new Statement(id, draft.Kind, speaker, view.SpanOf(draft.Cue.First, draft.Cue.End), content, draft.Direct)
        {
            RelayedBy = relays,
            RelayCue = draft.RelayCue is { } relayCue && relays.Count > 0 ? view.SpanOf(relayCue.First, relayCue.End) : null,
            Addressee = addressee,
            TimeId = draft.TimeId,
            About = kinds.About(draft, speaker?.EntityId),
        };
    }

    private static Dictionary<int, TimeExpression> TimesByFirstToken(Document document)
    {
        var map = new Dictionary<int, TimeExpression>();
        var tokens = document.Tokens;
        var t = 0;
        foreach (var time in document.Times)
        {
            while (t < tokens.Count && tokens[t].End <= time.Span.Start)
            {
                t++;
            }

            if (t < tokens.Count && tokens[t].Start >= time.Span.Start && tokens[t].Start < time.Span.End)
            {
                map[t] = time;
            }
        }

        return map;
    }
}
