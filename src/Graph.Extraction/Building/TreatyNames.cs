using Graph.Core.Model;

namespace Graph.Extraction.Building;

/// <summary>
/// Unnamed treaties are known by their descriptions, which vary between articles: "the
/// comprehensive partnership treaty" in one is "the comprehensive strategic partnership treaty" in
/// another. A description whose words all occur, in order, in one already in the graph with the
/// same head word is taken to be the same treaty, when it is specific enough (three words or more).
/// The first description seen stays the node's name, so the result depends only on input order.
/// </summary>
internal sealed class TreatyNames
{
    private readonly List<(string Id, string[] Words)> _known = [];

    /// <summary>The id of an existing treaty this description names, or the description's own id.</summary>
    public string Canonical(string id, string name)
    {
        var words = Words(name);
        foreach (var (knownId, knownWords) in _known)
        {
            if (knownId == id)
            {
                return id;
            }
            var (shorter, longer) = words.Length <= knownWords.Length ? (words, knownWords) : (knownWords, words);
            if (shorter.Length >= 3 && shorter[^1] == longer[^1] && IsSubsequence(shorter, longer))
            {
                return knownId;
            }
        }
        _known.Add((id, words));
        return id;
    }

    private static string[] Words(string name) =>
        name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("the" or "a" or "an" or "new"))
            .ToArray();

    private static bool IsSubsequence(string[] shorter, string[] longer)
    {
        var i = 0;
        foreach (var word in longer)
        {
            if (i < shorter.Length && shorter[i] == word)
            {
                i++;
            }
        }
        return i == shorter.Length;
    }

    public static bool IsDescribed(Mention mention) =>
        mention.Type == "Treaty" && mention.Known is null && mention.Kind == MentionKind.Name;
}
