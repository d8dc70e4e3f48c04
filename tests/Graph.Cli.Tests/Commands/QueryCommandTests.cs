namespace Graph.Cli.Tests.Commands;

public class QueryCommandTests
{
    [Fact]
    public async Task List_names_every_saved_query_and_print_shows_its_cypher_without_a_server()
    {
        var (exit, output, error) = await CliRunner.Run("query", "--list");
        Assert.True(exit == 0, error);
        Assert.Contains("cooperation-vs-conflict", output);

        (exit, output, error) = await CliRunner.Run("query", "--saved", "meetings", "--print");
        Assert.True(exit == 0, error);
        Assert.Contains("MET", output);
        Assert.Contains("$name", output);
    }

    [Fact]
    public async Task An_unknown_saved_query_is_a_user_error()
    {
        var (exit, _, error) = await CliRunner.Run("query", "--saved", "no-such-query", "--print");
        Assert.Equal(1, exit);
        Assert.Contains("no-such-query", error);
    }
}
