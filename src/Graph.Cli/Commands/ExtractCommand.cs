using System.CommandLine;
using Graph.Export.Json;

namespace Graph.Cli.Commands;

/// <summary><c>extract INPUT...</c>: the graph JSON on stdout and nothing else there.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files or folders, or - for stdin.",
            Arity = ArgumentArity.OneOrMore,
        };
        var strict = new Option<bool>("--strict") { Description = "Fail if any input file has to be skipped." };
        var command = new Command("extract", "Extract entities and relations and print the graph JSON to stdout.") { inputs, strict };
        command.SetAction(result =>
        {
            var schema = Resources.LoadSchema(result.Schema());
            var run = CorpusRun.Run(result.GetValue(inputs)!, schema, console, quiet: true, result.GetValue(strict));
            if (!result.Quiet())
            {
                Summary.WriteSkipped(console.Error, run.Skipped);
            }
            using var buffer = new MemoryStream();
            new GraphJsonWriter().Write(run.Graph, buffer);
            console.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            console.Out.Flush();
            return Cli.Success;
        });
        return command;
    }
}
