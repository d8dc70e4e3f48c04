using Graph.Core.Graph;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Extraction.Building;
using Graph.Extraction.Entities.Statistical;

namespace Graph.Extraction.Tests;

/// <summary>The real pipeline over the repository's schema and shipped model, built once.</summary>
internal static class TestPipeline
{
    private static readonly Lazy<(GraphSchema Schema, Core.Pipeline.Pipeline Pipeline)> Shared = new(() =>
    {
        var schema = GraphSchema.Load(SchemaFolder);
        var model = new StatisticalEntityRecognizer(
            NerModel.Load(Path.Combine(AppContext.BaseDirectory, "models", "ner.model")), NerGazetteer.From(schema));
        return (schema, ExtractionPipeline.Create(schema, [model]));
    });

    public static GraphSchema Schema => Shared.Value.Schema;

    public static string SchemaFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "schema", "types.yaml")))
                {
                    return Path.Combine(dir.FullName, "schema");
                }
            }
            throw new InvalidOperationException("schema folder not found");
        }
    }

    public static Document Run(string text, string? published = null) =>
        Shared.Value.Pipeline.Run(new Article(global::Graph.Extraction.Reading.ArticleReader.IdOf(text), "test.txt", "test", text, Published: published));

    /// <summary>An article whose first line is its headline, as the readers make it.</summary>
    public static Document RunHeadlined(string headline, string body)
    {
        var text = headline + "\n\n" + body;
        return Shared.Value.Pipeline.Run(new Article(global::Graph.Extraction.Reading.ArticleReader.IdOf(text), "test.txt", headline, text));
    }

    public static KnowledgeGraph Graph(params string[] articles)
    {
        var builder = new GraphBuilder(Schema);
        foreach (var text in articles)
        {
            builder.Add(Run(text));
        }
        return builder.Graph;
    }

    /// <summary>Mentions as "Type:text=id" strings, for compact assertions.</summary>
    public static string[] Mentions(Document document) =>
        document.Mentions.Select(m => $"{m.Type}:{m.Text}={m.EntityId ?? string.Join('+', m.Group ?? [])}").ToArray();

    public static string[] Relations(Document document) =>
        document.Relations.Select(r => $"{r.Source} {r.Type} {r.Target}").Distinct().ToArray();
}
