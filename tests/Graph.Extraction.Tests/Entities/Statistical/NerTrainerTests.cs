using Graph.Extraction.Entities.Statistical;

namespace Graph.Extraction.Tests.Entities.Statistical;

public class NerTrainerTests
{
    private static byte[] TrainBytes(int seed)
    {
        var corpus = ConllReader.Read(Fixture.Iob1);
        var model = new NerTrainer(NerGazetteer.Empty) { Epochs = 5, Seed = seed }.Train(corpus, corpus);
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void SameDataAndSeedGiveSameBytes()
    {
        Assert.Equal(TrainBytes(7), TrainBytes(7));
    }

    [Fact]
    public void LearnsTheTrainingData()
    {
        var corpus = ConllReader.Read(Fixture.Iob2);
        var reports = new List<EpochReport>();
        var model = new NerTrainer(NerGazetteer.Empty) { Epochs = 10 }.Train(corpus, corpus, reports.Add);

        Assert.Equal(10, reports.Count);
        Assert.True(NerTrainer.Evaluate(model, corpus).CoreMicro.F1 > 0.9);
    }

    [Fact]
    public void SavedModelLoadsAndTagsTheSame()
    {
        var corpus = ConllReader.Read(Fixture.Iob2);
        var model = new NerTrainer(NerGazetteer.Empty) { Epochs = 5 }.Train(corpus, null);
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = NerModel.Load(path);

            Assert.Equal(NerTrainer.Evaluate(model, corpus).CoreMicro, NerTrainer.Evaluate(loaded, corpus).CoreMicro);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
