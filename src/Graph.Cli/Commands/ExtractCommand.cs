using System.CommandLine;
using Graph.Export.Json;

namespace Graph.Cli.Commands;

/// <summary><c>extract INPUT...</c>: the graph JSON on stdout and nothing else there.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var command = new Command("extract", "Extract entities and relations and print the graph JSON to stdout.");
        inputs.AddTo(command);
        command.SetAction(result =>
        {
            var schema = Resources.LoadSchema(result.Schema());
            var run = inputs.Run(result, schema, console, progress: false);
            using var buffer = new MemoryStream();
            new GraphJsonWriter().Write(run.Graph, buffer);
            console.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            console.Out.Flush();
            return Cli.Success;
        });
        return command;
    }
}
