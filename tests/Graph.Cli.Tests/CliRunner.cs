namespace Graph.Cli.Tests;

/// <summary>Runs the CLI in-process with captured streams.</summary>
internal static class CliRunner
{
    public static async Task<(int Exit, string Out, string Error)> RunWithInput(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await Cli.RunAsync(args, new CliConsole(output, error, new StringReader(stdin)));
        return (exit, output.ToString(), error.ToString());
    }

    public static Task<(int Exit, string Out, string Error)> Run(params string[] args) => RunWithInput("", args);

    /// <summary>The repository root, found from the test binaries.</summary>
    public static string Repository
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException("repository root not found");
        }
    }

    public static string Samples => Path.Combine(Repository, "samples", "articles");
}
