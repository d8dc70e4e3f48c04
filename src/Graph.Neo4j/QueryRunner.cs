using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Core.Schema;

namespace Graph.Neo4j;

/// <summary>Output formats of <c>query</c>.</summary>
public enum ResultFormat
{
    Table,
    Json,
    Csv,
}

/// <summary>Runs ad-hoc and saved Cypher queries with parameters.</summary>
public sealed class QueryRunner(Neo4jClient client)
{
    public Task<CypherResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct) =>
        client.RunAsync(new CypherStatement(cypher, parameters), ct);

    public Task<CypherResult> RunSavedAsync(GraphSchema schema, string name, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct) =>
        RunAsync(FindSaved(schema, name).Cypher, parameters, ct);

    public static SavedQuery FindSaved(GraphSchema schema, string name) =>
        schema.Queries.FirstOrDefault(q => string.Equals(q.Name, name, StringComparison.Ordinal))
        ?? throw new Neo4jException("GK0430",
            $"no saved query '{name}'" + (schema.Queries.Count == 0
                ? $" ({Path.Combine(schema.Directory, "queries.yaml")} has none)"
                : $"; saved queries: {string.Join(", ", schema.Queries.Select(q => q.Name))}"));

    /// <summary>
    /// <c>name=value</c> pairs. A value that reads as JSON (a number, true, false, null, a quoted string, a list
    /// or a map) is passed as that; anything else is passed as the string it is.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> ParseParameters(IEnumerable<string> pairs)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new Neo4jException("GK0431", $"--param '{pair}': expected name=value");
            }
            var name = pair[..eq].Trim();
            if (!CypherQueries.IsIdentifier(name))
            {
                throw new Neo4jException("GK0431", $"--param '{name}': a parameter name is letters, digits and _ only");
            }
            result[name] = ParseValue(pair[(eq + 1)..]);
        }
        return result;
    }

    internal static object? ParseValue(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0 && (char.IsDigit(trimmed[0]) || trimmed[0] is '-' or '"' or '[' or '{' || trimmed is "true" or "false" or "null"))
        {
            try
            {
                return ResultParser.Plain(JsonNode.Parse(trimmed));
            }
            catch (JsonException)
            {
                // Not JSON: a plain string such as 2024-05-01 or "unbalanced.
            }
        }
        return text;
    }
}
