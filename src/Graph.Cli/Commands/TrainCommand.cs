using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Graph.Core;
using Graph.Extraction.Entities.Statistical;

namespace Graph.Cli.Commands;

/// <summary><c>train ner</c>: trains the statistical entity tagger on CoNLL files and writes the model.</summary>
internal static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var train = new Option<FileInfo>("--train") { Description = "Training data in CoNLL-2003 format.", Required = true };
        var dev = new Option<FileInfo?>("--dev") { Description = "Development data; the epoch with the best dev F1 is kept." };
        var output = new Option<FileInfo>("--out")
        {
            Description = "Where to write the model.",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("models", "ner.model")),
        };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 12 };
        var seed = new Option<int>("--seed") { Description = "Seed of the document shuffle.", DefaultValueFactory = _ => 1 };
        var names = new Option<string?>("--gazetteer")
        {
            Description = "Gazetteer names for the tagger's features: a names file (default: the one the shipped model was trained "
                + "with, models/ner.gazetteer.tsv), or 'schema' for the names in --schema. The names used are written beside the model.",
        };

        var ner = new Command("ner", "Train the named-entity tagger (averaged perceptron) on CoNLL-2003 data.");
        ner.Options.Add(train);
        ner.Options.Add(dev);
        ner.Options.Add(output);
        ner.Options.Add(epochs);
        ner.Options.Add(seed);
        ner.Options.Add(names);
        ner.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var epochCount = r.GetValue(epochs);
            if (epochCount < 1)
            {
                throw new GraphException("GK0302", $"--epochs must be at least 1, got {epochCount}");
            }
            var quiet = r.Quiet();
            var gazetteer = r.GetValue(names) switch
            {
                "schema" => NerGazetteer.From(Resources.LoadSchema(r.Schema())),
                null => NerGazetteer.Load(ModelRecognizers.DefaultNamesPath),
                var file => NerGazetteer.Load(file),
            };
            var trainCorpus = ConllReader.Read(r.GetValue(train)!.FullName);
            var devFile = r.GetValue(dev);
            var devCorpus = devFile is null ? null : ConllReader.Read(devFile.FullName);
            var stopwatch = Stopwatch.StartNew();
            var trainer = new NerTrainer(gazetteer) { Epochs = epochCount, Seed = r.GetValue(seed) };
            var model = trainer.Train(trainCorpus, devCorpus, report =>
            {
                ct.ThrowIfCancellationRequested();
                if (!quiet)
                {
                    var devText = report.Dev is { } s
                        ? string.Create(CultureInfo.InvariantCulture, $" dev P={s.Precision:F4} R={s.Recall:F4} F1={s.F1:F4}")
                        : "";
                    console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"epoch {report.Epoch}: train accuracy {report.TrainAccuracy:F4}{devText} ({report.Features} features, {stopwatch.Elapsed.TotalSeconds:F1}s)"));
                }
            });
            var path = r.GetValue(output)!.FullName;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            WriteReplacing(path, model.Save);
            WriteReplacing(ModelRecognizers.NamesPathOf(path), file =>
            {
                using var writer = new StreamWriter(file, false, new System.Text.UTF8Encoding(false));
                gazetteer.Save(writer);
            });
            if (!quiet)
            {
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB) in {stopwatch.Elapsed.TotalSeconds:F1}s"));
            }
            return Cli.Success;
        });

        var command = new Command("train", "Train statistical models.");
        command.Subcommands.Add(ner);
        return command;
    }

    /// <summary>Writes through a temporary file, so an interrupted run leaves the previous file whole.</summary>
    private static void WriteReplacing(string path, Action<string> write)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            write(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
