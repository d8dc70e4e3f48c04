namespace Graph.Extraction.Relations;

/// <summary>
/// Picks the patterns a sentence can possibly match: those whose required word groups each have a
/// word in the sentence and whose slots each have a mention of an accepted type. One lookup per
/// token finds every requirement the token satisfies, so the cost does not grow with the patterns' trigger words.
/// </summary>
internal sealed class PatternPrefilter
{
    private readonly IReadOnlyList<CompiledPattern> _patterns;

    /// <summary>For each pattern, the ids of its required word groups.</summary>
    private readonly int[][] _requirements;

    /// <summary>For a trigger word, the ids of the required word groups it satisfies.</summary>
    private readonly Dictionary<string, int[]> _satisfiedBy;

    private readonly int _requirementCount;

    public PatternPrefilter(IReadOnlyList<CompiledPattern> patterns)
    {
        _patterns = patterns;
        _requirements = new int[patterns.Count][];
        var satisfiedBy = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var id = 0;
        for (var p = 0; p < patterns.Count; p++)
        {
            var required = patterns[p].Required;
            _requirements[p] = new int[required.Count];
            for (var r = 0; r < required.Count; r++, id++)
            {
                _requirements[p][r] = id;
                foreach (var word in required[r].FirstWords)
                {
                    if (!satisfiedBy.TryGetValue(word, out var ids))
                    {
                        satisfiedBy[word] = ids = [];
                    }
                    ids.Add(id);
                }
            }
        }
        _satisfiedBy = satisfiedBy.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        _requirementCount = id;
    }

    /// <summary>The candidate patterns for the sentence, in schema order.</summary>
    public void Candidates(SentenceView view, List<CompiledPattern> candidates)
    {
        candidates.Clear();
        var satisfied = _requirementCount <= 1024 ? stackalloc bool[_requirementCount] : new bool[_requirementCount];
        for (var i = view.Sentence.FirstToken; i < view.Sentence.EndToken; i++)
        {
            if (_satisfiedBy.TryGetValue(view.Tokens[i].Text, out var ids))
            {
                foreach (var id in ids)
                {
                    satisfied[id] = true;
                }
            }
        }
        for (var p = 0; p < _patterns.Count; p++)
        {
            if (AllSatisfied(_requirements[p], satisfied) && HasSlotTypes(_patterns[p], view))
            {
                candidates.Add(_patterns[p]);
            }
        }
    }

    private static bool AllSatisfied(int[] requirements, ReadOnlySpan<bool> satisfied)
    {
        foreach (var id in requirements)
        {
            if (!satisfied[id])
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasSlotTypes(CompiledPattern pattern, SentenceView view)
    {
        foreach (var types in pattern.SlotTypes)
        {
            if (!types.Overlaps(view.MentionTypes))
            {
                return false;
            }
        }
        return true;
    }
}
