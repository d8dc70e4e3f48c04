using Graph.Core.Model;

namespace Graph.Extraction.Relations;

/// <summary>For each token, the resolved mention covering it, if any.</summary>
internal static class MentionMap
{
    public static Mention?[] Build(Document document)
    {
        var map = new Mention?[document.Tokens.Count];
        var t = 0;
        foreach (var mention in document.Mentions.OrderBy(m => m.Span.Start))
        {
            while (t < map.Length && document.Tokens[t].End <= mention.Span.Start)
            {
                t++;
            }
            for (var i = t; i < map.Length && document.Tokens[i].Start < mention.Span.End; i++)
            {
                map[i] = mention;
            }
        }
        return map;
    }
}
