namespace Graph.Core.Schema;

/// <summary>
/// Everything the schema folder declares, loaded and validated once. Immutable after loading;
/// extraction stages compile their matchers from it at start-up.
/// </summary>
public sealed class GraphSchema
{
    internal GraphSchema(
        string directory,
        IReadOnlyList<EntityTypeDefinition> entityTypes,
        IReadOnlyList<RelationTypeDefinition> relationTypes,
        IReadOnlyList<GazetteerEntry> gazetteer,
        IReadOnlyList<TitleDefinition> titles,
        IReadOnlyList<PatternDefinition> patterns,
        IReadOnlyList<SavedQuery> queries)
    {
        Directory = directory;
        EntityTypes = entityTypes;
        RelationTypes = relationTypes;
        Gazetteer = gazetteer;
        Titles = titles;
        Patterns = patterns;
        Queries = queries;
        _entityTypes = entityTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _relationTypes = relationTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _entries = gazetteer.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _titles = titles.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
    }

    private readonly Dictionary<string, EntityTypeDefinition> _entityTypes;
    private readonly Dictionary<string, RelationTypeDefinition> _relationTypes;
    private readonly Dictionary<string, GazetteerEntry> _entries;
    private readonly Dictionary<string, TitleDefinition> _titles;

    public string Directory { get; }

    public IReadOnlyList<EntityTypeDefinition> EntityTypes { get; }

    public IReadOnlyList<RelationTypeDefinition> RelationTypes { get; }

    public IReadOnlyList<GazetteerEntry> Gazetteer { get; }

    public IReadOnlyList<TitleDefinition> Titles { get; }

    public IReadOnlyList<PatternDefinition> Patterns { get; }

    public IReadOnlyList<SavedQuery> Queries { get; }

    public IReadOnlyList<CountryGroup> CountryGroups { get; init; } = [];

    public bool HasEntityType(string name) => _entityTypes.ContainsKey(name);

    public RelationTypeDefinition? RelationType(string name) => _relationTypes.GetValueOrDefault(name);

    public GazetteerEntry? Entry(string entityId) => _entries.GetValueOrDefault(entityId);

    /// <summary>The listed entity's <c>kind</c> property ("party", "capital", "region"...), if it has one.</summary>
    public string? KindOf(string entityId) => Entry(entityId)?.Properties.GetValueOrDefault("kind");

    /// <summary>A title's definition, found by its longest defined ending: "Culture Secretary" and "Shadow Home Secretary" are kinds of "Secretary" and "Home Secretary".</summary>
    public TitleDefinition? TitleDefinitionOf(string title)
    {
        for (var rest = title; ; rest = rest[(rest.IndexOf(' ') + 1)..])
        {
            if (_titles.GetValueOrDefault(rest) is { } definition)
            {
                return definition;
            }
            if (!rest.Contains(' ', StringComparison.Ordinal))
            {
                return null;
            }
        }
    }

    public static GraphSchema Load(string directory) => SchemaLoader.Load(directory);
}
