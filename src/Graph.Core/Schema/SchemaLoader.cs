using System.Text.RegularExpressions;

namespace Graph.Core.Schema;

/// <summary>
/// Reads a schema folder: <c>types.yaml</c> (required), <c>titles.yaml</c>,
/// <c>gazetteers/*.yaml</c>, <c>country-groups.yaml</c>, <c>patterns/*.yaml</c> and <c>queries.yaml</c>, and checks that
/// everything they reference exists.
/// </summary>
internal static partial class SchemaLoader
{
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    public static GraphSchema Load(string directory)
    {
        var types = Path.Combine(directory, "types.yaml");
        if (!File.Exists(types))
        {
            throw new GraphException(SchemaErrors.NotASchemaFolder, $"{directory}: not a schema folder (no types.yaml found)");
        }
        var root = YamlReader.Load(types);
        var entityTypes = root.Required("entityTypes").Items().Select(ReadEntityType).ToList();
        CheckUnique(entityTypes, t => t.Name, t => t.Location, "entity type");
        var entityNames = entityTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        var relationTypes = root.Required("relationTypes").Items().Select(r => ReadRelationType(r, entityNames)).ToList();
        CheckUnique(relationTypes, t => t.Name, t => t.Location, "relation type");
        var relationNames = relationTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        var gazetteer = Files(directory, "gazetteers")
            .SelectMany(f => ReadGazetteer(YamlReader.Load(f), entityNames))
            .ToList();
        CheckUnique(gazetteer, e => e.Id, e => e.Location, "gazetteer entry");
        CheckAliases(gazetteer);

        var groupsFile = Path.Combine(directory, "country-groups.yaml");
        var groups = File.Exists(groupsFile)
            ? YamlReader.Load(groupsFile).Required("groups").Items().Select(g => ReadCountryGroup(g, gazetteer)).ToList()
            : [];
        CheckUnique(groups, g => g.Name, g => g.Location, "country group");

        var titlesFile = Path.Combine(directory, "titles.yaml");
        var titles = File.Exists(titlesFile)
            ? YamlReader.Load(titlesFile).Required("titles").Items().Select(t => ReadTitle(t, relationNames, gazetteer)).ToList()
            : [];

        var patterns = Files(directory, "patterns")
            .SelectMany(f => YamlReader.Load(f).Required("patterns").Items())
            .Select(p => ReadPattern(p, relationNames))
            .ToList();
        CheckUnique(patterns, p => p.Id, p => p.Location, "pattern id");

        var queriesFile = Path.Combine(directory, "queries.yaml");
        var queries = File.Exists(queriesFile)
            ? YamlReader.Load(queriesFile).Required("queries").Items().Select(ReadQuery).ToList()
            : [];
        CheckUnique(queries, q => q.Name, q => q.Location, "saved query");

        return new GraphSchema(Path.GetFullPath(directory), entityTypes, relationTypes, gazetteer, titles, patterns, queries)
        {
            CountryGroups = groups,
        };
    }

    private static IEnumerable<string> Files(string directory, string folder)
    {
        var path = Path.Combine(directory, folder);
        return System.IO.Directory.Exists(path)
            ? System.IO.Directory.GetFiles(path, "*.yaml").Order(StringComparer.Ordinal)
            : [];
    }

    private static EntityTypeDefinition ReadEntityType(YamlReader r)
    {
        r.OnlyFields("name", "color", "description");
        var name = r.String("name");
        CheckIdentifier(r, name);
        return new EntityTypeDefinition(name, r.OptionalString("color") ?? "#A5ABB6", r.OptionalString("description") ?? "", r.Location);
    }

    private static RelationTypeDefinition ReadRelationType(YamlReader r, HashSet<string> entityTypes)
    {
        r.OnlyFields("name", "from", "to", "symmetric", "properties", "cameo", "goldstein", "description", "timeless");
        var name = r.String("name");
        CheckIdentifier(r, name);
        var from = r.Strings("from");
        var to = r.Strings("to");
        if (from.Count == 0 || to.Count == 0)
        {
            throw r.Error(SchemaErrors.MissingField, $"relation type '{name}' needs 'from' and 'to' entity types");
        }
        foreach (var type in from.Concat(to))
        {
            if (!entityTypes.Contains(type))
            {
                throw r.Error(SchemaErrors.UnknownEntityType, $"relation type '{name}' refers to unknown entity type '{type}'");
            }
        }
        return new RelationTypeDefinition(
            name, from, to, r.OptionalBool("symmetric", false), r.Strings("properties"),
            r.OptionalString("cameo"), r.OptionalDouble("goldstein"), r.OptionalString("description") ?? "", r.Location,
            r.OptionalBool("timeless", false));
    }

