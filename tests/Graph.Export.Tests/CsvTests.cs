using CsvHelper;
using Graph.Core;
using Graph.Core.Graph;
using Graph.Export.Csv;

namespace Graph.Export.Tests;

public sealed class CsvTests
{
    private static readonly string[] Files =
    [
        Neo4jImportCsvWriter.ArticlesFile, Neo4jImportCsvWriter.EntitiesFile,
        Neo4jImportCsvWriter.MentionsFile, Neo4jImportCsvWriter.RelationsFile,
    ];

    private static Dictionary<string, byte[]> WriteAll(IKnowledgeGraph graph)
    {
        using var folder = new TempFolder();
        new Neo4jImportCsvWriter(TestGraph.Schema()).WriteDirectory(graph, folder.Path);
        Assert.Equal(Files.Order(), Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Order());
        return Files.ToDictionary(f => f, f => File.ReadAllBytes(folder.File(f)));
    }

    private static List<Dictionary<string, string?>> Read(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, new CsvReaderOptions { HasHeader = true, AllowLineBreaksInQuotes = true });
        var rows = new List<Dictionary<string, string?>>();
        while (reader.Read())
        {
            var headers = reader.Headers!;
            rows.Add(Enumerable.Range(0, headers.Count).ToDictionary(i => headers[i], i => reader.GetStringOrNull(i)));
        }
        return rows;
    }

    [Fact]
    public void MatchesGoldenFiles()
    {
        foreach (var (name, bytes) in WriteAll(TestGraph.Build()))
        {
            Golden.Check("csv/" + name, bytes);
        }
    }

    [Fact]
    public void HeadersAreExact()
    {
        var files = WriteAll(TestGraph.Build());
        string Header(string file) => System.Text.Encoding.UTF8.GetString(files[file]).Split('\n')[0];
        Assert.Equal("id:ID,path,title,source,url,published,:LABEL", Header("articles.csv"));
        Assert.Equal("id:ID,name,type,aliases:string[],iso,nationality,year,:LABEL", Header("entities.csv"));
        Assert.Equal(":START_ID,:END_ID,count:int,:TYPE", Header("mentions.csv"));
        Assert.Equal(
            ":START_ID,:END_ID,:TYPE,id,confidence:double,negated:boolean,attributedTo,attributedToId,count:int," +
            "articles:string[],evidence:string[],rules:string[],cameo,goldstein:double,prop_confidence,title,topic",
            Header("relations.csv"));
    }

    [Fact]
    public void AwkwardFieldsRoundTripThroughCsvHelper()
    {
        var graph = TestGraph.Build();
        var awkward = "a,b \"c\"\nd;e\r\nf\\\"g";
        var entity = graph.GetOrAddEntity("person:awkward", "Person", awkward);
        entity.Aliases.Add("x;y");
        entity.Aliases.Add("plain");
        entity.Properties["nationality"] = " padded ";
        var files = WriteAll(graph);

        var row = Read(files["entities.csv"]).Single(r => r["id:ID"] == "person:awkward");
        Assert.Equal(awkward, row["name"]);
        // ';' separates array elements for the importer, so inside an element it becomes ','.
        Assert.Equal(["plain", "x,y"], row["aliases:string[]"]!.Split(';'));
        Assert.Equal(" padded ", row["nationality"]);
        Assert.Equal("Entity;Person", row[":LABEL"]);
        Assert.Equal("", row["iso"]);

        var group = Read(files["entities.csv"]).Single(r => r["id:ID"] == TestGraph.Group);
        Assert.Equal(TestGraph.GroupName, group["name"]);
        Assert.Equal("QG, the Fund", group["aliases:string[]"]);

        var relations = Read(files["relations.csv"]);
        var visited = relations.Single(r => r[":TYPE"] == "VISITED");
        Assert.Equal(
            ["Volodymyr Zelenskyy visited C:\\Kyiv `Old`\nTown on Monday.", "Zelenskyy’s trip to the \"old\" town, it was short."],
            visited["evidence:string[]"]!.Split(';'));
        Assert.Equal("3", visited["count:int"]);
        Assert.Equal("0.97", visited["confidence:double"]);
        var signed = relations.Single(r => r[":TYPE"] == "SIGNED");
        Assert.Equal("true", signed["negated:boolean"]);
        Assert.Equal(TestGraph.GroupName, signed["attributedTo"]);
        Assert.Equal("8", signed["goldstein:double"]);
        Assert.Equal("The group said Ukraine never signed the\r\nMinsk\u0001Protocol, 2014.", signed["evidence:string[]"]);
        Assert.Equal("", relations.Single(r => r[":TYPE"] == "LEADER_OF")["attributedTo"]);

        var mentions = Read(files["mentions.csv"]);
        Assert.Equal(7, mentions.Count);
        Assert.All(mentions, m => Assert.Equal("MENTIONS", m[":TYPE"]));
        Assert.Contains(mentions, m => m[":START_ID"] == TestGraph.DocA && m[":END_ID"] == TestGraph.Zelenskyy && m["count:int"] == "2");

        var articles = Read(files["articles.csv"]);
        Assert.Equal("A \"quoted\" title, with 'both'", articles[1]["title"]);
        Assert.Equal("", articles[1]["source"]);
    }

    [Fact]
    public void ImportCommands()
    {
        Assert.Equal(
            "neo4j-admin database import full neo4j --nodes=/data/out/articles.csv --nodes=/data/out/entities.csv " +
            "--relationships=/data/out/mentions.csv --relationships=/data/out/relations.csv --array-delimiter=';' --multiline-fields=true",
            Neo4jImportCsvWriter.ImportCommand("/data/out"));
        Assert.Equal(
            "neo4j-admin database import full news --nodes='/my data/it'\\''s/articles.csv' --nodes='/my data/it'\\''s/entities.csv' " +
            "--relationships='/my data/it'\\''s/mentions.csv' --relationships='/my data/it'\\''s/relations.csv' --array-delimiter=';' --multiline-fields=true",
            Neo4jImportCsvWriter.ImportCommand("/my data/it's", "news"));
        Assert.Equal(
            "neo4j-import --into data/databases/graph.db --nodes out/articles.csv --nodes out/entities.csv " +
            "--relationships out/mentions.csv --relationships out/relations.csv --array-delimiter ';' --multiline-fields true",
            Neo4jImportCsvWriter.LegacyImportCommand("out"));
    }

    [Fact]
    public void InvalidNamesLeaveNoFiles()
    {
        var graph = TestGraph.Build();
        graph.FindEntity(TestGraph.Ukraine)!.Properties["bad:name"] = "x";
        using var folder = new TempFolder();
        var error = Assert.Throws<GraphException>(() => new Neo4jImportCsvWriter().WriteDirectory(graph, folder.File("out")));
        Assert.Equal("GK0207", error.Code);
        Assert.Contains("entity property 'bad:name'", error.Message);
        Assert.False(Directory.Exists(folder.File("out")));
    }

    [Fact]
    public void OutputIsDeterministic() =>
        Assert.Equal(WriteAll(TestGraph.Build()), WriteAll(TestGraph.Build()));
}
