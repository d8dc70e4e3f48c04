using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Neo4j;

/// <summary>
/// Prints a <see cref="CypherResult"/> as a text table, JSON (an array of row objects) or CSV (RFC 4180).
/// In the table and CSV, a node shows as its name and labels, a relationship as its type, a path as a chain.
/// </summary>
public static class ResultFormatter
{
    public static ResultFormat ParseFormat(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "table" => ResultFormat.Table,
        "json" => ResultFormat.Json,
        "csv" => ResultFormat.Csv,
        _ => throw new Neo4jException("GK0432", $"unknown format '{text}' (use table, json or csv)"),
    };

    public static string Format(CypherResult result, ResultFormat format) => format switch
    {
        ResultFormat.Json => Json(result),
        ResultFormat.Csv => Csv(result),
        _ => Table(result),
    };

    public static string Table(CypherResult result)
    {
        var cells = result.Rows.Select(r => r.Select(Cell).ToList()).ToList();
        var widths = result.Columns.Select((c, i) => Math.Max(Width(c), cells.Count == 0 ? 0 : cells.Max(r => Width(r[i])))).ToList();
        var sb = new StringBuilder();
        void Line(IReadOnlyList<string> values)
        {
            for (var i = 0; i < values.Count; i++)
            {
                sb.Append(i == 0 ? "" : " | ").Append(values[i]).Append(' ', widths[i] - Width(values[i]));
            }
            TrimEnd(sb);
            sb.Append('\n');
        }
        Line(result.Columns);
        sb.Append(string.Join("-+-", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var row in cells)
        {
            Line(row);
        }
        sb.Append(CultureInfo.InvariantCulture, $"({result.Rows.Count} row{(result.Rows.Count == 1 ? "" : "s")})\n");
        return sb.ToString();
    }

    public static string Csv(CypherResult result)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", result.Columns.Select(CsvField))).Append("\r\n");
        foreach (var row in result.Rows)
        {
            sb.Append(string.Join(",", row.Select(v => CsvField(CsvCell(v))))).Append("\r\n");
        }
        return sb.ToString();
    }

    public static string Json(CypherResult result)
    {
        var array = new JsonArray();
        foreach (var row in result.Rows)
        {
            var obj = new JsonObject();
            for (var i = 0; i < result.Columns.Count; i++)
            {
                obj[result.Columns[i]] = JsonValueOf(row[i]);
            }
            array.Add(obj);
        }
        return array.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>One value as table text: strings as they are, nodes as <c>(Name:Entity:Person)</c>, relationships as <c>[:TYPE]</c>.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        string s => s.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal),
        _ => Text(value, nested: false),
    };

    private static string CsvCell(object? value) => value switch
    {
        null => "",
        string s => s,
        _ => Text(value, nested: false),
    };

    private static string Text(object? value, bool nested) => value switch
    {
        null => "null",
        string s => nested ? JsonSerializer.Serialize(s, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) : s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        GraphNode n => NodeText(n),
        GraphRelationship r => $"[:{r.Type}]",
        GraphPath p => PathText(p),
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(kv => $"{kv.Key}: {Text(kv.Value, true)}")) + "}",
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(v => Text(v, true))) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string NodeText(GraphNode n)
    {
        var labels = string.Concat(n.Labels.Select(l => ":" + l));
        return n.Name is { } name ? $"({name}{labels})" : $"({labels.TrimStart()} #{n.Id})";
    }

    private static string PathText(GraphPath p)
    {
        var sb = new StringBuilder(NodeText(p.Nodes[0]));
        for (var i = 0; i < p.Relationships.Count; i++)
        {
            var r = p.Relationships[i];
            var forward = r.StartId == p.Nodes[i].Id;
            sb.Append(forward ? "-" : "<-").Append(CultureInfo.InvariantCulture, $"[:{r.Type}]").Append(forward ? "->" : "-").Append(NodeText(p.Nodes[i + 1]));
        }
        return sb.ToString();
    }

    private static JsonNode? JsonValueOf(object? value) => value switch
    {
        GraphNode n => new JsonObject
        {
            ["labels"] = new JsonArray(n.Labels.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
            ["properties"] = JsonValueOf(n.Properties),
        },
        GraphRelationship r => new JsonObject
        {
            ["type"] = r.Type,
            ["properties"] = JsonValueOf(r.Properties),
        },
        GraphPath p => new JsonObject
        {
            ["nodes"] = new JsonArray(p.Nodes.Select(JsonValueOf).ToArray()),
            ["relationships"] = new JsonArray(p.Relationships.Select(JsonValueOf).ToArray()),
        },
        IReadOnlyDictionary<string, object?> map => new JsonObject(map.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, JsonValueOf(kv.Value)))),
        IEnumerable<object?> list when value is not string => new JsonArray(list.Select(JsonValueOf).ToArray()),
        _ => Neo4jClient.ToJson(value),
    };

    private static string CsvField(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 || text.StartsWith(' ') || text.EndsWith(' ')
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;

    private static int Width(string text) => new StringInfo(text).LengthInTextElements;

    private static void TrimEnd(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }
    }
}
