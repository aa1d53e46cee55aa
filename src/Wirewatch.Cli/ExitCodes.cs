namespace Wirewatch.Cli;

/// <summary>The exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some input could not be read or analysed; the rest was processed.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int BadUsage = 2;
}
