using System.CommandLine;
using Wirewatch.Core;
using Wirewatch.Evaluation;
using Wirewatch.Extraction.Entities.Training;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// <c>wirewatch train name-words</c>: writes data/entities/first-names.txt from the person names of wikigold and the
/// Broad Twitter Corpus, and data/entities/common-words.txt, UD English-EWT's ordinary words (see
/// <see cref="FirstNameBuilder"/>): what tells names in lower-cased text.
/// </summary>
public static class TrainNameWordsCommand
{
    public static Command Create(CliConsole console)
    {
        var data = SharedDataOption.Create();
        var output = new Option<string>("--output")
        {
            Description = "The folder to write first-names.txt and common-words.txt to; by default data/entities under the current directory (run from the repository root).",
            DefaultValueFactory = _ => Path.Combine("data", "entities"),
        };
        var command = new Command("name-words", "Build the lists of first names (from wikigold and the Broad Twitter Corpus) and ordinary words (from UD English-EWT).") { data, output };
        command.SetAction(parsed =>
        {
            var shared = SharedData.Locate(parsed.GetValue(data));
            var folder = parsed.GetRequiredValue(output);
            var corpora = new List<string> { SharedData.PathIn(shared, "train-data", "ner-wikigold", "wikigold.conll.txt") };
            corpora.AddRange(Directory.EnumerateFiles(SharedData.PathIn(shared, "train-data", "ner-btc"), "*.conll").Order(StringComparer.Ordinal));
            var treebank = SharedData.PathIn(shared, "train-data", "ud-english-ewt", "en_ewt-ud-train.conllu");
            var common = FirstNameBuilder.CommonWords(treebank);
            var names = FirstNameBuilder.Build(corpora, common);
            FirstNameBuilder.Write(Path.Combine(folder, "first-names.txt"), names, "# First names, lower-cased: the first words of person names in wikigold and the Broad Twitter Corpus, less ordinary English words.");
            FirstNameBuilder.Write(Path.Combine(folder, "common-words.txt"), common, "# Ordinary English words: written in lower case, not as proper nouns, at least twice in UD English-EWT (train).");
            console.Out.WriteLine($"wrote {folder}: {names.Count:N0} first names, {common.Count:N0} ordinary words");
            return ExitCodes.Success;
        });
        return command;
    }
}
