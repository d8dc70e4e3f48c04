using Graph.Core.Model;
using Graph.Extraction.Entities;

namespace Graph.Extraction.Text;

/// <summary>
/// Where a wire story's dateline stands: "LA PAZ, Bolivia (AP) —", "MEXICO CITY, Feb 11 (Reuters) -", "SEOUL (Reuters) -".
/// Only one of the first sentences counts, and only a place written in capitals and closed by the agency or a dash.
/// </summary>
/// <param name="Place">The tokens of the place in capitals.</param>
/// <param name="Country">The tokens after the comma, up to the date or the agency (empty where there is no comma).</param>
/// <param name="Close">The token that closes the dateline: the agency's "(" or the dash.</param>
internal readonly record struct Dateline(Range Place, Range Country, int Close)
{
    private const int SentencesLooked = 3;

    public static Dateline? Find(Document document)
    {
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences.Take(SentencesLooked))
        {
            var k = sentence.FirstToken;
            // "WASHINGTON/BRUSSELS (Reuters) -": places filed from together.
            while (k < sentence.EndToken && (IsCapitals(tokens[k].Text) || tokens[k].Text == "/" && k > sentence.FirstToken))
            {
                k++;
            }
            if (k == sentence.FirstToken || k >= sentence.EndToken)
            {
                continue;
            }
            var place = sentence.FirstToken..k;
            var country = k..k;
            if (tokens[k].Text == ",")
            {
                var start = ++k;
                while (k < sentence.EndToken && k - start < 3 && tokens[k].IsCapitalized && !IsDate(tokens[k].Text))
                {
                    k++;
                }
                country = start..k;
                // "MEXICO CITY, Feb 11 (Reuters) -": a date may stand before the agency.
                for (var skipped = 0; skipped < 3 && k < sentence.EndToken - 1 && !IsClose(tokens, k); skipped++)
                {
                    k++;
                }
            }
            // "SOCCER - JAPAN GET LUCKY WIN": a headline in capitals, not a dateline, goes on in capitals.
            if (k < sentence.EndToken && IsClose(tokens, k)
                && (tokens[k].Text == "(" || k + 1 >= sentence.EndToken || !IsCapitals(tokens[k + 1].Text)))
            {
                return new Dateline(place, country, k);
            }
        }
        return null;
    }

    /// <summary>The first token of the story's own words: after "(AP) —", "(Reuters) -" or the dash.</summary>
    public int Body(IReadOnlyList<Token> tokens)
    {
        var k = Close;
        if (tokens[k].Text == "(")
        {
            while (k < tokens.Count && tokens[k].Text != ")")
            {
                k++;
            }
            k++;
        }
        return k < tokens.Count && IsDash(tokens[k].Text) ? k + 1 : k;
    }

    /// <summary>"-", "--", an en or an em dash: what separates a dateline from the story.</summary>
    public static bool IsDash(string token) => token is "-" or "--" or "\u2013" or "\u2014";

    /// <summary>"(" of the agency, or a dash standing apart ("US-China talks" opens with a hyphen, not a dateline).</summary>
    private static bool IsClose(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Text == "(" || IsDash(tokens[k].Text) && k > 0 && tokens[k].Start > tokens[k - 1].End;

    private static bool IsCapitals(string word) =>
        word.Length > 1 && word.All(c => char.IsUpper(c) || c is '.' or '-' or '/' or '\'') && word.Any(char.IsLetter);

    private static bool IsDate(string word) => word.Length >= 3 && Words.Months.Any(m => m.StartsWith(word.TrimEnd('.'), StringComparison.Ordinal));
}
