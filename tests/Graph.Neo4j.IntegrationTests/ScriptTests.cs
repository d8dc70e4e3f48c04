using System.Globalization;
using System.Text.Json;
using Graph.Core.Graph;
using Graph.Export.Cypher;

namespace Graph.Neo4j.IntegrationTests;

/// <summary>
/// The <c>graph.cypher</c> script that <c>build</c> writes runs against the 3.1.1 server (its Neo4j 5 schema lines
/// replaced by the loader's constraints) and leaves the same nodes, relationships and key properties as
/// <see cref="Neo4jLoader"/>, each in a clean database; running it twice changes nothing.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class ScriptTests(Neo4jServerFixture server) : IAsyncLifetime, IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Relationship properties only one side writes: the loader's mergeable sentence keys, the script's attributedTo id.</summary>
    private static readonly HashSet<string> OneSidedRelationshipProperties = ["sentences", "attributedToId"];

    private readonly string _work = Directory.CreateTempSubdirectory("kgraph-script-test-").FullName;

    public Task InitializeAsync() => server.CleanAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    public static TheoryData<string> Graphs => ["first", "awkward", "ring"];

    private static KnowledgeGraph Graph(string name) => name switch
    {
        "first" => TestGraphs.First(),
        "awkward" => TestGraphs.Awkward(),
        _ => TestGraphs.Ring(300),
    };

    [Theory]
    [MemberData(nameof(Graphs))]
    public async Task The_written_script_splits_into_exactly_the_writers_statements(string name)
    {
        var graph = Graph(name);
        var writer = new CypherScriptWriter(server.Schema);
        var path = Path.Combine(_work, "graph.cypher");
        writer.WriteFile(graph, path);
        Assert.Equal(writer.Statements(graph).Select(s => s.Text), CypherScript.Split(await File.ReadAllTextAsync(path)));
        Assert.Equal(CypherScriptWriter.SchemaStatements, writer.Statements(graph).Where(s => s.IsSchema).Select(s => s.Text));
        Assert.All(writer.Statements(graph), s => Assert.Equal(s.IsSchema, CypherScript.IsSchemaStatement(s.Text)));
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public async Task The_script_yields_what_the_loader_yields_and_is_idempotent(string name)
    {
        var graph = Graph(name);
        var path = Path.Combine(_work, "graph.cypher");
        new CypherScriptWriter(server.Schema).WriteFile(graph, path);
        var statements = CypherScript.Split(await File.ReadAllTextAsync(path));
        using var client = await server.ConnectAsync();

        var first = await CypherScript.RunAsync(client, statements, batchSize: 100, None);
        Assert.Equal(statements.Count, first.Statements);
        Assert.Equal(3, first.SchemaStatementsSkipped);
        var scripted = await Counts.ReadAsync(client);
        var scriptedNodes = await Nodes(client);
        var scriptedRelationships = await Relationships(client);
        Assert.Equal(2L, await LoaderTests.Scalar(client, "CALL db.constraints() YIELD description RETURN count(*) AS c"));

        var again = await CypherScript.RunAsync(client, statements, batchSize: 100, None);
        Assert.Equal(0, again.NodesCreated);
        Assert.Equal(0, again.RelationshipsCreated);
        Assert.Equal(scripted, await Counts.ReadAsync(client));
        Assert.Equal(scriptedNodes, await Nodes(client));
        Assert.Equal(scriptedRelationships, await Relationships(client));

        await server.CleanAsync();
        await new Neo4jLoader(client).LoadAsync(graph, server.Schema, null, None);
        var loaded = await Counts.ReadAsync(client);
        Assert.Equal(loaded.Nodes, scripted.Nodes);
        Assert.Equal(loaded.Relationships, scripted.Relationships);
        Assert.Equal(graph.Documents.Count() + graph.Entities.Count(), loaded.Nodes);
        Assert.Equal(await Nodes(client), scriptedNodes);
        Assert.Equal(await Relationships(client), scriptedRelationships);
    }

    /// <summary>Every node as id, sorted labels and all properties.</summary>
    private static async Task<List<string>> Nodes(Neo4jClient client)
    {
        var result = await client.RunAsync("MATCH (n) RETURN n", null, None);
        return result.Rows
            .Select(r => (GraphNode)r[0]!)
            .Select(n => $"{n.Properties["id"]} {string.Join(":", n.Labels.Order(StringComparer.Ordinal))} {Json(n.Properties)}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every relationship as start id, type, end id and the properties both ways of loading write.</summary>
    private static async Task<List<string>> Relationships(Neo4jClient client)
    {
        var result = await client.RunAsync("MATCH (s)-[r]->(t) RETURN s.id AS s, r, t.id AS t", null, None);
        return result.Rows
            .Select(row => (S: row[0], R: (GraphRelationship)row[1]!, T: row[2]))
            .Select(x => $"{x.S} -[{x.R.Type}]-> {x.T} {Json(x.R.Properties.Where(p => !OneSidedRelationshipProperties.Contains(p.Key)))}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Properties in key order with their types: an integer 1 and a float 1.0 differ.</summary>
    private static string Json(IEnumerable<KeyValuePair<string, object?>> properties) =>
        "{" + string.Join(", ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Typed(p.Value)}")) + "}";

    private static string Typed(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "D",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Typed)) + "]",
        _ => $"{value.GetType().Name}:{Convert.ToString(value, CultureInfo.InvariantCulture)}",
    };
}
