using System.Text.RegularExpressions;

namespace Graph.Neo4j;

/// <summary>
/// Every Cypher text the loader sends. Labels and relationship types cannot be parameters in Cypher, so they
/// are the only parts spliced in, and only after <see cref="CheckIdentifier"/>; there is exactly one text per
/// label and per relationship type, so the server plans each once. Every value is a parameter.
/// </summary>
public static partial class CypherQueries
{
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();

    public static bool IsIdentifier(string name) => IdentifierPattern().IsMatch(name);

    public static string CheckIdentifier(string name, string what) => IsIdentifier(name)
        ? name
        : throw new Neo4jException(Neo4jErrors.UndeclaredType, $"{what} '{name}' is not a valid identifier (letters, digits and _ only)");

    /// <summary>Uniqueness constraints and the name index, in the syntax of the server's version; each is idempotent.</summary>
    public static IReadOnlyList<string> Schema(Version serverVersion) => serverVersion >= new Version(4, 4)
        ?
        [
            "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
            "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
            "CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
        ]
        :
        [
            "CREATE CONSTRAINT ON (e:Entity) ASSERT e.id IS UNIQUE",
            "CREATE CONSTRAINT ON (a:Article) ASSERT a.id IS UNIQUE",
            "CREATE INDEX ON :Entity(name)",
        ];

    public const string Articles =
        "UNWIND $rows AS row\n" +
        "MERGE (a:Article {id: row.id})\n" +
        "SET a.title = row.title, a.source = row.source, a.url = row.url, a.published = row.published, a.path = row.path";

    /// <summary>
    /// Entity nodes of one type: <c>:Entity:&lt;label&gt;</c>, merged on <c>id</c>. Each row is <c>{id, p, aliases}</c>, <c>p</c>
    /// holding name, type and the entity's own properties; a node that is there already keeps the aliases it had.
    /// </summary>
    public static string Entities(string label)
    {
        CheckIdentifier(label, "entity type");
        return
            "UNWIND $rows AS row\n" +
            "MERGE (e:Entity {id: row.id})\n" +
            $"ON CREATE SET e += row.p, e:{label}, e.aliases = row.aliases\n" +
            $"ON MATCH SET e += row.p, e:{label}, e.aliases = [x IN coalesce(e.aliases, []) WHERE NOT x IN row.aliases] + row.aliases";
    }

    /// <summary>
    /// MENTIONS of one batch, sent grouped by article (<c>{article, mentions: [{entity, count}]}</c>, see
    /// <see cref="Neo4jLoader.GroupMentions"/>): one article lookup per group instead of one per mention. The index
    /// hints pin the plan to unique-index seeks: without them Neo4j 3.1 sometimes replans this query to an index scan
    /// of every article per row (after the database was emptied and refilled), which made the stage several times slower.
    /// </summary>
    public const string Mentions =
        "UNWIND $rows AS row\n" +
        "MATCH (a:Article {id: row.article}) USING INDEX a:Article(id)\n" +
        "UNWIND row.mentions AS x\n" +
        "MATCH (e:Entity {id: x.entity}) USING INDEX e:Entity(id)\n" +
        "MERGE (a)-[m:MENTIONS]->(e)\n" +
        "SET m.count = x.count";

    /// <summary>
    /// Relationships of one type, merged on the relation id. Each row is <c>{id, source, target, p, own}</c>: <c>p</c>
    /// holds every property of the relationship as the graph has it, pre-computed (the relation's own properties,
    /// negation, attribution, CAMEO, Goldstein, confidence, sentence keys, articles, rules, capped evidence and count),
    /// and <c>own</c> the relation's own properties alone. A new relationship gets <c>p</c> in one map write; one that
    /// is there already gets its sentences, articles, rules and evidence unioned with <c>p</c>'s (in plain Cypher: no
    /// APOC on old servers), its confidence raised to the higher one and its count recomputed, so a graph built from
    /// other articles adds to a loaded one and loading the same graph again changes nothing. (Unioning on create as
    /// well, as this query once did, cost an Eager and about a fifth more server time on a first load.)
    /// </summary>
    public static string Relations(string type)
    {
        CheckIdentifier(type, "relation type");
        return
            "UNWIND $rows AS row\n" +
            "MATCH (s:Entity {id: row.source}) USING INDEX s:Entity(id)\n" +
            "MATCH (t:Entity {id: row.target}) USING INDEX t:Entity(id)\n" +
            $"MERGE (s)-[r:{type} {{id: row.id}}]->(t)\n" +
            "ON CREATE SET r += row.p\n" +
            "ON MATCH SET r += row.own,\n" +
            "    r.negated = row.p.negated, r.attributedTo = row.p.attributedTo, r.cameo = row.p.cameo, r.goldstein = row.p.goldstein,\n" +
            "    r.confidence = CASE WHEN r.confidence IS NULL OR row.p.confidence > r.confidence THEN row.p.confidence ELSE r.confidence END,\n" +
            "    r.sentences = [x IN coalesce(r.sentences, []) WHERE NOT x IN row.p.sentences] + row.p.sentences,\n" +
            "    r.articles = [x IN coalesce(r.articles, []) WHERE NOT x IN row.p.articles] + row.p.articles,\n" +
            "    r.rules = [x IN coalesce(r.rules, []) WHERE NOT x IN row.p.rules] + row.p.rules,\n" +
            "    r.evidence = ([x IN coalesce(r.evidence, []) WHERE NOT x IN row.p.evidence] + row.p.evidence)[0..$evidenceCap],\n" +
            "    r.count = size(r.sentences)";
    }

    /// <summary>
    /// A query that looks nodes up per row (MATCH after UNWIND), as the given server should run it. Neo4j 3.x's cost
    /// planner plans such a lookup from sampled index statistics; in a database just emptied and refilled the sample
    /// can still say the index is empty, and the plan it caches then scans the whole index and hash-joins it with the
    /// rows, once per batch: a 400,000-row load that never ends (index hints do not help, a scan satisfies them too).
    /// The rule planner always seeks the unique index. 4.0 removed it; there the query runs as written.
    /// </summary>
    public static string ForServer(string lookupQuery, Version serverVersion) =>
        serverVersion.Major < 4 ? "CYPHER planner=rule\n" + lookupQuery : lookupQuery;

    /// <summary>Property names the loader writes itself; an entity's or relation's own property of that name is dropped.</summary>
    public static readonly IReadOnlySet<string> ReservedEntityProperties = new HashSet<string>(StringComparer.Ordinal) { "id", "name", "aliases", "type" };

    public static readonly IReadOnlySet<string> ReservedRelationProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "negated", "attributedTo", "cameo", "goldstein", "confidence", "sentences", "articles", "rules", "evidence", "count",
    };
}
