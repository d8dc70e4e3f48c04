using Graph.Core.Model;

namespace Graph.Extraction.Entities;

/// <summary>
/// Immutable-after-build trie over token texts, for finding the longest listed phrase that starts
/// at a token. Phrases are tokenized with the same tokenizer as documents, so they match exactly.
/// </summary>
internal sealed class TokenTrie<T>
{
    private readonly Node _root;
    private readonly bool _ignoreCase;

    public TokenTrie(bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        _root = new Node(ignoreCase);
    }

    public void Add(IReadOnlyList<string> tokens, T value)
    {
        var node = _root;
        foreach (var token in tokens)
        {
            if (!node.Children.TryGetValue(token, out var child))
            {
                child = new Node(_ignoreCase);
                node.Children.Add(token, child);
            }
            node = child;
        }
        node.Values.Add(value);
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>, not running past <paramref name="end"/>.</summary>
    public (int Length, IReadOnlyList<T> Values) LongestMatch(IReadOnlyList<Token> tokens, int start, int end)
    {
        var node = _root;
        var best = (0, (IReadOnlyList<T>)[]);
        for (var i = start; i < end; i++)
        {
            if (!node.Children.TryGetValue(tokens[i].Text, out node))
            {
                break;
            }
            if (node.Values.Count > 0)
            {
                best = (i - start + 1, node.Values);
            }
        }
        return best;
    }

    public bool IgnoresCase => _ignoreCase;

    /// <summary>
    /// The first words of the phrases (compared as the trie compares them), each with whether it is
    /// a whole phrase: <see cref="LongestMatch"/> finds nothing from a token not among them, and a
    /// one-token match exactly when the word is a whole phrase.
    /// </summary>
    public IEnumerable<(string Word, bool IsPhrase)> FirstWords() =>
        _root.Children.Select(child => (child.Key, child.Value.Values.Count > 0));

    private sealed class Node(bool ignoreCase)
    {
        public Dictionary<string, Node> Children { get; } = new(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

        public List<T> Values { get; } = [];
    }
}
