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
    /// <summary>The default second-pass margin, chosen on EWT dev (see <see cref="TriedMargins"/>).</summary>
    private const float DefaultMargin = 4f;

    /// <summary>The easy-first word margins when tagging and in training, chosen on EWT dev and the held-out GUM news (see <see cref="TriedWordMargins"/>).</summary>
    private const float DefaultWordMargin = 16f, DefaultTrainingWordMargin = 10f;

    /// <summary>The second-pass margins whose EWT dev accuracy is reported when training without EWT dev.</summary>
    private static readonly float[] TriedMargins = [0.5f, 1f, 2f, 4f, 8f, 16f, float.PositiveInfinity];

    /// <summary>The easy-first word margins whose accuracy is reported when training without EWT dev.</summary>
    private static readonly float[] TriedWordMargins = [2f, 4f, 8f, 16f, 32f, 64f, float.PositiveInfinity];

    public static Command Create(CliConsole console)
    {
        var data = SharedDataOption.Create();
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
        var margin = new Option<float>("--margin")
        {
            Description = "With --second-pass: retag only the tokens whose first-pass margin (best score minus runner-up, in weight units) is below this.",
            DefaultValueFactory = _ => DefaultMargin,
        };
        var pairMinCount = new Option<int>("--pair-min-count")
        {
            Description = "How often a pair of words must be seen, always tagged alike, for the second word to be tagged from the lexicon after the first (0: never).",
            DefaultValueFactory = _ => new TaggerTrainingOptions().PairMinCount,
        };
        var noCaseless = new Option<bool>("--no-caseless")
        {
            Description = "Leave out the caseless tagger (trained on a lower-cased copy of the data) that tags the sentences with no capital letter.",
        };
        var easyFirst = new Option<bool>("--easy-first")
        {
            Description = "Tag easy-first (the clearest token first, seeing the tags chosen on both sides) rather than greedily left to right: a little more accurate, somewhat slower, and the names' cross-validated GUM score is lower with it (EVALUATION.md), so it is not the shipped model.",
        };
        var guided = new Option<bool>("--guided") { Description = "Easy-first: guided training (a wrong choice is made again after the update until it is right)." };
        var wordMargin = new Option<float>("--word-margin")
        {
            Description = "Easy-first: tag at once the tokens whose best tag beats the runner-up by at least this (in weight units) from the features of the word and its neighbouring words alone, before any tag features (faster; infinity: never).",
            DefaultValueFactory = _ => DefaultWordMargin,
        };
        var trainingMargin = new Option<float>("--training-word-margin")
        {
            Description = "Easy-first: as --word-margin, in training (in the unaveraged weights' units).",
            DefaultValueFactory = _ => DefaultTrainingWordMargin,
        };
        var command = new Command("pos", "Train the part-of-speech tagger (averaged perceptron, greedy left to right) on UD English-EWT train+dev and the open UD English-GUM train file, less the GUM news documents held out.")
        {
            data, output, iterations, noDev, secondPass, margin, pairMinCount, noCaseless, easyFirst, guided, wordMargin, trainingMargin,
        };
        command.SetAction(parsed =>
        {
            var count = parsed.GetValue(iterations);
            if (count < 1)
            {
                throw new WirewatchException(ErrorCode.BadUsage, "--iterations takes a number of at least 1");
            }

            var options = new TaggerTrainingOptions { Iterations = count, Folds = parsed.GetValue(secondPass) ? 4 : 0, SecondPassMargin = parsed.GetValue(margin), PairMinCount = parsed.GetValue(pairMinCount), Caseless = !parsed.GetValue(noCaseless), EasyFirst = parsed.GetValue(easyFirst) && !parsed.GetValue(secondPass), Guided = parsed.GetValue(guided), EasyFirstMargin = parsed.GetValue(wordMargin), EasyFirstTrainingMargin = parsed.GetValue(trainingMargin) };
            return TrainPartsOfSpeech(console, SharedData.Locate(parsed.GetValue(data)), parsed.GetRequiredValue(output), options, !parsed.GetValue(noDev));
        });
        return command;
    }

    private static int TrainPartsOfSpeech(CliConsole console, string shared, string output, TaggerTrainingOptions options, bool includeDev)
    {
        var started = Stopwatch.StartNew();
        var files = PartOfSpeechCorpora.TrainingFiles(shared, includeDev);
        var sentences = PartOfSpeechCorpora.Sentences(PartOfSpeechCorpora.TrainingDocuments(shared, includeDev)).ToList();
        var tokens = sentences.Sum(s => s.Tokens.Length);
        console.Error.WriteLine(
            $"training on {sentences.Count:N0} sentences, {tokens:N0} tokens from {string.Join(", ", files.Select(Path.GetFileName))} " +
            $"less the held-out news documents {string.Join(", ", PartOfSpeechCorpora.HeldOutGumTrainNewsIds(shared).Order(StringComparer.Ordinal))}");
        var tagger = TaggerTrainer.Train(
            PartOfSpeechModel.TagNames,
            sentences,
            options,
            line => console.Error.WriteLine($"  {line} ({started.Elapsed.TotalSeconds:0.0} s)"));
        TaggerModelFile.Save(tagger, output);
        if (!includeDev)
        {
            var dev = PartOfSpeechCorpora.Sentences([PartOfSpeechCorpora.EwtDev(shared)]).ToList();
            var news = PartOfSpeechCorpora.Sentences(PartOfSpeechCorpora.GumHeldOutNews(shared)).ToList();
            console.Error.WriteLine($"EWT dev (not trained on), gold tokens: UPOS accuracy {Accuracy(tagger, dev):P2}");
            var lowerDev = TaggedSentence.LowerCased(dev);
            var lowerNews = TaggedSentence.LowerCased(news);
            console.Error.WriteLine($"EWT dev lower-cased: {Accuracy(tagger, lowerDev):P2}");
            console.Error.WriteLine($"GUM news held out: {Accuracy(tagger, news):P2}, lower-cased: {Accuracy(tagger, lowerNews):P2}");
            if (tagger.Caseless is not null)
            {
                var cased = tagger.WithCaseless(null);
                console.Error.WriteLine(
                    $"  without the caseless tagger: EWT dev {Accuracy(cased, dev):P2}, lower-cased {Accuracy(cased, lowerDev):P2}; " +
                    $"GUM news held out {Accuracy(cased, news):P2}, lower-cased {Accuracy(cased, lowerNews):P2}");
            }
            if (tagger.EasyFirst)
            {
                foreach (var tried in TriedWordMargins)
                {
                    console.Error.WriteLine(
                        $"  with easy-first word margin {tried}: EWT dev {Accuracy(tagger.WithEasyFirstMargin(tried), dev):P2}, " +
                        $"GUM news held out {Accuracy(tagger.WithEasyFirstMargin(tried), news):P2}");
                }
            }

            if (tagger.SecondPass is not null)
            {
                foreach (var tried in TriedMargins)
                {
                    console.Error.WriteLine($"  with second-pass margin {tried}: {Accuracy(tagger.WithSecondPassMargin(tried), dev):P2}");
                }
            }
        }

        var size = new FileInfo(output).Length;
        console.Out.WriteLine(
            $"wrote {output}: {size / 1024.0:N0} KB, {Taggers(tagger).Sum(t => t.Weights.FeatureCount + (t.SecondPass?.FeatureCount ?? 0)):N0} features, " +
            $"{Taggers(tagger).Sum(t => t.Weights.EntryCount + (t.SecondPass?.EntryCount ?? 0)):N0} weights, " +
            $"{Taggers(tagger).Sum(t => t.Lexicon.Table.Count):N0} lexicon entries{(tagger.Caseless is null ? string.Empty : " (cased and caseless taggers)")}; " +
            $"trained in {started.Elapsed.TotalSeconds:0.0} s");
        return ExitCodes.Success;
    }

    private static IEnumerable<PerceptronTagger> Taggers(PerceptronTagger tagger)
        => tagger.Caseless is null ? [tagger] : [tagger, tagger.Caseless];

    private static double Accuracy(PerceptronTagger tagger, IReadOnlyList<TaggedSentence> sentences)
        => sentences.Sum(s => tagger.Tag(s).Zip(s.Tags).Count(p => p.First == p.Second)) / (double)sentences.Sum(s => s.Tokens.Length);
}
