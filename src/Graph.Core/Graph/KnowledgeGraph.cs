using Graph.Core.Model;
using QuikGraph;

namespace Graph.Core.Graph;

/// <summary>
/// Entities and relations with their provenance, held in a QuikGraph bidirectional graph keyed by
/// canonical entity id. Adding the same entity or relation again merges into what is there.
/// </summary>
public sealed class KnowledgeGraph : IKnowledgeGraph
{
    private readonly BidirectionalGraph<Entity, Relation> _graph = new(allowParallelEdges: true);
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<RelationKey, Relation> _relations = [];
    private readonly Dictionary<string, Article> _documents = new(StringComparer.Ordinal);

    // Per relation, the best rule precision seen in each article: confidence counts independent
    // articles, not repeated sentences of one article.
    private readonly Dictionary<Relation, Dictionary<string, double>> _support = [];

    // Per relation, the source each supporting sentence is attributed to ("" for the narrator).
    private readonly Dictionary<Relation, HashSet<string>> _speakers = [];

    public IReadOnlyList<Article> Documents => _documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<Entity> Entities => _graph.Vertices.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<Relation> Relations => _graph.Edges.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

    public IBidirectionalGraph<Entity, Relation> Graph => _graph;

    public Entity? FindEntity(string id) => _entities.GetValueOrDefault(id);

    public int Degree(Entity entity) => _graph.InDegree(entity) + _graph.OutDegree(entity);

    /// <summary>Adds an article; returns false if an article with the same id is already there.</summary>
    public bool AddDocument(Article article) => _documents.TryAdd(article.Id, article);

    public bool HasDocument(string id) => _documents.ContainsKey(id);

    public Entity GetOrAddEntity(string id, string type, string name)
    {
        if (_entities.TryGetValue(id, out var existing))
        {
            return existing;
        }
        var entity = new Entity(id, type, name);
        _entities.Add(id, entity);
        _graph.AddVertex(entity);
        return entity;
    }

    /// <summary>
    /// Adds a relation or merges into the existing one with the same key. Symmetric relations are
    /// stored once per pair, with endpoints in id order.
    /// </summary>
    public Relation AddRelation(RelationKey key, bool symmetric)
    {
        if (symmetric && string.CompareOrdinal(key.Source, key.Target) > 0)
        {
            key = key with { Source = key.Target, Target = key.Source };
        }
        if (_relations.TryGetValue(key, out var existing))
        {
            return existing;
        }
        var source = _entities[key.Source];
        var target = _entities[key.Target];
        var relation = new Relation(RelationId(key), key, source, target);
        _relations.Add(key, relation);
        _graph.AddEdge(relation);
        return relation;
    }

    /// <summary>
    /// Records a supporting sentence and recomputes the relation's confidence and attribution: a
    /// relation is attributed to a source only while every sentence stating it is that source's.
    /// </summary>
    public void AddEvidence(Relation relation, Evidence evidence, double precision)
    {
        var attributedTo = evidence.AttributedTo;
        if (!_speakers.TryGetValue(relation, out var speakers))
        {
            speakers = new HashSet<string>(StringComparer.Ordinal);
            _speakers.Add(relation, speakers);
        }
        speakers.Add(attributedTo ?? "");
        relation.AttributedTo = speakers.Count == 1 && attributedTo is not null ? attributedTo : relation.Key.AttributedTo;

        if (!relation.Evidence.Contains(evidence))
        {
            relation.Evidence.Add(evidence);
            relation.Evidence.Sort(EvidenceOrder);
        }
        if (!_support.TryGetValue(relation, out var perArticle))
        {
            perArticle = new Dictionary<string, double>(StringComparer.Ordinal);
            _support.Add(relation, perArticle);
        }
        perArticle[evidence.Document] = Math.Max(perArticle.GetValueOrDefault(evidence.Document), precision);
        // Noisy-or over articles: each independent article that states the fact is another chance
        // that at least one reading is right.
        var doubt = perArticle.Values.Aggregate(1.0, (d, p) => d * (1 - p));
        relation.Confidence = Math.Round(1 - doubt, 4);
    }

    public static string RelationId(RelationKey key)
    {
        var id = $"{key.Source}-{key.Type}->{key.Target}";
        if (key.Negated)
        {
            id += "|negated";
        }
        if (key.AttributedTo is not null)
        {
            id += "|by:" + key.AttributedTo;
        }
        return id;
    }

    private static int EvidenceOrder(Evidence a, Evidence b)
    {
        var c = string.CompareOrdinal(a.Document, b.Document);
        if (c == 0)
        {
            c = a.Start.CompareTo(b.Start);
        }
        if (c == 0)
        {
            c = a.End.CompareTo(b.End);
        }
        return c != 0 ? c : string.CompareOrdinal(a.Rule, b.Rule);
    }
}
