namespace Graph.Core.Schema;

/// <summary>Where something was declared in a schema file, for error messages.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}

public sealed record EntityTypeDefinition(string Name, string Color, string Description, SourceLocation Location);

public sealed record RelationTypeDefinition(
    string Name,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    bool Symmetric,
    IReadOnlyList<string> Properties,
    string? Cameo,
    double? Goldstein,
    string Description,
    SourceLocation Location,
    bool Timeless = false)
{
    public bool Allows(string sourceType, string targetType) =>
        (From.Contains(sourceType) && To.Contains(targetType))
        || (Symmetric && From.Contains(targetType) && To.Contains(sourceType));
}

/// <summary>A known entity: a country, organization, person or place listed in a gazetteer.</summary>
public sealed record GazetteerEntry(
    string Id,
    string Type,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Metonyms,
    IReadOnlyDictionary<string, string> Properties,
    SourceLocation Location)
{
    /// <summary>
    /// Names that mean this entity only in an article about its country: "Parliament" in a British article is the UK
    /// Parliament, in an Indian one it is not.
    /// </summary>
    public IReadOnlyList<string> HomeAliases { get; init; } = [];

    /// <summary>
    /// Names this entity shares with others ("Congo", "Korea"): each means the one of them the article names otherwise,
    /// and nothing where it names none or several.
    /// </summary>
    public IReadOnlyList<string> SharedAliases { get; init; } = [];

    /// <summary>Demonyms this entity shares with others ("Congolese", "Korean"), read as <see cref="SharedAliases"/> are.</summary>
    public IReadOnlyList<string> SharedDemonyms { get; init; } = [];
}

/// <summary>
/// Countries news names together ("the Baltic states", "Gulf Arab states"): a mention of the group stands for each
/// member. <see cref="Adjectives"/> are the words written before a plural noun ("Baltic", "Gulf Arab"); <see cref="Members"/>
/// are entity ids of listed countries.
/// </summary>
public sealed record CountryGroup(string Name, IReadOnlyList<string> Adjectives, IReadOnlyList<string> Members, SourceLocation Location);

/// <summary>
/// A role word for people, and the relation it implies with the body it belongs to. Some titles
/// mean different offices in different countries ("Chancellor" heads Germany's government but
/// Britain's treasury), and a legislator's seat is an office of a country but only membership of a
/// party: <see cref="RelationFor"/> overrides the relation per body, else per kind of body
/// (<c>kind:party</c>, the gazetteer's <c>kind</c> property).
/// </summary>
public sealed record TitleDefinition(
    string Name,
    IReadOnlyList<string> Forms,
    string Relation,
    string? Organization,
    SourceLocation Location)
{
    public IReadOnlyDictionary<string, string> Overrides { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// An office of a national government ("Minister", "Secretary of State"): with no body in the phrase, it belongs to
    /// the country the article is about, which a British article rarely names ("Children's Minister Margaret Hodge").
    /// </summary>
    public bool National { get; init; }

    /// <summary>
    /// The head of a state or government ("President", "Prime Minister"): with no body in the phrase, it belongs to the
    /// country a wire story is filed from when the story is about that country ("LA PAZ, Bolivia (AP) — President
    /// Luis Arce"), never to the country a home paper is about (a British article's "President Musharraf").
    /// </summary>
    public bool HeadOfState { get; init; }

    /// <summary>
    /// An office a party gives ("spokesman"): with no body in the phrase, it belongs to the one party named in the same
    /// sentence or the one before ("The Lib Dems say ... Health spokesman Paul Burstow").
    /// </summary>
    public bool PartyOffice { get; init; }

    /// <summary>
    /// An office any body has ("director", "chief executive"): with no body in the phrase, it belongs to the one body a
    /// sentence just before opened with ("Amnesty International UK questioned ... said director Kate Allen").
    /// </summary>
    public bool BodyOffice { get; init; }

    /// <summary>
    /// The ministries the office heads, one per country ("Home Secretary" the Home Office): the holder of the office of a
    /// country leads the one of that country the article names.
    /// </summary>
    public IReadOnlyList<string> Heads { get; init; } = [];

    public const string KindPrefix = "kind:";

    public string RelationFor(string bodyId, string? bodyKind) =>
        Overrides.GetValueOrDefault(bodyId)
        ?? (bodyKind is null ? null : Overrides.GetValueOrDefault(KindPrefix + bodyKind))
        ?? Relation;
}

/// <summary>A relation trigger pattern as written in YAML; the extraction stage compiles it.</summary>
public sealed record PatternDefinition(
    string Id,
    string Relation,
    string Pattern,
    double Precision,
    bool Reverse,
    IReadOnlyDictionary<string, string> Properties,
    SourceLocation Location)
{
    /// <summary>Which ends the gazetteer must list for a match to count: both ("Vietnam's Hanoi", not "France's Peugeot") or the target.</summary>
    public ListedEnds Listed { get; init; }

    /// <summary>
    /// Each slot takes one entity, not a list, and the match is no part of a list: "Davos, Switzerland" places Davos, while
    /// "Leeds, York and Hull" places nothing.
    /// </summary>
    public bool Single { get; init; }

    /// <summary>
    /// The target lies outside the source person's listed country: "Ann Hale and Tom Vale met in Ruritania's capital" is
    /// a visit only for whichever of them is not Ruritanian.
    /// </summary>
    public bool Abroad { get; init; }

    /// <summary>Where the relation's source comes from: the pattern's own slot, or, for a pattern with only a target slot, the context.</summary>
    public PatternSource Source { get; init; }

    /// <summary>
    /// For a pattern with only a source slot, the relation type whose act the pattern's words name: the target is whoever the
    /// article has last stated doing it ("Managua called the sanctions worthless" criticizes whoever imposed them).
    /// </summary>
    public string? TargetActorOf { get; init; }

    /// <summary>Where the relation's target comes from: the pattern's own slot, or, for a pattern with only a source slot, the article's country.</summary>
    public PatternTarget Target { get; init; }

    public bool SourceIsSpeaker => Source == PatternSource.Speaker;
}

/// <summary>Where a pattern's relation finds its source.</summary>
public enum PatternSource
{
    /// <summary>An {S:...} or {P:...} slot of the pattern.</summary>
    Slot,

    /// <summary>Whoever the sentence attributes the matched words to: "'Mr Hale has failed,' Ms Lane said" is Lane CRITICIZED Hale.</summary>
    Speaker,

    /// <summary>The traveller the article reports: whoever it has visiting most in the sentences before ("The tour ends in Ashgabat").</summary>
    Visitor,

    /// <summary>The traveller and whoever the article has accompanying them ("The royal party will travel to Sao Paulo").</summary>
    Party,
}

/// <summary>Where a pattern's relation finds its target.</summary>
public enum PatternTarget
{
    /// <summary>The {T:...} slot of the pattern, or, with actorOf, whoever the article has doing the act.</summary>
    Slot,

    /// <summary>The country whose politics the article reports: "X takes over the defence ministry" is an office of it.</summary>
    Home,

    /// <summary>
    /// The country the gazetteer lists the source in, where the article names it: "the northwestern city of Tabriz" in a
    /// story that names Iran.
    /// </summary>
    ListedCountry,
}

/// <summary>Which ends of a pattern's match the gazetteer must list.</summary>
public enum ListedEnds
{
    None,
    Both,
    Target,
}

/// <summary>A named Cypher query users can run with <c>query --saved</c>.</summary>
public sealed record SavedQuery(string Name, string Description, string Cypher, SourceLocation Location);
