using Wirewatch.Core;
using Wirewatch.Corpora.Conllu;
using Wirewatch.Text;
using Wirewatch.Text.Reading;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Evaluation.Text;

/// <summary>
/// Scores tokens and sentence boundaries against Universal Dependencies treebanks: each document is laid out as
/// running text (paragraphs as blank lines), run through the text pipeline, and its sentence and token spans
/// compared exactly with the gold ones (hyphenated compounds joined on both sides, see <see cref="TokenConventions"/>).
/// </summary>
public sealed class TextEvaluation
{
    private readonly Pipeline _pipeline;

    public TextEvaluation(TextLexicon lexicon)
    {
        _pipeline = Pipeline.Build(TextPipeline.Components(lexicon));
    }

    /// <summary>The corpora scored: GUM's Wikinews news and interviews from eval-data, EWT's test file from train-data.</summary>
    public static IReadOnlyList<(string Name, Func<string, IEnumerable<ConlluDocument>> Documents)> Corpora { get; } =
    [
        ("GUM news", shared => GumDocuments(shared, "GUM_news_")),
        ("GUM interviews", shared => GumDocuments(shared, "GUM_interview_")),
        ("EWT test (web text)", shared => ConlluReader.ReadDocuments(SharedData.PathIn(shared, "train-data", "ud-english-ewt", "en_ewt-ud-test.conllu"))),
    ];

    public EvaluationTable Run(string shared, TextWriter? errors = null, int maxErrors = 0)
    {
        var table = new EvaluationTable(
            "Tokens and sentences (exact spans)",
            "corpus", "docs", "sentences", "sentence P", "sentence R", "sentence F1", "tokens", "token P", "token R", "token F1");
        foreach (var (name, documents) in Corpora)
        {
            var result = Score(documents(shared), errors, maxErrors);
            table.Add(
                name,
                EvaluationTable.Count(result.Documents),
                EvaluationTable.Count(result.Sentences.TruePositives + result.Sentences.FalseNegatives),
                EvaluationTable.Score(result.Sentences.Precision),
                EvaluationTable.Score(result.Sentences.Recall),
                EvaluationTable.Score(result.Sentences.F1),
                EvaluationTable.Count(result.Tokens.TruePositives + result.Tokens.FalseNegatives),
                EvaluationTable.Score(result.Tokens.Precision),
                EvaluationTable.Score(result.Tokens.Recall),
                EvaluationTable.Score(result.Tokens.F1));
        }

        return table;
    }

    public TextScores Score(IEnumerable<ConlluDocument> documents, TextWriter? errors = null, int maxErrors = 0)
    {
        var sentences = default(Prf);
        var tokens = default(Prf);
        var count = 0;
        var shown = 0;
        foreach (var gold in documents)
        {
            var laidOut = ConlluText.Build(gold);
            var document = ArticleText.Create(gold.Id, null, DateOrigin.Unknown, null, null, laidOut.Text);
            _pipeline.Run(document);
            sentences += SpanMatching.Exact(laidOut.Sentences, document.Sentences);
            var goldTokens = TokenConventions.JoinHyphenated(laidOut.Text, laidOut.Words);
            var predicted = TokenConventions.JoinHyphenated(laidOut.Text, document.Tokens.Select(t => t.Span).ToList());
            tokens += SpanMatching.Exact(goldTokens, predicted);
            count++;
            if (errors is not null && shown < maxErrors)
            {
                shown += ShowErrors(errors, gold.Id, laidOut.Text, laidOut.Sentences, document.Sentences, "sentence", maxErrors - shown);
                shown += ShowErrors(errors, gold.Id, laidOut.Text, goldTokens, predicted, "token", maxErrors - shown);
            }
        }

        return new TextScores(count, sentences, tokens);
    }

    private static int ShowErrors(TextWriter writer, string id, string text, IReadOnlyList<TextSpan> gold, IReadOnlyList<TextSpan> predicted, string what, int budget)
    {
        var predictedSet = predicted.ToHashSet();
        var shown = 0;
        foreach (var span in gold.Where(g => !predictedSet.Contains(g)))
        {
            if (shown >= budget)
            {
                break;
            }

            var near = predicted.Where(p => p.Overlaps(span)).Select(p => $"«{Clip(text, p)}»");
            writer.WriteLine($"{id}: missed {what} «{Clip(text, span)}»; found {string.Join(" ", near)}");
            shown++;
        }

        return shown;
    }

    private static string Clip(string text, TextSpan span)
    {
        var s = span.Slice(text).Replace('\n', '¶');
        return s.Length <= 120 ? s : $"{s[..55]} … {s[^55..]}";
    }

    private static IEnumerable<ConlluDocument> GumDocuments(string shared, string prefix)
    {
        var folder = SharedData.PathIn(shared, "eval-data", "gum-news", "dep");
        return Directory.EnumerateFiles(folder, prefix + "*.conllu").Order(StringComparer.Ordinal).SelectMany(ConlluReader.ReadDocuments);
    }
}

/// <summary>Token and sentence scores over a set of documents.</summary>
public sealed record TextScores(int Documents, Prf Sentences, Prf Tokens);
