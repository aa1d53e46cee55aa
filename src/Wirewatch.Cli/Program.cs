using Wirewatch.Cli;

return WirewatchCli.Run(args, CliConsole.System());
