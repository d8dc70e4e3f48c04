using Graph.Core.Graph;

namespace Graph.Neo4j.IntegrationTests;

[Collection(Neo4jCollection.Name)]
public sealed class LoaderTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public Task InitializeAsync() => server.CleanAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task First_load_creates_exact_nodes_relationships_and_properties()
    {
        using var client = await server.ConnectAsync();
        var summary = await new Neo4jLoader(client).LoadAsync(TestGraphs.First(), server.Schema, null, None);

        Assert.Equal(5, summary.NodesCreated);
        Assert.Equal(0, summary.NodesUpdated);
        Assert.Equal(8, summary.RelationshipsCreated);
        Assert.Equal(0, summary.RelationshipsUpdated);
        var counts = await Counts.ReadAsync(client);
        Assert.Equal(5, counts.Nodes);
        Assert.Equal(8, counts.Relationships);
        Assert.Equal(1, await Scalar(client, "MATCH (a:Article) RETURN count(a) AS c"));
        Assert.Equal(2, await Scalar(client, "MATCH (e:Entity:Person) RETURN count(e) AS c"));
        Assert.Equal(2, await Scalar(client, "MATCH (e:Entity:Country) RETURN count(e) AS c"));
        Assert.Equal(4, await Scalar(client, "MATCH (:Article)-[m:MENTIONS]->(:Entity) RETURN count(m) AS c"));

        var putin = (GraphNode)(await client.RunAsync("MATCH (e:Entity {id: 'person:vladimir-putin'}) RETURN e", null, None)).Single("e")!;
        Assert.Equal(["Entity", "Person"], putin.Labels.Order(StringComparer.Ordinal));
        Assert.Equal("Vladimir Putin", putin.Properties["name"]);
        Assert.Equal("Person", putin.Properties["type"]);
        Assert.Equal("President", putin.Properties["title"]);
        Assert.Equal(new List<object?> { "Putin" }, putin.Properties["aliases"]);

        var article = (GraphNode)(await client.RunAsync("MATCH (a:Article) RETURN a", null, None)).Single("a")!;
        Assert.Equal("Putin meets Xi", article.Properties["title"]);
        Assert.Equal("BBC", article.Properties["source"]);
        Assert.Equal("https://example.org/1", article.Properties["url"]);
        Assert.Equal("2024-05-16", article.Properties["published"]);
        Assert.Equal("articles/one.txt", article.Properties["path"]);
        Assert.Equal(2L, await Scalar(client, "MATCH (:Article)-[m:MENTIONS]->(:Entity {id: 'person:vladimir-putin'}) RETURN m.count AS c"));

        var met = (GraphRelationship)(await client.RunAsync("MATCH (:Person)-[r:MET]->(:Person) RETURN r", null, None)).Single("r")!;
        Assert.Equal("MET", met.Type);
        Assert.Equal("person:vladimir-putin-MET->person:xi-jinping", met.Properties["id"]);
        Assert.Equal(2L, met.Properties["count"]);
        Assert.Equal(new List<object?> { TestGraphs.A1 }, met.Properties["articles"]);
        Assert.Equal(new List<object?> { "Putin met Xi in Beijing.", "The two leaders held talks." }, met.Properties["evidence"]);
        Assert.Equal(new List<object?> { "met-1", "talks-1" }, met.Properties["rules"]);
        Assert.Equal("040", met.Properties["cameo"]);
        Assert.Equal(1.0, Convert.ToDouble(met.Properties["goldstein"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(false, met.Properties["negated"]);
        Assert.False(met.Properties.ContainsKey("attributedTo"));
        Assert.Equal(0.9, (double)met.Properties["confidence"]!, 4);

        var criticized = (GraphRelationship)(await client.RunAsync("MATCH (:Country {id: 'country:chn'})-[r:CRITICIZED]->(:Country {id: 'country:rus'}) RETURN r", null, None)).Single("r")!;
        Assert.Equal(true, criticized.Properties["negated"]);
        Assert.Equal("Xi Jinping", criticized.Properties["attributedTo"]);
        Assert.Equal(-2.0, Convert.ToDouble(criticized.Properties["goldstein"], System.Globalization.CultureInfo.InvariantCulture));

        var leader = (GraphRelationship)(await client.RunAsync("MATCH ()-[r:LEADER_OF]->() RETURN r", null, None)).Single("r")!;
        Assert.Equal("President", leader.Properties["title"]);
        Assert.False(leader.Properties.ContainsKey("cameo"));
    }

    [Fact]
    public async Task Reloading_the_same_graph_leaves_identical_counts()
    {
        using var client = await server.ConnectAsync();
        var loader = new Neo4jLoader(client);
        await loader.LoadAsync(TestGraphs.First(), server.Schema, null, None);
        var before = await Counts.ReadAsync(client);
        var summary = await loader.LoadAsync(TestGraphs.First(), server.Schema, null, None);
        var after = await Counts.ReadAsync(client);

        Assert.Equal(before, after);
        Assert.Equal(new Counts(5, 8, before.Properties), after);
        Assert.Equal(0, summary.NodesCreated);
        Assert.Equal(5, summary.NodesUpdated);
        Assert.Equal(0, summary.RelationshipsCreated);
        Assert.Equal(8, summary.RelationshipsUpdated);
        Assert.Equal(2L, await Scalar(client, "MATCH ()-[r:MET]->() RETURN r.count AS c"));
    }

    [Fact]
    public async Task Loading_a_graph_of_another_article_adds_and_unions_provenance()
    {
        using var client = await server.ConnectAsync();
        var loader = new Neo4jLoader(client);
        await loader.LoadAsync(TestGraphs.First(), server.Schema, null, None);
        var summary = await loader.LoadAsync(TestGraphs.Second(), server.Schema, null, None);

        // New: article 2 and Moscow; Putin and Xi merged.
        Assert.Equal(2, summary.NodesCreated);
        Assert.Equal(2, summary.NodesUpdated);
        // New: 3 MENTIONS from article 2 and VISITED; MET merged.
        Assert.Equal(4, summary.RelationshipsCreated);
        Assert.Equal(1, summary.RelationshipsUpdated);
        var counts = await Counts.ReadAsync(client);
        Assert.Equal(7, counts.Nodes);
        Assert.Equal(12, counts.Relationships);

        var met = (GraphRelationship)(await client.RunAsync("MATCH ()-[r:MET]->() RETURN r", null, None)).Single("r")!;
        Assert.Equal(3L, met.Properties["count"]);
        Assert.Equal(new List<object?> { TestGraphs.A1, TestGraphs.A2 }, met.Properties["articles"]);
        Assert.Equal(
            new List<object?> { "Putin met Xi in Beijing.", "The two leaders held talks.", "Xi met Putin again." },
            met.Properties["evidence"]);
        Assert.Equal(new List<object?> { "met-1", "talks-1" }, ((IEnumerable<object?>)met.Properties["rules"]!).Order().ToList());
        var aliases = (IEnumerable<object?>)(await client.RunAsync("MATCH (e {id: 'person:vladimir-putin'}) RETURN e.aliases AS a", null, None)).Single("a")!;
        Assert.Equal(["Putin", "Vladimir Vladimirovich Putin"], aliases.Cast<string>().Order(StringComparer.Ordinal));

        // Either order, and again: the same end state.
        await loader.LoadAsync(TestGraphs.First(), server.Schema, null, None);
        await loader.LoadAsync(TestGraphs.Second(), server.Schema, null, None);
        Assert.Equal(counts, await Counts.ReadAsync(client));
        Assert.Equal(3L, await Scalar(client, "MATCH ()-[r:MET]->() RETURN r.count AS c"));
    }

    [Fact]
    public async Task Batches_that_split_an_article_s_mentions_load_the_same_graph()
    {
        const string mentions = "MATCH (a:Article)-[m:MENTIONS]->(e:Entity) RETURN a.id + ' ' + e.id + ' ' + toString(m.count) AS m ORDER BY m";
        using var client = await server.ConnectAsync();
        await new Neo4jLoader(client).LoadAsync(TestGraphs.First(), server.Schema, null, None);
        await new Neo4jLoader(client).LoadAsync(TestGraphs.Second(), server.Schema, null, None);
        var whole = await Counts.ReadAsync(client);
        var wholeMentions = (await client.RunAsync(mentions, null, None)).Rows.Select(r => r[0]).ToList();
        await server.CleanAsync();

        using var small = await server.ConnectAsync(batchSize: 3);
        var summary = await new Neo4jLoader(small).LoadAsync(TestGraphs.First(), server.Schema, null, None);
        Assert.Equal(8, summary.RelationshipsCreated);
        await new Neo4jLoader(small).LoadAsync(TestGraphs.Second(), server.Schema, null, None);
        await new Neo4jLoader(small).LoadAsync(TestGraphs.Second(), server.Schema, null, None);
        Assert.Equal(whole, await Counts.ReadAsync(client));
        Assert.Equal(wholeMentions, (await client.RunAsync(mentions, null, None)).Rows.Select(r => r[0]).ToList());
        Assert.Equal(7, wholeMentions.Count);
    }

    [Fact]
    public async Task Evidence_is_capped_but_count_is_not()
    {
        using var client = await server.ConnectAsync(evidenceCap: 1);
        await new Neo4jLoader(client).LoadAsync(TestGraphs.First(), server.Schema, null, None);
        await new Neo4jLoader(client).LoadAsync(TestGraphs.Second(), server.Schema, null, None);
        var met = (GraphRelationship)(await client.RunAsync("MATCH ()-[r:MET]->() RETURN r", null, None)).Single("r")!;
        Assert.Single((IEnumerable<object?>)met.Properties["evidence"]!);
        Assert.Equal(3L, met.Properties["count"]);
    }

    [Theory]
    [InlineData("O'Brien \"the\" `boss`")]
    [InlineData("}) MATCH (n) DETACH DELETE n //")]
    [InlineData("back\\slash \\u0041 and\nnew line\r\n and {braces} $rows")]
    [InlineData("' + x + '`]->(m) CREATE (:Evil)")]
    public async Task Names_that_look_like_cypher_are_stored_verbatim(string name)
    {
        var g = new KnowledgeGraph();
        g.AddDocument(new Core.Model.Article("doc'`}", "p\\ath", name, "t", name, name, name));
        var a = TestGraphs.Person(g, "person:" + name, name, name + " alias");
        a.Properties["title"] = name;
        var b = TestGraphs.Person(g, "person:other", "Other", "O");
        var r = g.AddRelation(new Core.Model.RelationKey("MET", a.Id, b.Id, false, a.Id), symmetric: true);
        g.AddEvidence(r, new Core.Model.Evidence("doc'`}", 0, 0, 1, name, "rule`'"), 0.5);
        TestGraphs.Mention(a, "doc'`}", 0);

        using var client = await server.ConnectAsync();
        await new Neo4jLoader(client).LoadAsync(g, server.Schema, null, None);

        var stored = await client.RunAsync(
            "MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.title AS title, e.aliases AS aliases",
            new Dictionary<string, object?> { ["id"] = "person:" + name }, None);
        Assert.Single(stored.Rows);
        Assert.Equal(name, stored.Single("name"));
        Assert.Equal(name, stored.Single("title"));
        Assert.Equal(new List<object?> { name + " alias" }, stored.Single("aliases"));
        var rel = await client.RunAsync("MATCH ()-[r:MET]->() RETURN r.evidence AS ev, r.attributedTo AS by, r.rules AS rules", null, None);
        Assert.Equal(new List<object?> { name }, rel.Single("ev"));
        Assert.Equal(name, rel.Single("by"));
        Assert.Equal(new List<object?> { "rule`'" }, rel.Single("rules"));
        Assert.Equal(name, (await client.RunAsync("MATCH (a:Article) RETURN a.title AS t", null, None)).Single("t"));
        var counts = await Counts.ReadAsync(client);
        Assert.Equal(3, counts.Nodes);
        Assert.Equal(2, counts.Relationships);
        Assert.Equal(0L, await Scalar(client, "MATCH (n:Evil) RETURN count(n) AS c"));
    }

    [Fact]
    public async Task A_relation_type_the_schema_does_not_declare_is_refused_before_anything_is_sent()
    {
        var g = new KnowledgeGraph();
        var a = TestGraphs.Person(g, "person:a", "A", "A");
        var b = TestGraphs.Person(g, "person:b", "B", "B");
        g.AddRelation(new Core.Model.RelationKey("KNOWS`]->() DETACH DELETE n //", a.Id, b.Id, false, null), symmetric: false);
        using var client = await server.ConnectAsync();
        var e = await Assert.ThrowsAsync<Neo4jException>(() => new Neo4jLoader(client).LoadAsync(g, server.Schema, null, None));
        Assert.Equal(Neo4jErrors.UndeclaredType, e.Code);
        Assert.Equal(0, (await Counts.ReadAsync(client)).Nodes);
    }

    [Fact]
    public async Task Progress_reports_every_row_and_summary_counts_batches()
    {
        using var client = await server.ConnectAsync(batchSize: 7);
        var reports = new List<LoadProgress>();
        var graph = TestGraphs.Ring(50);
        var summary = await new Neo4jLoader(client).LoadAsync(graph, server.Schema, new SyncProgress<LoadProgress>(reports.Add), None);
        Assert.Equal(1 + 50 + 50, reports[^1].RowsTotal);
        Assert.Equal(reports[^1].RowsTotal, reports[^1].RowsDone);
        Assert.Equal(1 + 8 + 8, summary.Batches);
        Assert.Equal(51, summary.NodesCreated);
        Assert.Equal(50, summary.RelationshipsCreated);
    }

    internal static async Task<long> Scalar(Neo4jClient client, string cypher) =>
        Convert.ToInt64((await client.RunAsync(cypher, null, None)).Rows[0][0], System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Node, relationship and property counts of the whole database.</summary>
internal sealed record Counts(long Nodes, long Relationships, long Properties)
{
    public static async Task<Counts> ReadAsync(Neo4jClient client)
    {
        var nodes = await LoaderTests.Scalar(client, "MATCH (n) RETURN count(n) AS c");
        var rels = await LoaderTests.Scalar(client, "MATCH ()-[r]->() RETURN count(r) AS c");
        var nodeProps = await LoaderTests.Scalar(client, "MATCH (n) RETURN coalesce(sum(size(keys(n))), 0) AS c");
        var relProps = await LoaderTests.Scalar(client, "MATCH ()-[r]->() RETURN coalesce(sum(size(keys(r))), 0) AS c");
        return new Counts(nodes, rels, nodeProps + relProps);
    }
}

/// <summary>Reports synchronously, unlike <see cref="Progress{T}"/>, so a test sees every report in order.</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
