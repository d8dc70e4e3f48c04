using Graph.Core.Schema;

namespace Graph.Extraction.Relations;

/// <summary>
/// Parses the pattern language of <c>schema/patterns/*.yaml</c>:
/// <c>{S:Person}</c> and <c>{T:Country|Location}</c> are the source and target entity slots (a slot
/// also takes a coordination, "Russia and China", and distributes over it); a bare word matches that
/// token case-insensitively, <c>visit*</c> any token starting so; <c>(met|meets)</c> any of several;
/// a trailing <c>?</c> makes a word optional; <c>...</c> skips up to five tokens that name no entity,
/// <c>***</c> up to five tokens of any kind.
/// Slot types must suit the relation type's declared endpoints.
/// </summary>
internal static class PatternCompiler
{
    public static CompiledPattern Compile(PatternDefinition definition, GraphSchema schema)
    {
        var relation = schema.RelationType(definition.Relation)!;
        var elements = new List<PatternElement>();
        foreach (var part in definition.Pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            elements.Add(Parse(part, definition, schema));
        }
        var slots = elements.OfType<SlotElement>().ToList();
        var pair = slots.Count == 1 && slots[0].Role == 'P';
        if (!pair && (slots.Count(s => s.Role == 'S') != 1 || slots.Count(s => s.Role == 'T') != 1))
        {
            throw Error(definition, "needs one {S:...} source slot and one {T:...} target slot, or one {P:...} pair slot");
        }
        var source = pair ? slots[0] : slots.Single(s => s.Role == 'S');
        var target = pair ? slots[0] : slots.Single(s => s.Role == 'T');
        if (definition.Reverse)
        {
            (source, target) = (target, source);
        }
        foreach (var type in source.Types)
        {
            if (!relation.From.Contains(type) && !(relation.Symmetric && relation.To.Contains(type)))
            {
                throw Error(definition, $"source type '{type}' is not allowed for {relation.Name} (from: {string.Join(", ", relation.From)})");
            }
        }
        foreach (var type in target.Types)
        {
            if (!relation.To.Contains(type) && !(relation.Symmetric && relation.From.Contains(type)))
            {
                throw Error(definition, $"target type '{type}' is not allowed for {relation.Name} (to: {string.Join(", ", relation.To)})");
            }
        }
        return new CompiledPattern(definition, elements);
    }

    private static PatternElement Parse(string part, PatternDefinition definition, GraphSchema schema)
    {
        if (part is "..." or "***")
        {
            return new GapElement(5, CrossesEntities: part == "***");
        }
        if (part.StartsWith('{'))
        {
            if (!part.EndsWith('}') || part.Length < 5 || part[2] != ':' || part[1] is not ('S' or 'T' or 'P'))
            {
                throw Error(definition, $"bad slot '{part}': write {{S:Type}} or {{T:Type|Type}}");
            }
            var types = part[3..^1].Split('|');
            foreach (var type in types)
            {
                if (!schema.HasEntityType(type))
                {
                    throw new SchemaException(SchemaErrors.UnknownEntityType, definition.Location,
                        $"pattern '{definition.Id}': unknown entity type '{type}'");
                }
            }
            return new SlotElement(part[1], types.ToHashSet(StringComparer.Ordinal));
        }
        var optional = part.EndsWith('?') && part.Length > 1;
        var body = optional ? part[..^1] : part;
        if (body.StartsWith('(') != body.EndsWith(')'))
        {
            throw Error(definition, $"unbalanced parentheses in '{part}'");
        }
        var options = body.Trim('(', ')').Split('|');
        if (options.Any(o => o.Length == 0 || o.Contains('{') || o.Contains('(')))
        {
            throw Error(definition, $"bad word alternative '{part}'");
        }
        return new WordElement(
            options.Where(o => !o.EndsWith('*')).ToArray(),
            options.Where(o => o.EndsWith('*')).Select(o => o[..^1]).ToArray(),
            optional);
    }

    private static SchemaException Error(PatternDefinition definition, string message) =>
        new(SchemaErrors.InvalidPattern, definition.Location, $"pattern '{definition.Id}': {message}");
}
