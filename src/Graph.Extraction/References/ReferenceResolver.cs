using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Core.Schema;
using Graph.Extraction.Entities;
using Graph.Extraction.Text;

namespace Graph.Extraction.References;

/// <summary>
/// Gives every mention in an article the id of the entity it refers to: listed entities keep their
/// gazetteer id; a surname or "Mr X" joins the full name used elsewhere in the article (or the one
/// listed person with that surname); "the Russian president" joins the person holding that role;
/// "the treaty" joins the treaty in play; "the two leaders" stands for the last two people named.
/// Mentions that cannot be resolved are dropped rather than guessed.
/// </summary>
public sealed class ReferenceResolver(EntityLexicon lexicon) : IPipelineComponent
{
    public string Name => "resolve-references";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Mentions];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.EntityLinks];

    public void Process(Document document)
    {
        var mentions = document.Mentions;
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        // Full names anywhere in the article, so a headline surname can join a later full name.
        var fullNames = new List<(string[] Words, string Id, Mention Mention)>();
        var peers = new Dictionary<Mention, string[]>(ReferenceEqualityComparer.Instance);
        foreach (var m in mentions.Where(m => m.Type == "Person" && m.Kind == MentionKind.Name && m.Known is null))
        {
            if (PeerName(document, m) is { } peer)
            {
                peers[m] = peer;
            }
        }
        // "Lord Nicholls of Birkenhead", then "Lord Nicholls": one peer, named with the seat where the article gives it.
        foreach (var (m, peer) in peers)
        {
            peers[m] = peers.Values.Where(other => other.AsSpan().StartsWith(peer)).MaxBy(other => other.Length)!;
        }
        // A listed person may be named by one of their listed forms ("Luiz Inacio Lula da Silva" for "Luiz Inácio ...").
        foreach (var m in mentions.Where(m => m.Type == "Person" && (m.Kind == MentionKind.Name || m.Kind == MentionKind.Alias && m.Known is not null)))
        {
            if (m.Known is not null)
            {
                fullNames.Add((NameWords(m.Known.Name), m.Known.EntityId, m));
            }
            else if (NameWords(m.Text) is { Length: > 1 } words)
            {
                var existing = fullNames.FirstOrDefault(f => f.Words.SequenceEqual(words));
                fullNames.Add((words, existing.Id ?? EntityIds.For("Person", string.Join(' ', words)), m));
            }
        }

        // "Parliament" is the UK Parliament only in an article about Britain; elsewhere it names no one the graph knows.
        var homeCountry = new Lazy<string?>(() => ArticleCountry.Of(document, lexicon.Schema));
        mentions.RemoveAll(m => m.Origin == GazetteerRecognizer.HomeOrigin
            && ArticleCountry.Listed(lexicon.Schema, m.Known!.EntityId) is var country && (country is null || country != homeCountry.Value));

        var seen = new List<Mention>();
        foreach (var mention in mentions)
        {
            Resolve(document, mention, fullNames, peers, homeCountry, seen);
            if (mention.EntityId is not null || mention.Group is not null)
            {
                seen.Add(mention);
            }
        }
        foreach (var role in mentions.Where(m => m is { Type: "Person", Kind: MentionKind.Nominal, EntityId: null, Group: null, Title: not null }))
        {
            role.EntityId = NamedNext(document, role) ?? ListedHolderNamedLater(mentions, role);
        }
        mentions.RemoveAll(m => m.EntityId is null && m.Group is null);
        RemoveForeignParties(mentions, homeCountry);
    }

    /// <summary>Whether the mention opens its sentence, or the story after a wire dateline ("ASTANA (AFP) - Japan's ...").</summary>
    private static bool OpensSentence(Document document, Sentence sentence, Mention mention)
    {
        var t = sentence.FirstToken;
        while (t < sentence.EndToken && document.Tokens[t].End <= mention.Span.Start)
        {
            t++;
        }
        return t == sentence.FirstToken || Dateline.IsDash(document.Tokens[t - 1].Text);
    }

    /// <summary>
    /// "Japan's foreign minister arrived in Kazakhstan ... Takeshi Morioka, who took over the portfolio last autumn, met
    /// ...": a story may open with a role and name its holder as the next sentence's subject. A role no one held before
    /// that opens its sentence is that person, when the person named is no one else in the role's place: not given another
    /// title, nor listed with another country.
    /// </summary>
    private string? NamedNext(Document document, Mention role)
    {
        if (document.SentenceAt(role.Span.Start) is not { } sentence || sentence.Index + 1 >= document.Sentences.Count
            || !OpensSentence(document, sentence, role))
        {
            return null;
        }
        var next = document.Sentences[sentence.Index + 1];
        var first = document.Tokens[next.FirstToken].Start;
        if (document.Mentions.Find(m => m.Span.Start == first) is not { Type: "Person", Kind: MentionKind.Name or MentionKind.Alias, EntityId: { } id } named
            || named.Title is { } title && !string.Equals(title, role.Title, StringComparison.OrdinalIgnoreCase)
            || document.Mentions.Exists(m => m.EntityId == id && m.Title is { } other && !string.Equals(other, role.Title, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        var country = IdOf(role.Affiliation);
        return country is null || ArticleCountry.Listed(lexicon.Schema, id) is not { } listed || listed == country ? id : null;
    }

    /// <summary>
    /// "Conservatives rallied behind Merz": a listed party the article names only by an alias or its members' name (and
    /// what refers back to those), in an article about another country that names none of the party's, is a party there,
    /// not the listed one. The article's country is read after resolution, as every other rule reads it.
    /// </summary>
    private void RemoveForeignParties(List<Mention> mentions, Lazy<string?> homeCountry)
    {
        var parties = mentions.Where(m => m is { Known: not null, Kind: MentionKind.Alias or MentionKind.Demonym } && lexicon.Schema.KindOf(m.Known.EntityId) == "party")
            .Select(m => m.Known!.EntityId)
            .Distinct(StringComparer.Ordinal)
            .Where(party => ArticleCountry.Listed(lexicon.Schema, party) is { } country && !mentions.Exists(o => o.EntityId == country)
                && !mentions.Exists(o => o.EntityId == party && o.Kind == MentionKind.Name))
            .ToList();
        if (parties.Count > 0 && homeCountry.Value is { } home)
        {
            mentions.RemoveAll(m => m.EntityId is { } id && parties.Contains(id) && ArticleCountry.Listed(lexicon.Schema, id) != home);
        }
    }

    private void Resolve(Document document, Mention mention, List<(string[] Words, string Id, Mention Mention)> fullNames,
        Dictionary<Mention, string[]> peers, Lazy<string?> homeCountry, List<Mention> seen)
    {
        var personName = mention.Type == "Person" && mention.Kind == MentionKind.Name ? NameWords(mention.Text) : null;
        // "&" or a lone "Sir" is no name: an id made from nothing would join unrelated mentions.
        if (!HasLetter(mention.Text) || personName is { Length: 0 })
        {
            return;
        }
        if (mention.Known is { } known)
        {
            mention.EntityId = known.EntityId;
            return;
        }
        if (mention.Origin == CountryGroupRecognizer.Rule)
        {
            // The group's members are its identity: there is no one entity to give it.
            return;
        }
        switch (mention.Type, mention.Kind)
        {
            case ("Person", MentionKind.Name):
                ResolvePersonName(document, mention, personName!, fullNames, peers.GetValueOrDefault(mention));
                break;
            case ("Person", MentionKind.Nominal) when mention.Group is null && mention.Origin == "rule:plural":
            case ("Country", MentionKind.Nominal) when mention.Origin == "rule:plural":
                mention.Group = PairInPlay(document, mention, seen);
                break;
            case ("Person", MentionKind.Nominal) when mention.Origin == CueRecognizer.LeaderReference:
                mention.EntityId = LeaderInPlay(document, mention, seen);
                break;
            case ("Organization", MentionKind.Nominal) when mention.Origin == CueRecognizer.PartyReference:
                mention.EntityId = PartyInPlay(document, mention, seen);
                break;
            case ("Organization", MentionKind.Nominal) when mention.Origin == CueRecognizer.BodyReference:
                mention.EntityId = BodyNamedBefore(document, mention, seen);
                break;
            case ("Country", MentionKind.Nominal) when mention.Origin == CueRecognizer.CountryReference:
                mention.EntityId = CountryInPlay(document, mention, seen, homeCountry);
                break;
            case ("Country", MentionKind.Nominal) when mention.Origin == CueRecognizer.GovernmentReference:
                mention.EntityId = homeCountry.Value;
                break;
            case ("Country", MentionKind.Nominal) when mention.Origin == CueRecognizer.PossessiveCountry:
                mention.EntityId = PossessorCountry(document, mention, seen);
                break;
            case ("Country", MentionKind.Nominal) when mention.Origin == CueRecognizer.OwnerReference:
                if (OwnerInSentence(document, mention, seen) is { } owner)
                {
                    mention.Type = owner.Type;
                    mention.EntityId = owner.EntityId;
                }
                break;
            case ("Person", MentionKind.Nominal):
                mention.EntityId = RoleHolder(mention, seen) ?? UntitledPersonJustNamed(document, mention, seen);
                break;
            case ("Person", MentionKind.Pronoun) when mention.Origin == CueRecognizer.PluralPronoun:
                (mention.Type, mention.Group) = PairJustNamed(document, mention, seen);
                break;
            case ("Person", MentionKind.Pronoun):
                mention.EntityId = ClauseAntecedent(document, mention, seen);
                break;
            case ("Treaty", MentionKind.Name) when NamedRightAfter(document, mention) is { } named
                && (named.Known?.Name ?? named.CanonicalName ?? StripArticle(named.Text)) is var name
                && (named.Known?.EntityId ?? EntityIds.For("Treaty", name)) is var namedId
                && seen.All(m => m.Type != "Treaty" || m.EntityId == namedId):
                // "signed a trilateral defence agreement on Thursday. The Trilateral Maritime Security Cooperation
                // Agreement was signed in Manila by ...": news describes a treaty, then names it, unless another came first.
                mention.CanonicalName = name;
                mention.EntityId = namedId;
                break;
            case ("Treaty", MentionKind.Nominal):
                // "The new treaty signed between ..." may come before the treaty's name: then look ahead.
                var ahead = document.Mentions.FirstOrDefault(m => m.Type == "Treaty" && m.Kind != MentionKind.Nominal && m.Span.Start > mention.Span.Start);
                // Of the treaties named before, the one named most ("the accord" after a story's deal, though an older pact
                // was named just before), the latest of those tied; of its kind if one is ("the declaration" after a
                // treaty and a joint declaration).
                var kind = PaperKind(mention.Text);
                var earlier = seen.Where(m => m.Type == "Treaty" && m.EntityId is not null).ToList();
                if (earlier.Exists(m => PaperKind(m.Text) == kind))
                {
                    earlier = earlier.FindAll(m => PaperKind(m.Text) == kind);
                }
                mention.EntityId = earlier
                        .Select((m, order) => (m.EntityId!, order))
                        .GroupBy(t => t.Item1)
                        .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(t => t.order))
                        .FirstOrDefault()?.Key
                    ?? (ahead is null ? null : ahead.Known?.EntityId ?? EntityIds.For("Treaty", ahead.CanonicalName ?? ahead.Text));
                break;
            // "Mexico, South Korea sign free trade pact" over "signed a free trade agreement": one treaty, described alike.
            case ("Treaty", MentionKind.Name) when mention.Origin == CueRecognizer.DescribedTreaty
                && seen.FindLast(m => m is { Type: "Treaty", Origin: CueRecognizer.DescribedTreaty, EntityId: not null } && SameDescription(m.Text, mention.Text)) is { } described:
                mention.CanonicalName = described.CanonicalName;
                mention.EntityId = described.EntityId;
                break;
            case ("Organization", MentionKind.Name) when PartyOfMembers(mention, seen) is { } party:
                mention.EntityId = party;
                break;
            default:
                mention.CanonicalName ??= StripArticle(mention.Text);
                mention.EntityId = EntityIds.For(mention.Type, mention.CanonicalName);
                break;
        }
    }

    /// <summary>
    /// "the Social Democrats" after "the Social Democratic Party", "the Greens" after "the Green Party": a party's members
    /// named as a plural are the party named before.
    /// </summary>
    private static string? PartyOfMembers(Mention mention, List<Mention> seen)
    {
        var name = StripArticle(mention.Text);
        if (name.Length < 4 || name[^1] != 's' || !char.IsUpper(name[0]))
        {
            return null;
        }
        var member = name[..^1];
        string[] parties = [member + " Party", member + "ic Party"];
        return seen.FindLast(m => m is { Type: "Organization", EntityId: not null }
            && Array.IndexOf(parties, StripArticle(m.Known?.Name ?? m.CanonicalName ?? m.Text)) >= 0)?.EntityId;
    }

    /// <summary>Two described treaties alike: the same words before heads of one kind ("maritime boundary accord", "maritime boundary agreement").</summary>
    private static bool SameDescription(string a, string b)
    {
        var (wordsA, wordsB) = (StripArticle(a).ToLowerInvariant().Split(' '), StripArticle(b).ToLowerInvariant().Split(' '));
        return wordsA.Length == wordsB.Length && wordsA.Length > 1 && PaperKind(a) == PaperKind(b)
            && wordsA.AsSpan(0, wordsA.Length - 1).SequenceEqual(wordsB.AsSpan(0, wordsB.Length - 1));
    }

    private static readonly string[] PaperKinds = ["declaration", "memorandum", "protocol", "charter", "roadmap", "convention", "communique", "communiqué"];

    /// <summary>The kind of paper a treaty's last word names: a declaration or memorandum is not the agreement beside it; a pact, deal or treaty is.</summary>
    private static string PaperKind(string text)
    {
        var head = text[(text.LastIndexOf(' ') + 1)..];
        return Array.Find(PaperKinds, k => head.Equals(k, StringComparison.OrdinalIgnoreCase)) ?? "agreement";
    }

    /// <summary>The one person whose full name has the word inside it (neither first nor last), if no one else's has it.</summary>
    private static string? InsideOneName(List<(string[] Words, string Id, Mention Mention)> fullNames, string word)
    {
        string? inner = null;
        var inside = false;
        foreach (var (words, id, _) in fullNames)
        {
            var at = Array.IndexOf(words, word);
            if (at < 0)
            {
                continue;
            }
            if (inner is not null && inner != id)
            {
                return null;
            }
            inner = id;
            inside |= at > 0 && at < words.Length - 1;
        }
        return inside ? inner : null;
    }

    private void ResolvePersonName(Document document, Mention mention, string[] words, List<(string[] Words, string Id, Mention Mention)> fullNames, string[]? peer)
    {
        var own = fullNames.FirstOrDefault(f => ReferenceEquals(f.Mention, mention));
        // "Janja da Silva" after "Rosangela \"Janja\" da Silva": the end of one longer name the article gives is that person.
        if (own.Id is not null && mention.Known is null && words.Length >= 2
            && fullNames.Where(f => f.Words.Length > words.Length && EndsWith(f.Words, words) && f.Mention.Span.Start < mention.Span.Start
                    && !f.Words.Any(Words.NotNames.Contains) && f.Words.Distinct(StringComparer.Ordinal).Count() == f.Words.Length)
                .Select(f => f.Id).Distinct().ToList() is [var longer])
        {
            own = fullNames.First(f => f.Id == longer);
        }
        if (own.Id is not null)
        {
            mention.EntityId = own.Id;
            mention.CanonicalName = string.Join(' ', own.Words);
            return;
        }
        // A partial name: of the full names in the article that end (or start) with it, the one the
        // article introduces first. News names its protagonist early, so "Kim" in a story about Kim
        // Jong Un that later mentions his grandfather Kim Il Sung is Kim Jong Un.
        // "ex-King Michael of Romania" is no Michael Ancram: a royal goes by title and given name.
        var isRoyal = mention.Title is { } styled && Words.RoyalTitles.Contains(styled.StartsWith("Former ", StringComparison.Ordinal) ? styled["Former ".Length..] : styled);
        var chosen = isRoyal ? default : fullNames.FirstOrDefault(f => (EndsWith(f.Words, words) || StartsWith(f.Words, words)) && SameStyle(document, mention, f.Mention));
        if (chosen.Id is not null)
        {
            mention.EntityId = chosen.Id;
            mention.CanonicalName = string.Join(' ', chosen.Words);
            mention.Kind = MentionKind.Alias;
            return;
        }
        // "Doug has decided to stand aside" after "Doug Smith", "Julien is free" after "Julien Marchetti", "Lee" after "Lee
        // Jae-myung": a first name is the one person the article named in full with it, and no one else's name has it
        // ("Charles" beside Charles Kennedy and Prince Charles is neither). A knight goes by his first name ("Sir Alan"), but
        // "Mr Howard" and "President Howard" are surnames.
        if (words.Length == 1 && !isRoyal && (mention.Title is null && HonorificOf(document, mention) is null || Knighted(document, mention))
            && fullNames.Where(f => f.Words.Contains(words[0])).Select(f => f.Id).Distinct().ToList() is [var only]
            && fullNames.Any(f => f.Id == only && f.Words.Length >= 2 && f.Words[0] == words[0] && !f.Words.Any(Words.NotNames.Contains))
            && !document.Mentions.Any(m => m.Known is { Type: "Person" } known && known.EntityId != only && NameWords(m.Text).Contains(words[0])))
        {
            var named = fullNames.First(f => f.Id == only);
            mention.EntityId = only;
            mention.CanonicalName = string.Join(' ', named.Words);
            mention.Kind = MentionKind.Alias;
            return;
        }
        // "Lula" after "Luiz Inacio Lula da Silva": the name a person goes by may stand inside the full one, when no one
        // else's name has it.
        if (words.Length == 1 && !Words.GivenNames.Contains(words[0]) && !isRoyal && InsideOneName(fullNames, words[0]) is { } inner)
        {
            var named = fullNames.First(f => f.Id == inner);
            mention.EntityId = inner;
            mention.CanonicalName = string.Join(' ', named.Words);
            mention.Kind = MentionKind.Alias;
            return;
        }
        // "Prince Harry", "Crown Princess Mary": royals go by title and given name, which is their name.
        if (words.Length == 1 && mention.Title is { } royal && Words.RoyalTitles.Contains(royal))
        {
            // As written ("Crown Princess", where the title's canonical form is "Crown Prince").
            var first = TokenSearch.FirstEndingAfter(document.Tokens, mention.Span.Start);
            var length = royal.Count(c => c == ' ') + 1;
            var written = first >= length ? string.Join(' ', Enumerable.Range(first - length, length).Select(k => document.Tokens[k].Text)) : royal;
            mention.CanonicalName = (written.StartsWith(royal, StringComparison.Ordinal) ? written : royal) + " " + words[0];
            mention.EntityId = EntityIds.For("Person", mention.CanonicalName);
            return;
        }
        if (peer is not null)
        {
            // A peer keeps the title in the name ("Lord Falconer"), but the id is the name's alone, as for anyone titled,
            // so "Lord Kinnock of Bedwellty" in one article and "Lord Kinnock" in the next are one node.
            mention.CanonicalName = string.Join(' ', peer);
            mention.EntityId = EntityIds.For("Person", string.Join(' ', words));
            return;
        }
        // A single word that several people the article names share ("the elder Hun" beside Hun Sen and Hun Manet) names
        // none of them for sure, and no listed stranger (Kim Tok Hun) either.
        if (words.Length == 1 && fullNames.Where(f => f.Words.Contains(words[0])).Select(f => f.Id).Distinct().Skip(1).Any())
        {
            return;
        }
        // A listed person's surname alone, or after "Mr", names them only in an article that names their country or body:
        // "Vieira" in a football report is not Brazil's foreign minister. A title is evidence enough ("Gen Musharraf").
        if (words.Length == 1 && !AfterFemaleHonorific(document, mention) && lexicon.UniqueSurnames.TryGetValue(words[0], out var listed)
            && !fullNames.Any(f => f.Id != listed.Id && f.Words.Contains(words[0])) && (mention.Title is not null || NamesHome(document, listed)))
        {
            mention.EntityId = listed.Id;
            mention.CanonicalName = listed.Name;
            mention.Kind = MentionKind.Alias;
            return;
        }
        if (words.Length == 1 && Words.GivenNames.Contains(words[0]))
        {
            // "Alan" with no Alan named in full: no identity to give it.
            return;
        }
        mention.CanonicalName = string.Join(' ', words);
        mention.EntityId = EntityIds.For("Person", mention.CanonicalName);
    }

    /// <summary>
    /// A sentence-opening "He" or "She" is the subject of the sentence before: the first person
    /// named there. Without a person in that sentence the pronoun stays unresolved.
    /// </summary>
    private static string? Antecedent(Document document, Mention pronoun, List<Mention> seen)
    {
        if (document.SentenceAt(pronoun.Span.Start) is not { Index: > 0 } sentence)
        {
            return null;
        }
        var female = pronoun.Text is "She" or "she";
        // The sentence before, or the one before that when the sentence between names no one and goes on about the same
        // person ("Charles Kennedy has said. Unveiling the slogan, he said ... He told delegates ...") or quotes them
        // ('Mark Serwotka said: "..." "There was a time ..." He said Mr Brown had ...').
        for (var index = sentence.Index - 1; index >= 0 && index >= sentence.Index - 2; index--)
        {
            var previous = document.Sentences[index].Span;
            if (Within(seen, previous, "Person") is { Count: > 0 } people)
            {
                // The first person named there whom no honorific in the article gives the other sex: "Mr Howard" is no "She".
                // "Prior to working for Mr Blair, David Miliband spent time ... He then became": the subject after a
                // fronted phrase, before anyone the phrase names.
                var subjectFrom = FrontedPhraseEnd(document, document.Sentences[index]);
                return (people.FirstOrDefault(m => m.Span.Start >= subjectFrom && SexAgrees(document, seen, m.EntityId!, female))
                    ?? people.FirstOrDefault(m => SexAgrees(document, seen, m.EntityId!, female)))?.EntityId;
            }
            if (!SpeaksOf(document, document.Sentences[index], female) && !Quotation.IsOpenAt(document.Text, previous.Start + 1))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// A "he" or "she" inside a sentence that names no one before it is whom a sentence-opening one would be ("On Tuesday,
    /// he met ...", '"...," he said'). After a person, one who speaks is the person whose name opens the sentence
    /// ("Vladimir Putin has thanked Kim Jong Un ..., part of what he said was ..."), and one reported about is the one
    /// person who reports it ("Tony Blair said he would visit ..."); in "Blair praised Brown, saying he had ..." the reader
    /// cannot tell, nor can we. An honorific giving the person the other sex rules them out.
    /// </summary>
    private static string? ClauseAntecedent(Document document, Mention pronoun, List<Mention> seen)
    {
        if (document.SentenceAt(pronoun.Span.Start) is not { } sentence)
        {
            return null;
        }
        var people = Within(seen, new Span(sentence.Span.Start, pronoun.Span.Start), "Person");
        var t = TokenOf(document, sentence, pronoun);
        var speaks = t + 1 < sentence.EndToken && ReportingVerbs.Contains(document.Tokens[t + 1].Text);
        if (people.Count == 0)
        {
            // "The woman waited two years to sue because she ...": after a subject the sentence describes, it is that one;
            // a speaker named after what they said ('Those arrested had ..., he said') is not.
            var tag = speaks && t > sentence.FirstToken && document.Tokens[t - 1].Text is "," or "\"";
            return NounPhraseOpeners.Contains(document.Tokens[sentence.FirstToken].Text) && !tag ? null : Antecedent(document, pronoun, seen);
        }
        var (id, female) = (people[0].EntityId!, pronoun.Text == "she");
        speaks = speaks
            && people[0] is { Kind: MentionKind.Name or MentionKind.Alias } opener && opener.Span.Start == document.Tokens[sentence.FirstToken].Start;
        var reportsAbout = people.All(m => m.EntityId == id) && ReportsAbout(document, sentence, t);
        return (speaks || reportsAbout) && SexAgrees(document, seen, id, female) ? id : null;
    }

    /// <summary>Where the clause begins after a fronted phrase closed by a comma ("Prior to working for Mr Blair, ..."); else the sentence start.</summary>
    private static int FrontedPhraseEnd(Document document, Sentence sentence)
    {
        if (!FrontedPhraseOpeners.Contains(document.Tokens[sentence.FirstToken].Text))
        {
            return sentence.Span.Start;
        }
        for (var t = sentence.FirstToken + 1; t < sentence.EndToken && t - sentence.FirstToken <= 14; t++)
        {
            if (document.Tokens[t].Text == ",")
            {
                return document.Tokens[t].End;
            }
        }
        return sentence.Span.Start;
    }

    // Not SentenceView's fronted openers: "In", "On", "At" often open a clause whose own subject follows without a comma
    // ("In the tunnel Wenger was criticising my players, ..."), and taking the clause after a later comma for the subject
    // moved pronouns to the wrong person over BBC sport and entertainment.
    private static readonly HashSet<string> FrontedPhraseOpeners = new(StringComparer.Ordinal)
    {
        "Prior", "Before", "After", "During", "While", "Unlike", "Like", "Despite", "Following", "Since", "Until", "Having",
        "Speaking", "Asked", "Writing", "Under", "Alongside", "Besides", "Apart", "Along",
    };

    private static readonly HashSet<string> NounPhraseOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "Their", "Its", "One", "Another", "Some",
    };

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "added", "argued", "insisted", "claimed", "warned", "announced", "believes", "believed", "thinks",
        "hopes", "hoped", "admitted", "denied", "stressed", "promised", "pledged", "vowed", "confirmed",
    };

    /// <summary>Whether a reporting verb, and perhaps "that", stands right before the pronoun's token: "said he", "said that she".</summary>
    private static bool ReportsAbout(Document document, Sentence sentence, int pronoun)
    {
        var t = pronoun - 1;
        if (t > sentence.FirstToken && document.Tokens[t].Text == "that")
        {
            t--;
        }
        return t >= sentence.FirstToken && ReportingVerbs.Contains(document.Tokens[t].Text);
    }

    private static int TokenOf(Document document, Sentence sentence, Mention mention)
    {
        var t = sentence.FirstToken;
        while (document.Tokens[t].Start < mention.Span.Start)
        {
            t++;
        }
        return t;
    }

    /// <summary>Whether no honorific in the article gives the person the other sex than the pronoun's: "Mr Howard" is no "she".</summary>
    private static bool SexAgrees(Document document, List<Mention> seen, string id, bool female) =>
        !seen.Any(o => o.EntityId == id && HonorificBefore(document, o) is { } sex && sex != female);

    /// <summary>Whether the sentence refers to someone by the pronoun's sex: "he", "his", "him" or "she", "her".</summary>
    private static bool SpeaksOf(Document document, Sentence sentence, bool female)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Tokens[t].Text.ToLowerInvariant() is var word && (female ? word is "she" or "her" : word is "he" or "his" or "him"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "They" or a bare "the two" are the two people named before them in their sentence ("Kim then joined Putin in his
    /// limousine as they travelled ..."), or, with no one before them there, in the sentence before ("Kim then joined Putin in
    /// his limousine. They attended a ceremony"); failing people, the two countries so named ("Tajikistan and Kyrgyzstan
    /// have kept the peace since they signed ..."). Anything else ("voters", "officials") leaves them unresolved.
    /// </summary>
    private static (string Type, List<string>? Group) PairJustNamed(Document document, Mention pronoun, List<Mention> seen)
    {
        if (document.SentenceAt(pronoun.Span.Start) is not { } sentence)
        {
            return ("Person", null);
        }
        var own = new Span(sentence.Span.Start, pronoun.Span.Start);
        var named = Within(seen, own, "Person").Count + Within(seen, own, "Country").Count > 0 ? own
            : sentence.Index > 0 ? document.Sentences[sentence.Index - 1].Span : own;
        // Both people known by a full name ("Kim" is Kim Jong Un): a one-word "person" is often a team or a place the
        // tagger misread ("Brentford and Hinckley United ... They will meet Luton").
        var people = Named(seen, named, "Person");
        if (people.Count > 0)
        {
            return ("Person", people.Count == 2 && people.All(id => id.Contains('-', StringComparison.Ordinal)) ? people : null);
        }
        var countries = Named(seen, named, "Country");
        return countries.Count == 2 ? ("Country", countries) : ("Person", null);
    }

    private static List<string> Named(List<Mention> seen, Span span, string type) =>
        Within(seen, span, type).Select(m => m.EntityId!).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The resolved mentions of a type within the span, in text order: read back from the end of the list, which holds
    /// mentions in text order, so a pronoun costs the length of its passage, not of the article.
    /// </summary>
    private static List<Mention> Within(List<Mention> seen, Span span, string type)
    {
        var start = seen.Count;
        while (start > 0 && seen[start - 1].Span.Start >= span.Start)
        {
            start--;
        }
        var found = new List<Mention>();
        for (var i = start; i < seen.Count; i++)
        {
            if (seen[i] is { EntityId: not null } m && m.Type == type && span.Contains(m.Span))
            {
                found.Add(m);
            }
        }
        return found;
    }

    /// <summary>
    /// "the two leaders", "the two sides": the two the sentence, or else the one before, names, when it names exactly two
    /// ("Seoul says the North ... A 2018 military agreement between the two countries"); else the two the article has named
    /// most so far, the later first on a tie ("Japan's minister met Tokayev ... where the two sides signed" is Japan and
    /// Kazakhstan, though China was named last in passing).
    /// </summary>
    private static List<string>? PairInPlay(Document document, Mention reference, List<Mention> seen)
    {
        // "the Kyrgyz-Tajik frontier" names both of a pair at once.
        var named = seen.Where(m => m.Type == reference.Type)
            .SelectMany(m => m.EntityId is { } id ? [(m.Span.Start, Id: id)] : m.Group is { Count: 2 } pair ? pair.Select(id => (m.Span.Start, Id: id)) : [])
            .ToList();
        if (document.SentenceAt(reference.Span.Start) is { } sentence)
        {
            foreach (var from in (ReadOnlySpan<int>)[sentence.Span.Start, sentence.Index > 0 ? document.Sentences[sentence.Index - 1].Span.Start : -1])
            {
                var near = named.Where(m => m.Start >= from).Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
                if (from >= 0 && near.Count == 2)
                {
                    return near;
                }
                if (near.Count > 2)
                {
                    break;
                }
            }
        }
        var ranked = named.Select((m, order) => (m.Id, order))
            .GroupBy(t => t.Id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(t => t.order))
            .Select(g => g.Key)
            .Take(2)
            .ToList();
        return ranked.Count == 2 ? ranked : null;
    }

    private static readonly HashSet<string> MaleHonorifics = new(StringComparer.OrdinalIgnoreCase) { "Mr", "Mr.", "Sir", "Lord" };

    private static readonly HashSet<string> FemaleHonorifics = new(Words.FemaleHonorifics.Append("Baroness"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Honorifics of knights and peers: British news calls them "Sir Ian" or "Lord Janner", never "Mr Blair".</summary>
    private static readonly HashSet<string> NobleHonorifics = new(StringComparer.OrdinalIgnoreCase) { "Sir", "Lord", "Dame", "Lady", "Baroness" };

    /// <summary>Whether the article names the listed person's country, something of that country's, or the body they head.</summary>
    private bool NamesHome(Document document, GazetteerEntry listed)
    {
        var country = listed.Properties.GetValueOrDefault("country") is { } iso ? EntityIds.For("Country", iso) : null;
        var body = listed.Properties.GetValueOrDefault("org");
        return document.Mentions.Exists(m => (m.Known?.EntityId ?? m.EntityId) is { } id
            && (id == country || id == body || country is not null && ArticleCountry.Listed(lexicon.Schema, id) == country));
    }

    private static bool Knighted(Document document, Mention mention) => HonorificOf(document, mention) is "Sir" or "Dame";

    /// <summary>True for a female honorific, false for a male one, null for none.</summary>
    private static bool? IsFemale(string? honorific) =>
        honorific is null ? null : FemaleHonorifics.Contains(honorific) ? true : MaleHonorifics.Contains(honorific) ? false : null;

    /// <summary>The sex a gendered honorific gives the mention, if any.</summary>
    private static bool? HonorificBefore(Document document, Mention mention) => IsFemale(HonorificOf(document, mention));

    /// <summary>The gendered honorific right before the mention or at its start ("Lord Janner"), if any ("Dr" is none).</summary>
    private static string? HonorificOf(Document document, Mention mention)
    {
        var honorifics = GenderedHonorifics.GetAlternateLookup<ReadOnlySpan<char>>();
        var own = mention.Text.AsSpan();
        var space = own.IndexOf(' ');
        if (space > 0 && honorifics.TryGetValue(own[..space], out var inside))
        {
            return inside;
        }
        var text = document.Text.AsSpan(0, mention.Span.Start).TrimEnd();
        return honorifics.TryGetValue(text[(text.LastIndexOfAny(' ', '\n') + 1)..], out var before) ? before : null;
    }

    private static readonly HashSet<string> GenderedHonorifics = new(MaleHonorifics.Concat(FemaleHonorifics), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a partial name may be the person a full name introduced: "Mrs Blair" is not Mr Tony Blair, and "Mr
    /// Blair" is not Sir Ian Blair.
    /// </summary>
    private static bool SameStyle(Document document, Mention partial, Mention full)
    {
        if (HonorificOf(document, partial) is not { } mine || HonorificOf(document, full) is not { } theirs)
        {
            return true;
        }
        return IsFemale(mine) == IsFemale(theirs) && !(NobleHonorifics.Contains(theirs) && !NobleHonorifics.Contains(mine));
    }

    /// <summary>
    /// "the country": the country last named in this or the two sentences before, unless it is the
    /// subject of the same clause ("the US condemning the country" names some other country), or one of a list ("led by
    /// the heads of state of Senegal, Togo and Cape Verde ... suspended the country": the one the story reports).
    /// </summary>
    private string? CountryInPlay(Document document, Mention reference, List<Mention> seen, Lazy<string?> homeCountry)
    {
        if (document.SentenceAt(reference.Span.Start) is not { } sentence)
        {
            return null;
        }
        var earliest = document.Sentences[Math.Max(0, sentence.Index - 2)].Span.Start;
        var inPlay = new List<string>();
        var listed = false;
        for (var k = seen.Count - 1; k >= 0 && seen[k].Span.Start >= earliest; k--)
        {
            var m = seen[k];
            if (m.Type == "Country" && m.EntityId is not null
                && !(sentence.Span.Contains(m.Span) && !ClauseBreakBetween(document, m.Span.End, reference.Span.Start)))
            {
                if (InList(document, seen, k))
                {
                    listed = true;
                }
                else
                {
                    inPlay.Add(m.EntityId);
                }
            }
        }
        if (inPlay.Count == 0)
        {
            return listed ? homeCountry.Value : null;
        }
        // "between Paris and Tehran hosted by the sultanate": the state its official name calls so, if one is in play.
        var described = StripArticle(reference.Text);
        var form = described.EndsWith("republic", StringComparison.OrdinalIgnoreCase) ? described : described[(described.LastIndexOf(' ') + 1)..];
        return inPlay.Find(id => lexicon.Schema.Entry(id)?.Properties.GetValueOrDefault("officialName") is { } official
                && official.Contains(form, StringComparison.OrdinalIgnoreCase))
            ?? inPlay.FirstOrDefault();
    }

    /// <summary>Whether the country seen at <paramref name="k"/> is one of a list: "Senegal, Togo and Cape Verde".</summary>
    private static bool InList(Document document, List<Mention> seen, int k)
    {
        return k > 0 && Joined(seen[k - 1], seen[k]) || k + 1 < seen.Count && Joined(seen[k], seen[k + 1]);

        bool Joined(Mention a, Mention b) =>
            a.Type == "Country" && b.Type == "Country" && a.Span.End <= b.Span.Start
            && document.Text.AsSpan(a.Span.End, b.Span.Start - a.Span.End).Trim() is "," or "and" or ", and" or "or" or ", or";
    }

    /// <summary>
    /// "The Commons Work and Pensions Committee published ... The committee said": the one body named in the passage whose
    /// name has the reference's head word ("the agency" for the Child Support Agency, named "CSA" too).
    /// </summary>
    private string? BodyNamedBefore(Document document, Mention reference, List<Mention> seen)
    {
        var head = reference.Text[(reference.Text.LastIndexOf(' ') + 1)..];
        // "the bloc", "the grouping", "the alliance": the one international body of the passage, whatever its name
        // ("ECOWAS ... the bloc").
        if (head is "bloc" or "grouping" or "alliance")
        {
            return OnlyOneInPassage(document, reference, seen, m => m.Type == "Organization" && m.Kind is MentionKind.Name or MentionKind.Alias
                && lexicon.Schema.KindOf(m.EntityId!) is "international" or "alliance");
        }
        // "the charity": the one listed charity the passage names ("Oxfam ... the charity's director"). Not "the company":
        // the firms news writes about are mostly unlisted, and one listed beside them would take their place.
        if (head == "charity")
        {
            return OnlyOneInPassage(document, reference, seen, m => m.Type == "Organization" && m.Kind is MentionKind.Name or MentionKind.Alias
                && lexicon.Schema.KindOf(m.EntityId!) == "ngo");
        }
        bool Named(string? name) => name is not null && name.Split(' ').Contains(head, StringComparer.OrdinalIgnoreCase);
        bool Fits(Mention m) => m.Type == "Organization" && m.Kind is MentionKind.Name or MentionKind.Alias
            && (Named(m.Text) || Named(m.Known?.Name) || Named(m.CanonicalName));
        // "the National Council for Sovereignty and Transition ... (five sentences on) The council, led by General X": a
        // council or committee the passage does not name is the one the story has named so far, if it named one.
        return NamedInPassage(document, reference, seen, Fits) switch
        {
            [var near] => near,
            [] when StoryWideHeads.Contains(head) && NamedInPassage(document, reference, seen, Fits, sentencesBack: int.MaxValue) is [var named] => named,
            _ => null,
        };
    }

    /// <summary>Bodies a story keeps calling by their head word long after naming them, and has few of.</summary>
    private static readonly HashSet<string> StoryWideHeads = new(StringComparer.OrdinalIgnoreCase) { "council", "committee", "commission", "tribunal" };

    /// <summary>"the party's": the one party the passage names.</summary>
    private string? PartyInPlay(Document document, Mention reference, List<Mention> seen) =>
        OnlyOneInPassage(document, reference, seen, m => lexicon.Schema.KindOf(m.EntityId!) == "party");

    /// <summary>
    /// The one entity the passage (the reference's sentence and the two before) names with a mention that fits; none when
    /// it names two.
    /// </summary>
    private static string? OnlyOneInPassage(Document document, Mention reference, List<Mention> seen, Func<Mention, bool> fits) =>
        NamedInPassage(document, reference, seen, fits) is [var only] ? only : null;

    /// <summary>Up to two entities named with a fitting mention in the reference's sentence and the ones before it.</summary>
    private static List<string> NamedInPassage(Document document, Mention reference, List<Mention> seen, Func<Mention, bool> fits, int sentencesBack = 2)
    {
        if (document.SentenceAt(reference.Span.Start) is not { } sentence)
        {
            return [];
        }
        var earliest = document.Sentences[sentence.Index - Math.Min(sentencesBack, sentence.Index)].Span.Start;
        return seen
            .Where(m => m.Span.Start >= earliest && m.EntityId is not null && fits(m))
            .Select(m => m.EntityId!)
            .Distinct(StringComparer.Ordinal)
            .Take(2)
            .ToList();
    }

    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "where", "when", "while", "whereas", "although", "though", "and", "but", "as", "after", "before",
    };

    private static bool ClauseBreakBetween(Document document, int from, int to)
    {
        var between = document.Text.AsSpan(from, Math.Max(0, to - from));
        if (between.IndexOfAny(",;:") >= 0)
        {
            return true;
        }
        var clauseWords = ClauseWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in between.Split(' '))
        {
            if (clauseWords.Contains(between[range]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"his country": the country of the person last named in the sentence, else of the previous sentence's subject.</summary>
    private string? PossessorCountry(Document document, Mention reference, List<Mention> seen)
    {
        var person = PersonInPlay(document, reference, seen, _ => true, last: true);
        return person is null ? null : CountryOf(person, seen);
    }

    /// <summary>
    /// "Saudi Arabia, which hosted talks between Ethiopia and Eritrea, said its foreign minister ...": the country or body
    /// the sentence opens with, else the last one named before the possessive.
    /// </summary>
    private static Mention? OwnerInSentence(Document document, Mention reference, List<Mention> seen)
    {
        if (document.SentenceAt(reference.Span.Start) is not { } sentence)
        {
            return null;
        }
        var owners = seen.Where(m => m.Type is "Country" or "Organization" && m.Kind != MentionKind.Nominal && m.EntityId is not null
            && m.Span.Start >= sentence.Span.Start && m.Span.End <= reference.Span.Start).ToList();
        return owners.FirstOrDefault(m => NothingBefore(document, sentence, m)) ?? owners.LastOrDefault();
    }

    /// <summary>A bare "the leader": the first person of the sentence (else of the sentence before) who leads something.</summary>
    private string? LeaderInPlay(Document document, Mention reference, List<Mention> seen) =>
        PersonInPlay(document, reference, seen, id => TitleOf(id, seen) is { } title && IsLeader(title), last: false);

    private static string? PersonInPlay(Document document, Mention reference, List<Mention> seen, Func<string, bool> accepts, bool last)
    {
        if (document.SentenceAt(reference.Span.Start) is not { } sentence)
        {
            return null;
        }
        foreach (var span in (ReadOnlySpan<Span>)[new Span(sentence.Span.Start, reference.Span.Start),
                     sentence.Index > 0 ? document.Sentences[sentence.Index - 1].Span : default])
        {
            var people = seen.Where(m => m.Type == "Person" && m.Group is null && m.EntityId is { } id && span.Contains(m.Span) && accepts(id));
            if ((last ? people.LastOrDefault() : people.FirstOrDefault()) is { } found)
            {
                return found.EntityId;
            }
        }
        return null;
    }

    private string? TitleOf(string person, List<Mention> seen) =>
        seen.FirstOrDefault(m => m.EntityId == person && m.Title is not null)?.Title
        ?? lexicon.Schema.Entry(person)?.Properties.GetValueOrDefault("title");

    private string? CountryOf(string person, List<Mention> seen)
    {
        if (seen.FirstOrDefault(m => m.EntityId == person && m.Affiliation is { Type: "Country", EntityId: not null })?.Affiliation?.EntityId is { } country)
        {
            return country;
        }
        return lexicon.Schema.Entry(person)?.Properties.GetValueOrDefault("country") is { } iso
            && lexicon.Schema.Entry(EntityIds.For("Country", iso)) is { } entry
                ? entry.Id
                : null;
    }

    /// <summary>"Mrs Blair" is not Tony Blair, whichever recognizer found "Blair".</summary>
    private static bool AfterFemaleHonorific(Document document, Mention mention) => HonorificBefore(document, mention) == true;

    /// <summary>The person earlier in the article, or in the gazetteer, holding the role "the Russian president" names.</summary>
    private string? RoleHolder(Mention mention, List<Mention> seen)
    {
        var country = IdOf(mention.Affiliation);
        if (country is null)
        {
            // The person the article itself gave the title; failing that, the one person named whose listed title it is.
            // Listed titles can be out of date ("Gordon Brown", listed as Prime Minister, was chancellor in 2005), so two
            // listed holders make the reference ambiguous.
            var named = seen.Where(m => m.Type == "Person" && m.Kind != MentionKind.Nominal && m.EntityId is not null).ToList();
            // A body's president is "the president" only where no state's is named: "the president's sister" beside
            // "Senate President Vicente Sotto" and "President Ferdinand Marcos" is the state's.
            var stated = named
                .Select(m => (Mention: m, Titled: named.FirstOrDefault(n => n.EntityId == m.EntityId && n.Title is not null)))
                .Where(t => string.Equals(t.Titled?.Title, mention.Title, StringComparison.OrdinalIgnoreCase))
                .OrderBy(t => t.Titled!.Affiliation is { Type: "Organization" })
                .ThenByDescending(t => t.Mention.Span.Start)
                .Select(t => t.Mention)
                .FirstOrDefault();
            if (stated is not null)
            {
                return stated.EntityId;
            }
            // Someone the article already calls by another office is not this one's holder: in a 2005 story "the
            // chancellor" is Gordon Brown, who then is not "the prime minister" though listed as one. Any head may be
            // called "the leader".
            var listed = named
                .Where(m => !named.Any(n => n.EntityId == m.EntityId && n.Title is not null)
                    && !seen.Any(n => n.EntityId == m.EntityId && n.Title is { } other && !SameOffice(other, mention.Title)
                        && !string.Equals(ExactlyDefined(other)?.Name, "Leader", StringComparison.Ordinal))
                    && ListedOffices(m.EntityId!).Any(office => SameOffice(office, mention.Title)))
                .Select(m => m.EntityId)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return listed.Count == 1 ? listed[0] : null;
        }
        // The same body, however each mention of it was typed: "Chester chairman Steve Vaughan ... the Chester chairman".
        var holder = seen.LastOrDefault(m => m.Type == "Person" && (IdOf(m.Affiliation) == country || m.Affiliation?.Text == mention.Affiliation!.Text)
            && SameRole(m.Title, mention.Title, country));
        if (holder is not null)
        {
            return holder.EntityId;
        }
        // "Chester have won ... but Chairman Steve Vaughan claims ... the Chester chairman added": an office any body has,
        // named without its body, is the body's the reference names.
        if (mention.Affiliation is { Type: "Organization" } && mention.Title is { } office && lexicon.Schema.TitleDefinitionOf(office) is { BodyOffice: true }
            && seen.LastOrDefault(m => m is { Type: "Person", Kind: MentionKind.Name, Affiliation: null } && string.Equals(m.Title, office, StringComparison.OrdinalIgnoreCase)) is { } untied)
        {
            return untied.EntityId;
        }
        var iso = lexicon.Schema.Entry(country)?.Properties.GetValueOrDefault("iso");
        return seen
            .Where(m => m.Type == "Person" && m.Known is not null)
            .Select(m => lexicon.Schema.Entry(m.Known!.EntityId))
            .LastOrDefault(e => e is not null && iso is not null && e.Properties.GetValueOrDefault("country") == iso
                && SameRole(e.Properties.GetValueOrDefault("title"), mention.Title))?.Id;
    }

    /// <summary>
    /// "Jack Straw has attacked the ruling. ... The foreign secretary said": news names a person and then refers to them
    /// by their office. A sentence opening with a minister's or a party's or country's leader's title that
    /// no one in the article holds refers to the one person named in it or in the sentence before, when the article gives
    /// that person no title of their own. Not when the sentence names someone after it ("The Tory leader wanted ..., Mr Fox
    /// said"), nor when the person was named beside the title before ("Vince Cable said the chancellor had failed").
    /// </summary>
    private string? UntitledPersonJustNamed(Document document, Mention mention, List<Mention> seen)
    {
        if (mention.Title is not { } title || document.SentenceAt(mention.Span.Start) is not { } sentence
            || lexicon.Schema.TitleDefinitionOf(title) is not { } definition
            || !(definition.National || definition.Organization is not null || mention.Affiliation is not null)
            || !NothingBefore(document, sentence, mention)
            || document.Mentions.Any(m => m.Type == "Person" && m.Kind is MentionKind.Name or MentionKind.Alias
                && (string.Equals(m.Title, title, StringComparison.OrdinalIgnoreCase) || m.Span.Start > mention.Span.Start && m.Span.End <= sentence.Span.End)))
        {
            return null;
        }
        var from = sentence.Index > 0 ? document.Sentences[sentence.Index - 1].Span.Start : sentence.Span.Start;
        var named = seen.Where(m => m.Type == "Person" && m.Kind is MentionKind.Name or MentionKind.Alias && m.Span.Start >= from)
            .Select(m => m.EntityId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (named is not [{ } id] || seen.Any(m => m.EntityId == id && m.Title is not null))
        {
            return null;
        }
        var sentencesNamingThem = seen.Where(m => m.EntityId == id).Select(m => document.SentenceAt(m.Span.Start)?.Index).ToHashSet();
        var namedBesideTheTitle = document.Mentions.Any(m => m.Kind == MentionKind.Nominal && m.Span.Start < mention.Span.Start
            && string.Equals(m.Title, title, StringComparison.OrdinalIgnoreCase) && sentencesNamingThem.Contains(document.SentenceAt(m.Span.Start)?.Index));
        return namedBesideTheTitle ? null : id;
    }

    /// <summary>Nothing but punctuation (an opening quote) comes before the mention in its sentence.</summary>
    private static bool NothingBefore(Document document, Sentence sentence, Mention mention)
    {
        var before = document.Text.AsSpan(sentence.Span.Start, mention.Span.Start - sentence.Span.Start);
        foreach (var c in before)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The offices the gazetteer lists for a person: the current or best-known one, then earlier ones.</summary>
    /// <summary>
    /// "Oman's sultan begins Japan state visit" over a story that names Sultan Haitham bin Tariq further down: the one
    /// person named later whom the gazetteer lists with the office, for the country.
    /// </summary>
    private string? ListedHolderNamedLater(List<Mention> mentions, Mention role)
    {
        if (IdOf(role.Affiliation) is not { } country || !country.StartsWith("country:", StringComparison.Ordinal))
        {
            return null;
        }
        var holders = mentions
            .Where(m => m.Span.Start > role.Span.End && m is { Type: "Person", Known: not null }
                && ArticleCountry.Listed(lexicon.Schema, m.Known.EntityId) == country && ListedOffices(m.Known.EntityId).Any(office => SameOffice(office, role.Title)))
            .Select(m => m.Known!.EntityId)
            .Distinct(StringComparer.Ordinal)
            .Take(2)
            .ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    private IEnumerable<string> ListedOffices(string person)
    {
        if (lexicon.Schema.Entry(person)?.Properties is not { } properties)
        {
            yield break;
        }
        if (properties.GetValueOrDefault("title") is { } title)
        {
            yield return title;
        }
        foreach (var office in properties.GetValueOrDefault("formerly")?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [])
        {
            yield return office;
        }
    }

    /// <summary>
    /// One office under two names: the same title, or two titles at the head of the same ministry ("Chancellor" and
    /// "Chancellor of the Exchequer"). Unlike <see cref="SameRole"/>, a prime minister is no chancellor.
    /// </summary>
    private bool SameOffice(string a, string? b)
    {
        if (b is null)
        {
            return false;
        }
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return ExactlyDefined(a) is { } first && ExactlyDefined(b) is { } second
            && (ReferenceEquals(first, second) || first.Heads.Intersect(second.Heads, StringComparer.Ordinal).Any());
    }

    /// <summary>The title's own definition: "Deputy Prime Minister" is no form of "Prime Minister".</summary>
    private TitleDefinition? ExactlyDefined(string title) =>
        lexicon.Schema.TitleDefinitionOf(title) is { } definition
            && (definition.Name.Equals(title, StringComparison.OrdinalIgnoreCase) || definition.Forms.Contains(title, StringComparer.OrdinalIgnoreCase))
                ? definition
                : null;

    /// <summary>Two titles of one role: the same, or both heads of the body (of any body without one).</summary>
    private bool SameRole(string? a, string? b, string? body = null)
    {
        if (a is null || b is null)
        {
            return false;
        }
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // "the Russian leader" names whoever leads Russia, whatever the exact title; a party's chairman does not lead it.
        return IsLeader(a, body) && IsLeader(b, body);
    }

    private bool IsLeader(string title, string? body = null) =>
        title.Equals("leader", StringComparison.OrdinalIgnoreCase)
        || lexicon.Schema.Titles.Any(t => t.Forms.Contains(title, StringComparer.OrdinalIgnoreCase)
            && (body is null ? t.Relation : t.RelationFor(body, lexicon.Schema.KindOf(body))) == "LEADER_OF"
            // A party's chairman heads its organization but is not who the story calls its leader ("The Tory leader").
            && !(PartyChairs.Contains(t.Name) && body is not null && lexicon.Schema.KindOf(body) == "party"));

    private static readonly HashSet<string> PartyChairs = new(StringComparer.Ordinal) { "Chairman", "Chairwoman", "Chair" };

    /// <summary>
    /// An affiliation's entity: it sits inside the role phrase ("the [Russian] leader"), so it may not be
    /// resolved yet; a known entity's id is already certain, and an unlisted body's is its name's ("the [Senate]
    /// president" is no head of state).
    /// </summary>
    private static string? IdOf(Mention? affiliation) =>
        affiliation is null ? null
        : affiliation.EntityId ?? affiliation.Known?.EntityId
            ?? (affiliation.Kind == MentionKind.Name ? EntityIds.For(affiliation.Type, affiliation.CanonicalName ?? StripArticle(affiliation.Text)) : null);

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The words of a name without honorifics; a name of one word keeps its string.</summary>
    private static string[] NameWords(string text)
    {
        var honorifics = Words.Honorifics.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new List<string>(4);
        foreach (var range in text.AsSpan().SplitAny(' ', '\n'))
        {
            // A nickname's quotes are no part of it: "Janja" of Rosangela "Janja" da Silva.
            var word = text.AsSpan(range).Trim("\"\u201C\u201D");
            if (!word.IsEmpty && !honorifics.Contains(word))
            {
                words.Add(word.Length == text.Length ? text : word.ToString());
            }
        }
        return [.. words];
    }

    /// <summary>
    /// A peer's name, which news gives as the title and one name, and sometimes the seat: "Lord", "Falconer"; "Lord",
    /// "Nicholls", "of", "Birkenhead". Null for anyone else, for a full name after the title ("Lord Conrad Black",
    /// "Baroness Susan Greenfield"), which is the person's own name, and after "Lady", which a knight's wife and a
    /// song's title use as well.
    /// </summary>
    private static string[]? PeerName(Document document, Mention mention)
    {
        var tokens = document.Tokens;
        var first = TokenSearch.FirstEndingAfter(tokens, mention.Span.Start);
        var end = TokenSearch.FirstEndingAfter(tokens, mention.Span.End - 1) + 1;
        // The title is in the mention ("Lord Falconer" as the tagger read it) or right before it.
        var honorific = mention.Text.Contains(' ') ? tokens[first].Text : first > 0 ? tokens[first - 1].Text : "";
        if (honorific is not ("Lord" or "Baroness") || NameWords(mention.Text) is not [var name] || name.EndsWith("'s", StringComparison.Ordinal))
        {
            return null;
        }
        var seatEnd = Words.PeerageSeatEnd(tokens, end, document.SentenceAt(mention.Span.Start)?.EndToken ?? end);
        return [honorific, name, .. Enumerable.Range(end, seatEnd - end).Select(k => tokens[k].Text)];
    }

    private static bool EndsWith(string[] full, string[] part) =>
        part.Length > 0 && part.Length < full.Length && full.AsSpan(full.Length - part.Length).SequenceEqual(part);

    private static bool StartsWith(string[] full, string[] part) =>
        part.Length == 1 && full.Length > 1 && full[0] == part[0] && IsEastAsianOrder(full);

    // "Kim" for "Kim Jong Un": family name first. Only trusted when the full name has three parts.
    private static bool IsEastAsianOrder(string[] full) => full.Length == 3;

    /// <summary>The treaty an article names by a capitalized name within two sentences after describing one in lower case.</summary>
    private static Mention? NamedRightAfter(Document document, Mention described)
    {
        if (described.Origin != CueRecognizer.DescribedTreaty || !char.IsLower(described.Text[0])
            || document.SentenceAt(described.Span.Start) is not { } sentence)
        {
            return null;
        }
        var last = document.Sentences[Math.Min(sentence.Index + 2, document.Sentences.Count - 1)].Span.End;
        return document.Mentions.FirstOrDefault(m => m.Type == "Treaty" && m.Kind == MentionKind.Name && m.Span.Start > described.Span.End
            && m.Span.Start < last && char.IsUpper(m.Text[0]) && m.Text.Contains(' ', StringComparison.Ordinal));
    }

    private static string StripArticle(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
}
