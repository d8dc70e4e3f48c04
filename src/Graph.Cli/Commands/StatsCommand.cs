using System.CommandLine;
using Graph.Export.Json;

namespace Graph.Cli.Commands;

/// <summary><c>stats GRAPH.json</c>: entities and relations by type and the most connected entities.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var graphFile = new Argument<string>("graph") { Description = "A graph.json written by build or extract." };
        var top = new Option<int>("--top") { Description = "How many of the most connected entities to list.", DefaultValueFactory = _ => 10 };
        var command = new Command("stats", "Summarize a graph JSON file.") { graphFile, top };
        command.SetAction(result =>
        {
            var graph = new GraphJsonReader().ReadFile(result.GetValue(graphFile)!);
            var output = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
            {
                Out = new Spectre.Console.AnsiConsoleOutput(console.Out),
                Ansi = Spectre.Console.AnsiSupport.No,
                Interactive = Spectre.Console.InteractionSupport.No,
            });
            Summary.Write(output, graph, top: result.GetValue(top));
            return Cli.Success;
        });
        return command;
    }
}
