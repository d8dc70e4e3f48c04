using Graph.Core;
using Graph.Core.Graph;
using Graph.Core.Model;
using Graph.Export.Cypher;

namespace Graph.Export.Tests;

public sealed class CypherTests
{
    private static string Write(IKnowledgeGraph graph, int maxEvidence = CypherScriptWriter.DefaultMaxEvidence)
    {
        using var writer = new StringWriter();
        new CypherScriptWriter(TestGraph.Schema(), maxEvidence).Write(graph, writer);
        return writer.ToString();
    }

    [Fact]
    public void MatchesGoldenFile()
    {
        using var stream = new MemoryStream();
        using (var writer = AtomicFile.NewTextWriter(stream))
        {
            new CypherScriptWriter(TestGraph.Schema()).Write(TestGraph.Build(), writer);
        }
        Golden.Check("graph.cypher", stream.ToArray());
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData(@"C:\path\n", @"'C:\\path\\n'")]
    [InlineData("`tick` {brace}", "'`tick` {brace}'")]
    [InlineData("a\nb\rc\td", @"'a\nb\rc\td'")]
    [InlineData("x\u0001y\u001Fz\u007F", @"'x\u0001y\u001Fz\u007F'")]
    [InlineData("\u0000", @"'\u0000'")]
    [InlineData("line\u2028sep", @"'line\u2028sep'")]
    [InlineData("Zelenskyy’s 😀", "'Zelenskyy’s 😀'")]
    [InlineData("\\'", @"'\\\''")]
    [InlineData("", "''")]
    public void StringLiteralsAreEscaped(string value, string literal) => Assert.Equal(literal, CypherSyntax.String(value));

    // Attribute arguments are stored as UTF-8, which cannot hold an unpaired surrogate, so this
    // case is built at run time instead of in InlineData.
    [Fact]
    public void UnpairedSurrogatesAreEscaped() =>
        Assert.Equal(@"'lone \uD800 high \uDC00'", CypherSyntax.String("lone " + (char)0xD800 + " high " + (char)0xDC00));

    [Fact]
    public void NullAndListsAndNumbers()
    {
        Assert.Equal("null", CypherSyntax.String(null));
        Assert.Equal("['a', 'b\\'c']", CypherSyntax.List(["a", "b'c"]));
        Assert.Equal("[]", CypherSyntax.List([]));
        Assert.Equal("1.0", CypherSyntax.Float(1));
        Assert.Equal("-2.0", CypherSyntax.Float(-2));
        Assert.Equal("0.97", CypherSyntax.Float(0.97));
        Assert.Equal("1E-07", CypherSyntax.Float(1e-7));
        Assert.Equal("null", CypherSyntax.Float(double.NaN));
    }

    [Theory]
    [InlineData("Person")]
    [InlineData("LEADER_OF")]
    [InlineData("_x1")]
    public void IdentifiersAreBacktickQuoted(string name) => Assert.Equal($"`{name}`", CypherSyntax.Name(name, "label"));

    [Theory]
    [InlineData("Bad Label")]
    [InlineData("1st")]
    [InlineData("a`b")]
    [InlineData("x}) DETACH DELETE n //")]
    [InlineData("")]
    [InlineData("Straße")]
    public void InvalidIdentifiersAreRejected(string name)
    {
        var error = Assert.Throws<GraphException>(() => CypherSyntax.Name(name, "entity type"));
        Assert.Equal("GK0207", error.Code);
        Assert.Contains($"entity type '{name}'", error.Message);
    }

    [Fact]
    public void BadTypeFailsBeforeAnythingIsWritten()
    {
        var graph = TestGraph.Build();
        var a = graph.GetOrAddEntity("x:a", "Person", "A");
        var b = graph.GetOrAddEntity("x:b", "Person", "B");
        graph.AddRelation(new RelationKey("MET`]->() DETACH DELETE s //", a.Id, b.Id, false, null), symmetric: false);
        using var folder = new TempFolder();
        var path = folder.File("graph.cypher");
        var error = Assert.Throws<GraphException>(() => new CypherScriptWriter().WriteFile(graph, path));
        Assert.Equal("GK0207", error.Code);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void ScriptShapeAndCaps()
    {
        var script = Write(TestGraph.Build(), maxEvidence: 1);
        var lines = script.Split('\n');
        Assert.Equal("", lines[^1]);
        Assert.All(lines[..^1], l => Assert.EndsWith(";", l));
        Assert.Equal("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;", lines[0]);
        Assert.Equal("CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;", lines[1]);
        Assert.Equal("CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);", lines[2]);
        var visited = lines.Single(l => l.Contains("[r:`VISITED`"));
        Assert.Contains("r.count = 3, ", visited);
        Assert.Contains("r.evidence = ['Volodymyr Zelenskyy visited C:\\\\Kyiv `Old`\\nTown on Monday.'], ", visited);
        Assert.Contains("r.goldstein = 1.9", visited);
        var signed = lines.Single(l => l.Contains("[r:`SIGNED`"));
        Assert.Contains("r.negated = true, r.attributedTo = 'The \"Quote\" Group\\'s {Fund}', r.attributedToId = 'organization:the-quote-group-s-fund'", signed);
        Assert.Contains("r.goldstein = 8.0", signed);
        Assert.Contains("r.`prop_confidence` = 'high'", lines.Single(l => l.Contains("[r:`CRITICIZED`")));
        Assert.Contains("MERGE (a)-[m:MENTIONS]->(e) SET m.count = 2;", lines.Single(l => l.Contains($"(a:Article {{id: '{TestGraph.DocA}'}}), (e:Entity {{id: '{TestGraph.Zelenskyy}'}})")));
        Assert.Equal(0, Write(TestGraph.Build(), maxEvidence: 0).Split('\n').Count(l => l.Contains("r.evidence = ['")));
    }

    [Fact]
    public void OutputIsDeterministic() => Assert.Equal(Write(TestGraph.Build()), Write(TestGraph.Build()));
}
