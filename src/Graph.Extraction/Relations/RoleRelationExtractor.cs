using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Core.Schema;
using Graph.Extraction.Entities;
using Graph.Extraction.References;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// Turns titles attached to people into relations with the body the title belongs to:
/// "Russian President Vladimir Putin" is LEADER_OF Russia with title President; "Foreign
/// Minister X" of a country named in the same phrase is OFFICIAL_OF it; a party named before a
/// person ("Tory Liam Fox", "Labour MP X") makes the person MEMBER_OF it.
/// </summary>
public sealed class RoleRelationExtractor : IPipelineComponent
{
    public const string Rule = "role:title";

    /// <summary>A party named before a person: "Tory Liam Fox", "Labour MP Barry Sheerman".</summary>
    public const string PartyRule = "role:party";

    /// <summary>"the North Korean capital": the capital lies in the country.</summary>
    public const string CapitalRule = "role:capital";

    /// <summary>A person styled as a body's members are ("Lord Bingham"), in an article that names the body (the House of Lords).</summary>
    public const string StyleRule = "role:member-style";

    /// <summary>"the Blair government": the person leads the government named after them.</summary>
    public const string GovernmentRule = "role:named-government";

    /// <summary>A national office with no country in the phrase, read as one of the country the article is about.</summary>
    public const string ContextRule = "role:title-in-context";

    private readonly GraphSchema _schema;

    /// <summary>The bodies whose members' names carry a style, with the styles (gazetteer property <c>memberStyles</c>).</summary>
    private readonly Dictionary<string, string[]> _styledBodies;

    public RoleRelationExtractor(GraphSchema schema)
    {
        _schema = schema;
        _styledBodies = schema.Gazetteer
            .Where(e => e.Properties.ContainsKey("memberStyles"))
            .ToDictionary(e => e.Id, e => e.Properties["memberStyles"].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
    }

    /// <summary>Offices that head a city or province, which the schema cannot relate to a country or party.</summary>
    private static readonly HashSet<string> LocalOffices = new(StringComparer.OrdinalIgnoreCase) { "Mayor", "Governor" };

    public string Name => "role-relations";

    /// <summary>"shadow home secretary David Davis", "former Foreign Secretary Robin Cook": no office held now.</summary>
    private static bool IsFormerOrShadow(Document document, Mention person, string title) =>
        SaysBefore(document, person, title, ["shadow", "former", "ex-", "ex ", "late "]);

    private static readonly Dictionary<string, string> Consorts = new(StringComparer.Ordinal) { ["Queen"] = "King", ["Empress"] = "Emperor" };

    private static bool IsFormer(Document document, Mention person, string title) =>
        title.StartsWith("Former ", StringComparison.Ordinal) || SaysBefore(document, person, title, ["former", "ex-", "ex ", "late "]);

    /// <summary>Whether one of the words stands in the phrase before the person's title, within the clause.</summary>
    private static bool SaysBefore(Document document, Mention person, string title, ReadOnlySpan<string> words)
    {
        var window = Math.Max(0, person.Span.Start - title.Length - 40);
        var before = document.Text.AsSpan(window, person.Span.Start - window);
        var cut = before.LastIndexOfAny('.', '\n', ',');
        if (cut >= 0)
        {
            before = before[(cut + 1)..];
        }
        foreach (var word in words)
        {
            var at = before.LastIndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(before[at - 1])))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] DeputyWords = ["Deputy", "Vice", "Assistant"];

    /// <summary>"Deputy" when the word right before the title (or its body), in the phrase before the person, is "deputy", "vice" or "assistant".</summary>
    private static string? DeputyBefore(Document document, Mention person, IReadOnlyList<string> forms)
    {
        var window = Math.Max(0, person.Span.Start - 80);
        var before = document.Text.AsSpan(window, person.Span.Start - window);
        foreach (var form in forms)
        {
            var at = before.LastIndexOf(form, StringComparison.OrdinalIgnoreCase);
            if (at <= 0)
            {
                continue;
            }
            var preceding = before[..at].TrimEnd();
            if (DeputyAtEnd(preceding) is { } deputy)
            {
                return deputy;
            }
            // "deputy Conservative Chairman": the body may stand between the deputy and the title.
            if (person.Affiliation is { } body && preceding.EndsWith(body.Text, StringComparison.Ordinal)
                && DeputyAtEnd(preceding[..^body.Text.Length].TrimEnd()) is { } beforeBody)
            {
                return beforeBody;
            }
        }
        return null;
    }

    private static string? DeputyAtEnd(ReadOnlySpan<char> text)
    {
        var word = text[(text.LastIndexOfAny(' ', '\n') + 1)..];
        foreach (var deputy in DeputyWords)
        {
            if (word.Equals(deputy, StringComparison.OrdinalIgnoreCase))
            {
                return deputy;
            }
        }
        return null;
    }

