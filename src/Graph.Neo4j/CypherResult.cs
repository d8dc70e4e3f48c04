namespace Graph.Neo4j;

/// <summary>A Cypher statement with its parameters. Every value a user or a graph supplies goes in a parameter.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?>? Parameters = null);

/// <summary>A node in a result: labels and properties.</summary>
public sealed record GraphNode(string Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties)
{
    public string? Name => Properties.GetValueOrDefault("name") as string ?? Properties.GetValueOrDefault("title") as string;
}

/// <summary>A relationship in a result.</summary>
public sealed record GraphRelationship(
    string Id, string Type, string StartId, string EndId, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A path: nodes and the relationships between them, in order.</summary>
public sealed record GraphPath(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships);

/// <summary>What a statement changed, from the server's counters.</summary>
public sealed record QueryCounters
{
    public long NodesCreated { get; init; }

    public long NodesDeleted { get; init; }

    public long RelationshipsCreated { get; init; }

    public long RelationshipsDeleted { get; init; }

    public long PropertiesSet { get; init; }

    public long LabelsAdded { get; init; }

    public long IndexesAdded { get; init; }

    public long ConstraintsAdded { get; init; }

    public static QueryCounters Zero { get; } = new();

    public QueryCounters Add(QueryCounters other) => new()
    {
        NodesCreated = NodesCreated + other.NodesCreated,
        NodesDeleted = NodesDeleted + other.NodesDeleted,
        RelationshipsCreated = RelationshipsCreated + other.RelationshipsCreated,
        RelationshipsDeleted = RelationshipsDeleted + other.RelationshipsDeleted,
        PropertiesSet = PropertiesSet + other.PropertiesSet,
        LabelsAdded = LabelsAdded + other.LabelsAdded,
        IndexesAdded = IndexesAdded + other.IndexesAdded,
        ConstraintsAdded = ConstraintsAdded + other.ConstraintsAdded,
    };
}

/// <summary>
/// The result of one statement. Values are null, bool, long, double, string, lists
/// (<see cref="IReadOnlyList{T}"/> of object?), maps (<see cref="IReadOnlyDictionary{TKey,TValue}"/>),
/// <see cref="GraphNode"/>, <see cref="GraphRelationship"/> or <see cref="GraphPath"/>.
/// </summary>
public sealed record CypherResult(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    QueryCounters Counters)
{
    public object? Single(string column) => Rows.Count == 0 ? null : Rows[0][IndexOf(column)];

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }
        throw new ArgumentException($"no column '{column}' in the result", nameof(column));
    }
}
