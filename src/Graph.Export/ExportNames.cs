using System.Text.RegularExpressions;
using Graph.Core;
using Graph.Core.Model;

namespace Graph.Export;

/// <summary>
/// Names shared by the flat formats (GraphML, Cypher, CSV), where entity and relation properties
/// sit next to the fixed attributes instead of in a nested map.
/// </summary>
internal static partial class ExportNames
{
    /// <summary>Attribute names the writers use themselves on nodes.</summary>
    public static readonly IReadOnlySet<string> EntityReserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "name", "label", "type", "aliases", "mentions",
    };

    /// <summary>Attribute names the writers use themselves on edges.</summary>
    public static readonly IReadOnlySet<string> RelationReserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "type", "interaction", "source", "target", "confidence", "negated", "attributedTo",
        "attributedToId", "relationId", "count", "evidence", "articles", "rules", "cameo", "goldstein",
    };

    /// <summary>
    /// Relation properties the graph builder copies from the schema (CAMEO code, Goldstein weight)
    /// for the JSON contract; the other writers emit them from the schema under their own names.
    /// </summary>
    private static readonly IReadOnlySet<string> FromSchema = new HashSet<string>(StringComparer.Ordinal) { "cameo", "goldstein" };

    /// <summary>A relation's own properties, without the copies of schema values.</summary>
    public static IEnumerable<KeyValuePair<string, string>> OwnProperties(Relation relation) =>
        relation.Properties.Where(p => !FromSchema.Contains(p.Key));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();

    public static bool IsIdentifier(string name) => IdentifierPattern().IsMatch(name);

    /// <summary>
    /// Maps each property name to the attribute name it is exported under. A property that would
    /// overwrite a fixed attribute (say a relation property called "confidence") gets "prop_"
    /// prepended until it clashes with nothing, so no value is silently lost.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PropertyColumns(IEnumerable<string> names, IReadOnlySet<string> reserved)
    {
        var all = names.ToHashSet(StringComparer.Ordinal);
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in all.Order(StringComparer.Ordinal))
        {
            var exported = name;
            while (reserved.Contains(exported) || (exported != name && all.Contains(exported)))
            {
                exported = "prop_" + exported;
            }
            result.Add(name, exported);
        }
        return result;
    }

    /// <summary>Labels, relationship types and property keys spliced into Cypher or CSV headers.</summary>
    public static string RequireIdentifier(string name, string what)
    {
        if (!IsIdentifier(name))
        {
            throw new GraphException(ExportErrors.InvalidIdentifier,
                $"{what} '{name}' cannot be exported: names must be letters, digits and _ and not start with a digit");
        }
        return name;
    }
}
