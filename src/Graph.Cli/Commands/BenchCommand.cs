using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Graph.Core.Graph;
using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Export.Csv;
using Graph.Extraction;
using Graph.Extraction.Building;
using Graph.Extraction.Reading;
using Graph.Neo4j;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>bench pipeline INPUT...</c>: single-thread throughput of the whole extraction pipeline,
/// printed next to a baseline measured in the same run on the same text (normalize, tokenize and
/// split sentences only), with the time spent in each component. <c>bench neo4j</c>: loading into Neo4j.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Article files or folders.", Arity = ArgumentArity.OneOrMore };
        var rounds = new Option<int>("--rounds") { Description = "Timed passes over the corpus (after one warm-up pass).", DefaultValueFactory = _ => 3 };
        var pipeline = new Command("pipeline", "Measure single-thread extraction throughput in MB/s against a tokenize-only baseline.") { inputs, rounds };
        pipeline.SetAction(result =>
        {
            var schema = Resources.LoadSchema(result.Schema());
            var reader = new ArticleReader(console.In);
            var articles = ArticleReader.ExpandInputs(result.GetValue(inputs)!)
                .Select(path => reader.Read(path, out _))
                .OfType<Article>()
                .ToList();
            var megabytes = articles.Sum(a => Encoding.UTF8.GetByteCount(a.Text)) / 1_000_000.0;
            var full = ExtractionPipeline.Create(schema, ModelRecognizers.Load(schema));
            var baseline = Pipeline.Create(full.Components.Take(3));
            var count = Math.Max(1, result.GetValue(rounds));

            var baselineSeconds = Measure(baseline, articles, count, null, schema).Average();
            var stages = full.Components.ToDictionary(c => c.Name, _ => 0.0);
            var pausesBefore = GC.GetTotalPauseDuration();
            var collectionsBefore = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
            var fullRounds = Measure(full, articles, count, stages, schema);
            var pauses = GC.GetTotalPauseDuration() - pausesBefore;
            var collections = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]).ToArray();
            var fullSeconds = fullRounds.Average();

            var o = console.Out;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {articles.Count} articles, {megabytes:F2} MB, {count} timed rounds, one thread"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline (normalize+tokenize+sentences): {megabytes / baselineSeconds:F2} MB/s"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"full pipeline + graph building:          {megabytes / fullSeconds:F2} MB/s ({baselineSeconds / fullSeconds:F3}x baseline)"));
            // The machine's own speed moves between rounds; each round's figure shows how far.
            var perRound = fullRounds.Select(t => megabytes / t).ToList();
            var sorted = perRound.Order().ToList();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  per round: {string.Join(", ", perRound.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))} MB/s (median {sorted[sorted.Count / 2]:F2})"));
            foreach (var (name, seconds) in stages)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-22} {seconds / count * 1000,8:F1} ms/round  {seconds / count / fullSeconds * 100,5:F1}%"));
            }
            // Collections pause the thread inside whichever stage allocated; this is their share of those times.
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  gc pauses              {pauses.TotalMilliseconds / count,8:F1} ms/round  {pauses.TotalSeconds / count / fullSeconds * 100,5:F1}% ({collections[0]} gen0, {collections[1]} gen1, {collections[2]} gen2 collections in all rounds)"));
            return Cli.Success;
        });
        var command = new Command("bench", "Measure throughput.");
        command.Subcommands.Add(pipeline);
        command.Subcommands.Add(CreateNeo4j(console));
        return command;
    }

    /// <summary>
    /// <c>bench neo4j [CORPUS...]</c>: loads the graph built from the corpus (when given) and a generated graph into a
    /// clean database, with our loader and with the plainest hand-written UNWIND ... MERGE (same endpoint, batch size and
    /// constraints), and prints nodes/s and relationships/s of both, their ratio, and the time of the neo4j-import path.
    /// </summary>
    private static Command CreateNeo4j(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Article files or folders to build the first graph from (optional).", Arity = ArgumentArity.ZeroOrMore };
        var entities = new Option<int>("--entities") { Description = "Entities in the generated graph.", DefaultValueFactory = _ => 100_000 };
        var relations = new Option<int>("--relations") { Description = "Relations in the generated graph.", DefaultValueFactory = _ => 200_000 };
        var articles = new Option<int>("--articles") { Description = "Articles in the generated graph.", DefaultValueFactory = _ => 10_000 };
        var rounds = new Option<int>("--rounds") { Description = "Baseline and loader runs per graph, in alternating order; the best time of each phase is reported.", DefaultValueFactory = _ => 3 };
        var warmup = new Option<int>("--warmup")
        {
            Description = "Entities in a small generated graph loaded by both before measuring, so neither pays for the server's cold start (0: none).",
            DefaultValueFactory = _ => 20_000,
        };
        var home = new Option<string?>("--neo4j-home")
        {
            Description = "Neo4j installation whose bin/neo4j-import to time (env NEO4J_HOME, then NEO4J_TEST_HOME); without one the import path is skipped.",
        };
        var command = new Command("neo4j", "Measure loading into Neo4j: our loader against a plain UNWIND/MERGE baseline, and the neo4j-import path.")
        {
            inputs, entities, relations, articles, rounds, warmup, home,
        };
        Neo4jOptions.AddTo(command, loading: true);
        command.SetAction(async (result, ct) =>
        {
            var settings = Neo4jOptions.Settings(result, console);
            var schema = Resources.LoadSchema(result.Schema());
            var o = console.Out;
            var neo4jHome = result.GetValue(home) ?? Environment.GetEnvironmentVariable("NEO4J_HOME") ?? Environment.GetEnvironmentVariable("NEO4J_TEST_HOME");
            using var client = await Neo4jOptions.ConnectAsync(settings, console, ct);
            o.WriteLine(Invariant($"Neo4j {client.ServerVersion} at {settings.DisplayUri}, {client.Api.ToString().ToLowerInvariant()} API, batch size {settings.BatchSize}, {Environment.ProcessorCount} processors, load average {LoadAverage()}"));

            if (result.GetValue(warmup) is > 1 and var size)
            {
                var small = Neo4jBenchmark.Generate(schema, size, size * 2, Math.Max(1, size / 10), seed: 7);
                await Neo4jBenchmark.ClearAsync(client, ct);
                await Neo4jBenchmark.BaselineAsync(client, small, ct);
                await Neo4jBenchmark.ClearAsync(client, ct);
                await Neo4jBenchmark.LoaderAsync(client, small, schema, ct);
                o.WriteLine(Invariant($"warmed up with both loads of a {size:N0}-entity graph"));
            }

            var graphs = new List<(string Name, KnowledgeGraph Graph)>();
            var corpus = result.GetValue(inputs) ?? [];
            if (corpus.Length > 0)
            {
                var run = CorpusRun.Run(corpus, schema, console, quiet: true, strict: false);
                o.WriteLine(Invariant($"built {string.Join(' ', corpus)}: {run.Read:N0} articles in {run.Elapsed.TotalSeconds:F1} s"));
                graphs.Add((string.Join(' ', corpus), run.Graph));
            }
            var clock = Stopwatch.StartNew();
            var generated = Neo4jBenchmark.Generate(schema, result.GetValue(entities), result.GetValue(relations), result.GetValue(articles));
            o.WriteLine(Invariant($"generated a graph in {clock.Elapsed.TotalSeconds:F1} s"));
            graphs.Add(("generated", generated));

            foreach (var (name, graph) in graphs)
            {
                o.WriteLine();
                o.WriteLine(Invariant($"{name}: {graph.Documents.Count:N0} articles, {graph.Entities.Count:N0} entities, {graph.Relations.Count:N0} relations = {Neo4jBenchmark.NodeCount(graph):N0} nodes, {Neo4jBenchmark.RelationshipCount(graph):N0} relationships"));
                LoadTimes? baseline = null, ours = null;
                for (var round = 0; round < Math.Max(1, result.GetValue(rounds)); round++)
                {
                    // Odd rounds run ours first, so neither always follows the other's leftovers (caches, garbage).
                    for (var turn = 0; turn < 2; turn++)
                    {
                        await Neo4jBenchmark.ClearAsync(client, ct);
                        if ((turn + round) % 2 == 0)
                        {
                            var b = await Neo4jBenchmark.BaselineAsync(client, graph, ct);
                            o.WriteLine(Line("  baseline", b));
                            baseline = Best(baseline, b);
                        }
                        else
                        {
                            var k = await Neo4jBenchmark.LoaderAsync(client, graph, schema, ct);
                            o.WriteLine(Line("  kgraph  ", k));
                            o.WriteLine("    stages: " + string.Join(", ", k.Stages.Select(st => Invariant($"{st.Stage} {st.Seconds:F1} s"))));
                            ours = Best(ours, k);
                        }
                    }
                }
                await Neo4jBenchmark.ClearAsync(client, ct);
                o.WriteLine(Invariant(
                    $"  ratio kgraph/baseline: nodes {ours!.NodesPerSecond / baseline!.NodesPerSecond:F2}x, relationships {ours.RelationshipsPerSecond / baseline.RelationshipsPerSecond:F2}x, all rows {ours.RowsPerSecond / baseline.RowsPerSecond:F2}x"));
                if (neo4jHome is null)
                {
                    o.WriteLine("  neo4j-import: skipped (no --neo4j-home, NEO4J_HOME or NEO4J_TEST_HOME)");
                    continue;
                }
                o.WriteLine(await ImportPathAsync(neo4jHome, graph, schema, ct));
            }
            o.WriteLine();
            o.WriteLine(Invariant($"load average after: {LoadAverage()}"));
            return Cli.Success;
        });
        return command;
    }

    /// <summary>Exports the neo4j-import CSVs and runs the installation's bin/neo4j-import into a fresh store directory.</summary>
    private static async Task<string> ImportPathAsync(string home, KnowledgeGraph graph, Core.Schema.GraphSchema schema, CancellationToken ct)
    {
        var work = Directory.CreateTempSubdirectory("kgraph-bench-import-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            var csv = Path.Combine(work, "csv");
            new Neo4jImportCsvWriter(schema).WriteDirectory(graph, csv);
            var export = clock.Elapsed;
            var run = await Neo4jTools.ImportAsync(
                home, Path.Combine(work, "graph.db"),
                [Path.Combine(csv, Neo4jImportCsvWriter.ArticlesFile), Path.Combine(csv, Neo4jImportCsvWriter.EntitiesFile)],
                [Path.Combine(csv, Neo4jImportCsvWriter.MentionsFile), Path.Combine(csv, Neo4jImportCsvWriter.RelationsFile)],
                Neo4jImportCsvWriter.ArrayDelimiter, TimeSpan.FromMinutes(30), ct);
            if (!run.Succeeded)
            {
                return $"  neo4j-import failed ({run.ExitCode}):\n{run.Output}";
            }
            var total = clock.Elapsed;
            var rows = Neo4jBenchmark.NodeCount(graph) + Neo4jBenchmark.RelationshipCount(graph);
            return Invariant(
                $"  neo4j-import path: CSV export {export.TotalSeconds:F1} s + bin/neo4j-import {run.Elapsed.TotalSeconds:F1} s (JVM start included) = {total.TotalSeconds:F1} s, {rows / total.TotalSeconds:N0} rows/s into a new store (the server is not involved; start it on the store afterwards)");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Each phase's best time over the rounds: a server stall in one round's node phase says nothing about its relationships.</summary>
    private static LoadTimes Best(LoadTimes? best, LoadTimes next) => best is null
        ? next
        : new LoadTimes(next.Nodes, Min(best.NodeTime, next.NodeTime), next.Relationships, Min(best.RelationshipTime, next.RelationshipTime));

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string Line(string who, LoadTimes t) => Invariant(
        $"{who}: nodes {t.Nodes:N0} in {t.NodeTime.TotalSeconds:F1} s = {t.NodesPerSecond:N0}/s, relationships {t.Relationships:N0} in {t.RelationshipTime.TotalSeconds:F1} s = {t.RelationshipsPerSecond:N0}/s, total {t.Total.TotalSeconds:F1} s");

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Seconds of each timed round, after one warm-up round; per-stage seconds summed over timed rounds.</summary>
    private static List<double> Measure(Pipeline pipeline, List<Article> articles, int rounds, Dictionary<string, double>? stages, Core.Schema.GraphSchema schema)
    {
        var times = new List<double>(rounds);
        for (var round = 0; round <= rounds; round++)
        {
            var builder = new GraphBuilder(schema);
            var stopwatch = Stopwatch.StartNew();
            foreach (var article in articles)
            {
                var document = new Document(article);
                foreach (var component in pipeline.Components)
                {
                    var start = Stopwatch.GetTimestamp();
                    component.Process(document);
                    if (round > 0 && stages is not null)
                    {
                        stages[component.Name] += Stopwatch.GetElapsedTime(start).TotalSeconds;
                    }
                }
                if (stages is not null)
                {
                    builder.Add(document);
                }
            }
            if (round > 0)
            {
                times.Add(stopwatch.Elapsed.TotalSeconds);
            }
        }
        return times;
    }
}
