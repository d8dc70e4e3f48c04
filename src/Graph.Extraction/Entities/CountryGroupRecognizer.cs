using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Core.Schema;

namespace Graph.Extraction.Entities;

/// <summary>
/// "the Baltic states", "Leaders of the Nordic and Baltic countries", "the three Central Asian republics": countries
/// named as a group by the adjectives of <c>country-groups.yaml</c>. One mention stands for every member, and relation
/// patterns distribute over it as over "the two countries". Runs after the gazetteer and the tagger, and takes the
/// phrase from their guesses inside it ("the Gulf" as the sea, "Baltic" as a place), but never from a person's name.
/// </summary>
public sealed class CountryGroupRecognizer : IPipelineComponent
{
    public const string Rule = "rule:country-group";

    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal) { "states", "countries", "nations", "republics", "governments" };

    // Adjective phrases by their first word, longest first: "Gulf Arab" before "Gulf".
    private readonly Dictionary<string, (string[] Words, IReadOnlyList<string> Members)[]> _byFirstWord;
    private readonly Dictionary<string, (string[] Words, IReadOnlyList<string> Members)[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstPart;

    /// <summary>One-word names, aliases and demonyms that name exactly one listed country: the parts of "Kyrgyz-Tajik", "US-China".</summary>
    private readonly Dictionary<string, string> _countryWords;

    public CountryGroupRecognizer(GraphSchema schema)
    {
        _countryWords = schema.Gazetteer
            .Where(e => e.Type == "Country")
            .SelectMany(e => e.Aliases.Concat(e.Demonyms).Prepend(e.Name).Select(form => (Form: form, e.Id)))
            .Where(f => f.Form.Length > 1 && f.Form.All(char.IsLetter) && char.IsUpper(f.Form[0]))
            .GroupBy(f => f.Form, StringComparer.Ordinal)
            .Where(g => g.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        _byFirstWord = schema.CountryGroups
            .SelectMany(g => g.Adjectives.Select(a => (Words: a.Split(' ', StringSplitOptions.RemoveEmptyEntries), g.Members)))
            .GroupBy(a => a.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Words.Length).ToArray(), StringComparer.Ordinal);
        _byFirstPart = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Name => "country-groups";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Tokens, Annotation.Sentences];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Mentions];

    public void Process(Document document)
    {
        if (_byFirstWord.Count == 0 && _countryWords.Count == 0)
        {
            return;
        }
        var tokens = document.Tokens;
        MentionIndex? index = null;
        foreach (var sentence in document.Sentences)
        {
            var end = sentence.EndToken;
            for (var i = sentence.FirstToken; i < end; i++)
            {
                // Nearly every token starts no group: one lookup, without allocating, decides.
                var text = tokens[i].Text.AsSpan();
                if (!char.IsUpper(text[0]))
                {
                    continue;
                }
                var hyphen = text.IndexOf('-');
                if (hyphen > 0 && Compound(tokens[i].Text) is { } pair)
                {
                    index ??= new MentionIndex(document);
                    // Only a guess of the token alone gives way: "the US-China Business Council" is a body.
                    if (index.At(i) is not { Known: not null } && index.IsWithin(i, i + 1))
                    {
                        index.Replace(i, i + 1, new Mention(new Span(tokens[i].Start, tokens[i].End), tokens[i].Text, "Country", MentionKind.Nominal, Rule) { Group = pair });
                    }
                    continue;
                }
                if (!_byFirstPart.ContainsKey(hyphen > 0 ? text[..hyphen] : text))
                {
                    continue;
                }
                var members = new List<string>();
                var k = Adjective(tokens, i, end, members);
                if (k < 0)
                {
                    continue;
                }
                // "the Nordic and Baltic states", "Nordic, Baltic and Benelux countries".
                while (k + 1 < end && tokens[k].Text is "and" or "," && Adjective(tokens, k + 1, end, members) is > 0 and var more)
                {
                    k = more;
                }
                if (k >= end || !Nouns.Contains(tokens[k].Text))
                {
                    continue;
                }
                var from = i;
                if (from > sentence.FirstToken && (Words.Counts.Contains(tokens[from - 1].Text) || tokens[from - 1].Text.All(char.IsAsciiDigit)))
                {
                    from--;
                }
                if (from > sentence.FirstToken && tokens[from - 1].Text is "the" or "The")
                {
                    from--;
                }
                index ??= new MentionIndex(document);
                if (!index.IsWithin(from, k + 1) || Enumerable.Range(from, k + 1 - from).Any(t => index.At(t) is { Type: "Person" }))
                {
                    continue;
                }
                var span = new Span(tokens[from].Start, tokens[k].End);
                index.Replace(from, k + 1, new Mention(span, document.TextOf(span), "Country", MentionKind.Nominal, Rule)
                {
                    Group = members.Distinct(StringComparer.Ordinal).ToList(),
                });
                i = k;
            }
        }
        if (index is not null)
        {
            document.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    /// <summary>"Kyrgyz-Tajik", "Russia-Ukraine": a compound of words each naming a different listed country names them all.</summary>
    private List<string>? Compound(string token)
    {
        var parts = token.Split('-');
        var members = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (!_countryWords.TryGetValue(part, out var id) || members.Contains(id))
            {
                return null;
            }
            members.Add(id);
        }
        return members;
    }

    /// <summary>
    /// The token after a group adjective starting at <paramref name="k"/>, adding its members; -1 if none starts there.
    /// A hyphened compound joins groups: "Nordic-Baltic".
    /// </summary>
    private int Adjective(IReadOnlyList<Token> tokens, int k, int end, List<string> members)
    {
        var text = tokens[k].Text;
        if (text.Contains('-', StringComparison.Ordinal))
        {
            var parts = text.Split('-');
            var found = parts.Select(p => _byFirstWord.GetValueOrDefault(p)?.FirstOrDefault(a => a.Words.Length == 1).Members).ToList();
            if (found.Any(m => m is null))
            {
                return -1;
            }
            members.AddRange(found.SelectMany(m => m!));
            return k + 1;
        }
        if (!_byFirstWord.TryGetValue(text, out var candidates))
        {
            return -1;
        }
        foreach (var (words, groupMembers) in candidates)
        {
            if (k + words.Length <= end && Enumerable.Range(1, words.Length - 1).All(w => tokens[k + w].Text == words[w]))
            {
                members.AddRange(groupMembers);
                return k + words.Length;
            }
        }
        return -1;
    }
}
