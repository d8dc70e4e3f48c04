using System.CommandLine;

namespace Graph.Cli.Commands;

/// <summary>The article inputs and <c>--strict</c>, shared by the commands that read articles.</summary>
internal sealed class InputOptions
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Article files or folders (searched recursively for .txt, .md, .html), or - for stdin.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Fail if any input file has to be skipped." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(Strict);
    }

    /// <summary>Reads and extracts every input; skipped files are listed on stderr unless quiet.</summary>
    public CorpusResult Run(ParseResult result, Core.Schema.GraphSchema schema, CliConsole console, bool progress)
    {
        var quiet = result.Quiet();
        var run = CorpusRun.Run(result.GetValue(Inputs)!, schema, console, quiet || !progress, result.GetValue(Strict));
        if (!quiet || result.Verbose())
        {
            Summary.WriteSkipped(console.Error, run.Skipped);
        }
        return run;
    }
}
