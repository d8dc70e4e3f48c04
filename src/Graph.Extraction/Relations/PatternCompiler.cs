using System.Text.RegularExpressions;
using Graph.Core.Schema;

namespace Graph.Extraction.Relations;

/// <summary>
/// Parses the pattern language of <c>schema/patterns/*.yaml</c>:
/// <list type="bullet">
/// <item><c>{S:Person}</c> and <c>{T:Country|Location}</c> are the source and target entity slots. A slot
/// also takes a coordination ("Russia and China", "A, B and C") and distributes over it, and it may
/// carry an apposition ("Kallas, the EU's foreign policy chief,") that the rest of the pattern skips.</item>
/// <item><c>{P:Person}</c> is a pair slot: a coordination or plural reference whose members are related to each other.</item>
/// <item>A bare word matches that token case-insensitively; <c>visit*</c> any token starting so, <c>*-based</c> any ending so.</item>
/// <item><c>(met|held talks|shook hands)</c> matches any of several words or word sequences.</item>
/// <item>A trailing <c>?</c> makes a word or group optional.</item>
/// <item><c>name=(sister|brother)</c> labels a group: the words it matched become the value of
/// any property written <c>"$name"</c> ("relation: $relation" gives relation=sister; a <c>title</c>
/// property is title-cased like the titles of titles.yaml).</item>
/// <item><c>!word</c> or <c>!(a|b)</c> checks that the next token is not one of the words, consuming
/// nothing: <c>{T:Person} !'s</c> refuses a possessor ("welcomed Blair's courage" is not a meeting).</item>
/// <item><c>...</c> skips up to five tokens that name no entity; <c>***</c> up to five tokens of any kind.</item>
/// </list>
/// Slot types must suit the relation type's declared endpoints. Every mistake is a schema error
/// naming the pattern's file, line and column and the offending part.
/// </summary>
internal static partial class PatternCompiler
{
    [GeneratedRegex("^[a-z][a-zA-Z0-9_]*$")]
    private static partial Regex LabelName();

    public static CompiledPattern Compile(PatternDefinition definition, GraphSchema schema)
    {
        var relation = schema.RelationType(definition.Relation)!;
        var elements = new List<PatternElement>();
        foreach (var (part, column) in Split(definition))
        {
            elements.Add(Parse(part, column, definition, schema));
        }
        if (elements.Count == 0)
        {
            throw Error(definition, "is empty");
        }
        var slots = elements.OfType<SlotElement>().ToList();
        var pair = slots.Count == 1 && slots[0].Role == 'P';
        if (definition.Source != PatternSource.Slot)
        {
            var from = definition.Source.ToString().ToLowerInvariant();
            if (slots is not [{ Role: 'T' }] || definition.Reverse)
            {
                throw Error(definition, $"takes its source from the {from} (source: {from}), so it needs one {{T:...}} target slot and no other, and no reverse");
            }
            if (!(definition.SourceIsSpeaker ? Modality.SpeakerTypes : ["Person"]).Any(relation.From.Contains))
            {
                throw Error(definition, $"takes its source from the {from}, but {relation.Name} allows no {from} as source (from: {string.Join(", ", relation.From)})");
            }
        }
        else if (definition.TargetActorOf is not null || definition.Target != PatternTarget.Slot)
        {
            var (field, from, types) = definition.TargetActorOf is { } act
                ? ($"actorOf: {act}", $"whoever does {act}", schema.RelationType(act)!.From)
                : definition.Target == PatternTarget.Home ? ("target: home", "the article's country", (IReadOnlyList<string>)["Country"])
                : ("target: country", "the source's listed country", (IReadOnlyList<string>)["Country"]);
            if (slots is not [{ Role: 'S' }] || definition.Reverse)
            {
                throw Error(definition, $"takes its target from the article ({field}), so it needs one {{S:...}} source slot and no other, and no reverse");
            }
            if (!types.Any(relation.To.Contains))
            {
                throw Error(definition, $"takes its target from {from}, but {relation.Name} allows none of them as target (to: {string.Join(", ", relation.To)})");
            }
        }
        else if (!pair && (slots.Count(s => s.Role == 'S') != 1 || slots.Count(s => s.Role == 'T') != 1 || slots.Count != 2))
        {
            throw Error(definition, "needs one {S:...} source slot and one {T:...} target slot, or one {P:...} pair slot");
        }
        if (elements[0] is GapElement or NotElement || elements[^1] is GapElement)
        {
            throw Error(definition, "may not start with a gap or a negative word, nor end with a gap");
        }
        var target = pair ? slots[0] : slots.SingleOrDefault(s => s.Role == 'T');
        var source = pair ? slots[0] : definition.Source != PatternSource.Slot ? null : slots.Single(s => s.Role == 'S');
        if (definition.Reverse)
        {
            (source, target) = (target!, source!);
        }
        foreach (var type in source?.Types ?? (IEnumerable<string>)[])
        {
            if (!relation.From.Contains(type) && !(relation.Symmetric && relation.To.Contains(type)))
            {
                throw Error(definition, $"source type '{type}' is not allowed for {relation.Name} (from: {string.Join(", ", relation.From)})");
            }
        }
        foreach (var type in target?.Types ?? (IEnumerable<string>)[])
        {
            if (!relation.To.Contains(type) && !(relation.Symmetric && relation.From.Contains(type)))
            {
                throw Error(definition, $"target type '{type}' is not allowed for {relation.Name} (to: {string.Join(", ", relation.To)})");
            }
        }
        var labels = elements.OfType<WordElement>().Where(w => w.Label is not null).Select(w => w.Label!).ToList();
        if (labels.Distinct(StringComparer.Ordinal).Count() != labels.Count)
        {
            throw Error(definition, "uses a group label twice");
        }
        foreach (var (key, value) in definition.Properties)
        {
            if (value.StartsWith('$') && !labels.Contains(value[1..]))
            {
                throw Error(definition, $"property '{key}' refers to '{value}' but no group is labelled '{value[1..]}='");
            }
        }
        return new CompiledPattern(definition, elements);
    }

