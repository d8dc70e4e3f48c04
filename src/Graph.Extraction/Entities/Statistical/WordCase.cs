namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// How an article writes each word: in lower case, and capitalized where nothing but a name explains it (not where a
/// sentence, a quotation or a headline in capitals opens). One capitalized word the article also writes in lower case,
/// capitalized only by its position or less often than in lower case, is a word, not a name: "Pension credit ...",
/// "WILL", "the Bank"; "Arsenal" and "the Lords" stay names.
/// </summary>
internal sealed class WordCase
{
    private readonly string[] _texts;
    private readonly Dictionary<string, int> _lower = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _capitalized = new(StringComparer.Ordinal);

    public WordCase(string[] texts, IReadOnlyList<(int First, int End)> sentences)
    {
        _texts = texts;
        foreach (var (first, end) in sentences)
        {
            for (var k = first; k < end; k++)
            {
                var text = texts[k];
                if (text.Length < 2)
                {
                    continue;
                }
                if (char.IsLower(text[0]))
                {
                    _lower[text] = _lower.GetValueOrDefault(text) + 1;
                }
                else if (char.IsUpper(text[0]) && !CapitalizedByPosition(first, k))
                {
                    _capitalized[text] = _capitalized.GetValueOrDefault(text) + 1;
                }
            }
        }
    }

    /// <summary>Whether the word at <paramref name="k"/>, in the sentence starting at <paramref name="sentenceStart"/>, is a word rather than a name.</summary>
    public bool IsWordNotName(int sentenceStart, int k) =>
        _lower.GetValueOrDefault(_texts[k].ToLowerInvariant()) is > 0 and var lower
        && (CapitalizedByPosition(sentenceStart, k) || _capitalized.GetValueOrDefault(_texts[k]) < lower);

    private bool CapitalizedByPosition(int sentenceStart, int k) =>
        k == sentenceStart || _texts[k - 1] is "\"" or "'" or ":" or "(" || _texts[k].Length > 1 && _texts[k].All(char.IsUpper);
}
