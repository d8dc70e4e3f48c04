using Graph.Core;
using Graph.Extraction.Entities.Statistical;

namespace Graph.Extraction.Tests.Entities.Statistical;

public class NerGazetteerTests
{
    [Fact]
    public void Saved_names_rebuild_the_same_features()
    {
        var fromSchema = NerGazetteer.From(TestPipeline.Schema);
        var file = Path.GetTempFileName();
        try
        {
            using (var writer = new StreamWriter(file))
            {
                fromSchema.Save(writer);
            }
            var loaded = NerGazetteer.Load(file);

            var again = new StringWriter();
            loaded.Save(again);
            Assert.Equal(File.ReadAllText(file), again.ToString());
            foreach (var word in new[] { "United", "North", "Labour", "British", "Moscow", "BANK" })
            {
                Assert.Equal(Names(fromSchema.Describe(word)), Names(loaded.Describe(word)));
            }
            Assert.NotEmpty(Names(loaded.Describe("United")));
            Assert.True(loaded.IsCountry("United Kingdom"));
            Assert.False(loaded.IsCountry("London"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_names_file_with_an_unknown_kind_is_rejected_with_its_line()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["# names", "Country\tRuritania", "Planet\tMars"]);
            var error = Assert.Throws<GraphException>(() => NerGazetteer.Load(file));
            Assert.Equal(NerGazetteer.InvalidNames, error.Code);
            Assert.StartsWith($"{file}:3:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string[] Names(NerGazetteer.Word word) =>
        word.Starting?.Select(n => $"{n.Kind}:{string.Join(' ', n.Tokens)}").ToArray() ?? [];
}
