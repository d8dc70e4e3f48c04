using Graph.Extraction.Entities.Statistical;

namespace Graph.Cli.Tests.Commands;

public class NerCommandsTests
{
    private static string Sample => Path.Combine(AppContext.BaseDirectory, "Fixtures", "sample.iob1.conll");

    private static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await Cli.RunAsync(args, new CliConsole(output, error, new StringReader("")));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task EvalPrintsScoresAndWritesPredictions()
    {
        var predictions = Path.GetTempFileName();
        try
        {
            var (exit, output, error) = await Run("eval", "conll", Sample, "--predictions", predictions);

            Assert.True(exit == 0, error);
            Assert.Contains("PER/LOC/ORG micro", output);
            Assert.Matches(@"PER\s+\d\.\d{4}\s+\d\.\d{4}\s+\d\.\d{4}\s+\d+", output);
            Assert.Equal(File.ReadAllLines(Sample).Length, File.ReadAllLines(predictions).Length);
        }
        finally
        {
            File.Delete(predictions);
        }
    }

    [Fact]
    public async Task TrainWritesALoadableModel()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var model = Path.Combine(folder.FullName, "out", "ner.model");

            var (exit, _, error) = await Run("train", "ner", "--train", Sample, "--dev", Sample, "--out", model, "--epochs", "3");

            Assert.True(exit == 0, error);
            Assert.Contains("epoch 3:", error);
            Assert.True(NerModel.Load(model).FeatureCount > 0);
            // Beside the model, the gazetteer names it was trained with: by default those of the shipped model.
            Assert.Equal(["ner.gazetteer.tsv", "ner.model"], Directory.GetFiles(Path.GetDirectoryName(model)!).Select(Path.GetFileName).Order());
            Assert.Equal(
                await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "models", "ner.gazetteer.tsv")),
                await File.ReadAllTextAsync(Path.Combine(folder.FullName, "out", "ner.gazetteer.tsv")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task TrainingWithTheSameNamesGivesTheSameModelAndTheSchemasNamesAnother()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            string Out(string name) => Path.Combine(folder.FullName, name, "ner.model");
            var names = Path.Combine(folder.FullName, "names.tsv");
            await File.WriteAllTextAsync(names, "# a list of our own\nCountry\tRuritania\nPerson\tAnn Hale\n");

            foreach (var run in new[] { "a", "b" })
            {
                var (exit, _, error) = await Run("train", "ner", "--train", Sample, "--out", Out(run), "--epochs", "2", "--gazetteer", names);
                Assert.True(exit == 0, error);
            }
            var (schemaExit, _, schemaError) = await Run("train", "ner", "--train", Sample, "--out", Out("c"), "--epochs", "2", "--gazetteer", "schema");
            Assert.True(schemaExit == 0, schemaError);

            Assert.Equal(await File.ReadAllBytesAsync(Out("a")), await File.ReadAllBytesAsync(Out("b")));
            Assert.Equal("# Gazetteer names the statistical tagger was trained with: kind, tab, name.\nCountry\tRuritania\nPerson\tAnn Hale\n",
                await File.ReadAllTextAsync(Path.Combine(folder.FullName, "a", "ner.gazetteer.tsv")));
            Assert.Contains("Country\tUnited Kingdom\n", await File.ReadAllTextAsync(Path.Combine(folder.FullName, "c", "ner.gazetteer.tsv")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task AMalformedNamesFileFailsWithFileAndLine()
    {
        var names = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(names, ["# names", "Country\tRuritania", "Planet\tMars"]);

            var (exit, _, error) = await Run("train", "ner", "--train", Sample, "--out", "/tmp/never.model", "--gazetteer", names);

            Assert.Equal(1, exit);
            Assert.Contains($"error GK0312: {names}:3: expected a kind", error);
            Assert.False(File.Exists("/tmp/never.model"));
        }
        finally
        {
            File.Delete(names);
        }
    }

    [Fact]
    public async Task MalformedLineFailsWithFileAndLine()
    {
        var bad = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(bad, ["-DOCSTART- -X- O O", "", "Paris NNP I-NP I-LOC", "Rome"]);

            var (exit, _, error) = await Run("eval", "conll", bad);

            Assert.Equal(1, exit);
            Assert.Contains($"error GK0300: {bad}:4:", error);
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public async Task MissingTrainingFileFails()
    {
        var (exit, _, error) = await Run("train", "ner", "--train", "/nonexistent/train.txt", "--out", "/tmp/never.model");

        Assert.Equal(1, exit);
        Assert.Contains("error GK0301", error);
    }
}
