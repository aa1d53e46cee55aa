using System.CommandLine;
using Wirewatch.Cli.Commands;
using Wirewatch.Core;

namespace Wirewatch.Cli;

/// <summary>The <c>wirewatch</c> command line: builds the commands, parses, runs, and maps failures to exit codes.</summary>
public static class WirewatchCli
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Wirewatch reads news reports and turns them into a ledger of who said what, about whom, and what happened.")
        {
            AnalyzeCommand.Create(console),
            BenchCommand.Create(console),
            EvalCommand.Create(console),
            TrainCommand.Create(console),
            IngestCommand.Create(console),
            QueryCommand.Create(console),
        };

        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    console.Error.WriteLine($"error: {error.Message}");
                }

                console.Error.WriteLine("Run 'wirewatch --help' for usage.");
                return ExitCodes.BadUsage;
            }

            return parsed.Invoke(configuration);
        }
        catch (WirewatchException e)
        {
            console.ReportError(e.Message);
            return e.Code == ErrorCode.BadUsage ? ExitCodes.BadUsage : ExitCodes.BadInput;
        }
        finally
        {
            console.Out.Flush();
        }
    }
}