    private static IEnumerable<GazetteerEntry> ReadGazetteer(YamlReader file, HashSet<string> entityTypes)
    {
        var typeNode = file.Required("type");
        var type = typeNode.Scalar();
        if (!entityTypes.Contains(type))
        {
            throw typeNode.Error(SchemaErrors.UnknownEntityType, $"unknown entity type '{type}'");
        }
        foreach (var r in file.Required("entries").Items())
        {
            r.OnlyFields("name", "key", "aliases", "demonyms", "metonyms", "homeAliases", "sharedAliases", "sharedDemonyms", "properties");
            var name = r.String("name");
            var key = r.OptionalString("key") ?? name;
            yield return new GazetteerEntry(
                EntityIds.For(type, key), type, name, r.Strings("aliases"), r.Strings("demonyms"),
                r.Strings("metonyms"), r.StringMap("properties"), r.Location)
            {
                HomeAliases = r.Strings("homeAliases"),
                SharedAliases = r.Strings("sharedAliases"),
                SharedDemonyms = r.Strings("sharedDemonyms"),
            };
        }
    }

    private static CountryGroup ReadCountryGroup(YamlReader r, List<GazetteerEntry> gazetteer)
    {
        r.OnlyFields("name", "adjectives", "members");
        var name = r.String("name");
        var adjectives = r.Strings("adjectives");
        if (adjectives.Count == 0)
        {
            throw r.Error(SchemaErrors.MissingField, $"country group '{name}' needs 'adjectives', the words news writes before \"states\"");
        }
        // Groups are read from capitalized words only, which lets the recognizer skip every other token at once.
        if (adjectives.FirstOrDefault(a => a.Length == 0 || !char.IsUpper(a[0])) is { } lower)
        {
            throw r.Error(SchemaErrors.InvalidValue, $"country group '{name}': adjective '{lower}' must start with a capital letter, as news writes it");
        }
        var members = new List<string>();
        foreach (var key in r.Strings("members"))
        {
            var id = EntityIds.For("Country", key);
            if (!gazetteer.Any(e => e.Id == id))
            {
                throw r.Error(SchemaErrors.InvalidValue, $"country group '{name}': no listed country has the key '{key}' (use the ISO alpha-3 keys of gazetteers/countries.yaml)");
            }
            members.Add(id);
        }
        if (members.Count < 2)
        {
            throw r.Error(SchemaErrors.MissingField, $"country group '{name}' needs at least two 'members'");
        }
        return new CountryGroup(name, adjectives, members, r.Location);
    }

    private static TitleDefinition ReadTitle(YamlReader r, HashSet<string> relationTypes, List<GazetteerEntry> gazetteer)
    {
        r.OnlyFields("name", "forms", "relation", "organization", "relationFor", "national", "headOfState", "partyOffice", "bodyOffice", "heads");
        var name = r.String("name");
        var relation = r.OptionalString("relation") ?? "OFFICIAL_OF";
        if (!relationTypes.Contains(relation))
        {
            throw r.Error(SchemaErrors.UnknownRelationType, $"title '{name}' refers to unknown relation type '{relation}'");
        }
        var organization = r.OptionalString("organization");
        if (organization is not null && !gazetteer.Any(e => e.Id == organization))
        {
            throw r.Error(SchemaErrors.InvalidValue, $"title '{name}' refers to unknown gazetteer entry '{organization}'");
        }
        var forms = r.Strings("forms").Prepend(name).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var heads = r.Strings("heads").ToArray();
        if (heads.FirstOrDefault(h => !gazetteer.Any(e => e.Id == h && e.Type == "Organization" && e.Properties.ContainsKey("country"))) is { } unknownHead)
        {
            throw r.Error(SchemaErrors.InvalidValue, $"title '{name}' heads '{unknownHead}', which is no listed organization of a country");
        }
        var overrides = r.StringMap("relationFor");
        foreach (var (body, other) in overrides)
        {
            if (!relationTypes.Contains(other))
            {
                throw r.Error(SchemaErrors.UnknownRelationType, $"title '{name}' refers to unknown relation type '{other}' for '{body}'");
            }
            var known = body.StartsWith(TitleDefinition.KindPrefix, StringComparison.Ordinal)
                ? gazetteer.Any(e => e.Properties.GetValueOrDefault("kind") == body[TitleDefinition.KindPrefix.Length..])
                : gazetteer.Any(e => e.Id == body);
            if (!known)
            {
                throw r.Error(SchemaErrors.InvalidValue, $"title '{name}' refers to '{body}', which is neither a gazetteer entry nor a kind of one");
            }
        }
        return new TitleDefinition(name, forms, relation, organization, r.Location) { Overrides = overrides, National = r.OptionalBool("national", false), HeadOfState = r.OptionalBool("headOfState", false), PartyOffice = r.OptionalBool("partyOffice", false), BodyOffice = r.OptionalBool("bodyOffice", false), Heads = heads };
    }