    /// <summary>
    /// "Foreign Minister Sergey Lavrov" names no country, but the gazetteer knows his; the title is
    /// read as an office of that country only when the article names the country too. For people
    /// listed as heading an international organization, their listed title is an office of that
    /// organization when the article names it ("Secretary-General Antonio Guterres" beside the UN).
    /// </summary>
    private (string?, string?) HomeCountry(string personId, string title, string relation, Document document)
    {
        if (_schema.Entry(personId) is not { } entry)
        {
            return (null, null);
        }
        if (entry.Properties.GetValueOrDefault("org") is { } org)
        {
            return string.Equals(entry.Properties.GetValueOrDefault("title"), title, StringComparison.OrdinalIgnoreCase)
                && document.Mentions.Any(m => m.EntityId == org) && _schema.Entry(org) is { } body ? (org, body.Type) : (null, null);
        }
        if (ArticleCountry.Listed(_schema, personId) is not { } countryId)
        {
            return (null, null);
        }
        // A leader's title is trusted only when it is the one listed: "Chancellor Gordon Brown" did not lead Britain.
        if (relation != "OFFICIAL_OF" && !string.Equals(entry.Properties.GetValueOrDefault("title"), title, StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }
        return document.Mentions.Any(m => m.EntityId == countryId) ? (countryId, "Country") : (null, null);
    }

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Sentences, Annotation.EntityLinks];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Relations];

    public void Process(Document document)
    {
        var context = new ArticleContext(document);
        foreach (var mention in document.Mentions)
        {
            if (mention.Origin == CueRecognizer.CapitalReference)
            {
                if (mention is { EntityId: { } city, Affiliation.EntityId: { } country } && document.SentenceAt(mention.Span.Start) is { } sentence)
                {
                    Add(document, "LOCATED_IN", city, country, sentence, CapitalRule, null);
                }
                continue;
            }
            Relate(context, mention, siblingCountry: null);
            RelateNamedGovernment(context, mention);
        }
        RelateStyledMembers(document);
        // "officials, including Defence Minister Andrei Belousov, Foreign Minister Sergey Lavrov and Deputy Prime
        // Minister Denis Mantrurov": ministers listed together whose country is known for the others share it.
        foreach (var (person, sentence) in context.Unplaced)
        {
            var countries = document.Relations
                .Where(r => r.Sentence == sentence && r.Source != person.EntityId && r.Type is "OFFICIAL_OF" or "LEADER_OF"
                    && r.Target.StartsWith("country:", StringComparison.Ordinal)
                    && !string.Equals(r.Properties.GetValueOrDefault("title"), person.Title, StringComparison.OrdinalIgnoreCase))
                .Select(r => r.Target)
                .Distinct(StringComparer.Ordinal)
                .Take(2)
                .ToList();
            if (countries.Count == 1)
            {
                Relate(context, person, countries[0]);
            }
        }
        RelateCounterparts(document);
    }

    /// <summary>"counterpart": the role words before a person who holds, for another country, another's office.</summary>
    public const string CounterpartRule = "role:counterpart";

    /// <summary>
    /// "Thai Prime Minister Anutin and his Cambodian counterpart Hun Manet", "Lavrov met his Chinese counterpart, Wang
    /// Yi": the person holds, for the country before "counterpart", the office of the one named before them in the
    /// sentence.
    /// </summary>
    private void RelateCounterparts(Document document)
    {
        if (!document.Text.Contains("counterpart", StringComparison.Ordinal) && !document.Text.Contains("opposite number", StringComparison.Ordinal))
        {
            return;
        }
        var tokens = document.Tokens;
        var mentionAt = MentionMap.Build(document);
        foreach (var sentence in document.Sentences)
        {
            for (var k = sentence.FirstToken + 2; k < sentence.EndToken - 1; k++)
            {
                if (tokens[k].Text is not ("counterpart" or "opposite")
                    || tokens[k - 2].Text is not ("his" or "her" or "their")
                    || mentionAt[k - 1] is not { Type: "Country", EntityId: { } country })
                {
                    continue;
                }
                var next = tokens[k].Text == "opposite" && tokens[k + 1].Text == "number" ? k + 2 : k + 1;
                if (next < sentence.EndToken && tokens[next].Text == ",")
                {
                    next++;
                }
                if (next >= sentence.EndToken || mentionAt[next] is not { Type: "Person", EntityId: { } person })
                {
                    continue;
                }
                // "Morioka met President Tokayev and his Kazakh counterpart Serikbayev": the nearest office-holder of another
                // country, not the host named between.
                var office = document.Mentions
                    .Where(m => m is { Type: "Person", EntityId: not null } && m.Span.End <= tokens[k - 2].Start && m.Span.Start >= sentence.Span.Start)
                    .Reverse()
                    .Select(m => OfficeOf(document, m.EntityId!))
                    .FirstOrDefault(o => o is not null && o.Value.Country != country);
                if (office is not { } held)
                {
                    continue;
                }
                Add(document, held.Relation, person, country, sentence, CounterpartRule, held.Title);
            }
        }
    }

    /// <summary>The office a person holds for a country: as the article states it, else as the gazetteer lists it.</summary>
    private (string Relation, string Country, string? Title)? OfficeOf(Document document, string person)
    {
        if (document.Relations.LastOrDefault(r => r.Source == person && r.Type is "LEADER_OF" or "OFFICIAL_OF"
                && r.Target.StartsWith("country:", StringComparison.Ordinal)) is { } stated)
        {
            return (stated.Type, stated.Target, stated.Properties.GetValueOrDefault("title"));
        }
        return _schema.Entry(person)?.Properties is { } listed && listed.GetValueOrDefault("title") is { } title
            && ArticleCountry.Listed(_schema, person) is { } country && _schema.TitleDefinitionOf(title) is { } definition
            && definition.RelationFor(country, null) is var relation && relation is "LEADER_OF" or "OFFICIAL_OF"
                ? (relation, country, title)
                : null;
    }

    /// <summary>
    /// "the Blair government", "the Bush administration": a government named after a person is the one they lead, of their
    /// listed country, else of the country whose politics the article reports.
    /// </summary>
    private void RelateNamedGovernment(ArticleContext context, Mention person)
    {
        var document = context.Document;
        if (person is not { Type: "Person", Kind: MentionKind.Name or MentionKind.Alias, EntityId: { } personId }
            || document.SentenceAt(person.Span.Start) is not { } sentence)
        {
            return;
        }
        var first = TokenSearch.FirstEndingAfter(document.Tokens, person.Span.Start);
        var after = TokenSearch.FirstEndingAfter(document.Tokens, person.Span.End);
        if (first == 0 || after >= document.Tokens.Count
            || !document.Tokens[first - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase)
            || document.Tokens[after].Text is not ("government" or "administration" or "regime"))
        {
            return;
        }
        var country = ArticleCountry.Listed(_schema, personId) ?? (context.Country ??= ArticleCountry.Of(document, _schema) ?? "");
        if (country.Length > 0)
        {
            Add(document, "LEADER_OF", personId, country, sentence, GovernmentRule, null);
        }
    }

    /// <summary>What the relations of one article share: its country, once known, and the ministers still without one.</summary>
    private sealed class ArticleContext(Document document)
    {
        public Document Document { get; } = document;

        public string? Country { get; set; }

        public string? Dateline { get; set; }

        public List<(Mention Person, int Sentence)> Unplaced { get; } = [];
    }

    /// <summary>The relations a person's title and party state; <paramref name="siblingCountry"/> places a national office the article does not.</summary>
    private void Relate(ArticleContext context, Mention person, string? siblingCountry)
    {
        var document = context.Document;
        // A role reference resolved to a person ("the foreign secretary" said, "the Russian president") states the
        // office as a title does; "the leader" only points at whoever leads in the passage.
        if (person is not { Type: "Person", EntityId: { } personId }
            || person.Kind == MentionKind.Nominal && person.Origin != CueRecognizer.RoleReference
            || document.SentenceAt(person.Span.Start) is not { } sentence)
        {
            return;
        }
        var title = person.Title;
        var definition = title is null ? null : _schema.TitleDefinitionOf(title);
        var partyId = person.Affiliation is { Type: "Organization", EntityId: { } org } && _schema.KindOf(org) == "party" ? org : null;
        // The recognizer marks "Shadow Home Secretary" and "Former Prime Minister"; the text may say so further back.
        var formerOrShadow = title is not null && (Words.IsUnheldTitle(title) || IsFormerOrShadow(document, person, title));
        // "Tory shadow home secretary David Davis", "Theresa May, shadow secretary for the family": a frontbench office
        // of the opposition party, named with the person or just before, and none of the country.
        if (title is not null && title.StartsWith("Shadow ", StringComparison.Ordinal) && !IsFormer(document, person, title)
            && (partyId ?? (IsWhatTheSentenceIsAbout(document, person, sentence) ? PartyInPlay(document, person, sentence) : null)) is { } opposition)
        {
            Add(document, "OFFICIAL_OF", personId, opposition, sentence, partyId is null ? ContextRule : Rule, title);
            return;
        }
        // "Tory Liam Fox", "Tory former minister John Redwood", "Labour MP Barry Sheerman": a party's member, whatever
        // office the title names or no longer does.
        if (partyId is not null && (title is null || formerOrShadow || definition?.RelationFor(partyId, "party") == "MEMBER_OF"))
        {
            Add(document, "MEMBER_OF", personId, partyId, sentence, PartyRule, null);
            // "a Labour peer": a party's peer still sits in the chamber the title implies.
            if (!formerOrShadow && definition is { Relation: "MEMBER_OF", Organization: { } chamber })
            {
                Add(document, "MEMBER_OF", personId, chamber, sentence, Rule, title);
            }
            return;
        }
        // "former Nigerian president Olusegun Obasanjo": an office held before, of the body the phrase names.
        if (title is not null && formerOrShadow && !title.StartsWith("Shadow ", StringComparison.Ordinal) && IsFormer(document, person, title)
            && person.Affiliation is { Type: "Country" or "Organization", EntityId: { } held } heldBody && _schema.KindOf(held) != "party"
            && !heldBody.Text.StartsWith("Ex-", StringComparison.OrdinalIgnoreCase)
            && _schema.Entry(held)?.Properties.GetValueOrDefault("status") != "constituent-country"
            && definition?.RelationFor(held, _schema.KindOf(held)) is { } heldRelation && heldRelation is "LEADER_OF" or "OFFICIAL_OF"
            && _schema.RelationType(heldRelation)!.Allows("Person", heldBody.Type))
        {
            Add(document, heldRelation, personId, held, sentence, Rule, title.StartsWith("Former ", StringComparison.Ordinal) ? title["Former ".Length..] : title, former: true);
            return;
        }
        // "Former President Umaro Embalo was detained" in a report on Guinea-Bissau: a head of state or government before,
        // of the country the article reports, unless the gazetteer lists the person as another's.
        if (title is not null && formerOrShadow && person.Affiliation is null && !title.StartsWith("Shadow ", StringComparison.Ordinal)
            && IsFormer(document, person, title) && definition is { HeadOfState: true } or { Relation: "LEADER_OF", National: true }
            && ArticleHome(context, definition, person) is { } formerHome && (ArticleCountry.Listed(_schema, personId) ?? formerHome) == formerHome
            && definition.RelationFor(formerHome, null) == "LEADER_OF")
        {
            Add(document, "LEADER_OF", personId, formerHome, sentence, ContextRule, title.StartsWith("Former ", StringComparison.Ordinal) ? title["Former ".Length..] : title, former: true);
            return;
        }
        if (title is null || LocalOffices.Contains(title) || formerOrShadow)
        {
            return;
        }
        // "British director Sean McAllister", "a French chief executive": a nationality before an office any body has
        // says where the person is from, not that the country employs them ("a Chinese spokesman" still speaks for it);
        // "England boss Sven Lind" manages a team that plays as the country.
        if (person.Affiliation is { Type: "Country" } && definition is { BodyOffice: true, PartyOffice: false })
        {
            return;
        }
        var relation = definition?.Relation ?? "LEADER_OF";
        var rule = Rule;
        var (bodyId, bodyType) = SentBy(document, person, title) is { } sender ? (sender, "Country")
            : person.Affiliation is { EntityId: { } id } a ? (id, a.Type)
            : definition?.Organization is { } implied && _schema.Entry(implied) is { } body ? (implied, body.Type)
            : HomeCountry(personId, title, relation, document);
        // "Wales Secretary Peter Hain", "Northern Ireland Minister John Spellar": a country within a state that is the
        // whole portfolio is the state's office for it ("Welsh Health Minister Jane Hutt" is the Welsh government's).
        if (title is "Secretary" or "Minister" && bodyType == "Country" && bodyId is not null
            && _schema.Entry(bodyId)?.Properties is { } bodyProperties && bodyProperties.GetValueOrDefault("status") == "constituent-country"
            && bodyProperties.GetValueOrDefault("sovereign") is { } sovereign)
        {
            bodyId = EntityIds.For("Country", sovereign);
        }
        if (partyId is not null && definition is { National: true } && ArticleCountry.Listed(_schema, partyId) is { } partyCountry)
        {
            // "Labour's deputy minister for women Jacqui Smith": a minister of the party's government, and its member.
            Add(document, "MEMBER_OF", personId, partyId, sentence, PartyRule, null);
            (bodyId, bodyType) = (partyCountry, "Country");
        }
        // "Treasury Under Secretary Daniel Whitfield" in a story that names the U.S. Treasury Department: an office in that
        // ministry, of its country, whatever country the story is about.
        // A party's spokesman for the portfolio ("Home Affairs spokesman Mark Oaten") holds no office in it.
        var rank = title[(title.IndexOf(' ') + 1)..];
        if (bodyId is null && partyId is null && title.Contains(' ') && MinistryRanks.Contains(rank)
            && MinistryInTitle(document, title) is { } titleMinistry && ArticleCountry.Listed(_schema, titleMinistry) is { } ministryCountry)
        {
            Add(document, rank is "Secretary" or "Minister" ? "LEADER_OF" : "OFFICIAL_OF", personId, titleMinistry, sentence, Rule, title);
            (bodyId, bodyType) = (ministryCountry, "Country");
        }
        // "greeted by the king and Queen Silvia", "Emperor Naruhito and Empress Masako": a queen beside a king, or an empress
        // beside an emperor, is the consort, no head of state.
        if (bodyId is null && definition is { National: true } or { HeadOfState: true } && !PlaceInTitle(document, person)
            && !(Consorts.TryGetValue(definition.Name, out var reigning) && document.Tokens.Any(t => t.Text.Equals(reigning, StringComparison.OrdinalIgnoreCase))))
        {
            var home = siblingCountry ?? CoordinatedOffice(document, person, title) ?? FrontedPlace(document, sentence)
                ?? (definition.National ? GovernmentInPlay(document, person, sentence) ?? LeaderSpeaking(document, person, sentence) : null)
                ?? ArticleHome(context, definition, person);
            // A listed person's office is of the listed country: "Prime Minister Tony Blair" in an American article.
            if (home is not null && (ArticleCountry.Listed(_schema, personId) ?? home) == home)
            {
                (bodyId, bodyType, rule) = (home, "Country", ContextRule);
            }
            else if (siblingCountry is null && definition.National)
            {
                context.Unplaced.Add((person, sentence.Index));
            }
        }
        if (bodyId is null && definition is { PartyOffice: true } && PartyInPlay(document, person, sentence) is { } party)
        {
            (bodyId, bodyType, rule) = (party, "Organization", ContextRule);
        }
        var unitHead = false;
        if (bodyId is null && definition is { BodyOffice: true } && PortfolioBeforeTitle(document, person, sentence) is >= 0 and var portfolio
            && BodyInPlay(document, person, sentence) is { } inPlay)
        {
            (bodyId, bodyType, rule) = (inPlay, "Organization", ContextRule);
            // "Road safety head Andrew Howard" heads a part of the body: one of its officials.
            unitHead = portfolio > 0;
        }
        if (bodyId is null)
        {
            return;
        }
        relation = definition?.RelationFor(bodyId, _schema.KindOf(bodyId)) ?? relation;
        var office = title;
        // "PCSU deputy general secretary", "Liberal Democrat deputy leader": an office under the head.
        if (relation == "LEADER_OF" && (unitHead || HeadsAUnit(document, person) || Array.Exists(DeputyWords, d => title.StartsWith(d + " ", StringComparison.Ordinal))))
        {
            relation = "OFFICIAL_OF";
        }
        else if (relation == "LEADER_OF" && DeputyBefore(document, person, definition?.Forms ?? [title]) is { } deputy)
        {
            relation = "OFFICIAL_OF";
            office = deputy + " " + office;
        }
        if (_schema.RelationType(relation) is not { } type || !type.Allows("Person", bodyType!))
        {
            return;
        }
        Add(document, relation, personId, bodyId, sentence, rule, office);
        // "Home Secretary Charles Clarke" in an article that names the Home Office heads it.
        if (bodyType == "Country" && definition is { Heads.Count: > 0 } && HeadedMinistry(definition, bodyId, document) is { } headed)
        {
            Add(document, "LEADER_OF", personId, headed, sentence, rule, office);
        }
        // "Chief Secretary to the Treasury Paul Boateng": an office in a national ministry is an office of the state (a
        // region's executive is not the state's).
        if (bodyType == "Organization" && _schema.KindOf(bodyId) == "government" && _schema.Entry(bodyId) is { } ministry
            && !ministry.Properties.ContainsKey("region") && ministry.Properties.GetValueOrDefault("country") is { } iso
            && _schema.Entry("country:" + iso.ToLowerInvariant()) is { } state)
        {
            Add(document, "OFFICIAL_OF", personId, state.Id, sentence, rule, office);
        }
    }

    /// <summary>
    /// The country the article is about, for an office with none in the phrase: a head of state's only where a wire story
    /// is filed from that country; nobody's whom the article also names as another country's ("Turkish Foreign
    /// Minister Fidan" is not Senegal's in a story filed from Dakar).
    /// </summary>
    private string? ArticleHome(ArticleContext context, TitleDefinition definition, Mention person)
    {
        var document = context.Document;
        context.Country ??= ArticleCountry.Of(document, _schema) ?? "";
        if (context.Country.Length == 0
            || !definition.National && context.Country != (context.Dateline ??= ArticleCountry.Dateline(document, _schema) ?? ""))
        {
            return null;
        }
        // "Libya remains split between the Government of National Unity in Tripoli, headed by Prime Minister X": a head
        // of government in a sentence that names another country or its city, and not this one, is not this one's.
        if (!definition.National && document.SentenceAt(person.Span.Start) is { } sentence
            && !document.Mentions.Exists(m => m.EntityId == context.Country && sentence.Span.Contains(m.Span))
            && document.Mentions.Exists(m => sentence.Span.Contains(m.Span) && m.Kind != MentionKind.Demonym && m.EntityId is { } id
                && (m.Type == "Country" && id != context.Country || m.Type == "Location" && ArticleCountry.Listed(_schema, id) is { } elsewhere && elsewhere != context.Country)))
        {
            return null;
        }
        return document.Mentions.Exists(m => m.EntityId == person.EntityId && m.Affiliation is { Type: "Country", EntityId: { } other }
            && other != context.Country) ? null : context.Country;
    }

    /// <summary>Ranks of a ministry's officers, after its name in a title: "Treasury Under Secretary", "Justice Minister".</summary>
    private static readonly HashSet<string> MinistryRanks = new(StringComparer.OrdinalIgnoreCase)
    {
        "Secretary", "Minister", "Under Secretary", "Undersecretary", "Under-Secretary", "Deputy Secretary", "Assistant Secretary",
        "Deputy Minister", "Vice Minister", "State Minister",
    };

    /// <summary>The one listed ministry the article names whose name opens with the title's first word ("Treasury" of "Treasury Department").</summary>
    private string? MinistryInTitle(Document document, string title)
    {
        var first = title[..title.IndexOf(' ')];
        string? found = null;
        foreach (var mention in document.Mentions)
        {
            if (mention.Known is not { Type: "Organization" } body || !body.Name.StartsWith(first + " ", StringComparison.Ordinal)
                || _schema.KindOf(body.EntityId) != "government")
            {
                continue;
            }
            if (found is not null && found != body.EntityId)
            {
                return null;
            }
            found = body.EntityId;
        }
        return found;
    }

    /// <summary>
    /// "Ghanaian President John Mahama and Foreign Minister Samuel Ablakwa", "Fidan is accompanied by Trade Minister Omer
    /// Bolat": an office joined to another office-holder's, or to the person it travels with, is of that one's country.
    /// Two holders of the same office joined are of two countries ("Foreign Ministers A and B").
    /// </summary>
    private string? CoordinatedOffice(Document document, Mention person, string title)
    {
        var tokens = document.Tokens;
        var k = TokenSearch.FirstEndingAfter(tokens, person.Span.Start) - 1;
        var words = title.Split(' ');
        for (var w = words.Length - 1; w >= 0 && k >= 0 && tokens[k].Text.Equals(words[w], StringComparison.OrdinalIgnoreCase); w--)
        {
            k--;
        }
        var joined = false;
        while (k >= 0 && tokens[k].Text is "," or "and" or "by" or "accompanied" or "joined" or "including" or "is" or "was" or "were" or "are")
        {
            joined |= tokens[k].Text is "," or "and" or "accompanied" or "joined" or "including";
            k--;
        }
        if (!joined || k < 0 || document.SentenceAt(tokens[k].Start) != document.SentenceAt(person.Span.Start)
            || document.Mentions.LastOrDefault(m => m is { Type: "Person", EntityId: not null } && m.Span.End == tokens[k].End) is not { } before
            || before.EntityId == person.EntityId || OfficeOf(document, before.EntityId!) is not { } office
            || string.Equals(office.Title, title, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return office.Country;
    }

    /// <summary>
    /// "Mali's transitional government reacted angrily. ... Foreign Minister X summoned ...", "Oman's foreign ministry said
    /// ... Foreign Minister X was involved": a national office named with no country is in the government the passage
    /// has just named, the nearest before it in its sentence or the two before.
    /// </summary>
    private static string? GovernmentInPlay(Document document, Mention person, Sentence sentence)
    {
        var tokens = document.Tokens;
        var from = tokens[document.Sentences[Math.Max(0, sentence.Index - 2)].FirstToken].Start;
        string? nearest = null;
        foreach (var mention in document.Mentions)
        {
            if (mention.Span.Start >= person.Span.Start)
            {
                break;
            }
            if (mention.Span.Start < from || mention is not { Type: "Country", EntityId: { } country })
            {
                continue;
            }
            var k = TokenSearch.FirstEndingAfter(tokens, mention.Span.End);
            if (k < tokens.Count && tokens[k].Text == "'s")
            {
                k++;
            }
            for (var modifiers = 0; modifiers < 2 && k < tokens.Count && Words.InstitutionModifiers.Contains(tokens[k].Text); modifiers++)
            {
                k++;
            }
            // "A Kazakh foreign ministry spokesman said" names the ministry's man, not the government the passage is about.
            if (k < tokens.Count && Words.StateInstitutions.Contains(tokens[k].Text) && !(k + 1 < tokens.Count && GovernmentPeople.Contains(tokens[k + 1].Text)))
            {
                nearest = country;
            }
        }
        return nearest;
    }

    private static readonly HashSet<string> GovernmentPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "minister", "ministers", "adviser",
    };

    /// <summary>"In Tehran, foreign ministry spokesman X said": the country of the place a sentence opens in.</summary>
    private string? FrontedPlace(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var first = sentence.FirstToken;
        if (sentence.TokenCount < 4 || tokens[first].Text is not ("In" or "From")
            || document.Mentions.Find(m => m.Span.Start == tokens[first + 1].Start) is not { Type: "Location", EntityId: { } place } opening)
        {
            return null;
        }
        var after = TokenSearch.FirstEndingAfter(tokens, opening.Span.End);
        return after < sentence.EndToken && tokens[after].Text == "," ? ArticleCountry.Listed(_schema, place) : null;
    }

    /// <summary>
    /// "Marcos said Foreign Affairs Secretary Theresa Lazaro will travel to Phnom Penh": a national office named with no
    /// country in what a head of state or government says is in their government. Another leader's minister would be
    /// named with their country.
    /// </summary>
    private string? LeaderSpeaking(Document document, Mention person, Sentence sentence)
    {
        var tokens = document.Tokens;
        if (document.Mentions.Find(m => m.Span.Start == tokens[sentence.FirstToken].Start) is not { Type: "Person", EntityId: { } speaker } opener
            || opener.Span.End > person.Span.Start)
        {
            return null;
        }
        var verb = TokenSearch.FirstEndingAfter(tokens, opener.Span.End);
        if (verb >= sentence.EndToken || tokens[verb].Text is not ("said" or "says" or "announced" or "announces"))
        {
            return null;
        }
        if (document.Relations.Find(r => r.Type == "LEADER_OF" && r.Source == speaker && r.Target.StartsWith("country:", StringComparison.Ordinal)) is { } led)
        {
            return led.Target;
        }
        return _schema.Entry(speaker)?.Properties.GetValueOrDefault("title") is { } listed && _schema.TitleDefinitionOf(listed) is { HeadOfState: true }
            ? ArticleCountry.Listed(_schema, speaker)
            : null;
    }

    private static readonly HashSet<string> EnvoyTitles = new(StringComparer.OrdinalIgnoreCase) { "Ambassador", "Envoy", "Representative", "Permanent Representative" };

    /// <summary>"Britain's U.N. ambassador": an envoy to an international body is the sending country's officer, not the body's.</summary>
    private string? SentBy(Document document, Mention person, string title)
    {
        if (!EnvoyTitles.Contains(title) || person.Affiliation is not { EntityId: { } body } affiliation || _schema.KindOf(body) != "international")
        {
            return null;
        }
        var tokens = document.Tokens;
        var k = TokenSearch.FirstEndingAfter(tokens, affiliation.Span.Start) - 1;
        return k >= 1 && tokens[k].Text == "'s"
            && document.Mentions.LastOrDefault(m => m.Span.End == tokens[k - 1].End) is { Type: "Country", EntityId: { } country } ? country : null;
    }

    /// <summary>The ministry of the country that the office heads, when the article names it.</summary>
    private string? HeadedMinistry(TitleDefinition definition, string countryId, Document document)
    {
        var iso = _schema.Entry(countryId)?.Properties.GetValueOrDefault("iso");
        var ministry = definition.Heads.FirstOrDefault(h => string.Equals(_schema.Entry(h)?.Properties.GetValueOrDefault("country"), iso, StringComparison.OrdinalIgnoreCase));
        return ministry is not null && document.Mentions.Any(m => m.EntityId == ministry) ? ministry : null;
    }

    /// <summary>
    /// "Scotland's Justice Minister Cathy Jamieson", "Welsh Assembly Health Minister Jane Hutt": a place or a body other
    /// than a party in the capitalized phrase before the name makes the office a region's or the body's, not the
    /// country's.
    /// </summary>
    private bool PlaceInTitle(Document document, Mention person)
    {
        var tokens = document.Tokens;
        // The title's own words may be in lower case: "New York attorney general Elliot Spitzer".
        var titleWords = person.Title?.Split(' ') ?? [];
        for (var k = TokenSearch.FirstEndingAfter(tokens, person.Span.Start) - 1; k >= 0; k--)
        {
            var word = tokens[k].Text;
            if (!Words.IsCapitalizedWord(word) && word is not ("'s" or "and" or "of" or "for" or "&")
                && !titleWords.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
            var at = tokens[k].Span;
            if (document.Mentions.Find(m => m.Span.Contains(at)) is { EntityId: { } id } m
                && (m.Type == "Location" || m.Type == "Organization" && _schema.KindOf(id) != "party"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The mention is what the sentence is about: no entity is named before it and it stands among the sentence's first
    /// words, past any title ("Shadow foreign secretary Michael Ancram said", not "a poster showing Mr Howard and shadow
    /// chancellor Oliver Letwin").
    /// </summary>
    private static bool IsWhatTheSentenceIsAbout(Document document, Mention mention, Sentence sentence, int withinWords = 8) =>
        !document.Mentions.Exists(m => m.Span.Start >= sentence.Span.Start && m.Span.Start < mention.Span.Start && !mention.Span.Contains(m.Span))
        && TokenSearch.FirstEndingAfter(document.Tokens, mention.Span.Start) - TokenSearch.FirstEndingAfter(document.Tokens, sentence.Span.Start) <= withinWords;

    /// <summary>
    /// The one party named in the sentence before the person or in the sentence before that, if only one is; a party
    /// named inside a quotation ("one of the safest Labour seats") is only talked about.
    /// </summary>
    private string? PartyInPlay(Document document, Mention person, Sentence sentence)
    {
        var from = sentence.Index > 0 ? document.Sentences[sentence.Index - 1].Span.Start : sentence.Span.Start;
        string? party = null;
        foreach (var mention in document.Mentions)
        {
            if (mention.Span.Start < from || mention.Span.Start >= person.Span.Start || mention.EntityId is not { } id
                || _schema.KindOf(id) != "party" || Quotation.IsOpenAt(document.Text, mention.Span.Start))
            {
                continue;
            }
            if (party is not null && party != id)
            {
                return null;
            }
            party = id;
        }
        return party;
    }

    /// <summary>
    /// The body the passage is about: the body named in the person's sentence before them or in the sentence before
    /// that, when it opens its sentence and no other body or country is named ("The AA Motoring Trust said it was not
    /// sure. Chief executive Andrew Howard said"), for a title that opens its clause. Bodies inside quotations do not count.
    /// </summary>
    private static string? BodyInPlay(Document document, Mention person, Sentence sentence)
    {
        var from = sentence.Index > 0 ? document.Sentences[sentence.Index - 1].Span.Start : sentence.Span.Start;
        string? body = null;
        foreach (var mention in document.Mentions)
        {
            if (mention.Span.Start < from || mention.Span.Start >= person.Span.Start || mention.Type is not ("Organization" or "Country")
                || mention.EntityId is not { } id || Quotation.IsOpenAt(document.Text, mention.Span.Start))
            {
                continue;
            }
            if (mention.Type != "Organization" || document.SentenceAt(mention.Span.Start) is not { } own || !IsWhatTheSentenceIsAbout(document, mention, own, withinWords: 2))
            {
                return null;
            }
            body = id;
        }
        return body;
    }

    /// <summary>
    /// How many portfolio words stand before the title that opens the clause: 0 for the bare title at the start of the
    /// sentence or after a speech verb ("Chief executive Jim Skinner", "..., said director Kate Allen"), 2 for "Road
    /// safety director Andrew Howard" (lower-case words naming nothing, the sentence's first capitalized only when
    /// another follows it); -1 where the title does not open the clause or something that could name another body
    /// stands before it ("Nissan chief executive Carlos Ghosn", "MGM art director Cedric Gibbons"), or the title follows
    /// the name ("Tony Macklin, spokesman for Ask Jeeves").
    /// </summary>
    private static int PortfolioBeforeTitle(Document document, Mention person, Sentence sentence)
    {
        const int MaxPortfolioWords = 3;
        var tokens = document.Tokens;
        var words = person.Title!.Split(' ');
        var k = TokenSearch.FirstEndingAfter(tokens, person.Span.Start) - 1;
        for (var w = words.Length - 1; w >= 0; w--, k--)
        {
            if (k < 0 || tokens[k].Span.Start < sentence.Span.Start || !tokens[k].Text.Equals(words[w], StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }
        }
        bool OpensAt(int i) => i < 0 || tokens[i].Span.End <= sentence.Span.Start || tokens[i].Text is "said" or "says" or "\"";
        if (OpensAt(k))
        {
            return 0;
        }
        for (var portfolio = 1; portfolio <= MaxPortfolioWords && k >= 0; portfolio++, k--)
        {
            var word = tokens[k].Text;
            var sentenceInitial = k == 0 || tokens[k - 1].Span.End <= sentence.Span.Start;
            if (!word.All(char.IsLetter) || !sentenceInitial && !char.IsLower(word[0])
                || document.Mentions.Any(m => m.Span.Start <= tokens[k].Span.Start && tokens[k].Span.Start < m.Span.End))
            {
                return -1;
            }
            // A capitalized word alone before the title may be the body itself: "Next chief executive", "Forest chairman".
            if (OpensAt(k - 1))
            {
                return sentenceInitial && portfolio == 1 && !char.IsLower(word[0]) ? -1 : portfolio;
            }
        }
        return -1;
    }

    /// <summary>
    /// "Labour election chief Alan Milburn", "Liberal Democrat parliamentary chairman Matthew Taylor": lower-case words
    /// between a body's name and a head's title name a part of the body, which the person heads as one of its officials.
    /// "Tory party leader" and "Labour's former chairman" still name the whole body.
    /// </summary>
    private static bool HeadsAUnit(Document document, Mention person)
    {
        if (person is not { Affiliation: { Type: "Organization" } body })
        {
            return false;
        }
        var tokens = document.Tokens;
        var k = TokenSearch.FirstEndingAfter(tokens, body.Span.End);
        if (k < tokens.Count && tokens[k].Text == "'s")
        {
            k++;
        }
        for (; k < tokens.Count && Words.AffiliationModifiers.Contains(tokens[k].Text); k++)
        {
            if (!WholeBodyWords.Contains(tokens[k].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words between a body and a head's title that leave the office the whole body's.</summary>
    private static readonly HashSet<string> WholeBodyWords = new(StringComparer.Ordinal)
    {
        "party", "former", "shadow", "acting", "interim", "veteran", "senior", "junior", "leading", "prominent", "chief", "deputy", "and",
    };

    /// <summary>
    /// "Lord Bingham" in an article about the House of Lords sits in it: a body whose gazetteer entry lists the styles
    /// of its members' names (<c>memberStyles</c>) has as members the people the article names with one of them.
    /// </summary>
    private void RelateStyledMembers(Document document)
    {
        var bodies = document.Mentions
            .Where(m => m.EntityId is { } id && _styledBodies.ContainsKey(id))
            .Select(m => m.EntityId!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (bodies.Count == 0)
        {
            return;
        }
        var related = new HashSet<(string, string)>();
        foreach (var mention in document.Mentions)
        {
            var space = mention.Text.IndexOf(' ');
            if (space < 0 || mention is not { Type: "Person", Kind: MentionKind.Name, EntityId: { } person } || document.SentenceAt(mention.Span.Start) is not { } sentence)
            {
                continue;
            }
            var style = mention.Text[..space];
            foreach (var body in bodies)
            {
                if (_styledBodies[body].Contains(style, StringComparer.Ordinal) && related.Add((person, body)))
                {
                    Add(document, "MEMBER_OF", person, body, sentence, StyleRule, null);
                }
            }
        }
    }

    private static void Add(Document document, string relation, string sourceId, string targetId, Sentence sentence, string rule, string? title, bool former = false)
    {
        var found = new RelationMention(relation, sourceId, targetId, sentence.Index, rule, rule is ContextRule or StyleRule ? 0.75 : 0.9);
        if (title is null)
        {
            document.Relations.Add(found);
            return;
        }
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["title"] = title };
        if (former)
        {
            properties[Modality.Former] = "true";
        }
        document.Relations.Add(found with { Properties = properties });
    }
}
