namespace Wirewatch.Cli;

/// <summary>Where a command reads and writes: the real console, or writers a test supplies.</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Errors, warnings and progress.</param>
/// <param name="OpenStandardInput">Opens standard input (for the path <c>-</c>).</param>
/// <param name="ErrorIsTerminal">Whether progress may be drawn on <paramref name="Error"/>.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardInput, bool ErrorIsTerminal)
{
    public static CliConsole System()
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        return new CliConsole(stdout, Console.Error, Console.OpenStandardInput, !Console.IsErrorRedirected);
    }

    /// <summary>Writes one line naming the input and the reason it failed.</summary>
    public void ReportError(string line) => Error.WriteLine($"error: {line}");
}
