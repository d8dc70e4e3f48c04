using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Extraction.Entities;

namespace Graph.Extraction.References;

/// <summary>
/// The country whose politics an article reports: each mention of a country, and of a listed party, body, place or
/// person of a country, is a vote; the country with at least three votes, twice as many as any other, and one of its
/// parties, ministries, legislatures or seats of government ("Whitehall") named wins. Without that an article about a foreign country would claim the home
/// country's ministers ("International Development Minister Gareth Thomas" in a report on aid to Indonesia); a region's
/// parliament or government does not count, for its ministers are the region's ("Justice Minister Cathy Jamieson"
/// beside the Scottish Executive). Names that mean a body only at home ("Parliament") do not vote.
/// </summary>
internal static class ArticleCountry
{
    public static string? Of(Document document, GraphSchema schema)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        var governed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions)
        {
            if (mention.Origin == GazetteerRecognizer.HomeOrigin || (mention.Known?.EntityId ?? mention.EntityId) is not { } id)
            {
                continue;
            }
            var country = id.StartsWith("country:", StringComparison.Ordinal) ? Sovereign(schema, id) ?? id : Listed(schema, id);
            if (country is not null)
            {
                votes[country] = votes.GetValueOrDefault(country) + 1;
                if (schema.KindOf(id) is "party" or "government" or "legislature" && schema.Entry(id)?.Properties.ContainsKey("region") != true
                    || IsSeatOfGovernment(schema.Entry(id), mention.Text))
                {
                    governed.Add(country);
                }
            }
        }
        var ranked = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Take(2).ToList();
        // A wire story filed from the country it reports names no party or ministry as often as a home paper does.
        return ranked.Count > 0 && ranked[0].Value >= 3 && (ranked.Count == 1 || ranked[0].Value >= 2 * ranked[1].Value)
            && (governed.Contains(ranked[0].Key) || ranked[0].Key == Dateline(document, schema)) ? ranked[0].Key : null;
    }

    /// <summary>
    /// The country of the dateline a wire story opens with ("LA PAZ, Bolivia (AP) —", "SEOUL (Reuters) -"): the
    /// country named after the comma, else the one of the capitalized place, if the gazetteer knows it. Only the
    /// first sentences are looked at, and only a place written in capitals and closed by the agency or a dash counts.
    /// </summary>
    public static string? Dateline(Document document, GraphSchema schema)
    {
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences.Take(3))
        {
            var k = sentence.FirstToken;
            while (k < sentence.EndToken && IsCapitals(tokens[k].Text))
            {
                k++;
            }
            if (k == sentence.FirstToken || k >= sentence.EndToken)
            {
                continue;
            }
            var place = MentionAt(document, tokens[sentence.FirstToken].Start, tokens[k - 1].End);
            Mention? named = null;
            if (tokens[k].Text == "," && k + 1 < sentence.EndToken)
            {
                named = MentionAt(document, tokens[k + 1].Start, int.MaxValue);
                k = named is null ? k + 1 : TokenSearch.FirstEndingAfter(tokens, named.Span.End);
                // "MEXICO CITY, Feb 11 (Reuters) -": a date may stand before the agency.
                for (var skipped = 0; skipped < 3 && k < sentence.EndToken - 1 && tokens[k].Text is not ("(" or "-" or "\u2013" or "\u2014"); skipped++)
                {
                    k++;
                }
            }
            // "US-China talks" opens with a country and a hyphen, not a dateline.
            if (k >= sentence.EndToken || !(tokens[k].Text == "(" || tokens[k].Text is "-" or "\u2013" or "\u2014" && tokens[k].Start > tokens[k - 1].End))
            {
                continue;
            }
            var id = (named ?? place) is { } mention ? mention.Known?.EntityId ?? mention.EntityId : null;
            return id is null ? null
                : id.StartsWith("country:", StringComparison.Ordinal) ? Sovereign(schema, id) ?? id
                : schema.Entry(id) is { Type: "Location" } ? Listed(schema, id)
                : null;
        }
        return null;
    }

    private static bool IsCapitals(string word) =>
        word.Length > 1 && word.All(c => char.IsUpper(c) || c is '.' or '-' or '/' or '\'') && word.Any(char.IsLetter);

    /// <summary>The resolved mention starting at <paramref name="start"/> and ending by <paramref name="end"/>.</summary>
    private static Mention? MentionAt(Document document, int start, int end) =>
        document.Mentions.FirstOrDefault(m => m.Span.Start == start && m.Span.End <= end && (m.Known?.EntityId ?? m.EntityId) is not null);

    /// <summary>"Whitehall", "Downing Street", "the Kremlin": a country's metonym that is not its capital names its government.</summary>
    private static bool IsSeatOfGovernment(GazetteerEntry? country, string text) =>
        country is { Type: "Country" } && country.Metonyms.Contains(text, StringComparer.Ordinal)
        && country.Properties.GetValueOrDefault("capital") is var capital && !string.Equals(capital, text, StringComparison.Ordinal);

    /// <summary>The state a territory or a country within a state belongs to: "Scotland" reports British politics.</summary>
    private static string? Sovereign(GraphSchema schema, string countryId) =>
        schema.Entry(countryId)?.Properties.GetValueOrDefault("sovereign") is { } iso ? EntityIds.For("Country", iso) : null;

    /// <summary>The country a listed entity belongs to (its <c>country</c> property), if it has one.</summary>
    public static string? Listed(GraphSchema schema, string entityId) =>
        schema.Entry(entityId)?.Properties.GetValueOrDefault("country") is { } iso ? EntityIds.For("Country", iso) : null;
}
