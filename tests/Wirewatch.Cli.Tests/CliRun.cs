using System.Text;

namespace Wirewatch.Cli.Tests;

/// <summary>Runs the command line in this process with captured output.</summary>
public sealed record CliRun(int Exit, string Out, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static CliRun Of(params string[] args) => WithInput(string.Empty, args);

    public static CliRun WithInput(string standardInput, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput)), ErrorIsTerminal: false);
        var exit = WirewatchCli.Run(args, console);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
