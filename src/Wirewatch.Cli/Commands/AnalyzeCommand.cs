using System.CommandLine;
using Wirewatch.Cli.Output;
using Wirewatch.Core;
using Wirewatch.Text.Reading;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch analyze</c>: reads articles and writes what was found in each, as JSON or a summary.</summary>
public static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var format = new Option<string>("--format")
        {
            Description = "json (one object for one article, JSON Lines for several), jsonl (always one line an article), text (a summary to read), or acled-csv (the events, in ACLED's columns).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "text", "acled-csv");
        var withTokens = new Option<bool>("--tokens") { Description = "Include the token layer in JSON output." };

        var command = new Command("analyze", "Analyse articles and write, for each, its sentences and every layer found, with spans into its text.");
        inputs.AddTo(command);
        command.Add(format);
        command.Add(withTokens);
        command.SetAction(parsed => Run(
            console,
            parsed.GetRequiredValue(inputs.Paths),
            inputs.ToReaderOptions(parsed),
            parsed.GetValue(format) ?? "json",
            parsed.GetValue(withTokens)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, ReaderOptions options, string format, bool withTokens)
    {
        var pipeline = Engine.CreatePipeline();
        var reader = new DocumentReader(options, console.OpenStandardInput);
        var errors = 0;
        var analysed = 0;
        Document? held = null;
        var csv = new AcledCsvWriter();
        var json = new DocumentJsonWriter(new JsonOutputOptions { IncludeTokens = withTokens });
        using var progress = ProgressLine.Create(console, "analysing");
        foreach (var result in reader.Read(paths))
        {
            if (result.Error is { } error)
            {
                progress.Clear();
                console.ReportError(error.ToString());
                errors++;
                continue;
            }

            var document = result.Document!;
            pipeline.Run(document);
            analysed++;
            progress.Update(analysed, document.Info.Source);
            switch (format)
            {
                case "text":
                    DocumentTextWriter.Write(console.Out, document);
                    break;
                case "acled-csv":
                    csv.Write(console.Out, document);
                    break;
                case "jsonl":
                    json.WriteLine(console.Out, document);
                    break;
                default:
                    // One article: indented JSON. Several: JSON Lines, so that the output stays one valid stream.
                    if (held is not null)
                    {
                        json.WriteLine(console.Out, held);
                        held = null;
                        json.WriteLine(console.Out, document);
                    }
                    else if (analysed == 1)
                    {
                        held = document;
                    }
                    else
                    {
                        json.WriteLine(console.Out, document);
                    }

                    break;
            }
        }

        if (held is not null)
        {
            json.WriteIndented(console.Out, held);
        }

        progress.Clear();
        if (analysed == 0 && errors == 0)
        {
            console.ReportError("no articles found in the given paths (directories are searched for .txt, .text, .jsonl and .ndjson files)");
            return ExitCodes.BadInput;
        }

        return errors > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }
}
