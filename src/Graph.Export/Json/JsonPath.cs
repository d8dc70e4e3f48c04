using System.Text;

namespace Graph.Export.Json;

/// <summary>
/// Where a value sits in a JSON document, as segments (property names and array indexes) for
/// <see cref="JsonLocator"/> and as "$.relations[2].source" for messages.
/// </summary>
internal sealed class JsonPath
{
    public static readonly JsonPath Root = new(null, null);

    private readonly JsonPath? _parent;
    private readonly object? _segment;

    private JsonPath(JsonPath? parent, object? segment)
    {
        _parent = parent;
        _segment = segment;
    }

    public JsonPath Property(string name) => new(this, name);

    public JsonPath Index(int index) => new(this, index);

    /// <summary>Segments from the root down; each is a string (property) or an int (index).</summary>
    public IReadOnlyList<object> Segments
    {
        get
        {
            var segments = new List<object>();
            for (var p = this; p._segment is not null; p = p._parent!)
            {
                segments.Add(p._segment);
            }
            segments.Reverse();
            return segments;
        }
    }

    public override string ToString()
    {
        var builder = new StringBuilder("$");
        foreach (var segment in Segments)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append((string)segment);
            }
        }
        return builder.ToString();
    }
}
