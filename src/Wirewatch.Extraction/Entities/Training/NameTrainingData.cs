using Wirewatch.Core;
using Wirewatch.Corpora;
using Wirewatch.Corpora.Conll;
using Wirewatch.Corpora.Conllu;
using Wirewatch.Corpora.Gum;
using Wirewatch.Learning.Names;
using Wirewatch.Text.Reading;

namespace Wirewatch.Extraction.Entities.Training;

/// <summary>
/// Makes training sentences for the name tagger from openly licensed corpora: each document is read by the
/// engine's own pipeline (tokens, sentences, parts of speech, hints), and the corpus's names become B-/I- labels
/// on the tokens they cover. Each document can also be given lower-cased, as machine-translated feeds often are.
/// </summary>
public sealed class NameTrainingData
{
    private readonly Pipeline _pipeline;
    private readonly NameHints _hints;

    /// <param name="pipeline">A pipeline that adds tokens, sentences and parts of speech.</param>
    /// <param name="hints">The hints the tagger reads.</param>
    public NameTrainingData(Pipeline pipeline, NameHints hints)
    {
        if (!pipeline.Produces.HasFlag(Layers.Sentences | Layers.PartsOfSpeech))
        {
            throw new WirewatchException(ErrorCode.PipelineMisconfigured, "name training data needs a pipeline that adds sentences and parts of speech");
        }

        _pipeline = pipeline;
        _hints = hints;
    }

    /// <summary>Names whose span does not fall on token boundaries, so could not be labelled.</summary>
    public int Misaligned { get; private set; }

    /// <summary>Sentences from GUM's entity layer (<see cref="GumNamedMentions"/>), leaving out the documents named.</summary>
    public IEnumerable<NameSentence> FromGum(string conlluPath, NameWords words, IReadOnlySet<string> leaveOut, bool lowerCased)
    {
        foreach (var document in ConlluReader.ReadDocuments(conlluPath))
        {
            if (leaveOut.Contains(document.Id))
            {
                continue;
            }

            var text = ConlluText.Build(document);
            var gold = GumNamedMentions.Derive(text, GumEntityReader.Mentions(text.WordData), words);
            foreach (var sentence in Label(document.Id, text.Text, gold, lowerCased))
            {
                yield return sentence;
            }
        }
    }

    /// <summary>Sentences from CoNLL NER data (wikigold, Broad Twitter Corpus); MISC names are not labelled.</summary>
    public IEnumerable<NameSentence> FromConll(string path, bool lowerCased)
    {
        var number = 0;
        foreach (var sentence in ConllNerReader.Read(path))
        {
            number++;
            var (text, spans) = Detokenizer.Join(sentence.Words);
            var gold = sentence.Names.Select(n => new NamedMention(new TextSpan(spans[n.First].Start, spans[n.End - 1].End), n.Type)).ToList();
            foreach (var labelled in Label($"{path}:{number}", text, gold, lowerCased))
            {
                yield return labelled;
            }
        }
    }

    private IEnumerable<NameSentence> Label(string id, string text, IReadOnlyList<NamedMention> gold, bool lowerCased)
    {
        foreach (var version in lowerCased ? new[] { text, text.ToLowerInvariant() } : [text])
        {
            var document = ArticleText.Create(id, null, DateOrigin.Unknown, null, null, version);
            _pipeline.Run(document);
            var labels = Labels(document.Tokens, gold);
            foreach (var (sentence, _) in NameSentences.Of(document, _hints.For(document), labels))
            {
                yield return sentence;
            }
        }
    }

    private int[] Labels(IReadOnlyList<Token> tokens, IReadOnlyList<NamedMention> gold)
    {
        var labels = new int[tokens.Count];
        var t = 0;
        foreach (var mention in gold.OrderBy(m => m.Span.Start))
        {
            var cls = NameLabels.ClassOf(mention.Class);
            if (cls < 0)
            {
                continue;
            }

            while (t < tokens.Count && tokens[t].Start < mention.Span.Start)
            {
                t++;
            }

            var end = t;
            while (end < tokens.Count && tokens[end].End <= mention.Span.End)
            {
                end++;
            }

            if (t >= tokens.Count || tokens[t].Start != mention.Span.Start || end == t || tokens[end - 1].End != mention.Span.End)
            {
                Misaligned++;
                continue;
            }

            labels[t] = NameLabels.Begin(cls);
            for (var i = t + 1; i < end; i++)
            {
                labels[i] = NameLabels.Inside(cls);
            }
        }

        return labels;
    }
}
