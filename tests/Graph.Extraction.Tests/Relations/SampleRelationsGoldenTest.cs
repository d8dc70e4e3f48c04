using Graph.Extraction.Building;
using Graph.Extraction.Reading;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// The full relation list for samples/articles, compared exactly with Golden/sample-relations.txt.
/// Set UPDATE_GOLDEN=1 to rewrite the file, then review every line by eye before committing.
/// </summary>
public sealed class SampleRelationsGoldenTest
{
    [Fact]
    public void Sample_articles_yield_the_golden_relations()
    {
        var root = PipelineFixture.RepositoryRoot;
        var builder = new GraphBuilder(PipelineFixture.Schema);
        var reader = new ArticleReader(TextReader.Null);
        foreach (var path in ArticleReader.ExpandInputs([Path.Combine(root, "samples", "articles")]))
        {
            var article = reader.Read(path, out _)!;
            builder.Add(PipelineFixture.RunArticle(article));
        }
        var lines = builder.Graph.Relations
            .Select(r => string.Join('\t',
                r.Type, r.Source, r.Target, r.Negated ? "negated" : "asserted", r.AttributedTo ?? "-",
                string.Join(',', r.Evidence.Select(e => e.Rule).Distinct().Order(StringComparer.Ordinal)),
                string.Join(',', r.Properties.Select(p => $"{p.Key}={p.Value}"))))
            .Order(StringComparer.Ordinal)
            .ToList();
        var actual = string.Join('\n', lines) + "\n";
        var golden = Path.Combine(root, "tests", "Graph.Extraction.Tests", "Golden", "sample-relations.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), actual);
    }
}
