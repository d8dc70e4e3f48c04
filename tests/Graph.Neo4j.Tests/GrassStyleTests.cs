namespace Graph.Neo4j.Tests;

public sealed class GrassStyleTests
{
    [Fact]
    public void Every_entity_type_gets_its_schema_color_and_a_name_caption()
    {
        var style = GrassStyle.Generate(CypherQueriesTests.Schema);
        foreach (var type in CypherQueriesTests.Schema.EntityTypes)
        {
            var rule = Rule(style, "node." + type.Name);
            Assert.Contains($"color: {type.Color.ToUpperInvariant()};", rule, StringComparison.Ordinal);
            Assert.Contains("caption: '{name}';", rule, StringComparison.Ordinal);
        }
        foreach (var type in CypherQueriesTests.Schema.RelationTypes)
        {
            Assert.Contains("caption: '<type>';", Rule(style, "relationship." + type.Name), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Committed_style_file_is_up_to_date_with_the_generator()
    {
        var path = Path.Combine(CypherQueriesTests.RepoRoot(), "schema", GrassStyle.FileName);
        Assert.True(File.Exists(path), $"{path} is missing: run kgraph style --out schema/{GrassStyle.FileName}");
        Assert.True(
            GrassStyle.Generate(CypherQueriesTests.Schema) == File.ReadAllText(path),
            $"schema/{GrassStyle.FileName} is stale: run kgraph style --out schema/{GrassStyle.FileName}");
    }

    [Fact]
    public void Border_is_darker_and_text_contrasts()
    {
        Assert.Equal("#412E25", GrassStyle.Darker("#4C362B"));
        Assert.Equal("#FFFFFF", GrassStyle.TextColor("#4C8EDA"));
        Assert.Equal("#2A2C34", GrassStyle.TextColor("#D9C8AE"));
    }

    private static string Rule(string style, string selector)
    {
        var start = style.IndexOf(selector + " {", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no rule for {selector}");
        return style[start..style.IndexOf("\n}", start, StringComparison.Ordinal)];
    }
}
