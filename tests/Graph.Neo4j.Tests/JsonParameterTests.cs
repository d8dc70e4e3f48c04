namespace Graph.Neo4j.Tests;

public sealed class JsonParameterTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(-2.0, "-2.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(0.9, "0.9")]
    [InlineData(-3.4, "-3.4")]
    [InlineData(1e20, "1E+20")]
    public void Doubles_stay_floats_for_neo4j(double value, string json)
    {
        Assert.Equal(json, Neo4jClient.ToJson(value)!.ToJsonString());
    }

    [Fact]
    public void Integers_and_lists_keep_their_json_types()
    {
        Assert.Equal("1", Neo4jClient.ToJson(1L)!.ToJsonString());
        Assert.Equal("[1.0,2,\"x\"]", Neo4jClient.ToJson(new List<object?> { 1.0, 2L, "x" })!.ToJsonString());
    }
}
