using Graph.Core.Model;
using Graph.Extraction.Entities;

namespace Graph.Extraction.Relations;

/// <summary>
/// One sentence prepared for matching: its tokens mapped to resolved mentions, its titled persons and its appositions.
/// </summary>
/// <remarks>
/// An apposition is a comma-enclosed phrase right after a mention that describes it: a role
/// ("Kallas, the EU's foreign policy chief,") or a relative clause ("Putin, who flew in overnight,").
/// A slot may skip its own apposition, and a match may not start inside one and run past its
/// closing comma: in "Kallas, the EU's foreign policy chief, condemned Belarus" the EU condemned nothing.
/// </remarks>
internal sealed class SentenceView
{
    private const int MaxAppositionTokens = 12;

    /// <summary>A relative clause set off by commas may run longer than a role phrase.</summary>
    private const int MaxRelativeClauseTokens = 16;

    private static readonly HashSet<string> RelativeWords = new(StringComparer.OrdinalIgnoreCase) { "who", "whose", "whom" };

    /// <param name="opening">Where the sentence's own words begin when a dateline stands before them ("VILNIUS (AP) — Leaders
    /// ..."), else its first token.</param>
    public SentenceView(IReadOnlyList<Token> tokens, Mention?[] mentionAt, Sentence sentence, IReadOnlySet<string> roleNouns, int opening = -1)
    {
        _opening = Math.Max(opening, sentence.FirstToken);
        Tokens = tokens;
        MentionAt = mentionAt;
        Sentence = sentence;
        AppositionAfter = new int[sentence.TokenCount];
        AppositionClose = new int[sentence.TokenCount];
        Array.Fill(AppositionClose, -1);
        FindTitles();
        FindAppositions(roleNouns);
    }

    /// <summary>
    /// Relative to the sentence start: where the title before a person's name starts ("North Korea's
    /// leader", "Foreign Minister"), the name's first token; else -1. Null when the sentence has no titles.
    /// </summary>
    private int[]? _titled;

    /// <summary>
    /// The first token of the person's name when a title phrase ("NATO chief", "Ethiopian Prime
    /// Minister") starts at <paramref name="position"/>, so a person slot can take the whole phrase; else -1.
    /// </summary>
    public int TitledPerson(int position) =>
        _titled is not null && position - Sentence.FirstToken is >= 0 and var at && at < _titled.Length ? _titled[at] : -1;

    private void FindTitles()
    {
        for (var f = Sentence.FirstToken + 1; f < Sentence.EndToken; f++)
        {
            if (MentionAt[f] is not { Type: "Person", Title: { } title } person || ReferenceEquals(MentionAt[f - 1], person))
            {
                continue;
            }
            var words = title.Split(' ');
            var start = TitleStart(words, f, strict: false);
            // "government spokesman General Moussa Kone": the office stands before the rank.
            var ranked = f;
            while (ranked - 1 > Sentence.FirstToken && MentionAt[ranked - 1] is null && Words.Ranks.Contains(Tokens[ranked - 1].Text))
            {
                ranked--;
            }
            if (ranked < f && !Words.Ranks.Contains(words[^1]) && TitleStart(words, ranked, strict: false) is >= 0 and var office
                && (office < ranked - 1 || string.Equals(Tokens[office].Text, words[^1], StringComparison.OrdinalIgnoreCase)))
            {
                start = office;
            }
            // "the Palestinian leader, Mahmoud Abbas": the title before a comma.
            if (start < 0 && f - 2 > Sentence.FirstToken && Tokens[f - 1].Text == ",")
            {
                start = TitleStart(words, f - 1, strict: true);
            }
            if (start < 0)
            {
                continue;
            }
            MarkTitled(start, f);
            var a = start - 1;
            if (a > Sentence.FirstToken && Tokens[a].Text == "'s")
            {
                a--;
            }
            if (a >= Sentence.FirstToken && MentionAt[a] is { Type: "Country" or "Organization" } affiliation)
            {
                while (a > Sentence.FirstToken && ReferenceEquals(MentionAt[a - 1], affiliation))
                {
                    a--;
                }
                MarkTitled(a, f);
            }
        }
        FindCounterparts();
    }

