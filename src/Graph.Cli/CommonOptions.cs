using System.CommandLine;

namespace Graph.Cli;

/// <summary>
/// Options every command accepts. Each root command gets its own instances (a System.CommandLine
/// symbol belongs to one parent tree); commands read them back by name.
/// </summary>
internal static class CommonOptions
{
    private const string SchemaName = "--schema";
    private const string QuietName = "--quiet";
    private const string VerboseName = "--verbose";

    public static IEnumerable<Option> Create() =>
    [
        new Option<DirectoryInfo?>(SchemaName)
        {
            Description = "Schema folder (types, gazetteers, titles, patterns). Default: the bundled schema.",
            Recursive = true,
        },
        new Option<bool>(QuietName, "-q")
        {
            Description = "Print nothing but errors and requested data.",
            Recursive = true,
        },
        new Option<bool>(VerboseName, "-v")
        {
            Description = "Print more detail, including each skipped file.",
            Recursive = true,
        },
    ];

    public static DirectoryInfo? Schema(this ParseResult result) => result.GetValue<DirectoryInfo?>(SchemaName);

    public static bool Quiet(this ParseResult result) => result.GetValue<bool>(QuietName);

    public static bool Verbose(this ParseResult result) => result.GetValue<bool>(VerboseName);
}
