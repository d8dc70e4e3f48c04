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
            Assert.Single(Directory.GetFiles(Path.GetDirectoryName(model)!));
        }
        finally
        {
            folder.Delete(recursive: true);
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
