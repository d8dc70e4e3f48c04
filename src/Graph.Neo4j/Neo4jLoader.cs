using System.Diagnostics;
using Graph.Core.Graph;
using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Neo4j;

/// <summary>How far a load has come: rows sent and committed out of all rows, and the current stage.</summary>
public sealed record LoadProgress(string Stage, long RowsDone, long RowsTotal, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? RowsDone / Elapsed.TotalSeconds : 0;
}

/// <summary>What a load did. Updated = merged into something that was already there.</summary>
public sealed record LoadSummary(
    long NodesCreated,
    long NodesUpdated,
    long RelationshipsCreated,
    long RelationshipsUpdated,
    long PropertiesSet,
    int Batches,
    TimeSpan Elapsed,
    string ServerVersion)
{
    public long Nodes => NodesCreated + NodesUpdated;

    public long Relationships => RelationshipsCreated + RelationshipsUpdated;
}

/// <summary>
/// Loads a knowledge graph into Neo4j: constraints and index first, then articles, entity nodes per type,
/// MENTIONS, and relationships per type, in batches of <see cref="Neo4jSettings.BatchSize"/> rows with one
/// transaction per batch. Every batch is an idempotent MERGE, so a load cut short is completed by running it again.
/// </summary>
public sealed class Neo4jLoader(Neo4jClient client)
{
    private const string ArticleStage = "articles";
    private const string MentionStage = "mentions";

    /// <summary>
    /// Node batches sent at once. Each names nodes no other batch names, so two transactions never wait on each
    /// other, and the server works on one while the client sends the next. Two, not more: a small server has few
    /// processors for both, and the loader should not crowd out its other users.
    /// </summary>
    private const int NodeBatchesInFlight = 2;

