using Graph.Cli;

return await Cli.RunAsync(args, new CliConsole(Console.Out, Console.Error, Console.In));
