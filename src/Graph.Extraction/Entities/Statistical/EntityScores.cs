namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Exact-span entity counts per type, as conlleval scores them: a predicted entity is right only
/// if its type and both boundaries match a gold entity.
/// </summary>
internal sealed class EntityScores
{
    /// <summary>The types the graph extracts as names; MISC is reported but kept out of this average.</summary>
    public static readonly string[] Core = ["PER", "LOC", "ORG"];

    private readonly int[] _truePositives = new int[NerLabels.Types.Length];
    private readonly int[] _predicted = new int[NerLabels.Types.Length];
    private readonly int[] _gold = new int[NerLabels.Types.Length];

    public void Add(ReadOnlySpan<byte> gold, ReadOnlySpan<byte> predicted)
    {
        var goldSpans = NerLabels.Spans(gold);
        var predictedSpans = NerLabels.Spans(predicted);
        foreach (var span in goldSpans)
        {
            _gold[span.Type]++;
        }
        var goldSet = goldSpans.ToHashSet();
        foreach (var span in predictedSpans)
        {
            _predicted[span.Type]++;
            if (goldSet.Contains(span))
            {
                _truePositives[span.Type]++;
            }
        }
    }

    public Score For(string type) => For([type]);

    /// <summary>Micro average: counts summed over the types, then P/R/F1.</summary>
    public Score For(IEnumerable<string> types)
    {
        int tp = 0, predicted = 0, gold = 0;
        foreach (var type in types)
        {
            var t = Array.IndexOf(NerLabels.Types, type);
            if (t < 0)
            {
                throw new ArgumentException($"unknown entity type '{type}'", nameof(types));
            }
            tp += _truePositives[t];
            predicted += _predicted[t];
            gold += _gold[t];
        }
        return new Score(tp, predicted, gold);
    }

    public Score CoreMicro => For(Core);

    public Score AllMicro => For(NerLabels.Types);
}
