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

    /// <summary>For each pattern, the ids of its required word groups.</summary>
    private readonly int[][] _requirements;

    /// <summary>For a trigger word, the ids of the required word groups it satisfies.</summary>
    private readonly FrozenDictionary<string, int[]> _satisfiedBy;

    private readonly int _requirementCount;

    /// <summary>For each pattern and slot, the ids of the entity types the slot accepts.</summary>
    private readonly int[][][] _slotTypes;

    private readonly Dictionary<string, int> _typeIds = new(StringComparer.Ordinal);

    public PatternPrefilter(IReadOnlyList<CompiledPattern> patterns)
    {
        _patterns = patterns;
        _requirements = new int[patterns.Count][];
        _slotTypes = new int[patterns.Count][][];
        var satisfiedBy = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var p = 0; p < patterns.Count; p++)
        {
            var required = patterns[p].Required;
            _requirements[p] = new int[required.Count];
            for (var r = 0; r < required.Count; r++, _requirementCount++)
            {
                _requirements[p][r] = _requirementCount;
                foreach (var word in required[r].FirstWords)
                {
                    if (!satisfiedBy.TryGetValue(word, out var ids))
                    {
                        satisfiedBy[word] = ids = [];
                    }
                    ids.Add(_requirementCount);
                }
            }
            _slotTypes[p] = patterns[p].SlotTypes.Select(types => types.Select(TypeId).ToArray()).ToArray();
        }
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

    /// <summary>The candidate patterns for the sentence, in schema order.</summary>
    public void Candidates(SentenceView view, List<CompiledPattern> candidates)
    {
        candidates.Clear();
        var satisfied = _requirementCount <= MaxStackFlags ? stackalloc bool[_requirementCount] : new bool[_requirementCount];
        var typePresent = _typeIds.Count <= MaxStackFlags ? stackalloc bool[_typeIds.Count] : new bool[_typeIds.Count];
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
                    satisfied[id] = true;
                }
            }
        }
        for (var p = 0; p < _patterns.Count; p++)
        {
            if (AllSatisfied(_requirements[p], satisfied) && EverySlotHasType(_slotTypes[p], typePresent))
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
