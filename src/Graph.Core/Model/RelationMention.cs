namespace Graph.Core.Model;

/// <summary>
/// A relation as read from one sentence of one document, before the graph merges it with the
/// same relation read elsewhere. Endpoints are entity ids assigned by reference resolution.
/// </summary>
public sealed record RelationMention(
    string Type,
    string Source,
    string Target,
    int Sentence,
    string Rule,
    double Precision)
{
    public bool Negated { get; init; }

    public string? AttributedTo { get; init; }

    public IReadOnlyDictionary<string, string> Properties { get; init; } = EmptyProperties;

    private static readonly IReadOnlyDictionary<string, string> EmptyProperties = new Dictionary<string, string>();
}
