using Wirewatch.Core;
using Wirewatch.Extraction.Entities;
using Wirewatch.Extraction.Events;
using Wirewatch.Extraction.Gazetteers;
using Wirewatch.Extraction.PartsOfSpeech;
using Wirewatch.Extraction.Statements;
using Wirewatch.Extraction.Time;
using Wirewatch.Learning.Names;
using Wirewatch.Text;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Cli;

/// <summary>The full analysis pipeline, every component on, as the commands run it.</summary>
public static class Engine
{
    public static Pipeline CreatePipeline()
    {
        LoadModels();
        return CreatePipeline(NameModel.Default);
    }

    /// <summary>
    /// Loads the models, gazetteers and word lists side by side on the thread pool (each loads once, on first use),
    /// so that start-up takes about as long as the slowest of them rather than their sum.
    /// </summary>
    public static void LoadModels() => Parallel.Invoke(
        () => _ = Gazetteer.Default,
        () => _ = NameModel.Default,
        () => _ = PartOfSpeechModel.Default,
        () => _ = EntityLexicon.Default,
        () => _ = TextLexicon.Default,
        () => _ = TimeLexicon.Default,
        () => _ = StatementLexicon.Default,
        () => _ = EventLexicon.Default);

    /// <summary>The full pipeline with another name tagger (one trained for cross-validation).</summary>
    public static Pipeline CreatePipeline(NameTagger names) => Pipeline.Build([
        .. TaggingComponents(),
        new TimeComponent(TimeLexicon.Default),
        new NameTaggerComponent(names, Hints(), EntityLexicon.Default),
        new WhoIsWhoComponent(EntityLexicon.Default, new GazetteerPlaces(Gazetteer.Default)),
        new StatementComponent(StatementLexicon.Default),
        new EventComponent(EventLexicon.Default, Gazetteer.Default),
    ]);

    /// <summary>The components up to parts of speech: what training the later models needs.</summary>
    public static IReadOnlyList<IPipelineComponent> TaggingComponents() =>
    [
        .. TextPipeline.Components(TextLexicon.Default),
        new PartOfSpeechComponent(PartOfSpeechModel.Default),
    ];

    public static NameHints Hints() => new(Gazetteer.Default, EntityLexicon.Default);
}
