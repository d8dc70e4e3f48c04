using Graph.Cli;

namespace Graph.Neo4j.IntegrationTests;

[Collection(Neo4jCollection.Name)]
public sealed class QueryTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await server.CleanAsync();
        using var client = await server.ConnectAsync();
        await new Neo4jLoader(client).LoadAsync(TestGraphs.First(), server.Schema, null, None);
        await new Neo4jLoader(client).LoadAsync(TestGraphs.Second(), server.Schema, null, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private const string MetQuery =
        "MATCH (a:Person {id: 'person:vladimir-putin'})-[r:MET]->(b:Person) RETURN a, r, b.name AS name, r.count AS n";

    [Fact]
    public async Task Table_shows_nodes_by_name_and_labels_and_relationships_by_type()
    {
        using var client = await server.ConnectAsync();
        var text = ResultFormatter.Table(await new QueryRunner(client).RunAsync(MetQuery, new Dictionary<string, object?>(), None));
        var lines = text.Split('\n');
        Assert.Equal("a                              | r      | name       | n", lines[0]);
        Assert.Equal("(Vladimir Putin:Entity:Person) | [:MET] | Xi Jinping | 3", lines[2]);
        Assert.Equal("(1 row)", lines[3]);
    }

    [Fact]
    public async Task Json_has_one_object_per_row_with_labels_type_and_properties()
    {
        using var client = await server.ConnectAsync();
        var json = ResultFormatter.Json(await new QueryRunner(client).RunAsync(MetQuery, new Dictionary<string, object?>(), None));
        var rows = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsArray();
        Assert.Single(rows);
        Assert.Equal("Vladimir Putin", rows[0]!["a"]!["properties"]!["name"]!.GetValue<string>());
        Assert.Equal("Person", rows[0]!["a"]!["labels"]![1]!.GetValue<string>());
        Assert.Equal("MET", rows[0]!["r"]!["type"]!.GetValue<string>());
        Assert.Equal(3, rows[0]!["r"]!["properties"]!["count"]!.GetValue<long>());
        Assert.Equal("Xi Jinping", rows[0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Csv_quotes_fields_that_need_it()
    {
        using var client = await server.ConnectAsync();
        var csv = ResultFormatter.Csv(await new QueryRunner(client).RunAsync(
            "MATCH (e:Entity {id: 'person:vladimir-putin'}) RETURN e.name AS name, $text AS text, e AS node",
            new Dictionary<string, object?> { ["text"] = "a, \"b\"" }, None));
        Assert.Equal("name,text,node\r\nVladimir Putin,\"a, \"\"b\"\"\",(Vladimir Putin:Entity:Person)\r\n", csv);
    }

    [Fact]
    public async Task Paths_print_as_chains_in_their_direction()
    {
        using var client = await server.ConnectAsync();
        var result = await client.RunAsync(
            "MATCH p = (:Location {id: 'location:moscow'})<-[:VISITED]-(:Person)-[:MET]-(:Person {id: 'person:vladimir-putin'}) RETURN p", null, None);
        Assert.Equal(
            "(Moscow:Entity:Location)<-[:VISITED]-(Xi Jinping:Entity:Person)<-[:MET]-(Vladimir Putin:Entity:Person)",
            ResultFormatter.Cell(result.Single("p")));
    }

    [Fact]
    public async Task Every_saved_query_runs()
    {
        using var client = await server.ConnectAsync();
        var parameters = new Dictionary<string, object?>
        {
            ["name"] = "Putin",
            ["source"] = "Russia",
            ["target"] = "China",
            ["person1"] = "Putin",
            ["person2"] = "Xi Jinping",
        };
        Assert.NotEmpty(server.Schema.Queries);
        foreach (var saved in server.Schema.Queries)
        {
            var result = await new QueryRunner(client).RunAsync(saved.Cypher, parameters, None);
            Assert.NotEmpty(result.Columns);
        }
        var meetings = await new QueryRunner(client).RunSavedAsync(server.Schema, "meetings", parameters, None);
        Assert.Equal("Xi Jinping", meetings.Single("met"));
        var path = await new QueryRunner(client).RunSavedAsync(server.Schema, "shortest-path", parameters, None);
        Assert.Equal(1L, path.Single("hops"));
        var balance = await new QueryRunner(client).RunSavedAsync(server.Schema, "cooperation-vs-conflict", parameters, None);
        Assert.Equal(3.4, (double)balance.Single("cooperation")!, 6);
        Assert.Equal(1L, balance.Single("relations"));
    }

    [Fact]
    public async Task Cli_query_prints_result_on_stdout_and_errors_with_code_and_exit_1()
    {
        var env = new[] { "--neo4j", server.Uri, "--neo4j-user", server.Username, "--password-stdin" };
        var (code, stdout, stderr) = await RunCliAsync(
            ["query", "MATCH (p:Person) WHERE p.name = $name RETURN p.name AS name", "--param", "name=Xi Jinping", "--format", "csv", .. env]);
        Assert.Equal(0, code);
        Assert.Equal("name\r\nXi Jinping\r\n", stdout);

        (code, stdout, stderr) = await RunCliAsync(["query", "--saved", "meetings", "-p", "name=Putin", .. env]);
        Assert.Equal(0, code);
        Assert.Contains("Xi Jinping", stdout, StringComparison.Ordinal);

        (code, _, stderr) = await RunCliAsync(["query", "RETURN 1 +", .. env]);
        Assert.Equal(1, code);
        Assert.StartsWith("error Neo.ClientError.Statement.SyntaxError:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Password, stderr, StringComparison.Ordinal);

        (code, _, stderr) = await RunCliAsync(["query", "RETURN 1", "--neo4j", server.Uri, "--neo4j-password", "nope-not-it"], stdin: "");
        Assert.Equal(1, code);
        Assert.StartsWith("error GK0401:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("nope-not-it", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_load_helper_prints_the_summary()
    {
        await server.CleanAsync();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new CliConsole(stdout, stderr, new StringReader(""));
        var code = await Graph.Cli.Commands.Neo4jOptions.LoadAsync(TestGraphs.First(), server.Schema, server.Settings(), console, None);
        Assert.Equal(0, code);
        Assert.Contains("5 nodes (5 created, 0 updated), 8 relationships (8 created, 0 updated)", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("", stdout.ToString());
    }

    private async Task<(int Code, string Stdout, string Stderr)> RunCliAsync(string[] args, string? stdin = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new CliConsole(stdout, stderr, new StringReader(stdin ?? server.Password + "\n"));
        var code = await Graph.Cli.Cli.RunAsync([.. args, "--schema", Path.Combine(Neo4jServerFixture.RepoRoot, "schema")], console);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