    /// <summary>Marks the phrase starting at <paramref name="start"/> as standing before the name at <paramref name="name"/>.</summary>
    private void MarkTitled(int start, int name)
    {
        if (_titled is null)
        {
            _titled = new int[Sentence.TokenCount];
            Array.Fill(_titled, -1);
        }
        _titled[start - Sentence.FirstToken] = name;
    }

    /// <summary>"met Tokayev and his Kazakh counterpart Aidos Serikbayev": "his Kazakh counterpart" stands before the name as a title does.</summary>
    private void FindCounterparts()
    {
        for (var f = Sentence.FirstToken + 3; f < Sentence.EndToken; f++)
        {
            if (MentionAt[f] is not { Type: "Person" } || ReferenceEquals(MentionAt[f - 1], MentionAt[f]))
            {
                continue;
            }
            var k = Tokens[f - 1].Text == "," ? f - 2 : f - 1;
            if (k - 2 < Sentence.FirstToken || Tokens[k].Text != "counterpart" || MentionAt[k - 1] is not { Type: "Country" } country)
            {
                continue;
            }
            var a = k - 1;
            while (a > Sentence.FirstToken && ReferenceEquals(MentionAt[a - 1], country))
            {
                a--;
            }
            if (a - 1 < Sentence.FirstToken || Tokens[a - 1].Text is not ("his" or "her" or "their"))
            {
                continue;
            }
            MarkTitled(a - 1, f);
        }
    }

    /// <summary>
    /// The first token of the title words ending right before <paramref name="end"/>, else -1. The title as written
    /// may differ from its canonical name ("ruling party secretary"): unless <paramref name="strict"/>, any word
    /// there is taken as its last word; strictly, only the canonical name's last word.
    /// </summary>
    private int TitleStart(string[] words, int end, bool strict)
    {
        var start = end - words.Length;
        var matches = start >= Sentence.FirstToken;
        for (var k = 0; matches && k < words.Length; k++)
        {
            matches = MentionAt[start + k] is null && string.Equals(Tokens[start + k].Text, words[k], StringComparison.OrdinalIgnoreCase);
        }
        if (matches)
        {
            return start;
        }
        // "Defence Secretary" written for the title's "Defense Secretary", "Government spokesman" for "Government
        // Spokesperson": all words but one agree.
        if (!strict && words.Length > 1 && end - words.Length >= Sentence.FirstToken)
        {
            start = end - words.Length;
            var differ = 0;
            for (var k = 0; k < words.Length && differ <= 1; k++)
            {
                if (MentionAt[start + k] is not null || !Tokens[start + k].IsWord)
                {
                    differ = 2;
                }
                else if (!string.Equals(Tokens[start + k].Text, words[k], StringComparison.OrdinalIgnoreCase))
                {
                    differ++;
                }
            }
            if (differ <= 1)
            {
                return start;
            }
        }
        start = end - 1;
        var fits = MentionAt[start] is null && Tokens[start].IsWord
            && (!strict || string.Equals(Tokens[start].Text, words[^1], StringComparison.OrdinalIgnoreCase));
        return fits ? start : -1;
    }

    private (int Start, Mention Mention)? _subject;
    private bool _subjectFound;

    /// <summary>
    /// The entity the sentence opens with as its subject, after a fronted phrase ("In Dakar, Fidan was received ..."), a
    /// title ("Foreign Minister Hakan Fidan") or an apposition; null when the sentence opens with anything else.
    /// </summary>
    public (int Start, Mention Mention)? Subject
    {
        get
        {
            if (!_subjectFound)
            {
                _subject = FindSubject();
                _subjectFound = true;
            }
            return _subject;
        }
    }

