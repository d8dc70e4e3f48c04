using Graph.Core.Model;

namespace Graph.Extraction.Relations;

/// <summary>Matches compiled patterns against one sentence whose tokens are mapped to resolved mentions.</summary>
internal sealed class PatternMatcher
{
    private readonly IReadOnlyList<Token> _tokens;
    private readonly Mention?[] _mentionAt;
    private readonly Sentence _sentence;

    public PatternMatcher(IReadOnlyList<Token> tokens, Mention?[] mentionAt, Sentence sentence)
    {
        _tokens = tokens;
        _mentionAt = mentionAt;
        _sentence = sentence;
    }

    public IEnumerable<RelationMatch> Matches(CompiledPattern pattern)
    {
        for (var start = _sentence.FirstToken; start < _sentence.EndToken; start++)
        {
            var bindings = new Dictionary<char, List<Mention>>();
            var end = Match(pattern.Elements, 0, start, bindings);
            if (end >= 0)
            {
                var pair = bindings.ContainsKey('P');
                yield return new RelationMatch(pattern, start, end,
                    pair ? bindings['P'] : bindings['S'], pair ? bindings['P'] : bindings['T'], pair);
            }
        }
    }

    /// <summary>Returns the end token of a match of elements[index..] at position, or -1.</summary>
    private int Match(IReadOnlyList<PatternElement> elements, int index, int position, Dictionary<char, List<Mention>> bindings)
    {
        if (index == elements.Count)
        {
            return position;
        }
        switch (elements[index])
        {
            case WordElement word:
                if (position < _sentence.EndToken && _mentionAt[position] is null && word.Matches(_tokens[position].Text))
                {
                    var end = Match(elements, index + 1, position + 1, bindings);
                    if (end >= 0)
                    {
                        return end;
                    }
                }
                return word.Optional ? Match(elements, index + 1, position, bindings) : -1;

            case SlotElement slot:
                foreach (var (mentions, after) in Coordinations(slot, position))
                {
                    if (slot.Role == 'P' && mentions.Count < 2)
                    {
                        continue;
                    }
                    bindings[slot.Role] = mentions;
                    var end = Match(elements, index + 1, after, bindings);
                    if (end >= 0)
                    {
                        return end;
                    }
                    bindings.Remove(slot.Role);
                }
                return -1;

            case GapElement gap:
                for (var skip = 0; skip <= gap.Max && position + skip <= _sentence.EndToken; skip++)
                {
                    if (skip > 0)
                    {
                        var t = position + skip - 1;
                        if (_mentionAt[t] is not null && !gap.CrossesEntities || _tokens[t].Text is ";" or ":" or "--")
                        {
                            break;
                        }
                    }
                    var end = Match(elements, index + 1, position + skip, bindings);
                    if (end >= 0)
                    {
                        return end;
                    }
                }
                return -1;

            default:
                return -1;
        }
    }

    /// <summary>The mention at a position and the coordinations that extend it, longest first.</summary>
    private List<(List<Mention> Mentions, int After)> Coordinations(SlotElement slot, int position)
    {
        var results = new List<(List<Mention>, int)>();
        var current = new List<Mention>();
        var p = position;
        while (p < _sentence.EndToken && _mentionAt[p] is { } mention && slot.Types.Contains(mention.Type))
        {
            current.Add(mention);
            p = EndOf(mention, p);
            results.Add((new List<Mention>(current), p));
            // "A, B and C", "A and B": continue over a comma or conjunction to another mention.
            var next = p;
            if (next < _sentence.EndToken && _tokens[next].Text == ",")
            {
                next++;
            }
            if (next < _sentence.EndToken && _tokens[next].Text is "and" or "or")
            {
                next++;
            }
            if (next == p || next >= _sentence.EndToken || _mentionAt[next] is null)
            {
                break;
            }
            p = next;
        }
        results.Reverse();
        return results;
    }

    private int EndOf(Mention mention, int position)
    {
        while (position < _sentence.EndToken && ReferenceEquals(_mentionAt[position], mention))
        {
            position++;
        }
        return position;
    }
}
