using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Graph.Export.Cypher;

namespace Graph.Neo4j.IntegrationTests;

/// <summary>
/// Counts read straight from a store directory with the test server's own <c>neo4j-shell -path</c> (an embedded
/// database: no second server, no port, no password). Each check is an OPTIONAL MATCH whose matches are counted;
/// all checks run in one query so the JVM starts once, and the answer is one row of integers, which the shell's
/// table prints unambiguously.
/// </summary>
internal sealed partial class StoreQuery
{
    private readonly List<(string Name, string Match, string Variable)> _checks = [];

    /// <summary>Adds a check: the number of matches of <paramref name="match"/> (a pattern, with an optional WHERE) binding <paramref name="variable"/>.</summary>
    public StoreQuery Count(string name, string match, string variable)
    {
        _checks.Add((name, match, variable));
        return this;
    }

    public IReadOnlyList<string> Names => _checks.Select(c => c.Name).ToList();

    /// <summary>One Cypher 3.1 statement, ASCII only (non-ASCII characters in literals as \u escapes, so the JVM's argument encoding cannot matter).</summary>
    public string Cypher()
    {
        var text = new StringBuilder();
        for (var i = 0; i < _checks.Count; i++)
        {
            var (_, match, variable) = _checks[i];
            var carried = string.Concat(Enumerable.Range(0, i).Select(j => $"v{j}, "));
            text.Append(CultureInfo.InvariantCulture, $"OPTIONAL MATCH {match} WITH {carried}count({variable}) AS v{i} ");
        }
        text.Append("RETURN ").Append(string.Join(", ", Enumerable.Range(0, _checks.Count).Select(i => $"v{i}"))).Append(';');
        return Ascii(text.ToString());
    }

    /// <summary>Runs the checks against the store directory and returns name → count.</summary>
    public async Task<IReadOnlyDictionary<string, long>> RunAsync(string home, string store)
    {
        var run = await Neo4jTools.RunAsync(home, "neo4j-shell", ["-path", store, "-c", Cypher()], TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.True(run.Succeeded, $"neo4j-shell failed ({run.ExitCode}):\n{run.Output}");
        var rows = run.Output.Split('\n').Select(l => l.Trim()).Where(l => DataRow().IsMatch(l)).ToList();
        Assert.True(rows.Count == 1, $"expected one row of counts from neo4j-shell:\n{run.Output}");
        var values = rows[0].Trim('|').Split('|').Select(v => long.Parse(v.Trim(), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(_checks.Count, values.Count);
        return _checks.Select((c, i) => (c.Name, values[i])).ToDictionary(p => p.Name, p => p.Item2);
    }

    /// <summary>A Cypher string literal for any text.</summary>
    public static string Literal(string? value) => CypherSyntax.String(value);

    public static string List(IEnumerable<string> values) => CypherSyntax.List(values);

    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < 128)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"^\|(\s*-?\d+\s*\|)+$")]
    private static partial Regex DataRow();
}