    /// <summary>"In a statement read on state television on Thursday evening, X ...": how long a fronted phrase may run.</summary>
    private const int MaxFrontedWords = 14;

    private static readonly HashSet<string> FrontedOpeners = new(StringComparer.Ordinal)
    {
        "On", "In", "At", "During", "After", "Before", "Later", "Earlier", "Meanwhile", "Separately", "Also", "Then", "Last", "This", "Next",
    };

    private readonly int _opening;

    private int? _frontedEnd;

    /// <summary>
    /// The comma closing a fronted phrase ("During his visit to Kenya, the minister ..."), else -1. Whoever that phrase
    /// names is no actor of the clause after it.
    /// </summary>
    public int FrontedEnd => _frontedEnd ??= FindFrontedEnd();

    private int OpeningWord()
    {
        var k = _opening;
        while (k < Sentence.EndToken - 1 && Tokens[k].Text is "\"" or "'")
        {
            k++;
        }
        return k;
    }

    private int FindFrontedEnd()
    {
        var k = OpeningWord();
        if (k >= Sentence.EndToken || MentionAt[k] is not null || !FrontedOpeners.Contains(Tokens[k].Text))
        {
            return -1;
        }
        for (var comma = k + 1; comma < Sentence.EndToken && comma - k <= MaxFrontedWords; comma++)
        {
            if (Tokens[comma].Text == ",")
            {
                return comma;
            }
        }
        return -1;
    }

    private (int, Mention)? FindSubject()
    {
        var k = FrontedEnd is >= 0 and var comma ? comma + 1 : OpeningWord();
        if (k < Sentence.EndToken && FrontedOpeners.Contains(Tokens[k].Text) && MentionAt[k] is null && FrontedEnd < 0)
        {
            return null;
        }
        var start = k;
        k = SkipNamedPlural(SkipRepresentatives(k));
        if (k < Sentence.EndToken && TitledPerson(k) is >= 0 and var named)
        {
            k = named;
        }
        if (k >= Sentence.EndToken || EntityMentionStartingAt(MentionAt, Sentence, k) is not { } subject)
        {
            return null;
        }
        var after = EndOfMention(k, subject);
        // "Burkina Faso and Niger, which form the alliance with Mali, issued a statement": a subject of several members.
        var group = new List<Mention> { subject };
        while (after + 1 < Sentence.EndToken && Tokens[after].Text is "and" or ","
            && (Tokens[after].Text == "," && Tokens[after + 1].Text == "and" ? after + 2 : after + 1) is var listed
            && (subject.Type == "Person" ? NamedPerson(listed) : listed) is var member and >= 0
            && EntityMentionStartingAt(MentionAt, Sentence, member) is { } next && next.Type == subject.Type)
        {
            group.Add(next);
            after = EndOfMention(member, next);
        }
        if (after < Sentence.EndToken && Tokens[after].Text == "--" && Enumerable.Range(start, k - start).Any(i => Tokens[i].Text == "--"))
        {
            _namedPluralEnd = after++;
        }
        if (SkipApposition(after) is > 0 and var skipped)
        {
            after = skipped;
        }
        else if (subject.Type == "Person" && SkipAffiliation(after) is > 0 and var affiliated)
        {
            after = affiliated;
        }
        else if (subject.Type == "Country" && group.Count == 1 && SkipInstitution(after) is > 0 and var institution)
        {
            after = institution;
        }
        // A verb follows the subject: "Fidan was", not "Fidan's aides" nor "Fidan and the aides".
        if (after < Sentence.EndToken && MentionAt[after] is null && Tokens[after].Text is [var c, ..] && char.IsLower(c)
            && Tokens[after].Text is not ("and" or "or" or "of"))
        {
            _subjectGroup = group;
            return (start, subject);
        }
        return null;
    }

