namespace Graph.Neo4j.Tests;

public sealed class SettingsTests
{
    private static Func<string, string?> Env(params (string Key, string Value)[] values) =>
        key => values.FirstOrDefault(v => v.Key == key).Value;

    [Fact]
    public void Environment_variables_are_read()
    {
        var s = Neo4jSettings.Resolve(new Neo4jOverrides(), Env(
            ("NEO4J_URI", "http://db.example:7474"), ("NEO4J_USERNAME", "alice"), ("NEO4J_PASSWORD", "pw"), ("NEO4J_DATABASE", "news")));
        Assert.Equal("http://db.example:7474", s.DisplayUri);
        Assert.Equal("alice", s.Username);
        Assert.Equal("pw", s.Password);
        Assert.Equal("news", s.Database);
        Assert.Equal(Neo4jApiMode.Auto, s.Api);
        Assert.Equal(Neo4jSettings.DefaultBatchSize, s.BatchSize);
    }

    [Fact]
    public void Options_win_over_environment_variables()
    {
        var s = Neo4jSettings.Resolve(
            new Neo4jOverrides { Uri = "https://other:7473", Username = "bob", Password = "opt", Database = "db2", Api = "tx", BatchSize = 50, EvidenceCap = 3 },
            Env(("NEO4J_URI", "http://db.example:7474"), ("NEO4J_USERNAME", "alice"), ("NEO4J_PASSWORD", "pw"), ("NEO4J_DATABASE", "news")));
        Assert.Equal("https://other:7473", s.DisplayUri);
        Assert.Equal("bob", s.Username);
        Assert.Equal("opt", s.Password);
        Assert.Equal("db2", s.Database);
        Assert.Equal(Neo4jApiMode.Tx, s.Api);
        Assert.Equal(50, s.BatchSize);
        Assert.Equal(3, s.EvidenceCap);
    }

    [Fact]
    public void Defaults_follow_neo4j_conventions()
    {
        var s = Neo4jSettings.Resolve(new Neo4jOverrides(), Env());
        Assert.Equal("http://localhost:7474", s.DisplayUri);
        Assert.Equal("neo4j", s.Username);
        Assert.Equal("neo4j", s.Database);
        Assert.False(s.HasPassword);
    }

    [Theory]
    [InlineData("bolt://graph.example:7687", "http://graph.example:7474")]
    [InlineData("neo4j://graph.example", "http://graph.example:7474")]
    [InlineData("neo4j+s://abc.databases.neo4j.io", "https://abc.databases.neo4j.io")]
    public void Bolt_urls_are_refused_with_the_http_url_to_use(string url, string suggestion)
    {
        var e = Assert.Throws<Neo4jException>(() => Neo4jSettings.Resolve(new Neo4jOverrides { Uri = url }, Env()));
        Assert.Equal(Neo4jErrors.BoltUrl, e.Code);
        Assert.Contains("HTTP", e.Message, StringComparison.Ordinal);
        Assert.Contains(suggestion, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://x")]
    [InlineData("not a url")]
    public void Other_urls_are_refused(string url)
    {
        var e = Assert.Throws<Neo4jException>(() => Neo4jSettings.Resolve(new Neo4jOverrides { Uri = url }, Env()));
        Assert.Equal(Neo4jErrors.BadSetting, e.Code);
    }

    [Fact]
    public void The_password_never_appears_in_to_string_messages_or_urls()
    {
        const string secret = "s3cr3t-Pa55";
        var s = Neo4jSettings.Resolve(new Neo4jOverrides { Uri = $"http://carol:{secret}@db:7474/" }, Env());
        Assert.Equal("carol", s.Username);
        Assert.Equal(secret, s.Password);
        Assert.DoesNotContain(secret, s.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, s.DisplayUri, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, s.Uri.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, new Neo4jOverrides { Password = secret }.ToString(), StringComparison.Ordinal);

        var bolt = Assert.Throws<Neo4jException>(() => Neo4jSettings.Resolve(new Neo4jOverrides { Uri = $"bolt://carol:{secret}@db:7687" }, Env()));
        Assert.DoesNotContain(secret, bolt.ToString(), StringComparison.Ordinal);
        var bad = Assert.Throws<Neo4jException>(() => Neo4jSettings.Resolve(new Neo4jOverrides { Uri = $"ftp://carol:{secret}@db" }, Env()));
        Assert.DoesNotContain(secret, bad.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("auto", Neo4jApiMode.Auto)]
    [InlineData("TX", Neo4jApiMode.Tx)]
    [InlineData("query", Neo4jApiMode.Query)]
    public void Api_modes_parse(string text, Neo4jApiMode mode) => Assert.Equal(mode, Neo4jSettings.ParseApi(text));

    [Fact]
    public void Bad_values_are_refused()
    {
        Assert.Throws<Neo4jException>(() => Neo4jSettings.ParseApi("bolt"));
        Assert.Throws<Neo4jException>(() => Neo4jSettings.Resolve(new Neo4jOverrides { BatchSize = 0 }, Env()));
        Assert.Throws<Neo4jException>(() => Neo4jSettings.Resolve(new Neo4jOverrides { EvidenceCap = -1 }, Env()));
    }

    [Theory]
    [InlineData("3.1.1", 3, 1)]
    [InlineData("5.26.0", 5, 26)]
    [InlineData("4.4.12-enterprise", 4, 4)]
    [InlineData("5.27-aura", 5, 27)]
    public void Server_versions_parse(string text, int major, int minor)
    {
        var v = Neo4jClient.ParseVersion(text);
        Assert.Equal(major, v.Major);
        Assert.Equal(minor, v.Minor);
    }
}
