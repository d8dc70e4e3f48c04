using System.Diagnostics;
using System.Globalization;
using Graph.Core.Graph;
using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Neo4j;

/// <summary>How long loading the nodes and then the relationships of a graph took.</summary>
public sealed record LoadTimes(long Nodes, TimeSpan NodeTime, long Relationships, TimeSpan RelationshipTime)
{
    /// <summary>Seconds per stage (label, MENTIONS, relationship type), in load order, where known.</summary>
    public IReadOnlyList<(string Stage, double Seconds)> Stages { get; init; } = [];

    public double NodesPerSecond => Rate(Nodes, NodeTime);

    public double RelationshipsPerSecond => Rate(Relationships, RelationshipTime);

    public TimeSpan Total => NodeTime + RelationshipTime;

    public double RowsPerSecond => Rate(Nodes + Relationships, Total);

    private static double Rate(long count, TimeSpan time) => time.TotalSeconds > 0 ? count / time.TotalSeconds : 0;
}

/// <summary>
/// The pieces of <c>kgraph bench neo4j</c>: a deterministic generated graph, emptying the database between runs, and
/// the two loads compared: <see cref="Neo4jLoader"/> with all its properties and provenance, and the plainest
/// hand-written UNWIND ... MERGE over the same endpoint with the same batch size and the same constraints.
/// </summary>
public static class Neo4jBenchmark
{
    public const string BaselineNodes = "UNWIND $rows AS r MERGE (e:Entity {id: r.id}) SET e.name = r.name";

    /// <summary>Run as <see cref="CypherQueries.ForServer"/> says, like the loader's lookups.</summary>
    public const string BaselineRelationships = "UNWIND $rows AS r MATCH (s:Entity {id: r.s}), (t:Entity {id: r.t}) MERGE (s)-[x:REL {id: r.id}]->(t)";

    /// <summary>Deletes every node and relationship, a few thousand nodes per transaction so a large graph fits in memory.</summary>
    public static async Task ClearAsync(Neo4jClient client, CancellationToken ct)
    {
        while (true)
        {
            var result = await client.RunAsync(new CypherStatement("MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS c"), ct);
            if (Convert.ToInt64(result.Rows[0][0], CultureInfo.InvariantCulture) == 0)
            {
                return;
            }
        }
    }

    /// <summary>Nodes a load creates: articles and entities.</summary>
    public static long NodeCount(IKnowledgeGraph graph) => graph.Documents.Count + graph.Entities.Count;

    /// <summary>Relationships a load creates: one MENTIONS per entity and article it is mentioned in, one per relation.</summary>
    public static long RelationshipCount(IKnowledgeGraph graph)
    {
        var documents = graph.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return MentionPairs(graph, documents).LongCount() + graph.Relations.Count;
    }

    private static IEnumerable<(string Article, string Entity)> MentionPairs(IKnowledgeGraph graph, HashSet<string> documents) =>
        graph.Entities.SelectMany(e => e.Mentions
            .Select(m => m.Document)
            .Where(documents.Contains)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(d => (d, e.Id)));

    /// <summary>Our loader; the node phase ends when the last node row is committed, the rest is the relationship phase.</summary>
    public static async Task<LoadTimes> LoaderAsync(Neo4jClient client, IKnowledgeGraph graph, GraphSchema schema, CancellationToken ct)
    {
        var nodes = NodeCount(graph);
        var relationships = RelationshipCount(graph);
        var nodeEnd = TimeSpan.Zero;
        var stages = new List<(string Stage, double Seconds)>();
        var stageStart = TimeSpan.Zero;
        var last = TimeSpan.Zero;
        var current = "schema";
        var progress = new SyncProgress(p =>
        {
            if (p.Stage != current)
            {
                // A stage runs from the previous stage's last commit to its own last commit.
                stages.Add((current, (last - stageStart).TotalSeconds));
                current = p.Stage;
                stageStart = last;
            }
            last = p.Elapsed;
            if (p.RowsDone <= nodes && p.Stage != "schema")
            {
                nodeEnd = p.Elapsed;
            }
        });
        var summary = await new Neo4jLoader(client).LoadAsync(graph, schema, progress, ct);
        if (summary.NodesCreated != nodes || summary.RelationshipsCreated != relationships)
        {
            throw new InvalidOperationException(
                $"the loader created {summary.NodesCreated} nodes and {summary.RelationshipsCreated} relationships; expected {nodes} and {relationships}");
        }
        stages.Add((current, (summary.Elapsed - stageStart).TotalSeconds));
        return new LoadTimes(nodes, nodeEnd, relationships, summary.Elapsed - nodeEnd) { Stages = stages };
    }