    /// <summary>
    /// "Leaders of the Nordic and Baltic states pledged ...", "Foreign ministers from the bloc said ...": people who act for
    /// the states or bodies they come from, which the clause then has as its subject. Else the position itself.
    /// </summary>
    private int SkipRepresentatives(int k)
    {
        var j = k;
        if (j < Sentence.EndToken && Tokens[j].Text is "The" or "the")
        {
            j++;
        }
        if (j < Sentence.EndToken && RepresentativeKinds.Contains(Tokens[j].Text))
        {
            j++;
        }
        if (j + 2 >= Sentence.EndToken || MentionAt[j] is not null || !Representatives.Contains(Tokens[j].Text) || Tokens[j + 1].Text is not ("of" or "from"))
        {
            return k;
        }
        var body = MentionAt[j + 2] is null && Tokens[j + 2].Text == "the" ? j + 3 : j + 2;
        return body < Sentence.EndToken && EntityMentionStartingAt(MentionAt, Sentence, body) is { Type: "Country" or "Organization" } ? body : k;
    }

    /// <summary>The dash closing the names of a plural subject, whose verb follows it; else -1.</summary>
    private int _namedPluralEnd = -1;

    /// <summary>"The five presidents -- A, B and C -- adopted ...": the people a plural names between dashes are the subject.</summary>
    private int SkipNamedPlural(int k)
    {
        var j = k < Sentence.EndToken && Tokens[k].Text is "The" or "the" ? k + 1 : k;
        if (j < Sentence.EndToken && MentionAt[j] is null && Words.Counts.Contains(Tokens[j].Text))
        {
            j++;
        }
        return j + 2 < Sentence.EndToken && MentionAt[j] is null && Words.PluralPeople.Contains(Tokens[j].Text) && Tokens[j + 1].Text == "--"
            && NamedPerson(j + 2) is >= 0 and var first ? first : k;
    }

    /// <summary>
    /// The first token of the person named at <paramref name="k"/>, after a title phrase or a possessive ("Uzbekistan's
    /// Shavkat Mirziyoyev"); else -1.
    /// </summary>
    private int NamedPerson(int k)
    {
        if (TitledPerson(k) is >= 0 and var titled)
        {
            return titled;
        }
        if (k < Sentence.EndToken && MentionAt[k] is { Type: "Country" or "Organization" } owner)
        {
            var after = EndOfMention(k, owner);
            k = after + 1 < Sentence.EndToken && Tokens[after].Text == "'s" ? after + 1 : k;
        }
        return k < Sentence.EndToken && MentionAt[k] is { Type: "Person" } ? k : -1;
    }

