using System.Text.RegularExpressions;
using Graph.Core.Schema;

namespace Graph.Core.Tests.Schema;

/// <summary>
/// Loads the repository's real <c>schema/</c> folder and checks the gazetteer data files:
/// coverage of UN members, well-formed keys, a few known lookups and no ambiguous forms.
/// </summary>
public sealed partial class GazetteerFilesTests
{
    private static readonly Lazy<GraphSchema> LoadedSchema = new(() => GraphSchema.Load(FindSchemaDirectory()));

    private static GraphSchema Schema => LoadedSchema.Value;

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Alpha3();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Alpha2();

    private static string FindSchemaDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "schema");
            if (File.Exists(Path.Combine(candidate, "types.yaml")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"no schema/types.yaml above {AppContext.BaseDirectory}");
    }

    private static IEnumerable<GazetteerEntry> OfType(string type) => Schema.Gazetteer.Where(e => e.Type == type);

    private static GazetteerEntry Entry(string id) =>
        Schema.Entry(id) ?? throw new Xunit.Sdk.XunitException($"gazetteer entry '{id}' not found");

    [Fact]
    public void Schema_folder_loads()
    {
        Assert.NotEmpty(Schema.Gazetteer);
        Assert.NotEmpty(Schema.Titles);
    }

    [Fact]
    public void Every_UN_member_and_observer_state_is_listed()
    {
        var countries = OfType("Country").ToList();
        Assert.Equal(193, countries.Count(c => c.Properties.GetValueOrDefault("un") == "member"));
        Assert.Equal(
            ["country:pse", "country:vat"],
            countries.Where(c => c.Properties.GetValueOrDefault("un") == "observer").Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.All(countries, c => Assert.True(
            c.Properties.ContainsKey("un") ^ c.Properties.ContainsKey("status"),
            $"{c.Id}: needs either 'un' (member/observer) or 'status'"));
    }

    [Fact]
    public void Country_keys_are_unique_alpha3_codes_matching_their_properties()
    {
        var countries = OfType("Country").ToList();
        Assert.All(countries, c =>
        {
            var iso = c.Properties.GetValueOrDefault("iso") ?? "";
            Assert.Equal($"country:{iso.ToLowerInvariant()}", c.Id);
            if (c.Properties.GetValueOrDefault("status") == "constituent-country")
            {
                // A country within a state has its ISO 3166-2 code, under the state's alpha-2 ("GB-SCT").
                var state = Schema.Entry($"country:{c.Properties["sovereign"].ToLowerInvariant()}");
                Assert.Matches($"^{state?.Properties["iso2"]}-[A-Z]{{3}}$", iso);
                Assert.False(c.Properties.ContainsKey("iso2"), $"{c.Id}: iso2");
            }
            else
            {
                Assert.Matches(Alpha3(), iso);
                Assert.Matches(Alpha2(), c.Properties.GetValueOrDefault("iso2") ?? "");
            }
            Assert.False(string.IsNullOrWhiteSpace(c.Properties.GetValueOrDefault("capital")), $"{c.Id}: capital");
            Assert.False(string.IsNullOrWhiteSpace(c.Properties.GetValueOrDefault("officialName")), $"{c.Id}: officialName");
        });
        Assert.Equal(countries.Count, countries.Select(c => c.Properties["iso"]).Distinct(StringComparer.Ordinal).Count());
        var current = countries.Where(c => c.Properties.GetValueOrDefault("status") is not ("historical" or "constituent-country")).ToList();
        Assert.Equal(current.Count, current.Select(c => c.Properties["iso2"]).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Yaml_special_scalars_stay_strings()
    {
        Assert.Equal("NO", Entry("country:nor").Properties["iso2"]);
        Assert.Equal("NA", Entry("country:nam").Properties["iso2"]);
    }

    [Fact]
    public void Well_known_countries_resolve()
    {
        var prk = Entry("country:prk");
        Assert.Equal("North Korea", prk.Name);
        Assert.Contains("DPRK", prk.Aliases);
        Assert.Contains("Democratic People's Republic of Korea", prk.Aliases);
        Assert.Contains("North Korean", prk.Demonyms);
        Assert.Contains("Pyongyang", prk.Metonyms);

        var gbr = Entry("country:gbr");
        Assert.Equal("United Kingdom", gbr.Name);
        Assert.Contains("UK", gbr.Aliases);
        Assert.Contains("Britain", gbr.Aliases);
        Assert.Contains("Downing Street", gbr.Metonyms);

        var usa = Entry("country:usa");
        Assert.Equal("United States", usa.Name);
        Assert.Contains("U.S.", usa.Aliases);
        Assert.Contains("White House", usa.Metonyms);

        var rus = Entry("country:rus");
        Assert.Contains("Kremlin", rus.Metonyms);
        Assert.Contains("Russians", rus.Demonyms);

        Assert.Contains("Emirati", Entry("country:are").Demonyms);
        Assert.Contains("DRC", Entry("country:cod").Aliases);
        Assert.Contains("Congo-Brazzaville", Entry("country:cog").Aliases);
        Assert.Equal("Soviet Union", Entry("country:sun").Name);
        Assert.Equal("Yugoslavia", Entry("country:yug").Name);
        Assert.Equal("Czechoslovakia", Entry("country:csk").Name);
        Assert.Equal("East Germany", Entry("country:ddr").Name);
        Assert.Equal("Taiwan", Entry("country:twn").Name);
    }

    [Fact]
    public void Ambiguous_forms_are_not_given_to_a_country()
    {
        var countries = OfType("Country").ToList();
        string[] ambiguous = ["Congo", "Congolese", "Korea", "Korean", "Koreans", "Brussels"];
        foreach (var form in ambiguous)
        {
            Assert.DoesNotContain(countries, c =>
                c.Name == form || c.Aliases.Contains(form) || c.Demonyms.Contains(form) || c.Metonyms.Contains(form));
        }
    }

    [Fact]
    public void No_demonym_or_metonym_names_two_entries()
    {
        foreach (var group in Schema.Gazetteer.GroupBy(e => e.Type))
        {
            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in group)
            {
                foreach (var form in entry.Demonyms.Concat(entry.Metonyms).Distinct(StringComparer.Ordinal))
                {
                    if (owners.TryGetValue(form, out var other) && other != entry.Id)
                    {
                        Assert.Fail($"'{form}' is a demonym/metonym of both {other} and {entry.Id}");
                    }
                    owners[form] = entry.Id;
                }
            }
        }
    }

    [Fact]
    public void Demonyms_and_metonyms_do_not_shadow_names_of_the_same_type()
    {
        foreach (var group in Schema.Gazetteer.GroupBy(e => e.Type))
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in group)
            {
                foreach (var form in entry.Aliases.Prepend(entry.Name))
                {
                    names[form] = entry.Id;
                }
            }
            foreach (var entry in group)
            {
                foreach (var form in entry.Demonyms.Concat(entry.Metonyms))
                {
                    Assert.False(names.TryGetValue(form, out var other) && other != entry.Id,
                        $"'{form}' of {entry.Id} is also a name of {(names.TryGetValue(form, out var o) ? o : "")}");
                }
            }
        }
    }

    [Fact]
    public void Only_countries_and_international_bodies_have_metonyms_and_only_countries_parties_and_regions_have_demonyms()
    {
        // "Tory MP", "Liberal Democrat leader": parties have adjectives as countries do; so do regions ("Welsh First Minister").
        // "Brussels said" is the EU: an international body may be named by its seat, as a state by its capital.
        Assert.All(Schema.Gazetteer.Where(e => e.Type != "Country"), e =>
        {
            if (e.Properties.GetValueOrDefault("kind") is not ("party" or "region"))
            {
                Assert.Empty(e.Demonyms);
            }
            if (e.Properties.GetValueOrDefault("kind") != "international")
            {
                Assert.Empty(e.Metonyms);
            }
        });
        Assert.Contains("Brussels", Schema.Entry("organization:eu")!.Metonyms);
    }

    [Fact]
    public void Country_references_in_properties_are_known_countries()
    {
        var isoCodes = OfType("Country").Select(c => c.Properties["iso"]).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in Schema.Gazetteer)
        {
            foreach (var key in new[] { "country", "sovereign" })
            {
                if (entry.Properties.TryGetValue(key, out var code))
                {
                    Assert.True(isoCodes.Contains(code), $"{entry.Id}: {key} '{code}' is not a country key");
                }
            }
        }
    }

    [Fact]
    public void Capitals_of_current_countries_are_locations()
    {
        var locations = OfType("Location").SelectMany(l => l.Aliases.Prepend(l.Name)).ToHashSet(StringComparer.Ordinal);
        var countryForms = OfType("Country").SelectMany(c => c.Aliases.Prepend(c.Name)).ToHashSet(StringComparer.Ordinal);
        var missing = OfType("Country")
            .Where(c => c.Properties.ContainsKey("un"))
            .Select(c => c.Properties["capital"])
            .Where(capital => !locations.Contains(capital) && !countryForms.Contains(capital))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Organizations_are_listed_once_with_a_kind()
    {
        string[] kinds =
        [
            "international", "alliance", "agency", "party", "government", "legislature", "military", "news-agency",
            "ngo", "court", "bank", "company", "armed-group", "religious",
        ];
        var organizations = OfType("Organization").ToList();
        Assert.True(organizations.Count >= 100, $"only {organizations.Count} organizations");
        Assert.All(organizations, o => Assert.Contains(o.Properties.GetValueOrDefault("kind") ?? "", kinds));

        Assert.Equal("NATO", Entry("organization:nato").Name);
        Assert.Contains("North Atlantic Treaty Organization", Entry("organization:nato").Aliases);
        Assert.Contains("U.N.", Entry("organization:un").Aliases);
        Assert.Contains("EU", Entry("organization:eu").Aliases);
        Assert.Single(organizations, o => o.Name == "Korean Central News Agency" || o.Aliases.Contains("Korean Central News Agency"));
        Assert.Single(organizations, o => o.Name == "KCNA" || o.Aliases.Contains("KCNA"));
        Assert.Equal("news-agency", Entry("organization:kcna").Properties["kind"]);
        Assert.Equal("news-agency", Entry("organization:reuters").Properties["kind"]);
        Assert.DoesNotContain(organizations, o => o.Name == "Kremlin" || o.Aliases.Contains("Kremlin"));
    }

    [Fact]
    public void People_have_title_and_country_and_no_bare_surname_aliases()
    {
        var people = OfType("Person").ToList();
        Assert.True(people.Count >= 120, $"only {people.Count} people");
        var putin = Entry("person:vladimir-putin");
        Assert.Equal("Vladimir Putin", putin.Name);
        Assert.Equal("RUS", putin.Properties["country"]);
        Assert.Contains("Kim Jong-un", Entry("person:kim-jong-un").Aliases);
        Assert.Contains("Sergey Lavrov", Entry("person:sergei-lavrov").Aliases);
        Assert.Contains("Volodymyr Zelenskyy", Entry("person:volodymyr-zelensky").Aliases);
        Assert.All(people, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Properties.GetValueOrDefault("title")), $"{p.Id}: title");
            Assert.True(p.Properties.ContainsKey("country"), $"{p.Id}: country");
            Assert.All(p.Aliases.Prepend(p.Name), a => Assert.True(
                a.Contains(' ', StringComparison.Ordinal) || a.All(char.IsUpper),
                $"{p.Id}: '{a}' is a single word; surnames are resolved by the extractor"));
            if (p.Properties.TryGetValue("org", out var org))
            {
                Assert.True(Schema.Entry(org) is { Type: "Organization" }, $"{p.Id}: org '{org}' is not an organization entry");
            }
        });
    }

    [Fact]
    public void Locations_include_capitals_states_and_regions()
    {
        var georgiaState = Entry("location:georgia-us-state");
        Assert.Equal("Georgia", georgiaState.Name);
        Assert.Equal("USA", georgiaState.Properties["country"]);
        Assert.NotEqual(Entry("country:geo").Id, georgiaState.Id);
        Assert.Equal("PRK", Entry("location:pyongyang").Properties["country"]);
        Assert.Equal("UKR", Entry("location:crimea").Properties["country"]);
        var locations = OfType("Location").ToList();
        Assert.True(locations.Count >= 400, $"only {locations.Count} locations");
        Assert.Equal(50, locations.Count(l => l.Properties.GetValueOrDefault("kind") == "us-state"));
    }

    [Fact]
    public void Titles_load_with_leader_official_membership_or_affiliation_relations()
    {
        var titles = Schema.Titles;
        Assert.True(titles.Count >= 70, $"only {titles.Count} titles");
        Assert.All(titles, t => Assert.Contains(t.Relation, new[] { "LEADER_OF", "OFFICIAL_OF", "MEMBER_OF", "AFFILIATED_WITH" }));
        Assert.Equal("MEMBER_OF", titles.Single(t => t.Name == "Councillor").Relation);
        Assert.Equal("AFFILIATED_WITH", titles.Single(t => t.Name == "Analyst").Relation);
        Assert.Equal(titles.Count, titles.Select(t => t.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var forms = titles.SelectMany(t => t.Forms.Select(f => (Form: f, t.Name)))
            .GroupBy(x => x.Form, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(x => x.Name).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.Empty(forms);
        Assert.Equal("LEADER_OF", titles.Single(t => t.Name == "President").Relation);
        Assert.Equal("LEADER_OF", titles.Single(t => t.Name == "Prime Minister").Relation);
        Assert.Equal("OFFICIAL_OF", titles.Single(t => t.Name == "Foreign Minister").Relation);
        Assert.Contains(titles, t => t.Forms.Contains("Defense Minister", StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_legislator_is_a_member_of_a_party_but_holds_a_seat_of_a_country()
    {
        var mp = Schema.Titles.Single(t => t.Name == "MP");
        Assert.Equal("MEMBER_OF", mp.RelationFor("organization:uk-labour-party", "party"));
        Assert.Equal("OFFICIAL_OF", mp.RelationFor("country:gbr", null));
        Assert.Equal("OFFICIAL_OF", Schema.Titles.Single(t => t.Name == "Chancellor").RelationFor("country:gbr", null));
    }

    [Fact]
    public void A_relation_override_for_an_unknown_kind_is_an_error_that_names_the_line()
    {
        var error = LoadWithAppended("titles.yaml", "  - { name: Alderman, relationFor: { kind:guild: AFFILIATED_WITH } }\n");
        Assert.Contains("kind:guild", error.Message, StringComparison.Ordinal);
        Assert.Contains("titles.yaml:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_source_other_than_the_speaker_is_an_error_that_names_the_line() =>
        AssertInvalidValue(Path.Combine("patterns", "alignment.yaml"),
            "  - { id: criticized.heard, relation: CRITICIZED, source: listener, pattern: \"{T:Person} failed\" }\n",
            "source may only be 'speaker'");

    [Fact]
    public void A_pattern_target_other_than_home_or_country_is_an_error_that_names_the_line() =>
        AssertInvalidValue(Path.Combine("patterns", "structure.yaml"),
            "  - { id: official.abroad, relation: OFFICIAL_OF, target: abroad, pattern: \"{S:Person} takes over the ministry\" }\n",
            "target may only be 'home' or 'country'");

    [Fact]
    public void A_pattern_whose_target_is_the_doer_of_an_unknown_act_is_an_error_that_names_the_line()
    {
        var error = LoadWithAppended(Path.Combine("patterns", "alignment.yaml"),
            "  - { id: criticized.tariffs, relation: CRITICIZED, actorOf: TARIFFS, pattern: \"{S:Country} denounced the tariffs\" }\n");
        Assert.Equal(SchemaErrors.UnknownRelationType, error.Code);
        Assert.Contains("alignment.yaml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("actorOf refers to unknown relation type 'TARIFFS'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_heading_something_other_than_a_listed_body_of_a_country_is_an_error_that_names_the_line() =>
        AssertInvalidValue("titles.yaml", "  - { name: Sports Secretary, heads: [organization:nato] }\n",
            "heads 'organization:nato', which is no listed organization of a country");

    [Fact]
    public void A_pattern_listing_requirement_other_than_both_target_or_none_is_an_error_that_names_the_line() =>
        AssertInvalidValue(Path.Combine("patterns", "structure.yaml"),
            "  - { id: located.odd, relation: LOCATED_IN, listed: source, pattern: \"{S:Location} in {T:Country}\" }\n",
            "listed may be true (both ends), target or false");

    [Fact]
    public void A_country_group_with_an_unlisted_member_is_an_error_that_names_the_line() =>
        AssertInvalidValue("country-groups.yaml", "  - { name: Alpine states, adjectives: [Alpine], members: [AUT, CHE, XXX] }\n",
            "no listed country has the key 'XXX'");

    [Fact]
    public void A_country_group_adjective_in_lower_case_is_an_error_that_names_the_line() =>
        AssertInvalidValue("country-groups.yaml", "  - { name: Alpine states, adjectives: [alpine], members: [AUT, CHE] }\n",
            "adjective 'alpine' must start with a capital letter");

    [Fact]
    public void Every_country_group_has_listed_members_and_no_adjective_is_shared()
    {
        Assert.NotEmpty(Schema.CountryGroups);
        foreach (var group in Schema.CountryGroups)
        {
            Assert.All(group.Members, id => Assert.Equal("Country", Schema.Entry(id)?.Type));
        }
        var adjectives = Schema.CountryGroups.SelectMany(g => g.Adjectives).ToList();
        Assert.Equal(adjectives.Count, adjectives.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>A line appended to a schema file is an invalid-value error naming the file and saying why.</summary>
    private static void AssertInvalidValue(string file, string line, string message)
    {
        var error = LoadWithAppended(file, line);
        Assert.Equal(SchemaErrors.InvalidValue, error.Code);
        Assert.Contains(Path.GetFileName(file) + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Loads a copy of the repository's schema with a line appended to one file, expecting it to fail.</summary>
    private static GraphException LoadWithAppended(string file, string line)
    {
        var folder = Directory.CreateTempSubdirectory("kgraph-schema-").FullName;
        try
        {
            var source = FindSchemaDirectory();
            foreach (var path in Directory.GetFiles(source, "*.yaml", SearchOption.AllDirectories))
            {
                var target = Path.Combine(folder, Path.GetRelativePath(source, path));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(path, target);
            }
            File.AppendAllText(Path.Combine(folder, file), line);
            return Assert.ThrowsAny<GraphException>(() => GraphSchema.Load(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
