using System.Text;
using System.Xml;
using System.Xml.Linq;
using Graph.Core.Graph;
using Graph.Export.GraphMl;

namespace Graph.Export.Tests;

public sealed class GraphMlTests
{
    private static readonly XNamespace G = GraphMlWriter.Namespace;

    internal static byte[] Write(IKnowledgeGraph graph, bool withSchema = true)
    {
        using var stream = new MemoryStream();
        new GraphMlWriter(withSchema ? TestGraph.Schema() : null).Write(graph, stream);
        return stream.ToArray();
    }

    private static XDocument Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream);
    }

    [Fact]
    public void MatchesGoldenFile() => Golden.Check("graph.graphml", Write(TestGraph.Build()));

    [Fact]
    public void DeclaresNamespaceSchemaAndDirectedGraph()
    {
        var text = Encoding.UTF8.GetString(Write(TestGraph.Build()));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"", text);
        Assert.DoesNotContain("\r\n", text.Replace("&#xD;", ""));
        var root = Parse(Encoding.UTF8.GetBytes(text)).Root!;
        Assert.Equal(G + "graphml", root.Name);
        Assert.Equal(
            "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            root.Attribute(XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance") + "schemaLocation")?.Value);
        var graph = Assert.Single(root.Elements(G + "graph"));
        Assert.Equal("directed", graph.Attribute("edgedefault")?.Value);
    }

    [Fact]
    public void KeysAreDeclaredUpFrontWithPortableTypesAndNoGraphKeys()
    {
        var root = Parse(Write(TestGraph.Build())).Root!;
        var keys = root.Elements(G + "key").ToList();
        Assert.All(keys, k => Assert.Contains(k.Attribute("for")?.Value, new[] { "node", "edge" }));
        Assert.All(keys, k => Assert.Contains(k.Attribute("attr.type")?.Value, new[] { "boolean", "int", "long", "float", "double", "string" }));
        Assert.All(keys, k => XmlConvert.VerifyNCName(k.Attribute("id")!.Value));
        Assert.Equal(keys.Count, keys.Select(k => k.Attribute("id")!.Value).Distinct().Count());
        // Keys precede the graph element, as the GraphML schema requires.
        Assert.All(keys, k => Assert.True(k.IsBefore(root.Element(G + "graph")!)));

        var declared = keys.ToDictionary(k => k.Attribute("id")!.Value, k => k.Attribute("for")!.Value);
        foreach (var data in root.Descendants(G + "data"))
        {
            var key = data.Attribute("key")!.Value;
            Assert.True(declared.ContainsKey(key), $"undeclared key {key}");
            Assert.Equal(data.Parent!.Name.LocalName, declared[key]);
        }

        string[] expected =
        [
            "node:label:string", "node:type:string", "node:aliases:string", "node:mentions:int",
            "node:iso:string", "node:nationality:string", "node:year:string",
            "edge:relationId:string", "edge:type:string", "edge:interaction:string", "edge:confidence:double",
            "edge:negated:boolean", "edge:attributedTo:string", "edge:attributedToId:string", "edge:evidence:string",
            "edge:articles:string", "edge:rules:string", "edge:cameo:string", "edge:goldstein:double",
            "edge:prop_confidence:string", "edge:title:string", "edge:topic:string",
        ];
        Assert.Equal(expected, keys.Select(k => $"{k.Attribute("for")!.Value}:{k.Attribute("attr.name")!.Value}:{k.Attribute("attr.type")!.Value}"));
    }

    [Fact]
    public void EveryEntityAndRelationIsWrittenWithItsAttributes()
    {
        var graph = TestGraph.Build();
        var root = Parse(Write(graph)).Root!;
        var names = root.Elements(G + "key").ToDictionary(k => k.Attribute("id")!.Value, k => k.Attribute("attr.name")!.Value);
        Dictionary<string, string> Data(XElement e) =>
            e.Elements(G + "data").ToDictionary(d => names[d.Attribute("key")!.Value], d => d.Value);

        var nodes = root.Descendants(G + "node").ToList();
        Assert.Equal(graph.Entities.Select(e => e.Id), nodes.Select(n => n.Attribute("id")!.Value));
        foreach (var (entity, node) in graph.Entities.Zip(nodes))
        {
            var data = Data(node);
            Assert.Equal(entity.Name.Replace("\u0001", ""), data["label"]);
            Assert.Equal(entity.Type, data["type"]);
            Assert.Equal(entity.Mentions.Count.ToString(), data["mentions"]);
            Assert.Equal(string.Join(";", entity.Aliases), data.GetValueOrDefault("aliases", ""));
            foreach (var (name, value) in entity.Properties)
            {
                Assert.Equal(value, data[name]);
            }
        }

        var edges = root.Descendants(G + "edge").ToList();
        Assert.Equal(graph.Relations.Count, edges.Count);
        Assert.Equal(edges.Count, edges.Select(e => e.Attribute("id")!.Value).Distinct().Count());
        foreach (var (relation, edge) in graph.Relations.Zip(edges))
        {
            XmlConvert.VerifyNMTOKEN(edge.Attribute("id")!.Value);
            Assert.Equal(relation.Source.Id, edge.Attribute("source")!.Value);
            Assert.Equal(relation.Target.Id, edge.Attribute("target")!.Value);
            var data = Data(edge);
            Assert.Equal(relation.Id, data["relationId"]);
            Assert.Equal(relation.Type, data["type"]);
            Assert.Equal(relation.Type, data["interaction"]);
            Assert.Equal(relation.Confidence, XmlConvert.ToDouble(data["confidence"]));
            Assert.Equal(relation.Negated, XmlConvert.ToBoolean(data["negated"]));
            Assert.Equal(relation.AttributedTo, data.GetValueOrDefault("attributedToId"));
        }

        var signed = Data(edges.Single(e => e.Attribute("source")!.Value == TestGraph.Ukraine));
        Assert.Equal(TestGraph.GroupName, signed["attributedTo"]);
        Assert.Equal("The group said Ukraine never signed the MinskProtocol, 2014.", signed["evidence"]);
        Assert.Equal("057", signed["cameo"]);
        Assert.Equal("8", signed["goldstein"]);

        var visited = Data(edges.Single(e => e.Attribute("target")!.Value == TestGraph.OldTown));
        Assert.Equal(
            "Volodymyr Zelenskyy visited C:\\Kyiv `Old` Town on Monday.\nZelenskyy’s trip to the \"old\" town; it was short.",
            visited["evidence"]);
        Assert.Equal($"{TestGraph.DocA};{TestGraph.DocB}", visited["articles"]);
        Assert.Equal("visit-trip;visit-verb", visited["rules"]);

        var criticized = Data(edges.Single(e => e.Attribute("source")!.Value == TestGraph.Group));
        Assert.Equal("high", criticized["prop_confidence"]);
        Assert.Equal("0.75", criticized["confidence"]);
    }

    [Fact]
    public void ControlCharactersAreRemovedAndCarriageReturnsKept()
    {
        var graph = TestGraph.Build();
        graph.GetOrAddEntity("person:odd", "Person", "Odd\u0000\u001F\uFFFE\uD800Name\r\nX😀");
        var bytes = Write(graph);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain('\u0001', text);
        Assert.Contains("MinskProtocol, 2014", text);
        var node = Parse(bytes).Descendants(G + "node").Single(n => n.Attribute("id")!.Value == "person:odd");
        Assert.Equal("OddName\r\nX😀", node.Elements(G + "data").First().Value);
    }

    [Fact]
    public void WithoutSchemaThereAreNoCameoKeys()
    {
        var root = Parse(Write(TestGraph.Build(), withSchema: false)).Root!;
        Assert.DoesNotContain(root.Elements(G + "key"), k => k.Attribute("attr.name")!.Value is "cameo" or "goldstein");
    }

    [Fact]
    public void IdsThatAreNotTokensAreEscapedOneToOne()
    {
        Assert.Equal("country:ukraine", XmlChars.Token("country:ukraine"));
        Assert.Equal("a-MET-.003Eb.007Cnegated", XmlChars.Token("a-MET->b|negated"));
        Assert.Equal("a.002Eb", XmlChars.Token("a.b"));
        Assert.NotEqual(XmlChars.Token("a.b"), XmlChars.Token("a.002Eb"));
    }
}
