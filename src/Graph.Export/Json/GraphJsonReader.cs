using System.Text.Json;
using Graph.Core;
using Graph.Core.Graph;
using Graph.Core.Model;

namespace Graph.Export.Json;

/// <summary>
/// Reads a graph written by <see cref="GraphJsonWriter"/> back into a <see cref="KnowledgeGraph"/>.
/// Every problem becomes a <see cref="GraphException"/> whose message starts with
/// file:line:column and names the JSON path, so a user can fix the file without a stack trace.
/// Article texts are not part of the contract, so read articles have empty text.
/// </summary>
internal sealed class GraphJsonReader
{
    public KnowledgeGraph ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new GraphException(ExportErrors.JsonFileNotFound, $"{path}: file not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GraphException(ExportErrors.JsonFileNotFound, $"{path}: cannot read: {e.Message}");
        }
        return Read(bytes, path);
    }

    public KnowledgeGraph Read(Stream stream, string fileName)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(buffer.ToArray(), fileName);
    }

    /// <param name="fileName">Only used in error messages.</param>
    public KnowledgeGraph Read(byte[] json, string fileName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw new GraphException(ExportErrors.JsonSyntax, $"{fileName}:{line}:{column}: invalid JSON: {WithoutPosition(e.Message)}");
        }
        using (document)
        {
            return new Builder(json, fileName).Build(document.RootElement);
        }
    }

    // System.Text.Json appends "LineNumber: 2 | BytePositionInLine: 4." which the prefix already says.
    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    private sealed class Builder(byte[] json, string fileName)
    {
        private readonly KnowledgeGraph _graph = new();
        private readonly HashSet<string> _relationIds = new(StringComparer.Ordinal);

        public KnowledgeGraph Build(JsonElement root)
        {
            var rootPath = JsonPath.Root;
            RequireKind(root, JsonValueKind.Object, rootPath, "an object");
            ForEach(root, "documents", rootPath, ReadDocument);
            ForEach(root, "entities", rootPath, ReadEntity);
            // Relations last: their endpoints must all be known before any is checked.
            ForEach(root, "relations", rootPath, ReadRelation);
            return _graph;
        }

        private void ReadDocument(JsonElement e, JsonPath path)
        {
            RequireKind(e, JsonValueKind.Object, path, "an object");
            var id = String(e, "id", path);
            var article = new Article(
                id,
                String(e, "path", path),
                String(e, "title", path),
                Text: "",
                OptionalString(e, "source", path),
                OptionalString(e, "url", path),
                OptionalString(e, "published", path));
            if (!_graph.AddDocument(article))
            {
                throw Error(ExportErrors.JsonDuplicateId, path.Property("id"), $"duplicate document id '{id}'");
            }
        }

        private void ReadEntity(JsonElement e, JsonPath path)
        {
            RequireKind(e, JsonValueKind.Object, path, "an object");
            var id = String(e, "id", path);
            if (_graph.FindEntity(id) is not null)
            {
                throw Error(ExportErrors.JsonDuplicateId, path.Property("id"), $"duplicate entity id '{id}'");
            }
            var entity = _graph.GetOrAddEntity(id, String(e, "type", path), String(e, "name", path));
            ForEach(e, "aliases", path, (alias, aliasPath) => entity.Aliases.Add(StringValue(alias, aliasPath)));
            ReadProperties(e, path, entity.Properties);
            ForEach(e, "mentions", path, (m, mentionPath) =>
            {
                RequireKind(m, JsonValueKind.Object, mentionPath, "an object");
                var kindText = String(m, "kind", mentionPath);
                if (!MentionKinds.TryParse(kindText, out var kind))
                {
                    var kinds = string.Join(", ", Enum.GetValues<MentionKind>().Select(k => k.ToContract()));
                    throw Error(ExportErrors.JsonInvalidValue, mentionPath.Property("kind"), $"unknown mention kind '{kindText}' (expected one of {kinds})");
                }
                entity.Mentions.Add(new MentionRecord(
                    DocumentRef(m, mentionPath), Int(m, "start", mentionPath), Int(m, "end", mentionPath),
                    String(m, "text", mentionPath), kind));
            });
        }

        private void ReadRelation(JsonElement e, JsonPath path)
        {
            RequireKind(e, JsonValueKind.Object, path, "an object");
            var id = String(e, "id", path);
            var key = new RelationKey(
                String(e, "type", path),
                EntityRef(e, "source", path),
                EntityRef(e, "target", path),
                Bool(e, "negated", path),
                OptionalString(e, "attributedTo", path));
            if (key.AttributedTo is not null && _graph.FindEntity(key.AttributedTo) is null)
            {
                throw Error(ExportErrors.JsonUnknownReference, path.Property("attributedTo"), $"relation '{id}' is attributed to unknown entity '{key.AttributedTo}'");
            }
            // The id is derived from the key; a mismatch means the file was edited inconsistently.
            // Extracted graphs derive attribution from evidence and keep it out of the key.
            var attributedTo = key.AttributedTo;
            if (attributedTo is not null && id == KnowledgeGraph.RelationId(key with { AttributedTo = null }))
            {
                key = key with { AttributedTo = null };
            }
            var expected = KnowledgeGraph.RelationId(key);
            if (id != expected)
            {
                throw Error(ExportErrors.JsonInvalidValue, path.Property("id"), $"relation id '{id}' does not match its type, endpoints, negation and attribution (expected '{expected}')");
            }
            if (!_relationIds.Add(id))
            {
                throw Error(ExportErrors.JsonDuplicateId, path.Property("id"), $"duplicate relation id '{id}'");
            }
            // Keys in the file are already canonical, so no endpoint reordering for symmetric types.
            var relation = _graph.AddRelation(key, symmetric: false);
            relation.Confidence = Double(e, "confidence", path);
            relation.AttributedTo = attributedTo;
            ReadProperties(e, path, relation.Properties);
            ForEach(e, "evidence", path, (v, evidencePath) =>
            {
                RequireKind(v, JsonValueKind.Object, evidencePath, "an object");
                relation.Evidence.Add(new Evidence(
                    DocumentRef(v, evidencePath), Int(v, "sentence", evidencePath), Int(v, "start", evidencePath),
                    Int(v, "end", evidencePath), String(v, "text", evidencePath), String(v, "rule", evidencePath),
                    SpeakerRef(v, evidencePath)));
            });
        }

        private string EntityRef(JsonElement e, string name, JsonPath path)
        {
            var id = String(e, name, path);
            return _graph.FindEntity(id) is not null
                ? id
                : throw Error(ExportErrors.JsonUnknownReference, path.Property(name), $"{name} refers to unknown entity '{id}'");
        }

        /// <summary>An evidence sentence's speaker; files written before evidence carried one have none.</summary>
        private string? SpeakerRef(JsonElement e, JsonPath path)
        {
            var id = OptionalString(e, "attributedTo", path);
            return id is null || _graph.FindEntity(id) is not null
                ? id
                : throw Error(ExportErrors.JsonUnknownReference, path.Property("attributedTo"), $"evidence is attributed to unknown entity '{id}'");
        }

        private string DocumentRef(JsonElement e, JsonPath path)
        {
            var id = String(e, "document", path);
            return _graph.HasDocument(id)
                ? id
                : throw Error(ExportErrors.JsonUnknownReference, path.Property("document"), $"refers to unknown document '{id}'");
        }

        private void ReadProperties(JsonElement e, JsonPath path, SortedDictionary<string, string> into)
        {
            if (!e.TryGetProperty("properties", out var properties) || properties.ValueKind == JsonValueKind.Null)
            {
                return;
            }
            var propertiesPath = path.Property("properties");
            RequireKind(properties, JsonValueKind.Object, propertiesPath, "an object");
            foreach (var property in properties.EnumerateObject())
            {
                into[property.Name] = StringValue(property.Value, propertiesPath.Property(property.Name));
            }
        }

        /// <summary>Runs <paramref name="read"/> on each item of an array field; a missing or null field is an empty list.</summary>
        private void ForEach(JsonElement e, string name, JsonPath path, Action<JsonElement, JsonPath> read)
        {
            if (!e.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
            {
                return;
            }
            var arrayPath = path.Property(name);
            RequireKind(array, JsonValueKind.Array, arrayPath, "a list");
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                read(item, arrayPath.Index(index++));
            }
        }

        private JsonElement Required(JsonElement e, string name, JsonPath path) =>
            e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
                ? value
                : throw Error(ExportErrors.JsonMissingField, path, $"missing required field '{name}'");

        private string String(JsonElement e, string name, JsonPath path) =>
            StringValue(Required(e, name, path), path.Property(name));

        private string? OptionalString(JsonElement e, string name, JsonPath path) =>
            e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
                ? StringValue(value, path.Property(name))
                : null;

        private string StringValue(JsonElement value, JsonPath path)
        {
            RequireKind(value, JsonValueKind.String, path, "a string");
            return value.GetString()!;
        }

        private int Int(JsonElement e, string name, JsonPath path)
        {
            var value = Required(e, name, path);
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var result)
                ? result
                : throw Error(ExportErrors.JsonWrongType, path.Property(name), "expected a whole number");
        }

        private double Double(JsonElement e, string name, JsonPath path)
        {
            var value = Required(e, name, path);
            return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var result)
                ? result
                : throw Error(ExportErrors.JsonWrongType, path.Property(name), "expected a number");
        }

        private bool Bool(JsonElement e, string name, JsonPath path) =>
            Required(e, name, path).ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Error(ExportErrors.JsonWrongType, path.Property(name), "expected true or false"),
            };

        private void RequireKind(JsonElement value, JsonValueKind kind, JsonPath path, string what)
        {
            if (value.ValueKind != kind)
            {
                throw Error(ExportErrors.JsonWrongType, path, $"expected {what}, found {Describe(value.ValueKind)}");
            }
        }

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "a list",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "true/false",
            _ => "null",
        };

        private GraphException Error(string code, JsonPath path, string message)
        {
            var (line, column) = JsonLocator.Find(json, path);
            return new GraphException(code, $"{fileName}:{line}:{column}: {path}: {message}");
        }
    }
}
