using System.CommandLine;

namespace Graph.Cli;

/// <summary>Options every command accepts.</summary>
internal static class CommonOptions
{
    public static readonly Option<DirectoryInfo?> Schema = new("--schema")
    {
        Description = "Schema folder (types, gazetteers, titles, patterns). Default: the bundled schema.",
        Recursive = true,
    };

    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "Print nothing but errors and requested data.",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Print more detail, including each skipped file.",
        Recursive = true,
    };
}
