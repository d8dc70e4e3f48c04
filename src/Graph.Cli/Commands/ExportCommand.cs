using System.CommandLine;
using Graph.Export.Csv;
using Graph.Export.Cypher;
using Graph.Export.GraphMl;
using Graph.Export.Json;

namespace Graph.Cli.Commands;

/// <summary><c>export GRAPH.json --format graphml|cypher|json|neo4j-import --out PATH</c>.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var graphFile = new Argument<string>("graph") { Description = "A graph.json written by build or extract." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: graphml, cypher, json, or neo4j-import (a folder of CSV files for neo4j-admin).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("graphml", "cypher", "json", "neo4j-import");
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output file (a folder for neo4j-import).",
            Required = true,
        };
        var evidence = new Option<int>("--max-evidence")
        {
            Description = "Evidence sentences kept per relation in the Cypher script.",
            DefaultValueFactory = _ => CypherScriptWriter.DefaultMaxEvidence,
        };
        var command = new Command("export", "Write a graph JSON file in another format.") { graphFile, format, output, evidence };
        command.SetAction(result =>
        {
            var schema = Resources.LoadSchema(result.Schema());
            var graph = new GraphJsonReader().ReadFile(result.GetValue(graphFile)!);
            var path = result.GetValue(output)!;
            if (result.GetValue(format) == "neo4j-import")
            {
                OutputFolder.Prepare(path);
                new Neo4jImportCsvWriter(schema).WriteDirectory(graph, path);
                if (!result.Quiet())
                {
                    console.Error.WriteLine($"wrote CSV files to {path}; load them into an empty Neo4j 5 with:");
                    console.Error.WriteLine("  " + Neo4jImportCsvWriter.ImportCommand(path));
                }
                return Cli.Success;
            }
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            OutputFolder.Prepare(folder);
            switch (result.GetValue(format))
            {
                case "graphml":
                    new GraphMlWriter(schema).WriteFile(graph, path);
                    break;
                case "cypher":
                    new CypherScriptWriter(schema, result.GetValue(evidence)).WriteFile(graph, path);
                    break;
                default:
                    new GraphJsonWriter().WriteFile(graph, path);
                    break;
            }
            if (!result.Quiet())
            {
                console.Error.WriteLine($"wrote {path}");
            }
            return Cli.Success;
        });
        return command;
    }
}
