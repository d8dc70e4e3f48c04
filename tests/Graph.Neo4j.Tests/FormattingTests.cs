namespace Graph.Neo4j.Tests;

public sealed class FormattingTests
{
    private static readonly GraphNode Putin = new("1", ["Entity", "Person"], new Dictionary<string, object?> { ["name"] = "Vladimir Putin", ["id"] = "person:vladimir-putin" });
    private static readonly GraphNode Xi = new("2", ["Entity", "Person"], new Dictionary<string, object?> { ["name"] = "Xi Jinping" });
    private static readonly GraphRelationship Met = new("9", "MET", "1", "2", new Dictionary<string, object?> { ["count"] = 2L });

    private static readonly CypherResult Result = new(
        ["a", "r", "n", "list"],
        [[Putin, Met, 2L, new List<object?> { "x, y", 1.5, null }], [Xi, null, null, new List<object?>()]],
        QueryCounters.Zero);

    [Fact]
    public void Table_aligns_columns_and_shows_nodes_by_name_and_labels()
    {
        Assert.Equal(
            "a                              | r      | n | list\n" +
            "-------------------------------+--------+---+--------------------\n" +
            "(Vladimir Putin:Entity:Person) | [:MET] | 2 | [\"x, y\", 1.5, null]\n" +
            "(Xi Jinping:Entity:Person)     |        |   | []\n" +
            "(2 rows)\n",
            ResultFormatter.Table(Result));
    }

    [Fact]
    public void Csv_follows_rfc_4180()
    {
        Assert.Equal(
            "a,r,n,list\r\n" +
            "(Vladimir Putin:Entity:Person),[:MET],2,\"[\"\"x, y\"\", 1.5, null]\"\r\n" +
            "(Xi Jinping:Entity:Person),,,[]\r\n",
            ResultFormatter.Csv(Result));
    }

    [Fact]
    public void Json_is_an_array_of_row_objects()
    {
        var rows = System.Text.Json.Nodes.JsonNode.Parse(ResultFormatter.Json(Result))!.AsArray();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Vladimir Putin", rows[0]!["a"]!["properties"]!["name"]!.GetValue<string>());
        Assert.Equal("MET", rows[0]!["r"]!["type"]!.GetValue<string>());
        Assert.Null(rows[1]!["r"]);
        Assert.Equal(1.5, rows[0]!["list"]![1]!.GetValue<double>());
    }

    [Fact]
    public void Paths_show_direction()
    {
        var path = new GraphPath([Xi, Putin], [Met]);
        Assert.Equal("(Xi Jinping:Entity:Person)<-[:MET]-(Vladimir Putin:Entity:Person)", ResultFormatter.Cell(path));
    }

    [Fact]
    public void Newlines_in_table_cells_are_escaped()
    {
        Assert.Equal("a\\nb", ResultFormatter.Cell("a\nb"));
    }

    [Theory]
    [InlineData("n=5", "n", 5L)]
    [InlineData("name=Vladimir Putin", "name", "Vladimir Putin")]
    [InlineData("d=2024-05-01", "d", "2024-05-01")]
    [InlineData("b=true", "b", true)]
    [InlineData("q=\"42\"", "q", "42")]
    [InlineData("x=a=b", "x", "a=b")]
    public void Parameters_parse_json_values_or_strings(string pair, string name, object expected)
    {
        var parameters = QueryRunner.ParseParameters([pair]);
        Assert.Equal(expected, parameters[name]);
    }

    [Fact]
    public void Bad_parameters_are_refused()
    {
        Assert.Throws<Neo4jException>(() => QueryRunner.ParseParameters(["novalue"]));
        Assert.Throws<Neo4jException>(() => QueryRunner.ParseParameters(["bad name=1"]));
        Assert.Equal(new List<object?> { 1L, "a" }, QueryRunner.ParseParameters(["l=[1,\"a\"]"])["l"]);
    }

    [Fact]
    public void Transactional_rows_map_meta_to_nodes_relationships_and_paths()
    {
        // As Neo4j 3.1 answers "RETURN a, r, [a, 1], {k: a}, p" with row, meta and graph.
        const string json = """
            {"columns":["a","r","l","m","p"],"data":[{
              "row":[{"name":"A"},{"w":1},[{"name":"A"},1],{"k":{"name":"A"}},[{"name":"A"},{"w":1},{"name":"B"}]],
              "meta":[{"id":0,"type":"node"},{"id":5,"type":"relationship"},{"id":0,"type":"node"},null,{"id":0,"type":"node"},
                      [{"id":0,"type":"node"},{"id":5,"type":"relationship"},{"id":1,"type":"node"}]],
              "graph":{"nodes":[{"id":"0","labels":["Entity","Person"],"properties":{"name":"A"}},{"id":"1","labels":["Entity"],"properties":{"name":"B"}}],
                       "relationships":[{"id":"5","type":"MET","startNode":"0","endNode":"1","properties":{"w":1}}]}}],
             "stats":{"nodes_created":2,"relationships_created":1,"relationship_deleted":0}}
            """;
        var result = ResultParser.FromTransactional(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject());
        var row = result.Rows[0];
        Assert.Equal(["Entity", "Person"], Assert.IsType<GraphNode>(row[0]).Labels);
        Assert.Equal("MET", Assert.IsType<GraphRelationship>(row[1]).Type);
        var list = Assert.IsType<List<object?>>(row[2]);
        Assert.IsType<GraphNode>(list[0]);
        Assert.Equal(1L, list[1]);
        Assert.IsType<GraphNode>(Assert.IsType<Dictionary<string, object?>>(row[3])["k"]);
        Assert.Equal("(A:Entity:Person)-[:MET]->(B:Entity)", ResultFormatter.Cell(row[4]));
        Assert.Equal(2, result.Counters.NodesCreated);
        Assert.Equal(1, result.Counters.RelationshipsCreated);
    }

    [Fact]
    public void Query_api_values_are_recognized_by_shape()
    {
        const string json = """
            {"data":{"fields":["n","r"],"values":[[
              {"elementId":"4:x:0","labels":["Entity","Country"],"properties":{"name":"Russia"}},
              {"elementId":"5:x:1","startNodeElementId":"4:x:0","endNodeElementId":"4:x:2","type":"SUPPORTS","properties":{}}]]},
             "counters":{"nodesCreated":1,"relationshipsCreated":2}}
            """;
        var result = ResultParser.FromQueryApi(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject());
        Assert.Equal("(Russia:Entity:Country)", ResultFormatter.Cell(result.Rows[0][0]));
        Assert.Equal("[:SUPPORTS]", ResultFormatter.Cell(result.Rows[0][1]));
        Assert.Equal(2, result.Counters.RelationshipsCreated);
    }
}
