using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Core.Schema;

namespace Graph.Extraction.Relations;

/// <summary>
/// Turns titles attached to people into relations with the body the title belongs to:
/// "Russian President Vladimir Putin" is LEADER_OF Russia with title President; "Foreign
/// Minister X" of a country named in the same phrase is OFFICIAL_OF it.
/// </summary>
public sealed class RoleRelationExtractor : IPipelineComponent
{
    public const string Rule = "role:title";

    private readonly GraphSchema _schema;
    private readonly Dictionary<string, TitleDefinition> _titles;

    public RoleRelationExtractor(GraphSchema schema)
    {
        _schema = schema;
        _titles = schema.Titles.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Offices that head a city or province, which the schema cannot relate to a country or party.</summary>
    private static readonly HashSet<string> LocalOffices = new(StringComparer.OrdinalIgnoreCase) { "Mayor", "Governor" };

    public string Name => "role-relations";

    /// <summary>"shadow home secretary David Davis", "former Foreign Secretary Robin Cook": no office held now.</summary>
    private static bool IsFormerOrShadow(Document document, Mention person, string title)
    {
        var window = Math.Max(0, person.Span.Start - title.Length - 40);
        var before = document.Text.AsSpan(window, person.Span.Start - window);
        var cut = before.LastIndexOfAny('.', '\n', ',');
        if (cut >= 0)
        {
            before = before[(cut + 1)..];
        }
        foreach (var word in (ReadOnlySpan<string>)["shadow", "former", "ex-", "ex ", "late "])
        {
            var at = before.LastIndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(before[at - 1])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Foreign Minister Sergey Lavrov" names no country, but the gazetteer knows his; the title is
    /// read as an office of that country only when the article names the country too, and never
    /// for people listed as heading an international organization.
    /// </summary>
    private (string?, string?) HomeCountry(string personId, string title, string relation, Document document)
    {
        if (_schema.Entry(personId) is not { } entry || entry.Properties.ContainsKey("org")
            || !entry.Properties.TryGetValue("country", out var iso))
        {
            return (null, null);
        }
        // A leader's title is trusted only when it is the one listed: "Chancellor Gordon Brown" did not lead Britain.
        if (relation != "OFFICIAL_OF" && !string.Equals(entry.Properties.GetValueOrDefault("title"), title, StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }
        var countryId = "country:" + iso.ToLowerInvariant();
        return document.Mentions.Any(m => m.EntityId == countryId) ? (countryId, "Country") : (null, null);
    }

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Sentences, Annotation.EntityLinks];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Relations];

    public void Process(Document document)
    {
        foreach (var person in document.Mentions)
        {
            if (person is not { Type: "Person", Title: { } title, EntityId: { } personId } || person.Kind == MentionKind.Nominal)
            {
                continue;
            }
            var definition = _titles.GetValueOrDefault(title);
            var relation = definition?.Relation ?? "LEADER_OF";
            if (LocalOffices.Contains(title) || IsFormerOrShadow(document, person, title))
            {
                continue;
            }
            var (bodyId, bodyType) = person.Affiliation is { EntityId: { } id } a
                ? (id, a.Type)
                : definition?.Organization is { } org && _schema.Entry(org) is { } body ? (org, body.Type)
                : HomeCountry(personId, title, relation, document);
            if (bodyId is null)
            {
                continue;
            }
            relation = definition?.RelationFor(bodyId) ?? relation;
            if (_schema.RelationType(relation) is not { } type || !type.Allows("Person", bodyType!))
            {
                continue;
            }
            var sentence = document.SentenceAt(person.Span.Start);
            if (sentence is null)
            {
                continue;
            }
            document.Relations.Add(new RelationMention(relation, personId, bodyId, sentence.Index, Rule, 0.9)
            {
                Properties = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["title"] = definition?.Name ?? title },
            });
        }
    }
}
