using Wirewatch.Core;
using Wirewatch.Corpora.Conllu;
using Wirewatch.Extraction.PartsOfSpeech;
using Wirewatch.Text;
using Wirewatch.Text.Reading;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Evaluation.PartsOfSpeech;

/// <summary>
/// Scores the part-of-speech tagger (UPOS accuracy) against treebank files it was not trained on. Each document
/// is laid out as running text and run through the text pipeline and the tagger; our tokens are aligned to the
/// gold ones by exact span (hyphenated compounds joined on both sides, taking the last part's tag) and accuracy
/// is counted over the aligned tokens. The "gold tokens" column tags the gold tokens directly, to separate tagger
/// errors from tokenizer errors. The lower-cased rows score a lower-cased copy of the text (our input is often
/// lower-cased) against the same gold tags.
/// </summary>
public sealed class PartOfSpeechEvaluation
{
    private readonly Pipeline _pipeline;
    private readonly PartOfSpeechModel _model;

    public PartOfSpeechEvaluation(TextLexicon lexicon, PartOfSpeechModel model)
    {
        _model = model;
        _pipeline = Pipeline.Build([.. TextPipeline.Components(lexicon), new PartOfSpeechComponent(model)]);
    }

    /// <summary>The corpora scored, none of them trained on.</summary>
    public static IReadOnlyList<(string Name, Func<string, IEnumerable<ConlluDocument>> Documents, bool LowerCased)> Corpora { get; } =
    [
        ("EWT test (web text)", EwtTest, false),
        ("GUM news held out (2 dev + 10 train news docs)", PartOfSpeechCorpora.GumHeldOutNews, false),
        ("GUM held out (all dev+test open docs and those 10)", PartOfSpeechCorpora.GumHeldOut, false),
        ("EWT test (web text), lower-cased", EwtTest, true),
        ("GUM news held out, lower-cased", PartOfSpeechCorpora.GumHeldOutNews, true),
    ];

    public EvaluationTable Run(string shared, TextWriter? errors = null, int maxErrors = 0)
    {
        var table = new EvaluationTable(
            "Parts of speech (UPOS accuracy)",
            "corpus", "docs", "gold tokens", "aligned", "coverage", "UPOS (our tokens)", "UPOS (gold tokens)");
        var shown = 0;
        foreach (var (name, documents, lowerCased) in Corpora)
        {
            var result = Score(documents(shared), lowerCased, errors, maxErrors - shown);
            shown += result.ErrorsShown;
            table.Add(
                name,
                EvaluationTable.Count(result.Documents),
                EvaluationTable.Count(result.GoldTokens),
                EvaluationTable.Count(result.Aligned),
                EvaluationTable.Score(result.Coverage),
                EvaluationTable.Score(result.Accuracy),
                EvaluationTable.Score(result.OracleAccuracy));
        }

        return table;
    }

    /// <summary>Scores the tagger on <paramref name="documents"/>, as published or lower-cased.</summary>
    public PartOfSpeechScores Score(IEnumerable<ConlluDocument> documents, bool lowerCased = false, TextWriter? errors = null, int maxErrors = 0)
    {
        var scores = new PartOfSpeechScores();
        foreach (var gold in documents)
        {
            var tagged = ConlluTaggedText.Build(gold);
            var text = lowerCased ? tagged.Text.ToLowerInvariant() : tagged.Text;
            var document = ArticleText.Create(gold.Id, null, DateOrigin.Unknown, null, null, text);
            _pipeline.Run(document);
            scores.Documents++;
            scores.ErrorsShown += ScoreOurTokens(tagged, document, scores, errors, maxErrors - scores.ErrorsShown);
            ScoreGoldTokens(tagged, lowerCased, scores);
        }

        return scores;
    }

    private static int ScoreOurTokens(ConlluTaggedText tagged, Document document, PartOfSpeechScores scores, TextWriter? errors, int budget)
    {
        var predicted = new Dictionary<TextSpan, PartOfSpeech>();
        var joined = HyphenatedCompounds.Join(document.Text, [.. document.Tokens.Select(t => t.Span)]);
        var part = 0;
        foreach (var span in joined)
        {
            while (document.Tokens[part].End < span.End)
            {
                part++;
            }

            predicted[span] = document.PartsOfSpeech[part++];
        }

        var shown = 0;
        foreach (var token in tagged.Tokens)
        {
            scores.GoldTokens++;
            if (!predicted.TryGetValue(token.Span, out var tag))
            {
                continue;
            }

            scores.Aligned++;
            var expected = PartOfSpeechModel.Parse(token.Word.UPos);
            if (tag == expected)
            {
                scores.Correct++;
            }
            else if (errors is not null && shown < budget)
            {
                errors.WriteLine($"{document.Info.Source}: «{Context(tagged.Text, token.Span)}» tagged {PartOfSpeechModel.NameOf(tag)}, gold {token.Word.UPos}");
                shown++;
            }
        }

        return shown;
    }

    private void ScoreGoldTokens(ConlluTaggedText tagged, bool lowerCased, PartOfSpeechScores scores)
    {
        foreach (var gold in PartOfSpeechCorpora.Sentences(tagged))
        {
            var sentence = lowerCased ? gold.LowerCased() : gold;
            var classes = _model.Tagger.Tag(sentence);
            for (var i = 0; i < classes.Length; i++)
            {
                scores.OracleTokens++;
                scores.OracleCorrect += classes[i] == sentence.Tags[i] ? 1 : 0;
            }
        }
    }

    private static IEnumerable<ConlluDocument> EwtTest(string shared) => ConlluReader.ReadDocuments(PartOfSpeechCorpora.EwtTest(shared));

    private static string Context(string text, TextSpan span)
    {
        var start = Math.Max(0, span.Start - 30);
        var end = Math.Min(text.Length, span.End + 30);
        return $"{text[start..span.Start]}[{span.Slice(text)}]{text[span.End..end]}".Replace('\n', ' ');
    }
}

/// <summary>Counts behind the part-of-speech scores of a set of documents.</summary>
public sealed class PartOfSpeechScores
{
    public int Documents { get; set; }

    public int GoldTokens { get; set; }

    public int Aligned { get; set; }

    public int Correct { get; set; }

    public int OracleTokens { get; set; }

    public int OracleCorrect { get; set; }

    public int ErrorsShown { get; set; }

    /// <summary>The share of gold tokens our tokenizer found with the exact span.</summary>
    public double Coverage => GoldTokens == 0 ? 0 : Aligned / (double)GoldTokens;

    /// <summary>UPOS accuracy over the aligned tokens.</summary>
    public double Accuracy => Aligned == 0 ? 0 : Correct / (double)Aligned;

    /// <summary>UPOS accuracy when the gold tokens are tagged directly.</summary>
    public double OracleAccuracy => OracleTokens == 0 ? 0 : OracleCorrect / (double)OracleTokens;
}
