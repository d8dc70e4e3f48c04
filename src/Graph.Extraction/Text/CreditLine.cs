using Graph.Core.Model;

namespace Graph.Extraction.Text;

/// <summary>
/// A wire story's credit line: "(Reporting by A in Accra and B; Editing by C)", "Associated Press writers A in Brussels
/// and B contributed to this report", "By A" under the headline. The people it names are the story's journalists.
/// </summary>
internal static class CreditLine
{
    private static readonly HashSet<string> CreditWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Reporting", "Writing", "Editing", "Reported", "Written", "Compiled", "Additional", "Research",
    };

    /// <summary>"Additional", "Reporting": the words a credit line is made of, which name no one.</summary>
    public static bool IsCreditWord(string word) => CreditWords.Contains(word);

    public static bool Is(IReadOnlyList<Token> tokens, Sentence sentence)
    {
        var first = tokens[sentence.FirstToken].Text == "(" ? sentence.FirstToken + 1 : sentence.FirstToken;
        if (first + 2 < sentence.EndToken && CreditWords.Contains(tokens[first].Text) && (tokens[first + 1].Text == "by" || tokens[first + 2].Text == "by"))
        {
            return true;
        }
        // "By Daniel Farrow" under the headline: the line holds names and nothing else.
        if (tokens[first].Text is "By" or "BY" && sentence.EndToken - first is > 2 and <= 10)
        {
            var names = true;
            for (var k = first + 1; k < sentence.EndToken && names; k++)
            {
                names = tokens[k].IsCapitalized || tokens[k].Text is "and" or "," or "." or "'s";
            }
            if (names)
            {
                return true;
            }
        }
        // "... contributed to this report." ends the line.
        for (var k = Math.Max(first, sentence.EndToken - 8); k < sentence.EndToken - 3; k++)
        {
            if (tokens[k].Text == "contributed" && tokens[k + 1].Text is "to" or "reporting" && tokens[k + 2].Text is "this" or "the" or "from")
            {
                return true;
            }
        }
        return false;
    }
}
