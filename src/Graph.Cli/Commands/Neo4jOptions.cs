using System.CommandLine;
using System.Globalization;
using Graph.Core.Graph;
using Graph.Core.Schema;
using Graph.Neo4j;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>
/// The options every command that talks to Neo4j shares, how they become <see cref="Neo4jSettings"/>
/// (each option wins over its NEO4J_* environment variable), and the load with a progress bar that
/// <c>build --neo4j</c> and <c>load</c> run.
/// </summary>
internal static class Neo4jOptions
{
    public static readonly Option<string?> Url = new("--neo4j")
    {
        Description = "Neo4j HTTP URL, e.g. http://localhost:7474 (env NEO4J_URI). bolt:// is not spoken by this build.",
    };

    public static readonly Option<string?> User = new("--neo4j-user")
    {
        Description = "Neo4j user name (env NEO4J_USERNAME, default neo4j).",
    };

    public static readonly Option<string?> Password = new("--neo4j-password")
    {
        Description = "Neo4j password (env NEO4J_PASSWORD). Prefer --password-stdin or the variable: options show in process lists.",
    };

    public static readonly Option<bool> PasswordStdin = new("--password-stdin")
    {
        Description = "Read the Neo4j password from the first line of standard input.",
    };

    public static readonly Option<string?> Database = new("--neo4j-database")
    {
        Description = "Neo4j database (env NEO4J_DATABASE, default neo4j).",
    };

    public static readonly Option<string?> Api = new("--neo4j-api")
    {
        Description = "HTTP API: auto (Query API where the server has it, else the transactional endpoint), tx or query.",
    };

    public static readonly Option<int?> BatchSize = new("--batch-size")
    {
        Description = $"Rows per transaction when loading (default {Neo4jSettings.DefaultBatchSize}).",
    };

    public static readonly Option<int?> EvidenceCap = new("--evidence-cap")
    {
        Description = $"Evidence sentences kept per relationship (default {Neo4jSettings.DefaultEvidenceCap}).",
    };

    /// <summary>Adds the connection options; <paramref name="loading"/> adds --batch-size and --evidence-cap too.</summary>
    public static void AddTo(Command command, bool loading)
    {
        command.Options.Add(Url);
        command.Options.Add(User);
        command.Options.Add(Password);
        command.Options.Add(PasswordStdin);
        command.Options.Add(Database);
        command.Options.Add(Api);
        if (loading)
        {
            command.Options.Add(BatchSize);
            command.Options.Add(EvidenceCap);
        }
    }

    /// <summary>Whether --neo4j was given (build loads into Neo4j only then).</summary>
    public static bool Requested(ParseResult result) => result.GetValue(Url) is not null;

    public static Neo4jSettings Settings(ParseResult result, CliConsole console, Func<string, string?>? environment = null)
    {
        var password = result.GetValue(Password);
        if (result.GetValue(PasswordStdin))
        {
            if (password is not null)
            {
                throw new Neo4jException(Neo4jErrors.BadSetting, "give either --neo4j-password or --password-stdin, not both");
            }
            password = console.In.ReadLine()?.TrimEnd('\r', '\n')
                ?? throw new Neo4jException(Neo4jErrors.BadSetting, "--password-stdin: standard input is empty");
        }
        return Neo4jSettings.Resolve(new Neo4jOverrides
        {
            Uri = result.GetValue(Url),
            Username = result.GetValue(User),
            Password = password,
            Database = result.GetValue(Database),
            Api = result.GetValue(Api),
            BatchSize = SafeGet(result, BatchSize),
            EvidenceCap = SafeGet(result, EvidenceCap),
        }, environment);
    }

    /// <summary>Connects, printing each retry on stderr.</summary>
    public static Task<Neo4jClient> ConnectAsync(Neo4jSettings settings, CliConsole console, CancellationToken ct) =>
        Neo4jClient.ConnectAsync(settings, ct, retrying: (reason, attempt, delay) =>
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"neo4j: {reason}; retry {attempt} in {delay.TotalSeconds:0.0} s")));

    /// <summary>
    /// Loads the graph into Neo4j with a progress bar (rows/s) on stderr and prints the summary there.
    /// Returns the exit code; Neo4j failures are thrown as <see cref="Neo4jException"/> for the CLI to report.
    /// </summary>
    public static async Task<int> LoadAsync(
        IKnowledgeGraph graph, GraphSchema schema, Neo4jSettings settings, CliConsole console, CancellationToken ct, bool quiet = false)
    {
        using var client = await ConnectAsync(settings, console, ct);
        var loader = new Neo4jLoader(client);
        LoadSummary summary;
        if (quiet)
        {
            summary = await loader.LoadAsync(graph, schema, null, ct);
        }
        else
        {
            summary = await console.Status.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"Neo4j {client.ServerVersion}: schema", maxValue: 1);
                    var progress = new InlineProgress<LoadProgress>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.RowsTotal);
                        task.Value = p.RowsDone;
                        task.Description = string.Create(CultureInfo.InvariantCulture,
                            $"Neo4j {client.ServerVersion}: {Markup.Escape(p.Stage)} {p.RowsDone:N0}/{p.RowsTotal:N0} rows, {p.RowsPerSecond:N0} rows/s");
                    });
                    var result = await loader.LoadAsync(graph, schema, progress, ct);
                    task.Value = task.MaxValue;
                    return result;
                });
        }
        if (!quiet)
        {
            await console.Error.WriteLineAsync(Summary(summary, settings));
        }
        return Cli.Success;
    }

    internal static string Summary(LoadSummary s, Neo4jSettings settings) => string.Create(CultureInfo.InvariantCulture,
        $"Neo4j {s.ServerVersion} at {settings.DisplayUri} ({settings.Database}): " +
        $"{s.Nodes:N0} nodes ({s.NodesCreated:N0} created, {s.NodesUpdated:N0} updated), " +
        $"{s.Relationships:N0} relationships ({s.RelationshipsCreated:N0} created, {s.RelationshipsUpdated:N0} updated) " +
        $"in {s.Batches:N0} batches, {s.Elapsed.TotalSeconds:0.0} s");

    private static int? SafeGet(ParseResult result, Option<int?> option) =>
        result.CommandResult.Command.Options.Contains(option) ? result.GetValue(option) : null;

    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