    private static readonly HashSet<string> Representatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "leaders", "heads", "ministers", "officials", "representatives", "envoys", "diplomats", "delegations", "delegates", "presidents",
        "governments",
    };

    private static readonly HashSet<string> RepresentativeKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "foreign", "defence", "defense", "finance", "trade", "energy", "interior", "senior", "top", "government",
    };

    private int EndOfMention(int k, Mention mention)
    {
        while (k < Sentence.EndToken && ReferenceEquals(MentionAt[k], mention))
        {
            k++;
        }
        return k;
    }

    private List<Mention>? _subjectGroup;

    /// <summary>The subject's members: the subject alone, or every entity of a coordinated subject ("A and B said").</summary>
    public IReadOnlyList<Mention> SubjectGroup => Subject is not null ? _subjectGroup! : [];

    /// <summary>Words that open a clause with its own subject or report someone else's words.</summary>
    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "which", "that", "whom", "whose", "where", "when", "if", "because", "although", "though", "since", "unless", "whether",
        "said", "says", "say", "told", "tells", "added", "adds", "insisted", "argued", "warned", "claimed", "claims", "believes",
        "believe", "thinks", "think", "announced", "stated", "wrote", "reported", "according", "asked", "urged", "invited",
        "called", "persuaded", "wanted", "wants", "allowed", "forced", "encouraged", "pressed", "ordered", "let", ";", ":", "\"",
        "pressing", "urging", "asking", "persuading", "forcing", "encouraging", "calling",
    };

    /// <summary>Words after "and" that start a noun phrase, not a predicate: "met Sam and his brother".</summary>
    /// <summary>Words ending in "-ing" after a comma that open no act of the subject's.</summary>
    private static readonly HashSet<string> NotParticiples = new(StringComparer.Ordinal)
    {
        "including", "according", "following", "regarding", "concerning", "during", "notwithstanding", "excluding", "pending",
        "something", "nothing", "everything", "anything", "morning", "evening", "being", "saying", "adding", "citing",
    };

    /// <summary>Acts of speaking a speaker goes on to after reporting something: "said ... and accused", "and urged".</summary>
    private static readonly HashSet<string> SpeechActs = new(StringComparer.Ordinal)
    {
        "accused", "urged", "warned", "called", "condemned", "criticised", "criticized", "denounced", "demanded", "rejected",
        "dismissed", "praised", "welcomed", "thanked", "pledged", "vowed", "promised", "appealed", "blamed", "insisted",
    };

    private static readonly HashSet<string> NotPredicates = new(StringComparer.Ordinal)
    {
        "his", "her", "their", "its", "the", "a", "an", "our", "my", "your", "this", "that", "these", "those", "other", "others",
        "several", "many", "some", "all", "both", "each", "more", "most", "one", "two", "three", "four", "five", "in", "on", "at",
        "for", "with", "from", "by", "of", "as", "not", "no", "so",
    };

    /// <summary>
    /// Where a predicate that shares the sentence's subject starts: "[Fidan] was received by Faye ... and later [held] talks
    /// with Sonko", "... before [flying] to Brussels", "... heading to Accra to [meet] Mahama". None inside an apposition,
    /// nor after a word that hands the predicate to someone else ("said", "who", "urged").
    /// </summary>
    public IReadOnlyList<int> SharedSubjectPredicates() => _predicates ??= FindSharedSubjectPredicates().ToArray();

    private int[]? _predicates;

    /// <summary>The closing quotation mark of the one opening at <paramref name="open"/> within the sentence, or -1.</summary>
    private int QuoteEnd(int open)
    {
        for (var k = open + 1; k < Sentence.EndToken; k++)
        {
            if (Tokens[k].Text == "\"")
            {
                return k;
            }
        }
        return -1;
    }

    private IEnumerable<int> FindSharedSubjectPredicates()
    {
        if (Subject is not { } subject)
        {
            yield break;
        }
        var k = subject.Start;
        while (k < Sentence.EndToken && (MentionAt[k] is null || !ReferenceEquals(MentionAt[k], subject.Mention)))
        {
            k++;
        }
        // Past "X said (that) ...", only a further act of speaking is the subject's again: "X said the aircraft carried food,
        // and accused Mogadishu of ...".
        var reported = false;
        for (k++; k < Sentence.EndToken; k++)
        {
            // "..., who was re-elected in October, before heading to Accra": an apposition is the named person's own.
            if (AppositionEnd(k) is >= 0 and var close)
            {
                k = close;
                continue;
            }
            var text = Tokens[k].Text;
            if (reported)
            {
                if (text == "\"" && QuoteEnd(k) is > 0 and var quoted)
                {
                    k = quoted;
                }
                else if (text == "and" && k + 1 < Sentence.EndToken && MentionAt[k + 1] is null && SpeechActs.Contains(Tokens[k + 1].Text))
                {
                    yield return k + 1;
                }
                else if (text is ";" or ":" || MentionAt[k] is null && text is "who" or "which" or "whom" or "whose" or "where")
                {
                    yield break;
                }
                continue;
            }
            // "X called the sanctions "an act of economic warfare" and accused Y": a quotation the subject calls something
            // by is part of its predicate; "called on Y to" hands the next act to Y.
            if (text == "\"" && k > 0 && Tokens[k - 1].Text is not ("said" or "says") && QuoteEnd(k) is > 0 and var closing)
            {
                k = closing;
                continue;
            }
            if (MentionAt[k] is null && ClauseBreaks.Contains(text)
                && !(text == "called" && k + 1 < Sentence.EndToken && Tokens[k + 1].Text is "the" or "it" or "them" or "this" or "a" or "an" or "his" or "her" or "their" or "its"))
            {
                if (text is "said" or "says")
                {
                    reported = true;
                    continue;
                }
                yield break;
            }
            if (k + 1 >= Sentence.EndToken || MentionAt[k + 1] is not null || !Tokens[k + 1].IsWord || !char.IsLower(Tokens[k + 1].Text[0]))
            {
                continue;
            }
            var next = Tokens[k + 1].Text;
            if (NotPredicates.Contains(next))
            {
                continue;
            }
            var starts = text switch
            {
                "and" or "then" => true,
                "--" => k == _namedPluralEnd,
                "before" or "after" or "while" or "but" => next.EndsWith("ing", StringComparison.Ordinal),
                // "Mali recalled its envoy, accusing Paris of ...": a participle after the clause is the subject's act, as is
                // one after the statement the subject issued ("issued a statement (on Monday) accusing Paris").
                "," or "statement" or "communique" or "communiqué" or "declaration" or "letter" or "Monday" or "Tuesday" or "Wednesday"
                    or "Thursday" or "Friday" or "Saturday" or "Sunday" => next.EndsWith("ing", StringComparison.Ordinal) && !NotParticiples.Contains(next),
                // "heading to Accra to meet": the subject's own purpose, not "Faye to meet" nor "them to meet".
                // "welcomed Moldova's bid to join": a possessor's aim is the possessor's, not the subject's.
                "to" => MentionAt[k - 1] is null or { Type: "Location" } && Tokens[k - 1].Text is not ("him" or "her" or "them" or "it" or "us" or "me")
                    && !(k - 2 > Sentence.FirstToken && Word(k - 2) == "'s"),
                _ => false,
            };
            if (starts)
            {
                yield return k + 1;
                // "and later held talks": one adverb may come first.
                if (k + 2 < Sentence.EndToken && MentionAt[k + 2] is null && next is "later" or "also" or "then" or "separately" or "subsequently" or "afterwards")
                {
                    yield return k + 2;
                }
            }
        }
    }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The token as patterns read it: a plural possessive's apostrophe is "'s".</summary>
    public string Word(int position)
    {
        var text = Tokens[position].Text;
        return text is ['\''] && IsPluralPossessive(position) ? "'s" : text;
    }

    /// <summary>"the Social Democrats' leader": an apostrophe closing a word that ends in s is the possessive "'s", not a quotation mark.</summary>
    public bool IsPluralPossessive(int position) =>
        Tokens[position].Text == "'" && position > Sentence.FirstToken && Tokens[position - 1].End == Tokens[position].Start
        && Tokens[position - 1].Text is [.., 's' or 'S']
        && (position + 1 >= Sentence.EndToken || Tokens[position + 1].Start > Tokens[position].End);

    public Mention?[] MentionAt { get; }

    public Sentence Sentence { get; }

    /// <summary>Entity-bearing mentions in a sentence, a plural reference counting each member.</summary>
    public static int CountMentions(Mention?[] mentionAt, Sentence sentence)
    {
        var count = 0;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (EntityMentionStartingAt(mentionAt, sentence, i) is { } m)
            {
                count += m.Group?.Count ?? 1;
            }
        }
        return count;
    }

    /// <summary>The mention starting at a token when it stands for an entity or a group of them; else null.</summary>
    public static Mention? EntityMentionStartingAt(Mention?[] mentionAt, Sentence sentence, int i) =>
        mentionAt[i] is { } m && (m.EntityId is not null || m.Group is not null) && (i == sentence.FirstToken || !ReferenceEquals(mentionAt[i - 1], m))
            ? m
            : null;

    /// <summary>Relative to the sentence start: for a comma opening an apposition, the token after its closing comma; else 0.</summary>
    private int[] AppositionAfter { get; }

    /// <summary>Relative to the sentence start: for a token inside an apposition, the index of its closing comma; else -1.</summary>
    private int[] AppositionClose { get; }

    /// <summary>The token after the apposition that opens at <paramref name="position"/>, or -1.</summary>
    public int SkipApposition(int position) =>
        position < Sentence.EndToken && AppositionAfter[position - Sentence.FirstToken] is > 0 and var after ? after : -1;

    /// <summary>
    /// "Kyriakos Velopoulos of Greek Solution accused ...", "King Harald of Norway arrived ...": after a person, the token
    /// after the body or country "of" or "from" names as theirs, or -1.
    /// </summary>
    public int SkipAffiliation(int position)
    {
        if (position + 1 >= Sentence.EndToken || Tokens[position].Text is not ("of" or "from"))
        {
            return -1;
        }
        var body = MentionAt[position + 1] is null && Tokens[position + 1].Text == "the" ? position + 2 : position + 1;
        return EntityMentionStartingAt(MentionAt, Sentence, body) is { Type: "Organization" or "Country", Kind: not MentionKind.Demonym } own
            ? EndOfMention(body, own) : -1;
    }

    /// <summary>"Greece's parliament ratified ...", "Russia's foreign ministry said": a state's institution acting as the state.</summary>
    private int SkipInstitution(int position)
    {
        if (position + 1 >= Sentence.EndToken || Tokens[position].Text != "'s")
        {
            return -1;
        }
        var k = position + 1;
        if (k + 1 < Sentence.EndToken && Entities.Words.InstitutionModifiers.Contains(Tokens[k].Text))
        {
            k++;
        }
        return MentionAt[k] is null && Entities.Words.StateInstitutions.Contains(Tokens[k].Text) ? k + 1 : -1;
    }

    /// <summary>The closing comma of the apposition containing <paramref name="position"/>, or -1.</summary>
    public int AppositionEnd(int position) => AppositionClose[position - Sentence.FirstToken];

    /// <summary>
    /// Whether a role noun and "of", "at" or "for" open the phrase at <paramref name="k"/> ("the head of", "chair of"), after
    /// at most one lower-case word ("shadow secretary for", "deputy leader of").
    /// </summary>
    private bool RoleOfAt(int k, IReadOnlySet<string> roleNouns)
    {
        if (k < Sentence.EndToken && Tokens[k].Text is "the" or "a" or "an")
        {
            k++;
        }
        if (k + 2 < Sentence.EndToken && MentionAt[k] is null && Tokens[k].Text is [var c, ..] && char.IsLower(c) && !roleNouns.Contains(Tokens[k].Text))
        {
            k++;
        }
        return k + 1 < Sentence.EndToken && MentionAt[k] is null && roleNouns.Contains(Tokens[k].Text)
            && Tokens[k + 1].Text is "of" or "at" or "for";
    }

    private static readonly HashSet<string> PassiveParticiples = new(StringComparer.Ordinal)
    {
        "financed", "funded", "backed", "owned", "founded", "led", "run", "chaired", "headed", "controlled", "supported",
        "created", "sponsored", "bought", "appointed", "employed", "hired", "advised", "accompanied", "joined", "ruled",
        "governed", "dominated",
    };

    /// <summary>Where or how an actor speaks, said of them between commas: "Rosario Murillo, speaking on state media, called ...".</summary>
    private static readonly HashSet<string> SpeakingParticiples = new(StringComparer.Ordinal)
    {
        "speaking", "talking", "writing", "addressing", "responding", "replying", "commenting", "appearing",
    };

    private static readonly HashSet<string> TreatyParticiples = new(StringComparer.Ordinal)
    {
        "signed", "agreed", "reached", "concluded", "adopted", "negotiated", "struck", "sealed", "ratified", "brokered",
    };

    private void FindAppositions(IReadOnlySet<string> roleNouns)
    {
        var first = Sentence.FirstToken;
        for (var p = first + 1; p < Sentence.EndToken - 2; p++)
        {
            if (Tokens[p].Text != ",")
            {
                continue;
            }
            // A relative clause is set off whatever it follows ("The Glasgow Kelvin MP, who was expelled ..."), and so is
            // a passive participle's ("The Institute, financed by billionaire Tom Vale, has accused ..."); a role phrase
            // only after a name.
            // "Niger, which borders Mali, issued ...": "which" sets off a clause only after a name, not after a clause it
            // comments on ("... imposed sanctions, which angered ...").
            // "Mali, Burkina Faso and Niger, all ruled by juntas, quit ECOWAS": the participle may say it of each.
            var participle = Tokens[p + 1].Text is "all" or "both" && p + 3 < Sentence.EndToken ? p + 2 : p + 1;
            var relative = RelativeWords.Contains(Tokens[p + 1].Text) || PassiveParticiples.Contains(Tokens[participle].Text) && Tokens[participle + 1].Text == "by"
                || Tokens[p + 1].Text == "which" && MentionAt[p - 1] is { Type: "Country" or "Organization" }
                // "The agreement, signed at a summit in Astana, commits ...": where and when a treaty was made.
                || MentionAt[p - 1] is { Type: "Treaty" } && TreatyParticiples.Contains(Tokens[p + 1].Text)
                || MentionAt[p - 1] is { Type: "Person" or "Country" or "Organization" } && SpeakingParticiples.Contains(Tokens[p + 1].Text);
            if (!relative && MentionAt[p - 1] is null)
            {
                continue;
            }
            // "Trevor Phillips, chair of the Commission for Racial Equality, praised ...": a role of a body, ending in its name.
            var roleOf = RoleOfAt(p + 1, roleNouns);
            for (var q = p + 1; q < Sentence.EndToken - 1 && q - p <= (relative ? MaxRelativeClauseTokens : MaxAppositionTokens); q++)
            {
                var text = Tokens[q].Text;
                // "(AES)": an acronym in brackets stays inside the clause.
                if (text == "(" && q + 2 < Sentence.EndToken && Tokens[q + 2].Text == ")")
                {
                    q += 2;
                    continue;
                }
                // A quoted nickname inside a name ("Rosangela \"Janja\" da Silva") ends nothing.
                if (text is ";" or ":" or "(" or ")" or "\"" && MentionAt[q] is null)
                {
                    break;
                }
                if (text != ",")
                {
                    continue;
                }
                // "Fidan, who will also visit Senegal, Ghana and Nigeria, is accompanied by ...": a list's commas stay inside
                // the clause, as does a place's country ("which meets in Davos, Switzerland, next week").
                if (relative && MentionAt[q - 1] is { } listed && MentionAt[q + 1] is { } next && !ReferenceEquals(listed, next)
                    && (next.Type == listed.Type || listed.Type == "Location" && next.Type == "Country"))
                {
                    continue;
                }
                // "..., accompanied by Ann Hale and his wife, Astrid Vale, was welcomed": the relative's name is in the clause.
                if (relative && MentionAt[q - 1] is null && Entities.Words.RelativeNouns.Contains(Tokens[q - 1].Text) && q + 1 < Sentence.EndToken
                    && (MentionAt[q + 1] is { Type: "Person" } || TitledPerson(q + 1) >= 0))
                {
                    continue;
                }
                // A role phrase ends in a role noun ("..., Belarus's closest ally,"); a relative clause may end anywhere.
                if (q - p > 1 && (relative || roleOf || MentionAt[q - 1] is null && roleNouns.Contains(Tokens[q - 1].Text)))
                {
                    AppositionAfter[p - first] = q + 1;
                    for (var i = p; i <= q; i++)
                    {
                        AppositionClose[i - first] = q;
                    }
                    p = q - 1;
                }
                break;
            }
        }
    }
}
