using System.Collections.Frozen;
using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Core.Schema;
using Graph.Extraction.Entities;
using Graph.Extraction.References;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// Reads relations stated in a sentence with the trigger patterns declared in the schema. Each
/// relation names the pattern that produced it and carries the modality of its clause: negated,
/// attributed to a speaker, hedged, expected, dated. Endpoint types that the relation type does not
/// allow are dropped, not coerced.
/// </summary>
public sealed class PatternRelationExtractor : IPipelineComponent
{
    /// <summary>Role nouns that close an apposition ("Russia, Belarus's closest ally,"), besides the schema's titles.</summary>
    private static readonly string[] RoleNouns =
    [
        "leader", "president", "minister", "chief", "head", "spokesman", "spokeswoman", "spokesperson", "secretary", "ally",
        "allies", "partner", "official", "envoy", "ambassador", "director", "chairman", "chairwoman", "chair", "chairperson",
        "premier", "chancellor", "king", "queen", "adviser", "advisor", "aide", "commander", "general", "governor", "mayor",
        "member", "deputy", "analyst", "professor", "researcher", "fellow", "expert", "economist", "correspondent", "editor",
        "founder", "executive", "officer", "mp", "mep", "senator", "candidate", "negotiator", "diplomat", "counterpart",
        "wife", "husband", "sister", "brother", "son", "daughter", "father", "mother", "neighbour", "neighbor", "capital",
        "city", "leader", "rival", "successor", "predecessor", "lawmaker", "politician", "colleague", "nominee",
    ];

    private readonly GraphSchema _schema;
    private readonly PatternPrefilter _prefilter;
    private readonly HashSet<string> _roleNouns;
    private readonly bool _hasVisitorPatterns;

    /// <summary>The relation types whose doers some pattern takes as its target (actorOf).</summary>
    private readonly string[] _acts;

    private readonly bool _hasArticleTargets;

    /// <summary>
    /// The words some pattern that can match a sentence naming one entity needs (its source or target taken from the
    /// article): a sentence with none of them is not read at all.
    /// </summary>
    private readonly FrozenSet<string>? _singleMentionWords;

    public PatternRelationExtractor(GraphSchema schema)
    {
        _schema = schema;
        var compiled = schema.Patterns.Select(p => PatternCompiler.Compile(p, schema)).ToList();
        _prefilter = new PatternPrefilter(compiled);
        var single = compiled.Where(p => TakesAnEndFromTheArticle(p.Definition)).ToList();
        // A pattern that needs no word at all could match anywhere: then no sentence is skipped for lack of one.
        // Of each pattern one word group it needs is enough, and one of content words ("ministry|portfolio", not "the") lets
        // few sentences through.
        _singleMentionWords = single.Exists(p => p.Required.Count == 0) ? null
            : single.SelectMany(p => (p.Required.FirstOrDefault(r => !r.KeyWords.Any(Words.FunctionWords.Contains)) ?? p.Required[0]).KeyWords)
                .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _roleNouns = new HashSet<string>(RoleNouns, StringComparer.OrdinalIgnoreCase);
        _hasVisitorPatterns = schema.Patterns.Any(p => p.Source is PatternSource.Visitor or PatternSource.Party);
        _acts = schema.Patterns.Select(p => p.TargetActorOf).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        _hasArticleTargets = schema.Patterns.Any(p => p.Target != PatternTarget.Slot);
        foreach (var title in schema.Titles)
        {
            foreach (var form in title.Forms)
            {
                _roleNouns.Add(form.Split(' ')[^1]);
            }
        }
    }

