using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Extraction.Text;

namespace Graph.Extraction.Entities;

/// <summary>The people cues: titles, honorifics, portfolios, roles after a name, and parties before one.</summary>
public sealed partial class CueRecognizer
{
    private sealed partial class SentenceScan
    {
        /// <summary>
        /// "(Reporting by Kim Hyun-soo in Seoul; ...)", "Associated Press writers Elena Munteanu in Chisinau, Moldova,
        /// contributed": a name of two words or more the tagger took for a place or a body, where a credit line lists
        /// its journalists, is a journalist.
        /// </summary>
        public void CreditedPeople()
        {
            if (!CreditLine.Is(_tokens, sentence))
            {
                return;
            }
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                // "Additional reporting by Ayman al-Warfalli in Tripoli and Huseyin Hayatsever in Ankara": a guess running over
                // "in" or "and" joins the credit line's names and places; the names in it are the people.
                if (index.At(i) is { Known: null, Origin: Statistical.StatisticalEntityRecognizer.Origin } joined && FirstOf(joined) == i
                    && Enumerable.Range(i, EndOf(joined) - i).Any(k => T(k) is "in" or "and"))
                {
                    var end = EndOf(joined);
                    index.Remove(joined);
                    for (var k = i; k < end;)
                    {
                        var from = k;
                        while (k < end && T(k) is not ("in" or "and" or "," or ";"))
                        {
                            k++;
                        }
                        if (from == i && index.At(i - 1) is { Type: "Person" } given && EndOf(given) == i)
                        {
                            // "Ayman" found alone before "al-Warfalli in Tripoli ...": the surname is his.
                            RunOn(given, k);
                        }
                        else if (k > from && (from == i ? i == sentence.FirstToken || T(i - 1) != "in" : T(from - 1) != "in"))
                        {
                            index.Add(Create(from, k, "Person", MentionKind.Name, "rule:credit"));
                        }
                        k++;
                    }
                    i = end - 1;
                    continue;
                }
                if (index.At(i) is { Known: null, Origin: Statistical.StatisticalEntityRecognizer.Origin } credit && FirstOf(credit) == i
                    && EndOf(credit) == i + 1 && CreditLine.IsCreditWord(T(i)))
                {
                    index.Remove(credit);
                    continue;
                }
                if (i > sentence.FirstToken && index.At(i) is { Known: null, Type: not "Person", Origin: Statistical.StatisticalEntityRecognizer.Origin } guessed
                    && FirstOf(guessed) == i && EndOf(guessed) - i >= 2 && T(i - 1) is "by" or "and" or "," or ";" or "writer" or "writers")
                {
                    guessed.Type = "Person";
                }
            }
        }

