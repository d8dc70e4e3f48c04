using System.CommandLine;
using Graph.Export.Json;

namespace Graph.Cli.Commands;

/// <summary><c>load GRAPH.json --neo4j URL</c>: put a graph built earlier into Neo4j.</summary>
internal static class LoadCommand
{
    public static Command Create(CliConsole console)
    {
        var graphFile = new Argument<string>("graph") { Description = "A graph.json written by build or extract." };
        var command = new Command("load", "Load a graph JSON file into Neo4j (idempotent: loading again leaves the same counts).") { graphFile };
        Neo4jOptions.AddTo(command, loading: true);
        command.SetAction(async (result, cancellation) =>
        {
            var settings = Neo4jOptions.Settings(result, console);
            var schema = Resources.LoadSchema(result.Schema());
            var graph = new GraphJsonReader().ReadFile(result.GetValue(graphFile)!);
            return await Neo4jOptions.LoadAsync(graph, schema, settings, console, cancellation, result.Quiet());
        });
        return command;
    }
}
