using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using Graph.Core.Graph;
using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Export.GraphMl;

/// <summary>
/// Writes GraphML 1.0 for Gephi, Cytoscape, yEd, NetworkX and igraph. Only the attribute types
/// all of them read (string, int, double, boolean) and no graph-level keys (Gephi rejects them).
/// Lists are flattened to strings: aliases, articles and rules joined with
/// <see cref="ListSeparator"/>, evidence sentences joined with <see cref="EvidenceSeparator"/>
/// (one sentence per line; line breaks inside a sentence become spaces). Empty lists and null
/// values are left out rather than written as empty strings.
/// </summary>
internal sealed partial class GraphMlWriter(GraphSchema? schema = null)
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    public const string SchemaLocation = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    public const string ListSeparator = ";";
    public const string EvidenceSeparator = "\n";

    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = AtomicFile.Utf8,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // A CR inside a name or sentence is written as &#xD; so parsers do not fold it into LF.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex LineBreaks();

    public void Write(IKnowledgeGraph graph, Stream stream)
    {
        var keys = new Keys(graph, schema);
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        // Written explicitly so the default namespace comes first, as in the GraphML primer.
        xml.WriteAttributeString("xmlns", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("schemaLocation", XsiNamespace, SchemaLocation);

        foreach (var key in keys.All)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", key.Id);
            xml.WriteAttributeString("for", key.For);
            xml.WriteAttributeString("attr.name", XmlChars.Clean(key.Name));
            xml.WriteAttributeString("attr.type", key.Type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var entity in graph.Entities)
        {
            WriteNode(xml, keys, entity);
        }
        foreach (var relation in graph.Relations)
        {
            WriteEdge(xml, keys, graph, relation);
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        stream.WriteByte((byte)'\n');
    }

    public void WriteFile(IKnowledgeGraph graph, string path) => AtomicFile.Write(path, stream => Write(graph, stream));

    private static void WriteNode(XmlWriter xml, Keys keys, Entity entity)
    {
        xml.WriteStartElement("node", Namespace);
        xml.WriteAttributeString("id", XmlChars.Token(entity.Id));
        Data(xml, "n_label", entity.Name);
        Data(xml, "n_type", entity.Type);
        if (entity.Aliases.Count > 0)
        {
            Data(xml, "n_aliases", string.Join(ListSeparator, entity.Aliases));
        }
        Data(xml, "n_mentions", entity.Mentions.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var (name, value) in entity.Properties)
        {
            Data(xml, keys.NodeProperty[name].Id, value);
        }
        xml.WriteEndElement();
    }

    private void WriteEdge(XmlWriter xml, Keys keys, IKnowledgeGraph graph, Relation relation)
    {
        xml.WriteStartElement("edge", Namespace);
        xml.WriteAttributeString("id", XmlChars.Token(relation.Id));
        xml.WriteAttributeString("source", XmlChars.Token(relation.Source.Id));
        xml.WriteAttributeString("target", XmlChars.Token(relation.Target.Id));
        Data(xml, "e_relationId", relation.Id);
        Data(xml, "e_type", relation.Type);
        Data(xml, "e_interaction", relation.Type);
        Data(xml, "e_confidence", XmlConvert.ToString(relation.Confidence));
        Data(xml, "e_negated", XmlConvert.ToString(relation.Negated));
        if (relation.AttributedTo is { } attributedTo)
        {
            Data(xml, "e_attributedTo", graph.FindEntity(attributedTo)?.Name ?? attributedTo);
            Data(xml, "e_attributedToId", attributedTo);
        }
        var evidence = GraphOrder.EvidenceTexts(relation);
        if (evidence.Count > 0)
        {
            Data(xml, "e_evidence", string.Join(EvidenceSeparator, evidence.Select(OneLine)));
            Data(xml, "e_articles", string.Join(ListSeparator, GraphOrder.Articles(relation)));
            Data(xml, "e_rules", string.Join(ListSeparator, GraphOrder.Rules(relation)));
        }
        var type = schema?.RelationType(relation.Type);
        if (type?.Cameo is { } cameo)
        {
            Data(xml, "e_cameo", cameo);
        }
        if (type?.Goldstein is { } goldstein)
        {
            Data(xml, "e_goldstein", XmlConvert.ToString(goldstein));
        }
        foreach (var (name, value) in ExportNames.OwnProperties(relation))
        {
            Data(xml, keys.EdgeProperty[name].Id, value);
        }
        xml.WriteEndElement();
    }

    private static string OneLine(string sentence) => LineBreaks().Replace(sentence, " ");

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlChars.Clean(value));
        xml.WriteEndElement();
    }

    private sealed record Key(string Id, string For, string Name, string Type);

    /// <summary>
    /// The key declarations: fixed ones, then one per property name used anywhere in the graph.
    /// Ids are readable ("n_label", "e_prop_title") and depend only on the names, so they are
    /// stable across runs; a property name that is not an identifier gets a numbered id instead.
    /// </summary>
    private sealed class Keys
    {
        public Keys(IKnowledgeGraph graph, GraphSchema? schema)
        {
            var nodes = new List<Key>
            {
                new("n_label", "node", "label", "string"),
                new("n_type", "node", "type", "string"),
                new("n_aliases", "node", "aliases", "string"),
                new("n_mentions", "node", "mentions", "int"),
            };
            NodeProperty = PropertyKeys("n", "node", graph.Entities.SelectMany(e => e.Properties.Keys), ExportNames.EntityReserved);

            var edges = new List<Key>
            {
                new("e_relationId", "edge", "relationId", "string"),
                new("e_type", "edge", "type", "string"),
                new("e_interaction", "edge", "interaction", "string"),
                new("e_confidence", "edge", "confidence", "double"),
                new("e_negated", "edge", "negated", "boolean"),
                new("e_attributedTo", "edge", "attributedTo", "string"),
                new("e_attributedToId", "edge", "attributedToId", "string"),
                new("e_evidence", "edge", "evidence", "string"),
                new("e_articles", "edge", "articles", "string"),
                new("e_rules", "edge", "rules", "string"),
            };
            // Declared only when some relation has a value, so a graph exported without a schema
            // carries no always-empty columns.
            var types = graph.Relations.Select(r => schema?.RelationType(r.Type)).ToList();
            if (types.Any(t => t?.Cameo is not null))
            {
                edges.Add(new("e_cameo", "edge", "cameo", "string"));
            }
            if (types.Any(t => t?.Goldstein is not null))
            {
                edges.Add(new("e_goldstein", "edge", "goldstein", "double"));
            }
            EdgeProperty = PropertyKeys("e", "edge", graph.Relations.SelectMany(r => ExportNames.OwnProperties(r).Select(p => p.Key)), ExportNames.RelationReserved);

            All = [.. nodes, .. NodeProperty.Values, .. edges, .. EdgeProperty.Values];
        }

        public IReadOnlyList<Key> All { get; }

        public IReadOnlyDictionary<string, Key> NodeProperty { get; }

        public IReadOnlyDictionary<string, Key> EdgeProperty { get; }

        private static SortedDictionary<string, Key> PropertyKeys(string prefix, string owner, IEnumerable<string> names, IReadOnlySet<string> reserved)
        {
            var keys = new SortedDictionary<string, Key>(StringComparer.Ordinal);
            var index = 0;
            foreach (var (name, attribute) in ExportNames.PropertyColumns(names, reserved))
            {
                var id = ExportNames.IsIdentifier(name) ? $"{prefix}_prop_{name}" : $"{prefix}_prop{index}";
                keys.Add(name, new Key(id, owner, attribute, "string"));
                index++;
            }
            return keys;
        }
    }
}
