using System.CommandLine;
using System.Globalization;
using Graph.Extraction;
using Graph.Extraction.Entities;
using Graph.Extraction.Entities.Statistical;

namespace Graph.Cli.Commands;

/// <summary><c>eval conll</c>: scores the entity recognizers on a CoNLL-2003 file.</summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "Gold data in CoNLL-2003 format (IOB1 or IOB2)." };
        var predictions = new Option<FileInfo?>("--predictions")
        {
            Description = "Write every input line with the predicted IOB2 tag appended.",
        };
        var model = new Option<FileInfo?>("--model") { Description = "Named-entity model. Default: the bundled models/ner.model." };

        var modelOnly = new Option<bool>("--model-only")
        {
            Description = "Score the statistical model alone, without the gazetteer and rule recognizers.",
        };

        var conll = new Command("conll", "Score named-entity recognition against CoNLL-2003 gold tags (exact spans).");
        conll.Arguments.Add(file);
        conll.Options.Add(predictions);
        conll.Options.Add(model);
        conll.Options.Add(modelOnly);
        conll.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var schema = Resources.LoadSchema(r.Schema());
            var models = ModelRecognizers.Load(schema, r.GetValue(model)?.FullName);
            var components = r.GetValue(modelOnly)
                ? models.ToList()
                : ExtractionPipeline.Recognizers(EntityLexicon.Compile(schema), models);
            var corpus = ConllReader.Read(r.GetValue(file)!.FullName);
            ct.ThrowIfCancellationRequested();
            var evaluation = new ConllEvaluator(components).Evaluate(corpus);
            await WriteTable(console.Out, evaluation.Scores);
            if (r.GetValue(predictions) is { } output)
            {
                await using var writer = new StreamWriter(output.FullName);
                ConllEvaluator.WritePredictions(corpus, evaluation, writer);
            }
            return Cli.Success;
        });

        var command = new Command("eval", "Evaluate extraction against annotated data.");
        command.Subcommands.Add(conll);
        return command;
    }

    private static async Task WriteTable(TextWriter writer, EntityScores scores)
    {
        await writer.WriteLineAsync($"{"type",-20} {"precision",9} {"recall",9} {"f1",9} {"gold",7} {"predicted",9} {"correct",7}");
        var rows = NerLabels.Types.Select(t => (t, scores.For(t)))
            .Append(("PER/LOC/ORG micro", scores.CoreMicro))
            .Append(("all micro", scores.AllMicro));
        foreach (var (name, s) in rows)
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name,-20} {s.Precision,9:F4} {s.Recall,9:F4} {s.F1,9:F4} {s.Gold,7} {s.Predicted,9} {s.TruePositives,7}"));
        }
    }
}
