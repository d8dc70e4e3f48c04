using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Core.Schema;

/// <summary>
/// Typed access to a YAML node that reports every problem with the file, line and column where
/// it is. The representation model keeps marks on every node, which a deserializer would lose.
/// </summary>
internal readonly struct YamlReader
{
    private readonly YamlNode _node;

    private YamlReader(string file, YamlNode node)
    {
        File = file;
        _node = node;
    }

    public string File { get; }

    public SourceLocation Location => new(File, (int)_node.Start.Line, (int)_node.Start.Column);

    public static YamlReader Load(string file)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(file);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            var location = new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column);
            throw new SchemaException(SchemaErrors.Syntax, location, $"invalid YAML: {e.InnerException?.Message ?? e.Message}");
        }
        if (stream.Documents.Count == 0)
        {
            return new YamlReader(file, new YamlMappingNode());
        }
        return new YamlReader(file, stream.Documents[0].RootNode);
    }

    public SchemaException Error(string code, string message) => new(code, Location, message);

    private YamlMappingNode Mapping => _node as YamlMappingNode
        ?? throw Error(SchemaErrors.WrongShape, "expected a mapping (key: value pairs)");

    public bool Has(string key) => Mapping.Children.ContainsKey(new YamlScalarNode(key));

    public YamlReader? Optional(string key) =>
        Mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) && !IsNull(child)
            ? new YamlReader(File, child)
            : null;

    public YamlReader Required(string key) =>
        Optional(key) ?? throw Error(SchemaErrors.MissingField, $"missing required field '{key}'");

    public IEnumerable<string> Keys => Mapping.Children.Keys.Select(k => ((YamlScalarNode)k).Value ?? "");

    /// <summary>
    /// Rejects a field the reader does not know, at the field: a misspelt key, or a name with a comma left unquoted in
    /// a flow mapping (<c>{ name: Department for Environment, Food and Rural Affairs }</c> makes a key of the rest).
    /// </summary>
    public void OnlyFields(params string[] fields)
    {
        foreach (var key in Mapping.Children.Keys)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (!fields.Contains(name, StringComparer.Ordinal))
            {
                throw new SchemaException(SchemaErrors.UnknownField, new SourceLocation(File, (int)key.Start.Line, (int)key.Start.Column),
                    $"unknown field '{name}'; expected one of: {string.Join(", ", fields)} (quote a value that contains a comma)");
            }
        }
    }

    public IEnumerable<KeyValuePair<string, YamlReader>> Entries()
    {
        foreach (var (key, value) in Mapping.Children)
        {
            yield return new(((YamlScalarNode)key).Value ?? "", new YamlReader(File, value));
        }
    }

    public IEnumerable<YamlReader> Items()
    {
        var sequence = _node as YamlSequenceNode ?? throw Error(SchemaErrors.WrongShape, "expected a list");
        foreach (var item in sequence.Children)
        {
            yield return new YamlReader(File, item);
        }
    }

    public string Scalar()
    {
        var scalar = _node as YamlScalarNode ?? throw Error(SchemaErrors.WrongShape, "expected a single value");
        return scalar.Value ?? "";
    }

    public string String(string key) => NonEmpty(Required(key), key);

    public string? OptionalString(string key) => Optional(key) is { } r ? NonEmpty(r, key) : null;

    private static string NonEmpty(YamlReader r, string key)
    {
        var value = r.Scalar().Trim();
        return value.Length > 0 ? value : throw r.Error(SchemaErrors.InvalidValue, $"'{key}' must not be empty");
    }

    /// <summary>A list of strings; a single scalar counts as a list of one.</summary>
    public IReadOnlyList<string> Strings(string key)
    {
        if (Optional(key) is not { } r)
        {
            return [];
        }
        return r._node is YamlScalarNode ? [NonEmpty(r, key)] : r.Items().Select(i => NonEmpty(i, key)).ToArray();
    }

    public double? OptionalDouble(string key)
    {
        if (Optional(key) is not { } r)
        {
            return null;
        }
        return double.TryParse(r.Scalar(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw r.Error(SchemaErrors.InvalidValue, $"'{key}' must be a number");
    }

    public bool OptionalBool(string key, bool defaultValue)
    {
        if (Optional(key) is not { } r)
        {
            return defaultValue;
        }
        return r.Scalar() switch
        {
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => throw r.Error(SchemaErrors.InvalidValue, $"'{key}' must be true or false"),
        };
    }

    public IReadOnlyDictionary<string, string> StringMap(string key)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Optional(key) is { } r)
        {
            foreach (var (k, v) in r.Entries())
            {
                map[k] = v.Scalar();
            }
        }
        return map;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null", Style: ScalarStyle.Plain };
}
