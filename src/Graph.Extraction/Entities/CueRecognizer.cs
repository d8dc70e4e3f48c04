using System.Collections.Frozen;
using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Extraction.Text;

namespace Graph.Extraction.Entities;

/// <summary>
/// Finds entities no list names, from the words around them: a title or honorific before a
/// capitalized name ("Foreign Minister Choe Son Hui", "Mr Blair"), organization head words
/// ("... Center for Security Studies"), treaty head words with their modifiers ("a 2018 military
/// agreement"), and references by role or number ("the Russian president", "the two leaders").
/// Runs after the gazetteer and only claims tokens it left free, except that an organization name
/// may swallow the places inside it.
/// </summary>
public sealed partial class CueRecognizer(EntityLexicon lexicon) : IPipelineComponent
{
    public const string Honorific = "rule:honorific";
    public const string DatelineRule = "rule:dateline";
    public const string HonorificFemale = "rule:honorific-f";
    public const string CountryReference = "rule:country-reference";
    public const string PossessiveCountry = "rule:possessive-country";

    /// <summary>"its foreign minister, X": the country or body the sentence named last.</summary>
    public const string OwnerReference = "rule:owner-reference";

    /// <summary>"the government": the country whose politics the article reports, acting as a state.</summary>
    public const string GovernmentReference = "rule:government-reference";
    public const string LeaderReference = "rule:leader-reference";

    /// <summary>"the party's": the party the passage is about.</summary>
    public const string PartyReference = "rule:party-reference";

    /// <summary>
    /// A "he" or "she" opening a sentence or a clause inside one ("He said ...", "On Tuesday, he met ...", "Blair said he
    /// would ...", "part of what he said was ...").
    /// </summary>
    public const string ClausePronounRule = "rule:clause-pronoun";

    /// <summary>"the committee", "the agency": the one body with that head word the passage names.</summary>
    public const string BodyReference = "rule:body-reference";

    private const string OrganizationHeadRule = "rule:org-head";

    /// <summary>Nouns for a state that a passage uses for the one it has just named: "the country", "the kingdom".</summary>
    private static readonly HashSet<string> CountryNouns = new(StringComparer.Ordinal)
    {
        "country", "kingdom", "republic", "city-state", "emirate", "sultanate",
    };

    /// <summary>Head words of bodies' names that a passage uses alone for the body it has just named.</summary>
    private static readonly HashSet<string> ReferableHeads = new(StringComparer.Ordinal)
    {
        "agency", "committee", "commission", "council", "union", "bank", "ministry", "department", "court", "tribunal",
        "authority", "board", "institute", "foundation", "trust", "corporation", "association", "federation",
        "bloc", "grouping", "alliance", "charity",
    };

    /// <summary>"They" or a bare "the two", which stand for the two people, or two countries, just named, if that is two.</summary>
    public const string PluralPronoun = "rule:pronoun-plural";

    /// <summary>"the North Korean capital": the country's listed capital, the country its affiliation.</summary>
    public const string CapitalReference = "rule:capital-reference";

    /// <summary>A treaty known by its head word and modifiers: "a 2018 military agreement", "the Treaty of Rome".</summary>
    public const string DescribedTreaty = "rule:treaty-head";

    /// <summary>A role with no name: "the Russian president", "the Tory leader", "the foreign secretary".</summary>
    public const string RoleReference = "rule:role";

