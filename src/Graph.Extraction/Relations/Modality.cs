using Graph.Core.Model;

namespace Graph.Extraction.Relations;

/// <summary>
/// How a sentence asserts a relation: denied, attributed to a speaker, hedged or expected. Read
/// from cue words around the match, so every flag can be explained by a word in the evidence.
/// </summary>
internal static class Modality
{
    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "n't", "never", "no", "denied", "deny", "denies", "denying", "rejected", "rejects", "reject", "rejecting",
        "dismissed", "dismisses", "refused", "refuses", "refute", "refuted", "refutes", "neither", "nor",
    };

    private static readonly HashSet<string> Hedges = new(StringComparer.OrdinalIgnoreCase)
    {
        "allegedly", "reportedly", "alleged", "alleges", "allege", "suspected", "concern", "concerns", "claims", "claim",
        "claimed", "accused", "accuses", "accusations", "accusation", "may", "might", "could", "possibly", "apparently",
        "purportedly", "rumoured", "rumored", "believed",
    };

    private static readonly HashSet<string> Futures = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "'ll", "shall", "expected", "plans", "planned", "planning", "scheduled", "due", "set", "intends", "upcoming",
    };

    private static readonly HashSet<string> Speech = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "stated", "states", "announced", "announces", "claimed", "claims", "alleged",
        "alleges", "insisted", "insists", "added", "warned", "warns", "noted", "argued", "wrote", "reported", "reports",
        "accused", "accuses", "believes", "believed", "suggested", "confirmed", "confirms",
    };

    public static bool IsNegated(IReadOnlyList<Token> tokens, int from, int to) => Any(tokens, Negations, from, to);

    public static bool IsHedged(IReadOnlyList<Token> tokens, Sentence sentence) =>
        Any(tokens, Hedges, sentence.FirstToken, sentence.EndToken);

    public static bool IsExpected(IReadOnlyList<Token> tokens, int from, int to) => Any(tokens, Futures, from, to);

    /// <summary>
    /// The speaker of a sentence: "X said", "said X", "according to X", where X is a person,
    /// organization or country named right next to the cue.
    /// </summary>
    public static Mention? Speaker(IReadOnlyList<Token> tokens, Mention?[] mentionAt, Sentence sentence, int matchFrom, int matchTo)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (i >= matchFrom && i < matchTo)
            {
                continue;
            }
            var word = tokens[i].Text;
            if (word.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 2 < sentence.EndToken && tokens[i + 1].Text == "to")
            {
                if (Speaker(mentionAt[i + 2]) is { } m)
                {
                    return m;
                }
            }
            if (!Speech.Contains(word))
            {
                continue;
            }
            if (i - 1 >= sentence.FirstToken && Speaker(mentionAt[i - 1]) is { } before)
            {
                return before;
            }
            if (i + 1 < sentence.EndToken && Speaker(mentionAt[i + 1]) is { } after)
            {
                return after;
            }
        }
        return null;
    }

    private static Mention? Speaker(Mention? mention) =>
        mention is { Type: "Person" or "Organization" or "Country", EntityId: not null } ? mention : null;

    private static bool Any(IReadOnlyList<Token> tokens, HashSet<string> cues, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < tokens.Count; i++)
        {
            if (cues.Contains(tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }
}
