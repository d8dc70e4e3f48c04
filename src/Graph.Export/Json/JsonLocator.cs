using System.Text;
using System.Text.Json;

namespace Graph.Export.Json;

/// <summary>
/// Finds the line and column of a value in JSON text. JsonDocument keeps no positions, so when
/// the reader rejects a value it rescans the bytes once to say where the value is; errors are
/// rare, so the rescan costs nothing in the normal case.
/// </summary>
internal static class JsonLocator
{
    /// <summary>1-based line and column of the value at the path, or of its deepest existing ancestor.</summary>
    public static (int Line, int Column) Find(byte[] json, JsonPath path)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        long offset = 0;
        try
        {
            if (!reader.Read())
            {
                return Position(json, 0);
            }
            offset = reader.TokenStartIndex;
            foreach (var segment in path.Segments)
            {
                if (!Descend(ref reader, segment))
                {
                    break;
                }
                offset = reader.TokenStartIndex;
            }
        }
        catch (JsonException)
        {
            // Only called on text that parsed, but a position is a nicety, never worth failing for.
        }
        return Position(json, offset);
    }

    private static bool Descend(ref Utf8JsonReader reader, object segment)
    {
        if (segment is string name)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = reader.ValueTextEquals(name);
                reader.Read();
                if (match)
                {
                    return true;
                }
                reader.Skip();
            }
            return false;
        }
        var index = (int)segment;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }
        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            if (i == index)
            {
                return true;
            }
            reader.Skip();
        }
        return false;
    }

    private static (int Line, int Column) Position(byte[] json, long offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (json[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        // Columns count characters, not UTF-8 bytes, so they match what an editor shows.
        var column = Encoding.UTF8.GetCharCount(json, lineStart, (int)offset - lineStart) + 1;
        return (line, column);
    }
}
