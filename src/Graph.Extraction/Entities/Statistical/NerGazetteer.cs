using Graph.Core.Schema;

namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Gazetteer names as token sequences, for features: a token inside a listed name gets a
/// feature for the entry's kind and its position in the name. The model learns how far to trust
/// each kind, so a longer gazetteer only adds evidence. Also answers whether a span names a
/// country, to type LOC predictions.
/// </summary>
internal sealed class NerGazetteer
{
    /// <summary>Kinds of gazetteer evidence; their index is part of the feature hash.</summary>
    public static readonly string[] Kinds = ["Person", "Country", "Organization", "Location", "Treaty", "Demonym", "Metonym"];

    private const int CountryKind = 1;
    private const int DemonymKind = 5;
    private const int MetonymKind = 6;

    /// <summary>Stable error code for a names file that cannot be read.</summary>
    public const string InvalidNames = "GK0312";

    // First token → the names starting with it, longest first.
    private readonly Dictionary<string, List<(string[] Tokens, int Kind)>> _byFirst = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);

    // Every name as added, in order: the order decides ties between names of one length, so a saved list rebuilds the same features.
    private readonly List<(string Name, int Kind)> _names = [];

    public static readonly NerGazetteer Empty = new(Array.Empty<GazetteerEntry>());

    private NerGazetteer(IEnumerable<(string Name, int Kind)> names)
    {
        foreach (var (name, kind) in names)
        {
            Add(name, kind);
            if (kind == CountryKind)
            {
                _countries.Add(name);
            }
        }
        SortLongestFirst();
    }

    public NerGazetteer(IEnumerable<GazetteerEntry> entries)
    {
        foreach (var entry in entries)
        {
            var kind = Array.IndexOf(Kinds, entry.Type);
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                if (kind >= 0)
                {
                    Add(name, kind);
                }
                if (entry.Type == "Country")
                {
                    _countries.Add(name);
                }
            }
            // Demonyms of places and of the countries within a state ("Welsh", "Scottish") are left out: the shipped model
            // learned demonyms from sovereign countries and parties, and reads "Scottish Water" as a body only without the feature.
            foreach (var demonym in entry.Type == "Location" || entry.Properties.GetValueOrDefault("status") == "constituent-country" ? [] : entry.Demonyms)
            {
                Add(demonym, DemonymKind);
            }
            foreach (var metonym in entry.Metonyms)
            {
                Add(metonym, MetonymKind);
            }
        }
        SortLongestFirst();
    }

    public static NerGazetteer From(GraphSchema schema) => new(schema.Gazetteer);

    /// <summary>
    /// Reads names saved by <see cref="Save"/>: "Kind&lt;TAB&gt;name" per line, '#' lines are comments. The list a model was
    /// trained with makes training reproducible whatever the schema has become since.
    /// </summary>
    public static NerGazetteer Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new Core.GraphException(InvalidNames, $"{path}: gazetteer names file not found");
        }
        var names = new List<(string, int)>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var kind = tab > 0 ? Array.IndexOf(Kinds, line[..tab]) : -1;
            if (kind < 0 || tab == line.Length - 1)
            {
                throw new Core.GraphException(InvalidNames,
                    $"{path}:{number}: expected a kind ({string.Join(", ", Kinds)}), a tab and a name");
            }
            names.Add((line[(tab + 1)..], kind));
        }
        return new NerGazetteer(names);
    }

    /// <summary>Writes the names in the order they were added, so that <see cref="Load"/> rebuilds the same features.</summary>
    public void Save(TextWriter writer)
    {
        writer.Write("# Gazetteer names the statistical tagger was trained with: kind, tab, name.\n");
        foreach (var (name, kind) in _names)
        {
            writer.Write($"{Kinds[kind]}\t{name}\n");
        }
    }

    private void SortLongestFirst()
    {
        foreach (var list in _byFirst.Values)
        {
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }
    }

    public bool IsCountry(string text) => _countries.Contains(text);

    /// <summary>
    /// What <see cref="Mark"/> needs of a token. It depends on the token's text alone, so callers
    /// keep it per word instead of recomputing it for every token.
    /// </summary>
    public Word Describe(string token)
    {
        var allCaps = IsAllCaps(token);
        // The names listed under the token, or under its title case when it is written in capitals ("BANK OF ENGLAND").
        return _byFirst.TryGetValue(token, out var names) || (allCaps && _byFirst.TryGetValue(TitleCase(token), out names))
            ? new Word(names, allCaps)
            : new Word(null, allCaps);
    }

    /// <summary>
    /// Marks tokens of [first, end) covered by names: code = kind * 2 + (0 begin, 1 inside) + 1,
    /// 0 when no name covers the token. Longest match wins, left to right. <paramref name="words"/>
    /// holds <see cref="Describe"/> of each word, <paramref name="wordOf"/> the word of each token of the document.
    /// </summary>
    public static void Mark(IReadOnlyList<string> tokens, ReadOnlySpan<int> wordOf, ReadOnlySpan<Word> words, int first, int end, Span<byte> codes)
    {
        codes.Clear();
        var i = first;
        while (i < end)
        {
            var matched = 0;
            if (words[wordOf[i]].Starting is { } candidates)
            {
                foreach (var (name, kind) in candidates)
                {
                    if (Matches(tokens, wordOf, words, i, end, name))
                    {
                        for (var k = 0; k < name.Length; k++)
                        {
                            codes[i - first + k] = (byte)((kind * 2) + (k == 0 ? 0 : 1) + 1);
                        }
                        matched = name.Length;
                        break;
                    }
                }
            }
            i += Math.Max(1, matched);
        }
    }

    private static bool Matches(IReadOnlyList<string> tokens, ReadOnlySpan<int> wordOf, ReadOnlySpan<Word> words, int start, int end, string[] name)
    {
        if (start + name.Length > end)
        {
            return false;
        }
        for (var k = 1; k < name.Length; k++)
        {
            var token = tokens[start + k];
            if (token != name[k] && !(words[wordOf[start + k]].AllCaps && string.Equals(token, name[k], StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }
        return true;
    }

    private void Add(string name, int kind)
    {
        _names.Add((name, kind));
        var tokens = Tokenize(name);
        if (tokens.Length == 0)
        {
            return;
        }
        if (!_byFirst.TryGetValue(tokens[0], out var list))
        {
            _byFirst[tokens[0]] = list = [];
        }
        if (!list.Exists(e => e.Kind == kind && e.Tokens.AsSpan().SequenceEqual(tokens)))
        {
            list.Add((tokens, kind));
        }
    }

    /// <summary>
    /// Splits a name on whitespace only: news tokenizers, like CoNLL's, keep "U.S." and
    /// "Bosnia-Herzegovina" whole.
    /// </summary>
    internal static string[] Tokenize(string name) =>
        name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool IsAllCaps(string token)
    {
        var letters = false;
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letters |= char.IsLetter(c);
        }
        return letters && token.Length > 1;
    }

    private static string TitleCase(string token) => token[..1] + token[1..].ToLowerInvariant();

    /// <summary>The names, longest first, that may start at a word (null when none), and whether it is written in capitals.</summary>
    public readonly record struct Word(List<(string[] Tokens, int Kind)>? Starting, bool AllCaps);
}
