using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Graph.Neo4j.Tests;

public sealed class RequestBodyTests
{
    /// <summary>The JsonNode-tree serialization the client used before it wrote bodies directly; the oracle here.</summary>
    private static JsonNode? TreeJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => TreeNumber(d),
        float f => TreeNumber(f),
        decimal m => JsonValue.Create(m),
        IReadOnlyDictionary<string, object?> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, TreeJson(kv.Value)))),
        IDictionary<string, string> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
        System.Collections.IEnumerable list => new JsonArray(list.Cast<object?>().Select(TreeJson).ToArray()),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static JsonNode? TreeNumber(double d) =>
        double.IsFinite(d) && d == Math.Floor(d) && Math.Abs(d) < 1e15
            ? JsonNode.Parse(d.ToString("0.0", CultureInfo.InvariantCulture))
            : JsonValue.Create(d);

    private static Dictionary<string, object?> Row() => new(StringComparer.Ordinal)
    {
        ["id"] = "r-1",
        ["source"] = "Ängela <Merkel> & \"Co\" \u2014 +1 'x'\n\t\u0001",
        ["nothing"] = null,
        ["p"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["negated"] = false,
            ["yes"] = true,
            ["confidence"] = 0.85,
            ["whole"] = 1.0,
            ["negativeWhole"] = -10.0,
            ["huge"] = 1e20,
            ["tiny"] = 1e-7,
            ["float"] = 0.1f,
            ["wholeFloat"] = 3f,
            ["int"] = 7,
            ["count"] = 3L,
            ["max"] = long.MaxValue,
            ["decimal"] = 1.50m,
            ["sentences"] = new List<string> { "a#1", "b#2" },
            ["mixed"] = new List<object?> { 1.0, 2L, "x", null, new[] { 1, 2 } },
            ["strings"] = new Dictionary<string, string>(StringComparer.Ordinal) { ["k"] = "v", ["é"] = "ü" },
            ["node"] = new JsonObject { ["a"] = 1, ["b"] = new JsonArray("c", 2.5) },
            ["date"] = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc),
            ["short"] = (short)4,
        },
        ["own"] = new Dictionary<string, object?>(StringComparer.Ordinal),
    };

    [Fact]
    public void Values_serialize_exactly_as_the_json_tree_did()
    {
        var row = Row();
        Assert.Equal(TreeJson(row)!.ToJsonString(), Neo4jClient.ToJson(row)!.ToJsonString());
        foreach (var value in ((Dictionary<string, object?>)row["p"]!).Values)
        {
            Assert.Equal(TreeJson(value)?.ToJsonString(), Neo4jClient.ToJson(value)?.ToJsonString());
        }
        Assert.Null(Neo4jClient.ToJson(null));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Request_bodies_are_the_json_tree_bodies(bool queryApi)
    {
        var handler = new RecordingHandler(queryApi);
        using var client = await Neo4jClient.ConnectAsync(
            new Neo4jSettings(new Uri("http://neo4j.test:7474"), "neo4j", "pw"), CancellationToken.None, handler);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = new List<Dictionary<string, object?>> { Row(), Row() }, ["evidenceCap"] = 5L };
        var statements = new[] { new CypherStatement("UNWIND $rows AS row RETURN row", parameters), new CypherStatement("RETURN 2") };
        handler.Bodies.Clear();
        await client.RunAsync(statements, CancellationToken.None);

        static JsonObject Statement(CypherStatement s, bool queryApi)
        {
            var o = new JsonObject { ["statement"] = s.Text, ["parameters"] = TreeJson(s.Parameters ?? new Dictionary<string, object?>()) };
            if (queryApi)
            {
                o["includeCounters"] = true;
            }
            else
            {
                o["includeStats"] = true;
                o["resultDataContents"] = new JsonArray("row", "graph");
            }
            return o;
        }
        var expected = queryApi
            ? statements.Select(s => Statement(s, true).ToJsonString()).ToList()
            : [new JsonObject { ["statements"] = new JsonArray(statements.Select(s => (JsonNode)Statement(s, false)).ToArray()) }.ToJsonString()];
        Assert.Equal(expected, handler.Bodies);
        Assert.All(handler.ContentTypes, t => Assert.Equal("application/json; charset=utf-8", t));
    }

    /// <summary>A 5.x server (Query API) or a 4.x one (transactional endpoint only) that records request bodies.</summary>
    private sealed class RecordingHandler(bool queryApi) : HttpMessageHandler
    {
        public List<string> Bodies { get; } = [];

        public List<string?> ContentTypes { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string json;
            if (request.Method == HttpMethod.Get)
            {
                json = queryApi
                    ? """{"transaction":"http://neo4j.test:7474/db/{databaseName}/tx","query":"http://neo4j.test:7474/db/{databaseName}/query/v2","neo4j_version":"5.26.0"}"""
                    : """{"transaction":"http://neo4j.test:7474/db/{databaseName}/tx","neo4j_version":"4.4.0"}""";
            }
            else
            {
                var body = await request.Content!.ReadAsStringAsync(cancellationToken);
                Bodies.Add(body);
                ContentTypes.Add(request.Content.Headers.ContentType?.ToString());
                var count = queryApi ? 1 : JsonNode.Parse(body)!["statements"]!.AsArray().Count;
                json = queryApi
                    ? """{"data":{"fields":[],"values":[]},"counters":{}}"""
                    : "{\"results\":[" + string.Join(",", Enumerable.Repeat("""{"columns":[],"data":[]}""", count)) + "],\"errors\":[]}";
            }
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