    public async Task<LoadSummary> LoadAsync(
        IKnowledgeGraph graph, GraphSchema schema, IProgress<LoadProgress>? progress, CancellationToken ct)
    {
        var plan = Plan(graph, schema, client.Settings.EvidenceCap);
        var clock = Stopwatch.StartNew();
        var total = plan.Sum(p => (long)p.Rows.Count);
        long done = 0;
        progress?.Report(new LoadProgress("schema", 0, total, clock.Elapsed));
        await EnsureSchemaAsync(ct);

        long nodesCreated = 0, nodesUpdated = 0, relsCreated = 0, relsUpdated = 0, properties = 0;
        var batches = 0;
        var batchSize = client.Settings.BatchSize;
        var inFlight = new Queue<(Step Step, int Rows, Task<CypherResult> Result)>();

        // Counts a finished batch in the order batches were sent, so progress only moves forward.
        async Task FinishOldestAsync()
        {
            var (step, rows, pending) = inFlight.Dequeue();
            var result = await pending;
            batches++;
            properties += result.Counters.PropertiesSet;
            if (step.IsRelation)
            {
                relsCreated += result.Counters.RelationshipsCreated;
                relsUpdated += rows - result.Counters.RelationshipsCreated;
            }
            else
            {
                nodesCreated += result.Counters.NodesCreated;
                nodesUpdated += rows - result.Counters.NodesCreated;
            }
            done += rows;
            progress?.Report(new LoadProgress(step.Stage, done, total, clock.Elapsed));
        }

        try
        {
            foreach (var step in plan)
            {
                // Relationship batches lock both end nodes, and at commit the first relationship in each end node's
                // chain, whose other end may be in another batch: two at once deadlock even when they name no node
                // in common (docs/benchmarks.md, runs N to S). They go one at a time, after every node batch is in.
                var window = step.IsRelation ? 1 : NodeBatchesInFlight;
                var query = step.IsRelation ? CypherQueries.ForServer(step.Query, client.Version) : step.Query;
                for (var start = 0; start < step.Rows.Count; start += batchSize)
                {
                    ct.ThrowIfCancellationRequested();
                    while (inFlight.Count >= window)
                    {
                        await FinishOldestAsync();
                    }
                    var rows = step.Rows.Skip(start).Take(batchSize).ToList();
                    var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = step.Stage == MentionStage ? GroupMentions(rows) : rows };
                    if (step.IsRelation)
                    {
                        parameters["evidenceCap"] = (long)client.Settings.EvidenceCap;
                    }
                    inFlight.Enqueue((step, rows.Count, client.RunAsync(new CypherStatement(query, parameters), ct)));
                }
            }
            while (inFlight.Count > 0)
            {
                await FinishOldestAsync();
            }
        }
        finally
        {
            // A failed batch leaves the others to finish or fail on their own; none is abandoned mid-request.
            foreach (var (_, _, pending) in inFlight)
            {
                try
                {
                    await pending;
                }
                catch (Exception)
                {
                    // The first failure is the one reported.
                }
            }
        }
        return new LoadSummary(nodesCreated, nodesUpdated, relsCreated, relsUpdated, properties, batches, clock.Elapsed, client.ServerVersion);
    }

    /// <summary>Creates the constraints and the index, each in its own transaction (schema and data cannot share one).</summary>
    public async Task EnsureSchemaAsync(CancellationToken ct)
    {
        foreach (var statement in CypherQueries.Schema(client.Version))
        {
            try
            {
                await client.RunAsync(new CypherStatement(statement), ct);
            }
            catch (Neo4jException e) when (e.Code.Contains("AlreadyExists", StringComparison.Ordinal))
            {
                // 4.0-4.3 have no IF NOT EXISTS and say so when the rule is there: that is what we wanted.
            }
        }
    }

    /// <summary>
    /// One batch of MENTIONS rows (sorted by article) as the <see cref="CypherQueries.Mentions"/> query takes them: one
    /// row per article with its entities and counts. The batch still holds as many relationships as any other.
    /// </summary>
    internal static List<Dictionary<string, object?>> GroupMentions(IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var groups = new List<Dictionary<string, object?>>();
        List<Dictionary<string, object?>>? current = null;
        string? article = null;
        foreach (var row in rows)
        {
            var id = (string)row["article"]!;
            if (current is null || !string.Equals(id, article, StringComparison.Ordinal))
            {
                article = id;
                current = [];
                groups.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { ["article"] = id, ["mentions"] = current });
            }
            current.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { ["entity"] = row["entity"], ["count"] = row["count"] });
        }
        return groups;
    }

    internal sealed record Step(string Stage, string Query, bool IsRelation, IReadOnlyList<Dictionary<string, object?>> Rows);

    /// <summary>The rows of a load, grouped into one step per query text, in load order.</summary>
    internal static List<Step> Plan(IKnowledgeGraph graph, GraphSchema schema, int evidenceCap)
    {
        var steps = new List<Step>();
        var articles = graph.Documents.Select(ArticleRow).ToList();
        if (articles.Count > 0)
        {
            steps.Add(new Step(ArticleStage, CypherQueries.Articles, false, articles));
        }
        foreach (var group in graph.Entities.GroupBy(e => e.Type, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!schema.HasEntityType(group.Key))
            {
                throw new Neo4jException(Neo4jErrors.UndeclaredType,
                    $"entity '{group.First().Id}' has type '{group.Key}', which the schema does not declare");
            }
            steps.Add(new Step(group.Key, CypherQueries.Entities(group.Key), false, group.Select(EntityRow).ToList()));
        }
        var documentIds = graph.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var mentions = graph.Entities
            .SelectMany(e => e.Mentions
                .Where(m => documentIds.Contains(m.Document))
                .GroupBy(m => m.Document, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["article"] = g.Key,
                    ["entity"] = e.Id,
                    ["count"] = (long)g.Count(),
                }))
            // Grouped by article: consecutive rows of a batch lock and extend the same article node.
            .OrderBy(row => (string)row["article"]!, StringComparer.Ordinal)
            .ThenBy(row => (string)row["entity"]!, StringComparer.Ordinal)
            .ToList();
        if (mentions.Count > 0)
        {
            steps.Add(new Step(MentionStage, CypherQueries.Mentions, true, mentions));
        }
        foreach (var group in graph.Relations.GroupBy(r => r.Type, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var definition = schema.RelationType(group.Key) ?? throw new Neo4jException(Neo4jErrors.UndeclaredType,
                $"relation '{group.First().Id}' has type '{group.Key}', which the schema does not declare");
            // Sorted by source: consecutive rows of a batch lock and extend the same or nearby nodes.
            steps.Add(new Step(group.Key, CypherQueries.Relations(group.Key), true, group
                .OrderBy(r => r.Source.Id, StringComparer.Ordinal)
                .ThenBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => RelationRow(r, definition, graph, evidenceCap))
                .ToList()));
        }
        return steps;
    }

    internal static Dictionary<string, object?> ArticleRow(Article a) => new(StringComparer.Ordinal)
    {
        ["id"] = a.Id,
        ["title"] = a.Title,
        ["source"] = a.Source,
        ["url"] = a.Url,
        ["published"] = a.Published,
        ["path"] = a.Path,
    };

    /// <summary>An entity as <see cref="CypherQueries.Entities"/> takes it: <c>p</c> holds name, type and the entity's own properties.</summary>
    internal static Dictionary<string, object?> EntityRow(Entity e)
    {
        var p = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = e.Name, ["type"] = e.Type };
        foreach (var (key, value) in e.Properties)
        {
            if (!CypherQueries.ReservedEntityProperties.Contains(key))
            {
                p[key] = value;
            }
        }
        return new(StringComparer.Ordinal) { ["id"] = e.Id, ["p"] = p, ["aliases"] = e.Aliases.ToList() };
    }

    /// <summary>
    /// A relation as <see cref="CypherQueries.Relations"/> takes it: <c>p</c> holds every property a new relationship
    /// gets (absent values left out), <c>own</c> the relation's own properties, which a merge overwrites.
    /// </summary>
    internal static Dictionary<string, object?> RelationRow(Relation r, RelationTypeDefinition definition, IKnowledgeGraph graph, int evidenceCap)
    {
        var sentences = r.Evidence.Select(e => $"{e.Document}#{e.Sentence}").Distinct(StringComparer.Ordinal).ToList();
        var own = r.Properties
            .Where(p => !CypherQueries.ReservedRelationProperties.Contains(p.Key))
            .ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        var properties = new Dictionary<string, object?>(own, StringComparer.Ordinal)
        {
            ["negated"] = r.Negated,
            ["confidence"] = r.Confidence,
            ["sentences"] = sentences,
            ["articles"] = r.Evidence.Select(e => e.Document).Distinct(StringComparer.Ordinal).ToList(),
            ["rules"] = r.Evidence.Select(e => e.Rule).Distinct(StringComparer.Ordinal).ToList(),
            ["evidence"] = r.Evidence.Select(e => e.Text).Distinct(StringComparer.Ordinal).Take(evidenceCap).ToList(),
            ["count"] = (long)sentences.Count,
        };
        if (r.AttributedTo is not null)
        {
            properties["attributedTo"] = graph.FindEntity(r.AttributedTo)?.Name ?? r.AttributedTo;
        }
        if (definition.Cameo is not null)
        {
            properties["cameo"] = definition.Cameo;
        }
        if (definition.Goldstein is not null)
        {
            properties["goldstein"] = definition.Goldstein;
        }
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = r.Id,
            ["source"] = r.Source.Id,
            ["target"] = r.Target.Id,
            ["p"] = properties,
            ["own"] = own,
        };
    }
}
