using System.CommandLine;
using System.Diagnostics;
using Wirewatch.Core;
using Wirewatch.Evaluation;
using Wirewatch.Extraction.PartsOfSpeech;
using Wirewatch.Learning.Tagging;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch train pos</c>: trains the part-of-speech tagger from the openly licensed treebanks in <c>shared/train-data</c>.</summary>
public static class TrainPosCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new Option<string?>("--data") { Description = "The shared data folder (holding train-data/); found by searching upwards for 'shared' when not given." };
        var output = new Option<string>("--output")
        {
            Description = "Where to write the model; by default data/models/pos-perceptron.bin under the current directory (run from the repository root).",
            DefaultValueFactory = _ => Path.Combine("data", PartOfSpeechModel.DataPath),
        };
        var iterations = new Option<int>("--iterations") { Description = "Passes over the training data.", DefaultValueFactory = _ => new TaggerTrainingOptions().Iterations };
        var noDev = new Option<bool>("--no-dev") { Description = "Leave EWT's dev file out of training and report accuracy on it (to tune)." };
        var secondPass = new Option<bool>("--second-pass")
        {
            Description = "Add a second tagging pass that also sees the first pass's tags of the next words (jackknifed in training): about 0.1-0.2 points more accurate, half the speed.",
        };
        var command = new Command("pos", "Train the part-of-speech tagger (averaged perceptron) on UD English-EWT train+dev and the open UD English-GUM train file.")
        {
            data, output, iterations, noDev, secondPass,
        };
        command.SetAction(parsed =>
        {
            var count = parsed.GetValue(iterations);
            if (count < 1)
            {
                throw new WirewatchException(ErrorCode.BadUsage, "--iterations takes a number of at least 1");
            }

            return TrainPartsOfSpeech(console, SharedData.Locate(parsed.GetValue(data)), parsed.GetRequiredValue(output), count, !parsed.GetValue(noDev), parsed.GetValue(secondPass));
        });
        return command;
    }

    private static int TrainPartsOfSpeech(CliConsole console, string shared, string output, int iterations, bool includeDev, bool secondPass)
    {
        var started = Stopwatch.StartNew();
        var files = PartOfSpeechCorpora.TrainingFiles(shared, includeDev);
        var sentences = PartOfSpeechCorpora.Sentences(files).ToList();
        var tokens = sentences.Sum(s => s.Tokens.Length);
        console.Error.WriteLine($"training on {sentences.Count:N0} sentences, {tokens:N0} tokens from {string.Join(", ", files.Select(Path.GetFileName))}");
        var options = new TaggerTrainingOptions { Iterations = iterations, Folds = secondPass ? 4 : 0 };
        var tagger = TaggerTrainer.Train(
            PartOfSpeechModel.TagNames,
            sentences,
            options,
            line => console.Error.WriteLine($"  {line} ({started.Elapsed.TotalSeconds:0.0} s)"));
        TaggerModelFile.Save(tagger, output);
        if (!includeDev)
        {
            var dev = PartOfSpeechCorpora.Sentences([PartOfSpeechCorpora.EwtDev(shared)]).ToList();
            var correct = dev.Sum(s => tagger.Tag(s).Zip(s.Tags).Count(p => p.First == p.Second));
            console.Error.WriteLine($"EWT dev (not trained on), gold tokens: UPOS accuracy {correct / (double)dev.Sum(s => s.Tokens.Length):P2}");
        }

        var size = new FileInfo(output).Length;
        console.Out.WriteLine(
            $"wrote {output}: {size / 1024.0:N0} KB, {tagger.Weights.FeatureCount + (tagger.SecondPass?.FeatureCount ?? 0):N0} features, {tagger.Weights.EntryCount + (tagger.SecondPass?.EntryCount ?? 0):N0} weights, " +
            $"{tagger.Lexicon.Table.Count:N0} lexicon entries; trained in {started.Elapsed.TotalSeconds:0.0} s");
        return ExitCodes.Success;
    }
}
