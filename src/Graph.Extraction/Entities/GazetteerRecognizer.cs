using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Extraction.Entities.Statistical;

namespace Graph.Extraction.Entities;

/// <summary>
/// Finds the longest gazetteer phrase at each token: names, aliases, demonyms and metonyms of known
/// countries, organizations, people and places. When a phrase names both a place and, as a
/// metonym, a country ("Pyongyang"), the words before it decide: after a locative preposition it
/// is the place ("landed in Pyongyang"), otherwise the government ("Pyongyang is providing...").
/// </summary>
public sealed class GazetteerRecognizer(EntityLexicon lexicon) : IPipelineComponent
{
    public const string Origin = "gazetteer";

    /// <summary>The origin of a name that means the listed entity only in an article about its country.</summary>
    public const string HomeOrigin = "gazetteer:home";

    /// <summary>Adjectives of regions, which the tagger may take, with the words before them, for a body.</summary>
    private static readonly HashSet<string> RegionalAdjectives = new(StringComparer.Ordinal)
    {
        "Asian", "African", "European", "American", "Nordic", "Baltic", "Caribbean", "Mediterranean", "Scandinavian",
        "Balkan", "Caucasian", "Andean", "Amazonian", "Arabian", "Arctic", "Sahelian", "Gulf",
    };

