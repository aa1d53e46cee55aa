namespace Wirewatch.Core;

/// <summary>
/// One news report and every layer of annotation added to it. A document is made by a reader and then
/// flows through the pipeline; each component reads the layers it needs and sets the ones it adds.
/// All spans index into <see cref="Text"/>.
/// </summary>
public sealed class Document
{
    private string? _foldedText;
    private IReadOnlyList<TextSpan>? _paragraphs;
    private IReadOnlyList<Token>? _tokens;
    private IReadOnlyList<TextSpan>? _sentences;
    private IReadOnlyList<PartOfSpeech>? _partsOfSpeech;
    private IReadOnlyList<Entity>? _entities;
    private IReadOnlyList<TimeExpression>? _times;
    private IReadOnlyList<NameMention>? _names;
    private IReadOnlyList<Statement>? _statements;
    private IReadOnlyList<Dispute>? _disputes;
    private IReadOnlyList<Event>? _events;

    public Document(DocumentInfo info, string text)
    {
        Info = info;
        Text = text;
    }

    /// <summary>Identity and provenance: id, source, date, title.</summary>
    public DocumentInfo Info { get; }

    /// <summary>The body text exactly as analysed; all offsets index into it.</summary>
    public string Text { get; }

    /// <summary>The layers this document carries so far.</summary>
    public Layers Layers { get; private set; } = Layers.Text;

    /// <summary>
    /// A view of <see cref="Text"/> of the same length in which curly quotes, odd spaces, hyphens and full-width
    /// forms are folded to plain ones, so that matching never depends on typography and offsets stay the same.
    /// </summary>
    public string FoldedText
    {
        get => Require(_foldedText, Layers.FoldedText);
        set
        {
            if (value.Length != Text.Length)
            {
                throw new ArgumentException("The folded text must have the length of the text.", nameof(value));
            }

            _foldedText = value;
            Layers |= Layers.FoldedText;
        }
    }

    public IReadOnlyList<TextSpan> Paragraphs
    {
        get => Require(_paragraphs, Layers.Paragraphs);
        set => Set(ref _paragraphs, value, Layers.Paragraphs);
    }

    public IReadOnlyList<Token> Tokens
    {
        get => Require(_tokens, Layers.Tokens);
        set => Set(ref _tokens, value, Layers.Tokens);
    }

    public IReadOnlyList<TextSpan> Sentences
    {
        get => Require(_sentences, Layers.Sentences);
        set => Set(ref _sentences, value, Layers.Sentences);
    }

    /// <summary>The part of speech of each token: <c>PartsOfSpeech[i]</c> belongs to <c>Tokens[i]</c>.</summary>
    public IReadOnlyList<PartOfSpeech> PartsOfSpeech
    {
        get => Require(_partsOfSpeech, Layers.PartsOfSpeech);
        set
        {
            if (value.Count != Tokens.Count)
            {
                throw new ArgumentException("There must be one part of speech for each token.", nameof(value));
            }

            Set(ref _partsOfSpeech, value, Layers.PartsOfSpeech);
        }
    }

    /// <summary>The names found in the text, with their types, in text order; not yet grouped into entities.</summary>
    public IReadOnlyList<NameMention> Names
    {
        get => Require(_names, Layers.Names);
        set => Set(ref _names, value, Layers.Names);
    }

    /// <summary>The people, organisations, places and groups of the article, each with all its mentions.</summary>
    public IReadOnlyList<Entity> Entities
    {
        get => Require(_entities, Layers.Entities);
        set => Set(ref _entities, value, Layers.Entities);
    }

    /// <summary>The time expressions of the article, in text order, with their TIMEX3 values.</summary>
    public IReadOnlyList<TimeExpression> Times
    {
        get => Require(_times, Layers.Times);
        set => Set(ref _times, value, Layers.Times);
    }

    /// <summary>The attributed statements of the article, in text order of their cues.</summary>
    public IReadOnlyList<Statement> Statements
    {
        get => Require(_statements, Layers.Statements);
        set => Set(ref _statements, value, Layers.Statements);
    }

    /// <summary>Claims paired with the statements that rebut them.</summary>
    public IReadOnlyList<Dispute> Disputes
    {
        get => Require(_disputes, Layers.Disputes);
        set => Set(ref _disputes, value, Layers.Disputes);
    }

    /// <summary>What happened: the events of the article in ACLED's shape, mentions of one event merged, in text order.</summary>
    public IReadOnlyList<Event> Events
    {
        get => Require(_events, Layers.Events);
        set => Set(ref _events, value, Layers.Events);
    }

    public bool Has(Layers layers) => (Layers & layers) == layers;

    /// <summary>The text under a span.</summary>
    public string this[TextSpan span] => span.Slice(Text);

    private static T Require<T>(T? value, Layers layer)
        where T : class
        => value ?? throw new InvalidOperationException($"The document has no {layer} layer yet: add a component that adds it earlier in the pipeline.");

    private void Set<T>(ref T? field, T value, Layers layer)
        where T : class
    {
        field = value;
        Layers |= layer;
    }
}
