namespace Graph.Neo4j.IntegrationTests;

[Collection(Neo4jCollection.Name)]
public sealed class FaultTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public Task InitializeAsync() => server.CleanAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_load_cut_short_by_a_killed_server_is_completed_by_running_it_again()
    {
        const int people = 3000;
        var graph = TestGraphs.Ring(people);
        var settings = server.Settings(batchSize: 100, maxRetries: 1);
        Neo4jException failure;
        using (var client = await Neo4jClient.ConnectAsync(settings, None))
        {
            var killed = false;
            var progress = new SyncProgress<LoadProgress>(p =>
            {
                // Kill the server (kill -9) once a third of the rows are committed.
                if (!killed && p.RowsDone >= people / 3)
                {
                    killed = true;
                    server.ControlServer("kill");
                }
            });
            failure = await Assert.ThrowsAsync<Neo4jException>(() => new Neo4jLoader(client).LoadAsync(graph, server.Schema, progress, None));
        }
        Assert.Equal(Neo4jErrors.Unavailable, failure.Code);
        Assert.Contains("gave up after 2 attempts", failure.Message, StringComparison.Ordinal);

        server.ControlServer("resume");
        using (var client = await server.ConnectAsync(batchSize: 100))
        {
            var partial = await Counts.ReadAsync(client);
            Assert.InRange(partial.Nodes, people / 3, people);
            Assert.True(partial.Relationships < people, "the load was interrupted before the relationships");

            var summary = await new Neo4jLoader(client).LoadAsync(graph, server.Schema, null, None);
            var counts = await Counts.ReadAsync(client);
            Assert.Equal(1 + people, counts.Nodes);
            Assert.Equal(people, counts.Relationships);
            Assert.Equal(1 + people, summary.Nodes);
            Assert.Equal(1 + people - partial.Nodes, summary.NodesCreated);

            // And once more: nothing changes.
            await new Neo4jLoader(client).LoadAsync(graph, server.Schema, null, None);
            Assert.Equal(counts, await Counts.ReadAsync(client));
        }
    }

    [Fact]
    public async Task A_wrong_password_is_reported_with_a_code_and_without_the_password()
    {
        const string secret = "Wr0ng-S3cret!";
        var e = await Assert.ThrowsAsync<Neo4jException>(() => Neo4jClient.ConnectAsync(server.Settings(password: secret), None));
        Assert.Equal(Neo4jErrors.Unauthorized, e.Code);
        Assert.Contains("Neo.ClientError.Security.Unauthorized", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(server.Password, e.ToString(), StringComparison.Ordinal);
        Assert.False(e.IsTransient);
    }

    [Fact]
    public async Task Bad_cypher_is_reported_with_neo4j_error_code_and_message_without_stack_trace()
    {
        using var client = await server.ConnectAsync();
        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("MATCH (n RETURN n", null, None));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.Contains("line 1", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("at org.neo4j", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_the_server_does_not_have_is_an_unknown_database()
    {
        // Neo4j 3.x serves exactly one database over /db/data/; any other name cannot be reached.
        var e = await Assert.ThrowsAsync<Neo4jException>(() => Neo4jClient.ConnectAsync(server.Settings(database: "nosuchdb"), None));
        Assert.Equal(Neo4jErrors.UnknownDatabase, e.Code);
        Assert.Contains("nosuchdb", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_api_on_a_server_without_it_is_a_clear_error()
    {
        var settings = new Neo4jSettings(new Uri(server.Uri), server.Username, server.Password, api: Neo4jApiMode.Query);
        var e = await Assert.ThrowsAsync<Neo4jException>(() => Neo4jClient.ConnectAsync(settings, None));
        Assert.Equal(Neo4jErrors.BadSetting, e.Code);
        Assert.Contains("no Query API", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discovery_reports_the_server_version_and_the_transactional_api()
    {
        using var client = await server.ConnectAsync();
        Assert.Equal("3.1.1", client.ServerVersion);
        Assert.Equal(Neo4jApiMode.Tx, client.Api);
    }

    [Fact]
    public async Task Statements_in_one_request_commit_together_or_not_at_all()
    {
        using var client = await server.ConnectAsync();
        await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(
            [new CypherStatement("CREATE (:Probe {id: 1})"), new CypherStatement("RETURN 1/0")], None));
        Assert.Equal(0L, await LoaderTests.Scalar(client, "MATCH (p:Probe) RETURN count(p) AS c"));
    }
}
