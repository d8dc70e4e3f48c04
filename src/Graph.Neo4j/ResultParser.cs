using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Neo4j;

/// <summary>
/// Turns the JSON of the transactional endpoint (row + meta + graph) and of the Query API into
/// <see cref="CypherResult"/> values.
/// </summary>
internal static class ResultParser
{
    /// <summary>One element of <c>results</c> of the transactional endpoint.</summary>
    public static CypherResult FromTransactional(JsonObject result)
    {
        var columns = (result["columns"] as JsonArray ?? []).Select(c => c!.GetValue<string>()).ToList();
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var item in result["data"] as JsonArray ?? [])
        {
            if (item is not JsonObject data)
            {
                continue;
            }
            var row = data["row"] as JsonArray ?? [];
            var metas = new Queue<JsonNode?>();
            Flatten(data["meta"], metas);
            var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
            var relationships = new Dictionary<string, GraphRelationship>(StringComparer.Ordinal);
            if (data["graph"] is JsonObject graph)
            {
                foreach (var n in graph["nodes"] as JsonArray ?? [])
                {
                    var node = ParseGraphNode((JsonObject)n!);
                    nodes[node.Id] = node;
                }
                foreach (var r in graph["relationships"] as JsonArray ?? [])
                {
                    var rel = ParseGraphRelationship((JsonObject)r!);
                    relationships[rel.Id] = rel;
                }
            }
            var walker = new MetaWalker(metas, nodes, relationships);
            rows.Add(row.Select(walker.Value).ToList());
        }
        return new CypherResult(columns, rows, ParseStats(result["stats"] as JsonObject));
    }

    /// <summary>A Query API response body.</summary>
    public static CypherResult FromQueryApi(JsonObject body)
    {
        var data = body["data"] as JsonObject;
        var columns = (data?["fields"] as JsonArray ?? []).Select(c => c!.GetValue<string>()).ToList();
        var rows = (data?["values"] as JsonArray ?? [])
            .Select(r => (IReadOnlyList<object?>)(r as JsonArray ?? []).Select(QueryApiValue).ToList())
            .ToList();
        return new CypherResult(columns, rows, ParseCounters(body["counters"] as JsonObject));
    }

    public static QueryCounters ParseStats(JsonObject? stats) => stats is null ? QueryCounters.Zero : new QueryCounters
    {
        NodesCreated = Long(stats, "nodes_created"),
        NodesDeleted = Long(stats, "nodes_deleted"),
        RelationshipsCreated = Long(stats, "relationships_created"),
        RelationshipsDeleted = Long(stats, "relationship_deleted") + Long(stats, "relationships_deleted"),
        PropertiesSet = Long(stats, "properties_set"),
        LabelsAdded = Long(stats, "labels_added"),
        IndexesAdded = Long(stats, "indexes_added"),
        ConstraintsAdded = Long(stats, "constraints_added"),
    };

    private static QueryCounters ParseCounters(JsonObject? c) => c is null ? QueryCounters.Zero : new QueryCounters
    {
        NodesCreated = Long(c, "nodesCreated"),
        NodesDeleted = Long(c, "nodesDeleted"),
        RelationshipsCreated = Long(c, "relationshipsCreated"),
        RelationshipsDeleted = Long(c, "relationshipsDeleted"),
        PropertiesSet = Long(c, "propertiesSet"),
        LabelsAdded = Long(c, "labelsAdded"),
        IndexesAdded = Long(c, "indexesAdded"),
        ConstraintsAdded = Long(c, "constraintsAdded"),
    };

    private static long Long(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<long>(out var l) ? l : 0;

    private static void Flatten(JsonNode? meta, Queue<JsonNode?> into)
    {
        switch (meta)
        {
            case JsonArray array:
                foreach (var m in array)
                {
                    Flatten(m, into);
                }
                break;
            case JsonObject o when o["type"]?.GetValue<string>() is "path":
                break;
            default:
                into.Enqueue(meta);
                break;
        }
    }

    private static GraphNode ParseGraphNode(JsonObject n) => new(
        IdText(n["id"] ?? n["elementId"]),
        (n["labels"] as JsonArray ?? []).Select(l => l!.GetValue<string>()).ToList(),
        Map(n["properties"] as JsonObject));

    private static GraphRelationship ParseGraphRelationship(JsonObject r) => new(
        IdText(r["id"] ?? r["elementId"]),
        r["type"]?.GetValue<string>() ?? "",
        IdText(r["startNode"] ?? r["startNodeElementId"]),
        IdText(r["endNode"] ?? r["endNodeElementId"]),
        Map(r["properties"] as JsonObject));

    private static string IdText(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    private static Dictionary<string, object?> Map(JsonObject? o)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in o ?? [])
        {
            map[key] = Plain(value);
        }
        return map;
    }

    /// <summary>A JSON value as plain .NET values: no graph entities.</summary>
    public static object? Plain(JsonNode? node) => node switch
    {
        null => null,
        JsonArray a => a.Select(Plain).ToList(),
        JsonObject o => Map(o),
        JsonValue v => Scalar(v),
        _ => null,
    };

    private static object? Scalar(JsonValue v)
    {
        switch (v.GetValueKind())
        {
            case JsonValueKind.String:
                return v.GetValue<string>();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                if (v.TryGetValue<long>(out var l))
                {
                    return l;
                }
                return v.GetValue<double>();
            default:
                return null;
        }
    }

    private static object? QueryApiValue(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o when o.ContainsKey("elementId") && o.ContainsKey("labels") && o.ContainsKey("properties"):
                return ParseGraphNode(o);
            case JsonObject o when o.ContainsKey("elementId") && o.ContainsKey("type") && o.ContainsKey("startNodeElementId"):
                return ParseGraphRelationship(o);
            case JsonArray a:
                var items = a.Select(QueryApiValue).ToList();
                if (items.Count >= 1 && items.Count % 2 == 1 && items.Count > 1
                    && items.Where((_, i) => i % 2 == 0).All(x => x is GraphNode)
                    && items.Where((_, i) => i % 2 == 1).All(x => x is GraphRelationship))
                {
                    return new GraphPath(
                        items.Where((_, i) => i % 2 == 0).Cast<GraphNode>().ToList(),
                        items.Where((_, i) => i % 2 == 1).Cast<GraphRelationship>().ToList());
                }
                return items;
            case JsonObject o:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in o)
                {
                    map[key] = QueryApiValue(value);
                }
                return map;
            default:
                return Plain(node);
        }
    }

    /// <summary>
    /// Walks a row depth first, taking one meta entry per leaf (scalar, node or relationship), which is
    /// how the transactional endpoint lays out <c>meta</c>. Nodes and relationships get their labels and
    /// type from the <c>graph</c> part. A list of node, relationship, node... with path meta is a path.
    /// </summary>
    private sealed class MetaWalker(
        Queue<JsonNode?> metas,
        Dictionary<string, GraphNode> nodes,
        Dictionary<string, GraphRelationship> relationships)
    {
        public object? Value(JsonNode? node)
        {
            switch (node)
            {
                case JsonArray array:
                    var items = array.Select(Value).ToList();
                    return AsPath(items) ?? (object)items;
                case JsonObject o:
                    if (metas.TryPeek(out var meta) && meta is JsonObject m && Entity(o, m) is { } entity)
                    {
                        metas.Dequeue();
                        return entity;
                    }
                    var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var (key, value) in o)
                    {
                        map[key] = Value(value);
                    }
                    return map;
                default:
                    metas.TryDequeue(out _);
                    return Plain(node);
            }
        }

        private object? Entity(JsonObject value, JsonObject meta)
        {
            var id = IdText(meta["id"] ?? meta["elementId"]);
            var type = meta["type"]?.GetValue<string>();
            var properties = Map(value);
            if (type == "node")
            {
                var known = nodes.GetValueOrDefault(id);
                if (known is not null && SameProperties(known.Properties, properties))
                {
                    return known;
                }
                return known is null && nodes.Count == 0 ? new GraphNode(id, [], properties) : null;
            }
            if (type == "relationship")
            {
                var known = relationships.GetValueOrDefault(id);
                if (known is not null && SameProperties(known.Properties, properties))
                {
                    return known;
                }
                return known is null && relationships.Count == 0 ? new GraphRelationship(id, "", "", "", properties) : null;
            }
            return null;
        }

        private static bool SameProperties(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b) =>
            a.Count == b.Count && a.Keys.All(b.ContainsKey);

        private static GraphPath? AsPath(List<object?> items)
        {
            if (items.Count < 3 || items.Count % 2 == 0)
            {
                return null;
            }
            for (var i = 0; i < items.Count; i++)
            {
                if (i % 2 == 0 ? items[i] is not GraphNode : items[i] is not GraphRelationship)
                {
                    return null;
                }
            }
            var pathNodes = items.Where((_, i) => i % 2 == 0).Cast<GraphNode>().ToList();
            var rels = items.Where((_, i) => i % 2 == 1).Cast<GraphRelationship>().ToList();
            for (var i = 0; i < rels.Count; i++)
            {
                var ends = new[] { rels[i].StartId, rels[i].EndId };
                if (!ends.Contains(pathNodes[i].Id) || !ends.Contains(pathNodes[i + 1].Id))
                {
                    return null;
                }
            }
            return new GraphPath(pathNodes, rels);
        }
    }
}
