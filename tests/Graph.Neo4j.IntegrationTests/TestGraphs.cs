using Graph.Core.Graph;
using Graph.Core.Model;

namespace Graph.Neo4j.IntegrationTests;

/// <summary>Small knowledge graphs built by hand, with exactly known node and relationship counts.</summary>
internal static class TestGraphs
{
    public const string A1 = "article-1";
    public const string A2 = "article-2";

    /// <summary>Article 1: 1 article + 4 entities = 5 nodes; 4 MENTIONS + 4 relations = 8 relationships.</summary>
    public static KnowledgeGraph First()
    {
        var g = new KnowledgeGraph();
        g.AddDocument(new Article(A1, "articles/one.txt", "Putin meets Xi", "text", "BBC", "https://example.org/1", "2024-05-16"));
        var putin = Person(g, "person:vladimir-putin", "Vladimir Putin", "Putin");
        putin.Properties["title"] = "President";
        var xi = Person(g, "person:xi-jinping", "Xi Jinping", "Xi");
        var rus = g.GetOrAddEntity("country:rus", "Country", "Russia");
        rus.Properties["iso"] = "RUS";
        var chn = g.GetOrAddEntity("country:chn", "Country", "China");
        chn.Properties["iso"] = "CHN";
        Mention(putin, A1, 0, 2);
        Mention(xi, A1, 1);
        Mention(rus, A1, 1);
        Mention(chn, A1, 1);

        var met = g.AddRelation(new RelationKey("MET", putin.Id, xi.Id, false, null), symmetric: true);
        g.AddEvidence(met, new Evidence(A1, 0, 0, 30, "Putin met Xi in Beijing.", "met-1"), 0.9);
        g.AddEvidence(met, new Evidence(A1, 2, 60, 90, "The two leaders held talks.", "talks-1"), 0.8);
        var supports = g.AddRelation(new RelationKey("SUPPORTS", rus.Id, chn.Id, false, null), symmetric: false);
        g.AddEvidence(supports, new Evidence(A1, 1, 31, 59, "Russia backs China.", "supports-1"), 0.7);
        var leader = g.AddRelation(new RelationKey("LEADER_OF", putin.Id, rus.Id, false, null), symmetric: false);
        leader.Properties["title"] = "President";
        g.AddEvidence(leader, new Evidence(A1, 0, 0, 30, "Putin met Xi in Beijing.", "title-1"), 0.95);
        var criticized = g.AddRelation(new RelationKey("CRITICIZED", chn.Id, rus.Id, true, xi.Id), symmetric: false);
        g.AddEvidence(criticized, new Evidence(A1, 2, 60, 90, "The two leaders held talks.", "criticized-1"), 0.6);
        return g;
    }

    /// <summary>
    /// Article 2 only: 1 article + Putin, Xi and Moscow = 4 nodes, of which Moscow and the article are new; MET again
    /// with one more sentence, and a new VISITED.
    /// </summary>
    public static KnowledgeGraph Second()
    {
        var g = new KnowledgeGraph();
        g.AddDocument(new Article(A2, "articles/two.txt", "Xi in Moscow", "text", "Reuters", null, "2024-05-20"));
        var putin = Person(g, "person:vladimir-putin", "Vladimir Putin", "Vladimir Vladimirovich Putin");
        var xi = Person(g, "person:xi-jinping", "Xi Jinping", "Xi");
        var moscow = g.GetOrAddEntity("location:moscow", "Location", "Moscow");
        Mention(putin, A2, 0);
        Mention(xi, A2, 0, 1);
        Mention(moscow, A2, 1);
        var met = g.AddRelation(new RelationKey("MET", xi.Id, putin.Id, false, null), symmetric: true);
        g.AddEvidence(met, new Evidence(A2, 0, 0, 25, "Xi met Putin again.", "met-1"), 0.9);
        var visited = g.AddRelation(new RelationKey("VISITED", xi.Id, moscow.Id, false, null), symmetric: false);
        g.AddEvidence(visited, new Evidence(A2, 1, 26, 50, "Xi arrived in Moscow.", "visited-1"), 0.85);
        return g;
    }

