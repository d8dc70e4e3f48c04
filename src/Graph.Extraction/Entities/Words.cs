namespace Graph.Extraction.Entities;

/// <summary>Closed word classes the rules consult.</summary>
internal static partial class Words
{
    public static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Miss", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Prof", "Prof.",
        "Reverend", "Rev", "Rev.",
    };

    /// <summary>A title the recognizer marked as no longer or not yet held: "Former Prime Minister", "Shadow Chancellor".</summary>
    public static bool IsUnheldTitle(string title) =>
        title.StartsWith("Shadow ", StringComparison.Ordinal) || title.StartsWith("Former ", StringComparison.Ordinal);

    /// <summary>
    /// Common given names. Alone, one names nobody the graph can tell apart: "Alan" in one article and "Alan" in the
    /// next are not one person, so a bare given name joins a full name in its article or is left out.
    /// </summary>
    public static readonly HashSet<string> GivenNames = new(StringComparer.Ordinal)
    {
        "Aaron", "Abigail", "Adam", "Adrian", "Alan", "Alastair", "Albert", "Alex", "Alexander", "Alfred", "Alice",
        "Alison", "Alistair", "Alun", "Amanda", "Amber", "Amelia", "Amy", "Andre", "Andrea", "Andrew", "Andy",
        "Angela", "Angus", "Ann", "Anna", "Anne", "Annie", "Anthony", "Antony", "Archie", "Arthur", "Barbara",
        "Barney", "Barry", "Beatrice", "Becky", "Belinda", "Ben", "Benjamin", "Bernard", "Beth", "Betty", "Beverley",
        "Bill", "Billy", "Bob", "Bobby", "Brendan", "Brian", "Bridget", "Bruce", "Caitlin", "Callum", "Carl", "Carol",
        "Caroline", "Carolyn", "Catherine", "Cathy", "Charles", "Charlie", "Charlotte", "Cherie", "Chloe", "Chris",
        "Christina", "Christine", "Christopher", "Claire", "Clare", "Clive", "Colin", "Connor", "Craig", "Cyril",
        "Damian", "Damien", "Dan", "Daniel", "Danny", "Darren", "Dave", "David", "Dean", "Debbie", "Deborah", "Denis",
        "Denise", "Dennis", "Derek", "Diana", "Diane", "Dominic", "Donald", "Donna", "Doreen", "Doris", "Doug",
        "Douglas", "Duncan", "Dylan", "Ed", "Eddie", "Edward", "Eileen", "Elaine", "Eleanor", "Elizabeth", "Ellen",
        "Ellie", "Emily", "Emlyn", "Emma", "Eric", "Ernest", "Estelle", "Fiona", "Frances", "Frank", "Fred",
        "Frederick", "Gareth", "Gary", "Gavin", "Gemma", "Geoff", "George", "Gerald", "Gerry", "Gillian", "Gordon",
        "Graham", "Greg", "Gregory", "Gwyneth", "Hannah", "Harold", "Harriet", "Harry", "Heather", "Helen", "Henry",
        "Hilary", "Hugh", "Huw", "Iain", "Ian", "Isabel", "Jack", "Jackie", "Jacqueline", "Jacqui", "Jake", "James",
        "Jamie", "Jane", "Janet", "Jason", "Jean", "Jeff", "Jennifer", "Jenny", "Jeremy", "Jess", "Jessica", "Jill",
        "Jim", "Jimmy", "Jo", "Joan", "Joanna", "Joanne", "Jodie", "Joe", "John", "Johnny", "Jon", "Jonathan",
        "Joseph", "Josh", "Joshua", "Joyce", "Judith", "Judy", "Julia", "Julian", "Julie", "Justin", "Karen", "Kate",
        "Katherine", "Kathleen", "Kathy", "Katie", "Keith", "Ken", "Kenneth", "Kerry", "Kevin", "Kieran", "Kirsty",
        "Larry", "Laura", "Lee", "Liam", "Linda", "Lindsay", "Lisa", "Lorraine", "Louise", "Lucy", "Luke", "Lynne",
        "Malcolm", "Marcus", "Margaret", "Maria", "Marie", "Marion", "Marjorie", "Mark", "Martin", "Mary", "Matt",
        "Matthew", "Maureen", "Megan", "Melanie", "Michael", "Michelle", "Mike", "Miriam", "Molly", "Natalie",
        "Nathan", "Neil", "Niall", "Nicholas", "Nick", "Nicky", "Nicola", "Nigel", "Noel", "Oliver", "Olivia", "Paddy",
        "Pamela", "Pat", "Patricia", "Patrick", "Patsy", "Paul", "Paula", "Pauline", "Penny", "Pete", "Peter", "Phil",
        "Philip", "Phillip", "Phyllis", "Polly", "Rachel", "Ray", "Rebecca", "Rhodri", "Rhys", "Richard", "Rita",
        "Rob", "Robbie", "Robert", "Robin", "Rod", "Rodney", "Roger", "Ron", "Ronald", "Rory", "Rose", "Rosie", "Roy",
        "Ruth", "Ryan", "Sadie", "Sally", "Sam", "Samuel", "Sandra", "Sandy", "Sarah", "Scott", "Sean", "Sebastian",
        "Sharon", "Shaun", "Sheila", "Shirley", "Sian", "Simon", "Sophie", "Stanley", "Stella", "Stephanie", "Stephen",
        "Steve", "Steven", "Stuart", "Sue", "Susan", "Sylvia", "Tamsin", "Teresa", "Terry", "Tessa", "Theo", "Theresa",
        "Thomas", "Tim", "Timothy", "Toby", "Tom", "Tommy", "Tony", "Tracey", "Tracy", "Trevor", "Valerie", "Vanessa",
        "Vera", "Vicky", "Victoria", "Vince", "Vincent", "Vivian", "Walter", "Wayne", "Wendy", "William", "Willie",
        "Yvette", "Yvonne", "Zoe",
    };

    /// <summary>Peers, whose names run on with the place of their title: "Lord Nicholls of Birkenhead".</summary>
    public static readonly HashSet<string> PeerageHonorifics = new(StringComparer.Ordinal) { "Lord", "Lady", "Baroness", "Baron" };

    public static readonly HashSet<string> FemaleHonorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady", "Baroness",
    };

    public static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "any", "every", "no", "another", "each", "some", "such",
    };

    /// <summary>Determiners, prepositions, auxiliaries and relative words: where they stand, a clause goes on, not a name.</summary>
    public static readonly HashSet<string> FunctionWords = new(
        [
            .. Determiners, "to", "of", "in", "on", "for", "by", "with", "from", "at", "as", "into", "that", "which", "who",
            "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can",
            "may", "not",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalized words that start sentences or headlines but never names.</summary>
    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>"signed a treaty on Friday", "the accord of March": a date, never the rest of a name.</summary>
    public static bool IsCalendarWord(string word) => Array.IndexOf(Weekdays, word) >= 0 || Array.IndexOf(Months, word) >= 0;

    public static readonly HashSet<string> NotNames = new(
        [
            "The", "A", "An", "In", "On", "At", "For", "From", "By", "With", "And", "But", "Or", "Of", "To", "As",
            "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "This", "That",
            "These", "Those", "There", "Here", "When", "While", "After", "Before", "Since", "If", "Why", "How",
            "What", "Who", "Where", "Which", "Mr", "Mrs", "Ms", "Dr", .. Weekdays, "Many", "Veteran", "Vote", "Former",
            "Senior", "Leading", "Outgoing", "Acting", .. Months, "Meanwhile", "However", "Also", "Both",
        ],
        StringComparer.Ordinal);

    public static readonly HashSet<string> OrganizationHeads = new(StringComparer.Ordinal)
    {
        "Center", "Centre", "Council", "Administration", "Unit", "International", "Chambers", "Chamber", "Agency", "Ministry", "Party", "Institute", "Bank", "University",
        "Commission", "Committee", "Organization", "Organisation", "Association", "Foundation", "Fund", "Forum",
        "Corporation", "Company", "Court", "Assembly", "Parliament", "Department", "Office", "Service", "Army",
        "Navy", "Command", "Union", "League", "Front", "Movement", "Alliance", "Authority", "Bureau", "Board",
        "Federation", "Society", "Institution", "Academy", "School", "College", "Group", "Corps", "Guard",
        "Forces", "Force", "Cabinet", "Secretariat", "Congress", "Senate", "Tribunal", "Programme", "Program", "Initiative",
        "Times", "Post", "Herald", "Journal", "Telegraph", "Guardian", "News", "Television", "Radio", "Broadcasting",
        "Inc", "Ltd", "Corp", "Co", "Airlines", "Airways", "Motors", "Holding", "Holdings", "Industries", "Trust", "Club",
    };

    /// <summary>Heads that make a name an organization whatever the tagger guessed: "Hope Foundation" is no place.</summary>
    public static readonly HashSet<string> StrongOrganizationHeads = new(StringComparer.Ordinal)
    {
        "Foundation", "Institute", "Council", "Committee", "Commission", "Agency", "Ministry", "Association", "Organization",
        "Organisation", "Federation", "Society", "Fund", "Party", "Corporation", "Company", "Authority", "Bureau", "Board",
        "Secretariat", "Trust", "University", "College", "Police", "Holding", "Holdings",
    };

    /// <summary>Last words that make a name a place, not a person: "Kim Il Sung Square".</summary>
    public static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal)
    {
        "Square", "Street", "Avenue", "Road", "Airport", "Station", "Stadium", "Palace", "Hall", "Bridge", "Park",
        "Guesthouse", "Hotel", "Building", "Tower", "Mausoleum", "Cathedral", "Mosque", "Temple", "Port", "Harbour",
        "Harbor", "Island", "Islands", "Mountain", "Mountains", "River", "Lake", "Valley", "Province", "Region",
        "District", "County", "Plaza", "Boulevard", "Base", "Complex", "Memorial", "Monument", "Arena", "Peninsula",
        "Prison", "Jail", "Gaol",
    };

    /// <summary>Titles of royals, who go by title and given or regnal name ("Prince Harry", "King Harald V").</summary>
    public static readonly HashSet<string> RoyalTitles = new(StringComparer.Ordinal)
    {
        "Prince", "Princess", "Crown Prince", "King", "Queen", "Emperor", "Empress", "Sultan", "Emir", "Grand Duke",
    };

    /// <summary>Kin a companion is named by before their name: "and his wife, first lady X", "their eldest daughter, Y".</summary>
    public static readonly HashSet<string> RelativeNouns = new(StringComparer.Ordinal)
    {
        "wife", "husband", "partner", "son", "daughter", "brother", "sister", "father", "mother", "sons", "daughters",
    };

    /// <summary>Lower-case words inside personal names: "Ursula von der Leyen", "Osama bin Laden".</summary>
    public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "da", "di", "del", "van", "von", "der", "den", "bin", "bint", "binti", "al", "el", "la", "le", "du", "dos", "das", "ibn",
    };

    /// <summary>
    /// Lower-case words that may stand between a party or country and the title or name they
    /// qualify: portfolios ("Liberal Democrat home affairs spokesman"), standing ("Tory shadow
    /// home secretary") and roles that are no office ("Tory backbencher", "Labour peer").
    /// </summary>
    public static readonly HashSet<string> AffiliationModifiers = new(StringComparer.Ordinal)
    {
        "home", "foreign", "affairs", "education", "health", "transport", "environment", "trade", "industry",
        "defence", "defense", "economic", "economy", "finance", "treasury", "work", "pensions", "culture", "media",
        "sport", "energy", "justice", "legal", "constitutional", "international", "development", "rural", "local",
        "regional", "agriculture", "fisheries", "science", "technology", "employment", "welfare", "family",
        "social", "security", "immigration", "asylum", "policing", "party", "shadow", "former", "deputy", "junior",
        "senior", "chief", "acting", "interim", "veteran", "leading", "prominent", "backbench", "frontbench",
        "cabinet", "parliamentary", "election", "campaign", "policy", "spending", "budget", "and",
        "backbencher", "backbenchers", "peer", "candidate", "councillor", "activist", "rebel", "grandee",
        "figure", "donor", "loyalist", "member", "whip", "ex-minister",
    };

    /// <summary>Place heads written in lower case after a name: "the Kumsusan state guesthouse".</summary>
    public static readonly HashSet<string> LowerCasePlaceHeads = new(StringComparer.Ordinal)
    {
        "guesthouse", "palace", "square", "airport", "stadium", "mausoleum", "residence", "compound", "cemetery",
        "airbase", "port", "hotel", "prison", "base",
    };

    /// <summary>Words between such a name and its head: "the Kumsusan state guesthouse".</summary>
    public static readonly HashSet<string> PlaceModifiers = new(StringComparer.Ordinal)
    {
        "state", "presidential", "international", "royal", "memorial", "national", "air", "military", "naval",
    };

    /// <summary>Heads that name a treaty on their own, even without a modifier that says so.</summary>
    public static readonly HashSet<string> StrongTreatyHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "treaty", "pact", "accord", "convention", "accords",
    };

    public static readonly HashSet<string> WeakTreatyHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "agreement", "declaration", "roadmap", "road-map", "memorandum", "protocol", "charter", "deal",
    };

    /// <summary>Modifiers that make a weak head a treaty: "military agreement", not "pay agreement".</summary>
    public static readonly HashSet<string> TreatyModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "strategic", "partnership", "defence", "defense", "security", "military", "trade", "free-trade", "peace",
        "nuclear", "arms", "ceasefire", "cease-fire", "cooperation", "co-operation", "mutual", "friendship", "border",
        "comprehensive", "bilateral", "multilateral", "non-aggression", "alliance", "association", "framework",
        "armistice", "climate", "investment", "economic", "assistance", "non-proliferation", "intergovernmental",
        "maritime", "boundary", "delimitation", "extradition", "fisheries", "transit", "free",
        "cooperative", "joint",
    };

    /// <summary>
    /// A word that makes a weak head a treaty; of a compound, one of its parts: "water-sharing treaty",
    /// "power-sharing deal", not "technology-sharing agreement".
    /// </summary>
    public static bool IsTreatyModifier(string word) =>
        TreatyModifiers.Contains(word) || word.Contains('-') && word.Split('-').Any(part => TreatyModifiers.Contains(part) || part is "water" or "power");

    /// <summary>Words between "the" and a treaty head that still refer back: "the new pact".</summary>
    public static readonly HashSet<string> ReferenceAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "landmark", "historic", "proposed", "planned", "same", "latest", "draft", "signed",
    };

    /// <summary>The small counts a story puts before a plural: "the two countries", "the five presidents".</summary>
    public static readonly HashSet<string> Counts = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    };

    public static readonly HashSet<string> PluralPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "leaders", "men", "presidents", "heads", "ministers", "officials",
    };

    public static readonly HashSet<string> PluralCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        "countries", "nations", "sides", "states", "governments", "neighbours", "neighbors", "allies",
    };

    /// <summary>A state's institutions, which act for it: "Greece's parliament ratified", "Mali's transitional government".</summary>
    public static readonly HashSet<string> StateInstitutions = new(StringComparer.Ordinal)
    {
        "parliament", "government", "cabinet", "ministry", "military", "army", "navy", "senate", "congress", "legislature",
        "junta", "regime", "leadership", "administration", "authorities", "presidency", "embassy", "mission",
    };

    /// <summary>Words between a state and its institution: "Russia's foreign ministry", "Mali's transitional government".</summary>
    public static readonly HashSet<string> InstitutionModifiers = new(StringComparer.Ordinal)
    {
        "foreign", "defence", "defense", "interior", "finance", "military", "military-led", "transitional", "interim", "new",
        "caretaker", "coalition", "federal", "national",
    };

    /// <summary>Languages no country is named after ("Veritas, Latin for truth"): never a name of their own.</summary>
    public static readonly HashSet<string> Languages = new(StringComparer.Ordinal)
    {
        "Latin", "Sanskrit", "Esperanto", "Mandarin", "Cantonese", "Swahili", "Hindi", "Urdu", "Bengali", "Gaelic", "Yiddish",
        "Aramaic", "Farsi", "Pashto", "Tagalog", "Punjabi", "Tamil", "Creole", "Amharic",
    };

    /// <summary>
    /// Weapons and military hardware named after their make ("Shahed drones", "Patriot air defence systems"): a name just
    /// before one of these is a model, not a person or place.
    /// </summary>
    public static readonly HashSet<string> Hardware = new(StringComparer.OrdinalIgnoreCase)
    {
        "drone", "drones", "missile", "missiles", "tank", "tanks", "jet", "jets", "warplane", "warplanes", "aircraft",
        "helicopter", "helicopters", "howitzer", "howitzers", "launcher", "launchers", "interceptor", "interceptors",
        "submarine", "submarines", "frigate", "frigates", "warship", "warships", "rifle", "rifles",
    };

    /// <summary>What kind of hardware, between its make and the noun: "Patriot air defence systems", "Storm Shadow cruise missiles".</summary>
    public static readonly HashSet<string> HardwareModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "air", "defence", "defense", "air-defence", "air-defense", "missile", "cruise", "ballistic", "attack", "kamikaze",
        "fighter", "battle", "main", "anti-aircraft", "anti-tank", "anti-ship", "surface-to-air", "long-range",
    };

    /// <summary>Military ranks, which stand between an office and a name ("army spokesman Brigadier General X").</summary>
    public static readonly HashSet<string> Ranks = new(StringComparer.Ordinal)
    {
        "General", "Gen.", "Brigadier", "Colonel", "Col.", "Lieutenant", "Lt.", "Major", "Maj.", "Admiral", "Adm.", "Captain",
        "Capt.", "Commander", "Marshal", "Field", "Rear", "Vice", "Sergeant", "Sgt.",
    };

    /// <summary>"II" to "XXXIX" ("I" alone is the pronoun): the number of a monarch or a pope.</summary>
    public static bool IsRegnalNumber(string token) =>
        token.Length is > 1 and <= 6 && token[0] is 'I' or 'V' or 'X' && token[1] is 'I' or 'V' or 'X' && RegnalNumber().IsMatch(token);

    [System.Text.RegularExpressions.GeneratedRegex("^X{0,3}(IX|IV|V?I{0,3})$")]
    private static partial System.Text.RegularExpressions.Regex RegnalNumber();

    /// <summary>"exploration", "rare-earth": a word of lower-case letters and hyphens.</summary>
    public static bool IsLowerCaseWord(string token) =>
        token.Length > 0 && char.IsLower(token[0]) && token.All(c => char.IsLetter(c) || c == '-');

    /// <summary>"Blair", "A.", "Al-Sadr", "O'Connor".</summary>
    public static bool IsCapitalizedWord(string token) =>
        token.Length > 0 && char.IsUpper(token[0])
        && (token.Length == 1 || char.IsLetter(token[1]) || token[1] is '.' or '-' || token.Length > 2 && token[1] == '\'' && char.IsUpper(token[2]));

    /// <summary>
    /// The token after a peer's seat that starts at <paramref name="end"/> ("of Birkenhead" in "Lord Nicholls of
    /// Birkenhead": "of" and up to three capitalized words before <paramref name="limit"/>), or <paramref name="end"/>.
    /// </summary>
    public static int PeerageSeatEnd(IReadOnlyList<Graph.Core.Model.Token> tokens, int end, int limit)
    {
        if (end + 1 >= limit || tokens[end].Text != "of" || !IsCapitalizedWord(tokens[end + 1].Text))
        {
            return end;
        }
        var k = end + 1;
        while (k < limit && k <= end + 3 && IsCapitalizedWord(tokens[k].Text))
        {
            k++;
        }
        return k;
    }
}
