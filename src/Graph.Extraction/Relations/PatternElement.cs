using System.Collections.Frozen;

namespace Graph.Extraction.Relations;

/// <summary>One element of a compiled relation pattern.</summary>
internal abstract record PatternElement(bool Optional);

/// <summary>
/// Any of several word sequences ("met", "held talks"), matched case-insensitively token by token;
/// a word ending in * matches any token starting so. A labelled group records the words it
/// matched under its label, so a property can say which trigger fired ("sister").
/// </summary>
internal sealed record WordElement(IReadOnlyList<IReadOnlyList<string>> Options, bool Optional, string? Label = null) : PatternElement(Optional)
{
    /// <summary>
    /// For the sentence prefilter, one literal word of each option that a sentence matching the option must hold: the
    /// longest, so "to support" is looked for by "support", not by the "to" of nearly every sentence. Empty when some
    /// option holds no literal word.
    /// </summary>
    public IReadOnlyList<string> KeyWords { get; } = Options.All(o => o.Any(IsLiteral))
        ? Options.Select(o => o.Where(IsLiteral).MaxBy(w => w.Length)!).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
        : [];

    /// <summary>
    /// When every option starts with a literal word, those words as a set: a token outside it starts no option, found in
    /// one lookup. Empty when some option starts with a prefix or suffix ("visit*").
    /// </summary>
    public FrozenSet<string> FirstWordSet { get; } = Options.All(o => IsLiteral(o[0]))
        ? Options.Select(o => o[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
        : FrozenSet<string>.Empty;

    /// <summary>True when every option starts with a literal word, so a sentence lacking them all cannot match.</summary>
    public bool Filterable => FirstWordSet.Count > 0;

    private static bool IsLiteral(string word) => !word.EndsWith('*') && !word.StartsWith('*');

    /// <summary>A literal word, a prefix ("visit*") or a suffix ("*-based").</summary>
    public static bool WordMatches(string word, string token) =>
        word.EndsWith('*')
            ? token.AsSpan().StartsWith(word.AsSpan(0, word.Length - 1), StringComparison.OrdinalIgnoreCase)
            : word.StartsWith('*')
                ? token.Length > word.Length - 1 && token.AsSpan().EndsWith(word.AsSpan(1), StringComparison.OrdinalIgnoreCase)
                : string.Equals(word, token, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Zero-width: the next token must not be one of the words ("{T:Person} !'s": not a possessor).</summary>
internal sealed record NotElement(WordElement Words) : PatternElement(false);

/// <summary>An entity slot: S (source) or T (target), with the entity types it accepts.</summary>
/// <remarks>Role P binds a coordination ("Russia and North Korea") and relates its members both ways.</remarks>
internal sealed record SlotElement(char Role, IReadOnlySet<string> Types) : PatternElement(false)
{
    /// <summary>Whether the slot accepts a person, and so a title phrase before one ("NATO chief Jens Stoltenberg").</summary>
    public bool TakesPeople { get; } = Types.Contains("Person");
}

/// <summary>Up to <see cref="Max"/> tokens; entities inside only when <see cref="CrossesEntities"/>.</summary>
internal sealed record GapElement(int Max, bool CrossesEntities) : PatternElement(false);