    private static PatternDefinition ReadPattern(YamlReader r, HashSet<string> relationTypes)
    {
        r.OnlyFields("id", "relation", "pattern", "precision", "reverse", "properties", "listed", "source", "single", "abroad", "actorOf", "target");
        var id = r.String("id");
        var relation = r.String("relation");
        if (!relationTypes.Contains(relation))
        {
            throw r.Error(SchemaErrors.UnknownRelationType, $"pattern '{id}' refers to unknown relation type '{relation}'");
        }
        var precision = r.OptionalDouble("precision") ?? 0.8;
        if (precision is <= 0 or > 1)
        {
            throw r.Error(SchemaErrors.InvalidValue, $"pattern '{id}': precision must be in (0, 1]");
        }
        var source = r.OptionalString("source") switch
        {
            null => PatternSource.Slot,
            "speaker" => PatternSource.Speaker,
            "visitor" => PatternSource.Visitor,
            "party" => PatternSource.Party,
            _ => throw r.Error(SchemaErrors.InvalidValue, $"pattern '{id}': source may only be 'speaker', 'visitor' or 'party' (the source slot is otherwise written in the pattern)"),
        };
        var listed = r.OptionalString("listed") switch
        {
            null or "false" => ListedEnds.None,
            "true" => ListedEnds.Both,
            "target" => ListedEnds.Target,
            _ => throw r.Error(SchemaErrors.InvalidValue, $"pattern '{id}': listed may be true (both ends), target or false"),
        };
        var actorOf = r.OptionalString("actorOf");
        if (actorOf is not null && !relationTypes.Contains(actorOf))
        {
            throw r.Error(SchemaErrors.UnknownRelationType, $"pattern '{id}': actorOf refers to unknown relation type '{actorOf}'");
        }
        var target = r.OptionalString("target") switch
        {
            null => PatternTarget.Slot,
            "home" when actorOf is null => PatternTarget.Home,
            "country" when actorOf is null => PatternTarget.ListedCountry,
            _ => throw r.Error(SchemaErrors.InvalidValue, $"pattern '{id}': target may only be 'home' or 'country' (the target slot is otherwise written in the pattern, or taken from actorOf)"),
        };
        return new PatternDefinition(id, relation, r.String("pattern"), precision, r.OptionalBool("reverse", false), r.StringMap("properties"), r.Location)
        {
            TargetActorOf = actorOf,
            Target = target,
            Listed = listed,
            Single = r.OptionalBool("single", false),
            Abroad = r.OptionalBool("abroad", false),
            Source = source,
        };
    }

    private static SavedQuery ReadQuery(YamlReader r)
    {
        r.OnlyFields("name", "description", "cypher");
        return new(r.String("name"), r.OptionalString("description") ?? "", r.String("cypher"), r.Location);
    }

    private static void CheckIdentifier(YamlReader r, string name)
    {
        if (!Identifier().IsMatch(name))
        {
            throw r.Error(SchemaErrors.InvalidIdentifier, $"'{name}' is not a valid identifier (letters, digits and _ only)");
        }
    }

    private static void CheckUnique<T>(IEnumerable<T> items, Func<T, string> key, Func<T, SourceLocation> location, string what)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.TryAdd(key(item), location(item)))
            {
                throw new SchemaException(SchemaErrors.DuplicateId, location(item), $"duplicate {what} '{key(item)}' (first declared at {seen[key(item)]})");
            }
        }
    }

    /// <summary>One surface form may not name two known entities of the same type: nothing could decide between them.</summary>
    private static void CheckAliases(List<GazetteerEntry> gazetteer)
    {
        var seen = new Dictionary<(string Type, string Form), GazetteerEntry>();
        foreach (var entry in gazetteer)
        {
            foreach (var form in entry.Aliases.Prepend(entry.Name).Distinct(StringComparer.Ordinal))
            {
                if (seen.TryGetValue((entry.Type, form), out var other) && other.Id != entry.Id)
                {
                    throw new SchemaException(SchemaErrors.AmbiguousAlias, entry.Location,
                        $"'{form}' names both '{other.Id}' ({other.Location}) and '{entry.Id}'");
                }
                seen[(entry.Type, form)] = entry;
            }
        }
    }
}
