using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Graph.Extraction.Reading;

/// <summary>
/// Readable text of a web page: the title, headings, paragraphs, list items and quotes, one
/// block per line. Scripts, styles, navigation, headers, footers, forms and asides are dropped.
/// </summary>
internal static class HtmlArticleParser
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg", "iframe", "button",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "figcaption", "pre", "td", "dd", "dt",
    };

    public static ParsedArticle Parse(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        string? Meta(string name) =>
            document.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content")?.Trim();

        var root = (IElement?)document.QuerySelector("article") ?? document.Body;
        var lines = new List<string>();
        if (root is not null)
        {
            Collect(root, lines);
        }
        var heading = document.QuerySelector("h1")?.TextContent.Trim();
        var title = Meta("og:title") ?? (string.IsNullOrWhiteSpace(document.Title) ? heading : document.Title.Trim()) ?? "";
        if (title.Length > 0 && (lines.Count == 0 || lines[0] != title))
        {
            lines.Insert(0, title);
        }
        return new ParsedArticle(
            title.Length > 0 ? title : lines.FirstOrDefault() ?? "",
            string.Join('\n', lines),
            Meta("og:site_name") ?? Meta("author"),
            Meta("og:url") ?? document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"),
            Meta("article:published_time") ?? Meta("date"));
    }

    private static void Collect(IElement element, List<string> lines)
    {
        foreach (var child in element.Children)
        {
            if (Dropped.Contains(child.LocalName))
            {
                continue;
            }
            if (Blocks.Contains(child.LocalName))
            {
                var text = Squash(child.TextContent);
                if (text.Length > 0)
                {
                    lines.Add(text);
                }
            }
            else
            {
                Collect(child, lines);
            }
        }
    }

    private static string Squash(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
