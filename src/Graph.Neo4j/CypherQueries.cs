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

    /// <summary>Entity nodes of one type: <c>:Entity:&lt;label&gt;</c>, merged on <c>id</c>; aliases are unioned.</summary>
    public static string Entities(string label)
    {
        CheckIdentifier(label, "entity type");
        return
            "UNWIND $rows AS row\n" +
            "MERGE (e:Entity {id: row.id})\n" +
            "SET e += row.properties\n" +
            $"SET e:{label}, e.name = row.name, e.type = row.type,\n" +
            "    e.aliases = [x IN coalesce(e.aliases, []) WHERE NOT x IN row.aliases] + row.aliases";
    }

    public const string Mentions =
        "UNWIND $rows AS row\n" +
        "MATCH (a:Article {id: row.article})\n" +
        "MATCH (e:Entity {id: row.entity})\n" +
        "MERGE (a)-[m:MENTIONS]->(e)\n" +
        "SET m.count = row.count";

    /// <summary>
    /// Relationships of one type, merged on the relation id. Sentences, articles, rules and evidence are unioned
    /// with what is there (in plain Cypher: no APOC on old servers), so a graph built from other articles adds to
    /// a loaded one and loading the same graph again changes nothing.
    /// </summary>
    public static string Relations(string type)
    {
        CheckIdentifier(type, "relation type");
        return
            "UNWIND $rows AS row\n" +
            "MATCH (s:Entity {id: row.source})\n" +
            "MATCH (t:Entity {id: row.target})\n" +
            $"MERGE (s)-[r:{type} {{id: row.id}}]->(t)\n" +
            "SET r += row.properties\n" +
            "SET r.negated = row.negated, r.attributedTo = row.attributedTo, r.cameo = row.cameo, r.goldstein = row.goldstein,\n" +
            "    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,\n" +
            "    r.sentences = [x IN coalesce(r.sentences, []) WHERE NOT x IN row.sentences] + row.sentences,\n" +
            "    r.articles = [x IN coalesce(r.articles, []) WHERE NOT x IN row.articles] + row.articles,\n" +
            "    r.rules = [x IN coalesce(r.rules, []) WHERE NOT x IN row.rules] + row.rules,\n" +
            "    r.evidence = ([x IN coalesce(r.evidence, []) WHERE NOT x IN row.evidence] + row.evidence)[0..$evidenceCap]\n" +
            "SET r.count = size(r.sentences)";
    }

    /// <summary>Property names the loader writes itself; an entity's or relation's own property of that name is dropped.</summary>
    public static readonly IReadOnlySet<string> ReservedEntityProperties = new HashSet<string>(StringComparer.Ordinal) { "id", "name", "aliases", "type" };

    public static readonly IReadOnlySet<string> ReservedRelationProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "negated", "attributedTo", "cameo", "goldstein", "confidence", "sentences", "articles", "rules", "evidence", "count",
    };
}
