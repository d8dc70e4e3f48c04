using System.CommandLine;
using Graph.Neo4j;

namespace Graph.Cli.Commands;

/// <summary><c>style [--out FILE]</c>: the Neo4j Browser GraSS style generated from the schema.</summary>
internal static class StyleCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<FileInfo?>("--out", "-o") { Description = $"Write the style to this file (e.g. schema/{GrassStyle.FileName}) instead of stdout." };
        var command = new Command("style", "Print the Neo4j Browser style (GraSS) for the schema's labels and relationship types.");
        command.Options.Add(output);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var schema = Resources.LoadSchema(r.Schema());
            var style = GrassStyle.Generate(schema);
            if (r.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, style, ct);
                if (!r.Quiet())
                {
                    await console.Error.WriteLineAsync($"wrote {file.FullName}; drag it onto Neo4j Browser to apply it");
                }
            }
            else
            {
                await console.Out.WriteAsync(style);
            }
            return Cli.Success;
        });
        return command;
    }
}
