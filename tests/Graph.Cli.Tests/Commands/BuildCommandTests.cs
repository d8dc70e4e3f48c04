using System.Text.Json;

namespace Graph.Cli.Tests.Commands;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Build_on_the_samples_writes_json_graphml_and_cypher_and_keeps_stdout_clean()
    {
        var (exit, output, error) = await CliRunner.Run("build", CliRunner.Samples, "--out", _dir);

        Assert.True(exit == 0, error);
        Assert.Equal("", output);
        Assert.Contains("Articles read: 4, skipped: 0", error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "graph.json")));
        var entities = json.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Contains("person:shigeru-ishiba", entities);
        Assert.Contains("country:vnm", entities);
        var relations = json.RootElement.GetProperty("relations").EnumerateArray()
            .Select(r => $"{r.GetProperty("source").GetString()} {r.GetProperty("type").GetString()} {r.GetProperty("target").GetString()}")
            .ToList();
        Assert.Contains("person:shigeru-ishiba VISITED location:hanoi", relations);
        Assert.Contains("<graphml", File.ReadAllText(Path.Combine(_dir, "graph.graphml")));
        Assert.StartsWith("CREATE CONSTRAINT", File.ReadAllText(Path.Combine(_dir, "graph.cypher")));
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        var second = Path.Combine(_dir, "second");
        await CliRunner.Run("build", CliRunner.Samples, "--out", _dir, "-q");
        await CliRunner.Run("build", CliRunner.Samples, "--out", second, "-q");

        foreach (var file in new[] { "graph.json", "graph.graphml", "graph.cypher" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, file)), File.ReadAllBytes(Path.Combine(second, file)));
        }
    }

    [Fact]
    public async Task A_missing_input_is_an_error_with_a_code_and_no_stack_trace()
    {
        var (exit, _, error) = await CliRunner.Run("build", Path.Combine(_dir, "nope"), "--out", _dir);

        Assert.Equal(1, exit);
        Assert.Contains("error GK0021", error);
        Assert.Contains("nope", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task A_binary_file_is_skipped_and_reported_and_strict_makes_it_fail_without_output()
    {
        var input = Path.Combine(_dir, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.txt"), "Leaders meet\n\nPresident Joe Biden visited Kenya.");
        File.WriteAllBytes(Path.Combine(input, "b.txt"), [1, 0, 2, 0]);
        var output = Path.Combine(_dir, "out");

        var (exit, _, error) = await CliRunner.Run("build", input, "--out", output);
        Assert.True(exit == 0, error);
        Assert.Contains("skipped", error);
        Assert.Contains("b.txt: binary file", error);
        Assert.Contains("Articles read: 1, skipped: 1", error);

        var strictOutput = Path.Combine(_dir, "strict");
        (exit, _, error) = await CliRunner.Run("build", input, "--out", strictOutput, "--strict");
        Assert.Equal(1, exit);
        Assert.Contains("GK0025", error);
        Assert.Empty(Directory.GetFiles(strictOutput));
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_written_fails_before_any_work()
    {
        var blocker = Path.Combine(_dir, "file");
        File.WriteAllText(blocker, "x");

        var (exit, _, error) = await CliRunner.Run("build", CliRunner.Samples, "--out", Path.Combine(blocker, "out"));

        Assert.Equal(1, exit);
        Assert.Contains("error GK0030", error);
        Assert.DoesNotContain("Articles read", error);
    }

    [Fact]
    public async Task A_malformed_schema_is_reported_with_file_line_and_column()
    {
        var schema = Path.Combine(_dir, "schema");
        Directory.CreateDirectory(schema);
        File.WriteAllText(Path.Combine(schema, "types.yaml"), "entityTypes:\n  - name: Person\n    color: [unclosed\n");

        var (exit, _, error) = await CliRunner.Run("build", CliRunner.Samples, "--out", _dir, "--schema", schema);

        Assert.Equal(1, exit);
        Assert.Matches(@"error GK0001: .*types\.yaml:\d+:\d+: invalid YAML", error);
    }

    [Fact]
    public async Task An_unknown_schema_field_is_reported_where_it_stands()
    {
        // The comma in the unquoted name ends it there and makes a field of the rest.
        var schema = Path.Combine(_dir, "schema");
        Directory.CreateDirectory(Path.Combine(schema, "gazetteers"));
        File.WriteAllText(Path.Combine(schema, "types.yaml"), "entityTypes:\n  - name: Organization\nrelationTypes: []\n");
        File.WriteAllText(Path.Combine(schema, "gazetteers", "bodies.yaml"),
            "type: Organization\nentries:\n  - { name: Department for Environment, Food and Rural Affairs, key: Defra }\n");

        var (exit, _, error) = await CliRunner.Run("build", CliRunner.Samples, "--out", _dir, "--schema", schema);

        Assert.Equal(1, exit);
        Assert.Matches(@"error GK0011: .*bodies\.yaml:3:41: unknown field 'Food and Rural Affairs'", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task A_schema_folder_without_types_yaml_has_its_own_error_code()
    {
        var schema = Path.Combine(_dir, "empty-schema");
        Directory.CreateDirectory(schema);

        var (exit, _, error) = await CliRunner.Run("build", CliRunner.Samples, "--out", _dir, "--schema", schema);

        Assert.Equal(1, exit);
        Assert.Contains($"error GK0014: {schema}: not a schema folder (no types.yaml found)", error);
    }

    [Fact]
    public async Task Extract_reads_stdin_and_prints_only_the_graph_json()
    {
        var (exit, output, error) = await CliRunner.RunWithInput(
            "Talks in Nairobi\n\nKenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.",
            "extract", "-");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var documents = json.RootElement.GetProperty("documents");
        Assert.Equal("-", documents[0].GetProperty("path").GetString());
        var types = json.RootElement.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("type").GetString()).ToList();
        Assert.Contains("MET", types);
        Assert.Contains("LEADER_OF", types);
    }

    [Fact]
    public async Task Export_and_stats_read_the_graph_json()
    {
        await CliRunner.Run("build", CliRunner.Samples, "--out", _dir, "-q");
        var graph = Path.Combine(_dir, "graph.json");

        var (exit, _, error) = await CliRunner.Run("export", graph, "--format", "graphml", "--out", Path.Combine(_dir, "x.graphml"));
        Assert.True(exit == 0, error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "graph.graphml")), File.ReadAllBytes(Path.Combine(_dir, "x.graphml")));

        (exit, _, error) = await CliRunner.Run("export", graph, "--format", "neo4j-import", "--out", Path.Combine(_dir, "csv"));
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(_dir, "csv", "entities.csv")));
        Assert.Contains("neo4j-admin database import full", error);

        (exit, var output, error) = await CliRunner.Run("stats", graph);
        Assert.True(exit == 0, error);
        Assert.Contains("Entities", output);
        Assert.Contains("Most connected", output);
    }

    [Fact]
    public async Task Export_of_a_malformed_graph_names_the_file_and_line()
    {
        var graph = Path.Combine(_dir, "bad.json");
        File.WriteAllText(graph, "{\n  \"documents\": [\n    {\"id\": 5}\n  ]\n}\n");

        var (exit, _, error) = await CliRunner.Run("export", graph, "--format", "cypher", "--out", Path.Combine(_dir, "x.cypher"));

        Assert.Equal(1, exit);
        Assert.Matches(@"bad\.json:\d+:\d+", error);
        Assert.False(File.Exists(Path.Combine(_dir, "x.cypher")));
    }

    [Fact]
    public async Task Help_lists_the_commands_on_stdout()
    {
        var (exit, output, _) = await CliRunner.Run("--help");

        Assert.Equal(0, exit);
        foreach (var command in new[] { "build", "extract", "export", "stats" })
        {
            Assert.Contains(command, output);
        }
    }
}
