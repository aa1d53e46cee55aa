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
    public static Pipeline CreatePipeline() => CreatePipeline(NameModel.Default);

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