    private static readonly HashSet<string> Locative = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "to", "at", "from", "into", "near", "toward", "towards", "outside", "across", "around", "via",
        "inside", "through", "visit", "visited", "visiting", "visits", "reached", "left", "leaving", "leave", "of",
    };

    public string Name => "gazetteer-entities";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Tokens, Annotation.Sentences];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Mentions];

    public void Process(Document document)
    {
        var tokens = document.Tokens;
        TrimPersonSpans(document);
        var index = new MentionIndex(document);
        List<(Sentence Sentence, int Start, int Length, IReadOnlyList<LexiconHit> Hits)>? sharedForms = null;
        foreach (var sentence in document.Sentences)
        {
            var i = sentence.FirstToken;
            var governmentEnd = -1;
            while (i < sentence.EndToken)
            {
                if (!char.IsUpper(tokens[i].Text[0]))
                {
                    i++;
                    continue;
                }
                var (length, hits) = lexicon.Names.LongestMatch(tokens, i, sentence.EndToken);
                if (length == 0)
                {
                    if (lexicon.SharedNames.LongestMatch(tokens, i, sentence.EndToken) is { Length: > 0 } shared)
                    {
                        (sharedForms ??= []).Add((sentence, i, shared.Length, shared.Values));
                    }
                    (length, hits) = lexicon.HomeNames.LongestMatch(tokens, i, sentence.EndToken);
                    // A bare word means the body at home only standing alone: "the Georgian Parliament", "Times Square" and
                    // "the East Anglian Daily Times" name something else.
                    if (length == 0 || i > sentence.FirstToken && Words.IsCapitalizedWord(tokens[i - 1].Text) && tokens[i - 1].Text != "The"
                        || i + length < sentence.EndToken && Words.IsCapitalizedWord(tokens[i + length].Text))
                    {
                        i++;
                        continue;
                    }
                }
                // "accused Washington and Brussels": a capital joined to a government is one too.
                var joinedToGovernment = i >= 2 && governmentEnd == i - 1 && tokens[i - 1].Text is "and" or ",";
                // "expressing \"total solidarity\" with Bamako": the word before the preposition, past a closing quote.
                var beforePrevious = i - 2 >= sentence.FirstToken && tokens[i - 2].Text is "\"" or "'" ? i - 3 : i - 2;
                var hit = Choose(hits, i > sentence.FirstToken ? tokens[i - 1].Text : null,
                    i + length < sentence.EndToken ? tokens[i + length].Text : null,
                    beforePrevious >= sentence.FirstToken ? tokens[beforePrevious].Text : null, joinedToGovernment);
                if (hit.Form == FormKind.Metonym && !GovernmentsJoinedBefore(document, index, sentence, i)
                    && hits.FirstOrDefault(h => h.Entry.Type == "Location" && h.Form is FormKind.Name or FormKind.Alias) is { } city)
                {
                    hit = city;
                }
                if (hit.Form == FormKind.Metonym)
                {
                    governmentEnd = i + length;
                }
                var span = new Span(tokens[i].Start, tokens[i + length - 1].End);
                var kind = hit.Form switch
                {
                    FormKind.Name => MentionKind.Name,
                    FormKind.Demonym => MentionKind.Demonym,
                    _ => MentionKind.Alias,
                };
                var text = document.TextOf(span);
                var found = new Mention(span, text, hit.Entry.Type, kind, hit.Form == FormKind.HomeAlias ? HomeOrigin : Origin)
                {
                    Known = EntityLexicon.RefOf(hit.Entry),
                    CanonicalName = hit.Entry.Name,
                    // "Emperor Naruhito", "King Charles III": a listed name that opens with the person's listed title states it.
                    Title = hit.Entry.Type == "Person" && hit.Entry.Properties.GetValueOrDefault("title") is { } title
                        && text.StartsWith(title + " ", StringComparison.Ordinal) ? title : null,
                };
                var restart = Merge(document, index, i, i + length, found);
                i = restart ?? i + length;
            }
        }
        if (sharedForms is not null)
        {
            SharedForms(document, index, sharedForms);
        }
    }

    /// <summary>
    /// "the Congolese government" in a report that names the Democratic Republic of the Congo and not the other Congo: a
    /// form several listed entities share means the one the article names by another form, once the whole article is read.
    /// </summary>
    private static void SharedForms(Document document, MentionIndex index, List<(Sentence Sentence, int Start, int Length, IReadOnlyList<LexiconHit> Hits)> forms)
    {
        var tokens = document.Tokens;
        var named = document.Mentions.Where(m => m.Known is not null).Select(m => m.Known!.EntityId).ToHashSet(StringComparer.Ordinal);
        var added = false;
        foreach (var (sentence, i, length, hits) in forms)
        {
            // "the Korean War", "Korean Air": the start of another name.
            if (index.At(i) is { Known: not null } || !index.IsWithin(i, i + length)
                || i + length < sentence.EndToken && Words.IsCapitalizedWord(tokens[i + length].Text))
            {
                continue;
            }
            var meant = hits.Where(h => named.Contains(h.Entry.Id)).Select(h => h.Entry).Distinct().ToList();
            if (meant.Count != 1)
            {
                continue;
            }
            var hit = hits.First(h => h.Entry == meant[0]);
            var span = new Span(tokens[i].Start, tokens[i + length - 1].End);
            index.Replace(i, i + length, new Mention(span, document.TextOf(span), hit.Entry.Type, hit.Form == FormKind.Demonym ? MentionKind.Demonym : MentionKind.Alias, Origin)
            {
                Known = EntityLexicon.RefOf(hit.Entry),
                CanonicalName = hit.Entry.Name,
            });
            added = true;
        }
        if (added)
        {
            document.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    /// <summary>
    /// Reconciles a gazetteer match with what earlier recognizers found on the same tokens: free
    /// tokens take the match; a mention of the same span and a compatible type gains the known
    /// identity; mentions wholly inside the match give way to it; anything else keeps its reading.
    /// </summary>
    private static readonly HashSet<string> PostNominals = new(StringComparer.Ordinal) { "MP", "MPs", "MEP", "MSP", "AM", "QC", "KC" };

    /// <summary>Styles of peers, whose titles are often places: "Baroness Scotland" is a person.</summary>
    private static readonly HashSet<string> PeerStyles = new(StringComparer.Ordinal) { "Lord", "Baroness" };

    /// <summary>
    /// The model sometimes takes a party, country or title in front of a name into the name
    /// ("Tory Liam Fox", "Labour MP Diane Abbott", "Andrew Tyrie MP"), or reads the whole phrase as
    /// an organization or place ("Trade Secretary Patricia Hewitt"). Such a span is cut back to the
    /// person, and listed words at its edges are cut off, so the gazetteer and the title rules read
    /// them for what they are.
    /// </summary>
    private void TrimPersonSpans(Document document)
    {
        var tokens = document.Tokens;
        for (var m = 0; m < document.Mentions.Count; m++)
        {
            var mention = document.Mentions[m];
            if (mention.Origin != Statistical.StatisticalEntityRecognizer.Origin)
            {
                continue;
            }
            var first = TokenSearch.FirstEndingAfter(tokens, mention.Span.Start);
            var end = first;
            while (end < tokens.Count && tokens[end].Start < mention.Span.End)
            {
                end++;
            }
            // "al-Warfalli; Editing by ...": no name runs over a semicolon.
            var semicolon = first;
            while (semicolon < end && tokens[semicolon].Text != ";")
            {
                semicolon++;
            }
            if (semicolon < end)
            {
                if (semicolon == first)
                {
                    document.Mentions.RemoveAt(m--);
                    continue;
                }
                end = semicolon;
                var kept = new Span(tokens[first].Start, tokens[end - 1].End);
                document.Mentions[m] = mention = new Mention(kept, document.TextOf(kept), mention.Type, mention.Kind, mention.Origin);
            }
            // "Lord Chancellor", "Foreign Secretary" read as a body or place: an office alone names no one; nor does the
            // start of one ("[Crown] Princess Mary").
            var office = lexicon.Titles.LongestMatch(tokens, first, Math.Min(tokens.Count, Math.Max(end, first + MaxTitleWords))).Length;
            // "the Archbishop of Westminster", "Governor of the Bank of England": an office of a place or body is no body.
            var officeOf = office > 0 && mention.Type == "Organization" && first + office < end - 1 && tokens[first + office].Text == "of";
            // "Central Asian states", "Southeast Asian nations", "Nordic and Baltic leaders": a regional adjective before a
            // common noun, read as a body, names none.
            if (mention is { Type: "Organization", Known: null } && end < tokens.Count && tokens[end].Text is [var next, ..] && char.IsLower(next)
                && RegionalAdjectives.Contains(tokens[end - 1].Text))
            {
                document.Mentions.RemoveAt(m--);
                continue;
            }
            // "the Cardinal said": a title alone, read as a body, names no one ("the Cardinals" are a team).
            var loneOffice = office == 1 && end - first == 1 && mention.Type == "Organization" && first > 0 && tokens[first - 1].Text is "the" or "The"
                && !tokens[first].Text.EndsWith('s');
            if (IsNoName(tokens, first, end) || officeOf || loneOffice || office > end - first || end - first > 1 && office == end - first || JoinsListedNames(tokens, first, end)
                || IsSentenceCapital(document, first, end) || IsProgramme(mention, tokens, end))
            {
                document.Mentions.RemoveAt(m--);
                continue;
            }
            // "From Astana, Morioka will fly": a listed place's one word after a locative word, read as a person, is the
            // place, unless a listed person has that name.
            var placeStart = Locative.Contains(tokens[first].Text) ? first + 1 : first;
            if (mention.Type == "Person" && end - placeStart == 1 && (placeStart > first || first > 0 && Locative.Contains(tokens[first - 1].Text))
                && lexicon.Names.LongestMatch(tokens, placeStart, end) is { Length: 1 } place
                && place.Values.Any(h => h.Entry.Type is "Location" or "Country") && !place.Values.Any(h => h.Entry.Type == "Person"))
            {
                document.Mentions.RemoveAt(m--);
                continue;
            }
            if (SplitAtAnd(document, mention, first, end) is { } parts)
            {
                // Go over the first name again as a span of its own; the second comes next.
                document.Mentions[m] = parts.Left;
                document.Mentions.Insert(m + 1, parts.Right);
                m--;
                continue;
            }
            // "Chief Secretary to the [Treasury Paul Boateng]", "New [Zealander Graham Henry]": an office or a listed name
            // begun before the span runs into it. What follows is the person, if it reads as a full name; otherwise the
            // span is the office's tail ("Minister for Defence [Procurement]") and names no one.
            if (RunsInto(tokens, first, end) is { } nameStart)
            {
                if (end - nameStart < 2 || !IsPlainName(tokens, nameStart, end))
                {
                    document.Mentions.RemoveAt(m--);
                    continue;
                }
                var named = new Span(tokens[nameStart].Start, tokens[end - 1].End);
                document.Mentions[m] = new Mention(named, document.TextOf(named), "Person", MentionKind.Name, mention.Origin);
                continue;
            }
            if (mention.Type != "Person")
            {
                // "Labour MPs", "Bolton West MP", "Ben Emmerson QC", "BBC Mr": the words before a post-nominal or honorific
                // are a party or country the gazetteer reads, a constituency, or (before QC) the person.
                string? cut = null;
                while (end - 1 > first && (PostNominals.Contains(tokens[end - 1].Text) || Words.Honorifics.Contains(tokens[end - 1].Text)))
                {
                    cut ??= tokens[end - 1].Text;
                    end--;
                }
                if (cut is not null)
                {
                    if (lexicon.Names.LongestMatch(tokens, first, end).Length == end - first)
                    {
                        document.Mentions.RemoveAt(m--);
                        continue;
                    }
                    var type = cut is "QC" or "KC" ? "Person" : PostNominals.Contains(cut) ? "Location" : mention.Type;
                    var kept = new Span(tokens[first].Start, tokens[end - 1].End);
                    document.Mentions[m] = new Mention(kept, document.TextOf(kept), type, MentionKind.Name, mention.Origin);
                    continue;
                }
                // "Baroness Scotland", "Lord Ashdown": a peer, often styled after a place, read as a body or place.
                if (PeerStyles.Contains(tokens[first].Text) && end - first >= 2 && Words.IsCapitalizedWord(tokens[first + 1].Text)
                    && tokens[first + 1].Text is not ("Of" or "The" or "And") && lexicon.Titles.LongestMatch(tokens, first, end).Length == 0)
                {
                    document.Mentions[m] = new Mention(mention.Span, mention.Text, "Person", MentionKind.Name, mention.Origin);
                    continue;
                }
                if (NameAfterTitle(tokens, first, end) is not (>= 0 and var name))
                {
                    continue;
                }
                first = name;
                // "MEP Robert" read as a body stopped before the surname ("Kilroy-Silk"): the name runs on over it.
                while (end < tokens.Count && end - first < 3 && Words.IsCapitalizedWord(tokens[end].Text) && IsPlainName(tokens, end, end + 1)
                    && !document.Mentions.Exists(other => other.Span.Overlaps(tokens[end].Span)))
                {
                    end++;
                }
            }
            var start = first;
            var onlyDemonyms = true;
            while (start < end - 1)
            {
                var listed = lexicon.Names.LongestMatch(tokens, start, end - 1);
                var isListed = listed.Values.Any(h => h.Entry.Type != "Person");
                onlyDemonyms &= isListed && listed.Values.All(h => h.Form == FormKind.Demonym);
                var length = isListed
                    ? listed.Length
                    : lexicon.Titles.LongestMatch(tokens, start, end - 1).Length;
                if (length == 0 && !PostNominals.Contains(tokens[start].Text) && !Words.NotNames.Contains(tokens[start].Text))
                {
                    break;
                }
                start += Math.Max(1, length);
            }
            while (end - 1 > start && (PostNominals.Contains(tokens[end - 1].Text)
                || lexicon.Names.LongestMatch(tokens, end - 1, end).Values.Any(h => h.Entry.Type != "Person")))
            {
                end--;
            }
            // "From Tuesday" loses "From" and leaves a word that names nothing alone.
            if (IsNoName(tokens, start, end))
            {
                document.Mentions.RemoveAt(m--);
                continue;
            }
            if (mention.Type == "Person" && start == first && end == TokenSearch.FirstEndingAfter(tokens, mention.Span.End - 1) + 1)
            {
                continue;
            }
            if (mention.Type == "Person" && end - start == 1 && start > first && (onlyDemonyms || Words.OrganizationHeads.Contains(tokens[start].Text)))
            {
                // "Scottish Parliament", "Scottish Water" read as a person: a place's body, not a person named "Water".
                document.Mentions[m] = new Mention(mention.Span, mention.Text, "Organization", MentionKind.Name, mention.Origin);
                continue;
            }
            var span = new Span(tokens[start].Start, tokens[end - 1].End);
            document.Mentions[m] = new Mention(span, document.TextOf(span), "Person", MentionKind.Name, mention.Origin);
        }
    }

    /// <summary>
    /// "[Home Office and Labour]", "[Home Office and Labour in London]": a model span that opens with a listed body, country or
    /// place and goes on with "and" or "in" into another is two names, which the gazetteer reads; no listed name has them both.
    /// </summary>
    private bool JoinsListedNames(IReadOnlyList<Token> tokens, int first, int end)
    {
        var head = lexicon.Names.LongestMatch(tokens, first, end);
        var joint = first + head.Length;
        return head.Length > 0 && joint + 1 < end && tokens[joint].Text is "and" or "in"
            && head.Values.Any(h => h.Entry.Type != "Person")
            && lexicon.Names.LongestMatch(tokens, joint + 1, end).Values.Any(h => h.Entry.Type != "Person");
    }

    /// <summary>
    /// "[Nokia and Microsoft]", "[Manchester United and Arsenal]": a model span of capitalized words joined by one "and" is two
    /// names when the article writes each alone elsewhere, or a list has it, and no list has the whole ("Trinidad and
    /// Tobago"). Each part takes the type it has alone. "Angels and Demons", written only whole, stays one.
    /// </summary>
    private (Mention Left, Mention Right)? SplitAtAnd(Document document, Mention mention, int first, int end)
    {
        var tokens = document.Tokens;
        var joint = -1;
        for (var k = first; k < end; k++)
        {
            if (tokens[k].Text == "and" && joint < 0 && k > first && k < end - 1)
            {
                joint = k;
            }
            else if (!Words.IsCapitalizedWord(tokens[k].Text))
            {
                return null;
            }
        }
        if (joint < 0 || lexicon.Names.LongestMatch(tokens, first, end).Length == end - first)
        {
            return null;
        }
        var left = Alone(document, mention, first, joint);
        var right = Alone(document, mention, joint + 1, end);
        return left is null || right is null ? null : (left, right);
    }

    /// <summary>The words [first, end) as a mention of the type the article or a list gives them alone, or null when neither does.</summary>
    private Mention? Alone(Document document, Mention joined, int first, int end)
    {
        var span = new Span(document.Tokens[first].Start, document.Tokens[end - 1].End);
        var text = document.TextOf(span);
        var listed = lexicon.Names.LongestMatch(document.Tokens, first, end);
        var type = listed.Length == end - first
            ? listed.Values[0].Entry.Type
            : document.Mentions.Find(o => !ReferenceEquals(o, joined) && (o.Text == text || o.Type == "Person" && o.Text.EndsWith(" " + text, StringComparison.Ordinal)))?.Type;
        return type is null ? null : new Mention(span, text, type, MentionKind.Name, joined.Origin);
    }

    /// <summary>
    /// "Road safety head Andrew Howard said": a lone capitalized word that opens its sentence before a lower-case one is
    /// the sentence's capital, not a name, when the article writes the word in lower case elsewhere and no list has it
    /// as a name of its own.
    /// </summary>
    private bool IsSentenceCapital(Document document, int first, int end)
    {
        var tokens = document.Tokens;
        if (end - first != 1 || end >= tokens.Count || !IsLowerCaseWord(tokens[end].Text)
            || document.SentenceAt(tokens[first].Start) is not { } sentence || sentence.FirstToken != first
            || lexicon.Names.LongestMatch(tokens, first, end).Length == 1)
        {
            return false;
        }
        var lower = tokens[first].Text.ToLowerInvariant();
        foreach (var token in tokens)
        {
            if (string.Equals(token.Text, lower, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsLowerCaseWord(string token) => token.Length > 0 && char.IsLower(token[0]);

    /// <summary>Words after a name that make it a broadcast's: "BBC Two's Newsnight programme".</summary>
    private static readonly HashSet<string> ProgrammeNouns = new(StringComparer.Ordinal) { "programme", "programmes", "documentary", "bulletin" };

    /// <summary>
    /// "BBC Two's Newsnight programme", "BBC Radio 4's Woman's Hour": the name of a programme, which the schema has no
    /// type for, read as a place or a body: before "programme" or "documentary", or right after a listed news
    /// organization's possessive. A person's name stays ("the Jonathan Dimbleby programme"), as do a
    /// listed name and an acronym, usually the broadcaster's ("a BBC documentary"). Not "show" or "series": "a West End show", "the Psion series".
    /// </summary>
    private bool IsProgramme(Mention mention, IReadOnlyList<Token> tokens, int end)
    {
        var first = TokenSearch.FirstEndingAfter(tokens, mention.Span.Start);
        return mention.Type is "Location" or "Organization" && lexicon.Names.LongestMatch(tokens, first, end).Length == 0
            && (end < tokens.Count && ProgrammeNouns.Contains(tokens[end].Text) && mention.Text.Any(char.IsLower)
                || AfterBroadcasterPossessive(tokens, first));
    }

    /// <summary>"BBC Radio 4's [Woman's Hour]", "BBC Two's [Newsnight]": the name right after a listed news organization's "'s".</summary>
    private bool AfterBroadcasterPossessive(IReadOnlyList<Token> tokens, int first)
    {
        const int MaxNameTokens = 4;
        if (first < 2 || tokens[first - 1].Text != "'s")
        {
            return false;
        }
        for (var start = Math.Max(0, first - 1 - MaxNameTokens); start < first - 1; start++)
        {
            var (length, hits) = lexicon.Names.LongestMatch(tokens, start, first - 1);
            if (start + length == first - 1 && hits.Any(h => h.Entry.Properties.GetValueOrDefault("kind") == "news-agency"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Capitalized words the model sometimes reads as a name on their own that never are one.</summary>
    private static readonly HashSet<string> NeverNamesAlone = new(
        [
            "Cabinet", "Budget", "Election", "Government", "Office", "House", "Radio", "Muslim", "Muslims", "Christian", "Christians",
            "Jewish", "Hindu", "Hindus", "Buddhist", "Buddhists", "Sikh", "Sikhs", "Sunni", "Shia", "Shiite", "Catholic", "Catholics",
            "Minister", "Ministers", "Secretary", "Chancellor", "Born", "MPs", "MSPs", "MSP", "MEPs", "AMs", "Houses",
            "Christmas", "Easter", "Already", .. Words.Weekdays,
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// A one-word model span that is an honorific, a post-nominal or a word that alone names nothing. (Titles in
    /// general are not refused: "King" and "Major" are surnames too.)
    /// </summary>
    private static bool IsNoName(IReadOnlyList<Token> tokens, int first, int end)
    {
        if (end - first != 1)
        {
            return false;
        }
        var word = tokens[first].Text;
        return NeverNamesAlone.Contains(word) || PostNominals.Contains(word) || Words.Honorifics.Contains(word);
    }

    /// <summary>
    /// Where a title, or a country, party or demonym, that begins before tokens [first, end) ends inside them (or at
    /// their end), if one does. Other bodies begun before the span may be part of a longer name ("the [Commonwealth Games]").
    /// </summary>
    private int? RunsInto(IReadOnlyList<Token> tokens, int first, int end)
    {
        // Only a capitalized word or a title's joining word can be the last of those before the span; most spans follow
        // neither, and the lookups below are the stage's cost.
        if (first == 0 || !Words.IsCapitalizedWord(tokens[first - 1].Text) && tokens[first - 1].Text is not ("the" or "to" or "of" or "for" or "and"))
        {
            return null;
        }
        for (var k = Math.Max(0, first - MaxTitleWords); k < first; k++)
        {
            // An office may cover the whole span ("Princess [Consort]"); a listed name only runs into it.
            var title = lexicon.Titles.LongestMatch(tokens, k, end).Length;
            var listed = lexicon.Names.LongestMatch(tokens, k, end - 1);
            var length = Math.Max(title,
                listed.Values.Any(h => h.Form == FormKind.Demonym || h.Entry.Type == "Country" || h.Entry.Properties.GetValueOrDefault("kind") == "party") ? listed.Length : 0);
            if (k + length > first)
            {
                return k + length;
            }
        }
        return null;
    }

    private const int MaxTitleWords = 6;

    /// <summary>
    /// The first token of a capitalized name after a title, honorific, party or country inside
    /// tokens [first, end) ("Trade Secretary Patricia Hewitt", "Dr Brian Gibbons"), or -1.
    /// </summary>
    private int NameAfterTitle(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var k = first; k < end - 1; k++)
        {
            var title = lexicon.Titles.LongestMatch(tokens, k, end - 1).Length;
            if (title == 0 && (PostNominals.Contains(tokens[k].Text) || Words.Honorifics.Contains(tokens[k].Text)))
            {
                title = 1;
            }
            if (title == 0 && lexicon.Names.LongestMatch(tokens, k, end - 2) is { Length: > 0 } listed
                && listed.Values.Any(h => h.Entry.Type is "Organization" or "Country") && end - (k + listed.Length) is 2 or 3)
            {
                // "Liberal Democrat Paul Tyler": a listed party or country before a full name.
                title = listed.Length;
            }
            if (title > 0 && k + title < end && IsPlainName(tokens, k + title, end))
            {
                return k + title;
            }
        }
        return -1;
    }

    // Capitalized nouns that follow a title word inside names of bodies and people ("Transport and
    // General Workers", "Queen Mother") without being a name.
    private static readonly HashSet<string> TitledNouns = new(StringComparer.Ordinal) { "Mother", "Workers", "Members", "Affairs" };

    // "Deputy Prime Minister", "Minister of Finance": capitalized words that are still the office, not a name.
    private bool IsPlainName(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            var word = tokens[i].Text;
            if (!Words.IsCapitalizedWord(word) && (i == from || !Words.NameParticles.Contains(word)) || lexicon.Titles.LongestMatch(tokens, i, end).Length > 0
                || Words.OrganizationHeads.Contains(word) || Words.PlaceHeads.Contains(word) || Words.NotNames.Contains(word) || TitledNouns.Contains(word)
                || lexicon.Names.LongestMatch(tokens, i, i + 1).Values.Any(h => h.Entry.Type != "Person"))
            {
                return false;
            }
        }
        return true;
    }

    /// <remarks>
    /// A listed person inside a longer model span ("UK Chancellor Rachel Reeves" read as one place)
    /// shows the span is a title phrase: the model's reading is dropped and scanning restarts where
    /// it began, so the words before the name ("UK") are read again. Returns that restart token.
    /// </remarks>
    private static int? Merge(Document document, MentionIndex index, int from, int to, Mention found)
    {
        if (index.IsFree(from, to))
        {
            index.Add(found);
            return null;
        }
        var existing = index.At(from) ?? index.At(to - 1);
        if (existing is not null && existing.Span == found.Span)
        {
            // A listed party, country or treaty is what the list says, whatever the context made the model think: "UK" after
            // "UK Independence Party" is still the country, "Labour" at a sentence start still the party, "Magna Carta" no person.
            var listedBody = existing.Origin == StatisticalEntityRecognizer.Origin && found.Type is "Organization" or "Country" or "Treaty"
                && found.Kind is MentionKind.Name or MentionKind.Alias;
            // A demonym alone is an adjective whatever type the tagger gave it: "Welsh" in "Welsh First Minister".
            var demonym = found.Kind == MentionKind.Demonym && (existing.Type == "Location" || existing.Origin == StatisticalEntityRecognizer.Origin);
            // A listed person's full name is the person though context made the tagger read a place: "hit out at Olaf Scholz".
            var listedPerson = existing.Origin == StatisticalEntityRecognizer.Origin && found is { Type: "Person", Kind: MentionKind.Name } && to - from >= 2;
            if (Compatible(existing.Type, found.Type) || listedBody || demonym || listedPerson)
            {
                index.Replace(from, to, found);
            }
            return null;
        }
        if (index.IsWithin(from, to))
        {
            index.Replace(from, to, found);
            return null;
        }
        if (found.Type == "Person" && existing is { Origin: "model" } && existing.Span.Contains(found.Span))
        {
            var start = TokenSearch.FirstEndingAfter(document.Tokens, existing.Span.Start);
            index.Remove(existing);
            index.Add(found);
            return start < from ? start : null;
        }
        return null;
    }

    private static bool Compatible(string a, string b) =>
        a == b || a is "Country" or "Location" && b is "Country" or "Location";

    /// <summary>Words after a capital that show it acts as a government: "Moscow said", "Seoul's response".</summary>
    private static readonly HashSet<string> Acting = new(StringComparer.OrdinalIgnoreCase)
    {
        "'s", "said", "says", "has", "have", "had", "is", "was", "will", "would", "wants", "wanted", "accused", "accuses",
        "denied", "denies", "announced", "announces", "insisted", "insists", "rejected", "rejects", "warned", "warns",
        "responded", "condemned", "condemns", "criticised", "criticized", "backed", "backs", "supports", "supported",
        "provided", "provides", "sent", "sends", "imposed", "imposes", "agreed", "agrees", "refused", "refuses",
        "claimed", "claims", "signed", "signs", "hopes", "hoped", "believes", "fears", "threatened", "threatens",
        "welcomed", "welcomes", "hosted", "hosts", "slapped", "slaps", "sanctioned", "blacklisted", "summoned", "summons", "expelled",
        "expels", "recalled", "vowed", "vows", "pledged", "pledges", "demanded", "demands", "urged", "urges", "protested", "retaliated",
        "vetoed", "ratified", "froze", "ordered", "valued", "values", "praised", "praises", "hailed", "hails", "thanked", "thanks",
        "dismissed", "dismisses", "denounced", "denounces", "opposed", "opposes", "objected", "objects", "complained", "complains",
        "called", "calls", "urged", "considers", "considered", "regards", "regarded", "maintains", "maintained", "argued", "argues",
    };

    /// <summary>What one government gives, imposes on or keeps with another: "backing for Pyongyang", "ties with Moscow".</summary>
    private static readonly HashSet<string> DealtWith = new(StringComparer.OrdinalIgnoreCase)
    {
        "support", "backing", "aid", "sanctions", "pressure", "ties", "relations", "talks", "war", "hostility", "protest",
        "solidarity", "arms", "weapons", "weaponry", "munitions", "ammunition", "missiles", "assistance",
    };

    /// <summary>What a government does, with it named after "by": "imposed by Washington", "backed by Moscow".</summary>
    private static readonly HashSet<string> DoneBy = new(StringComparer.OrdinalIgnoreCase)
    {
        "imposed", "introduced", "announced", "levied", "backed", "supported", "condemned", "criticised", "criticized", "accused",
        "sanctioned", "rejected", "recognised", "recognized", "proposed", "brokered", "mediated", "funded", "armed", "supplied",
    };

    /// <summary>What one government does to another, named right after: "accused Washington", "thanked Moscow".</summary>
    private static readonly HashSet<string> DoneTo = new(StringComparer.OrdinalIgnoreCase)
    {
        "accused", "accuses", "accusing", "accuse", "condemned", "condemns", "condemning", "criticised", "criticized",
        "criticising", "criticizing", "blamed", "blames", "blaming", "urged", "urges", "urging", "thanked", "thanks", "thanking",
        "praised", "praises", "praising", "sanctioned", "rebuked", "denounced", "warned", "warns", "warning", "pressed",
        "pressing", "lobbied", "supported", "supporting", "recognised", "recognized",
    };

    private static LexiconHit Choose(IReadOnlyList<LexiconHit> hits, string? previous, string? next, string? beforePrevious, bool joinedToGovernment)
    {
        if (hits.Count == 1)
        {
            return hits[0];
        }
        var place = hits.FirstOrDefault(h => h.Entry.Type == "Location" && h.Form is FormKind.Name or FormKind.Alias);
        var metonym = hits.FirstOrDefault(h => h.Form == FormKind.Metonym);
        if (place is not null && metonym is not null)
        {
            // A capital is the city unless the words around it make it act or be dealt with: "in Hanoi" and "a Paris
            // court" are places, "Pyongyang is providing", "Moscow's war" and "backing for Pyongyang" are governments.
            var acting = next is not null && Acting.Contains(next) && !(previous is not null && Locative.Contains(previous))
                || previous is "for" or "against" or "with" or "on" or "to" or "between" && beforePrevious is not null
                    && (DealtWith.Contains(beforePrevious) || Words.StrongTreatyHeads.Contains(beforePrevious) || Words.WeakTreatyHeads.Contains(beforePrevious))
                || previous is not null && DoneTo.Contains(previous) || joinedToGovernment
                // "sanctions imposed by Washington", "a plan backed by Moscow": the government as the agent of its acts.
                || previous == "by" && beforePrevious is not null && DoneBy.Contains(beforePrevious);
            return acting ? metonym : place;
        }
        return hits.OrderBy(h => h.Form).ThenBy(h => TypeRank(h.Entry.Type)).First();
    }

    /// <summary>
    /// "Moscow and Beijing condemned the move": capitals listed before one that acts are governments too; false where the
    /// list stands after a place's preposition ("officials from Paris and Berlin said"), and all of it, the last too, are cities.
    /// </summary>
    private bool GovernmentsJoinedBefore(Document document, MentionIndex index, Sentence sentence, int governed)
    {
        var tokens = document.Tokens;
        var joined = new List<(Mention Place, LexiconHit Government)>();
        for (var k = governed - 1; k - 1 >= sentence.FirstToken && tokens[k].Text is "and" or ",";)
        {
            if (index.At(k - 1) is not { Type: "Location", Known: not null } place)
            {
                break;
            }
            var first = TokenSearch.FirstEndingAfter(tokens, place.Span.Start);
            var (length, hits) = lexicon.Names.LongestMatch(tokens, first, sentence.EndToken);
            if (tokens[first + length - 1].End != place.Span.End || hits.FirstOrDefault(h => h.Form == FormKind.Metonym) is not { } government)
            {
                break;
            }
            joined.Add((place, government));
            k = first - 1;
            if (k >= sentence.FirstToken && Locative.Contains(tokens[k].Text))
            {
                return false;
            }
        }
        foreach (var (place, government) in joined)
        {
            place.Type = government.Entry.Type;
            place.Kind = MentionKind.Alias;
            place.Known = EntityLexicon.RefOf(government.Entry);
            place.CanonicalName = government.Entry.Name;
        }
        return true;
    }

    private static int TypeRank(string type) => type switch
    {
        "Country" => 0,
        "Organization" => 1,
        "Person" => 2,
        "Location" => 3,
        _ => 4,
    };
}
