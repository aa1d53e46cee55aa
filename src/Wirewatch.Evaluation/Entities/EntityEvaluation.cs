using Wirewatch.Corpora;
using Wirewatch.Core;
using Wirewatch.Corpora.Conllu;
using Wirewatch.Corpora.Gum;
using Wirewatch.Corpora.Meantime;
using Wirewatch.Text.Reading;

namespace Wirewatch.Evaluation.Entities;

/// <summary>
/// Scores named mentions, typed and exact-span, on GUM news (names derived from GUM's entity layer, see
/// <see cref="GumNamedMentions"/>) and MEANTIME (mentions marked NAM or PRE.NAM, as their head where the
/// annotators gave one, see <see cref="MeantimeHeads"/>), each as published and lower-cased.
/// Predictions are the name mentions of the entities layer, mapped to classes by <see cref="EntityClasses"/>.
/// Predictions on spans the corpus marks with a type it does not score (MEANTIME products, financial entities)
/// and NORP names the corpus does not mark are left out of the count rather than counted wrong, as are, in
/// MEANTIME, names nested inside a longer marked mention; a leading "the" is not part of the comparison.
/// </summary>
public sealed class EntityEvaluation
{
    private readonly Pipeline _pipeline;
    private readonly NameWords _nameWords;

    public EntityEvaluation(Pipeline pipeline, NameWords nameWords)
    {
        if (!pipeline.Produces.HasFlag(Layers.Entities))
        {
            throw new WirewatchException(ErrorCode.PipelineMisconfigured, "scoring entities needs a pipeline that adds the Entities layer");
        }

        _pipeline = pipeline;
        _nameWords = nameWords;
    }

    public EvaluationTable Run(string shared, TextWriter? errors = null, int maxErrors = 0)
    {
        var table = new EvaluationTable(
            "Named entities (typed, exact span)",
            "corpus", "docs", "gold names", "P", "R", "F1", "person F1", "organization F1", "place F1");
        var heldOut = HeldOutGumIds(shared);
        var gum = GumDocuments(shared).ToList();
        var sets = new (string Name, List<GoldDocument> Documents)[]
        {
            ("GUM news, held out (dev)", gum.Where(d => heldOut.Contains(d.Id)).ToList()),
            ("GUM news, in the training data", gum.Where(d => !heldOut.Contains(d.Id)).ToList()),
            ("MEANTIME (never trained on)", MeantimeDocuments(shared).ToList()),
        };
        foreach (var lowerCased in new[] { false, true })
        {
            foreach (var (name, documents) in sets)
            {
                var row = name + (lowerCased ? ", lower-cased" : string.Empty);
                errors?.WriteLine($"# {row}");
                AddRow(table, row, Score(documents, lowerCased, errors, maxErrors));
            }
        }

        return table;
    }

    /// <summary>
    /// Adds the k-fold cross-validated rows: the GUM news documents of the training data are dealt into
    /// <paramref name="folds"/> folds (in order of their ids, round robin); for each fold, a pipeline whose name
    /// tagger was trained without the fold's documents (<paramref name="pipelineWithout"/>) reads them, as published
    /// and lower-cased; the counts are pooled over the folds.
    /// </summary>
    public void AddCrossValidation(EvaluationTable table, string shared, int folds, Func<IReadOnlySet<string>, Pipeline> pipelineWithout, TextWriter? errors = null, int maxErrors = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var heldOut = HeldOutGumIds(shared);
        var documents = GumDocuments(shared).Where(d => !heldOut.Contains(d.Id)).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var pooled = new EntityScores[2];
        for (var fold = 0; fold < folds; fold++)
        {
            var test = documents.Where((_, i) => i % folds == fold).ToList();
            var evaluation = new EntityEvaluation(pipelineWithout(test.Select(d => d.Id).ToHashSet(StringComparer.Ordinal)), _nameWords);
            for (var lower = 0; lower < 2; lower++)
            {
                errors?.WriteLine($"# GUM news, fold {fold + 1}/{folds}{(lower == 1 ? ", lower-cased" : string.Empty)}");
                var scores = evaluation.Score(test, lowerCased: lower == 1, errors, maxErrors);
                pooled[lower] = pooled[lower] is null ? scores : pooled[lower].Plus(scores);
            }
        }

        AddRow(table, $"GUM news, {folds}-fold cross-validated", pooled[0]);
        AddRow(table, $"GUM news, {folds}-fold cross-validated, lower-cased", pooled[1]);
    }

