using Graph.Core.Model;

namespace Graph.Export;

/// <summary>
/// Orders for the lists the graph keeps in insertion order, so every writer emits the same bytes
/// for the same graph however it was built (extracted live or read back from JSON).
/// </summary>
internal static class GraphOrder
{
    public static IEnumerable<MentionRecord> Mentions(Entity entity) =>
        entity.Mentions
            .OrderBy(m => m.Document, StringComparer.Ordinal)
            .ThenBy(m => m.Start)
            .ThenBy(m => m.End)
            .ThenBy(m => m.Text, StringComparer.Ordinal)
            .ThenBy(m => m.Kind);

    public static IEnumerable<Evidence> Evidence(Relation relation) =>
        relation.Evidence
            .OrderBy(e => e.Document, StringComparer.Ordinal)
            .ThenBy(e => e.Start)
            .ThenBy(e => e.End)
            .ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.Sentence)
            .ThenBy(e => e.Text, StringComparer.Ordinal);

    /// <summary>Distinct sentence texts in evidence order: one sentence read by two rules counts once.</summary>
    public static IReadOnlyList<string> EvidenceTexts(Relation relation) =>
        Evidence(relation).Select(e => e.Text).Distinct(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> Articles(Relation relation) =>
        relation.Evidence.Select(e => e.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> Rules(Relation relation) =>
        relation.Evidence.Select(e => e.Rule).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Mention counts per article for one entity, articles in id order.</summary>
    public static IReadOnlyList<(string Document, int Count)> MentionsPerArticle(Entity entity) =>
        entity.Mentions
            .GroupBy(m => m.Document, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .ToList();
}
