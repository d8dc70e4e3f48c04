namespace Graph.Core.Model;

/// <summary>A mention as stored in the graph: which article, where in its original text, and how.</summary>
public sealed record MentionRecord(string Document, int Start, int End, string Text, MentionKind Kind);

/// <summary>A real-world entity: one node of the graph.</summary>
public sealed class Entity
{
    public Entity(string id, string type, string name)
    {
        Id = id;
        Type = type;
        Name = name;
    }

    public string Id { get; }

    public string Type { get; }

    public string Name { get; }

    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    public List<MentionRecord> Mentions { get; } = [];

    public override string ToString() => Id;
}