    /// <summary>The GUM documents kept out of training: those of the dev and test files of the open GUM treebank.</summary>
    public static IReadOnlySet<string> HeldOutGumIds(string shared)
        => new[] { "en_gum-ud-dev.open.conllu", "en_gum-ud-test.open.conllu" }
            .SelectMany(f => ConlluReader.ReadDocuments(SharedData.PathIn(shared, "train-data", "ud-english-gum-open", f)))
            .Select(d => d.Id)
            .ToHashSet(StringComparer.Ordinal);

    public IEnumerable<GoldDocument> GumDocuments(string shared)
    {
        var folder = SharedData.PathIn(shared, "eval-data", "gum-news", "dep");
        foreach (var file in Directory.EnumerateFiles(folder, "GUM_news_*.conllu").Order(StringComparer.Ordinal))
        {
            foreach (var document in ConlluReader.ReadDocuments(file))
            {
                var text = ConlluText.Build(document);
                var gold = GumNamedMentions.Derive(text, GumEntityReader.Mentions(text.WordData), _nameWords);
                yield return new GoldDocument(document.Id, text.Text, gold, []);
            }
        }
    }

    public static IEnumerable<GoldDocument> MeantimeDocuments(string shared)
    {
        var folder = SharedData.PathIn(shared, "eval-data", "meantime", "intra-doc_annotation");
        foreach (var document in MeantimeDocument.ReadFolder(folder))
        {
            var gold = new List<NamedMention>();
            var ignored = new List<TextSpan>();
            var extents = new List<TextSpan>();
            foreach (var mention in document.EntityMentions.Where(m => m.SyntacticType is "NAM" or "PRE.NAM"))
            {
                var extent = new TextSpan(document.Tokens[mention.FirstToken].Start, document.Tokens[mention.EndToken - 1].End);
                var span = MeantimeHeads.Find(document.Text, extent, mention.Head) ?? extent;
                extents.Add(extent);
                if (EntityClasses.OfMeantime(mention.EntityType) is { } cls)
                {
                    gold.Add(new NamedMention(span, cls));
                }
                else
                {
                    ignored.Add(span);
                }
            }

            yield return new GoldDocument(document.Name, document.Text, gold, ignored) { NestedNamesUnmarked = true, Extents = extents };
        }
    }

    public EntityScores Score(IEnumerable<GoldDocument> documents, bool lowerCased, TextWriter? errors = null, int maxErrors = 0)
    {
        var total = default(Prf);
        var byClass = new Dictionary<string, Prf>(StringComparer.Ordinal);
        var count = 0;
        var goldCount = 0;
        var shown = 0;
        foreach (var gold in documents)
        {
            var text = lowerCased ? gold.Text.ToLowerInvariant() : gold.Text;
            var document = ArticleText.Create(gold.Id, null, DateOrigin.Unknown, null, null, text);
            _pipeline.Run(document);
            var predicted = Predictions(document, gold);
            var goldSet = gold.Mentions.Select(m => WithoutArticle(text, m)).ToHashSet();
            var predictedSet = predicted.Select(m => WithoutArticle(text, m)).ToHashSet();
            foreach (var cls in new[] { EntityClasses.Person, EntityClasses.Organization, EntityClasses.Place })
            {
                var g = goldSet.Where(m => m.Class == cls).ToList();
                var p = predictedSet.Where(m => m.Class == cls).ToList();
                var hits = g.Count(predictedSet.Contains);
                byClass[cls] = byClass.GetValueOrDefault(cls) + new Prf(hits, p.Count - hits, g.Count - hits);
            }

            var allHits = goldSet.Count(predictedSet.Contains);
            total += new Prf(allHits, predictedSet.Count - allHits, goldSet.Count - allHits);
            goldCount += goldSet.Count;
            count++;
            if (errors is not null && shown < maxErrors)
            {
                foreach (var miss in goldSet.Where(g => !predictedSet.Contains(g)).Take(maxErrors - shown))
                {
                    errors.WriteLine($"{gold.Id}: missed {miss.Class} «{miss.Span.Slice(text)}»; found {string.Join(" ", predictedSet.Where(p => p.Span.Overlaps(miss.Span)).Select(p => $"{p.Class} «{p.Span.Slice(text)}»"))}");
                    shown++;
                }

                foreach (var extra in predictedSet.Where(p => !goldSet.Contains(p) && !goldSet.Any(g => g.Span.Overlaps(p.Span))).Take(Math.Max(0, maxErrors - shown)))
                {
                    errors.WriteLine($"{gold.Id}: extra {extra.Class} «{extra.Span.Slice(text)}»");
                    shown++;
                }
            }
        }

        return new EntityScores(count, goldCount, total, byClass);
    }

