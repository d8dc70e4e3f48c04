namespace Graph.Extraction.Relations;

/// <summary>One element of a compiled relation pattern.</summary>
internal abstract record PatternElement(bool Optional);

/// <summary>A word (any of several), matched case-insensitively; a trailing * matches any ending.</summary>
internal sealed record WordElement(IReadOnlyList<string> Words, IReadOnlyList<string> Prefixes, bool Optional) : PatternElement(Optional)
{
    public bool Matches(string token)
    {
        foreach (var word in Words)
        {
            if (string.Equals(word, token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        foreach (var prefix in Prefixes)
        {
            if (token.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>An entity slot: S (source) or T (target), with the entity types it accepts.</summary>
/// <remarks>Role P binds a coordination ("Russia and North Korea") and relates its members both ways.</remarks>
internal sealed record SlotElement(char Role, IReadOnlySet<string> Types) : PatternElement(false);

/// <summary>Up to <see cref="Max"/> tokens; entities inside only when <see cref="CrossesEntities"/>.</summary>
internal sealed record GapElement(int Max, bool CrossesEntities) : PatternElement(false);
