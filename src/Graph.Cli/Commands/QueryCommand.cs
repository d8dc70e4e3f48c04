using System.CommandLine;
using Graph.Neo4j;

namespace Graph.Cli.Commands;

/// <summary><c>query "CYPHER"</c>, <c>query --saved NAME</c>, <c>query --list</c>: Cypher against Neo4j, results on stdout.</summary>
internal static class QueryCommand
{
    public static Command Create(CliConsole console)
    {
        var cypher = new Argument<string?>("cypher")
        {
            Description = "The Cypher query. Values belong in parameters: --param name=value, used as $name.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var saved = new Option<string?>("--saved") { Description = "Run the saved query of this name from the schema's queries.yaml." };
        var list = new Option<bool>("--list") { Description = "List the saved queries." };
        var print = new Option<bool>("--print") { Description = "Print the saved query's Cypher (to paste into Neo4j Browser) instead of running it." };
        var parameters = new Option<string[]>("--param", "-p")
        {
            Description = "A query parameter name=value; values that read as JSON (numbers, true, [lists]) keep their type.",
            AllowMultipleArgumentsPerToken = false,
        };
        var format = new Option<string>("--format", "-f") { Description = "table, json or csv.", DefaultValueFactory = _ => "table" };

        var command = new Command("query", "Run a Cypher query (or a saved one) against Neo4j and print the result.");
        command.Arguments.Add(cypher);
        command.Options.Add(saved);
        command.Options.Add(list);
        command.Options.Add(print);
        command.Options.Add(parameters);
        command.Options.Add(format);
        Neo4jOptions.AddTo(command, loading: false);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var schema = Resources.LoadSchema(r.Schema());
            if (r.GetValue(list))
            {
                foreach (var q in schema.Queries)
                {
                    await console.Out.WriteLineAsync($"{q.Name}\t{q.Description}");
                }
                return Cli.Success;
            }
            var text = r.GetValue(cypher);
            var name = r.GetValue(saved);
            if ((text is null) == (name is null))
            {
                await console.Error.WriteLineAsync("error: give either a Cypher query or --saved NAME (see query --list)");
                return Cli.UserError;
            }
            if (r.GetValue(print))
            {
                if (name is null)
                {
                    await console.Error.WriteLineAsync("error: --print needs --saved NAME");
                    return Cli.UserError;
                }
                await console.Out.WriteLineAsync(QueryRunner.FindSaved(schema, name).Cypher.TrimEnd());
                return Cli.Success;
            }
            var outputFormat = ResultFormatter.ParseFormat(r.GetValue(format));
            var values = QueryRunner.ParseParameters(r.GetValue(parameters) ?? []);
            var query = name is null ? text! : QueryRunner.FindSaved(schema, name).Cypher;
            var settings = Neo4jOptions.Settings(r, console);
            using var client = await Neo4jOptions.ConnectAsync(settings, console, ct);
            var result = await new QueryRunner(client).RunAsync(query, values, ct);
            await console.Out.WriteAsync(ResultFormatter.Format(result, outputFormat));
            return Cli.Success;
        });
        return command;
    }
}
