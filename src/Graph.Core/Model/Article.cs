namespace Graph.Core.Model;

/// <summary>
/// One input article as read from disk or stdin. <see cref="Text"/> is the original text that
/// every offset in the outputs refers to; the id is a hash of the normalized text, so the same
/// article given twice is one article.
/// </summary>
public sealed record Article(
    string Id,
    string Path,
    string Title,
    string Text,
    string? Source = null,
    string? Url = null,
    string? Published = null);