    /// <summary>A graph of <paramref name="people"/> people in a ring of MET relations: many batches for fault tests.</summary>
    public static KnowledgeGraph Ring(int people)
    {
        var g = new KnowledgeGraph();
        g.AddDocument(new Article("ring", "ring.txt", "Ring", "text"));
        var entities = Enumerable.Range(0, people)
            .Select(i => Person(g, $"person:p{i:D6}", $"Person {i}", $"P{i}"))
            .ToList();
        for (var i = 0; i < people; i++)
        {
            var r = g.AddRelation(new RelationKey("MET", entities[i].Id, entities[(i + 1) % people].Id, false, null), symmetric: true);
            g.AddEvidence(r, new Evidence("ring", i, i, i + 1, $"Sentence {i}.", "met-1"), 0.9);
        }
        return g;
    }

    /// <summary>
    /// Strings that are hard for CSV and Cypher: quotes of every kind, commas, semicolons, line breaks, backslashes,
    /// braces, a leading '=' and non-ASCII text. 2 articles + 5 entities = 7 nodes; 7 MENTIONS + 5 relations = 12
    /// relationships. (No backslash directly before a double quote: Neo4j 3.1's importer reads that as an escape.)
    /// </summary>
    public static KnowledgeGraph Awkward()
    {
        var g = new KnowledgeGraph();
        g.AddDocument(new Article("doc-1", "articles/one, \"two\".txt", "He said \"no\", then left; twice", "text", "BBC; World", "https://example.org/a?x=1,2;y='3'", "2024-05-16"));
        g.AddDocument(new Article("doc-2", "articles/zürich.txt", "Zürich\nsecond line — ü 🙂 {braces} $rows", "text", null, null, null));
        var obrien = Person(g, "person:sean-obrien", "Seán O'Brien \"the boss\"", "O'Brien; Seán");
        obrien.Aliases.Add("=SUM(A1)");
        obrien.Properties["title"] = "Minister, of \"State\"";
        var odd = Person(g, "person:back`tick", "Back`tick {braces} $rows \\ slash", "multi\nline");
        var fra = g.GetOrAddEntity("country:fra", "Country", "France");
        fra.Properties["iso"] = "FRA";
        var acme = g.GetOrAddEntity("organization:acme", "Organization", "Acme, Inc. 'quoted'");
        var zurich = g.GetOrAddEntity("location:zurich", "Location", "Zürich");
        Mention(obrien, "doc-1", 0, 1);
        Mention(odd, "doc-1", 2);
        Mention(fra, "doc-1", 3);
        Mention(acme, "doc-1", 4);
        Mention(obrien, "doc-2", 0);
        Mention(zurich, "doc-2", 1, 2, 3);
        Mention(acme, "doc-2", 4);

        var met = g.AddRelation(new RelationKey("MET", obrien.Id, odd.Id, false, null), symmetric: true);
        g.AddEvidence(met, new Evidence("doc-1", 0, 0, 40, "O'Brien met \"Back`tick\"; they talked,\nat length.", "met-1"), 0.9);
        g.AddEvidence(met, new Evidence("doc-2", 0, 0, 20, "They met again in Zürich.", "met-1"), 0.75);
        var supports = g.AddRelation(new RelationKey("SUPPORTS", fra.Id, acme.Id, false, null), symmetric: false);
        g.AddEvidence(supports, new Evidence("doc-1", 3, 50, 80, "France backs Acme, it said.", "supports-1"), 0.7);
        var leader = g.AddRelation(new RelationKey("LEADER_OF", obrien.Id, acme.Id, false, null), symmetric: false);
        leader.Properties["title"] = "Chair; \"acting\"";
        g.AddEvidence(leader, new Evidence("doc-1", 1, 10, 30, "O'Brien, Acme's chair.", "title-1"), 0.95);
        var criticized = g.AddRelation(new RelationKey("CRITICIZED", acme.Id, fra.Id, true, obrien.Id), symmetric: false);
        g.AddEvidence(criticized, new Evidence("doc-2", 4, 60, 90, "Acme did not criticize France, O'Brien said.", "criticized-1"), 0.6);
        var visited = g.AddRelation(new RelationKey("VISITED", odd.Id, zurich.Id, false, null), symmetric: false);
        g.AddEvidence(visited, new Evidence("doc-2", 2, 20, 40, "Back`tick visited Zürich {again}.", "visited-1"), 0.85);
        return g;
    }

    public static Entity Person(KnowledgeGraph g, string id, string name, string alias)
    {
        var e = g.GetOrAddEntity(id, "Person", name);
        e.Aliases.Add(alias);
        return e;
    }

    public static void Mention(Entity e, string document, params int[] starts)
    {
        foreach (var start in starts)
        {
            e.Mentions.Add(new MentionRecord(document, start * 10, (start * 10) + 5, e.Name, MentionKind.Name));
        }
    }
}
