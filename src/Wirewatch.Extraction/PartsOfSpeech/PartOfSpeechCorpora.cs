using Wirewatch.Core;
using Wirewatch.Corpora.Conllu;
using Wirewatch.Learning.Tagging;
using Wirewatch.Text.Normalization;

namespace Wirewatch.Extraction.PartsOfSpeech;

/// <summary>
/// The treebanks the tagger is trained and scored on, in <c>shared/train-data</c>, and their conversion to
/// Wirewatch's tokens: each document is laid out as running text, folded as the pipeline folds it, and cut to
/// Wirewatch's token conventions (<see cref="ConlluTaggedText"/>). GUM's dev and test files are never trained on.
/// The open dev and test files hold only two news documents, too few for a steady estimate, so every second news
/// document of GUM's train file (in order of document id) is held out too: the news documents held out are those
/// two and these ten.
/// </summary>
public static class PartOfSpeechCorpora
{
    public static string EwtTrain(string shared) => InTrainData(shared, "ud-english-ewt", "en_ewt-ud-train.conllu");

    public static string EwtDev(string shared) => InTrainData(shared, "ud-english-ewt", "en_ewt-ud-dev.conllu");

    public static string EwtTest(string shared) => InTrainData(shared, "ud-english-ewt", "en_ewt-ud-test.conllu");

    public static string GumTrain(string shared) => InTrainData(shared, "ud-english-gum-open", "en_gum-ud-train.open.conllu");

    public static string GumDev(string shared) => InTrainData(shared, "ud-english-gum-open", "en_gum-ud-dev.open.conllu");

    public static string GumTest(string shared) => InTrainData(shared, "ud-english-gum-open", "en_gum-ud-test.open.conllu");

    /// <summary>The training files: EWT train, optionally EWT dev, and the open GUM train file (all genres).</summary>
    public static IReadOnlyList<string> TrainingFiles(string shared, bool includeEwtDev)
        => includeEwtDev ? [EwtTrain(shared), EwtDev(shared), GumTrain(shared)] : [EwtTrain(shared), GumTrain(shared)];

    /// <summary>The training documents: those of <see cref="TrainingFiles"/> less the GUM train news documents held out.</summary>
    public static IEnumerable<ConlluDocument> TrainingDocuments(string shared, bool includeEwtDev)
    {
        var heldOut = HeldOutGumTrainNewsIds(shared);
        return TrainingFiles(shared, includeEwtDev).SelectMany(ConlluReader.ReadDocuments).Where(d => !heldOut.Contains(d.Id));
    }

    /// <summary>The GUM documents held out from training: everything in the open dev and test files, and the held-out news documents of the train file.</summary>
    public static IEnumerable<ConlluDocument> GumHeldOut(string shared)
    {
        var heldOut = HeldOutGumTrainNewsIds(shared);
        return ConlluReader.ReadDocuments(GumDev(shared))
            .Concat(ConlluReader.ReadDocuments(GumTest(shared)))
            .Concat(ConlluReader.ReadDocuments(GumTrain(shared)).Where(d => heldOut.Contains(d.Id)));
    }

    /// <summary>The held-out GUM news documents (Wikinews).</summary>
    public static IEnumerable<ConlluDocument> GumHeldOutNews(string shared)
        => GumHeldOut(shared).Where(d => IsNews(d.Id));

    /// <summary>The ids of the news documents of GUM's train file held out from training: every second one in id order.</summary>
    public static IReadOnlySet<string> HeldOutGumTrainNewsIds(string shared)
        => ConlluReader.ReadDocuments(GumTrain(shared))
            .Select(d => d.Id)
            .Where(IsNews)
            .Order(StringComparer.Ordinal)
            .Where((_, i) => i % 2 == 1)
            .ToHashSet(StringComparer.Ordinal);

    private static bool IsNews(string id) => id.StartsWith("GUM_news_", StringComparison.Ordinal);

    /// <summary>The sentences of documents as tagger data: folded text, Wirewatch tokens, UPOS class indexes.</summary>
    public static IEnumerable<TaggedSentence> Sentences(IEnumerable<ConlluDocument> documents)
        => documents.SelectMany(d => Sentences(ConlluTaggedText.Build(d)));

    /// <summary>The sentences of one laid-out document as tagger data.</summary>
    public static IEnumerable<TaggedSentence> Sentences(ConlluTaggedText document)
    {
        var folded = TextFolding.Fold(document.Text);
        foreach (var sentence in document.Sentences)
        {
            yield return new TaggedSentence(
                folded,
                [.. sentence.Select(t => t.Span)],
                [.. sentence.Select(t => (int)PartOfSpeechModel.Parse(t.Word.UPos))]);
        }
    }

    /// <summary>The sentences of CoNLL-U files as tagger data, grouped by document.</summary>
    public static IReadOnlyList<IReadOnlyList<TaggedSentence>> DocumentSentences(IEnumerable<string> files)
        => [.. files.SelectMany(ConlluReader.ReadDocuments).Select(d => (IReadOnlyList<TaggedSentence>)[.. Sentences([d])])];

    /// <summary>The sentences of CoNLL-U files as tagger data.</summary>
    public static IEnumerable<TaggedSentence> Sentences(IEnumerable<string> files) => Sentences(files.SelectMany(ConlluReader.ReadDocuments));

    private static string InTrainData(string shared, string folder, string file)
    {
        var path = Path.Combine(shared, "train-data", folder, file);
        return File.Exists(path) ? path : throw new WirewatchException(ErrorCode.MissingData, $"{path}: treebank file not found in the shared data");
    }
}
