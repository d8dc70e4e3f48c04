using QuikGraph;

namespace Graph.Core.Model;

/// <summary>One sentence that states a relation, with the rule that read it there.</summary>
/// <summary>
/// One sentence stating a relation, with the rule that read it and, when the sentence reports
/// someone's claim ("Blinken said ..."), the id of the entity it is attributed to.
/// </summary>
public sealed record Evidence(string Document, int Sentence, int Start, int End, string Text, string Rule, string? AttributedTo = null);

/// <summary>
/// The identity of a relation: the same type, endpoints and polarity from many sentences or
/// articles is one relation. The extraction pipeline leaves <see cref="AttributedTo"/> null and
/// lets the graph derive the relation's attribution from its evidence; it is part of the key
/// only for graphs built by hand that want one edge per source.
/// </summary>
public readonly record struct RelationKey(string Type, string Source, string Target, bool Negated, string? AttributedTo);

/// <summary>A relation edge between two entities, with every sentence that supports it.</summary>
public sealed class Relation : IEdge<Entity>
{
    public Relation(string id, RelationKey key, Entity source, Entity target)
    {
        Id = id;
        Key = key;
        Source = source;
        Target = target;
        AttributedTo = key.AttributedTo;
    }

    public string Id { get; }

    public RelationKey Key { get; }

    public string Type => Key.Type;

    public Entity Source { get; }

    public Entity Target { get; }

    public bool Negated => Key.Negated;

    /// <summary>Who asserts the relation, when every supporting sentence is attributed to the same source.</summary>
    public string? AttributedTo { get; set; }

    public double Confidence { get; set; }

    public SortedDictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    public List<Evidence> Evidence { get; } = [];

    public override string ToString() => $"({Source.Id})-[{Type}]->({Target.Id})";
}
