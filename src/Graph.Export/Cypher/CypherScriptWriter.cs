using System.Text;
using Graph.Core.Graph;
using Graph.Core.Model;
using Graph.Core.Schema;
using static Graph.Export.Cypher.CypherSyntax;

namespace Graph.Export.Cypher;

/// <summary>
/// Writes a Cypher script for Neo4j 5 (cypher-shell or the Browser) that loads the graph. Every
/// statement is a MERGE on an id followed by SETs, so running the script twice, or after an
/// earlier version of the same graph, leaves one copy of everything with the latest values.
/// One statement per line, each ending in ";". <see cref="Statements"/> gives the same statements one by one,
/// for running them over an API rather than through cypher-shell.
/// </summary>
internal sealed class CypherScriptWriter
{
    public const int DefaultMaxEvidence = 5;

    private readonly GraphSchema? _schema;
    private readonly int _maxEvidence;

    /// <param name="schema">Gives CAMEO codes and Goldstein weights per relation type, when known.</param>
    /// <param name="maxEvidence">
    /// How many distinct evidence sentences to store on each relationship; the count and the
    /// article list always cover all of them. Keeps a heavily reported relation from becoming a
    /// multi-megabyte property.
    /// </param>
    public CypherScriptWriter(GraphSchema? schema = null, int maxEvidence = DefaultMaxEvidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxEvidence);
        _schema = schema;
        _maxEvidence = maxEvidence;
    }

    public void Write(IKnowledgeGraph graph, TextWriter writer)
    {
        foreach (var statement in Statements(graph))
        {
            writer.Write(statement.Text);
            writer.Write(";\n");
        }
    }

    /// <summary>
    /// The script's statements in order, without the terminating ";": the schema statements (Neo4j 4.4+
    /// syntax) first, then one MERGE statement per article, entity, mention pair and relation. All names
    /// are checked before the first statement is produced.
    /// </summary>
    public IEnumerable<CypherScriptStatement> Statements(IKnowledgeGraph graph)
    {
        // Names are checked before anything is produced, so a bad name never leaves half a script.
        var entityColumns = ExportNames.PropertyColumns(graph.Entities.SelectMany(e => e.Properties.Keys), ExportNames.EntityReserved)
            .ToDictionary(p => p.Key, p => Name(p.Value, "entity property"));
        var relationColumns = ExportNames.PropertyColumns(graph.Relations.SelectMany(r => ExportNames.OwnProperties(r).Select(p => p.Key)), ExportNames.RelationReserved)
            .ToDictionary(p => p.Key, p => Name(p.Value, "relation property"));
        var labels = graph.Entities.Select(e => e.Type).Distinct().ToDictionary(t => t, t => Name(t, "entity type"));
        var types = graph.Relations.Select(r => r.Type).Distinct().ToDictionary(t => t, t => Name(t, "relation type"));
        return Statements(graph, entityColumns, relationColumns, labels, types);
    }

    private IEnumerable<CypherScriptStatement> Statements(
        IKnowledgeGraph graph,
        Dictionary<string, string> entityColumns,
        Dictionary<string, string> relationColumns,
        Dictionary<string, string> labels,
        Dictionary<string, string> types)
    {
        foreach (var schemaStatement in SchemaStatements)
        {
            yield return new CypherScriptStatement(schemaStatement, IsSchema: true);
        }

        foreach (var article in graph.Documents)
        {
            yield return Data(
                $"MERGE (a:Article {{id: {String(article.Id)}}}) SET a.path = {String(article.Path)}, a.title = {String(article.Title)}, " +
                $"a.source = {String(article.Source)}, a.url = {String(article.Url)}, a.published = {String(article.Published)}");
        }

        var text = new StringBuilder();
        foreach (var entity in graph.Entities)
        {
            text.Clear();
            text.Append($"MERGE (e:Entity {{id: {String(entity.Id)}}}) SET e:{labels[entity.Type]}, e.name = {String(entity.Name)}, ");
            text.Append($"e.type = {String(entity.Type)}, e.aliases = {List(entity.Aliases)}");
            foreach (var (name, value) in entity.Properties)
            {
                text.Append($", e.{entityColumns[name]} = {String(value)}");
            }
            yield return Data(text.ToString());
        }

        foreach (var entity in graph.Entities)
        {
            foreach (var (document, count) in GraphOrder.MentionsPerArticle(entity))
            {
                yield return Data(
                    $"MATCH (a:Article {{id: {String(document)}}}), (e:Entity {{id: {String(entity.Id)}}}) " +
                    $"MERGE (a)-[m:MENTIONS]->(e) SET m.count = {Integer(count)}");
            }
        }

        foreach (var relation in graph.Relations)
        {
            yield return Data(RelationStatement(graph, relation, types[relation.Type], relationColumns));
        }
    }

    /// <summary>Constraints and index in Neo4j 4.4+ syntax; older servers need the ON ... ASSERT form instead.</summary>
    public static IReadOnlyList<string> SchemaStatements { get; } =
    [
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
        "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
        "CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
    ];

    private static CypherScriptStatement Data(string text) => new(text, IsSchema: false);

    public void WriteFile(IKnowledgeGraph graph, string path) => AtomicFile.WriteText(path, writer => Write(graph, writer));

    private string RelationStatement(IKnowledgeGraph graph, Relation relation, string type, Dictionary<string, string> columns)
    {
        var attributedTo = relation.AttributedTo is { } id ? graph.FindEntity(id)?.Name ?? id : null;
        var text = new StringBuilder();
        text.Append(
            $"MATCH (s:Entity {{id: {String(relation.Source.Id)}}}), (t:Entity {{id: {String(relation.Target.Id)}}}) " +
            $"MERGE (s)-[r:{type} {{id: {String(relation.Id)}}}]->(t) SET ");
        text.Append($"r.confidence = {Float(relation.Confidence)}, r.negated = {Boolean(relation.Negated)}, ");
        text.Append($"r.attributedTo = {String(attributedTo)}, r.attributedToId = {String(relation.AttributedTo)}, ");
        text.Append($"r.count = {Integer(relation.Evidence.Count)}, r.articles = {List(GraphOrder.Articles(relation))}, ");
        text.Append($"r.evidence = {List(GraphOrder.EvidenceTexts(relation).Take(_maxEvidence))}, r.rules = {List(GraphOrder.Rules(relation))}");
        var definition = _schema?.RelationType(relation.Type);
        if (definition?.Cameo is { } cameo)
        {
            text.Append($", r.cameo = {String(cameo)}");
        }
        if (definition?.Goldstein is { } goldstein)
        {
            text.Append($", r.goldstein = {Float(goldstein)}");
        }
        foreach (var (name, value) in ExportNames.OwnProperties(relation))
        {
            text.Append($", r.{columns[name]} = {String(value)}");
        }
        return text.ToString();
    }
}

/// <summary>One statement of the script, without its ";". Schema statements cannot share a transaction with data.</summary>
internal sealed record CypherScriptStatement(string Text, bool IsSchema);