    /// <summary>
    /// The baseline: every node as <c>(:Entity {id, name})</c> and every relationship as <c>[:REL {id}]</c>, with the
    /// plainest UNWIND ... MERGE, after the same constraints and index as the loader's.
    /// </summary>
    public static async Task<LoadTimes> BaselineAsync(Neo4jClient client, IKnowledgeGraph graph, CancellationToken ct)
    {
        var documents = graph.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var nodeRows = graph.Documents.Select(d => Row(("id", d.Id), ("name", d.Title)))
            .Concat(graph.Entities.Select(e => Row(("id", e.Id), ("name", e.Name))))
            .ToList();
        var relationshipRows = MentionPairs(graph, documents).Select(p => Row(("id", p.Article + "|" + p.Entity), ("s", p.Article), ("t", p.Entity)))
            .Concat(graph.Relations.Select(r => Row(("id", r.Id), ("s", r.Source.Id), ("t", r.Target.Id))))
            .ToList();

        var clock = Stopwatch.StartNew();
        await new Neo4jLoader(client).EnsureSchemaAsync(ct);
        long nodesCreated = await RunBatchesAsync(client, BaselineNodes, nodeRows, r => r.Counters.NodesCreated, ct);
        var nodeTime = clock.Elapsed;
        long relationshipsCreated = await RunBatchesAsync(client, CypherQueries.ForServer(BaselineRelationships, client.Version), relationshipRows, r => r.Counters.RelationshipsCreated, ct);
        var total = clock.Elapsed;
        if (nodesCreated != nodeRows.Count || relationshipsCreated != relationshipRows.Count)
        {
            throw new InvalidOperationException(
                $"the baseline created {nodesCreated} nodes and {relationshipsCreated} relationships; expected {nodeRows.Count} and {relationshipRows.Count}");
        }
        return new LoadTimes(nodeRows.Count, nodeTime, relationshipRows.Count, total - nodeTime);
    }

