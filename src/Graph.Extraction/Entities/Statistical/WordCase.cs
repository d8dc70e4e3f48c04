namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// How an article writes the words the model took for one-word names: in lower case, and capitalized where nothing but a
/// name explains it (not where a sentence, a quotation or a headline in capitals opens). Such a word the article also
/// writes in lower case, capitalized only by its position or less often than in lower case, is a word, not a name:
/// "Pension credit ...", "WILL", "the Bank"; "Arsenal" and "the Lords" stay names. One pass over the article counts
/// them all, and only tokens of the length and initial of some guess are looked up.
/// </summary>
internal sealed class WordCase
{
    private readonly string[] _texts;
    private readonly Dictionary<string, (int Lower, int Capitalized)> _counts = new(StringComparer.Ordinal);

    public WordCase(string[] texts, IReadOnlyList<(int First, int End)> sentences, IReadOnlySet<string> guesses)
    {
        _texts = texts;
        if (guesses.Count == 0)
        {
            return;
        }
        var lowerOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var lengths = 0UL;
        // A token is looked up only if some guess has its length and its first letter, in either case.
        var initials = 0UL;
        foreach (var guess in guesses)
        {
            lowerOf[guess.ToLowerInvariant()] = guess;
            lengths |= LengthBit(guess);
            initials |= InitialBit(guess);
            _counts[guess] = (0, 0);
        }
        foreach (var (first, end) in sentences)
        {
            for (var k = first; k < end; k++)
            {
                var text = texts[k];
                if ((lengths & LengthBit(text)) == 0 || (initials & InitialBit(text)) == 0)
                {
                    continue;
                }
                if (lowerOf.TryGetValue(text, out var guessed))
                {
                    var (lower, capitalized) = _counts[guessed];
                    _counts[guessed] = (lower + 1, capitalized);
                }
                else if (_counts.TryGetValue(text, out var counts) && !CapitalizedByPosition(first, k))
                {
                    _counts[text] = (counts.Lower, counts.Capitalized + 1);
                }
            }
        }
    }

    /// <summary>Whether the word at <paramref name="k"/>, in the sentence starting at <paramref name="sentenceStart"/>, is a word rather than a name.</summary>
    public bool IsWordNotName(int sentenceStart, int k) =>
        _counts.TryGetValue(_texts[k], out var counts) && counts.Lower > 0
        && (CapitalizedByPosition(sentenceStart, k) || counts.Capitalized < counts.Lower);

    private static ulong LengthBit(string text) => text.Length < 64 ? 1UL << text.Length : 1UL << 63;

    private static ulong InitialBit(string text) => 1UL << (char.ToLowerInvariant(text[0]) & 63);

    private bool CapitalizedByPosition(int sentenceStart, int k) =>
        k == sentenceStart || _texts[k - 1] is "\"" or "'" or ":" or "(" || _texts[k].Length > 1 && _texts[k].All(char.IsUpper);
}
