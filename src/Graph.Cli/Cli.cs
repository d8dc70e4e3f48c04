using System.CommandLine;
using Graph.Cli.Commands;
using Graph.Core;

namespace Graph.Cli;

/// <summary>
/// The command line. Exit codes: 0 success, 1 a user error (bad input, bad schema, server
/// refused), 2 an internal error. User errors print their code and message, never a stack trace.
/// </summary>
internal static class Cli
{
    public const int Success = 0;
    public const int UserError = 1;
    public const int InternalError = 2;

    public static RootCommand CreateRoot(CliConsole console)
    {
        var root = new RootCommand("Builds a knowledge graph of people, countries, organizations, treaties and places from news articles.");
        foreach (var option in CommonOptions.Create())
        {
            root.Options.Add(option);
        }
        root.Subcommands.Add(BuildCommand.Create(console));
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(StatsCommand.Create(console));
        root.Subcommands.Add(LoadCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(TrainCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        root.Subcommands.Add(QueryCommand.Create(console));
        root.Subcommands.Add(StyleCommand.Create(console));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var root = CreateRoot(console);
        var parse = root.Parse(args);
        var config = new InvocationConfiguration
        {
            Output = console.Error,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        // Help goes to stdout as users expect; everything else a command prints chooses its stream.
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            config.Output = console.Out;
        }
        try
        {
            return await parse.InvokeAsync(config);
        }
        catch (GraphException e)
        {
            await console.Error.WriteLineAsync($"error {e.Code}: {e.Message}");
            return UserError;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("cancelled");
            return UserError;
        }
        catch (Exception e)
        {
            await console.Error.WriteLineAsync($"internal error: {e}");
            return InternalError;
        }
    }
}
