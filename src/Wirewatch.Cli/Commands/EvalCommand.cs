using System.CommandLine;
using Wirewatch.Core;
using Wirewatch.Evaluation;
using Wirewatch.Evaluation.Text;
using Wirewatch.Evaluation.Time;
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
        ["time"] = "time expressions and their TIMEX3 values against TempEval-3's TBAQ-cleaned and MEANTIME (strict and relaxed span F1, type accuracy, value F1)",
    };

    public static Command Create(CliConsole console)
    {
        var task = new Argument<string>("task") { Description = "What to score: " + string.Join("; ", Tasks.Select(t => $"{t.Key} = {t.Value}")) };
        task.AcceptOnlyFromAmong([.. Tasks.Keys]);
        var data = new Option<string?>("--data") { Description = "The shared data folder (holding eval-data/ and train-data/); found by searching upwards for 'shared' when not given." };
        var errors = new Option<int>("--errors") { Description = "Also print up to this many errors (to standard error), to see what goes wrong." };
        var command = new Command("eval", "Score a capability on the shared development data: precision, recall, F1.") { task, data, errors };
        command.SetAction(parsed =>
        {
            var shared = SharedData.Locate(parsed.GetValue(data));
            var table = parsed.GetRequiredValue(task) switch
            {
                "text" => new TextEvaluation(TextLexicon.Default).Run(shared, console.Error, parsed.GetValue(errors)),
                "time" => new TimeEvaluation(TextLexicon.Default, TimeLexicon.Default).Run(shared, console.Error, parsed.GetValue(errors)),
                var other => throw new WirewatchException(ErrorCode.BadUsage, $"unknown task '{other}'"),
            };
            console.Out.Write(table.ToMarkdown());
            return ExitCodes.Success;
        });
        return command;
    }
}
