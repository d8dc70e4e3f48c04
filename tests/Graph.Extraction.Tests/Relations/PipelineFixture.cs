using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Extraction.Tests.Relations;

/// <summary>The real extraction pipeline over the repository's schema, built once for all relation tests.</summary>
internal static class PipelineFixture
{
    /// <summary>The folder holding schema/types.yaml, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    private static readonly Lazy<(GraphSchema Schema, Graph.Core.Pipeline.Pipeline Pipeline)> Shared = new(() =>
    {
        var schema = GraphSchema.Load(Path.Combine(RepositoryRoot, "schema"));
        return (schema, ExtractionPipeline.Create(schema));
    });

    public static GraphSchema Schema => Shared.Value.Schema;

    public static Document Run(string text, string? published = "2025-06-18")
    {
        var article = new Article(global::Graph.Extraction.Reading.ArticleReader.IdOf(text), "test.txt", "", text, Published: published);
        return Shared.Value.Pipeline.Run(article);
    }

    public static Document RunArticle(Article article) => Shared.Value.Pipeline.Run(article);

    /// <summary>"TYPE source target" plus negated, by=..., and property=value flags, sorted: one line per relation.</summary>
    public static string Describe(RelationMention r)
    {
        // A symmetric relation has no direction to test: name its ends in order.
        var (source, target) = Schema.RelationType(r.Type) is { Symmetric: true } && string.CompareOrdinal(r.Source, r.Target) > 0
            ? (r.Target, r.Source)
            : (r.Source, r.Target);
        var parts = new List<string> { r.Type, source, target };
        if (r.Negated)
        {
            parts.Add("negated");
        }
        if (r.AttributedTo is { } by)
        {
            parts.Add("by=" + by);
        }
        parts.AddRange(r.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value == "true" ? p.Key : $"{p.Key}={p.Value}"));
        return string.Join(' ', parts);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "schema", "types.yaml")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("no schema/types.yaml above " + AppContext.BaseDirectory);
    }
}
