using Graph.Core.Model;

namespace Graph.Extraction.Relations;

/// <summary>Matches compiled patterns against one sentence by backtracking; at most one match per start token.</summary>
internal sealed class PatternMatcher(SentenceView view)
{
    private readonly IReadOnlyList<Token> _tokens = view.Tokens;
    private readonly Mention?[] _mentionAt = view.MentionAt;
    private readonly Sentence _sentence = view.Sentence;

    public IEnumerable<RelationMatch> Matches(CompiledPattern pattern)
    {
        var first = pattern.Elements[0];
        var state = new MatchState();
        for (var start = _sentence.FirstToken; start < _sentence.EndToken; start++)
        {
            // Cheap anchors: a pattern opening with a slot starts at a mention, one opening with words at one of them.
            if (first is SlotElement && view.TitledPerson(start) < 0
                && (_mentionAt[start] is not { } m || (start > _sentence.FirstToken && ReferenceEquals(_mentionAt[start - 1], m))))
            {
                continue;
            }
            if (first is WordElement { Optional: false } w && !MayStart(w, start))
            {
                continue;
            }
            var end = Match(pattern.Elements, 0, start, state);
            if (end >= 0 && (HandsPredicateToSubject(pattern, state, end) || ActsFromFrontedPhrase(pattern, start, end)))
            {
                state = new MatchState();
                continue;
            }
            if (end >= 0)
            {
                var pair = state.Pair is not null;
                yield return new RelationMatch(pattern, start, end,
                    pair ? state.Pair! : state.Source ?? [], pair ? state.Pair! : state.Target ?? [], pair,
                    new Dictionary<string, string>(state.Captures, StringComparer.Ordinal));
                // A failed attempt leaves the state as it found it; a match leaves its bindings and captures behind.
                state = new MatchState();
            }
        }
        // "Fidan was received by Faye at the palace and later held talks with Sonko": a predicate sharing the sentence's
        // subject, too far from it for the gap, still has it as its source.
        if (pattern.Elements is [SlotElement { Role: 'S' } source, GapElement, ..] && view.Subject is { } subject
            && source.Types.Contains(subject.Mention.Type))
        {
            foreach (var predicate in view.SharedSubjectPredicates())
            {
                if (pattern.Elements[2] is WordElement { Optional: false } verb && !MayStart(verb, predicate))
                {
                    continue;
                }
                state.Bind('S', [.. view.SubjectGroup]);
                var end = Match(pattern.Elements, 2, predicate, state);
                if (end >= 0)
                {
                    yield return new RelationMatch(pattern, predicate, end, [.. view.SubjectGroup], state.Target ?? [], false,
                        new Dictionary<string, string>(state.Captures, StringComparer.Ordinal), subject.Start);
                }
                state = new MatchState();
            }
        }
    }

