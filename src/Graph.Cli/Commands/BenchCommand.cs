using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Extraction;
using Graph.Extraction.Building;
using Graph.Extraction.Reading;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>bench pipeline INPUT...</c>: single-thread throughput of the whole extraction pipeline,
/// printed next to a baseline measured in the same run on the same text (normalize, tokenize and
/// split sentences only), with the time spent in each component.
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

            var baselineSeconds = Measure(baseline, articles, count, null, schema);
            var stages = full.Components.ToDictionary(c => c.Name, _ => 0.0);
            var fullSeconds = Measure(full, articles, count, stages, schema);

            var o = console.Out;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {articles.Count} articles, {megabytes:F2} MB, {count} timed rounds, one thread"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline (normalize+tokenize+sentences): {megabytes / baselineSeconds:F2} MB/s"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"full pipeline + graph building:          {megabytes / fullSeconds:F2} MB/s ({baselineSeconds / fullSeconds:F3}x baseline)"));
            foreach (var (name, seconds) in stages)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-22} {seconds / count * 1000,8:F1} ms/round  {seconds / count / fullSeconds * 100,5:F1}%"));
            }
            return Cli.Success;
        });
        var command = new Command("bench", "Measure throughput.");
        command.Subcommands.Add(pipeline);
        return command;
    }

    /// <summary>Seconds per round, after one warm-up round; per-stage seconds summed over timed rounds.</summary>
    private static double Measure(Pipeline pipeline, List<Article> articles, int rounds, Dictionary<string, double>? stages, Core.Schema.GraphSchema schema)
    {
        var total = 0.0;
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
                total += stopwatch.Elapsed.TotalSeconds;
            }
        }
        return total / rounds;
    }
}
