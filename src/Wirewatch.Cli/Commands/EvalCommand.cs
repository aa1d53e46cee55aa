using System.CommandLine;
using Wirewatch.Core;
using Wirewatch.Corpora.Gum;
using Wirewatch.Evaluation;
using Wirewatch.Evaluation.Coreference;
using Wirewatch.Evaluation.Entities;
using Wirewatch.Evaluation.Events;
using Wirewatch.Evaluation.PartsOfSpeech;
using Wirewatch.Evaluation.Statements;
using Wirewatch.Evaluation.Text;
using Wirewatch.Evaluation.Time;
using Wirewatch.Extraction.Events;
using Wirewatch.Extraction.PartsOfSpeech;
using Wirewatch.Extraction.Time;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch eval TASK</c>: scores one capability on the shared development data and prints a table.</summary>
public static class EvalCommand
{
    /// <summary>The tasks that can be scored, with what each scores.</summary>
    public static IReadOnlyDictionary<string, string> Tasks { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["text"] = "tokens and sentence boundaries against the UD treebanks (GUM news and interviews, EWT test)",
        ["pos"] = "part-of-speech tags (UPOS accuracy) on EWT test and the GUM documents held out from training, and tagger speed",
        ["entities"] = "named entities (typed, exact span) on GUM news and MEANTIME, as published and lower-cased",
        ["coreference"] = "who-is-who: MUC, B-cubed and CEAF-e on GUM news, for entities with at least one named mention",
        ["statements"] = "attributed statements (cue, source, content; exact and PARC-style token-overlap F1) on PolNeAR dev and train, as published and with quotation marks removed",
        ["events"] = "events: MUC-4 dev, tst1 and tst2 slot F1 (incident type, date, location, perpetrator organisation, human target, effect) and CASE 2021 task 2 sample type accuracy",
        ["time"] = "time expressions and their TIMEX3 values against TempEval-3's TBAQ-cleaned and MEANTIME (strict and relaxed span F1, type accuracy, value F1)",
    };

    public static Command Create(CliConsole console)
    {
        var task = new Argument<string>("task") { Description = "What to score: " + string.Join("; ", Tasks.Select(t => $"{t.Key} = {t.Value}")) };
        task.AcceptOnlyFromAmong([.. Tasks.Keys]);
        var data = SharedDataOption.Create("eval-data/ and train-data/");
        var errors = new Option<int>("--errors") { Description = "Also print up to this many errors (to standard error), to see what goes wrong." };
        var model = new Option<string?>("--model") { Description = "pos: the tagger model file to score (by default the one in the data folder)." };
        var folds = new Option<int>("--folds")
        {
            Description = "entities: also cross-validate the name tagger over the GUM news documents of its training data in this many folds (trains one model a fold; minutes).",
        };
        var command = new Command("eval", "Score a capability on the shared development data: precision, recall, F1.") { task, data, errors, model, folds };
        command.SetAction(parsed =>
        {
            var shared = SharedData.Locate(parsed.GetValue(data));
            var tables = parsed.GetRequiredValue(task) switch
            {
                "text" => [new TextEvaluation(TextLexicon.Default).Run(shared, console.Error, parsed.GetValue(errors))],
                "pos" => PartsOfSpeech(shared, parsed.GetValue(model), console.Error, parsed.GetValue(errors)),
                "entities" => [Entities(shared, console, parsed.GetValue(errors), parsed.GetValue(folds))],
                "coreference" => [new CoreferenceEvaluation(Engine.CreatePipeline(), NameWords.Load()).Run(shared)],
                "statements" => [new StatementEvaluation(Engine.CreatePipeline()).Run(shared, ["dev", "train"], console.Error, parsed.GetValue(errors))],
                "events" => new EventEvaluation(Engine.CreatePipeline(), EventLexicon.Default).Run(shared, console.Error, parsed.GetValue(errors)),
                "time" => [new TimeEvaluation(TextLexicon.Default, TimeLexicon.Default).Run(shared, console.Error, parsed.GetValue(errors))],
                var other => throw new WirewatchException(ErrorCode.BadUsage, $"unknown task '{other}'"),
            };
            console.Out.Write(string.Join(Environment.NewLine, tables.Select(t => t.ToMarkdown())));
            return ExitCodes.Success;
        });
        return command;
    }

    private static EvaluationTable Entities(string shared, CliConsole console, int maxErrors, int folds)
    {
        var evaluation = new EntityEvaluation(Engine.CreatePipeline(), NameWords.Load());
        var table = evaluation.Run(shared, console.Error, maxErrors);
        if (folds >= 2)
        {
            var fold = 0;
            evaluation.AddCrossValidation(table, shared, folds, leaveOut =>
            {
                console.Error.WriteLine($"fold {++fold}/{folds}: training without {string.Join(", ", leaveOut.Order(StringComparer.Ordinal))}");
                return Engine.CreatePipeline(TrainNamesCommand.Train(shared, leaveOut, TrainNamesCommand.DefaultIterations, twitter: true, lowerCased: true));
            }, console.Error, maxErrors);
        }

        return table;
    }

    private static EvaluationTable[] PartsOfSpeech(string shared, string? modelPath, TextWriter errors, int maxErrors)
    {
        var path = modelPath ?? DataFiles.PathOf(PartOfSpeechModel.DataPath);
        var model = PartOfSpeechModel.Load(path);
        var accuracy = new PartOfSpeechEvaluation(TextLexicon.Default, model).Run(shared, errors, maxErrors);
        var documents = PartOfSpeechCorpora.DocumentSentences([PartOfSpeechCorpora.EwtTest(shared), PartOfSpeechCorpora.GumDev(shared), PartOfSpeechCorpora.GumTest(shared)]);
        var speed = TaggerSpeed.Measure(path, documents, TimeSpan.FromSeconds(3));
        return [accuracy, speed];
    }
}