    /// <summary>
    /// "Macron was received by Scholz at the palace and later held talks with Starmer": a source followed, before the
    /// match ends, by a predicate that shares the sentence's subject is that predicate's object, not its actor.
    /// </summary>
    private bool HandsPredicateToSubject(CompiledPattern pattern, MatchState state, int end)
    {
        if (pattern.Elements[0] is not SlotElement { Role: 'S' } || state.Source is not [var source] || view.SharedSubjectPredicates().Count == 0
            || ReferenceEquals(source, view.Subject!.Value.Mention))
        {
            return false;
        }
        var after = EndOf(source, TokenOf(source));
        foreach (var predicate in view.SharedSubjectPredicates())
        {
            if (predicate > after && predicate < end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "During his visit to Kenya, the minister criticised Germany": an actor named inside a fronted phrase is not the
    /// subject of the verb after its comma. Patterns made to span it ("After talks with X, Y said") open with words.
    /// </summary>
    private bool ActsFromFrontedPhrase(CompiledPattern pattern, int start, int end) =>
        pattern.Elements is [SlotElement { Role: 'S' }, GapElement, ..] && start < view.FrontedEnd && end > view.FrontedEnd;

    /// <summary>Whether an option of the group may start at the position: most positions start none, found in one set lookup.</summary>
    private bool MayStart(WordElement word, int position) =>
        !word.Filterable || position < _sentence.EndToken && word.FirstWordSet.Contains(view.Word(position));

    /// <summary>Returns the end token of a match of elements[index..] at position, or -1.</summary>
    private int Match(IReadOnlyList<PatternElement> elements, int index, int position, MatchState state)
    {
        if (index == elements.Count)
        {
            return LeavesNoApposition(state, position) ? position : -1;
        }
        // Quotation marks are transparent: "pledged 'full support' for Russia" reads as if unquoted.
        while (position < _sentence.EndToken && _tokens[position].Text is "\"" or "'" && elements[index] is not (GapElement or NotElement)
            && !view.IsPluralPossessive(position))
        {
            position++;
        }
        if (elements[index] is SlotElement)
        {
            position = SkipHonorific(SkipArticle(position));
        }
        switch (elements[index])
        {
            case WordElement word:
                foreach (var option in MayStart(word, position) ? word.Options : [])
                {
                    var after = MatchWords(option, position);
                    if (after < 0)
                    {
                        continue;
                    }
                    if (word.Label is { } label)
                    {
                        state.Captures[label] = string.Join(' ', Enumerable.Range(position, after - position).Select(i => _tokens[i].Text.ToLowerInvariant()));
                    }
                    var end = Match(elements, index + 1, after, state);
                    if (end >= 0)
                    {
                        return end;
                    }
                    if (word.Label is { } l)
                    {
                        state.Captures.Remove(l);
                    }
                }
                return word.Optional ? Match(elements, index + 1, position, state) : -1;

            case NotElement not:
                foreach (var option in not.Words.Options)
                {
                    if (MatchWords(option, position) >= 0)
                    {
                        return -1;
                    }
                }
                return Match(elements, index + 1, position, state);

            case SlotElement when position >= _sentence.EndToken:
                // A gap may run to the sentence's end, where the next sentence's mentions are none of this one's.
                return -1;

            case SlotElement slot:
                // "Tory frontbencher A and Labour peer B": where the other slot and a word right before this one make the
                // relation ("{T:Organization} frontbencher {S:Person}"), a member that brings its own title phrase is not theirs.
                var qualified = index > 1 && elements[index - 1] is WordElement && elements[index - 2] is SlotElement;
                // Only a clause's subject may skip its apposition to reach its verb: "Kallas, the EU's foreign policy chief,
                // condemned ...", not "talks with Ouattara, who was re-elected in October, before heading to Accra".
                var subject = index == 0 && Modality.OpensClause(view, position);
                if (index == 0 && slot.Role == 'S' && (InCompany(position) || NamedAsSomeonesBody(position)))
                {
                    return -1;
                }
                // "Central Asia's five former Soviet republics signed": a state that was is no one's actor now.
                if (_mentionAt[position] is { Kind: MentionKind.Demonym } && position > _sentence.FirstToken && _tokens[position - 1].Text == "former")
                {
                    return -1;
                }
                foreach (var (mentions, after) in Coordinations(slot, position, qualified, subject))
                {
                    if (slot.Role == 'P' && Members(mentions) < 2 || slot.Role == 'S' && NamesItsMembers(mentions[^1], after))
                    {
                        continue;
                    }
                    state.Bind(slot.Role, mentions);
                    var end = Match(elements, index + 1, after, state);
                    // "Hun Manet, who succeeded his father, Hun Sen, ...": the relative clause's verb is the person's own.
                    if (end < 0 && index == 0 && slot.Role == 'S' && elements.Count > 1 && elements[1] is WordElement
                        && after + 2 < _sentence.EndToken && _tokens[after].Text == "," && _tokens[after + 1].Text == "who")
                    {
                        end = Match(elements, index + 1, after + 2, state);
                    }
                    if (end >= 0)
                    {
                        return end;
                    }
                    state.Bind(slot.Role, null);
                }
                return -1;

            case GapElement gap:
                for (var skip = 0; skip <= gap.Max && position + skip <= _sentence.EndToken; skip++)
                {
                    if (skip > 0)
                    {
                        var t = position + skip - 1;
                        // A subject pronoun no one was found for still starts its own clause: "tells Kim he appreciates ...".
                        if (!gap.CrossesEntities && (_mentionAt[t] is not null || IsSubjectPronoun(_tokens[t].Text))
                            || _tokens[t].Text is ";" or ":" or "--" || OwnSubjectAfter(t))
                        {
                            break;
                        }
                    }
                    var end = Match(elements, index + 1, position + skip, state);
                    if (end >= 0)
                    {
                        return end;
                    }
                }
                return -1;

            default:
                return -1;
        }
    }

    private static bool IsSubjectPronoun(string word) => word.Length is 2 or 3 or 4 && word is "he" or "she" or "they" or "He" or "She" or "They";

    /// <summary>
    /// "Labour's Fabian Society, in which he also praised Mr Brown": a relative word followed by a subject opens a clause
    /// with its own actor ("the Trust which supports the Association" has none, and the Trust supports it).
    /// </summary>
    private bool OwnSubjectAfter(int t) =>
        _tokens[t].Text is "which" or "where" or "whom" or "whose" or "when" && t + 1 < _sentence.EndToken
        && _tokens[t + 1].Text is "he" or "she" or "they" or "it" or "we" or "I" or "the" or "his" or "her" or "their"
        // "... licences for Israel, with senior Social Democrats accusing Merz": an absolute clause has its own actor
        // ("This government, with much fanfare, signs us up" is an aside the commas close).
        || _tokens[t].Text == "with" && t > _sentence.FirstToken && _tokens[t - 1].Text == ","
            && !Enumerable.Range(t + 1, Math.Max(0, Math.Min(6, _sentence.EndToken - t - 1))).Any(k => _tokens[k].Text == ",");

    /// <summary>
    /// "The king, accompanied by Queen Maxima and their daughter, Crown Princess Amalia, was welcomed": a companion named in
    /// an aside after a comma is not who acts after it.
    /// </summary>
    private bool InCompany(int position)
    {
        for (var k = position - 1; k > _sentence.FirstToken && k >= position - 12; k--)
        {
            var word = _tokens[k].Text;
            if (word is "by" or "with" && _tokens[k - 1].Text is "accompanied" or "joined" or "flanked" or "along" or "together"
                && k - 2 >= _sentence.FirstToken && _tokens[k - 2].Text == ",")
            {
                return true;
            }
            if (word is ";" or ":" or "\"" || _mentionAt[k] is null && char.IsLower(word[0]) && !CompanyWords.Contains(word))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"Kyriakos Velopoulos of Greek Solution accused ...": the body named after a person is theirs, not who acts.</summary>
    private bool NamedAsSomeonesBody(int position)
    {
        var k = position - 1;
        if (k > _sentence.FirstToken && _tokens[k].Text == "the" && _mentionAt[k] is null)
        {
            k--;
        }
        return k > _sentence.FirstToken && _tokens[k].Text is "of" or "from" && _mentionAt[position] is { Type: "Organization" }
            && _mentionAt[k - 1] is { Type: "Person" };
    }

    /// <summary>Lower-case words a list of companions holds: "his wife and their eldest daughter", "the foreign minister".</summary>
    private static readonly HashSet<string> CompanyWords = new(StringComparer.Ordinal)
    {
        "and", "the", "his", "her", "their", "its", "eldest", "youngest", "daughter", "daughters", "son", "sons", "wife",
        "husband", "minister", "ministers", "foreign", "defence", "trade", "senior", "officials", "aides", "delegation", "of",
    };

    private static readonly HashSet<string> RelativeModifiers = new(StringComparer.Ordinal) { "eldest", "youngest", "elder", "younger", "only" };

    private static readonly HashSet<string> MemberNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "MP", "MPs", "MEP", "MEPs", "member", "members", "backbencher", "backbenchers", "peer", "peers", "activist",
        "activists", "supporter", "supporters", "voter", "voters", "councillor", "councillors", "candidate", "candidates",
        "shareholder", "shareholders", "investor", "investors", "fan", "fans", "customer", "customers", "staff", "employees", "workers",
    };

    /// <summary>"Labour MPs criticised X", "a Deutsche Boerse shareholder backed TCI": the members or holders act, not the body.</summary>
    private bool NamesItsMembers(Mention mention, int after) =>
        after < _sentence.EndToken && (mention.Type == "Organization" && MemberNouns.Contains(_tokens[after].Text)
            // "against the Malian people and accused Washington": a nation's people are not its state.
            || mention.Kind == MentionKind.Demonym && PeopleNouns.Contains(_tokens[after].Text)
            // "UK bank seals South Korean deal": a firm of the country acts, not its state.
            || mention.Type == "Country" && FirmNouns.Contains(_tokens[after].Text));

    private static readonly HashSet<string> FirmNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "bank", "banks", "firm", "firms", "company", "companies", "group", "giant", "giants", "carrier", "airline", "airlines",
        "maker", "makers", "lender", "lenders", "insurer", "retailer", "operator", "club", "clubs", "team", "newspaper",
        "broadcaster", "investor", "investors", "conglomerate", "manufacturer", "producer", "supermarket", "chain",
    };

    private static readonly HashSet<string> PeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "public", "citizens", "population", "nationals", "civilians", "voters", "farmers", "workers", "refugees",
        "migrants", "students", "families", "children", "women", "men", "fans", "taxpayers", "consumers",
    };

    private int MatchWords(IReadOnlyList<string> words, int position)
    {
        for (var k = 0; k < words.Count; k++, position++)
        {
            if (position >= _sentence.EndToken || _mentionAt[position] is not null
                || !WordElement.WordMatches(words[k], view.Word(position)))
            {
                return -1;
            }
        }
        return position;
    }


    /// <summary>A mention inside an apposition describes its head; a match may not carry it past the closing comma.</summary>
    private bool LeavesNoApposition(MatchState state, int end)
    {
        foreach (var list in (ReadOnlySpan<List<Mention>?>)[state.Source, state.Target, state.Pair])
        {
            if (list is null)
            {
                continue;
            }
            foreach (var mention in list)
            {
                var at = TokenOf(mention);
                // A match may end on the comma that closes the apposition ("which meets in Davos, Switzerland, next week").
                if (at >= 0 && view.AppositionEnd(at) is >= 0 and var close && end > close + 1)
                {
                    return false;
                }
            }
        }
        return true;
    }

    private int TokenOf(Mention mention)
    {
        for (var i = _sentence.FirstToken; i < _sentence.EndToken; i++)
        {
            if (ReferenceEquals(_mentionAt[i], mention))
            {
                return i;
            }
        }
        return -1;
    }

    private static int Members(List<Mention> mentions)
    {
        var count = 0;
        foreach (var mention in mentions)
        {
            count += mention.Group?.Count ?? 1;
        }
        return count;
    }

    /// <summary>The mention at a position and the coordinations that extend it, longest first; then, for a subject, with its apposition skipped.</summary>
    private IReadOnlyList<(List<Mention> Mentions, int After)> Coordinations(SlotElement slot, int position, bool qualified, bool subject)
    {
        var start = SlotStart(slot, position);
        // "Russia's President Vladimir Putin" also offers the person behind the title to a slot that takes people.
        var titled = slot.TakesPeople && view.TitledPerson(position) is >= 0 and var name && _mentionAt[position] is not { Type: "Person" } ? name : -1;
        if (start < 0 && titled < 0)
        {
            return [];
        }
        // "signed by Philippine Defence Secretary Gilberto Teodoro": the person the title phrase names before the country
        // that only qualifies his title.
        var results = titled >= 0 ? CoordinationsFrom(slot, titled, qualified, subject) : [];
        if (start >= 0)
        {
            results.AddRange(CoordinationsFrom(slot, start, qualified, subject));
        }
        return results;
    }

    private List<(List<Mention> Mentions, int After)> CoordinationsFrom(SlotElement slot, int p, bool qualified, bool subject)
    {
        var results = new List<(List<Mention>, int)>();
        var current = new List<Mention>();
        var conjoined = false;
        var first = p;
        while (p >= 0)
        {
            var mention = _mentionAt[p]!;
            current.Add(mention);
            p = EndOf(mention, p);
            var end = p;
            // "Choe Son Hui and the leader's sister": the possessive belongs to the last member only. A list ends with
            // "and" or "or": "Gateshead's Sage Centre, Mr Brown accused" is a place and then the subject.
            if (current.Count == 1 || conjoined && (p >= _sentence.EndToken || _tokens[p].Text != "'s"))
            {
                results.Add((new List<Mention>(current), p));
            }
            // "A, B and C", "A and B", "the US, the UK and France": continue over a comma or conjunction to another mention.
            var next = p;
            if (next < _sentence.EndToken && _tokens[next].Text == ",")
            {
                next++;
            }
            conjoined = next < _sentence.EndToken && _tokens[next].Text is "and" or "or";
            // "a supporter of Ukraine, and Norway will ...": a list of two takes no comma before "and"; one there joins
            // clauses, unless it closes a name set off by commas ("his counterpart, Emmanuel Macron, and ...").
            if (conjoined && next > p && current.Count == 1 && first > _sentence.FirstToken && _tokens[first - 1].Text != ",")
            {
                break;
            }
            if (conjoined)
            {
                next++;
                // "Emmanuel Macron and his wife, first lady Brigitte Macron, arrived", "Queen Maxima and their eldest daughter,
                // Crown Princess Amalia": the relative named after their role.
                if (current[0].Type == "Person" && next + 2 < _sentence.EndToken && _tokens[next].Text is "his" or "her" or "their")
                {
                    var noun = next + 1 + (RelativeModifiers.Contains(_tokens[next + 1].Text) ? 1 : 0);
                    if (noun + 1 < _sentence.EndToken && Entities.Words.RelativeNouns.Contains(_tokens[noun].Text))
                    {
                        next = _tokens[noun + 1].Text == "," ? noun + 2 : noun + 1;
                    }
                }
            }
            if (next > p && next < _sentence.EndToken && _mentionAt[next] is null && _tokens[next].Text is "the" or "The")
            {
                next++;
            }
            if (next > p)
            {
                next = SkipHonorific(next);
            }
            if (next == p || next >= _sentence.EndToken)
            {
                break;
            }
            // Members share a type: "President Ruto and Ethiopian Prime Minister Abiy" coordinates two people.
            if (current[0].Type == "Person" && slot.TakesPeople && view.TitledPerson(next) is >= 0 and var titled)
            {
                if (qualified)
                {
                    break;
                }
                p = titled;
            }
            else
            {
                p = SlotStart(slot, next);
            }
            // "Dallas in the US, Bordeaux in France" lists pairs, not a coordination of places; states and bodies act
            // together ("Washington and Brussels", "the US and the EU").
            var otherType = p >= 0 && _mentionAt[p]!.Type != current[0].Type
                && !(_mentionAt[p]!.Type is "Country" or "Organization" && current[0].Type is "Country" or "Organization");
            // "Trade Minister A, Deputy Minister B and a delegation", "..., Minister B and Australia's Minister C": a comma
            // list that "and" closes on something else.
            if ((p < 0 || otherType) && conjoined && current.Count > 1 && results[^1].Item1.Count < current.Count)
            {
                results.Add((new List<Mention>(current), end));
            }
            if (otherType)
            {
                break;
            }
        }
        results.Reverse();
        // "a visit by Shoigu, the secretary of the Security Council, who met Kim": a relative clause after it is his too.
        if (results.Count > 0 && results[^1].Item1.Count == 1 && view.SkipApposition(results[^1].Item2) is > 0 and var skipped
            && (subject || skipped < _sentence.EndToken && _tokens[skipped].Text == "who"))
        {
            results.Add((results[^1].Item1, skipped));
        }
        // "Kyriakos Velopoulos of Greek Solution accused ...": a subject may skip the body named as theirs, as an apposition.
        else if (subject && results.Count > 0 && results[^1].Item1 is [{ Type: "Person" }] && view.SkipAffiliation(results[^1].Item2) is > 0 and var affiliated)
        {
            results.Add((results[^1].Item1, affiliated));
        }
        // "Mali, Burkina Faso and Niger, all ruled by juntas, quit ECOWAS": a subject of several members skips its aside too.
        if (subject && results.Count > 1 && results[0].Item1.Count > 1 && view.SkipApposition(results[0].Item2) is > 0 and var afterAll)
        {
            results.Insert(1, (results[0].Item1, afterAll));
        }
        return results;
    }

    /// <summary>
    /// The first token of a mention the slot accepts starting at <paramref name="position"/>: the mention
    /// itself, or a person named after a title phrase that starts there ("NATO chief Jens Stoltenberg"); else -1.
    /// </summary>
    private int SlotStart(SlotElement slot, int position)
    {
        if (_mentionAt[position] is { } mention && (position == _sentence.FirstToken || !ReferenceEquals(_mentionAt[position - 1], mention)))
        {
            return slot.Types.Contains(mention.Type) ? position : -1;
        }
        return _mentionAt[position] is null && slot.TakesPeople && view.TitledPerson(position) is >= 0 and var name ? name : -1;
    }

    /// <summary>"accused Mr Blair": an honorific before a person's name is part of the slot.</summary>
    /// <summary>
    /// "flew to the Philippines", "visited the Kremlin": a name's article is no part of the mention, so a slot takes it. Not
    /// a nationality's: "reach the Australian Open" names no country.
    /// </summary>
    private int SkipArticle(int position) =>
        position + 1 < _sentence.EndToken && _mentionAt[position] is null && _tokens[position].Text is "the" or "The"
        && _mentionAt[position + 1] is { Kind: not MentionKind.Demonym }
            ? position + 1
            : position;

    private int SkipHonorific(int position) =>
        position + 1 < _sentence.EndToken && _mentionAt[position] is null && _mentionAt[position + 1] is { Type: "Person" }
        && Entities.Words.Honorifics.Contains(_tokens[position].Text)
            ? position + 1
            : position;

    private int EndOf(Mention mention, int position)
    {
        while (position < _sentence.EndToken && ReferenceEquals(_mentionAt[position], mention))
        {
            position++;
        }
        return position;
    }

    private sealed class MatchState
    {
        public List<Mention>? Source;
        public List<Mention>? Target;
        public List<Mention>? Pair;
        public readonly Dictionary<string, string> Captures = new(StringComparer.Ordinal);

        public void Bind(char role, List<Mention>? mentions)
        {
            switch (role)
            {
                case 'S': Source = mentions; break;
                case 'T': Target = mentions; break;
                default: Pair = mentions; break;
            }
        }
    }
}
