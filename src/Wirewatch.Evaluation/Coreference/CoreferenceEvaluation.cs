using Wirewatch.Core;
using Wirewatch.Corpora.Conllu;
using Wirewatch.Corpora.Gum;
using Wirewatch.Text.Reading;

namespace Wirewatch.Evaluation.Coreference;

/// <summary>
/// Scores who-is-who against GUM news's coreference (MUC, B-cubed, CEAF-e and their CoNLL average), for the
/// entities with at least one named mention: gold, the person, organisation and place entities of which some
/// mention holds a name (<see cref="GumNamedMentions"/>); system, the entities with a name mention. Mentions are
/// matched by the end of their head word (GUM's minimal span; the last word of a Wirewatch mention), since GUM
/// marks whole noun phrases ("Kremlin spokesman Dmitry Peskov") where Wirewatch marks the name.
/// </summary>
public sealed class CoreferenceEvaluation
{
    private readonly Pipeline _pipeline;
    private readonly NameWords _nameWords;

    public CoreferenceEvaluation(Pipeline pipeline, NameWords nameWords)
    {
        if (!pipeline.Produces.HasFlag(Layers.Entities))
        {
            throw new WirewatchException(ErrorCode.PipelineMisconfigured, "scoring coreference needs a pipeline that adds the Entities layer");
        }

        _pipeline = pipeline;
        _nameWords = nameWords;
    }

    public EvaluationTable Run(string shared)
    {
        var table = new EvaluationTable(
            "Who-is-who: coreference of named entities (GUM news)",
            "corpus", "docs", "gold entities", "MUC P", "MUC R", "MUC F1", "B³ P", "B³ R", "B³ F1", "CEAF-e P", "CEAF-e R", "CEAF-e F1", "CoNLL F1");
        var folder = SharedData.PathIn(shared, "eval-data", "gum-news", "dep");
        var documents = Directory.EnumerateFiles(folder, "GUM_news_*.conllu").Order(StringComparer.Ordinal).SelectMany(ConlluReader.ReadDocuments).ToList();
        foreach (var lowerCased in new[] { false, true })
        {
            var scores = new CoreferenceScores();
            var goldEntities = 0;
            foreach (var document in documents)
            {
                goldEntities += Score(document, lowerCased, scores);
            }

            table.Add(
                "GUM news" + (lowerCased ? ", lower-cased" : string.Empty),
                EvaluationTable.Count(documents.Count),
                EvaluationTable.Count(goldEntities),
                EvaluationTable.Score(scores.MucPrecision.Value),
                EvaluationTable.Score(scores.MucRecall.Value),
                EvaluationTable.Score(CoreferenceScores.F1(scores.MucPrecision, scores.MucRecall)),
                EvaluationTable.Score(scores.BCubedPrecision.Value),
                EvaluationTable.Score(scores.BCubedRecall.Value),
                EvaluationTable.Score(CoreferenceScores.F1(scores.BCubedPrecision, scores.BCubedRecall)),
                EvaluationTable.Score(scores.CeafPrecision.Value),
                EvaluationTable.Score(scores.CeafRecall.Value),
                EvaluationTable.Score(CoreferenceScores.F1(scores.CeafPrecision, scores.CeafRecall)),
                EvaluationTable.Score(scores.ConllF1));
        }

        return table;
    }

    /// <summary>Scores one document into the totals; returns the number of gold entities scored.</summary>
    public int Score(ConlluDocument gold, bool lowerCased, CoreferenceScores totals)
    {
        var text = ConlluText.Build(gold);
        var mentions = GumEntityReader.Mentions(text.WordData);
        var names = GumNamedMentions.Derive(text, mentions, _nameWords);
        var key = mentions
            .Where(m => GumNamedMentions.Classes.Contains(m.Type))
            .GroupBy(m => m.Group, StringComparer.Ordinal)
            .Where(g => g.Any(m => names.Any(n => n.Class == m.Type && n.Span.Start >= text.Words[m.StartWord].Start && n.Span.End <= text.Words[m.EndWord - 1].End)))
            .Select(g => (IReadOnlySet<int>)g.Select(m => text.Words[m.HeadWord].End).ToHashSet())
            .ToList();

        var document = ArticleText.Create(gold.Id, null, DateOrigin.Unknown, null, null, lowerCased ? text.Text.ToLowerInvariant() : text.Text);
        _pipeline.Run(document);
        var response = document.Entities
            .Where(e => e.Mentions.Any(m => m.Kind == MentionKind.Name))
            .Select(e => (IReadOnlySet<int>)e.Mentions.Select(m => m.Span.End).ToHashSet())
            .ToList();

        CoreferenceMetrics.Score(key, response, totals);
        return key.Count;
    }
}
