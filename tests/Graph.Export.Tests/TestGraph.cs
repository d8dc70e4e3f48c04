using Graph.Core.Graph;
using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Export.Tests;

/// <summary>
/// A small hand-built graph whose strings carry everything that breaks naive writers: both
/// quote kinds, backticks, braces, backslashes, newlines, a C0 control character, semicolons,
/// commas and non-ASCII punctuation.
/// </summary>
internal static class TestGraph
{
    public const string DocA = "a1b2c3d4";
    public const string DocB = "e5f6a7b8";

    public const string Zelenskyy = "person:volodymyr-zelenskyy";
    public const string Ukraine = "country:ukraine";
    public const string Group = "organization:the-quote-group-s-fund";
    public const string OldTown = "location:c-kyiv-old-town";
    public const string Protocol = "treaty:minsk-protocol";

    public const string GroupName = "The \"Quote\" Group's {Fund}";
    public const string OldTownName = "C:\\Kyiv `Old`\nTown";
    public const string ProtocolName = "Minsk\u0001Protocol, 2014";

    public static KnowledgeGraph Build()
    {
        var graph = new KnowledgeGraph();
        graph.AddDocument(new Article(DocA, "news/a.txt", "Zelenskyy visits Kyiv", "(text)", "Reuters", "https://example.org/a?x=1&y=2", "2024-02-24"));
        graph.AddDocument(new Article(DocB, "news/b.txt", "A \"quoted\" title, with 'both'", "(text)"));

        var zelenskyy = graph.GetOrAddEntity(Zelenskyy, "Person", "Volodymyr Zelenskyy");
        zelenskyy.Aliases.Add("Zelensky");
        zelenskyy.Aliases.Add("Zelenskyy’s");
        zelenskyy.Properties["nationality"] = "Ukrainian";
        // Added out of order on purpose: writers sort mentions by document, then start.
        zelenskyy.Mentions.Add(new MentionRecord(DocB, 40, 51, "Zelenskyy’s", MentionKind.Alias));
        zelenskyy.Mentions.Add(new MentionRecord(DocA, 30, 32, "He", MentionKind.Pronoun));
        zelenskyy.Mentions.Add(new MentionRecord(DocA, 0, 19, "Volodymyr Zelenskyy", MentionKind.Name));

        var ukraine = graph.GetOrAddEntity(Ukraine, "Country", "Ukraine");
        ukraine.Aliases.Add("Ukrainian");
        ukraine.Properties["iso"] = "UKR";
        ukraine.Mentions.Add(new MentionRecord(DocA, 60, 67, "Ukraine", MentionKind.Name));
        ukraine.Mentions.Add(new MentionRecord(DocB, 5, 14, "Ukrainian", MentionKind.Demonym));

        var group = graph.GetOrAddEntity(Group, "Organization", GroupName);
        group.Aliases.Add("QG; the Fund");
        group.Mentions.Add(new MentionRecord(DocB, 100, 125, GroupName, MentionKind.Name));
        group.Mentions.Add(new MentionRecord(DocB, 200, 209, "the group", MentionKind.Nominal));

        var oldTown = graph.GetOrAddEntity(OldTown, "Location", OldTownName);
        oldTown.Mentions.Add(new MentionRecord(DocA, 80, 96, OldTownName, MentionKind.Name));

        var protocol = graph.GetOrAddEntity(Protocol, "Treaty", ProtocolName);
        protocol.Properties["year"] = "2014";
        protocol.Mentions.Add(new MentionRecord(DocB, 300, 320, ProtocolName, MentionKind.Name));

        var visited = graph.AddRelation(new RelationKey("VISITED", Zelenskyy, OldTown, false, null), symmetric: false);
        graph.AddEvidence(visited, new Evidence(DocB, 3, 40, 90, "Zelenskyy’s trip to the \"old\" town; it was short.", "visit-trip", Group), 0.7);
        graph.AddEvidence(visited, new Evidence(DocA, 0, 0, 100, "Volodymyr Zelenskyy visited C:\\Kyiv `Old`\nTown on Monday.", "visit-verb"), 0.9);
        graph.AddEvidence(visited, new Evidence(DocA, 0, 0, 100, "Volodymyr Zelenskyy visited C:\\Kyiv `Old`\nTown on Monday.", "visit-trip"), 0.8);

        var leader = graph.AddRelation(new RelationKey("LEADER_OF", Zelenskyy, Ukraine, false, null), symmetric: false);
        leader.Properties["title"] = "President";
        graph.AddEvidence(leader, new Evidence(DocA, 1, 20, 70, "He is the president of Ukraine.", "title-president"), 0.95);

        var signed = graph.AddRelation(new RelationKey("SIGNED", Ukraine, Protocol, true, Group), symmetric: false);
        graph.AddEvidence(signed, new Evidence(DocB, 7, 250, 330, "The group said Ukraine never signed the\r\nMinsk\u0001Protocol, 2014.", "signed-neg"), 0.6);

        var criticized = graph.AddRelation(new RelationKey("CRITICIZED", Group, Zelenskyy, false, null), symmetric: false);
        // Clashes with the fixed "confidence" attribute: flat formats must rename it, not drop it.
        criticized.Properties["confidence"] = "high";
        criticized.Properties["topic"] = "aid; arms";
        graph.AddEvidence(criticized, new Evidence(DocB, 2, 100, 180, "The \"Quote\" Group's {Fund} criticised Zelenskyy.", "criticize-verb"), 0.75);

        return graph;
    }

    private const string TypesYaml = """
        entityTypes:
          - name: Person
          - name: Country
          - name: Organization
          - name: Treaty
          - name: Location
        relationTypes:
          - name: LEADER_OF
            from: [Person]
            to: [Country, Organization]
            properties: [title]
          - name: VISITED
            from: [Person]
            to: [Location, Country]
            cameo: "042"
            goldstein: 1.9
          - name: SIGNED
            from: [Person, Country]
            to: [Treaty]
            cameo: "057"
            goldstein: 8.0
          - name: CRITICIZED
            from: [Person, Country, Organization]
            to: [Person, Country, Organization]
            cameo: "111"
            goldstein: -2.0
        """;

    /// <summary>A schema of only the types above, so golden files do not change when schema/ does.</summary>
    public static GraphSchema Schema()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "types.yaml"), TypesYaml);
        return GraphSchema.Load(folder.Path);
    }

    public static IKnowledgeGraph Empty() => new KnowledgeGraph();
}
