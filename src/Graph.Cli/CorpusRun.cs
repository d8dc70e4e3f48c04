using System.Diagnostics;
using Graph.Core;
using Graph.Core.Graph;
using Graph.Core.Schema;
using Graph.Extraction;
using Graph.Extraction.Building;
using Graph.Extraction.Reading;
using Spectre.Console;

namespace Graph.Cli;

/// <summary>What a run over a set of inputs produced.</summary>
internal sealed record CorpusResult(KnowledgeGraph Graph, int Read, int Duplicates, IReadOnlyList<SkippedInput> Skipped, TimeSpan Elapsed);

/// <summary>
/// Reads every input, runs the extraction pipeline and builds the graph. Documents are processed
/// in parallel but added to the graph in input order, so output does not depend on timing.
/// </summary>
internal static class CorpusRun
{
    public static CorpusResult Run(IReadOnlyList<string> inputs, GraphSchema schema, CliConsole console, bool quiet, bool strict)
    {
        var stopwatch = Stopwatch.StartNew();
        var files = ArticleReader.ExpandInputs(inputs);
        var pipeline = ExtractionPipeline.Create(schema, ModelRecognizers.Load(schema));
        var reader = new ArticleReader(console.In);
        var builder = new GraphBuilder(schema);
        var skipped = new List<SkippedInput>();
        int read = 0, duplicates = 0;

        void Process(Action<int>? advance)
        {
            var results = files
                .AsParallel()
                .AsOrdered()
                .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
                .Select(path =>
                {
                    var article = reader.Read(path, out var skip);
                    return (Skip: skip, Document: article is null ? null : pipeline.Run(article));
                });
            foreach (var (skip, document) in results)
            {
                if (skip is not null)
                {
                    skipped.Add(skip);
                    if (strict)
                    {
                        throw new GraphException("GK0025", $"{skip.Path}: {skip.Reason} (--strict makes any skipped file an error)");
                    }
                }
                else if (builder.Add(document!))
                {
                    read++;
                }
                else
                {
                    duplicates++;
                }
                advance?.Invoke(1);
            }
        }

        if (quiet || !console.IsInteractive)
        {
            Process(null);
        }
        else
        {
            console.Status.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Reading articles", maxValue: files.Count);
                    Process(n => task.Increment(n));
                });
        }
        return new CorpusResult(builder.Graph, read, duplicates, skipped, stopwatch.Elapsed);
    }
}
