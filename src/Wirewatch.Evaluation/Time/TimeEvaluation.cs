using Wirewatch.Core;
using Wirewatch.Corpora.Meantime;
using Wirewatch.Corpora.TimeMl;
using Wirewatch.Extraction.Time;
using Wirewatch.Text;
using Wirewatch.Text.Reading;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Evaluation.Time;

/// <summary>
/// Scores the time component the way TempEval-3 does, on TBAQ-cleaned (TimeBank and AQUAINT) and on MEANTIME's
/// English Wikinews: each document runs through the text pipeline and the time component with its creation time
/// as the article date, and the expressions found are matched with the gold TIMEX3s.
/// </summary>
public sealed class TimeEvaluation
{
    private readonly Pipeline _pipeline;

    public TimeEvaluation(TextLexicon textLexicon, TimeLexicon timeLexicon)
    {
        _pipeline = Pipeline.Build([.. TextPipeline.Components(textLexicon), new TimeComponent(timeLexicon)]);
    }

    /// <summary>The corpora scored, each a function from the shared folder to its documents.</summary>
    public static IReadOnlyList<(string Name, Func<string, IEnumerable<TimexDocument>> Documents)> Corpora { get; } =
    [
        ("TBAQ-cleaned", shared => TimeMlReader.ReadFolder(SharedData.PathIn(shared, "eval-data", "tempeval3", "Training", "TBAQ-cleaned"))),
        ("MEANTIME", shared => MeantimeReader.ReadFolder(SharedData.PathIn(shared, "eval-data", "meantime", "intra-doc_annotation"))),
    ];

    public EvaluationTable Run(string shared, TextWriter? errors = null, int maxErrors = 0)
    {
        var table = new EvaluationTable(
            "Time expressions (TempEval-3 scoring)",
            "corpus", "docs", "gold", "found", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1", "type acc", "value P", "value R", "value F1");
        foreach (var (name, documents) in Corpora)
        {
            var s = Score(documents(shared), errors, maxErrors);
            table.Add(
                name,
                EvaluationTable.Count(s.Documents),
                EvaluationTable.Count(s.Gold),
                EvaluationTable.Count(s.Relaxed.TruePositives + s.Relaxed.FalsePositives),
                EvaluationTable.Score(s.Strict.Precision),
                EvaluationTable.Score(s.Strict.Recall),
                EvaluationTable.Score(s.Strict.F1),
                EvaluationTable.Score(s.Relaxed.Precision),
                EvaluationTable.Score(s.Relaxed.Recall),
                EvaluationTable.Score(s.Relaxed.F1),
                EvaluationTable.Score(s.TypeAccuracy),
                EvaluationTable.Score(s.Value.Precision),
                EvaluationTable.Score(s.Value.Recall),
                EvaluationTable.Score(s.Value.F1));
        }

        return table;
    }

    public TimeScores Score(IEnumerable<TimexDocument> documents, TextWriter? errors = null, int maxErrors = 0)
    {
        var strict = default(Prf);
        var relaxed = default(Prf);
        var value = default(Prf);
        var typeCorrect = 0;
        var count = 0;
        var shown = 0;
        foreach (var gold in documents)
        {
            var document = ArticleText.Create(gold.Id, gold.CreationDate, gold.CreationDate is null ? DateOrigin.Unknown : DateOrigin.Record, null, null, gold.Text);
            _pipeline.Run(document);
            var found = document.Times;
            strict += SpanMatching.Exact(gold.Timexes.Select(g => g.Span), found.Select(f => f.Span));
            var matches = Match(gold.Timexes, found);
            relaxed += new Prf(matches.Count, found.Count - matches.Count, gold.Timexes.Count - matches.Count);
            var rightValues = matches.Count(m => string.Equals(m.Gold.Value, m.Found.Value, StringComparison.OrdinalIgnoreCase));
            value += new Prf(rightValues, found.Count - rightValues, gold.Timexes.Count - rightValues);
            typeCorrect += matches.Count(m => string.Equals(m.Gold.Type, TypeName(m.Found.Type), StringComparison.OrdinalIgnoreCase));
            count++;
            if (errors is not null && shown < maxErrors)
            {
                shown += ShowErrors(errors, gold, found, matches, maxErrors - shown);
            }
        }

        return new TimeScores(count, strict, relaxed, typeCorrect, value);
    }

    public static string TypeName(TimeType type) => type switch
    {
        TimeType.Date => "DATE",
        TimeType.Time => "TIME",
        TimeType.Duration => "DURATION",
        _ => "SET",
    };

    /// <summary>Pairs gold and found expressions whose spans overlap, one to one, in text order.</summary>
    private static List<(AnnotatedTimex Gold, TimeExpression Found)> Match(IReadOnlyList<AnnotatedTimex> gold, IReadOnlyList<TimeExpression> found)
    {
        var matches = new List<(AnnotatedTimex, TimeExpression)>();
        var used = new bool[found.Count];
        foreach (var g in gold)
        {
            for (var i = 0; i < found.Count; i++)
            {
                if (!used[i] && found[i].Span.Overlaps(g.Span))
                {
                    used[i] = true;
                    matches.Add((g, found[i]));
                    break;
                }
            }
        }

        return matches;
    }

    private static int ShowErrors(TextWriter writer, TimexDocument gold, IReadOnlyList<TimeExpression> found, List<(AnnotatedTimex Gold, TimeExpression Found)> matches, int budget)
    {
        var shown = 0;
        var dct = gold.CreationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "no date";
        void Show(string line)
        {
            if (shown < budget)
            {
                writer.WriteLine($"{gold.Id} ({dct}): {line}");
                shown++;
            }
        }

        foreach (var g in gold.Timexes.Where(g => !matches.Any(m => ReferenceEquals(m.Gold, g))))
        {
            Show($"missed «{Context(gold.Text, g.Span)}» {g.Type} {g.Value}");
        }

        foreach (var f in found.Where(f => !matches.Any(m => ReferenceEquals(m.Found, f))))
        {
            Show($"spurious «{Context(gold.Text, f.Span)}» {TypeName(f.Type)} {f.Value}");
        }

        foreach (var (g, f) in matches.Where(m => !string.Equals(m.Gold.Value, m.Found.Value, StringComparison.OrdinalIgnoreCase)))
        {
            Show($"value «{Context(gold.Text, g.Span)}» gold {g.Type} {g.Value}, found «{f.Span.Slice(gold.Text)}» {TypeName(f.Type)} {f.Value}");
        }

        return shown;
    }

    private static string Context(string text, TextSpan span)
    {
        var before = Math.Max(0, span.Start - 40);
        var after = Math.Min(text.Length, span.End + 30);
        return (text[before..span.Start] + "[" + span.Slice(text) + "]" + text[span.End..after]).ReplaceLineEndings(" ");
    }
}
