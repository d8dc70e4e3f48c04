using System.Text;
using Graph.Core;
using Graph.Core.Graph;
using Graph.Export.Json;

namespace Graph.Export.Tests;

public sealed class JsonTests
{
    private static byte[] Write(IKnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        new GraphJsonWriter().Write(graph, stream);
        return stream.ToArray();
    }

    [Fact]
    public void MatchesGoldenFile() => Golden.Check("graph.json", Write(TestGraph.Build()));

    [Fact]
    public void ReadingAndWritingAgainGivesTheSameBytes()
    {
        var first = Write(TestGraph.Build());
        var read = new GraphJsonReader().Read(first, "graph.json");
        var second = Write(read);
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
        Assert.True(first.AsSpan().SequenceEqual(second));
    }

    [Fact]
    public void ReaderRestoresTheGraph()
    {
        var original = TestGraph.Build();
        var read = new GraphJsonReader().Read(Write(original), "graph.json");
        Assert.Equal(original.Documents.Select(d => d with { Text = "" }), read.Documents);
        var group = read.FindEntity(TestGraph.Group)!;
        Assert.Equal(TestGraph.GroupName, group.Name);
        Assert.Equal(["QG; the Fund"], group.Aliases);
        var signed = read.Relations.Single(r => r.Type == "SIGNED");
        Assert.True(signed.Negated);
        Assert.Equal(TestGraph.Group, signed.AttributedTo);
        Assert.Equal(0.6, signed.Confidence);
        Assert.Same(read.FindEntity(TestGraph.Ukraine), signed.Source);
        Assert.Equal("high", read.Relations.Single(r => r.Type == "CRITICIZED").Properties["confidence"]);
        // One sentence of the visit is the group's claim, the other the narrator's: the relation is
        // nobody's, and each sentence keeps its own speaker.
        var visited = read.Relations.Single(r => r.Type == "VISITED");
        Assert.Null(visited.AttributedTo);
        Assert.Equal([TestGraph.Group, null, null], visited.Evidence.OrderByDescending(e => e.Document == TestGraph.DocB).Select(e => e.AttributedTo));
    }

    [Fact]
    public void EmptyGraphRoundTrips()
    {
        var bytes = Write(TestGraph.Empty());
        Assert.Equal("{\n  \"documents\": [],\n  \"entities\": [],\n  \"relations\": []\n}\n", Encoding.UTF8.GetString(bytes));
        Assert.Equal(bytes, Write(new GraphJsonReader().Read(bytes, "empty.json")));
    }

