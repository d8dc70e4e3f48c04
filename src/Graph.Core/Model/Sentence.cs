namespace Graph.Core.Model;

/// <summary>A sentence: its index in the article, its span and its token range [FirstToken, EndToken).</summary>
public sealed record Sentence(int Index, Span Span, int FirstToken, int EndToken)
{
    public int TokenCount => EndToken - FirstToken;
}
