using System.Globalization;
using System.Text;
using Graph.Core.Schema;

namespace Graph.Neo4j;

/// <summary>
/// A GraSS style sheet for Neo4j Browser, generated from the schema: one colour per entity-type label (from
/// <c>types.yaml</c>), captions by name, relationship captions by type. Apply it by dragging the file onto
/// Browser or with <c>:style</c>.
/// </summary>
public static class GrassStyle
{
    public const string FileName = "style.grass";

    public static string Generate(GraphSchema schema)
    {
        var sb = new StringBuilder();
        sb.Append("/* Neo4j Browser style for the knowledge graph. Generated from types.yaml by `kgraph style`; do not edit. */\n\n");
        Rule(sb, "node", [
            ("diameter", "50px"), ("color", "#A5ABB6"), ("border-color", "#9AA1AC"), ("border-width", "2px"),
            ("text-color-internal", "#FFFFFF"), ("font-size", "10px"), ("caption", "'{name}'")]);
        Rule(sb, "relationship", [
            ("color", "#A5ABB6"), ("shaft-width", "1px"), ("font-size", "8px"), ("padding", "3px"),
            ("text-color-external", "#000000"), ("text-color-internal", "#FFFFFF"), ("caption", "'<type>'")]);
        Rule(sb, "node.Article", [
            ("diameter", "40px"), ("color", "#C990C0"), ("border-color", Darker("#C990C0")),
            ("text-color-internal", "#FFFFFF"), ("caption", "'{title}'")]);
        Rule(sb, "node.Entity", [("caption", "'{name}'")]);
        foreach (var type in schema.EntityTypes)
        {
            var color = Normalize(type.Color);
            Rule(sb, "node." + CypherQueries.CheckIdentifier(type.Name, "entity type"), [
                ("diameter", "55px"), ("color", color), ("border-color", Darker(color)),
                ("text-color-internal", TextColor(color)), ("caption", "'{name}'")]);
        }
        Rule(sb, "relationship.MENTIONS", [("color", "#D3D3D3"), ("caption", "'<type>'")]);
        foreach (var type in schema.RelationTypes)
        {
            var properties = new List<(string, string)> { ("caption", "'<type>'") };
            if (type.Goldstein is { } g)
            {
                // Conflict red, cooperation green, by the sign of the Goldstein weight.
                properties.Insert(0, ("color", g < 0 ? "#E05A4F" : "#57A773"));
                properties.Insert(1, ("shaft-width", g is <= -5 or >= 5 ? "3px" : "2px"));
            }
            Rule(sb, "relationship." + CypherQueries.CheckIdentifier(type.Name, "relation type"), properties);
        }
        return sb.ToString();
    }

    private static void Rule(StringBuilder sb, string selector, IEnumerable<(string Name, string Value)> properties)
    {
        sb.Append(selector).Append(" {\n");
        foreach (var (name, value) in properties)
        {
            sb.Append("  ").Append(name).Append(": ").Append(value).Append(";\n");
        }
        sb.Append("}\n\n");
    }

    private static string Normalize(string color)
    {
        var c = color.Trim();
        return c.Length == 7 && c[0] == '#' && int.TryParse(c.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _)
            ? c.ToUpperInvariant()
            : "#A5ABB6";
    }

    private static (int R, int G, int B) Rgb(string color)
    {
        var v = int.Parse(color.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return ((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
    }

    /// <summary>The border: the fill colour 15% darker.</summary>
    internal static string Darker(string color)
    {
        var (r, g, b) = Rgb(color);
        static int D(int x) => (int)Math.Round(x * 0.85);
        return string.Create(CultureInfo.InvariantCulture, $"#{D(r):X2}{D(g):X2}{D(b):X2}");
    }

    /// <summary>White text on dark fills, black on light ones.</summary>
    internal static string TextColor(string color)
    {
        var (r, g, b) = Rgb(color);
        var luminance = (0.299 * r) + (0.587 * g) + (0.114 * b);
        return luminance > 170 ? "#2A2C34" : "#FFFFFF";
    }
}
