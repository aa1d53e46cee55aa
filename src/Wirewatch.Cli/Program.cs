using Wirewatch.Cli;

JitProfile.Start(args);
return WirewatchCli.Run(args, CliConsole.System());