    private static async Task<long> RunBatchesAsync(
        Neo4jClient client, string query, List<Dictionary<string, object?>> rows, Func<CypherResult, long> created, CancellationToken ct)
    {
        long total = 0;
        var size = client.Settings.BatchSize;
        for (var start = 0; start < rows.Count; start += size)
        {
            var batch = rows.GetRange(start, Math.Min(size, rows.Count - start));
            var result = await client.RunAsync(new CypherStatement(query, new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = batch }), ct);
            total += created(result);
        }
        return total;
    }

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    private static readonly string[] Syllables =
    [
        "al", "an", "ar", "ba", "bel", "bor", "ca", "chen", "da", "del", "dor", "el", "en", "fa", "fer", "ga", "gor", "ha", "han",
        "i", "in", "ja", "ka", "kov", "la", "len", "li", "ma", "mar", "mi", "na", "nov", "o", "or", "pa", "per", "ra", "ren", "ro",
        "sa", "sen", "ski", "ta", "ter", "to", "u", "va", "ver", "wa", "ya", "za", "zen",
    ];

    private static readonly string[] Words =
    [
        "the", "government", "said", "on", "Tuesday", "that", "talks", "with", "officials", "from", "both", "sides", "would",
        "continue", "after", "a", "meeting", "in", "capital", "minister", "announced", "agreement", "trade", "security", "new",
        "president", "visit", "week", "spokesman", "told", "reporters", "support", "deal", "leaders", "summit", "border", "and",
        "economic", "cooperation", "sanctions", "against", "criticised", "plan", "parliament", "vote", "later", "this", "month",
    ];

    private static readonly string[] Titles = ["President", "Prime Minister", "Foreign Minister", "Chancellor", "Chief Executive", "Ambassador", "Senator", "Governor"];

    /// <summary>
    /// A deterministic graph of the given size with news-like property sizes: names of two or three generated words,
    /// one or two aliases, titles and ISO codes, articles with titles, URLs and dates, one to three mentioning articles per
    /// entity, and relations of the schema's types between entities of the types they allow, each with one to three
    /// evidence sentences of 80 to 200 characters.
    /// </summary>
    public static KnowledgeGraph Generate(GraphSchema schema, int entities, int relations, int articles, int seed = 20240516)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(entities, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(relations);
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 1);
        var random = new Random(seed);
        var graph = new KnowledgeGraph();
        var articleIds = new string[articles];
        for (var i = 0; i < articles; i++)
        {
            var id = ((ulong)random.NextInt64()).ToString("x16", CultureInfo.InvariantCulture);
            articleIds[i] = id;
            var day = new DateOnly(2004, 1, 1).AddDays(random.Next(0, 7300));
            graph.AddDocument(new Article(id, $"news/{i / 1000:D3}/{i:D6}.txt", Capitalize(Sentence(random, 6, 12)), "",
                "Generated News", $"https://news.example.org/{day:yyyy/MM/dd}/{id}", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        var types = schema.EntityTypes.Select(t => t.Name).ToList();
        double[] weights = types.Select(t => t switch
        {
            "Person" => 0.45,
            "Organization" => 0.25,
            "Location" => 0.18,
            "Treaty" => 0.09,
            "Country" => 0.03,
            _ => 0.05,
        }).ToArray();
        var byType = types.ToDictionary(t => t, _ => new List<Entity>(), StringComparer.Ordinal);
        var all = new List<Entity>(entities);
        for (var i = 0; i < entities; i++)
        {
            var type = Pick(random, types, weights);
            var name = type == "Person" ? $"{Name(random)} {Name(random)}" : $"{Name(random)} {Name(random)}{(random.Next(3) == 0 ? " " + Name(random) : "")}";
            var entity = graph.GetOrAddEntity($"{type.ToLowerInvariant()}:{Slug(name)}-{i}", type, name);
            entity.Aliases.Add(name.Split(' ')[^1]);
            if (random.Next(2) == 0)
            {
                entity.Aliases.Add(string.Concat(name.Split(' ').Select(w => w[0])).ToUpperInvariant());
            }
            switch (type)
            {
                case "Person":
                    entity.Properties["title"] = Titles[random.Next(Titles.Length)];
                    break;
                case "Country":
                    entity.Properties["iso"] = string.Concat(Enumerable.Range(0, 3).Select(_ => (char)('A' + random.Next(26))));
                    break;
            }
            var mentioned = random.Next(1, 4);
            for (var m = 0; m < mentioned; m++)
            {
                var document = articleIds[random.Next(articles)];
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    var start = random.Next(0, 5000);
                    entity.Mentions.Add(new MentionRecord(document, start, start + name.Length, name, MentionKind.Name));
                }
            }
            byType[type].Add(entity);
            all.Add(entity);
        }

        var relationTypes = schema.RelationTypes;
        var added = 0;
        while (added < relations)
        {
            var definition = relationTypes[random.Next(relationTypes.Count)];
            var source = PickEntity(random, definition.From, byType, all);
            var target = PickEntity(random, definition.To, byType, all);
            if (ReferenceEquals(source, target))
            {
                continue;
            }
            var negated = random.Next(20) == 0;
            var attributedTo = random.Next(10) == 0 && byType.TryGetValue("Person", out var people) && people.Count > 0
                ? people[random.Next(people.Count)].Id
                : null;
            var relation = graph.AddRelation(new RelationKey(definition.Name, source.Id, target.Id, negated, attributedTo), definition.Symmetric);
            if (relation.Evidence.Count > 0)
            {
                continue;
            }
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                var text = Capitalize($"{Sentence(random, 3, 8)} {source.Name} {Sentence(random, 2, 6)} {target.Name} {Sentence(random, 4, 14)}.");
                var start = random.Next(0, 5000);
                graph.AddEvidence(relation, new Evidence(articleIds[random.Next(articles)], random.Next(0, 40), start, start + text.Length, text,
                    $"{definition.Name.ToLowerInvariant()}-{random.Next(1, 4)}"), 0.5 + (random.NextDouble() * 0.49));
            }
            added++;
        }
        return graph;
    }

    private static Entity PickEntity(Random random, IReadOnlyList<string> allowed, Dictionary<string, List<Entity>> byType, List<Entity> all)
    {
        if (allowed.Count > 0)
        {
            var type = allowed[random.Next(allowed.Count)];
            if (byType.TryGetValue(type, out var pool) && pool.Count > 0)
            {
                return pool[random.Next(pool.Count)];
            }
        }
        return all[random.Next(all.Count)];
    }

    private static string Pick(Random random, List<string> items, double[] weights)
    {
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < items.Count; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return items[i];
            }
        }
        return items[^1];
    }

    private static string Name(Random random) =>
        Capitalize(string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)])));

    private static string Sentence(Random random, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Words[random.Next(Words.Length)]));

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');

    private sealed class SyncProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
