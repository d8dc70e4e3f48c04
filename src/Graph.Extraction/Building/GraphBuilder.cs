using Graph.Core.Graph;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Extraction.Relations;

namespace Graph.Extraction.Building;

/// <summary>
/// Adds processed documents to a knowledge graph: one node per resolved entity id, every mention
/// kept with offsets into the article's original text, and every relation merged with the same
/// relation from other sentences and articles, each with its evidence sentence.
/// </summary>
public sealed class GraphBuilder(GraphSchema schema)
{
    private readonly TreatyNames _treaties = new();

    public KnowledgeGraph Graph { get; } = new();

    /// <summary>Adds a document; returns false when the same article was already added.</summary>
    public bool Add(Document document)
    {
        if (!Graph.AddDocument(document.Article))
        {
            return false;
        }
        var articleId = document.Article.Id;
        var merged = MergeTreatyDescriptions(document);
        // Names first, so an entity first met through "the agreement" or "He" is still named by its name.
        foreach (var mention in document.Mentions)
        {
            if (IsName(mention))
            {
                AddMention(document, mention, merged);
            }
        }
        foreach (var mention in document.Mentions)
        {
            if (!IsName(mention))
            {
                AddMention(document, mention, merged);
            }
        }
        string? evidenceText = null;
        var evidenceSentence = -1;
        foreach (var mentioned in document.Relations)
        {
            var found = mentioned with
            {
                Source = merged.GetValueOrDefault(mentioned.Source, mentioned.Source),
                Target = merged.GetValueOrDefault(mentioned.Target, mentioned.Target),
            };
            if (FindOrList(found.Source) is null || FindOrList(found.Target) is null)
            {
                continue;
            }
            var type = schema.RelationType(found.Type);
            var relation = Graph.AddRelation(
                new RelationKey(found.Type, found.Source, found.Target, found.Negated, AttributedTo: null),
                type?.Symmetric ?? false);
            var first = relation.Evidence.Count == 0;
            foreach (var (key, value) in found.Properties)
            {
                if (first || Array.IndexOf(Modality.SentenceFlags, key) < 0)
                {
                    relation.Properties.TryAdd(key, value);
                }
            }
            foreach (var flag in Modality.SentenceFlags)
            {
                if (!found.Properties.ContainsKey(flag))
                {
                    relation.Properties.Remove(flag);
                }
            }
            // Event codes travel with every relation so exports can sum cooperation against conflict per pair.
            if (type?.Cameo is { } cameo)
            {
                relation.Properties.TryAdd("cameo", cameo);
            }
            if (type?.Goldstein is { } goldstein)
            {
                relation.Properties.TryAdd("goldstein", goldstein.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture));
            }
            var sentence = document.Sentences[found.Sentence];
            var span = document.ToOriginal(sentence.Span);
            // Sentences that state several relations share one copy of their text.
            if (evidenceSentence != found.Sentence)
            {
                evidenceSentence = found.Sentence;
                evidenceText = document.Article.Text[span.Start..span.End];
            }
            Graph.AddEvidence(relation, new Evidence(articleId, sentence.Index, span.Start, span.End,
                evidenceText!, found.Rule, found.AttributedTo), found.Precision);
        }
        return true;
    }

    /// <summary>
    /// The entity with this id, added from the gazetteer when the article relates it without naming it: an office read
    /// from the article's context belongs to a country the article may never name.
    /// </summary>
    private Entity? FindOrList(string id)
    {
        if (Graph.FindEntity(id) is { } found)
        {
            return found;
        }
        if (schema.Entry(id) is not { } entry)
        {
            return null;
        }
        var entity = Graph.GetOrAddEntity(id, entry.Type, entry.Name);
        foreach (var (key, value) in entry.Properties)
        {
            entity.Properties.TryAdd(key, value);
        }
        return entity;
    }

    private static bool IsName(Mention mention) => mention.Kind is MentionKind.Name or MentionKind.Alias or MentionKind.Demonym;

    private void AddMention(Document document, Mention mention, Dictionary<string, string> merged)
    {
        if (mention.EntityId is not { } resolved)
        {
            return;
        }
        var id = merged.GetValueOrDefault(resolved, resolved);
        // A listed entity met first through "the government" or "the prime minister" still carries its listed name.
        var entity = Graph.GetOrAddEntity(id, mention.Type, schema.Entry(id)?.Name ?? NameOf(mention));
        // Every entity gets its first mention here, and the listed properties never change: they
        // are added once, after the title of the mention that introduces the entity.
        var isNew = entity.Mentions.Count == 0;
        var original = document.ToOriginal(mention.Span);
        var text = document.Article.Text.AsSpan(original.Start, original.End - original.Start);
        entity.Mentions.Add(new MentionRecord(document.Article.Id, original.Start, original.End,
            text.SequenceEqual(mention.Text) ? mention.Text : text.ToString(), mention.Kind));
        if (mention.Kind is MentionKind.Name or MentionKind.Alias && mention.Text != entity.Name)
        {
            entity.Aliases.Add(mention.Text);
        }
        if (mention.Title is { } title && mention.Type == "Person")
        {
            entity.Properties.TryAdd("title", title);
        }
        if (isNew && schema.Entry(id) is { } entry)
        {
            foreach (var (key, value) in entry.Properties)
            {
                entity.Properties.TryAdd(key, value);
            }
        }
    }

    /// <summary>Maps the ids of this document's treaty descriptions to treaties already in the graph.</summary>
    private Dictionary<string, string> MergeTreatyDescriptions(Document document)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions.Where(TreatyNames.IsDescribed))
        {
            var id = mention.EntityId!;
            var canonical = _treaties.Canonical(id, NameOf(mention));
            if (canonical != id)
            {
                merged[id] = canonical;
            }
        }
        return merged;
    }

    private static string NameOf(Mention mention) =>
        mention.Known?.Name ?? mention.CanonicalName ?? mention.Text;
}
