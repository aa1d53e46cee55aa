using Wirewatch.Core;
using Wirewatch.Corpora.Brat;
using Wirewatch.Text.Reading;

namespace Wirewatch.Evaluation.Statements;

/// <summary>
/// Scores statements (cue, source, content) against PolNeAR's attributions, as published and with every quotation
/// mark removed (<see cref="QuoteMarks"/>). Spans are compared as sets of the scorer's tokens (<see cref="WordTokens"/>);
/// a statement's content is all its spans, continuations included; a gold discontinuous span is all its pieces. A relayed
/// statement is scored as PolNeAR marks it, as the relay's attribution (<see cref="AttributionView"/>).
/// </summary>
public sealed class StatementEvaluation
{
    private readonly Pipeline _pipeline;

    public StatementEvaluation(Pipeline pipeline)
    {
        _pipeline = pipeline;
    }

    public EvaluationTable Run(string shared, IReadOnlyList<string> splits, TextWriter errors, int maxErrors)
    {
        var table = new EvaluationTable(
            "Statements: PolNeAR attributions (first annotator per text; exact = same tokens, overlap = PARC-style token F1)",
            "set", "docs", "gold", "cue P", "cue R", "cue F1", "source P", "source R", "source F1", "content exact F1", "cue overlap F1", "source overlap F1", "content overlap F1");
        foreach (var split in splits)
        {
            var folder = SharedData.PathIn(shared, "eval-data", "polnear", "data", split);
            var documents = BratAttributionReader.ReadFolder(folder).ToList();
            foreach (var withoutMarks in new[] { true, false })
            {
                var (cue, source, content) = Score(documents, withoutMarks, errors, split == "train" && withoutMarks ? maxErrors : 0);
                table.Add(
                    $"PolNeAR {split}, {(withoutMarks ? "quotation marks removed" : "as published")}",
                    EvaluationTable.Count(documents.Count),
                    EvaluationTable.Count(cue.Gold),
                    EvaluationTable.Score(cue.Exact.Precision),
                    EvaluationTable.Score(cue.Exact.Recall),
                    EvaluationTable.Score(cue.Exact.F1),
                    EvaluationTable.Score(source.Exact.Precision),
                    EvaluationTable.Score(source.Exact.Recall),
                    EvaluationTable.Score(source.Exact.F1),
                    EvaluationTable.Score(content.Exact.F1),
                    EvaluationTable.Score(cue.OverlapF1),
                    EvaluationTable.Score(source.OverlapF1),
                    EvaluationTable.Score(content.OverlapF1));
            }
        }

        return table;
    }

    public (SpanScores Cue, SpanScores Source, SpanScores Content) Score(IEnumerable<BratDocument> documents, bool withoutMarks, TextWriter? errors = null, int maxErrors = 0)
    {
        SpanScores cue = new(), source = new(), content = new();
        var shown = 0;
        foreach (var gold in documents)
        {
            var text = withoutMarks ? QuoteMarks.Remove(gold.Text) : gold.Text;
            var document = ArticleText.Create(gold.Id, null, DateOrigin.Unknown, null, null, text);
            if (document.Text.Length != text.Length)
            {
                continue;
            }

            _pipeline.Run(document);
            var tokens = new WordTokens(text);
            var statements = document.Statements;
            var attributions = statements.Select(AttributionView.Of).ToList();
            var predictedCues = attributions.Select(a => tokens.Of(a.Cue)).ToList();
            var goldCues = gold.Attributions.Select(a => tokens.Of(a.Cue)).ToList();
            cue.Add(predictedCues, goldCues);
            source.Add([.. attributions.Select(a => tokens.Of(a.Source))], [.. gold.Attributions.Select(a => tokens.Of(a.Source))]);
            content.Add([.. attributions.Select(a => tokens.Of(a.Content))], [.. gold.Attributions.Select(a => tokens.Of(a.Content))]);
            if (errors is not null && shown < maxErrors)
            {
                foreach (var a in gold.Attributions)
                {
                    var g = tokens.Of(a.Cue);
                    if (g.Count > 0 && !predictedCues.Any(p => p.Overlaps(g)) && shown++ < maxErrors)
                    {
                        var where = attributions.Any(p => tokens.Of(p.Content).Overlaps(g)) ? "missed cue (in a predicted content)" : attributions.Any(p => tokens.Of(p.Source).Overlaps(g)) ? "missed cue (in a predicted source)" : "missed cue";
                        errors.WriteLine($"{where} «{Join(text, a.Cue)}» source «{Join(text, a.Source)}» near «{Around(text, a.Cue[0].Start)}» in {gold.Id}");
                    }
                    else if (g.Count > 0 && !predictedCues.Any(p => p.SetEquals(g)) && shown++ < maxErrors)
                    {
                        var near = attributions[predictedCues.FindIndex(p => p.Overlaps(g))];
                        errors.WriteLine($"cue boundary gold «{Join(text, a.Cue)}» predicted «{Join(text, near.Cue)}» near «{Around(text, a.Cue[0].Start)}» in {gold.Id}");
                    }
                    else if (g.Count > 0 && predictedCues.FindIndex(p => p.SetEquals(g)) is var at and >= 0 && !tokens.Of(attributions[at].Source).SetEquals(tokens.Of(a.Source)) && shown++ < maxErrors)
                    {
                        errors.WriteLine($"source boundary gold «{Join(text, a.Source)}» predicted «{Join(text, attributions[at].Source)}» cue «{Join(text, a.Cue)}» in {gold.Id}");
                    }
                }

                foreach (var s in statements)
                {
                    var p = tokens.Of(AttributionView.Of(s).Cue);
                    if (!goldCues.Any(g => g.Overlaps(p)) && shown++ < maxErrors)
                    {
                        var where = gold.Attributions.Any(a => tokens.Of(a.Content).Overlaps(p)) ? "extra cue (in a gold content)" : gold.Attributions.Any(a => tokens.Of(a.Source).Overlaps(p)) ? "extra cue (in a gold source)" : "extra cue";
                        errors.WriteLine($"{where} «{document[s.Cue]}» source «{(s.Speaker is { } sp ? document[sp.Span] : "-")}» content «{Clip(document[s.ContentExtent])}» in {gold.Id}");
                    }
                }
            }
        }

        return (cue, source, content);
    }

    private static string Join(string text, IEnumerable<(int Start, int End)> spans) => string.Join(" … ", spans.Select(c => text[c.Start..c.End])).ReplaceLineEndings(" ");

    private static string Around(string text, int at)
    {
        var start = Math.Max(0, at - 60);
        var end = Math.Min(text.Length, at + 60);
        return text[start..end].ReplaceLineEndings(" ");
    }

    private static string Clip(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
