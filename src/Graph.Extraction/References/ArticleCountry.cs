using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Extraction.Entities;

namespace Graph.Extraction.References;

/// <summary>
/// The country whose politics an article reports: each mention of a country, and of a listed party, body, place or
/// person of a country, is a vote; the country with at least three votes, twice as many as any other, and one of its
/// parties, ministries, legislatures or seats of government ("Whitehall") or the headline naming it wins. Without that an article about a foreign country would claim the home
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
        if (ranked.Count == 0 || ranked[0].Value < 3)
        {
            return null;
        }
        var (top, second) = (ranked[0], ranked.Count > 1 ? ranked[1].Value : 0);
        // A wire story filed from the country it names most reports that country, though it names no party or ministry
        // as a home paper does, and names the other side of a dispute nearly as often.
        // So does a story whose headline names the country it names most, by far, wherever it was filed from ("ABUJA (AFP) -"
        // under "ECOWAS suspends Guinea-Bissau after military takeover").
        if (top.Value >= 2 * second && (governed.Contains(top.Key) || InHeadline(document, top.Key))
            || top.Value > second && top.Key == Dateline(document, schema))
        {
            return top.Key;
        }
        // A home paper writing about a war abroad ("Iraq" six times, "Downing Street" once): with no dateline, the one
        // country whose government the story names, named about as often as any.
        return governed.Count == 1 && governed.First() is var home && 2 * votes[home] >= top.Value
            && Text.Dateline.Find(document) is null ? home : null;
    }

    /// <summary>Whether the article's headline, the first line of its text, names the country.</summary>
    private static bool InHeadline(Document document, string country)
    {
        var title = document.Article.Title;
        if (title.Length == 0 || !document.Text.StartsWith(title, StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var mention in document.Mentions)
        {
            // The country itself: a headline about Wales is about its own government's affairs, not Britain's.
            if (mention.Span.End <= title.Length && (mention.Known?.EntityId ?? mention.EntityId) == country)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The country of the dateline a wire story opens with ("LA PAZ, Bolivia (AP) —", "SEOUL (Reuters) -"): the
    /// country named after the comma, else the one of the place in capitals, if the gazetteer knows it.
    /// </summary>
    public static string? Dateline(Document document, GraphSchema schema)
    {
        if (Text.Dateline.Find(document) is not { } dateline)
        {
            return null;
        }
        var tokens = document.Tokens;
        var named = dateline.Country.Start.Value < dateline.Country.End.Value
            ? MentionAt(document, tokens[dateline.Country.Start.Value].Start) : null;
        var id = (named ?? MentionAt(document, tokens[dateline.Place.Start.Value].Start)) is { } mention ? mention.Known?.EntityId ?? mention.EntityId : null;
        return id is null ? null
            : id.StartsWith("country:", StringComparison.Ordinal) ? Sovereign(schema, id) ?? id
            : schema.Entry(id) is { Type: "Location" } ? Listed(schema, id)
            : null;
    }

    private static Mention? MentionAt(Document document, int start) =>
        document.Mentions.FirstOrDefault(m => m.Span.Start == start && (m.Known?.EntityId ?? m.EntityId) is not null);

    /// <summary>"Whitehall", "Downing Street", "the Kremlin": a country's metonym that is not its capital names its government.</summary>
    private static bool IsSeatOfGovernment(GazetteerEntry? country, string text) =>
        country is { Type: "Country" } && country.Metonyms.Contains(text, StringComparer.Ordinal)
        && country.Properties.GetValueOrDefault("capital") is var capital && !string.Equals(capital, text, StringComparison.Ordinal);

    /// <summary>The state a territory or a country within a state belongs to: "Scotland" reports British politics.</summary>
    private static string? Sovereign(GraphSchema schema, string countryId) =>
        schema.Entry(countryId)?.Properties.GetValueOrDefault("sovereign") is { } iso ? EntityIds.For("Country", iso) : null;

    /// <summary>
    /// Whether the place is the person's own country, or a country within it ("Blair's tour of England"), or with
    /// <paramref name="anywhere"/> any listed place in it (the person's country as <see cref="PersonCountry"/> finds it).
    /// </summary>
    public static bool IsHome(Document document, GraphSchema schema, string person, string place, bool anywhere) =>
        PersonCountry(document, schema, person) is { } home
        && (place == home || Sovereign(schema, place) == home || anywhere && Listed(schema, place) == home);

    /// <summary>
    /// A person's country: the gazetteer's, else the one the article's relations so far make them head or serve
    /// ("Kyrgyz President Sadyr Japarov"), else the country their title phrase names ("Kyrgyz Border Service spokesman X").
    /// </summary>
    public static string? PersonCountry(Document document, GraphSchema schema, string person) =>
        Listed(schema, person) ?? document.Relations.FirstOrDefault(r => r.Source == person
            && r.Type is "LEADER_OF" or "OFFICIAL_OF" && r.Target.StartsWith("country:", StringComparison.Ordinal))?.Target
        ?? document.Mentions.Find(m => m.EntityId == person && m.Affiliation is { Type: "Country" or "Organization", EntityId: not null }) switch
        {
            { Affiliation: { Type: "Country" } country } => country.EntityId,
            { Affiliation: { } body } => Listed(schema, body.EntityId!) ?? NamedAfter(schema, body.Text),
            _ => null,
        };

    /// <summary>The country whose name or demonym opens a body's name: "Kyrgyz Border Service" is Kyrgyzstan's.</summary>
    private static string? NamedAfter(GraphSchema schema, string body)
    {
        var first = body.Split(' ')[0];
        return schema.Gazetteer.FirstOrDefault(e => e.Type == "Country"
            && (e.Name == first || e.Demonyms.Contains(first, StringComparer.Ordinal) || e.Aliases.Contains(first, StringComparer.Ordinal)))?.Id;
    }

    /// <summary>The country a listed entity belongs to (its <c>country</c> property), if it has one.</summary>
    public static string? Listed(GraphSchema schema, string entityId) =>
        schema.Entry(entityId)?.Properties.GetValueOrDefault("country") is { } iso ? EntityIds.For("Country", iso) : null;
}
