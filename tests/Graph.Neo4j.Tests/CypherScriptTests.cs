namespace Graph.Neo4j.Tests;

public sealed class CypherScriptTests
{
    [Fact]
    public void Splits_at_semicolons_and_trims()
    {
        Assert.Equal(
            ["MATCH (n) RETURN n", "RETURN 1", "RETURN 2"],
            CypherScript.Split("MATCH (n) RETURN n;\nRETURN 1 ;  \n\n  RETURN 2"));
    }

    [Fact]
    public void Empty_pieces_and_a_missing_last_semicolon_are_handled()
    {
        Assert.Equal(["RETURN 1"], CypherScript.Split(";;\n RETURN 1;\n;\n"));
        Assert.Empty(CypherScript.Split(""));
        Assert.Empty(CypherScript.Split("  \n ; "));
    }

    [Theory]
    [InlineData("RETURN 'a;b' AS x", "RETURN 'a;b' AS x")]
    [InlineData("RETURN \"a;b\" AS x", "RETURN \"a;b\" AS x")]
    [InlineData("RETURN 'it\\'s; fine' AS x", "RETURN 'it\\'s; fine' AS x")]
    [InlineData("RETURN 'back\\\\' AS x", "RETURN 'back\\\\' AS x")]
    [InlineData("RETURN \"say \\\"hi;\\\"\" AS x", "RETURN \"say \\\"hi;\\\"\" AS x")]
    [InlineData("RETURN 'double \" inside; single' AS x", "RETURN 'double \" inside; single' AS x")]
    [InlineData("RETURN \"single ' inside; double\" AS x", "RETURN \"single ' inside; double\" AS x")]
    [InlineData("MATCH (n:`odd;label`) RETURN n", "MATCH (n:`odd;label`) RETURN n")]
    [InlineData("MATCH (n:`a``;b`) RETURN n", "MATCH (n:`a``;b`) RETURN n")]
    [InlineData("RETURN 'line\nbreak; here' AS x", "RETURN 'line\nbreak; here' AS x")]
    public void Semicolons_inside_quotes_do_not_end_a_statement(string statement, string expected)
    {
        Assert.Equal([expected, "RETURN 2"], CypherScript.Split(statement + ";\nRETURN 2;"));
    }

    [Fact]
    public void Semicolons_in_comments_do_not_end_a_statement_and_comment_only_pieces_are_dropped()
    {
        var script = "// header; with semicolon\nRETURN 1 /* a; b */ AS x;\n/* block; */ ;\nRETURN 2; // trailing; note\n";
        Assert.Equal(
            ["// header; with semicolon\nRETURN 1 /* a; b */ AS x", "RETURN 2"],
            CypherScript.Split(script));
    }

    [Fact]
    public void Comment_markers_inside_strings_are_text()
    {
        Assert.Equal(["RETURN 'http://x; /* y' AS u", "RETURN 3"], CypherScript.Split("RETURN 'http://x; /* y' AS u; RETURN 3"));
    }

    [Fact]
    public void An_unterminated_string_runs_to_the_end()
    {
        Assert.Equal(["RETURN 'open; RETURN 2;"], CypherScript.Split("RETURN 'open; RETURN 2;"));
    }

    [Theory]
    [InlineData("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE", true)]
    [InlineData("CREATE CONSTRAINT ON (e:Entity) ASSERT e.id IS UNIQUE", true)]
    [InlineData("  create index entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)", true)]
    [InlineData("CREATE INDEX ON :Entity(name)", true)]
    [InlineData("CREATE TEXT INDEX t FOR (e:Entity) ON (e.name)", true)]
    [InlineData("DROP CONSTRAINT entity_id", true)]
    [InlineData("CREATE (n:Index {name: 'CONSTRAINT'})", false)]
    [InlineData("MERGE (e:Entity {id: 'x'}) SET e.name = 'CREATE INDEX'", false)]
    [InlineData("MATCH (n) RETURN n", false)]
    public void Schema_statements_are_recognized(string statement, bool schema)
    {
        Assert.Equal(schema, CypherScript.IsSchemaStatement(statement));
    }
}
