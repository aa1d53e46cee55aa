using System.CommandLine;

namespace Wirewatch.Cli.Commands;

/// <summary><c>wirewatch train WHAT</c>: builds the data files the engine ships (models, gazetteers) from the shared training data.</summary>
public static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("train", "Build the engine's data files (models, gazetteers) from the openly licensed shared training data.");
        command.Subcommands.Add(TrainPosCommand.Create(console));
        command.Subcommands.Add(TrainGazetteerCommand.Create(console));
        command.Subcommands.Add(TrainNamesCommand.Create(console));
        command.Subcommands.Add(TrainNameWordsCommand.Create(console));
        return command;
    }
}
