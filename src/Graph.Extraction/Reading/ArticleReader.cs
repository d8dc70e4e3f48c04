using System.Security.Cryptography;
using System.Text;
using Graph.Core;
using Graph.Core.Model;

namespace Graph.Extraction.Reading;

/// <summary>
/// Turns command-line inputs (files, folders searched recursively, or "-" for stdin) into
/// articles. Unreadable, binary and non-UTF-8 files are skipped with a reason; paths that do not
/// exist and folders without articles are errors.
/// </summary>
public sealed class ArticleReader
{
    public static readonly IReadOnlySet<string> Extensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".html", ".htm" };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly TextReader _stdin;

    public ArticleReader(TextReader stdin) => _stdin = stdin;

    /// <summary>Expands inputs into the files to read, in a stable order, failing early on bad paths.</summary>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                files.Add(input);
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    throw new GraphException("GK0020", $"{input}: folder contains no articles (*.txt, *.md, *.html)");
                }
                files.AddRange(found);
            }
            else
            {
                throw new GraphException("GK0021", $"{input}: no such file or folder");
            }
        }
        if (files.Count == 0)
        {
            throw new GraphException("GK0022", "no input given");
        }
        return files;
    }

    /// <summary>Reads one input; returns null and a reason when the file must be skipped.</summary>
    public Article? Read(string path, out SkippedInput? skipped)
    {
        skipped = null;
        string raw;
        if (path == "-")
        {
            raw = _stdin.ReadToEnd();
        }
        else
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped = new SkippedInput(path, $"unreadable: {e.Message}");
                return null;
            }
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                skipped = new SkippedInput(path, "binary file");
                return null;
            }
            try
            {
                raw = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                skipped = new SkippedInput(path, $"not valid UTF-8 (byte offset {e.Index})");
                return null;
            }
            if (raw.Length > 0 && raw[0] == '\uFEFF')
            {
                raw = raw[1..];
            }
        }

        var format = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" => ArticleFormat.Html,
            ".md" or ".markdown" => ArticleFormat.Markdown,
            _ when path == "-" && LooksLikeHtml(raw) => ArticleFormat.Html,
            _ => ArticleFormat.Text,
        };
        ParsedArticle parsed;
        try
        {
            parsed = format == ArticleFormat.Html ? HtmlArticleParser.Parse(raw) : TextArticleParser.Parse(raw, format);
        }
        catch (GraphException e)
        {
            skipped = new SkippedInput(path, e.Message);
            return null;
        }
        if (string.IsNullOrWhiteSpace(parsed.Text))
        {
            skipped = new SkippedInput(path, "no text");
            return null;
        }
        return new Article(IdOf(parsed.Text), path, parsed.Title, parsed.Text, parsed.Source, parsed.Url, parsed.Published);
    }

    /// <summary>
    /// The id hashes the normalized text, so the same article saved with other quotes, line ends or
    /// spacing is still one article.
    /// </summary>
    public static string IdOf(string text)
    {
        var normalized = Text.TextNormalizer.Normalize(text).Text;
        var words = string.Join(' ', normalized.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(words));
        return Convert.ToHexStringLower(hash)[..16];
    }

    private static bool LooksLikeHtml(string raw)
    {
        var start = raw.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}

internal enum ArticleFormat
{
    Text,
    Markdown,
    Html,
}

/// <summary>What a parser found in one input: the article text and its metadata.</summary>
internal sealed record ParsedArticle(string Title, string Text, string? Source, string? Url, string? Published);
