using Graph.Core.Model;
using Graph.Core.Pipeline;

namespace Graph.Extraction.Text;

/// <summary>
/// Splits normalized text into word and punctuation tokens with character offsets. Keeps
/// hyphenated words, numbers with separators, initialisms ("U.S.") and known abbreviations
/// ("Mr.", "Gen.") whole; splits clitics ("Russia" + "'s", "did" + "n't").
/// </summary>
public sealed class Tokenizer : IPipelineComponent
{
    public string Name => "tokenize";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.NormalizedText];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Tokens];

    public void Process(Document document) => document.Tokens = Tokenize(document.Text);

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, tokens);
                continue;
            }
            var end = i + 1;
            // Runs of the same mark ("...", "--", "!!") are one token.
            if (c is '.' or '-' or '!' or '?')
            {
                while (end < text.Length && text[end] == c)
                {
                    end++;
                }
            }
            else if (c == '\'' && end < text.Length && char.IsLetter(text[end]) && IsClitic(text, i))
            {
                end = WordEnd(text, end);
            }
            tokens.Add(new Token(i, end, text[i..end]));
            i = end;
        }
        return tokens;
    }

    private static int ReadWord(string text, int start, List<Token> tokens)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }
            var hasNext = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (!hasNext)
            {
                break;
            }
            var inNumber = char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
            if (c == '-' || c == '&' && char.IsUpper(text[i - 1]) && char.IsUpper(text[i + 1])
                || (c is '.' or ',' or ':' or '/') && inNumber)
            {
                i++;
                continue;
            }
            if (c == '\'' && char.IsLetter(text[i - 1]) && !IsClitic(text, i) && !IsNegation(text, i))
            {
                i++;
                continue;
            }
            if (c == '.' && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]) && (i - 1 == start || text[i - 2] == '.'))
            {
                // Inside an initialism such as "U.S" — the final period is decided below.
                i++;
                continue;
            }
            break;
        }
        var end = i;
        // "ex-Labour", "ex-President": the prefix stands apart, so the name after it is found and the word "ex-" read
        // as "former".
        if (end - start > 3 && text[start] is 'e' or 'E' && text[start + 1] == 'x' && text[start + 2] == '-' && char.IsUpper(text[start + 3]))
        {
            tokens.Add(new Token(start, start + 3, text[start..(start + 3)]));
            return start + 3;
        }
        // "did" + "n't"
        if (end - start > 3 && text[end - 1] is 'n' or 'N' && end < text.Length && text[end] == '\''
            && end + 1 < text.Length && text[end + 1] is 't' or 'T')
        {
            tokens.Add(new Token(start, end - 1, text[start..(end - 1)]));
            tokens.Add(new Token(end - 1, end + 2, text[(end - 1)..(end + 2)]));
            return end + 2;
        }
        if (end < text.Length && text[end] == '.' && TakesPeriod(text.AsSpan(start, end - start)))
        {
            end++;
        }
        tokens.Add(new Token(start, end, text[start..end]));
        return end;
    }

    private static bool TakesPeriod(ReadOnlySpan<char> word) =>
        Abbreviations.IsKnown(word)
        || word.Length == 1 && char.IsUpper(word[0])
        || word.Contains('.') && Abbreviations.IsInitialism([.. word, '.']);

    /// <summary>An apostrophe that starts 's, 're, 'll, 've, 'd, 'm, or a plural possessive.</summary>
    private static bool IsClitic(string text, int apostrophe)
    {
        var end = WordEnd(text, apostrophe + 1);
        var suffix = text.AsSpan(apostrophe + 1, end - apostrophe - 1);
        return suffix.Equals("s", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("re", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("d", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("m", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsNegation(string text, int apostrophe) =>
        text[apostrophe - 1] is 'n' or 'N' && text[apostrophe + 1] is 't' or 'T'
        && (apostrophe + 2 == text.Length || !char.IsLetter(text[apostrophe + 2]));

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        return i;
    }
}