    /// <summary>Splits on spaces outside parentheses, keeping each part's column in the pattern text.</summary>
    private static IEnumerable<(string Part, int Column)> Split(PatternDefinition definition)
    {
        var text = definition.Pattern;
        var start = -1;
        var depth = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c == '\\' && i + 1 < text.Length)
            {
                // "\(" is the token "(", no group.
                start = start < 0 ? i : start;
                i++;
                continue;
            }
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
                if (depth < 0)
                {
                    throw Error(definition, $"unbalanced ')' at character {i + 1}");
                }
            }
            if (c == ' ' && depth == 0)
            {
                if (start >= 0)
                {
                    yield return (text[start..i], start + 1);
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }
        if (depth != 0)
        {
            throw Error(definition, "unbalanced '(': a group is not closed");
        }
    }

    private static PatternElement Parse(string part, int column, PatternDefinition definition, GraphSchema schema)
    {
        var where = $"'{part}' (character {column})";
        if (part is "..." or "***")
        {
            return new GapElement(5, CrossesEntities: part == "***");
        }
        if (part.StartsWith('{'))
        {
            if (!part.EndsWith('}') || part.Length < 5 || part[2] != ':' || part[1] is not ('S' or 'T' or 'P'))
            {
                throw Error(definition, $"bad slot {where}: write {{S:Type}} or {{T:Type|Type}}");
            }
            var types = part[3..^1].Split('|');
            foreach (var type in types)
            {
                if (!schema.HasEntityType(type))
                {
                    throw new SchemaException(SchemaErrors.UnknownEntityType, definition.Location,
                        $"pattern '{definition.Id}': unknown entity type '{type}' in {where}");
                }
            }
            return new SlotElement(part[1], types.ToHashSet(StringComparer.Ordinal));
        }
        if (part.StartsWith('!'))
        {
            if (part.Length < 2 || part[1] is '!' or '{' || part.EndsWith('?') || part.Contains('='))
            {
                throw Error(definition, $"bad negative word {where}: write !word or !(a|b)");
            }
            return new NotElement((WordElement)Parse(part[1..], column + 1, definition, schema));
        }
        string? label = null;
        var body = part;
        var equals = body.IndexOf('=');
        if (equals >= 0 && (body.IndexOf('(') < 0 || equals < body.IndexOf('(')))
        {
            label = body[..equals];
            body = body[(equals + 1)..];
            if (!LabelName().IsMatch(label))
            {
                throw Error(definition, $"bad group label in {where}: use a lower-case name such as relation=(sister|brother)");
            }
        }
        var optional = body.EndsWith('?') && body.Length > 1;
        if (optional)
        {
            body = body[..^1];
        }
        var grouped = body.StartsWith('(');
        if (grouped != body.EndsWith(')'))
        {
            throw Error(definition, $"unbalanced parentheses in {where}");
        }
        if (grouped)
        {
            body = body[1..^1];
        }
        var options = new List<IReadOnlyList<string>>();
        foreach (var option in body.Split('|'))
        {
            var words = option.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w is ['\\', var escaped] ? escaped.ToString() : w)
                .ToArray();
            if (words.Length == 0 || words.Any(w => w is not ("(" or ")") && w.IndexOfAny(['{', '}', '(', ')', '=', '?']) >= 0 || w is "..." or "***"
                || w == "*" || w.Length > 1 && w.StartsWith('*') && w.EndsWith('*')))
            {
                throw Error(definition, $"bad word alternative {where}");
            }
            if (!grouped && words.Length > 1)
            {
                throw Error(definition, $"bad word {where}");
            }
            options.Add(words);
        }
        return new WordElement(options, optional, label);
    }

    private static SchemaException Error(PatternDefinition definition, string message) =>
        new(SchemaErrors.InvalidPattern, definition.Location, $"pattern '{definition.Id}': {message}");
}
