using System.CommandLine;

namespace Wirewatch.Cli.Commands;

/// <summary>The <c>--data</c> option of the commands that read the shared training or evaluation data.</summary>
internal static class SharedDataOption
{
    /// <param name="holding">What the folder holds, as the help shows it ("train-data/").</param>
    /// <param name="alternative">What else may be given instead, after a comma (", or train-data itself").</param>
    public static Option<string?> Create(string holding = "train-data/", string alternative = "") => new("--data")
    {
        Description = $"The shared data folder (holding {holding}){alternative}; found by searching upwards for 'shared' when not given.",
    };
}
