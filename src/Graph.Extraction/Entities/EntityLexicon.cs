using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Extraction.Text;

namespace Graph.Extraction.Entities;

/// <summary>How a listed surface form refers to its gazetteer entry.</summary>
internal enum FormKind
{
    Name,
    Alias,
    Demonym,
    Metonym,
    HomeAlias,
}

internal sealed record LexiconHit(GazetteerEntry Entry, FormKind Form);

/// <summary>
/// The schema's gazetteers and titles compiled once into tries over tokens. Shared, read-only,
/// safe to use from many threads.
/// </summary>
public sealed class EntityLexicon
{
    private EntityLexicon(GraphSchema schema)
    {
        Schema = schema;
        Names = new TokenTrie<LexiconHit>(ignoreCase: false);
        HomeNames = new TokenTrie<LexiconHit>(ignoreCase: false);
        SharedNames = new TokenTrie<LexiconHit>(ignoreCase: false);
        Titles = new TokenTrie<TitleDefinition>(ignoreCase: true);
        var surnames = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        foreach (var entry in schema.Gazetteer)
        {
            Add(entry.Name, entry, FormKind.Name);
            foreach (var alias in entry.Aliases)
            {
                Add(alias, entry, FormKind.Alias);
            }
            foreach (var demonym in entry.Demonyms)
            {
                Add(demonym, entry, FormKind.Demonym);
            }
            foreach (var metonym in entry.Metonyms)
            {
                Add(metonym, entry, FormKind.Metonym);
            }
            foreach (var alias in entry.HomeAliases)
            {
                HomeNames.Add(Words(alias), new LexiconHit(entry, FormKind.HomeAlias));
            }
            foreach (var alias in entry.SharedAliases)
            {
                SharedNames.Add(Words(alias), new LexiconHit(entry, FormKind.Alias));
            }
            foreach (var demonym in entry.SharedDemonyms)
            {
                SharedNames.Add(Words(demonym), new LexiconHit(entry, FormKind.Demonym));
            }
            if (entry.Type == "Person")
            {
                foreach (var form in entry.Aliases.Prepend(entry.Name))
                {
                    // The last word, hyphens and all ("Willem-Alexander"); a regnal number is no name ("Harald V").
                    var last = form[(form.LastIndexOf(' ') + 1)..];
                    if (last.All(c => c is 'I' or 'V' or 'X' or 'L'))
                    {
                        continue;
                    }
                    if (!surnames.TryGetValue(last, out var list))
                    {
                        surnames[last] = list = [];
                    }
                    if (!list.Contains(entry))
                    {
                        list.Add(entry);
                    }
                }
            }
        }
        foreach (var title in schema.Titles)
        {
            foreach (var form in title.Forms)
            {
                Titles.Add(Words(form), title);
            }
        }
        // A surname names a listed person only when it names exactly one.
        UniqueSurnames = surnames.Where(p => p.Value.Count == 1).ToDictionary(p => p.Key, p => p.Value[0], StringComparer.Ordinal);
        var places = schema.Gazetteer.Where(e => e.Type == "Location").ToLookup(e => (e.Name, e.Properties.GetValueOrDefault("country")));
        Capitals = schema.Gazetteer
            .Where(e => e.Type == "Country" && e.Properties.ContainsKey("capital") && e.Properties.ContainsKey("iso"))
            .Select(e => (Country: e.Id, City: places[(e.Properties["capital"], e.Properties["iso"])].FirstOrDefault()))
            .Where(p => p.City is not null)
            .ToDictionary(p => p.Country, p => p.City!, StringComparer.Ordinal);
        // A form two places share names neither.
        PlacesInCapitals = schema.Gazetteer.Where(e => e.Type == "Location")
            .SelectMany(e => e.Aliases.Prepend(e.Name).Select(form => (Form: form.ToUpperInvariant(), Entry: e)))
            .GroupBy(p => p.Form, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Entry).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Entry, StringComparer.Ordinal);
    }

    public GraphSchema Schema { get; }

    internal TokenTrie<LexiconHit> Names { get; }

    /// <summary>Bare words that name a listed entity only in an article about its country ("Parliament"), kept apart from <see cref="Names"/> so no other rule reads them as listed.</summary>
    internal TokenTrie<LexiconHit> HomeNames { get; }

    /// <summary>Forms several listed entities share ("Congolese"), kept apart from <see cref="Names"/>: the article decides which one each means.</summary>
    internal TokenTrie<LexiconHit> SharedNames { get; }

    internal TokenTrie<TitleDefinition> Titles { get; }

    internal IReadOnlyDictionary<string, GazetteerEntry> UniqueSurnames { get; }

    /// <summary>Each listed country's listed capital, by the country's id: "the North Korean capital" is Pyongyang.</summary>
    internal IReadOnlyDictionary<string, GazetteerEntry> Capitals { get; }

    /// <summary>Listed places by their forms in capitals, as datelines write them: "BRASILIA" is Brasília.</summary>
    internal IReadOnlyDictionary<string, GazetteerEntry> PlacesInCapitals { get; }

    public static EntityLexicon Compile(GraphSchema schema) => new(schema);

    private void Add(string form, GazetteerEntry entry, FormKind kind) => Names.Add(Words(form), new LexiconHit(entry, kind));

    private static string[] Words(string form) => Tokenizer.Tokenize(form).Select(t => t.Text).ToArray();

    internal static GazetteerEntryRef RefOf(GazetteerEntry entry) => new(entry.Id, entry.Type, entry.Name);
}
