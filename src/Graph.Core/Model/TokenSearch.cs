namespace Graph.Core.Model;

/// <summary>Finding tokens by character offset in a document's token list (sorted by offset).</summary>
public static class TokenSearch
{
    /// <summary>The first token that ends after <paramref name="offset"/>: the first a span starting there touches.</summary>
    public static int FirstEndingAfter(IReadOnlyList<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
