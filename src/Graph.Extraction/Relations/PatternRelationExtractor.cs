using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Core.Schema;

namespace Graph.Extraction.Relations;

/// <summary>
/// Reads relations stated in a sentence with the trigger patterns declared in the schema. Each
/// relation names the pattern that produced it and carries the sentence's modality: negated,
/// attributed to a speaker, hedged, expected. Endpoint types that the relation type does not
/// allow are dropped, not coerced.
/// </summary>
public sealed class PatternRelationExtractor : IPipelineComponent
{
    private readonly GraphSchema _schema;
    private readonly IReadOnlyList<CompiledPattern> _patterns;

    public PatternRelationExtractor(GraphSchema schema)
    {
        _schema = schema;
        _patterns = schema.Patterns.Select(p => PatternCompiler.Compile(p, schema)).ToList();
    }

    public string Name => "pattern-relations";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Sentences, Annotation.EntityLinks];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Relations];

    public void Process(Document document)
    {
        var mentionAt = MentionMap.Build(document);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sentence in document.Sentences)
        {
            words.Clear();
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                words.Add(document.Tokens[i].Text);
            }
            var matcher = new PatternMatcher(document.Tokens, mentionAt, sentence);
            foreach (var pattern in _patterns)
            {
                if (!pattern.Required.All(w => w.Words.Any(words.Contains)))
                {
                    continue;
                }
                foreach (var match in matcher.Matches(pattern))
                {
                    Emit(document, sentence, mentionAt, match);
                }
            }
        }
    }

    private void Emit(Document document, Sentence sentence, Mention?[] mentionAt, RelationMatch match)
    {
        var type = _schema.RelationType(match.Pattern.Relation)!;
        var tokens = document.Tokens;
        var definition = match.Pattern.Definition;
        var negated = Modality.IsNegated(tokens, match.FirstToken - 3, match.EndToken)
            || definition.Properties.GetValueOrDefault("negated") == "true";
        var speaker = Modality.Speaker(tokens, mentionAt, sentence, match.FirstToken, match.EndToken);
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in definition.Properties.Where(p => p.Key != "negated"))
        {
            properties[key] = value;
        }
        if (Modality.IsHedged(tokens, sentence))
        {
            properties["hedged"] = "true";
        }
        if (Modality.IsExpected(tokens, match.FirstToken - 3, match.EndToken))
        {
            properties["expected"] = "true";
        }
        foreach (var (sourceId, sourceType) in Expand(match.Sources))
        {
            foreach (var (targetId, targetType) in Expand(match.Targets))
            {
                if (sourceId == targetId || !type.Allows(sourceType, targetType))
                {
                    continue;
                }
                var (from, to) = definition.Reverse ? (targetId, sourceId) : (sourceId, targetId);
                document.Relations.Add(new RelationMention(type.Name, from, to, sentence.Index, definition.Id, definition.Precision)
                {
                    Negated = negated,
                    AttributedTo = speaker?.EntityId is { } by && by != from && by != to ? by : null,
                    Properties = properties,
                });
            }
        }
    }

    private static IEnumerable<(string Id, string Type)> Expand(IReadOnlyList<Mention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Group is { } group)
            {
                foreach (var id in group)
                {
                    yield return (id, mention.Type);
                }
            }
            else if (mention.EntityId is { } id)
            {
                yield return (id, mention.Type);
            }
        }
    }
}
