using Graph.Core.Model;

namespace Graph.Extraction.Relations;

/// <summary>For each token, the resolved mention covering it, if any.</summary>
internal static class MentionMap
{
    public static Mention?[] Build(Document document)
    {
        var map = new Mention?[document.Tokens.Count];
        foreach (var mention in document.Mentions.OrderBy(m => m.Span.Start))
        {
            Mark(document, map, mention.Span, mention);
        }
        return map;
    }

    private static void Mark(Document document, Mention?[] map, Span span, Mention mention)
    {
        var tokens = document.Tokens;
        for (var i = TokenSearch.FirstEndingAfter(tokens, span.Start); i < map.Length && tokens[i].Start < span.End; i++)
        {
            map[i] = mention;
        }
    }
}
