using Graph.Core.Model;

namespace Graph.Extraction.Relations;

/// <summary>For each token, the resolved mention covering it, if any; of overlapping mentions, the one starting last.</summary>
internal static class MentionMap
{
    public static Mention?[] Build(Document document)
    {
        var map = new Mention?[document.Tokens.Count];
        // Mentions starting at the same offset: the later in the list wins, as if stably sorted by start.
        foreach (var mention in document.Mentions)
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
            if (map[i] is not { } marked || marked.Span.Start <= span.Start)
            {
                map[i] = mention;
            }
        }
    }
}
