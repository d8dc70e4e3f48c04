using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Core.Graph;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Export.GraphMl;

namespace Graph.Export.Tests;

/// <summary>
/// Reads the exported GraphML with the two libraries analysts actually use, NetworkX and igraph,
/// and checks every node, edge and attribute value they report. Runs the Debian system Python
/// (/usr/bin/python3), not whatever pyenv puts on PATH, because scripts/setup-python.sh installs
/// the modules there. Missing modules fail the test (locally and with CI=true alike) with a
/// message saying to run that script: a skipped check would go unnoticed.
/// </summary>
public sealed class GraphMlPythonTests
{
    private const string Python = "/usr/bin/python3";

    [Fact]
    public void NetworkXAndIgraphReadEveryNodeEdgeAndAttribute()
    {
        var graph = TestGraph.Build();
        var schema = TestGraph.Schema();
        using var folder = new TempFolder();
        var file = folder.File("graph.graphml");
        new GraphMlWriter(schema).WriteFile(graph, file);

        using var summary = JsonDocument.Parse(RunChecker(file));
        var networkx = summary.RootElement.GetProperty("networkx");
        var igraph = summary.RootElement.GetProperty("igraph");
        Assert.True(networkx.GetProperty("directed").GetBoolean());
        Assert.False(networkx.GetProperty("multigraph").GetBoolean());
        Assert.True(igraph.GetProperty("directed").GetBoolean());

        var expectedNodes = graph.Entities.ToDictionary(e => e.Id, NodeAttributes);
        var expectedEdges = graph.Relations.ToDictionary(r => r.Id, r => EdgeAttributes(graph, schema, r));

        foreach (var (library, result) in new[] { ("networkx", networkx), ("igraph", igraph) })
        {
            var exact = library == "networkx";
            var nodes = result.GetProperty("nodes").EnumerateObject().ToList();
            Assert.Equal(expectedNodes.Keys.Order(StringComparer.Ordinal), nodes.Select(n => n.Name).Order(StringComparer.Ordinal));
            foreach (var node in nodes)
            {
                CompareAttributes($"{library} node {node.Name}", expectedNodes[node.Name], node.Value, exact, ignore: null);
            }

            var edges = result.GetProperty("edges").EnumerateArray().ToList();
            Assert.Equal(graph.Relations.Count, edges.Count);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var edge in edges)
            {
                var attributes = edge.GetProperty("attributes");
                var relationId = attributes.GetProperty("relationId").GetString()!;
                Assert.True(seen.Add(relationId), $"{library}: edge {relationId} read twice");
                var relation = graph.Relations.Single(r => r.Id == relationId);
                Assert.Equal(relation.Source.Id, edge.GetProperty("source").GetString());
                Assert.Equal(relation.Target.Id, edge.GetProperty("target").GetString());
                // Both libraries keep the GraphML edge id as an "id" attribute.
                Assert.Equal(XmlChars.Token(relation.Id), attributes.GetProperty("id").GetString());
                CompareAttributes($"{library} edge {relationId}", expectedEdges[relationId], attributes, exact, ignore: "id");
            }
        }
    }

    private static Dictionary<string, object> NodeAttributes(Entity entity)
    {
        var expected = new Dictionary<string, object>
        {
            ["label"] = WithoutControlChars(entity.Name),
            ["type"] = entity.Type,
            ["mentions"] = entity.Mentions.Count,
        };
        if (entity.Aliases.Count > 0)
        {
            expected["aliases"] = string.Join(";", entity.Aliases);
        }
        foreach (var (name, value) in entity.Properties)
        {
            expected[name] = value;
        }
        return expected;
    }

    private static Dictionary<string, object> EdgeAttributes(IKnowledgeGraph graph, GraphSchema schema, Relation relation)
    {
        var evidence = relation.Evidence
            .OrderBy(e => e.Document, StringComparer.Ordinal).ThenBy(e => e.Start)
            .Select(e => Regex.Replace(WithoutControlChars(e.Text), @"\s*[\r\n]+\s*", " "))
            .Distinct();
        var expected = new Dictionary<string, object>
        {
            ["relationId"] = relation.Id,
            ["type"] = relation.Type,
            ["interaction"] = relation.Type,
            ["confidence"] = relation.Confidence,
            ["negated"] = relation.Negated,
            ["evidence"] = string.Join("\n", evidence),
            ["articles"] = string.Join(";", relation.Evidence.Select(e => e.Document).Distinct().Order(StringComparer.Ordinal)),
            ["rules"] = string.Join(";", relation.Evidence.Select(e => e.Rule).Distinct().Order(StringComparer.Ordinal)),
        };
        if (relation.AttributedTo is { } by)
        {
            expected["attributedTo"] = graph.FindEntity(by)!.Name;
            expected["attributedToId"] = by;
        }
        if (schema.RelationType(relation.Type) is { Cameo: { } cameo, Goldstein: { } goldstein })
        {
            expected["cameo"] = cameo;
            expected["goldstein"] = goldstein;
        }
        foreach (var (name, value) in relation.Properties)
        {
            expected[name == "confidence" ? "prop_confidence" : name] = value;
        }
        return expected;
    }

    private static string WithoutControlChars(string text) => text.Replace("\u0001", "");

    /// <summary>
    /// NetworkX reports exactly the attributes an element has. igraph gives every element every
    /// attribute of its kind, filling gaps with "" (strings) or NaN (numbers, sent as null).
    /// </summary>
    private static void CompareAttributes(string what, Dictionary<string, object> expected, JsonElement actual, bool exact, string? ignore)
    {
        var actualNames = actual.EnumerateObject().Select(p => p.Name).Where(n => n != ignore).ToHashSet();
        if (exact)
        {
            Assert.True(actualNames.SetEquals(expected.Keys),
                $"{what}: attributes [{string.Join(", ", actualNames.Order())}] but expected [{string.Join(", ", expected.Keys.Order())}]");
        }
        else
        {
            Assert.True(actualNames.IsSupersetOf(expected.Keys), $"{what}: some attributes are missing");
        }
        foreach (var name in actualNames)
        {
            var value = actual.GetProperty(name);
            if (!expected.TryGetValue(name, out var want))
            {
                Assert.True(value.ValueKind == JsonValueKind.Null || value.ValueKind == JsonValueKind.String && value.GetString() == "",
                    $"{what}: attribute {name} should be empty but is {value}");
                continue;
            }
            switch (want)
            {
                case string s:
                    Assert.True(value.ValueKind == JsonValueKind.String, $"{what}.{name}: expected a string, got {value}");
                    Assert.Equal(s, value.GetString());
                    break;
                case bool b:
                    Assert.True(value.ValueKind is JsonValueKind.True or JsonValueKind.False, $"{what}.{name}: expected a boolean, got {value}");
                    Assert.Equal(b, value.GetBoolean());
                    break;
                case int i:
                    Assert.Equal(i, value.GetDouble());
                    break;
                case double d:
                    Assert.Equal(d, value.GetDouble());
                    break;
                default:
                    Assert.Fail($"unexpected expected-value type {want.GetType()}");
                    break;
            }
        }
    }

    private static string RunChecker(string graphMl)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Python", "check_graphml.py");
        if (!File.Exists(Python))
        {
            Assert.Fail($"{Python} not found: install python3 and run scripts/setup-python.sh");
        }
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(graphMl);
        // A user's PYTHONPATH or PYTHONHOME could point the system Python at other modules.
        start.Environment.Remove("PYTHONPATH");
        start.Environment.Remove("PYTHONHOME");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("check_graphml.py did not finish within 2 minutes");
        }
        if (process.ExitCode == 3)
        {
            Assert.Fail($"NetworkX/igraph are not installed for {Python}: run scripts/setup-python.sh. {stderr.Result.Trim()}");
        }
        Assert.True(process.ExitCode == 0, $"check_graphml.py failed with exit code {process.ExitCode}:\n{stderr.Result}");
        return stdout.Result;
    }
}
