using Graph.Core.Graph;
using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Neo4j.Tests;

public sealed class CypherQueriesTests
{
    internal static GraphSchema Schema { get; } = GraphSchema.Load(Path.Combine(RepoRoot(), "schema"));

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("no repository root");
    }

    [Theory]
    [InlineData("Person", true)]
    [InlineData("_x9", true)]
    [InlineData("9x", false)]
    [InlineData("A-B", false)]
    [InlineData("A`B", false)]
    [InlineData("A B", false)]
    [InlineData("", false)]
    [InlineData("Ä", false)]
    public void Identifiers_are_letters_digits_and_underscore(string name, bool valid)
    {
        Assert.Equal(valid, CypherQueries.IsIdentifier(name));
        if (!valid)
        {
            Assert.Throws<Neo4jException>(() => CypherQueries.Entities(name));
            Assert.Throws<Neo4jException>(() => CypherQueries.Relations(name));
        }
    }

    [Fact]
    public void One_constant_query_text_per_label_and_type_with_values_only_in_parameters()
    {
        var g = new KnowledgeGraph();
        var people = Enumerable.Range(0, 5).Select(i => g.GetOrAddEntity($"person:{i}", "Person", $"P'{i}`")).ToList();
        var country = g.GetOrAddEntity("country:x", "Country", "X\"}");
        for (var i = 0; i < 4; i++)
        {
            var r = g.AddRelation(new RelationKey("MET", people[i].Id, people[i + 1].Id, false, null), true);
            g.AddEvidence(r, new Evidence("d", i, 0, 1, "s", "rule"), 0.5);
        }
        g.AddRelation(new RelationKey("VISITED", people[0].Id, country.Id, false, null), false);

        var plan = Neo4jLoader.Plan(g, Schema, 10);
        Assert.Equal(["Country", "Person", "MET", "VISITED"], plan.Select(s => s.Stage));
        Assert.Equal(CypherQueries.Entities("Person"), plan[1].Query);
        Assert.Equal(CypherQueries.Relations("MET"), plan[2].Query);
        Assert.Equal(5, plan[1].Rows.Count);
        foreach (var step in plan)
        {
            Assert.DoesNotContain("P'", step.Query, StringComparison.Ordinal);
            Assert.DoesNotContain("person:", step.Query, StringComparison.Ordinal);
            Assert.StartsWith("UNWIND $rows AS row", step.Query, StringComparison.Ordinal);
        }
        // The same text every time: the server caches one plan per label and type.
        Assert.Equal(CypherQueries.Entities("Person"), CypherQueries.Entities("Person"));
        Assert.Contains("MERGE (e:Entity {id: row.id})", CypherQueries.Entities("Person"), StringComparison.Ordinal);
        Assert.Contains("ON CREATE SET e += row.p, e:Person", CypherQueries.Entities("Person"), StringComparison.Ordinal);
        Assert.Contains("ON MATCH SET e += row.p, e:Person", CypherQueries.Entities("Person"), StringComparison.Ordinal);
        Assert.Contains("MERGE (s)-[r:MET {id: row.id}]->(t)", CypherQueries.Relations("MET"), StringComparison.Ordinal);
    }

    [Fact]
    public void Lookups_run_on_the_rule_planner_only_where_the_server_has_one()
    {
        var query = CypherQueries.Relations("MET");
        Assert.Equal("CYPHER planner=rule\n" + query, CypherQueries.ForServer(query, new Version(3, 1, 1)));
        Assert.Equal(query, CypherQueries.ForServer(query, new Version(5, 20)));
    }

    [Fact]
    public void Undeclared_types_are_refused()
    {
        var g = new KnowledgeGraph();
        var a = g.GetOrAddEntity("a", "Person", "A");
        var b = g.GetOrAddEntity("b", "Person", "B");
        g.AddRelation(new RelationKey("LIKES", a.Id, b.Id, false, null), false);
        var e = Assert.Throws<Neo4jException>(() => Neo4jLoader.Plan(g, Schema, 10));
        Assert.Equal(Neo4jErrors.UndeclaredType, e.Code);

        var h = new KnowledgeGraph();
        h.GetOrAddEntity("x", "Planet", "Mars");
        Assert.Equal(Neo4jErrors.UndeclaredType, Assert.Throws<Neo4jException>(() => Neo4jLoader.Plan(h, Schema, 10)).Code);
    }

    [Fact]
    public void Relation_rows_carry_provenance_schema_codes_and_capped_evidence()
    {
        var g = new KnowledgeGraph();
        var a = g.GetOrAddEntity("country:a", "Country", "A");
        var b = g.GetOrAddEntity("country:b", "Country", "B");
        var p = g.GetOrAddEntity("person:p", "Person", "Speaker");
        var r = g.AddRelation(new RelationKey("SANCTIONS", a.Id, b.Id, true, p.Id), false);
        r.Properties["since"] = "2022";
        r.Properties["count"] = "must not win";
        g.AddEvidence(r, new Evidence("d1", 0, 0, 5, "one", "r1"), 0.5);
        g.AddEvidence(r, new Evidence("d1", 0, 0, 5, "one", "r2"), 0.5);
        g.AddEvidence(r, new Evidence("d2", 3, 0, 5, "two", "r1"), 0.5);
        var row = Neo4jLoader.RelationRow(r, Schema.RelationType("SANCTIONS")!, g, 1);
        Assert.Equal(["id", "own", "p", "source", "target"], row.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("country:a", row["source"]);
        Assert.Equal("country:b", row["target"]);
        var props = (Dictionary<string, object?>)row["p"]!;
        Assert.Equal(true, props["negated"]);
        Assert.Equal("Speaker", props["attributedTo"]);
        Assert.Equal("163", props["cameo"]);
        Assert.Equal(-8.0, props["goldstein"]);
        Assert.Equal(new List<string> { "d1#0", "d2#3" }, props["sentences"]);
        Assert.Equal(new List<string> { "d1", "d2" }, props["articles"]);
        Assert.Equal(new List<string> { "r1", "r2" }, props["rules"]);
        Assert.Equal(new List<string> { "one" }, props["evidence"]);
        Assert.Equal(2L, props["count"]);
        Assert.Equal("2022", props["since"]);
        var own = (Dictionary<string, object?>)row["own"]!;
        Assert.Equal("2022", own["since"]);
        Assert.False(own.ContainsKey("count"));
        Assert.Single(own);
    }

    [Fact]
    public void Absent_values_are_left_out_of_a_new_relationship()
    {
        var g = new KnowledgeGraph();
        var a = g.GetOrAddEntity("person:a", "Person", "A");
        var o = g.GetOrAddEntity("organization:o", "Organization", "O");
        var r = g.AddRelation(new RelationKey("LEADER_OF", a.Id, o.Id, false, null), false);
        g.AddEvidence(r, new Evidence("d1", 0, 0, 5, "one", "r1"), 0.5);
        var p = (Dictionary<string, object?>)Neo4jLoader.RelationRow(r, Schema.RelationType("LEADER_OF")!, g, 10)["p"]!;
        Assert.False(p.ContainsKey("attributedTo"));
        Assert.False(p.ContainsKey("cameo"));
        Assert.DoesNotContain(null, p.Values);
    }

    [Fact]
    public void Mention_batches_are_grouped_by_article_without_losing_or_adding_a_row()
    {
        var rows = new[] { ("a1", "e1", 2L), ("a1", "e2", 1L), ("a2", "e1", 3L) }
            .Select(m => new Dictionary<string, object?>(StringComparer.Ordinal) { ["article"] = m.Item1, ["entity"] = m.Item2, ["count"] = m.Item3 })
            .ToList();
        var groups = Neo4jLoader.GroupMentions(rows);
        Assert.Equal(["a1", "a2"], groups.Select(g => (string)g["article"]!));
        var first = (List<Dictionary<string, object?>>)groups[0]["mentions"]!;
        Assert.Equal(["e1", "e2"], first.Select(m => (string)m["entity"]!));
        Assert.Equal([2L, 1L], first.Select(m => (long)m["count"]!));
        Assert.Equal(3L, ((List<Dictionary<string, object?>>)groups[1]["mentions"]!).Single()["count"]);
        Assert.Empty(Neo4jLoader.GroupMentions([]));
    }

    [Fact]
    public void Constraint_syntax_follows_the_server_version()
    {
        Assert.All(CypherQueries.Schema(new Version(3, 1, 1)).Take(2), s => Assert.Contains("ASSERT", s, StringComparison.Ordinal));
        Assert.Equal("CREATE INDEX ON :Entity(name)", CypherQueries.Schema(new Version(4, 3))[2]);
        var modern = CypherQueries.Schema(new Version(4, 4));
        Assert.Equal("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE", modern[0]);
        Assert.All(modern, s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
        Assert.Equal(modern, CypherQueries.Schema(new Version(5, 26)));
    }
}