    public string Name => "cue-entities";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Tokens, Annotation.Sentences];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Mentions];

    private readonly WordClassifier _classifier = new(lexicon);

    public void Process(Document document)
    {
        var index = new MentionIndex(document);
        var classes = Classify(document.Tokens);
        var acronyms = new Dictionary<string, Mention>(StringComparer.Ordinal);
        var dateline = Dateline.Find(document);
        foreach (var sentence in document.Sentences)
        {
            var scan = new SentenceScan(document, sentence, index, lexicon, classes);
            // Only a dateline the agency or a country vouches for: "CRICKET - 1997 ASHES" opens a sports page.
            if (dateline is { } opening && opening.Close >= sentence.FirstToken && opening.Close < sentence.EndToken
                && (document.Tokens[opening.Close].Text == "(" || opening.Country.End.Value > opening.Country.Start.Value))
            {
                scan.DatelinePlace(opening.Place);
            }
            scan.Places();
            scan.Organizations();
            scan.LowerCaseCommittees();
            scan.NationalBodies();
            scan.Acronyms(acronyms);
            scan.CreditedPeople();
            scan.People();
            scan.ParticleSurnames();
            scan.NameTails();
            scan.PartyMembers();
            scan.Treaties();
            scan.SignedPapers();
            scan.PluralReferences();
            scan.SingularReferences();
            scan.CapitalReferences();
            scan.ClausePronoun();
        }
        if (acronyms.Count > 0)
        {
            // "the QCA" later in the article is the body "The Qualifications and Curriculum Authority (QCA)" defined.
            foreach (var mention in document.Mentions)
            {
                if (acronyms.TryGetValue(mention.Text, out var full) && !ReferenceEquals(mention, full))
                {
                    SentenceScan.Link(mention, full);
                }
            }
        }
        document.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    // Every first word of "the two leaders", "both sides", "the country" and "his country": the
    // reference rules look further only from these.
    private static readonly HashSet<string> ReferenceStarts = new(StringComparer.Ordinal) { "the", "The", "both", "Both", "his", "His", "her", "Her", "this", "This", "our", "Our" };

    /// <summary>The <see cref="WordClass"/> bits of every token.</summary>
    private int[] Classify(IReadOnlyList<Token> tokens)
    {
        var classes = new int[tokens.Count];
        for (var i = 0; i < classes.Length; i++)
        {
            classes[i] = _classifier.Classify(tokens[i].Text);
        }
        return classes;
    }

    /// <summary>
    /// Every word set and title start the rules consult, in one case-insensitive table: one lookup
    /// a token instead of one per rule. Membership is exactly that of the sets: a case-insensitive
    /// set answers by the table's (same) comparer, a case-sensitive one by an ordinal comparison
    /// with the forms it lists.
    /// </summary>
    private static readonly HashSet<string> SignVerbs = new(StringComparer.Ordinal)
    {
        "signed", "sign", "signs", "signing", "inked", "concluded", "ratified", "initialled", "initialed",
    };

    private sealed class WordClassifier
    {
        private readonly FrozenDictionary<string, Entry> _entries;

        public WordClassifier(EntityLexicon lexicon)
        {
            var entries = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
            Add(entries, Words.PlaceHeads, WordClass.PlaceHead);
            Add(entries, Words.LowerCasePlaceHeads, WordClass.LowerCasePlaceHead);
            Add(entries, ReferenceStarts, WordClass.ReferenceStart);
            Add(entries, Words.OrganizationHeads, WordClass.OrganizationHead);
            Add(entries, Words.Honorifics, WordClass.Honorific);
            Add(entries, Words.NotNames, WordClass.NotName);
            Add(entries, Words.StrongTreatyHeads, WordClass.StrongTreatyHead);
            Add(entries, Words.WeakTreatyHeads, WordClass.WeakTreatyHead);
            Add(entries, SignVerbs, WordClass.SignVerb);
            if (!lexicon.Titles.IgnoresCase)
            {
                throw new InvalidOperationException("title phrases are expected to match regardless of case");
            }
            foreach (var (word, isPhrase) in lexicon.Titles.FirstWords())
            {
                EntryOf(entries, word).IgnoreCaseBits |= WordClass.TitleStart | (isPhrase ? WordClass.Title : 0);
            }
            // Built once and read for every token of every article: frozen for the faster lookup.
            _entries = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        }

        public int Classify(string word)
        {
            if (!_entries.TryGetValue(word, out var entry))
            {
                return 0;
            }
            var bits = entry.IgnoreCaseBits;
            foreach (var (form, formBits) in entry.Exact)
            {
                if (string.Equals(form, word, StringComparison.Ordinal))
                {
                    bits |= formBits;
                }
            }
            return bits;
        }

        private static void Add(Dictionary<string, Entry> entries, HashSet<string> set, int wordClass)
        {
            var ignoreCase = ReferenceEquals(set.Comparer, StringComparer.OrdinalIgnoreCase);
            if (!ignoreCase && !ReferenceEquals(set.Comparer, StringComparer.Ordinal))
            {
                throw new InvalidOperationException("word sets are expected to compare ordinally, with or without case");
            }
            foreach (var word in set)
            {
                var entry = EntryOf(entries, word);
                if (ignoreCase)
                {
                    entry.IgnoreCaseBits |= wordClass;
                }
                else
                {
                    entry.Exact.Add((word, wordClass));
                }
            }
        }

        private static Entry EntryOf(Dictionary<string, Entry> entries, string word)
        {
            if (!entries.TryGetValue(word, out var entry))
            {
                entries[word] = entry = new Entry();
            }
            return entry;
        }

        private sealed class Entry
        {
            public int IgnoreCaseBits;
            public readonly List<(string Form, int Bits)> Exact = [];
        }
    }

    private static class WordClass
    {
        public const int PlaceHead = 2;
        public const int OrganizationHead = 4;
        public const int Honorific = 8;
        public const int NotName = 16;
        public const int StrongTreatyHead = 32;
        public const int WeakTreatyHead = 64;

        /// <summary>Some title phrase starts with the word.</summary>
        public const int TitleStart = 128;

        /// <summary>The word alone is a title phrase.</summary>
        public const int Title = 256;

        public const int LowerCasePlaceHead = 512;

        /// <summary>The word can open a plural or singular reference.</summary>
        public const int ReferenceStart = 1024;

        /// <summary>"signed", "ratified": what is done to a treaty.</summary>
        public const int SignVerb = 2048;
    }

    private sealed partial class SentenceScan(Document document, Sentence sentence, MentionIndex index, EntityLexicon lexicon, int[] classes)
    {
        private readonly IReadOnlyList<Token> _tokens = document.Tokens;

        /// <summary>Whether token <paramref name="i"/> has a <see cref="WordClass"/> bit; false outside the sentence, as for <see cref="T"/>'s "".</summary>
        private bool Is(int i, int wordClass) => i >= sentence.FirstToken && i < sentence.EndToken && (classes[i] & wordClass) != 0;

        private string T(int i) => i >= sentence.FirstToken && i < sentence.EndToken ? _tokens[i].Text : "";

        private Mention Create(int from, int to, string type, MentionKind kind, string rule)
        {
            var span = new Span(_tokens[from].Start, _tokens[to - 1].End);
            return new Mention(span, document.TextOf(span), type, kind, rule);
        }

        /// <summary>
        /// "STOCKHOLM (AFP) -": the place a wire story is filed from, which the tagger, reading capitals, may take for a
        /// body or miss.
        /// </summary>
        public void DatelinePlace(Range place)
        {
            var (first, end) = (place.Start.Value, place.End.Value);
            var mention = index.At(first);
            if (mention is null)
            {
                if (Enumerable.Range(first, end - first).All(i => index.At(i) is null))
                {
                    index.Add(mention = Create(first, end, "Location", MentionKind.Name, DatelineRule));
                }
            }
            else if (mention is { Known: null, Type: "Organization" or "Person" } && FirstOf(mention) == first && EndOf(mention) == end)
            {
                mention.Type = "Location";
            }
            // The gazetteer matches names as written, and a dateline writes them in capitals.
            if (mention is { Known: null, Type: "Location" } && FirstOf(mention) == first && EndOf(mention) == end
                && lexicon.PlacesInCapitals.TryGetValue(mention.Text.ToUpperInvariant(), out var listed))
            {
                mention.Known = EntityLexicon.RefOf(listed);
                mention.CanonicalName = listed.Name;
            }
        }

        /// <summary>
        /// A name ending in a place head word is a place, whatever an earlier recognizer thought:
        /// "Kim Il Sung Square", "Sunan Airport", "Eastmoor Prison"; not a body named "X of ..." ("University of the Lakes
        /// and Islands"). Extends over a free capitalized head after a name.
        /// </summary>
        public void Places()
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!Is(i, WordClass.PlaceHead) || i == sentence.FirstToken)
                {
                    continue;
                }
                var inside = index.At(i);
                if (inside is { Type: "Person" or "Organization" } && inside.Known is null && inside.Span.End == _tokens[i].End
                    && !(Words.StrongOrganizationHeads.Contains(T(FirstOf(inside))) && T(FirstOf(inside) + 1) == "of"))
                {
                    inside.Type = "Location";
                    continue;
                }
                if (inside is null && index.At(i - 1) is { } before && before.Span.End == _tokens[i - 1].End
                    && before.Type is "Person" or "Location")
                {
                    var start = FirstOf(before);
                    var place = Create(start, i + 1, "Location", MentionKind.Name, "rule:place-head");
                    place.CanonicalName = place.Text;
                    index.Replace(start, i + 1, place);
                }
            }
            LowerCasePlaces();
            PlacesOf();
        }

        private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
        {
            "city", "town", "village", "port", "province", "region", "district", "capital", "island", "state",
        };

        /// <summary>
        /// "the besieged Sudanese city of El Obeid", "Oddar Meanchey and Preah Vihear provinces": a name the tagger guessed a
        /// body or a person after "city of", or before a region's noun, is a place.
        /// </summary>
        private void PlacesOf()
        {
            for (var i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
            {
                if (i + 2 < sentence.EndToken && PlaceNouns.Contains(T(i)) && T(i + 1) == "of" && GuessedAt(i + 2) is { } named && FirstOf(named) == i + 2)
                {
                    named.Type = "Location";
                }
                if (RegionNouns.Contains(T(i)))
                {
                    // A plural noun covers a list before it: "A, B and C provinces".
                    var plural = T(i).EndsWith('s');
                    for (var k = i - 1; GuessedAt(k) is { } region && EndOf(region) == k + 1; k = FirstOf(region) - 2)
                    {
                        region.Type = "Location";
                        if (!plural || T(FirstOf(region) - 1) is not ("and" or ","))
                        {
                            break;
                        }
                    }
                }
            }
        }

        private Mention? GuessedAt(int k) =>
            index.At(k) is { Type: "Person" or "Organization", Known: null, Origin: Statistical.StatisticalEntityRecognizer.Origin } guessed ? guessed : null;

        private static readonly HashSet<string> RegionNouns = new(StringComparer.Ordinal)
        {
            "province", "provinces", "region", "regions", "district", "districts", "county", "counties", "oblast", "governorate",
            "governorates", "prefecture",
        };

        /// <summary>
        /// "the Kumsusan state guesthouse": after "the", a capitalized word no list knows, optional
        /// descriptive words and a lower-case place head name one place.
        /// </summary>
        private void LowerCasePlaces()
        {
            for (var i = sentence.FirstToken + 2; i < sentence.EndToken; i++)
            {
                if (!Is(i, WordClass.LowerCasePlaceHead) || index.At(i) is not null)
                {
                    continue;
                }
                var name = i - 1;
                while (name > sentence.FirstToken && i - name <= 2 && Words.PlaceModifiers.Contains(T(name)))
                {
                    name--;
                }
                var first = name;
                while (first - 1 > sentence.FirstToken && Words.IsCapitalizedWord(T(first - 1)) && name - first < 2)
                {
                    first--;
                }
                if (T(first - 1) is not ("the" or "The") || !Words.IsCapitalizedWord(T(first)) || !Words.IsCapitalizedWord(T(name))
                    || !IsUnknownName(first, name + 1))
                {
                    continue;
                }
                var place = Create(first, i + 1, "Location", MentionKind.Name, "rule:place-head");
                place.CanonicalName = place.Text;
                index.Replace(first, i + 1, place);
            }
        }

        /// <summary>Tokens free, or held only by a model guess, and none a word that is never a name.</summary>
        private bool IsUnknownName(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (Is(k, WordClass.NotName) || index.At(k) is { } m && (m.Known is not null || m.Origin != Statistical.StatisticalEntityRecognizer.Origin))
                {
                    return false;
                }
            }
            return true;
        }

        private int EndOf(Mention mention) => TokenSearch.FirstEndingAfter(_tokens, mention.Span.End - 1) + 1;

        private int FirstOf(Mention mention)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken && _tokens[i].Start < mention.Span.Start)
            {
                i++;
            }
            return i;
        }

        /// <summary>End of a run of up to four free capitalized name tokens starting at <paramref name="start"/>.</summary>
        private int NameEnd(int start)
        {
            var end = start;
            while (end < sentence.EndToken && end - start < 4 && index.At(end) is null
                && Words.IsCapitalizedWord(T(end)) && !Is(end, WordClass.NotName) && !IsAcronym(T(end))
                && !Is(end, WordClass.Title))
            {
                end++;
            }
            return end;
        }

        /// <summary>
        /// "first lady Rosangela da Silva", "Lisa van der Berg": a surname after particles belongs to the name before them,
        /// whatever read it alone (a place, or another person's surname, which would make her him).
        /// </summary>
        public void ParticleSurnames()
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (index.At(i) is not { Type: "Person", Kind: MentionKind.Name, Known: null } person || ReferenceEquals(index.At(i - 1), person))
                {
                    continue;
                }
                var k = EndOf(person);
                // "Rosangela \"Janja\" da Silva", "Marion \"Suge\" Knight": a nickname in quotes inside the name.
                var nicknamed = k + 3 < sentence.EndToken && T(k) is "\"" or "\u201C" && Words.IsCapitalizedWord(T(k + 1))
                    && T(k + 2) is "\"" or "\u201D" && (Words.IsCapitalizedWord(T(k + 3)) || Words.NameParticles.Contains(T(k + 3)));
                if (nicknamed)
                {
                    k += 3;
                }
                var particles = k;
                while (k < sentence.EndToken && Words.NameParticles.Contains(T(k)) && index.At(k) is null)
                {
                    k++;
                }
                var end = k + 1;
                if (nicknamed && k == particles && index.At(k) is { Type: "Person" } surname && FirstOf(surname) == k)
                {
                    end = EndOf(surname);
                }
                else if (k == particles && !nicknamed || k >= sentence.EndToken || !Words.IsCapitalizedWord(T(k)) || Is(k, WordClass.NotName)
                    || index.At(k) is { } alone && ReferenceEquals(index.At(k + 1), alone))
                {
                    continue;
                }
                var joined = new Mention(Span(i, end), Text(i, end), "Person", MentionKind.Name, person.Origin)
                {
                    Title = person.Title,
                    Affiliation = person.Affiliation,
                };
                index.Replace(i, end, joined);
                i = end - 1;
            }
        }

        // "PM IST", "Gen. MOD": all-capital words after a title are abbreviations, not names.
        private static bool IsAcronym(string word)
        {
            if (word.Length < 2)
            {
                return false;
            }
            foreach (var c in word)
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>Words before "Centre" that make it a venue rather than a body: "Conference Centre", "Leisure Centre".</summary>
        private static readonly HashSet<string> VenueCentres = new(StringComparer.Ordinal)
        {
            "Conference", "Exhibition", "Convention", "Congress", "Shopping", "Leisure", "Sports", "Events", "Trade", "Arts", "Civic",
        };

        /// <summary>Capitalized phrases ending in an organization head word, with an "of/for the ..." tail.</summary>
        public void Organizations()
        {
            for (var head = sentence.FirstToken; head < sentence.EndToken; head++)
            {
                if (!Is(head, WordClass.OrganizationHead))
                {
                    continue;
                }
                if (index.At(head) is { } guessed)
                {
                    // A strong head makes the tagger's place a body; any head makes its person one ("Sage Centre" is nobody),
                    // unless a given name opens it ("Guy Chambers", "Rob Da Bank").
                    if (guessed is { Known: null, Origin: Statistical.StatisticalEntityRecognizer.Origin } && guessed.Span.End == _tokens[head].End
                        && (guessed.Type == "Person" && !Words.GivenNames.Contains(T(FirstOf(guessed))) && !SurnameHeads.Contains(T(head))
                            || guessed.Type == "Location" && Words.StrongOrganizationHeads.Contains(T(head))))
                    {
                        guessed.Type = "Organization";
                    }
                    ExtendOverAnd(guessed, head);
                    // "the Scottish Exhibition and Conference Centre" is a venue, a place.
                    if (index.At(head) is { Known: null } venue && venue.Span.End == _tokens[head].End && T(head) is "Centre" or "Center"
                        && head > sentence.FirstToken && VenueCentres.Contains(T(head - 1)))
                    {
                        venue.Type = "Location";
                    }
                    if (SplitAtAnd(guessed) is { } split)
                    {
                        head = split - 1;
                        continue;
                    }
                    // "The [Parliamentary Group] on Betting and Gaming": the tagger stopped at the head; the tail is the name's.
                    if (guessed is { Known: null, Type: "Organization", Origin: Statistical.StatisticalEntityRecognizer.Origin }
                        && EndOf(guessed) == head + 1 && TailEnd(head + 1) is var tailEnd && tailEnd > head + 1 && !OnlyPlaceIn(head + 1, tailEnd))
                    {
                        var whole = FirstOf(guessed);
                        index.Replace(whole, tailEnd, Create(whole, tailEnd, "Organization", MentionKind.Name, OrganizationHeadRule));
                        head = tailEnd - 1;
                    }
                    continue;
                }
                var start = head;
                while (start - 1 >= sentence.FirstToken && IsOrganizationWord(start - 1))
                {
                    start--;
                }
                if (start == sentence.FirstToken && start < head && Is(start, WordClass.NotName))
                {
                    start++;
                }
                var end = TailEnd(head + 1);
                if (end - start < 2)
                {
                    continue;
                }
                var named = Create(start, end, "Organization", MentionKind.Name, OrganizationHeadRule);
                index.Replace(start, end, named);
                // "the Food and Drug Administration": the words before "and" are the name's too.
                if (end == head + 1)
                {
                    ExtendOverAnd(named, head);
                }
                head = end - 1;
            }
        }

        /// <summary>
        /// "the Commons home affairs select committee", "the Senate armed services committee": a listed parliament, a few
        /// lower-case words and "committee" name one of its committees, whatever the paper's capitals. Named in title case
        /// so the capitalized spelling elsewhere is the same body.
        /// </summary>
        public void LowerCaseCommittees()
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (index.At(i) is not { Known: { } known } house || lexicon.Schema.KindOf(known.EntityId) != "legislature")
                {
                    continue;
                }
                var end = EndOf(house);
                var k = end;
                // The words between name the committee's field: "home affairs select", "work and pensions", not a clause
                // ("the House of Lords to set up a special committee").
                while (k < sentence.EndToken && k - end < 6 && T(k) is [>= 'a' and <= 'z', ..] && T(k) != "committee"
                    && (T(k) == "and" || !Words.FunctionWords.Contains(T(k))))
                {
                    k++;
                }
                if (T(k) != "committee" || k == end || !Enumerable.Range(end, k - end).All(w => T(w).All(char.IsLetter)))
                {
                    continue;
                }
                var start = FirstOf(house);
                var committee = Create(start, k + 1, "Organization", MentionKind.Name, "rule:committee");
                committee.CanonicalName = string.Join(' ', Enumerable.Range(start, k + 1 - start).Select(w => w == start || T(w) is not ("and" or "of" or "on" or "for")
                    ? char.ToUpperInvariant(T(w)[0]) + T(w)[1..]
                    : T(w)));
                index.Replace(start, k + 1, committee);
                i = k;
            }
        }

        /// <summary>
        /// The end of an "of/for/on the ..." tail of capitalized words after a head word ("for Fiscal Studies", "for the
        /// Care of Victims of Torture"), or <paramref name="end"/> without one.
        /// </summary>
        private int TailEnd(int end)
        {
            while (T(end) is "of" or "for" or "on")
            {
                var tail = end + 1;
                if (T(tail) == "the")
                {
                    tail++;
                }
                var tailEnd = tail;
                while (tailEnd < sentence.EndToken && (IsOrganizationWord(tailEnd) || T(tailEnd) == "and" && IsOrganizationWord(tailEnd + 1) && !OpensBody(tailEnd + 1)))
                {
                    tailEnd++;
                }
                if (tailEnd == tail)
                {
                    break;
                }
                end = tailEnd;
            }
            return end;
        }

        /// <summary>
        /// Whether the capitalized words from the token on end in a head word of their own: after "and" they name another body
        /// ("the University of the Lakes and Islands and [Harbour Marine Centre]"), not more of the tail.
        /// </summary>
        private bool OpensBody(int from)
        {
            var k = from;
            while (k < sentence.EndToken && Words.IsCapitalizedWord(T(k)))
            {
                if (Is(k, WordClass.OrganizationHead))
                {
                    return true;
                }
                k++;
            }
            return false;
        }

        /// <summary>A tail that is only a listed country or place names where the body is, not the body: "Nissan Motors of the US".</summary>
        private bool OnlyPlaceIn(int from, int to)
        {
            var k = T(from + 1) == "the" ? from + 2 : from + 1;
            return index.At(k) is { Known: not null, Type: "Country" or "Location" } place && EndOf(place) == to;
        }

        /// <summary>
        /// "the French Tennis Federation", "the Spanish FA": a country's demonym right before a body no list knows is
        /// part of the body's name, not a country of its own ("head of the French Tennis Federation" leads no country).
        /// </summary>
        public void NationalBodies()
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (index.At(i) is not { Kind: MentionKind.Demonym, Type: "Country" } demonym || FirstOf(demonym) != i
                    || index.At(EndOf(demonym)) is not { Type: "Organization", Known: null } body || FirstOf(body) != EndOf(demonym)
                    || !Words.IsCapitalizedWord(T(FirstOf(body))))
                {
                    continue;
                }
                var end = EndOf(body);
                index.Replace(i, end, Create(i, end, "Organization", MentionKind.Name, "rule:national-body"));
                i = end - 1;
            }
        }

        /// <summary>Heads that are surnames as often: "Dwain Chambers", "Rob Da Bank" are people.</summary>
        private static readonly HashSet<string> SurnameHeads = new(StringComparer.Ordinal)
        {
            "Chambers", "Chamber", "Bank", "Court", "Guard", "Herald", "Times", "Post", "Club", "League", "Front", "Corps",
        };

        /// <summary>
        /// "the Public and Commercial Services Union" the tagger split at "and" into a place and a union: after "the",
        /// the capitalized words before "and" begin the body's name ("the Commons Work and Pensions Committee"), unless
        /// they name a body of their own ("the Los Angeles Times and Los Angeles Daily News").
        /// </summary>
        private void ExtendOverAnd(Mention body, int head)
        {
            // "the African Union's Peace and Security Council": a listed alias ("Security Council") inside a longer name is
            // no longer that body.
            if (body is not { Type: "Organization" } || body.Known is null && body.Origin is not (Statistical.StatisticalEntityRecognizer.Origin or OrganizationHeadRule)
                || body.Known is not null && body.Kind != MentionKind.Alias
                || body.Span.End != _tokens[head].End || T(FirstOf(body) - 1) != "and"
                // "the Sunday Times and Sunday Telegraph": a head word before "and" ends a body of its own.
                || Is(FirstOf(body) - 2, WordClass.OrganizationHead))
            {
                return;
            }
            var start = FirstOf(body) - 1;
            while (start - 1 > sentence.FirstToken && start > FirstOf(body) - 4 && Words.IsCapitalizedWord(T(start - 1))
                && (index.At(start - 1) is not { } piece || piece is { Known: null, Origin: Statistical.StatisticalEntityRecognizer.Origin }
                    && (piece.Type != "Organization" || !Words.OrganizationHeads.Contains(_tokens[EndOf(piece) - 1].Text))))
            {
                start--;
            }
            if (start < FirstOf(body) - 1 && T(start - 1) is "the" or "The" or "'s" && index.IsWithin(start, head + 1))
            {
                index.Replace(start, head + 1, Create(start, head + 1, "Organization", MentionKind.Name, OrganizationHeadRule));
            }
        }

        /// <summary>
        /// "[The University of the Lakes and Islands and Harbour Marine Centre]" read by the tagger as one body:
        /// where a body's name ("University of ...", "... Centre") is followed by "and" and a name ending in a head word of its
        /// own, they are two bodies ("Farmers Bank and Trust" is one). Returns the end of the second, or null when nothing
        /// was split.
        /// </summary>
        private int? SplitAtAnd(Mention guessed)
        {
            if (guessed is not { Known: null, Type: "Organization", Origin: Statistical.StatisticalEntityRecognizer.Origin })
            {
                return null;
            }
            int first = FirstOf(guessed), end = EndOf(guessed);
            for (var and = end - 2; and > first + 1; and--)
            {
                if (T(and) != "and" || end - and < 3 || !Is(end - 1, WordClass.OrganizationHead) || !Enumerable.Range(and + 1, end - and - 1).All(k => Words.IsCapitalizedWord(T(k)))
                    || !(Words.StrongOrganizationHeads.Contains(T(first)) && T(first + 1) == "of" || Is(and - 1, WordClass.OrganizationHead)))
                {
                    continue;
                }
                index.Replace(first, end, Create(first, and, "Organization", MentionKind.Name, OrganizationHeadRule));
                index.Add(Create(and + 1, end, "Organization", MentionKind.Name, OrganizationHeadRule));
                return end;
            }
            return null;
        }

        private bool IsOrganizationWord(int i)
        {
            var word = T(i);
            if (word.EndsWith("-based", StringComparison.Ordinal) || Is(i, WordClass.NotName) && i > sentence.FirstToken)
            {
                return false;
            }
            var inside = index.At(i);
            return (Words.IsCapitalizedWord(word) || word == "'" && Words.IsCapitalizedWord(T(i + 1)) || word == "&")
                && (inside is null || inside.Type is "Country" or "Location" or "Organization");
        }

        /// <summary>
        /// "The Qualifications and Curriculum Authority (QCA)": a name followed by its initials in brackets. The name
        /// is extended left over capitalized words the tagger left out until the initials match, and the acronym,
        /// here and wherever the article uses it again, names the same body.
        /// </summary>
        public void Acronyms(Dictionary<string, Mention> definitions)
        {
            for (var open = sentence.FirstToken + 1; open + 2 < sentence.EndToken; open++)
            {
                if (T(open) != "(" || T(open + 2) != ")" || !IsAcronym(T(open + 1)) || T(open + 1).Length > 8
                    || index.At(open - 1) is not { Type: "Organization" or "Location" } full || full.Span.End != _tokens[open - 1].End)
                {
                    continue;
                }
                var acronym = T(open + 1);
                var start = FirstOf(full);
                var from = start;
                while (!Initials(from, open, acronym) && from - 1 >= sentence.FirstToken)
                {
                    if (index.At(from - 1) is { Known: null, Type: "Organization" or "Location", Origin: Statistical.StatisticalEntityRecognizer.Origin } piece)
                    {
                        // "the Joint Council for the Welfare of Immigrants (JCWI)" the tagger cut in two.
                        from = FirstOf(piece);
                    }
                    else if (index.At(from - 1) is null && (Words.IsCapitalizedWord(T(from - 1)) && !Is(from - 1, WordClass.NotName)
                        || T(from - 1) is "and" or "of" or "for" or "&" || T(from - 1) == "the" && T(from) is not ("the" or "of" or "for")))
                    {
                        from--;
                    }
                    else
                    {
                        break;
                    }
                }
                while (from < start && T(from) is "the" or "and" or "of" or "for")
                {
                    from++;
                }
                if (!Initials(from, open, acronym))
                {
                    continue;
                }
                if (from < start)
                {
                    var extended = Create(from, open, "Organization", MentionKind.Name, "rule:acronym");
                    extended.Known = full.Known;
                    extended.CanonicalName = extended.Text;
                    index.Replace(from, open, extended);
                    full = extended;
                }
                full.CanonicalName ??= full.Known is null ? full.Text : null;
                definitions.TryAdd(acronym, full);
                if (index.At(open + 1) is { } written)
                {
                    Link(written, full);
                }
                else
                {
                    var created = Create(open + 1, open + 2, full.Type, MentionKind.Alias, "rule:acronym");
                    Link(created, full);
                    index.Add(created);
                }
            }
        }

        /// <summary>Whether the capitalized words of tokens [from, to) start with the acronym's letters, in order.</summary>
        private bool Initials(int from, int to, string acronym)
        {
            var words = Enumerable.Range(from, to - from).Select(T).Where(w => char.IsUpper(w[0])).ToList();
            return StartsOf(words, 0, acronym, 0);
        }

        /// <summary>
        /// Whether the acronym's letters from <paramref name="k"/> on are made of the words from <paramref name="w"/> on, each
        /// giving its first letter or a few first letters ("SURF": "Survivors Fund").
        /// </summary>
        private static bool StartsOf(List<string> words, int w, string acronym, int k)
        {
            if (w == words.Count)
            {
                return k == acronym.Length;
            }
            var word = words[w];
            for (var n = 1; n <= word.Length && k + n <= acronym.Length && char.ToUpperInvariant(word[n - 1]) == acronym[k + n - 1]; n++)
            {
                if (StartsOf(words, w + 1, acronym, k + n))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Makes an acronym's mention name the body its definition named.</summary>
        public static void Link(Mention acronym, Mention full)
        {
            if (acronym.Known is not null && full.Known is null)
            {
                return;
            }
            acronym.Type = full.Type;
            acronym.Known = full.Known;
            acronym.CanonicalName = full.Known is null ? full.CanonicalName ?? full.Text : null;
        }

        /// <summary>Treaty names: capitalized ("Treaty of Rome", "Paris Agreement") or a head word with telling modifiers.</summary>
        public void Treaties()
        {
            for (var head = sentence.FirstToken; head < sentence.EndToken; head++)
            {
                // "the Reciprocal Access Agreement", which the tagger took for a body, and "the Ankara Declaration", "the Vienna
                // Convention", taken for places: a name ending in a treaty's head word. A body may be a convention.
                // "the Cairo Maritime Accord", read as the listed city and a person: the city names the treaty.
                if (index.At(head) is { Known: null } tagged && (tagged.Type == "Location"
                        || tagged is { Type: "Organization" or "Person", Origin: Statistical.StatisticalEntityRecognizer.Origin } && T(head) is not ("Convention" or "Deal" or "Charter" or "Protocol"))
                    && EndOf(tagged) == head + 1 && FirstOf(tagged) < head && Is(head, WordClass.StrongTreatyHead | WordClass.WeakTreatyHead)
                    && char.IsUpper(T(head)[0]))
                {
                    if (index.At(FirstOf(tagged) - 1) is { Type: "Location", Known: not null } city && EndOf(city) == FirstOf(tagged))
                    {
                        var named = Create(FirstOf(city), head + 1, "Treaty", MentionKind.Name, DescribedTreaty);
                        named.CanonicalName = named.Text;
                        index.Replace(FirstOf(city), head + 1, named);
                        continue;
                    }
                    tagged.Type = "Treaty";
                    continue;
                }
                if (!Is(head, WordClass.StrongTreatyHead | WordClass.WeakTreatyHead) || index.At(head) is not null
                    || Is(head + 1, WordClass.StrongTreatyHead | WordClass.WeakTreatyHead))
                {
                    // "peace agreement treaty": the last head word names the thing.
                    continue;
                }
                var word = T(head);
                var strong = Is(head, WordClass.StrongTreatyHead);
                var start = head;
                var telling = false;
                while (start - 1 >= sentence.FirstToken && IsTreatyModifier(start - 1))
                {
                    start--;
                    telling |= Words.IsTreatyModifier(T(start)) || char.IsUpper(T(start)[0]) && start > sentence.FirstToken;
                }
                var end = head + 1;
                var capitalizedHead = char.IsUpper(word[0]) && head > sentence.FirstToken;
                if (capitalizedHead && T(end) is "of" or "on" && Words.IsCapitalizedWord(T(end + 1)) && !Words.IsCalendarWord(T(end + 1)))
                {
                    end += 1;
                    while (end < sentence.EndToken && (Words.IsCapitalizedWord(T(end)) || T(end) is "the" or "of" && Words.IsCapitalizedWord(T(end + 1))))
                    {
                        end++;
                    }
                    telling = true;
                }
                if (start == head && end == head + 1)
                {
                    var determiner = head - 1;
                    while (determiner > sentence.FirstToken && Words.ReferenceAdjectives.Contains(T(determiner)))
                    {
                        determiner--;
                    }
                    // "the treaty", "the new pact": refers back to the treaty in play; resolution decides which. So does "signed a
                    // treaty" in a story whose headline named it ("leaders sign water-sharing treaty").
                    var signed = T(determiner) is "a" or "an" && strong && determiner > sentence.FirstToken && Is(determiner - 1, WordClass.SignVerb);
                    if ((T(determiner) is "the" or "The" or "this" or "This" or "that" || signed) && index.IsFree(determiner, head + 1))
                    {
                        index.Add(Create(determiner, head + 1, "Treaty", MentionKind.Nominal, "rule:treaty-reference"));
                    }
                    continue;
                }
                // "the 2019 memorandum between Ankara and Tripoli": a pact between states.
                var party = T(end) == "between" ? (T(end + 1) is "the" or "The" ? end + 2 : end + 1) : -1;
                telling |= party > 0 && index.At(party) is { Type: "Country" } or { Type: "Location", Known: not null };
                if (!strong && !telling && !capitalizedHead)
                {
                    continue;
                }
                var mention = Create(start, end, "Treaty", MentionKind.Name, DescribedTreaty);
                mention.CanonicalName = mention.Text;
                index.Replace(start, end, mention);
                head = end - 1;
            }
        }

        /// <summary>A treaty's head word, or its plural: "signed agreements on ...", "memoranda", "treaties".</summary>
        private bool IsPaperHead(int k) =>
            Is(k, WordClass.StrongTreatyHead | WordClass.WeakTreatyHead)
            || T(k) is [.., 's'] and var plural && char.IsLower(plural[0])
                && (Words.StrongTreatyHeads.Contains(plural[..^1]) || Words.WeakTreatyHeads.Contains(plural[..^1]) || plural == "treaties")
            || T(k) == "memoranda";

        private static readonly HashSet<string> Quantities = new(StringComparer.Ordinal)
        {
            "of", "two", "three", "four", "five", "six", "several", "dozen", "number", "series", "raft", "host", "new", "separate",
            "further", "other", "more",
        };

        /// <summary>Words that end what a signed paper is about: "memorandums on rare-earth exploration and on ...".</summary>
        private static readonly HashSet<string> TopicEnds = new(StringComparer.Ordinal)
        {
            "and", "or", "with", "in", "at", "during", "last", "this", "which", "that", "who", "worth", "by", "as", "after",
            "before", "to", "from", "between", "while", "but", "on", "for", "earlier", "later", "yesterday", "today", "including",
        };

        /// <summary>
        /// "The two sides signed memorandums on rare-earth exploration", "signed agreements on research into biofuels": what
        /// is signed is a treaty however plain its head, when the words after it say what it is about, which also names it.
        /// </summary>
        public void SignedPapers()
        {
            for (var i = sentence.FirstToken; i + 3 < sentence.EndToken; i++)
            {
                if (!Is(i, WordClass.SignVerb))
                {
                    continue;
                }
                // "the signing of a dozen agreements on ...": the quantity is no part of the name.
                var start = i + 1;
                while (start < sentence.EndToken && (Words.Determiners.Contains(T(start)) || Quantities.Contains(T(start))))
                {
                    start++;
                }
                var head = start;
                while (head < sentence.EndToken && head - start < 3 && !IsPaperHead(head) && Words.IsLowerCaseWord(T(head))
                    && !Words.FunctionWords.Contains(T(head)))
                {
                    head++;
                }
                // "signed a water agreement on the sidelines of the summit": where, not what.
                if (head + 2 >= sentence.EndToken || !IsPaperHead(head) || T(head + 1) is not ("on" or "for" or "covering")
                    || !index.IsFree(start, head + 2) || T(head + 2) == "the" && T(head + 3) is "sidelines" or "margins" or "eve" or "occasion")
                {
                    continue;
                }
                var end = head + 2;
                while (end < sentence.EndToken && end - head <= 7 && index.At(end) is null && Words.IsLowerCaseWord(T(end)) && !TopicEnds.Contains(T(end)))
                {
                    end++;
                }
                if (end > head + 2)
                {
                    var mention = Create(start, end, "Treaty", MentionKind.Name, DescribedTreaty);
                    mention.CanonicalName = mention.Text;
                    index.Add(mention);
                    i = end - 1;
                }
            }
        }

        private bool IsTreatyModifier(int i)
        {
            var word = T(i);
            if (Words.Determiners.Contains(word) || index.At(i) is { Type: not "Country" })
            {
                return false;
            }
            if (word.Length == 4 && word.All(char.IsDigit))
            {
                return true;
            }
            if (index.At(i) is { Kind: MentionKind.Demonym })
            {
                return true;
            }
            return word.All(c => char.IsLetter(c) || c == '-') && (Words.IsTreatyModifier(word) || Words.IsCapitalizedWord(word) && i > sentence.FirstToken && index.At(i) is null);
        }

        /// <summary>
        /// "He said ...", "On Tuesday, he met ...", "Blair said he would visit ...": a "he", "she" or "they" opening the
        /// sentence, or inside it followed by a lower-case word, which makes it a clause's subject; the resolver decides
        /// from the sentences around it who, if anyone, it is.
        /// </summary>
        public void ClausePronoun()
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var subject = i == sentence.FirstToken
                    ? T(i) is "He" or "She" or "They"
                    : T(i) is "he" or "she" or "they" && T(i + 1) is [var c, ..] && char.IsLower(c);
                if (subject && index.At(i) is null)
                {
                    index.Add(Create(i, i + 1, "Person", MentionKind.Pronoun, T(i) is "They" or "they" ? PluralPronoun : ClausePronounRule));
                }
            }
            // "... and the two announced a treaty": "the two" alone before a verb is a pair too.
            for (var i = sentence.FirstToken; i + 2 < sentence.EndToken; i++)
            {
                if (T(i) is "the" or "The" && T(i + 1) == "two" && index.IsFree(i, i + 2) && PairVerb(T(i + 2)))
                {
                    index.Add(Create(i, i + 2, "Person", MentionKind.Pronoun, PluralPronoun));
                }
            }
        }

        /// <summary>A verb after "the two": "announced", "have", "met", not a noun ("the two sides", "the two decades").</summary>
        private static bool PairVerb(string word) =>
            word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0])
            || word is "have" or "had" or "are" or "were" or "will" or "would" or "met" or "held" or "shook" or "spoke" or "made"
                or "took" or "also" or "later" or "then" or "both" or "agreed" or "signed" or "said";

        /// <summary>"the two leaders", "both countries", "both sides".</summary>
        public void PluralReferences()
        {
            for (var i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
            {
                if (!Is(i, WordClass.ReferenceStart))
                {
                    continue;
                }
                int from = i, to;
                if (T(i) is "the" or "The" && T(i + 1) == "two")
                {
                    to = i + 3;
                }
                else if (T(i) is "both" or "Both")
                {
                    to = i + 2;
                }
                else
                {
                    continue;
                }
                var noun = T(to - 1);
                var type = Words.PluralPeople.Contains(noun) ? "Person" : Words.PluralCountries.Contains(noun) ? "Country" : null;
                if (type is null || !index.IsFree(from, to))
                {
                    continue;
                }
                index.Add(Create(from, to, type, MentionKind.Nominal, "rule:plural"));
                i = to - 1;
            }
        }

        /// <summary>"the country" and "his country": references the resolver ties to the country in play, or drops.</summary>
        public void SingularReferences()
        {
            for (var i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
            {
                if (!Is(i, WordClass.ReferenceStart))
                {
                    continue;
                }
                // "the Islamic republic", "the Himalayan kingdom": one word may describe the state before its noun.
                if (T(i) is "the" or "The" && CountryNouns.Contains(T(i + 2)) && !CountryNouns.Contains(T(i + 1)) && T(i + 1).All(char.IsLetter)
                    && T(i + 1) is not ("other" or "next" or "first" or "second" or "third" or "last" or "former" or "neighbouring" or "neighboring")
                    && index.IsFree(i, i + 3) && T(i + 3) is not ("of" or "in"))
                {
                    index.Add(Create(i, i + 3, "Country", MentionKind.Nominal, CountryReference));
                    i += 2;
                    continue;
                }
                var rule = (T(i), T(i + 1)) switch
                {
                    ("the" or "The", var noun) when CountryNouns.Contains(noun) && T(i + 2) is not ("of" or "in") => CountryReference,
                    // "the government" unqualified: the home government of the article (not "the government of Iraq").
                    // "this government", "our government" in a reader's or a voter's words are the same one.
                    // "accused the government of incoherence": the charge, not the government's country.
                    ("the" or "The" or "this" or "This" or "our" or "Our", "government") when T(i + 2) is not ("of" or "in" or "and")
                        || T(i + 2) == "of" && T(i - 1) is "accused" or "accuses" or "accusing" or "accuse" or "suspected" or "suspects" or "convicted" => GovernmentReference,
                    ("his" or "His" or "her" or "Her", "country") => PossessiveCountry,
                    // "Vince Cable, the party's Treasury spokesman": the party the passage is about.
                    ("the" or "The", "party") when i + 2 < sentence.EndToken && T(i + 2) == "'s" => PartyReference,
                    // "a highly critical report into the agency": not "the committee of inquiry", another body.
                    ("the" or "The", var head) when ReferableHeads.Contains(head) && T(i + 2) is not ("of" or "for" or "on" or "in") => BodyReference,
                    _ => null,
                };
                if (rule is null || !index.IsFree(i, i + 2))
                {
                    continue;
                }
                index.Add(Create(i, i + 2, rule is PartyReference or BodyReference ? "Organization" : "Country", MentionKind.Nominal, rule));
                i++;
            }
        }

        /// <summary>
        /// "the North Korean capital", "the Russian capital": the listed capital of the listed country. Not when a name follows
        /// ("the Spanish capital, Madrid"): that name is the place.
        /// </summary>
        public void CapitalReferences()
        {
            for (var i = sentence.FirstToken; i + 2 < sentence.EndToken; i++)
            {
                if (T(i) is not ("the" or "The") || index.At(i + 1) is not { Type: "Country", Known: { } country } named || FirstOf(named) != i + 1)
                {
                    continue;
                }
                var end = EndOf(named);
                if (end >= sentence.EndToken || T(end) != "capital" || !lexicon.Capitals.TryGetValue(country.EntityId, out var city)
                    || end + 1 < sentence.EndToken && (Words.IsCapitalizedWord(T(end + 1)) || T(end + 1) == "," && end + 2 < sentence.EndToken && Words.IsCapitalizedWord(T(end + 2))))
                {
                    continue;
                }
                index.Add(new Mention(Span(i, end + 1), Text(i, end + 1), "Location", MentionKind.Nominal, CapitalReference)
                {
                    Known = EntityLexicon.RefOf(city),
                    Affiliation = named,
                });
                i = end;
            }
        }

        private Span Span(int from, int to) => new(_tokens[from].Start, _tokens[to - 1].End);

        private string Text(int from, int to) => document.TextOf(Span(from, to));
    }
}
