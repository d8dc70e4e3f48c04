using Graph.Core.Graph;
using Graph.Export;
using Graph.Export.Csv;

namespace Graph.Neo4j.IntegrationTests;

/// <summary>
/// The neo4j-import CSVs load with the test server's own <c>bin/neo4j-import</c> into a fresh store directory (never
/// the running server's), and the store then holds exactly the graph: counted in the store with an embedded
/// <c>neo4j-shell -path</c>, because the 3.1 importer's own summary is not reliable (it reports 0 relationships for
/// small imports that did import them).
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class ImportToolTests(Neo4jServerFixture server) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("kgraph-import-test-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Neo4j_import_csvs_load_into_a_fresh_store_with_exact_counts_and_verbatim_strings()
    {
        var home = server.Home ?? throw new InvalidOperationException("NEO4J_TEST_HOME is not set: run through scripts/with-neo4j.sh");
        var graph = TestGraphs.Awkward();
        var csv = Path.Combine(_work, "csv");
        new Neo4jImportCsvWriter(server.Schema).WriteDirectory(graph, csv);
        var store = Path.Combine(_work, "store", "graph.db");
        Assert.NotEqual(Path.GetFullPath(Path.Combine(home, "data", "databases", "graph.db")), store);

        var import = await Neo4jTools.ImportAsync(
            home, store,
            [Path.Combine(csv, Neo4jImportCsvWriter.ArticlesFile), Path.Combine(csv, Neo4jImportCsvWriter.EntitiesFile)],
            [Path.Combine(csv, Neo4jImportCsvWriter.MentionsFile), Path.Combine(csv, Neo4jImportCsvWriter.RelationsFile)],
            Neo4jImportCsvWriter.ArrayDelimiter, TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.True(import.Succeeded, $"neo4j-import failed ({import.ExitCode}):\n{import.Output}");
        Assert.Contains("IMPORT DONE", import.Output, StringComparison.Ordinal);
        var badLog = Path.Combine(store, "bad.log");
        Assert.True(!File.Exists(badLog) || new FileInfo(badLog).Length == 0, $"bad.log: {(File.Exists(badLog) ? File.ReadAllText(badLog) : "")}");

        var expected = Expected(graph);
        var query = Checks(graph);
        var actual = await query.RunAsync(home, store);
        Assert.Equal(7, expected["nodes"]);
        Assert.Equal(12, expected["relationships"]);
        var wrong = query.Names.Where(n => expected[n] != actual[n]).Select(n => $"{n}: expected {expected[n]}, store has {actual[n]}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>What the store must hold: totals and per-label and per-type counts from the graph; 1 for every exact-value check.</summary>
    private static Dictionary<string, long> Expected(IKnowledgeGraph graph)
    {
        var mentions = graph.Entities.Sum(e => (long)e.Mentions.Select(m => m.Document).Distinct(StringComparer.Ordinal).Count());
        var expected = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["nodes"] = graph.Documents.Count() + graph.Entities.Count(),
            ["relationships"] = mentions + graph.Relations.Count(),
            ["articles"] = graph.Documents.Count(),
            ["entities"] = graph.Entities.Count(),
            ["mentions"] = mentions,
        };
        foreach (var type in graph.Entities.GroupBy(e => e.Type))
        {
            expected["label " + type.Key] = type.Count();
        }
        foreach (var type in graph.Relations.GroupBy(r => r.Type))
        {
            expected["type " + type.Key] = type.Count();
        }
        return new Dictionary<string, long>(expected.Concat(Checks(graph).Names.Where(n => !expected.ContainsKey(n)).Select(n => KeyValuePair.Create(n, 1L))), StringComparer.Ordinal);
    }

    private static StoreQuery Checks(IKnowledgeGraph graph)
    {
        var q = new StoreQuery()
            .Count("nodes", "(n)", "n")
            .Count("relationships", "()-[r]->()", "r")
            .Count("articles", "(n:Article)", "n")
            .Count("entities", "(n:Entity)", "n")
            .Count("mentions", "(:Article)-[r:MENTIONS]->(:Entity)", "r");
        foreach (var type in graph.Entities.Select(e => e.Type).Distinct().Order(StringComparer.Ordinal))
        {
            q.Count("label " + type, $"(n:Entity:{type})", "n");
        }
        foreach (var type in graph.Relations.Select(r => r.Type).Distinct().Order(StringComparer.Ordinal))
        {
            q.Count("type " + type, $"(:Entity)-[r:{type}]->(:Entity)", "r");
        }
        foreach (var a in graph.Documents)
        {
            q.Count("article " + a.Id, $"(n:Article) WHERE n.id = {L(a.Id)} AND n.title = {L(a.Title)} AND n.path = {L(a.Path)} " +
                $"AND {Equal("n.source", a.Source)} AND {Equal("n.url", a.Url)} AND {Equal("n.published", a.Published)}", "n");
        }
        foreach (var e in graph.Entities)
        {
            var aliases = e.Aliases.Select(x => x.Replace(Neo4jImportCsvWriter.ArrayDelimiter, Neo4jImportCsvWriter.ArrayDelimiterReplacement, StringComparison.Ordinal));
            var properties = string.Concat(e.Properties.Select(p => $" AND n.{p.Key} = {L(p.Value)}"));
            q.Count("entity " + e.Id, $"(n:Entity:{e.Type}) WHERE n.id = {L(e.Id)} AND n.name = {L(e.Name)} AND n.type = {L(e.Type)} " +
                $"AND {ArrayEqual("n.aliases", aliases)}{properties}", "n");
            foreach (var (document, count) in GraphOrder.MentionsPerArticle(e))
            {
                q.Count($"mention {document} {e.Id}", $"(:Article {{id: {L(document)}}})-[r:MENTIONS]->(:Entity {{id: {L(e.Id)}}}) WHERE r.count = {count}", "r");
            }
        }
        foreach (var r in graph.Relations)
        {
            var by = r.AttributedTo is { } id ? graph.FindEntity(id)?.Name : null;
            var properties = string.Concat(ExportNames.OwnProperties(r).Select(p => $" AND x.{p.Key} = {L(p.Value)}"));
            q.Count("relation " + r.Id,
                $"(s:Entity {{id: {L(r.Source.Id)}}})-[x:{r.Type}]->(t:Entity {{id: {L(r.Target.Id)}}}) WHERE x.id = {L(r.Id)} " +
                $"AND abs(x.confidence - {r.Confidence.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}) < 1e-9 " +
                $"AND x.negated = {(r.Negated ? "true" : "false")} AND {Equal("x.attributedTo", by)} AND x.count = {r.Evidence.Count} " +
                $"AND x.articles = {StoreQuery.List(GraphOrder.Articles(r))} AND x.rules = {StoreQuery.List(GraphOrder.Rules(r))} " +
                $"AND x.evidence = {StoreQuery.List(GraphOrder.EvidenceTexts(r).Select(t => t.Replace(Neo4jImportCsvWriter.ArrayDelimiter, Neo4jImportCsvWriter.ArrayDelimiterReplacement, StringComparison.Ordinal)))}" +
                properties, "x");
        }
        return q;
    }

    private static string L(string? value) => StoreQuery.Literal(value);

    /// <summary>The importer skips empty array fields: an empty list is an absent property.</summary>
    private static string ArrayEqual(string property, IEnumerable<string> values) =>
        values.Any() ? $"{property} = {StoreQuery.List(values)}" : $"{property} IS NULL";

    private static string Equal(string property, string? value) => value is null ? $"{property} IS NULL" : $"{property} = {L(value)}";
}
