namespace Graph.Extraction.Text;

/// <summary>Quotation marks in running text, read as news writes them.</summary>
internal static class Quotation
{
    /// <summary>
    /// Whether a quotation is open at the position. A mark after a space opens one and a mark after a word or punctuation
    /// closes it, so a quotation the paper runs on over several sentences, each opened anew ('appointment. "He has'),
    /// stays open.
    /// </summary>
    public static bool IsOpenAt(string text, int position)
    {
        var open = false;
        for (var i = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1; i < position; i++)
        {
            if (text[i] == '"')
            {
                open = i == 0 || char.IsWhiteSpace(text[i - 1]);
            }
        }
        return open;
    }
}
