using System.Text;
using Graph.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Extraction.Reading;

/// <summary>
/// Plain text and Markdown: an optional YAML front-matter block (title, source, url, published),
/// the first non-empty line as the title, and an optional trailing "Source: ..." line. The
/// article text is what remains, with Markdown heading marks removed.
/// </summary>
internal static class TextArticleParser
{
    public static ParsedArticle Parse(string raw, ArticleFormat format)
    {
        var text = raw.Replace("\r\n", "\n").Replace('\r', '\n');
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        text = StripFrontMatter(text, meta);
        text = StripSourceLine(text, meta);
        if (format == ArticleFormat.Markdown)
        {
            text = StripMarkdownHeadings(text);
        }
        text = text.Trim('\n', ' ', '\t');
        var title = meta.GetValueOrDefault("title") ?? FirstLine(text);
        return new ParsedArticle(
            title,
            text,
            meta.GetValueOrDefault("source"),
            meta.GetValueOrDefault("url"),
            meta.GetValueOrDefault("published") ?? meta.GetValueOrDefault("date"));
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return (end < 0 ? text : text[..end]).Trim();
    }

    private static string StripFrontMatter(string text, Dictionary<string, string> meta)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new GraphException("GK0023", "line 1: front matter starts with '---' but is never closed");
        }
        var yaml = text[4..(end + 1)];
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v })
                    {
                        meta[k] = v.Trim();
                    }
                }
            }
        }
        catch (YamlException e)
        {
            throw new GraphException("GK0024", $"line {e.Start.Line + 1}: invalid front matter: {e.Message}");
        }
        var after = text.IndexOf('\n', end + 4);
        return after < 0 ? "" : text[(after + 1)..];
    }

    private static string StripSourceLine(string text, Dictionary<string, string> meta)
    {
        var trimmed = text.TrimEnd('\n', ' ', '\t');
        var start = trimmed.LastIndexOf('\n') + 1;
        var last = trimmed[start..].Trim();
        if (last.StartsWith("Source:", StringComparison.OrdinalIgnoreCase))
        {
            var source = last["Source:".Length..].Trim();
            if (source.Length > 0)
            {
                meta.TryAdd("source", source);
            }
            return trimmed[..start];
        }
        return text;
    }

    private static string StripMarkdownHeadings(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            var content = line.TrimStart('#');
            builder.Append(content.Length != line.Length ? content.TrimStart() : line).Append('\n');
        }
        return builder.ToString();
    }
}
