using System.CommandLine;
using Graph.Export.Cypher;
using Graph.Export.GraphMl;
using Graph.Export.Json;

namespace Graph.Cli.Commands;

/// <summary><c>build INPUT... --out DIR</c>: the main job, articles in, graph files out.</summary>
internal static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder for graph.json, graph.graphml and graph.cypher.",
            DefaultValueFactory = _ => "out",
        };
        var command = new Command("build", "Build a knowledge graph from news articles and write it as JSON, GraphML and Cypher.") { output };
        inputs.AddTo(command);
        Neo4jOptions.AddTo(command, loading: true);
        command.SetAction(async (result, cancellation) =>
        {
            var folder = OutputFolder.Prepare(result.GetValue(output)!);
            // Settings are checked before any work; the load runs after the files are safely written.
            var neo4j = Neo4jOptions.Requested(result) ? Neo4jOptions.Settings(result, console) : null;
            var schema = Resources.LoadSchema(result.Schema());
            var quiet = result.Quiet();
            var run = inputs.Run(result, schema, console, progress: true);

            var files = new[]
            {
                Path.Combine(folder, "graph.json"),
                Path.Combine(folder, "graph.graphml"),
                Path.Combine(folder, "graph.cypher"),
            };
            new GraphJsonWriter().WriteFile(run.Graph, files[0]);
            new GraphMlWriter(schema).WriteFile(run.Graph, files[1]);
            new CypherScriptWriter(schema).WriteFile(run.Graph, files[2]);

            if (!quiet)
            {
                Summary.Write(console.Status, run.Graph, run);
                foreach (var file in files)
                {
                    console.Error.WriteLine($"wrote {file}");
                }
            }
            if (neo4j is not null)
            {
                return await Neo4jOptions.LoadAsync(run.Graph, schema, neo4j, console, cancellation, quiet);
            }
            return Cli.Success;
        });
        return command;
    }
}
