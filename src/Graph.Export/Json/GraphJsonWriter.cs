using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Core.Graph;
using Graph.Core.Model;

namespace Graph.Export.Json;

/// <summary>
/// Writes the graph in the JSON contract: documents, entities with mentions, relations with
/// evidence. This is the lossless format: <see cref="GraphJsonReader"/> reads it back, and
/// writing what was read gives the same bytes.
/// </summary>
internal sealed class GraphJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Keeps names like "Zelenskyy’s" readable; the file is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(IKnowledgeGraph graph, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();

        json.WriteStartArray("documents");
        foreach (var document in graph.Documents)
        {
            json.WriteStartObject();
            json.WriteString("id", Clean(document.Id));
            json.WriteString("path", Clean(document.Path));
            json.WriteString("title", Clean(document.Title));
            json.WriteString("source", Clean(document.Source));
            json.WriteString("url", Clean(document.Url));
            json.WriteString("published", Clean(document.Published));
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("entities");
        foreach (var entity in graph.Entities)
        {
            WriteEntity(json, entity);
        }
        json.WriteEndArray();

        json.WriteStartArray("relations");
        foreach (var relation in graph.Relations)
        {
            WriteRelation(json, relation);
        }
        json.WriteEndArray();

        json.WriteEndObject();
        json.Flush();
        // A final newline so the file is a proper text file for diff and cat.
        stream.WriteByte((byte)'\n');
    }

    public void WriteFile(IKnowledgeGraph graph, string path) => AtomicFile.Write(path, stream => Write(graph, stream));

    private static void WriteEntity(Utf8JsonWriter json, Entity entity)
    {
        json.WriteStartObject();
        json.WriteString("id", Clean(entity.Id));
        json.WriteString("type", Clean(entity.Type));
        json.WriteString("name", Clean(entity.Name));
        json.WriteStartArray("aliases");
        foreach (var alias in entity.Aliases)
        {
            json.WriteStringValue(Clean(alias));
        }
        json.WriteEndArray();
        WriteProperties(json, entity.Properties);
        json.WriteStartArray("mentions");
        foreach (var mention in GraphOrder.Mentions(entity))
        {
            json.WriteStartObject();
            json.WriteString("document", Clean(mention.Document));
            json.WriteNumber("start", mention.Start);
            json.WriteNumber("end", mention.End);
            json.WriteString("text", Clean(mention.Text));
            json.WriteString("kind", Clean(mention.Kind.ToContract()));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRelation(Utf8JsonWriter json, Relation relation)
    {
        json.WriteStartObject();
        json.WriteString("id", Clean(relation.Id));
        json.WriteString("type", Clean(relation.Type));
        json.WriteString("source", Clean(relation.Source.Id));
        json.WriteString("target", Clean(relation.Target.Id));
        json.WriteNumber("confidence", relation.Confidence);
        json.WriteBoolean("negated", relation.Negated);
        json.WriteString("attributedTo", Clean(relation.AttributedTo));
        WriteProperties(json, relation.Properties);
        json.WriteStartArray("evidence");
        foreach (var evidence in GraphOrder.Evidence(relation))
        {
            json.WriteStartObject();
            json.WriteString("document", Clean(evidence.Document));
            json.WriteNumber("sentence", evidence.Sentence);
            json.WriteNumber("start", evidence.Start);
            json.WriteNumber("end", evidence.End);
            json.WriteString("text", Clean(evidence.Text));
            json.WriteString("rule", Clean(evidence.Rule));
            json.WriteString("attributedTo", Clean(evidence.AttributedTo));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter json, SortedDictionary<string, string> properties)
    {
        json.WriteStartObject("properties");
        foreach (var (key, value) in properties)
        {
            json.WriteString(Clean(key), Clean(value));
        }
        json.WriteEndObject();
    }

    /// <summary>
    /// Utf8JsonWriter turns an unpaired surrogate into an escaped U+FFFD, which reads back as a
    /// real U+FFFD and is then written unescaped: the bytes would change on a round trip. Doing
    /// the replacement here keeps write(read(write(g))) identical to write(g).
    /// </summary>
    [return: NotNullIfNotNull(nameof(text))]
    private static string? Clean(string? text)
    {
        if (text is null || !text.Any(char.IsSurrogate))
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }
        return new string(chars);
    }
}
