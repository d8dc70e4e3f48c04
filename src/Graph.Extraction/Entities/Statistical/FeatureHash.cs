namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// 64-bit hashes for features. A feature is a template id mixed with the hashes of the strings
/// or labels it looks at, so extraction never builds feature strings; with 64 bits, collisions
/// among a few million features are vanishingly rare.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }
        return h;
    }

    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ char.ToLowerInvariant(c)) * Prime;
        }
        return h;
    }

    public static ulong Mix(int template, ulong a) => Finish(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a);

    public static ulong Mix(int template, ulong a, ulong b) => Second(Mix(template, a), b);

    public static ulong Mix(int template, ulong a, ulong b, ulong c) => Third(Mix(template, a, b), c);

    /// <summary>
    /// Mix(template, a, b) from Mix(template, a): the first part can be computed once per word and
    /// reused for every feature that pairs the word with a neighbour.
    /// </summary>
    public static ulong Second(ulong mixed, ulong b) => Finish(mixed ^ (b * 0xC2B2AE3D27D4EB4FUL));

    /// <summary>Mix(template, a, b, c) from Mix(template, a, b).</summary>
    public static ulong Third(ulong mixed, ulong c) => Finish(mixed ^ (c * 0x165667B19E3779F9UL));

    /// <summary>The final avalanche of MurmurHash3, so nearby inputs land far apart in the table.</summary>
    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb93fe53e4ba1UL;
        h ^= h >> 33;
        return h;
    }
}
