using System.Globalization;
using CsvHelper;
using Graph.Core.Graph;
using Graph.Core.Schema;

namespace Graph.Export.Csv;

/// <summary>
/// Writes the four CSV files the Neo4j bulk importer reads: <c>neo4j-admin database import full</c>
/// in Neo4j 5 and <c>neo4j-import</c> in Neo4j 3.1 accept the same headers.
/// <list type="bullet">
/// <item>One global id space (<c>:ID</c> without a group): article ids are hashes and entity ids
/// are "type:slug", so they never collide, and relationships can point at either.</item>
/// <item>Arrays use the importer's default delimiter ';'. A ';' inside an element (an alias or
/// an evidence sentence) is replaced by ',' because the importer has no way to escape it.</item>
/// <item>Null values and empty arrays are empty fields, which the importer skips, so the
/// property is absent rather than an empty string.</item>
/// <item>Fields are quoted per RFC 4180 (embedded quotes doubled). Names and sentences may hold
/// line breaks, hence <c>--multiline-fields=true</c> in <see cref="ImportCommand"/>. Neo4j 3.1
/// (and Neo4j 5 with --legacy-style-quoting) also reads a backslash before a quote as an
/// escape, so a value containing the two characters \" is misread there.</item>
/// </list>
/// </summary>
internal sealed class Neo4jImportCsvWriter(GraphSchema? schema = null)
{
    public const string ArticlesFile = "articles.csv";
    public const string EntitiesFile = "entities.csv";
    public const string MentionsFile = "mentions.csv";
    public const string RelationsFile = "relations.csv";
    public const string ArrayDelimiter = ";";
    public const string ArrayDelimiterReplacement = ",";

    // RFC 4180 quoting only where needed; no spreadsheet formula escaping, which would change
    // values that start with '-' or '='.
    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\n",
        Quoting = CsvQuoting.WhenNeeded,
        Injection = CsvInjection.None,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>Writes the four files into <paramref name="directory"/>, each atomically.</summary>
    public void WriteDirectory(IKnowledgeGraph graph, string directory)
    {
        // Validate names first so a bad type or property name leaves no files behind.
        var layout = new Layout(graph, schema);
        Directory.CreateDirectory(directory);
        AtomicFile.WriteText(Path.Combine(directory, ArticlesFile), w => WriteArticles(graph, w));
        AtomicFile.WriteText(Path.Combine(directory, EntitiesFile), w => WriteEntities(graph, w, layout));
        AtomicFile.WriteText(Path.Combine(directory, MentionsFile), w => WriteMentions(graph, w));
        AtomicFile.WriteText(Path.Combine(directory, RelationsFile), w => WriteRelations(graph, w, layout));
    }

    public void WriteArticles(IKnowledgeGraph graph, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        Row(csv, "id:ID", "path", "title", "source", "url", "published", ":LABEL");
        foreach (var article in graph.Documents)
        {
            Row(csv, article.Id, article.Path, article.Title, article.Source, article.Url, article.Published, "Article");
        }
    }

    public void WriteEntities(IKnowledgeGraph graph, TextWriter writer) => WriteEntities(graph, writer, new Layout(graph, schema));

    public void WriteMentions(IKnowledgeGraph graph, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        Row(csv, ":START_ID", ":END_ID", "count:int", ":TYPE");
        foreach (var entity in graph.Entities)
        {
            foreach (var (document, count) in GraphOrder.MentionsPerArticle(entity))
            {
                Row(csv, document, entity.Id, Integer(count), "MENTIONS");
            }
        }
    }

    public void WriteRelations(IKnowledgeGraph graph, TextWriter writer) => WriteRelations(graph, writer, new Layout(graph, schema));

    /// <summary>
    /// The Neo4j 5 command that imports the files written to <paramref name="directory"/> into a
    /// new database (it must not exist yet; create it afterwards with CREATE DATABASE, or use
    /// "neo4j" on a fresh install). Paths are quoted for a POSIX shell.
    /// </summary>
    public static string ImportCommand(string directory, string database = "neo4j") =>
        string.Join(' ',
            "neo4j-admin database import full", ShellQuote(database),
            "--nodes=" + ShellQuote(Path.Combine(directory, ArticlesFile)),
            "--nodes=" + ShellQuote(Path.Combine(directory, EntitiesFile)),
            "--relationships=" + ShellQuote(Path.Combine(directory, MentionsFile)),
            "--relationships=" + ShellQuote(Path.Combine(directory, RelationsFile)),
            "--array-delimiter=" + ShellQuote(ArrayDelimiter),
            "--multiline-fields=true");

    /// <summary>The same import for Neo4j 3.1's <c>neo4j-import</c> tool, into a store directory.</summary>
    public static string LegacyImportCommand(string directory, string storeDirectory = "data/databases/graph.db") =>
        string.Join(' ',
            "neo4j-import --into", ShellQuote(storeDirectory),
            "--nodes", ShellQuote(Path.Combine(directory, ArticlesFile)),
            "--nodes", ShellQuote(Path.Combine(directory, EntitiesFile)),
            "--relationships", ShellQuote(Path.Combine(directory, MentionsFile)),
            "--relationships", ShellQuote(Path.Combine(directory, RelationsFile)),
            "--array-delimiter", ShellQuote(ArrayDelimiter),
            "--multiline-fields true");