    [Fact]
    public void WriteFileIsReadableByReadFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("out/graph.json");
        new GraphJsonWriter().WriteFile(TestGraph.Build(), path);
        Assert.Equal(Write(TestGraph.Build()), Write(new GraphJsonReader().ReadFile(path)));
        Assert.Equal(["graph.json"], Directory.GetFiles(folder.File("out")).Select(Path.GetFileName));
    }

    private static GraphException ReadError(string json) =>
        Assert.Throws<GraphException>(() => new GraphJsonReader().Read(Encoding.UTF8.GetBytes(json), "in/graph.json"));

    [Fact]
    public void MalformedJsonNamesFileAndLine()
    {
        var error = ReadError("{\n  \"documents\": [\n    {\"id\": \"a\",,}\n  ]\n}\n");
        Assert.Equal("GK0200", error.Code);
        Assert.StartsWith("in/graph.json:3:", error.Message);
        Assert.Contains("invalid JSON", error.Message);
        Assert.DoesNotContain("LineNumber", error.Message);
    }

    [Fact]
    public void TruncatedFileIsASyntaxError()
    {
        var full = Encoding.UTF8.GetString(Write(TestGraph.Build()));
        var error = ReadError(full[..(full.Length / 2)]);
        Assert.Equal("GK0200", error.Code);
        Assert.StartsWith("in/graph.json:", error.Message);
    }

    [Fact]
    public void MissingFieldNamesPathAndLine()
    {
        var error = ReadError("""
            {
              "documents": [],
              "entities": [
                { "id": "person:a", "type": "Person", "name": "A" },
                { "id": "person:b", "name": "B" }
              ],
              "relations": []
            }
            """);
        Assert.Equal("GK0201", error.Code);
        Assert.Equal("in/graph.json:5:5: $.entities[1]: missing required field 'type'", error.Message);
    }

    [Fact]
    public void RelationToUnknownEntityIsRejected()
    {
        var error = ReadError("""
            {
              "documents": [],
              "entities": [ { "id": "person:a", "type": "Person", "name": "A" } ],
              "relations": [
                { "id": "person:a-MET->person:zz", "type": "MET", "source": "person:a",
                  "target": "person:zz", "confidence": 0.5, "negated": false, "attributedTo": null }
              ]
            }
            """);
        Assert.Equal("GK0203", error.Code);
        Assert.Equal("in/graph.json:6:17: $.relations[0].target: target refers to unknown entity 'person:zz'", error.Message);
    }

    [Fact]
    public void EvidenceAttributedToAnUnknownEntityIsRejected()
    {
        var error = ReadError("""
            {
              "documents": [ { "id": "d1", "path": "a.txt", "title": "A", "source": null, "url": null, "published": null } ],
              "entities": [ { "id": "person:a", "type": "Person", "name": "A" }, { "id": "person:b", "type": "Person", "name": "B" } ],
              "relations": [
                { "id": "person:a-MET->person:b", "type": "MET", "source": "person:a", "target": "person:b",
                  "confidence": 0.5, "negated": false, "attributedTo": null,
                  "evidence": [ { "document": "d1", "sentence": 0, "start": 0, "end": 5, "text": "A met B.", "rule": "r",
                                  "attributedTo": "person:zz" } ] }
              ]
            }
            """);
        Assert.Equal("GK0203", error.Code);
        Assert.Equal("in/graph.json:8:39: $.relations[0].evidence[0].attributedTo: evidence is attributed to unknown entity 'person:zz'", error.Message);
    }

    [Fact]
    public void WrongTypeAndBadKindAreRejected()
    {
        var wrongType = ReadError("""{ "documents": [ { "id": 5, "path": "p", "title": "t" } ] }""");
        Assert.Equal("GK0202", wrongType.Code);
        Assert.Contains("$.documents[0].id: expected a string, found a number", wrongType.Message);

        var badKind = ReadError("""
            { "documents": [ { "id": "d", "path": "p", "title": "t" } ],
              "entities": [ { "id": "x:a", "type": "X", "name": "A",
                "mentions": [ { "document": "d", "start": 0, "end": 1, "text": "A", "kind": "Name" } ] } ] }
            """);
        Assert.Equal("GK0205", badKind.Code);
        Assert.Contains("$.entities[0].mentions[0].kind: unknown mention kind 'Name'", badKind.Message);
    }

    [Fact]
    public void InconsistentRelationIdIsRejected()
    {
        var error = ReadError("""
            { "entities": [ { "id": "a", "type": "X", "name": "A" }, { "id": "b", "type": "X", "name": "B" } ],
              "relations": [ { "id": "a-MET->b", "type": "MET", "source": "a", "target": "b",
                               "confidence": 1, "negated": true, "attributedTo": null } ] }
            """);
        Assert.Equal("GK0205", error.Code);
        Assert.Contains("expected 'a-MET->b|negated'", error.Message);
    }

    [Fact]
    public void MissingFileIsAFriendlyError()
    {
        var error = Assert.Throws<GraphException>(() => new GraphJsonReader().ReadFile("/nonexistent/graph.json"));
        Assert.Equal("GK0206", error.Code);
        Assert.Equal("/nonexistent/graph.json: file not found", error.Message);
    }

    [Fact]
    public void UnpairedSurrogateDoesNotBreakTheWriter()
    {
        var graph = TestGraph.Build();
        graph.GetOrAddEntity("person:odd", "Person", "Odd" + (char)0xD800 + "Name");
        var bytes = Write(graph);
        Assert.Equal(bytes, Write(new GraphJsonReader().Read(bytes, "graph.json")));
    }
}
