using Graph.Core.Graph;
using Graph.Core.Model;
using Graph.Core.Schema;
using static Graph.Export.Cypher.CypherSyntax;

namespace Graph.Export.Cypher;

/// <summary>
/// Writes a Cypher script for Neo4j 5 (cypher-shell or the Browser) that loads the graph. Every
/// statement is a MERGE on an id followed by SETs, so running the script twice, or after an
/// earlier version of the same graph, leaves one copy of everything with the latest values.
/// One statement per line, each ending in ";".
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
        // Names are checked before anything is written, so a bad name never leaves half a script.
        var entityColumns = ExportNames.PropertyColumns(graph.Entities.SelectMany(e => e.Properties.Keys), ExportNames.EntityReserved)
            .ToDictionary(p => p.Key, p => Name(p.Value, "entity property"));
        var relationColumns = ExportNames.PropertyColumns(graph.Relations.SelectMany(r => ExportNames.OwnProperties(r).Select(p => p.Key)), ExportNames.RelationReserved)
            .ToDictionary(p => p.Key, p => Name(p.Value, "relation property"));
        var labels = graph.Entities.Select(e => e.Type).Distinct().ToDictionary(t => t, t => Name(t, "entity type"));
        var types = graph.Relations.Select(r => r.Type).Distinct().ToDictionary(t => t, t => Name(t, "relation type"));

        writer.Write("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;\n");
        writer.Write("CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;\n");
        writer.Write("CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);\n");

        foreach (var article in graph.Documents)
        {
            writer.Write(
                $"MERGE (a:Article {{id: {String(article.Id)}}}) SET a.path = {String(article.Path)}, a.title = {String(article.Title)}, " +
                $"a.source = {String(article.Source)}, a.url = {String(article.Url)}, a.published = {String(article.Published)};\n");
        }

        foreach (var entity in graph.Entities)
        {
            writer.Write($"MERGE (e:Entity {{id: {String(entity.Id)}}}) SET e:{labels[entity.Type]}, e.name = {String(entity.Name)}, ");
            writer.Write($"e.type = {String(entity.Type)}, e.aliases = {List(entity.Aliases)}");
            foreach (var (name, value) in entity.Properties)
            {
                writer.Write($", e.{entityColumns[name]} = {String(value)}");
            }
            writer.Write(";\n");
        }

        foreach (var entity in graph.Entities)
        {
            foreach (var (document, count) in GraphOrder.MentionsPerArticle(entity))
            {
                writer.Write(
                    $"MATCH (a:Article {{id: {String(document)}}}), (e:Entity {{id: {String(entity.Id)}}}) " +
                    $"MERGE (a)-[m:MENTIONS]->(e) SET m.count = {Integer(count)};\n");
            }
        }

        foreach (var relation in graph.Relations)
        {
            WriteRelation(writer, graph, relation, types[relation.Type], relationColumns);
        }
    }

    public void WriteFile(IKnowledgeGraph graph, string path) => AtomicFile.WriteText(path, writer => Write(graph, writer));

    private void WriteRelation(TextWriter writer, IKnowledgeGraph graph, Relation relation, string type, Dictionary<string, string> columns)
    {
        var attributedTo = relation.AttributedTo is { } id ? graph.FindEntity(id)?.Name ?? id : null;
        writer.Write(
            $"MATCH (s:Entity {{id: {String(relation.Source.Id)}}}), (t:Entity {{id: {String(relation.Target.Id)}}}) " +
            $"MERGE (s)-[r:{type} {{id: {String(relation.Id)}}}]->(t) SET ");
        writer.Write($"r.confidence = {Float(relation.Confidence)}, r.negated = {Boolean(relation.Negated)}, ");
        writer.Write($"r.attributedTo = {String(attributedTo)}, r.attributedToId = {String(relation.AttributedTo)}, ");
        writer.Write($"r.count = {Integer(relation.Evidence.Count)}, r.articles = {List(GraphOrder.Articles(relation))}, ");
        writer.Write($"r.evidence = {List(GraphOrder.EvidenceTexts(relation).Take(_maxEvidence))}, r.rules = {List(GraphOrder.Rules(relation))}");
        var definition = _schema?.RelationType(relation.Type);
        if (definition?.Cameo is { } cameo)
        {
            writer.Write($", r.cameo = {String(cameo)}");
        }
        if (definition?.Goldstein is { } goldstein)
        {
            writer.Write($", r.goldstein = {Float(goldstein)}");
        }
        foreach (var (name, value) in ExportNames.OwnProperties(relation))
        {
            writer.Write($", r.{columns[name]} = {String(value)}");
        }
        writer.Write(";\n");
    }
}
