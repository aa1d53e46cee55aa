using System.CommandLine;
using System.Diagnostics;
using Wirewatch.Core;
using Wirewatch.Corpora.Gum;
using Wirewatch.Evaluation;
using Wirewatch.Extraction.Entities;
using Wirewatch.Extraction.Entities.Training;
using Wirewatch.Learning.Names;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// <c>wirewatch train names</c>: trains the name tagger on the open GUM train file (its entity layer), wikigold
/// and the Broad Twitter Corpus, each also lower-cased.
/// </summary>
public static class TrainNamesCommand
{
    /// <summary>Passes over the training data unless told otherwise.</summary>
    public const int DefaultIterations = 8;

    public static Command Create(CliConsole console)
    {
        var data = SharedDataOption.Create();
        var output = new Option<string>("--output")
        {
            Description = "Where to write the model; by default data/models/names-perceptron.bin under the current directory (run from the repository root).",
            DefaultValueFactory = _ => Path.Combine("data", NameModel.DataPath),
        };
        var iterations = new Option<int>("--iterations") { Description = "Passes over the training data.", DefaultValueFactory = _ => DefaultIterations };
        var noTwitter = new Option<bool>("--no-twitter") { Description = "Leave out the Broad Twitter Corpus." };
        var noLowerCase = new Option<bool>("--no-lower-case") { Description = "Do not add lower-cased copies of the training documents." };
        var command = new Command("names", "Train the name tagger (people, organisations, places) on GUM's entity layer, wikigold and the Broad Twitter Corpus.")
        {
            data, output, iterations, noTwitter, noLowerCase,
        };
        command.SetAction(parsed =>
        {
            var count = parsed.GetValue(iterations);
            if (count < 1)
            {
                throw new WirewatchException(ErrorCode.BadUsage, "--iterations takes a number of at least 1");
            }

            return Train(console, SharedData.Locate(parsed.GetValue(data)), parsed.GetRequiredValue(output), count, !parsed.GetValue(noTwitter), !parsed.GetValue(noLowerCase));
        });
        return command;
    }

    private static int Train(CliConsole console, string shared, string output, int iterations, bool twitter, bool lowerCased)
    {
        var started = Stopwatch.StartNew();
        var tagger = Train(shared, new HashSet<string>(StringComparer.Ordinal), iterations, twitter, lowerCased, line => console.Error.WriteLine($"{line} ({started.Elapsed.TotalSeconds:0.0} s)"));
        NameModelFile.Save(tagger, output);
        console.Out.WriteLine($"wrote {output}: {new FileInfo(output).Length / 1024.0:N0} KB, {tagger.Weights.FeatureCount:N0} features; trained in {started.Elapsed.TotalSeconds:0.0} s");
        return ExitCodes.Success;
    }

    /// <summary>Trains a name tagger on the open training data, leaving out the GUM documents named.</summary>
    public static NameTagger Train(string shared, IReadOnlySet<string> leaveOut, int iterations, bool twitter, bool lowerCased, Action<string>? progress = null)
    {
        var data = new NameTrainingData(Pipeline.Build(Engine.TaggingComponents()), Engine.Hints());
        var sentences = new List<NameSentence>();
        var gum = SharedData.PathIn(shared, "train-data", "ud-english-gum-open", "en_gum-ud-train.open.conllu");
        sentences.AddRange(data.FromGum(gum, NameWords.Load(), leaveOut, lowerCased));
        progress?.Invoke($"GUM train: {sentences.Count:N0} sentences");
        var before = sentences.Count;
        sentences.AddRange(data.FromConll(SharedData.PathIn(shared, "train-data", "ner-wikigold", "wikigold.conll.txt"), lowerCased));
        progress?.Invoke($"wikigold: {sentences.Count - before:N0} sentences");
        if (twitter)
        {
            before = sentences.Count;
            foreach (var file in Directory.EnumerateFiles(SharedData.PathIn(shared, "train-data", "ner-btc"), "*.conll").Order(StringComparer.Ordinal))
            {
                sentences.AddRange(data.FromConll(file, lowerCased));
            }

            progress?.Invoke($"Broad Twitter Corpus: {sentences.Count - before:N0} sentences");
        }

        progress?.Invoke($"{data.Misaligned:N0} names did not fall on token boundaries and were left unlabelled");
        return NameTrainer.Train(sentences, iterations, seed: 17, line => progress?.Invoke($"  {line}"));
    }
}