        /// <summary>"al-Warfalli", "el-Sisi": a surname with the article joined by a hyphen.</summary>
        private static bool IsArabicSurname(string word) =>
            word.Length > 4 && (word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal)) && char.IsUpper(word[3]);

        /// <summary>The person's mention run on to <paramref name="end"/>, or back to <paramref name="start"/>, keeping its title and body.</summary>
        private Mention RunOn(Mention person, int end, int? start = null)
        {
            var whole = Create(start ?? FirstOf(person), end, "Person", person.Kind, person.Origin);
            whole.Title = person.Title;
            whole.Affiliation = person.Affiliation;
            index.Replace(start ?? FirstOf(person), end, whole);
            return whole;
        }

        /// <summary>
        /// "King Carl XVI Gustaf", "Pope Leo XIV", "Charles III": a regnal number after a person's name is part of it, with
        /// the name after it that the tagger took, number and all, for a body ("XVI Gustaf"); so is a surname with an
        /// apostrophe or a joined article after a given name ("Sinead O'Connor", "Ayman al-Warfalli"), and a patronymic
        /// after "bin" ("Haitham bin Tarik").
        /// </summary>
        public void NameTails()
        {
            for (var i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
            {
                if (index.At(i - 1) is not { Type: "Person", Known: null } person)
                {
                    continue;
                }
                var word = T(i);
                var end = -1;
                // "Sinead | O'Connor", "Ayman | al-Warfalli": the tagger does not know surnames with an apostrophe or a joined
                // article, so the one after a given name it found is taken here too.
                if (word is [var first, '\'', var third, ..] && char.IsUpper(first) && char.IsUpper(third) || IsArabicSurname(word))
                {
                    end = IsFreeOrLoneGuess(i) ? i + 1 : -1;
                }
                // "Sultan Haitham | bin Tarik": a patronymic joined by "bin" or "ibn" belongs to the name before it.
                else if (word is "bin" or "ibn" or "bint" && Words.IsCapitalizedWord(T(i + 1)))
                {
                    end = IsFreeOrLoneGuess(i + 1) ? i + 2 : -1;
                }
                else if (Words.IsRegnalNumber(word))
                {
                    end = index.At(i) switch
                    {
                        null => i + 1,
                        { Known: null, Type: not "Person" } rest when FirstOf(rest) == i => EndOf(rest),
                        _ => -1,
                    };
                }
                if (end > i && EndOf(person) == i)
                {
                    RunOn(person, end);
                    i = end - 1;
                }
            }
            for (var i = sentence.FirstToken + 2; i < sentence.EndToken; i++)
            {
                if (index.At(i) is { Type: "Person", Known: null } person && FirstOf(person) == i && NameHead(i) is var head && head < i)
                {
                    i = EndOf(RunOn(person, EndOf(person), head)) - 1;
                }
            }
        }

        /// <summary>
        /// Where an Arabic name the tagger found only the end of begins: "Hilal bin | Saif al-Hinai", "Al-Harith Idriss
        /// al-Harith | Mohamed" (the start taken for a body). The given name before "bin" or a joined article is the name's.
        /// </summary>
        private int NameHead(int start)
        {
            var joined = T(start - 1) is "bin" or "ibn" or "bint" ? start - 2 : IsArabicSurname(T(start - 1)) && IsFreeOrLoneGuess(start - 1) ? start - 2 : -1;
            if (joined < sentence.FirstToken)
            {
                return start;
            }
            return index.At(joined) switch
            {
                null when Words.IsCapitalizedWord(T(joined)) && !Words.NotNames.Contains(T(joined)) => joined,
                { Known: null, Type: not "Person" } guess when EndOf(guess) == joined + 1 && char.IsUpper(guess.Text[0]) => FirstOf(guess),
                _ => start,
            };
        }

        /// <summary>"Colonel" taken for a person of its own: a guess of rank words only.</summary>
        private bool IsRankAlone(Mention mention) =>
            mention.Known is null && Enumerable.Range(FirstOf(mention), EndOf(mention) - FirstOf(mention)).All(k => Words.Ranks.Contains(T(k)));

        /// <summary>No mention at the token, or one the tagger guessed of that token alone and not a person.</summary>
        private bool IsFreeOrLoneGuess(int k) =>
            index.At(k) is null || index.At(k) is { Known: null, Type: not "Person" } guess && FirstOf(guess) == k && EndOf(guess) == k + 1;

        /// <summary>Titles and honorifics followed by a name, or a role reference with no name.</summary>
        public void People()
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (index.At(i) is { } taken)
                {
                    // "Lord Nicholls of Birkenhead" as the tagger found it, honorific included.
                    if (Words.PeerageHonorifics.Contains(T(i)) && taken.Type == "Person" && FirstOf(taken) == i)
                    {
                        i = AfterPeerageSeat(EndOf(taken)) - 1;
                    }
                    else if (taken is { Type: "Person", Known: null, Title: null } && FirstOf(taken) == i && i > sentence.FirstToken
                        && Words.GivenNames.Contains(T(i - 1)) && index.At(i - 1) is null)
                    {
                        // "Mary Kayitesi Blewitt" found from its second word: the given name before it belongs to it.
                        index.Replace(i - 1, EndOf(taken), Create(i - 1, EndOf(taken), "Person", MentionKind.Name, taken.Origin));
                    }
                    else if (taken is { Type: "Person", Known: null } && FirstOf(taken) == i && EndOf(taken) == i + 1 && Words.GivenNames.Contains(T(i))
                        && index.At(i + 1) is { Type: "Person", Known: null } rest && FirstOf(rest) == i + 1)
                    {
                        // "Samuel | Okudzeto Ablakwa", tagged as two people: a given name alone before a name starts it.
                        var whole = Create(i, EndOf(rest), "Person", MentionKind.Name, rest.Origin);
                        whole.Title = taken.Title ?? rest.Title;
                        whole.Affiliation = taken.Affiliation ?? rest.Affiliation;
                        index.Replace(i, EndOf(rest), whole);
                        i = EndOf(whole) - 1;
                    }
                    continue;
                }
                // "Lord Chancellor Lord Falconer": a title that begins with an honorific is the title.
                if (Is(i, WordClass.Honorific) && !(Is(i, WordClass.TitleStart) && lexicon.Titles.LongestMatch(_tokens, i, sentence.EndToken).Length > 1))
                {
                    // "Mr Letwin" is a person whatever the tagger thought the surname was.
                    if (index.At(i + 1) is { Known: null, Type: not "Person", Origin: Statistical.StatisticalEntityRecognizer.Origin } guessed
                        && FirstOf(guessed) == i + 1)
                    {
                        guessed.Type = "Person";
                        continue;
                    }
                    var honorific = T(i);
                    var end = index.At(i + 1) is { Type: "Person" } person ? EndOf(person) : NameEnd(i + 1);
                    if (end > i + 1 && index.At(i + 1) is null)
                    {
                        // "Mrs Blair" is not Tony Blair: only a bare or male honorific may name a listed man by surname.
                        var rule = Words.FemaleHonorifics.Contains(T(i)) ? HonorificFemale : Honorific;
                        index.Add(Create(i + 1, end, "Person", MentionKind.Name, rule));
                    }
                    if (end > i + 1)
                    {
                        i = (Words.PeerageHonorifics.Contains(honorific) ? AfterPeerageSeat(end) : end) - 1;
                    }
                    continue;
                }
                var (length, titles) = Is(i, WordClass.TitleStart) ? lexicon.Titles.LongestMatch(_tokens, i, sentence.EndToken) : (0, []);
                // "local government spokesman" speaks on local government, for a party or a council, not for the state.
                if (length > 1 && T(i - 1) is "local" or "Local" or "regional" or "state" or "city" or "county" or "municipal")
                {
                    continue;
                }
                var title = titles.Count > 0 ? titles[0] : ChiefOf(i);
                if (title is null)
                {
                    continue;
                }
                length = Math.Max(length, 1);
                var afterTitle = i + length;
                var affiliation = AffiliationBefore(i);
                // "Labour Minister Ghazi al-Gosaibi" holds a portfolio, and the party the gazetteer found in it is none of his
                // ("Labour minister Frank Field", in lower case, is the party's); "Armed Forces Minister Adam Ingram" is a
                // Defence Minister, whatever a head-word rule made of "Armed Forces".
                if (affiliation is not null && lexicon.Titles.LongestMatch(_tokens, FirstOf(affiliation), sentence.EndToken) is { Length: var longer } match
                    && longer >= afterTitle - FirstOf(affiliation)
                    && (affiliation.Known is null || lexicon.Schema.KindOf(affiliation.Known.EntityId) == "party" && !char.IsLower(T(i)[0])))
                {
                    index.Remove(affiliation);
                    (i, title) = (FirstOf(affiliation), match.Values[0]);
                    afterTitle = i + longer;
                    affiliation = AffiliationBefore(i);
                }
                // "how good a prime minister Gordon Brown will make": nobody holds a head's office as "a" one of them.
                if (title.Relation == "LEADER_OF" && T((affiliation is null ? i : FirstOf(affiliation)) - 1) is "a" or "an" or "A" or "An")
                {
                    i = afterTitle - 1;
                    continue;
                }
                var portfolio = title.Name is "Minister" or "Secretary" or "Spokesman" or "Spokeswoman" or "Spokesperson"
                    ? PortfolioStart(i, title.Name is "Minister" or "Secretary", ref affiliation)
                    // "the EU's foreign policy chief": the words between the body and "chief" say of what.
                    : titles.Count == 0 && affiliation is not null ? EndOf(affiliation) + (T(EndOf(affiliation)) == "'s" ? 1 : 0)
                    : i;
                var titleName = Qualifier(portfolio) + PortfolioName(portfolio, i) + title.Name;
                afterTitle = AfterPortfolio(afterTitle);
                // Words of the title the tagger read as names of their own ("Media" in "Culture, Media and Sport Secretary").
                for (var k = i + 1; k < afterTitle; k++)
                {
                    if (index.At(k) is { Known: null, Origin: Statistical.StatisticalEntityRecognizer.Origin } inner && FirstOf(inner) >= i && EndOf(inner) <= afterTitle)
                    {
                        index.Remove(inner);
                    }
                }
                if (PersonBeforeRole(affiliation is null ? portfolio : Math.Min(portfolio, FirstOf(affiliation)), afterTitle) is { } described)
                {
                    // "Mr Howard, the Tory leader, said", "Barbara Roche, Labour MP for Hornsey, believes": the role describes
                    // the name before it.
                    described.Title ??= titleName;
                    described.Affiliation ??= affiliation;
                    i = afterTitle - 1;
                    continue;
                }
                // "army spokesman Brigadier General Fred Kasozi": a rank between the office and the name holds no office.
                var ranked = afterTitle;
                while (ranked < sentence.EndToken && Words.Ranks.Contains(T(ranked)) && (index.At(ranked) is not { Type: "Person" } || IsRankAlone(index.At(ranked)!)))
                {
                    ranked++;
                }
                if (ranked > afterTitle && !Words.Ranks.Contains(title.Name) && index.At(ranked) is { Type: "Person" } ranking && FirstOf(ranking) == ranked)
                {
                    for (var k = afterTitle; k < ranked; k++)
                    {
                        if (index.At(k) is { } rankMention)
                        {
                            index.Remove(rankMention);
                        }
                    }
                    afterTitle = ranked;
                }
                // "Tory backbenchers including Ray Dunn": a plural title names the people it includes.
                var plural = IsPlural(afterTitle - 1, title.Name);
                var listStart = plural && T(afterTitle) is "including" or "like" ? afterTitle + 1 : afterTitle;
                // "Crown Princess Victoria", "President Lincoln": a listed place's one word right after a title names the person.
                if (!plural && index.At(listStart) is { Type: "Location", Known: not null } place && FirstOf(place) == listStart
                    && EndOf(place) == listStart + 1 && index.At(listStart + 1) is null)
                {
                    index.Remove(place);
                }
                // The name must be in the same sentence: "... to Labour MPs" may end a headline above "Tony Blair has ...".
                if (listStart < sentence.EndToken && index.At(listStart) is { Type: "Person" } named && FirstOf(named) == listStart)
                {
                    named.Title ??= titleName;
                    named.Affiliation ??= affiliation ?? AffiliationAfter(EndOf(named));
                    if (plural)
                    {
                        // "Labour MPs Bob Kerr and Jim Dale": the title covers every name of the list.
                        for (var k = EndOf(named); T(k) is "," or "and" && index.At(T(k + 1) == "and" ? k + 2 : k + 1) is { Type: "Person" } next; k = EndOf(next))
                        {
                            next.Title ??= titleName;
                            next.Affiliation ??= named.Affiliation;
                        }
                    }
                    i = afterTitle - 1;
                    continue;
                }
                var nameEnd = NameEnd(afterTitle);
                // "Minister for Defence Procurement": after an office named with "for", "of" or "to", one more capitalized
                // word may still be the portfolio; a name there is a full one ("Secretary of State Condoleezza Rice").
                if (nameEnd == afterTitle + 1 && Enumerable.Range(i, afterTitle - i).Any(k => T(k) is "for" or "of" or "to"))
                {
                    i = afterTitle - 1;
                    continue;
                }
                if (nameEnd > afterTitle)
                {
                    // "spokesman Ed [Davey]": the tagger found the surname alone; the words before it are the rest of the name.
                    if (index.At(nameEnd) is { Type: "Person", Known: null } surname && FirstOf(surname) == nameEnd)
                    {
                        index.Remove(surname);
                        nameEnd = EndOf(surname);
                    }
                    index.Add(new Mention(Span(afterTitle, nameEnd), Text(afterTitle, nameEnd), "Person", MentionKind.Name, "rule:title")
                    {
                        Title = titleName,
                        Affiliation = affiliation ?? AffiliationAfter(nameEnd),
                    });
                    i = nameEnd - 1;
                }
                else if (affiliation is not null && char.IsLower(T(i)[0]) && T(afterTitle) == ","
                    && index.At(afterTitle + 1) is { Type: "Person", Kind: MentionKind.Name } appositive && FirstOf(appositive) == afterTitle + 1
                    && !(affiliation.Kind == MentionKind.Demonym && !Words.Determiners.Contains(T(FirstOf(affiliation) - 1)) && T(EndOf(appositive)) != ","))
                {
                    // "the Palestinian leader, Mahmoud Abbas": the role names the person after the comma; a headline's
                    // "Dutch king, Lula sign deals" lists two.
                    appositive.Title ??= titleName;
                    appositive.Affiliation ??= affiliation;
                }
                else if (affiliation is null && char.IsLower(T(i)[0]) && T(portfolio - 1) is "its" or "his" or "her" or "their" && index.IsFree(portfolio - 1, portfolio)
                    && T(afterTitle) == "," && index.At(afterTitle + 1) is { Type: "Person", Kind: MentionKind.Name or MentionKind.Alias } owned && FirstOf(owned) == afterTitle + 1)
                {
                    // "Saudi Arabia said its foreign minister, Prince Faisal, ...", "Lula sent his foreign minister, Mauro
                    // Vieira": the office is of the country (or body) the possessive stands for, which resolution finds.
                    var owner = Create(portfolio - 1, portfolio, "Country", MentionKind.Nominal, T(portfolio - 1) is "its" or "their" ? OwnerReference : PossessiveCountry);
                    index.Add(owner);
                    owned.Title ??= titleName;
                    owned.Affiliation ??= owner;
                }
                else if (affiliation is not null && char.IsLower(T(i)[0]) && string.Equals(T(FirstOf(affiliation) - 1), "the", StringComparison.OrdinalIgnoreCase))
                {
                    // "the Russian president": a role reference resolved later to whoever holds it.
                    var from = FirstOf(affiliation) - 1;
                    index.Add(new Mention(Span(from, afterTitle), Text(from, afterTitle), "Person", MentionKind.Nominal, RoleReference)
                    {
                        Title = titleName,
                        Affiliation = affiliation,
                    });
                }
                else if (affiliation is { Type: "Country" } && char.IsLower(T(i)[0]) && T(EndOf(affiliation)) == "'s" && EndOf(affiliation) + 1 == i
                    && (FirstOf(affiliation) == sentence.FirstToken || Dateline.IsDash(T(FirstOf(affiliation) - 1))))
                {
                    // "(AFP) - Japan's foreign minister arrived in ...": a lede's role, whose holder the story names after it.
                    index.Add(new Mention(Span(FirstOf(affiliation), afterTitle), Text(FirstOf(affiliation), afterTitle), "Person", MentionKind.Nominal, RoleReference)
                    {
                        Title = titleName,
                        Affiliation = affiliation,
                    });
                }
                else if (affiliation is null && (char.IsLower(T(i)[0]) || T(afterTitle) is [var next, ..] && char.IsLower(next)) && TheBefore(portfolio, Words.IsUnheldTitle(titleName)) is >= 0 and var from
                    && !(T(afterTitle) is "of" or "for" && (T(afterTitle + 1) is "the" || Words.IsCapitalizedWord(T(afterTitle + 1))))
                    && !(T(from) is "his" or "her" && T(afterTitle - 1).EndsWith('s'))
                    && index.IsFree(from, afterTitle))
                {
                    // "the chancellor": whoever the article has named with that title; "the leader": whoever leads in this
                    // passage; "the shadow chancellor": whoever the article named so; "Mr Hale thanked his chancellor" too,
                    // but not "his leaders".
                    var rule = string.Equals(title.Name, "Leader", StringComparison.OrdinalIgnoreCase) ? LeaderReference : RoleReference;
                    index.Add(new Mention(Span(from, afterTitle), Text(from, afterTitle), "Person", MentionKind.Nominal, rule)
                    {
                        Title = titleName,
                    });
                }
            }
        }

        /// <summary>
        /// Where the portfolio written before a bare "Minister", "Secretary" or "Spokesman" starts, or the title itself without one:
        /// "Culture, Media and Sport" of "Culture, Media and Sport Secretary Tessa Jowell", "Constitutional Affairs" of
        /// "Constitutional Affairs Minister David Lammy", "culture" of "the culture secretary". Words the tagger read as a body
        /// ("Constitutional Affairs", "Sport") are the portfolio, not an affiliation, and their mentions go; a real body
        /// ("Home Office minister") stays the affiliation.
        /// </summary>
        private int PortfolioStart(int title, bool ofGovernment, ref Mention? affiliation)
        {
            // "ministers" are several people, whatever their portfolios.
            if (T(title).EndsWith('s'))
            {
                return title;
            }
            if (char.IsLower(T(title)[0]))
            {
                // In lower case only in a role reference, "the culture secretary", "the shadow home office minister", or
                // after a party's name: "Tory shadow education secretary Tim Collins".
                var j = title - 1;
                while (j >= sentence.FirstToken && title - j <= 3 && T(j).Length > 0 && T(j).All(char.IsLower) && T(j) is not ("the" or "a" or "an" or "shadow" or "former"))
                {
                    j--;
                }
                if (j < title - 1 && (T(j) is "the" or "The" || T(j) is "shadow" or "former" && T(j - 1) is "the" or "The"
                    || T(j) == "shadow" && index.At(j - 1) is { Known: { } party } && lexicon.Schema.KindOf(party.EntityId) == "party"))
                {
                    return j + 1;
                }
            }
            var from = title;
            for (var k = title - 1; k >= sentence.FirstToken && title - k <= 6; k--)
            {
                var word = T(k);
                if (index.At(k) is { } m)
                {
                    // "Lib Dem Treasury spokesman Vince Cable": a party's spokesman on a ministry speaks for the party.
                    if (!ofGovernment && m.Known is { } ministry && lexicon.Schema.KindOf(ministry.EntityId) == "government"
                        && index.At(FirstOf(m) - 1) is { Known: { } party } partyMention && lexicon.Schema.KindOf(party.EntityId) == "party")
                    {
                        index.Remove(m);
                        affiliation = partyMention;
                        from = FirstOf(m);
                        break;
                    }
                    // A spokesman's portfolio is never a name: "Yukos spokesman", "Uefa spokesman" name his body.
                    if (!ofGovernment || m.Known is not null || m.Origin != Statistical.StatisticalEntityRecognizer.Origin || m.Type == "Person"
                        || Words.OrganizationHeads.Contains(_tokens[EndOf(m) - 1].Text) || IsAcronym(m.Text))
                    {
                        break;
                    }
                    k = FirstOf(m);
                    from = k;
                    continue;
                }
                if (word is "and" or "," or "&")
                {
                    // Joins two words of one portfolio ("Culture, Media and Sport"), or ends the phrase before it.
                    if (from == k + 1 && (Words.IsCapitalizedWord(T(k - 1)) || index.At(k - 1) is not null))
                    {
                        continue;
                    }
                    break;
                }
                if (!Words.IsCapitalizedWord(word) || Is(k, WordClass.NotName) || Is(k, WordClass.Title) || NotPortfolio.Contains(word))
                {
                    break;
                }
                from = k;
            }
            for (var k = from; k < title; k++)
            {
                if (index.At(k) is { } inside)
                {
                    index.Remove(inside);
                    if (ReferenceEquals(inside, affiliation))
                    {
                        affiliation = null;
                    }
                }
            }
            return from;
        }

        /// <summary>Whether the title ends in a plural ("MPs", "backbenchers") rather than the office's own name ("Chief Whip").</summary>
        private bool IsPlural(int last, string titleName) =>
            T(last) is [.., 's'] word && !titleName.EndsWith(word, StringComparison.OrdinalIgnoreCase);

        private static readonly HashSet<string> SuccessionVerbs = new(StringComparer.Ordinal)
        {
            "succeeded", "succeeds", "succeeding", "succeed", "replaced", "replaces", "replacing", "replace", "ousted", "ousts",
            "unseated", "defeated", "beat", "follows", "followed",
        };

        /// <summary>
        /// The named person a role phrase stands in apposition to: "[Mr Howard], the Tory leader," or "[Glenys Kinnock],
        /// now a Labour MEP,". The phrase must close with a comma, a full stop or a constituency ("MP for Hornsey").
        /// </summary>
        private Mention? PersonBeforeRole(int roleStart, int afterTitle)
        {
            var k = roleStart - 1;
            if (T(k) is "shadow" or "former")
            {
                k--;
            }
            if (T(k) is "the" or "a" or "an")
            {
                k--;
            }
            if (T(k) is "now" or "also")
            {
                k--;
            }
            // "Ann Hale was named energy minister", "Ann Hale becomes minister of health", "with Ann Hale as finance
            // minister": the office the person takes.
            var appointed = k;
            if (T(appointed) is "named" or "appointed" or "nominated" or "confirmed" or "made" && T(appointed + 1) != "by")
            {
                appointed--;
                if (T(appointed) == "as")
                {
                    appointed--;
                }
                appointed -= T(appointed) is "was" or "is" or "were" or "been" or "be" ? 1 : 0;
                appointed -= T(appointed) is "has" or "had" or "will" or "would" ? 1 : 0;
            }
            else if (T(appointed) is "becomes" or "became" or "as")
            {
                appointed--;
            }
            // "Kiril Angelov, a career diplomat, becomes foreign minister": past the person's apposition or relative clause.
            if (appointed < k && T(appointed) == ",")
            {
                for (var j = appointed - 1; j > sentence.FirstToken && j > appointed - 30; j--)
                {
                    if (T(j) == "," && index.At(j - 1) is { Type: "Person" })
                    {
                        appointed = j - 1;
                        break;
                    }
                    if (index.At(j) is { Type: "Person" })
                    {
                        break;
                    }
                }
            }
            if (appointed < k && index.At(appointed) is { Type: "Person", Kind: MentionKind.Name } taking && EndOf(taking) == appointed + 1)
            {
                // "X succeeded Ann Hale as president": the office is the successor's, not the one succeeded.
                return T(appointed + 1) == "as" && SuccessionVerbs.Contains(T(FirstOf(taking) - 1)) ? null : taking;
            }
            // "Jo Lane, a Labour peer and a lawyer,": a second role may follow the first, but not a second person.
            // "X, the Senate president who ran in the first round": a relative clause may follow the role at once.
            var roleEnds = T(afterTitle) is "," or "." or "for" or "" or "who" || T(afterTitle) == "and" && index.At(afterTitle + 1) is not { Type: "Person" };
            return T(k) == "," && roleEnds && index.At(k - 1) is { Type: "Person", Kind: MentionKind.Name } person
                ? person
                : null;
        }

        /// <summary>
        /// The token after a peer's seat, "of Birkenhead" in "Lord Nicholls of Birkenhead", whose words are part of the
        /// name and no place of their own; <paramref name="end"/> when no seat follows.
        /// </summary>
        private int AfterPeerageSeat(int end)
        {
            var seatEnd = Words.PeerageSeatEnd(_tokens, end, sentence.EndToken);
            for (var k = end + 1; k < seatEnd; k++)
            {
                if (index.At(k) is { Known: null } place)
                {
                    index.Remove(place);
                }
            }
            return seatEnd;
        }

        /// <summary>Capitalized words before a title that say when or which holder, not what office: "Then Trade Secretary".</summary>
        private static readonly HashSet<string> NotPortfolio = new(StringComparer.Ordinal)
        {
            "Then", "Now", "Yesterday", "Today", "Tonight", "Earlier", "Later", "So", "Also", "Last", "Next", "New", "Incoming",
            "Deputy", "Junior", "Ex",
        };

        /// <summary>The portfolio's words in title case with a trailing space ("Culture, Media and Sport "), or "".</summary>
        private string PortfolioName(int from, int title)
        {
            if (from == title)
            {
                return "";
            }
            var words = Text(from, title).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => char.IsLower(w[0]) && w is not "and" ? char.ToUpperInvariant(w[0]) + w[1..] : w);
            return string.Join(' ', words) + " ";
        }

        /// <summary>
        /// Where the name starts after a portfolio written in lower case: "deputy minister for women Jacqui Smith",
        /// "shadow secretary for the family Theresa May". Without a name after it, the title ends where it did.
        /// </summary>
        private int AfterPortfolio(int afterTitle)
        {
            if (T(afterTitle) != "for")
            {
                return afterTitle;
            }
            var k = afterTitle + 1;
            while (k < sentence.EndToken && k <= afterTitle + 4 && T(k).Length > 0 && T(k).All(char.IsLower))
            {
                k++;
            }
            // "an MEP for the East Midlands": a name right after "the" is the portfolio's, not the holder's.
            return k > afterTitle + 1 && k < sentence.EndToken && T(k - 1) != "the" && (index.At(k) is { Type: "Person" } || NameEnd(k) > k)
                ? k
                : afterTitle;
        }

        /// <summary>The "the" (or "his", "her") opening a role reference: right before the title, or "the" before its "shadow" or "former".</summary>
        private int TheBefore(int title, bool qualified) =>
            T(title - 1) is "the" or "The" or "his" or "her" ? title - 1 : qualified && T(title - 2) is "the" or "The" ? title - 2 : -1;

        /// <summary>
        /// "Shadow " or "Former " when the word before the title phrase says the office is not held ("the shadow
        /// chancellor" is not "the chancellor", and a reference to the one must not resolve to the other); "Deputy ",
        /// "Vice " or "Assistant " when it is an office under the one the title names.
        /// </summary>
        private string Qualifier(int titleStart)
        {
            for (var k = titleStart - 1; k >= titleStart - 2 && k >= sentence.FirstToken; k--)
            {
                switch (T(k).ToLowerInvariant())
                {
                    case "shadow":
                        return "Shadow ";
                    case "former":
                    case "ex-":
                        return "Former ";
                    case "deputy":
                    case "vice":
                    case "assistant":
                        // "Mike Nattrass, UKIP's deputy leader,": an office under the head, read so wherever the name stands.
                        return char.ToUpperInvariant(T(k)[0]) + T(k)[1..].ToLowerInvariant() + " ";
                }
                if (index.At(k) is null)
                {
                    break;
                }
            }
            return "";
        }

        /// <summary>"NATO chief": an organization or country followed by "chief" or "head".</summary>
        private TitleDefinition? ChiefOf(int i) =>
            T(i) is "chief" or "head" or "boss" && (index.At(i - 1) is { Type: "Organization" or "Country" } || AffiliationBefore(i) is { Type: "Organization" })
                ? new TitleDefinition("Chief", [T(i)], "LEADER_OF", null, new SourceLocation("(built-in)", 0, 0))
                : null;

        /// <summary>
        /// The country or body named before a title or name: "Russian President", "Britain's Europe
        /// Director", "Liberal Democrat home affairs spokesman" (up to three modifier words between).
        /// </summary>
        private Mention? AffiliationBefore(int start)
        {
            var previous = start - 1;
            for (var skipped = 0; skipped < 3 && index.At(previous) is null && Words.AffiliationModifiers.Contains(T(previous)); skipped++)
            {
                previous--;
            }
            if (T(previous + 1) == "and")
            {
                return null;
            }
            if (T(previous) == "'s")
            {
                previous--;
            }
            return index.At(previous) is { Type: "Country" or "Organization" } m ? m : null;
        }

        /// <summary>
        /// "Tory Liam Fox", "Labour's Gordon Brown", "Tory backbencher Sir Peter Tapsell": a party
        /// named right before a person without a title; the relation stage makes it a membership.
        /// </summary>
        public void PartyMembers()
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (index.At(i) is not { Type: "Person", Kind: MentionKind.Name, Affiliation: null, Title: null } person || index.At(i - 1) == person)
                {
                    continue;
                }
                // "The Scottish National Party's Holyrood leader": a name before a title only qualifies it.
                if (Is(EndOf(person), WordClass.TitleStart))
                {
                    continue;
                }
                var first = i;
                if (Is(first - 1, WordClass.Honorific))
                {
                    first--;
                }
                var before = AffiliationBefore(first);
                if (before is { Type: "Organization", Known.EntityId: { } id } && lexicon.Schema.KindOf(id) == "party")
                {
                    person.Affiliation = before;
                }
                // "Uzbekistan's Shavkat Mirziyoyev": a listed office-holder named as their country's holds their listed office.
                else if (before is { Type: "Country", Known.EntityId: { } country } && person.Known is { } listed
                    && lexicon.Schema.Entry(listed.EntityId)?.Properties is { } properties && properties.GetValueOrDefault("title") is { } title
                    && properties.GetValueOrDefault("country") is { } iso && EntityIds.For("Country", iso) == country)
                {
                    person.Affiliation = before;
                    person.Title = title;
                }
            }
        }

        /// <summary>"President Musharraf of Pakistan": the country or body named right after a titled name.</summary>
        private Mention? AffiliationAfter(int end)
        {
            var at = T(end) == "of" ? end + 1 : -1;
            if (T(at) is "the" && index.At(at) is null)
            {
                at++;
            }
            return at > end && index.At(at) is { Type: "Country" or "Organization" } body && FirstOf(body) == at && T(EndOf(body)) != "'s" ? body : null;
        }
    }
}
