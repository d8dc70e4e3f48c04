using System.Globalization;
using System.Text;

namespace Graph.Export.Cypher;

/// <summary>
/// Literals and names for generated Cypher. Nothing from an article reaches a script except
/// through these methods: strings are escaped, names are checked against a strict pattern.
/// </summary>
internal static class CypherSyntax
{
    /// <summary>A single-quoted Cypher string literal, or <c>null</c>.</summary>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\'':
                    builder.Append("\\'");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    // Other controls and unpaired surrogates as \uXXXX, so the script stays
                    // valid UTF-8 text that survives copy and paste into the Browser.
                    else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append('\'').ToString();
    }

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(v => String(v))) + "]";

    /// <summary>
    /// A float literal: always with a fraction or exponent, because "2" would be read as an
    /// integer and change the property type. Non-finite values have no literal and become null.
    /// </summary>
    public static string Float(double value)
    {
        if (!double.IsFinite(value))
        {
            return "null";
        }
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>
    /// A label, relationship type or property key. Only identifiers pass, and they are quoted
    /// with backticks anyway so a name that is a Cypher keyword (say a type called "MATCH")
    /// still works.
    /// </summary>
    public static string Name(string name, string what) => "`" + ExportNames.RequireIdentifier(name, what) + "`";
}