    // MEANTIME's names take in a leading article ("the United States"), GUM's and Wirewatch's do not: the
    // article is dropped on both sides before comparing.
    private static NamedMention WithoutArticle(string text, NamedMention mention)
        => mention.Span.Length > 4 && text.AsSpan(mention.Span.Start, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)
            ? mention with { Span = new TextSpan(mention.Span.Start + 4, mention.Span.End) }
            : mention;

    private static List<NamedMention> Predictions(Document document, GoldDocument gold)
    {
        var goldClasses = new Dictionary<TextSpan, string>();
        foreach (var mention in gold.Mentions)
        {
            goldClasses.TryAdd(WithoutArticle(document.Text, mention).Span, mention.Class);
        }

        var ignored = gold.Ignored.Select(i => WithoutArticle(document.Text, new NamedMention(i, string.Empty)).Span).ToHashSet();
        var predicted = new List<NamedMention>();
        foreach (var entity in document.Entities)
        {
            foreach (var mention in entity.Mentions.Where(m => m.Kind == MentionKind.Name))
            {
                var span = WithoutArticle(document.Text, new NamedMention(mention.Span, string.Empty)).Span;
                if (ignored.Contains(span) || (gold.NestedNamesUnmarked && !goldClasses.ContainsKey(span) && InsideLongerMention(mention.Span, gold)))
                {
                    continue;
                }

                var cls = EntityClasses.Of(entity.Type);
                if (cls is null && entity.Type == EntityType.Norp && goldClasses.TryGetValue(span, out var marked))
                {
                    cls = marked;
                }

                if (cls is not null)
                {
                    predicted.Add(new NamedMention(mention.Span, cls));
                }
            }
        }

        return predicted;
    }

    private static bool InsideLongerMention(TextSpan span, GoldDocument gold)
        => gold.Mentions.Any(m => m.Span != span && m.Span.Contains(span)) || gold.Ignored.Any(i => i != span && i.Contains(span))
           || gold.Extents.Any(e => e != span && e.Contains(span));

    private static void AddRow(EvaluationTable table, string name, EntityScores scores)
        => table.Add(
            name,
            EvaluationTable.Count(scores.Documents),
            EvaluationTable.Count(scores.GoldMentions),
            EvaluationTable.Score(scores.Total.Precision),
            EvaluationTable.Score(scores.Total.Recall),
            EvaluationTable.Score(scores.Total.F1),
            EvaluationTable.Score(scores.ByClass.GetValueOrDefault(EntityClasses.Person).F1),
            EvaluationTable.Score(scores.ByClass.GetValueOrDefault(EntityClasses.Organization).F1),
            EvaluationTable.Score(scores.ByClass.GetValueOrDefault(EntityClasses.Place).F1));
}

/// <summary>One evaluation document: its text, the gold named mentions and spans not to score.</summary>
public sealed record GoldDocument(string Id, string Text, IReadOnlyList<NamedMention> Mentions, IReadOnlyList<TextSpan> Ignored)
{
    /// <summary>
    /// The corpus marks whole noun phrases and no names nested in them (MEANTIME: "U.S. automaker GM" is one
    /// organisation, "Apple's iTunes store" one product): a predicted name inside a longer marked mention is not scored.
    /// </summary>
    public bool NestedNamesUnmarked { get; init; }

    /// <summary>The whole extents of the marked mentions, where the corpus scores a shorter head (MEANTIME).</summary>
    public IReadOnlyList<TextSpan> Extents { get; init; } = [];
}

/// <summary>Scores over a set of documents, in all and by class.</summary>
public sealed record EntityScores(int Documents, int GoldMentions, Prf Total, IReadOnlyDictionary<string, Prf> ByClass)
{
    /// <summary>The scores of both sets of documents together.</summary>
    public EntityScores Plus(EntityScores other)
    {
        var byClass = new Dictionary<string, Prf>(ByClass, StringComparer.Ordinal);
        foreach (var (cls, prf) in other.ByClass)
        {
            byClass[cls] = byClass.GetValueOrDefault(cls) + prf;
        }

        return new EntityScores(Documents + other.Documents, GoldMentions + other.GoldMentions, Total + other.Total, byClass);
    }
}