    public string Name => "pattern-relations";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Sentences, Annotation.EntityLinks];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Relations];

    public void Process(Document document)
    {
        var mentionAt = MentionMap.Build(document);
        Mention?[]? quoteSpeakers = null;
        var published = Modality.ParsePublished(document.Article.Published);
        var seen = new HashSet<(string, string, string, string)>();
        var candidates = new List<CompiledPattern>();
        var opening = Dateline.Find(document)?.Body(document.Tokens) ?? -1;
        var home = new Lazy<Mention?>(() => ArticleCountry.Of(document, _schema) is { } country ? document.Mentions.Find(m => m.EntityId == country) : null);
        foreach (var sentence in document.Sentences)
        {
            // Every relation joins two entities, so a sentence naming fewer cannot state one, unless, in a story of a visit,
            // the traveller is understood: "The tour ends in Ashgabat".
            // So is the doer of an act the article has stated ("Managua called the sanctions worthless"), and the country it
            // reports ("Mihai Toma takes over the transport ministry").
            var named = SentenceView.CountMentions(mentionAt, sentence);
            // The words first: most sentences naming one entity have none of them, and need no look at the relations.
            var single = named == 1 && Mentions(document.Tokens, sentence, _singleMentionWords);
            var travellerOnly = single && _hasVisitorPatterns && document.Relations.Exists(r => r.Type == "VISITED");
            var actorOnly = single && _acts.Length > 0 && document.Relations.Exists(r => Array.IndexOf(_acts, r.Type) >= 0);
            var articleTargetOnly = single && _hasArticleTargets;
            if (named < 2 && !travellerOnly && !actorOnly && !articleTargetOnly)
            {
                continue;
            }
            var view = new SentenceView(document.Tokens, mentionAt, sentence, _roleNouns,
                opening > sentence.FirstToken && opening < sentence.EndToken ? opening : -1);
            var matcher = new PatternMatcher(view);
            seen.Clear();
            _prefilter.Candidates(view, candidates);
            if (named < 2)
            {
                candidates.RemoveAll(p => !(travellerOnly && p.Definition.Source is PatternSource.Visitor or PatternSource.Party
                    || actorOnly && p.Definition.TargetActorOf is not null || articleTargetOnly && p.Definition.Target != PatternTarget.Slot));
                if (candidates.Count == 0)
                {
                    continue;
                }
            }
            bool? speaks = null;
            foreach (var pattern in candidates)
            {
                // A pattern whose source is the speaker needs one: a sentence with no speech verb and no quotation has none.
                if (pattern.Definition.SourceIsSpeaker && !(speaks ??= Modality.MayHaveSpeaker(view, quoteSpeakers ??= Modality.QuoteSpeakers(document, mentionAt))))
                {
                    continue;
                }
                foreach (var match in matcher.Matches(pattern))
                {
                    quoteSpeakers ??= Modality.QuoteSpeakers(document, mentionAt);
                    Emit(document, view, quoteSpeakers, published, match, seen, home);
                }
            }
        }
    }

    private void Emit(Document document, SentenceView view, Mention?[] quoteSpeakers, DateOnly? published, RelationMatch match,
        HashSet<(string, string, string, string)> seen, Lazy<Mention?> home)
    {
        var type = _schema.RelationType(match.Pattern.Relation)!;
        var definition = match.Pattern.Definition;
        var (from, to) = (match.FirstToken, match.EndToken);
        if (definition.Single && (match.Sources.Count > 1 || match.Targets.Count > 1 || InList(view, from)))
        {
            return;
        }
        // A place after "in" says where the subject is; it is not the subject.
        if (match.Pattern.Elements[0] is SlotElement { Role: 'S', TakesPeople: true } && IsWhereSomethingIs(view, from))
        {
            return;
        }
        // A pattern may fix the polarity: "negated: false" where its own words carry the negation ("cannot be trusted").
        var negated = definition.Properties.GetValueOrDefault("negated") switch
        {
            "true" => true,
            "false" => false,
            _ => Modality.IsNegated(view, from, to),
        };
        var speaker = Modality.Speaker(view, quoteSpeakers, from, to);
        var sources = match.Sources;
        if (definition.SourceIsSpeaker)
        {
            // A judgement of the pattern's opening target is the speaker's about the subject of a clause: "the minister's
            // view that ... the council was flawed" judges the view, not the council. A target named later in the
            // pattern ("fighting the policy of X") is its object.
            if (speaker is null || match.Pattern.Elements[0] is SlotElement && !Modality.OpensClause(view, from))
            {
                return;
            }
            sources = [speaker];
        }
        else if (definition.Source is PatternSource.Visitor or PatternSource.Party)
        {
            if (Traveller(document, view.Sentence.Index) is not { } traveller)
            {
                return;
            }
            sources = definition.Source == PatternSource.Party ? [traveller, .. Companions(document, traveller, view.Sentence.Index)] : [traveller];
        }
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in definition.Properties)
        {
            if (key == "negated")
            {
                continue;
            }
            var captured = value.StartsWith('$') ? match.Captures.GetValueOrDefault(value[1..], "") : value;
            properties[key] = key == "title" ? TitleCase(captured) : captured;
        }
        if (Modality.IsHedged(view, from, to))
        {
            properties[Modality.Hedged] = "true";
        }
        // "Tom Vale, the former head of the World Bank": a role the matched words say was held before.
        if (RoleTypes.Contains(type.Name) && SaysFormer(view, from, to))
        {
            properties[Modality.Former] = "true";
        }
        // A place lies in its country whatever the sentence's date or tense.
        var isEvent = !type.Timeless;
        var expected = isEvent && (Modality.IsExpected(view, from, to) || match.SubjectStart is { } subject && Modality.IsExpected(view, subject, from));
        if (expected)
        {
            properties[Modality.Expected] = "true";
        }
        if (isEvent && Modality.Date(view, published, from, to, expected) is { } date)
        {
            properties["date"] = date;
        }
        var actors = definition.TargetActorOf is { } act ? Actors(document, act, view.Sentence.Index)
            : definition.Target == PatternTarget.Home ? home.Value is { } country ? [country] : []
            : null;
        foreach (var (sourceId, sourceType) in Expand(sources))
        {
            // "his wife, A, and his eldest son, B": the kinship the pattern captured ("wife") is the first target's only.
            IReadOnlyList<Mention> targets = definition.Target == PatternTarget.ListedCountry
                ? ArticleCountry.Listed(_schema, sourceId) is { } listed && document.Mentions.Find(m => m.EntityId == listed) is { } named ? [named] : []
                : actors ?? (match.Targets.Count > 1 && definition.Properties.ContainsKey("relation") ? [match.Targets[0]] : match.Targets);
            foreach (var (targetId, targetType) in Expand(targets))
            {
                var (source, target) = definition.Reverse ? (targetId, sourceId) : (sourceId, targetId);
                var (fromType, toType) = definition.Reverse ? (targetType, sourceType) : (sourceType, targetType);
                // The article's country is no office of a person the gazetteer lists as another's.
                if (source == target || !type.Allows(fromType, toType) || type.Name == LocatedIn && !MayLieIn(source, target) || IsHome(document, type.Name, source, target, definition.Abroad)
                    || definition.Target == PatternTarget.Home && ArticleCountry.Listed(_schema, source) is { } own && own != target
                    || definition.Listed != ListedEnds.None && (_schema.Entry(target) is null || definition.Listed == ListedEnds.Both && _schema.Entry(source) is null))
                {
                    continue;
                }
                if (match.Pair && string.CompareOrdinal(source, target) > 0 && type.Symmetric)
                {
                    continue;
                }
                if (!seen.Add((type.Name, source, target, definition.Id)))
                {
                    continue;
                }
                document.Relations.Add(new RelationMention(type.Name, source, target, view.Sentence.Index, definition.Id, definition.Precision)
                {
                    Negated = negated,
                    AttributedTo = speaker?.EntityId is { } by && by != source && by != target ? by : null,
                    Properties = properties,
                });
            }
        }
    }

    /// <summary>
    /// The traveller whose tour the article reports, by their first mention: the one it has visiting most in the sentences
    /// before; no one where two share the most.
    /// </summary>
    private static Mention? Traveller(Document document, int sentence)
    {
        var visitors = document.Relations
            .Where(r => r is { Type: "VISITED", Negated: false } && r.Sentence < sentence)
            .GroupBy(r => r.Source, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Visits: g.Count()))
            .OrderByDescending(v => v.Visits)
            .Take(2)
            .ToList();
        return visitors.Count == 0 || visitors.Count == 2 && visitors[0].Visits == visitors[1].Visits
            ? null
            : document.Mentions.Find(m => m.EntityId == visitors[0].Id);
    }

    /// <summary>Relations a person holds as a role, which may be held no longer.</summary>
    private static readonly HashSet<string> RoleTypes = new(StringComparer.Ordinal) { "LEADER_OF", "OFFICIAL_OF", "MEMBER_OF", "AFFILIATED_WITH" };

    private static bool SaysFormer(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.MentionAt[k] is null && (view.Tokens[k].Text is "former" or "Former" or "ex" || view.Tokens[k].Text.StartsWith("ex-", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool TakesAnEndFromTheArticle(PatternDefinition pattern) =>
        pattern.Source is PatternSource.Visitor or PatternSource.Party || pattern.TargetActorOf is not null || pattern.Target != PatternTarget.Slot;

    private static bool Mentions(IReadOnlyList<Token> tokens, Sentence sentence, FrozenSet<string>? words)
    {
        if (words is null)
        {
            return true;
        }
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (words.Contains(tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Who did the act the article last stated, up to this sentence, by their first mentions: "The United States and the EU
    /// imposed sanctions ... Bamako called the sanctions illegal" points at both.
    /// </summary>
    private static List<Mention> Actors(Document document, string act, int sentence)
    {
        var stated = document.Relations.FindAll(r => r.Type == act && !r.Negated && r.Sentence <= sentence);
        if (stated.Count == 0)
        {
            return [];
        }
        var latest = stated.Max(r => r.Sentence);
        return stated.Where(r => r.Sentence == latest)
            .Select(r => r.Source)
            .Distinct(StringComparer.Ordinal)
            .Select(id => document.Mentions.Find(m => m.EntityId == id))
            .OfType<Mention>()
            .ToList();
    }

    /// <summary>Whoever the sentences before have accompanying the traveller, by their first mention.</summary>
    private static IEnumerable<Mention> Companions(Document document, Mention traveller, int sentence) =>
        document.Relations
            .Where(r => r is { Type: "ACCOMPANIED", Negated: false } && r.Target == traveller.EntityId && r.Sentence < sentence)
            .Select(r => r.Source)
            .Distinct(StringComparer.Ordinal)
            .Select(id => document.Mentions.Find(m => m.EntityId == id))
            .OfType<Mention>();

    /// <summary>
    /// Whether the match opens with a place or body that a preposition sets the sentence in: "the top Catholic in England
    /// and Wales backed ...", "resigned the whip in the European Parliament in October, after criticising UKIP".
    /// </summary>
    private static bool IsWhereSomethingIs(SentenceView view, int from)
    {
        var first = view.Sentence.FirstToken;
        if (view.MentionAt[from] is not { Type: "Country" or "Location" or "Organization" } opening)
        {
            return false;
        }
        // "in England and Wales": the places of one coordination share the preposition before the first.
        while (from - 2 >= first && view.MentionAt[from] is { Type: "Country" or "Location" } && view.Tokens[from - 1].Text is "and" or "or" or ","
            && view.MentionAt[from - 2] is { Type: "Country" or "Location" } before)
        {
            for (from -= 2; from - 1 >= first && ReferenceEquals(view.MentionAt[from - 1], before); from--)
            {
            }
        }
        var preposition = from - 1;
        if (opening.Type == "Organization" && preposition > first && view.Tokens[preposition].Text == "the")
        {
            preposition--;
        }
        return preposition >= first
            && view.Tokens[preposition].Text is "in" or "at" or "across" or "throughout" or "near" or "outside" or "inside" or "within";
    }

    /// <summary>Whether the match starts after a list's separator that follows another entity: "Hull" in "Leeds, Hull, York".</summary>
    private static bool InList(SentenceView view, int from) =>
        from - 2 >= view.Sentence.FirstToken && view.Tokens[from - 1].Text is "," or ";" or "and" or "or" && view.MentionAt[from - 2] is not null;

    private const string LocatedIn = "LOCATED_IN";

    /// <summary>
    /// Nobody visits their own country, nor a country within it; a pattern marked <c>abroad</c> places nobody anywhere in
    /// it either: "Putin and Kim met in eastern Russia" is Kim's visit only.
    /// </summary>
    private bool IsHome(Document document, string relation, string person, string place, bool abroad) =>
        relation == "VISITED" && ArticleCountry.IsHome(document, _schema, person, place, abroad);

    /// <summary>
    /// Whether the gazetteer allows the place to lie in the other: a listed place lies in the country it lists
    /// ("Britain's Guantanamo Bay" is a figure of speech; "Wales in Rome" is a match's venue), a listed continent
    /// in nothing, a sea in no country, and a region in no city ("Wales in Cardiff" is a match's venue). Places no list knows
    /// are taken at the text's word.
    /// </summary>
    private bool MayLieIn(string place, string container)
    {
        if (_schema.Entry(place) is not { } entry)
        {
            return true;
        }
        if (_schema.KindOf(place) == "continent")
        {
            // "to Asia, eastern Europe and Mexico" is a list.
            return false;
        }
        var large = _schema.KindOf(place) is "region" or "us-state" or "water";
        if (_schema.Entry(container) is not { } outer)
        {
            // Whatever holds a listed region is listed too: "the University of the West of England in Bristol".
            return !large;
        }
        var country = entry.Properties.GetValueOrDefault("country");
        // A place in Scotland is listed in the United Kingdom, the state Scotland belongs to.
        var outerCountry = outer.Type == "Country"
            ? outer.Properties.GetValueOrDefault("sovereign") ?? outer.Properties.GetValueOrDefault("iso")
            : outer.Properties.GetValueOrDefault("country");
        if (outer.Type == "Country")
        {
            return country is not null && string.Equals(country, outerCountry, StringComparison.OrdinalIgnoreCase);
        }
        if (country is not null && outerCountry is not null && !string.Equals(country, outerCountry, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        // A city lies in no other city: "Leeds, Bradford and York" is a list.
        var town = _schema.KindOf(place) is "city" or "capital";
        return !((large || town) && _schema.KindOf(container) is "city" or "capital" or "building");
    }

    private static string TitleCase(string text) =>
        string.Join(' ', text.Split(' ').Select(w => w is "of" or "for" or "and" or "the"
            ? w
            : string.Join('-', w.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]))));

    private static IEnumerable<(string Id, string Type)> Expand(IReadOnlyList<Mention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Group is { } group)
            {
                foreach (var id in group)
                {
                    yield return (id, mention.Type);
                }
            }
            else if (mention.EntityId is { } id)
            {
                yield return (id, mention.Type);
            }
        }
    }
}