    private static void WriteEntities(IKnowledgeGraph graph, TextWriter writer, Layout layout)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        Row(csv, ["id:ID", "name", "type", "aliases:string[]", .. layout.EntityColumns.Values, ":LABEL"]);
        foreach (var entity in graph.Entities)
        {
            csv.WriteField(entity.Id);
            csv.WriteField(entity.Name);
            csv.WriteField(entity.Type);
            csv.WriteField(Array(entity.Aliases));
            foreach (var name in layout.EntityColumns.Keys)
            {
                csv.WriteField(entity.Properties.GetValueOrDefault(name));
            }
            csv.WriteField("Entity" + ArrayDelimiter + entity.Type);
            csv.EndRecord();
        }
    }

    private static void WriteRelations(IKnowledgeGraph graph, TextWriter writer, Layout layout)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        List<string> header =
        [
            ":START_ID", ":END_ID", ":TYPE", "id", "confidence:double", "negated:boolean", "attributedTo",
            "attributedToId", "count:int", "articles:string[]", "evidence:string[]", "rules:string[]",
        ];
        if (layout.HasCameo)
        {
            header.AddRange(["cameo", "goldstein:double"]);
        }
        Row(csv, [.. header, .. layout.RelationColumns.Values]);
        foreach (var relation in graph.Relations)
        {
            csv.WriteField(relation.Source.Id);
            csv.WriteField(relation.Target.Id);
            csv.WriteField(relation.Type);
            csv.WriteField(relation.Id);
            csv.WriteField(Double(relation.Confidence));
            csv.WriteField(relation.Negated ? "true" : "false");
            csv.WriteField(relation.AttributedTo is { } by ? graph.FindEntity(by)?.Name ?? by : null);
            csv.WriteField(relation.AttributedTo);
            csv.WriteField(Integer(relation.Evidence.Count));
            csv.WriteField(Array(GraphOrder.Articles(relation)));
            csv.WriteField(Array(GraphOrder.EvidenceTexts(relation)));
            csv.WriteField(Array(GraphOrder.Rules(relation)));
            if (layout.HasCameo)
            {
                var type = layout.Schema?.RelationType(relation.Type);
                csv.WriteField(type?.Cameo);
                csv.WriteField(type?.Goldstein is { } g ? Double(g) : null);
            }
            foreach (var name in layout.RelationColumns.Keys)
            {
                csv.WriteField(relation.Properties.GetValueOrDefault(name));
            }
            csv.EndRecord();
        }
    }

    private static void Row(CsvWriter csv, params string?[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }
        csv.EndRecord();
    }

    private static string Array(IEnumerable<string> items) =>
        string.Join(ArrayDelimiter, items.Select(i => i.Replace(ArrayDelimiter, ArrayDelimiterReplacement, StringComparison.Ordinal)));

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Double(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string ShellQuote(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || "_./:@%+=-".Contains(c))
            ? text
            : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Column names checked once per graph: header syntax gives ':' and ',' meaning.</summary>
    private sealed class Layout
    {
        public Layout(IKnowledgeGraph graph, GraphSchema? schema)
        {
            Schema = schema;
            foreach (var type in graph.Entities.Select(e => e.Type).Distinct())
            {
                ExportNames.RequireIdentifier(type, "entity type");
            }
            foreach (var type in graph.Relations.Select(r => r.Type).Distinct())
            {
                ExportNames.RequireIdentifier(type, "relation type");
            }
            EntityColumns = Checked(ExportNames.PropertyColumns(graph.Entities.SelectMany(e => e.Properties.Keys), ExportNames.EntityReserved), "entity property");
            RelationColumns = Checked(ExportNames.PropertyColumns(graph.Relations.SelectMany(r => ExportNames.OwnProperties(r).Select(p => p.Key)), ExportNames.RelationReserved), "relation property");
            HasCameo = schema is not null && graph.Relations.Any(r => schema.RelationType(r.Type) is { Cameo: not null } or { Goldstein: not null });
        }

        public GraphSchema? Schema { get; }

        /// <summary>Property name to column name, in property name order.</summary>
        public IReadOnlyDictionary<string, string> EntityColumns { get; }

        public IReadOnlyDictionary<string, string> RelationColumns { get; }

        public bool HasCameo { get; }

        private static SortedDictionary<string, string> Checked(IReadOnlyDictionary<string, string> columns, string what)
        {
            foreach (var column in columns.Values)
            {
                ExportNames.RequireIdentifier(column, what);
            }
            return new SortedDictionary<string, string>(columns.ToDictionary(), StringComparer.Ordinal);
        }
    }
}
