using System.Collections.Frozen;

namespace Graph.Extraction.Relations;

/// <summary>
/// Picks the patterns a sentence can possibly match: those whose required word groups each have a
/// word in the sentence and whose slots each have a mention of an accepted type. One lookup per
/// token finds every requirement the token satisfies, so the cost does not grow with the patterns' trigger words.
/// </summary>
internal sealed class PatternPrefilter
{
    /// <summary>Above this many requirements or types the per-sentence flags go on the heap.</summary>
    private const int MaxStackFlags = 1024;

    private readonly IReadOnlyList<CompiledPattern> _patterns;

    /// <summary>For each pattern, how many word groups it requires.</summary>
    private readonly int[] _requirementCounts;

    /// <summary>For each required word group, the pattern requiring it.</summary>
    private readonly int[] _patternOf;

    /// <summary>The patterns that require no word group, candidates wherever their slots' types are present.</summary>
    private readonly int[] _unconditional;

    /// <summary>For a key word, the ids of the required word groups it satisfies.</summary>
    private readonly FrozenDictionary<string, int[]> _satisfiedBy;

    /// <summary>For each pattern and slot, the ids of the entity types the slot accepts.</summary>
    private readonly int[][][] _slotTypes;

    private readonly Dictionary<string, int> _typeIds = new(StringComparer.Ordinal);

    public PatternPrefilter(IReadOnlyList<CompiledPattern> patterns)
    {
        _patterns = patterns;
        _requirementCounts = new int[patterns.Count];
        _slotTypes = new int[patterns.Count][][];
        var patternOf = new List<int>();
        var satisfiedBy = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var p = 0; p < patterns.Count; p++)
        {
            foreach (var group in patterns[p].Required)
            {
                foreach (var word in group.KeyWords)
                {
                    if (!satisfiedBy.TryGetValue(word, out var ids))
                    {
                        satisfiedBy[word] = ids = [];
                    }
                    ids.Add(patternOf.Count);
                }
                patternOf.Add(p);
            }
            _requirementCounts[p] = patterns[p].Required.Count;
            _slotTypes[p] = patterns[p].SlotTypes.Select(types => types.Select(TypeId).ToArray()).ToArray();
        }
        _patternOf = [.. patternOf];
        _unconditional = Enumerable.Range(0, patterns.Count).Where(p => _requirementCounts[p] == 0).ToArray();
        _satisfiedBy = satisfiedBy.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    private int TypeId(string type)
    {
        if (!_typeIds.TryGetValue(type, out var id))
        {
            _typeIds[type] = id = _typeIds.Count;
        }
        return id;
    }

    /// <summary>
    /// The candidate patterns for the sentence, in schema order. Each word group a token satisfies counts once towards its
    /// pattern, so the cost grows with the sentence's key words, not with the number of patterns.
    /// </summary>
    public void Candidates(SentenceView view, List<CompiledPattern> candidates)
    {
        candidates.Clear();
        var satisfied = _patternOf.Length <= MaxStackFlags ? stackalloc bool[_patternOf.Length] : new bool[_patternOf.Length];
        var met = _patterns.Count <= MaxStackFlags ? stackalloc int[_patterns.Count] : new int[_patterns.Count];
        var typePresent = _typeIds.Count <= MaxStackFlags ? stackalloc bool[_typeIds.Count] : new bool[_typeIds.Count];
        var ready = new List<int>(_unconditional);
        for (var i = view.Sentence.FirstToken; i < view.Sentence.EndToken; i++)
        {
            if (view.MentionAt[i] is not null)
            {
                // Pattern words never match inside a mention, so a mention's words satisfy no requirement.
                if (SentenceView.EntityMentionStartingAt(view.MentionAt, view.Sentence, i) is { } mention && _typeIds.TryGetValue(mention.Type, out var type))
                {
                    typePresent[type] = true;
                }
            }
            else if (_satisfiedBy.TryGetValue(view.Word(i), out var ids))
            {
                foreach (var id in ids)
                {
                    if (!satisfied[id])
                    {
                        satisfied[id] = true;
                        var pattern = _patternOf[id];
                        if (++met[pattern] == _requirementCounts[pattern])
                        {
                            ready.Add(pattern);
                        }
                    }
                }
            }
        }
        ready.Sort();
        foreach (var pattern in ready)
        {
            if (EverySlotHasType(_slotTypes[pattern], typePresent))
            {
                candidates.Add(_patterns[pattern]);
            }
        }
    }

    private static bool EverySlotHasType(int[][] slotTypes, ReadOnlySpan<bool> typePresent)
    {
        foreach (var types in slotTypes)
        {
            if (!AnyPresent(types, typePresent))
            {
                return false;
            }
        }
        return true;
    }

    private static bool AnyPresent(int[] types, ReadOnlySpan<bool> typePresent)
    {
        foreach (var type in types)
        {
            if (typePresent[type])
            {
                return true;
            }
        }
        return false;
    }
}
