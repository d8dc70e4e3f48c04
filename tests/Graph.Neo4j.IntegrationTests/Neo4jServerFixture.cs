using System.Diagnostics;
using Graph.Core.Schema;

namespace Graph.Neo4j.IntegrationTests;

/// <summary>
/// The real Neo4j test server that scripts/with-neo4j.sh starts, shared by every test of the collection.
/// Without it the tests fail (never skip) and say how to run them.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    public Neo4jServerFixture()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_TEST_URI");
        if (string.IsNullOrEmpty(uri))
        {
            var ci = Environment.GetEnvironmentVariable("CI") == "true" ? " (CI=true: a missing server fails the run)" : "";
            throw new InvalidOperationException(
                "NEO4J_TEST_URI is not set: run the Neo4j integration tests through the test server wrapper, " +
                "e.g. scripts/with-neo4j.sh dotnet test tests/Graph.Neo4j.IntegrationTests" + ci);
        }
        Uri = uri;
        Username = Environment.GetEnvironmentVariable("NEO4J_TEST_USERNAME") ?? "neo4j";
        Password = Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "";
        Home = Environment.GetEnvironmentVariable("NEO4J_TEST_HOME");
        Control = Environment.GetEnvironmentVariable("NEO4J_TEST_CONTROL");
        Schema = GraphSchema.Load(Path.Combine(RepoRoot, "schema"));
    }

    public string Uri { get; }

    public string Username { get; }

    public string Password { get; }

    /// <summary>The server folder (bin/, conf/, data/).</summary>
    public string? Home { get; }

    /// <summary>scripts/neo4j-test-server.sh, for stop/resume/kill.</summary>
    public string? Control { get; }

    public GraphSchema Schema { get; }

    public static string RepoRoot { get; } = FindRoot();

    public Neo4jSettings Settings(int batchSize = Neo4jSettings.DefaultBatchSize, int maxRetries = 3, string? password = null, string? database = null, int evidenceCap = Neo4jSettings.DefaultEvidenceCap) =>
        new(new Uri(Uri), Username, password ?? Password, database ?? Neo4jSettings.DefaultDatabase, Neo4jApiMode.Auto, batchSize, evidenceCap)
        {
            MaxRetries = maxRetries,
            RetryDelay = TimeSpan.FromMilliseconds(200),
        };

    public Task<Neo4jClient> ConnectAsync(int batchSize = Neo4jSettings.DefaultBatchSize, int evidenceCap = Neo4jSettings.DefaultEvidenceCap) =>
        Neo4jClient.ConnectAsync(Settings(batchSize, evidenceCap: evidenceCap), CancellationToken.None);

    public async Task CleanAsync()
    {
        using var client = await ConnectAsync();
        await client.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n"), CancellationToken.None);
    }

    /// <summary>Runs the control script: stop, resume, kill.</summary>
    public void ControlServer(string action)
    {
        if (Control is null)
        {
            throw new InvalidOperationException("NEO4J_TEST_CONTROL is not set: run through scripts/with-neo4j.sh");
        }
        using var process = Process.Start(new ProcessStartInfo("bash", [Control, action])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"neo4j-test-server.sh {action} did not finish");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"neo4j-test-server.sh {action} failed ({process.ExitCode}): {stderr.Result}");
        }
    }

    public Task InitializeAsync() => CleanAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "schema", "types.yaml")) && File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("cannot find the repository root (schema/types.yaml next to Graph.sln)");
    }
}

[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jServerFixture>
{
    public const string Name = "neo4j";
}
