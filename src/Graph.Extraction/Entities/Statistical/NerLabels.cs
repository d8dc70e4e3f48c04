namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// The IOB2 label set of the tagger. Labels are small integers so the weight matrix is one flat
/// array; 0 is always O, then B/I pairs per entity type.
/// </summary>
internal static class NerLabels
{
    public static readonly string[] Types = ["PER", "LOC", "ORG", "MISC"];

    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    public const int Count = 9;

    public const int Outside = 0;

    public static bool IsBegin(int label) => label != Outside && label % 2 == 1;

    public static bool IsInside(int label) => label != Outside && label % 2 == 0;

    /// <summary>Index into <see cref="Types"/>, or -1 for O.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 2;

    public static int Begin(int type) => 1 + (2 * type);

    /// <summary>I-X may only continue B-X or I-X; everything else may follow anything.</summary>
    public static bool IsAllowed(int previous, int label) =>
        !IsInside(label) || (previous != Outside && TypeOf(previous) == TypeOf(label));

    public static int Parse(string tag)
    {
        var index = Array.IndexOf(Names, tag);
        // Types outside the four CoNLL ones are scored as O rather than rejected.
        return index < 0 ? Outside : index;
    }

    /// <summary>Entity spans [Start, End) over token indexes, with their type index.</summary>
    public static List<(int Start, int End, int Type)> Spans(ReadOnlySpan<byte> labels)
    {
        var spans = new List<(int, int, int)>();
        var start = -1;
        var type = -1;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : Outside;
            var continues = IsInside(label) && TypeOf(label) == type && start >= 0;
            if (!continues && start >= 0)
            {
                spans.Add((start, i, type));
                start = -1;
                type = -1;
            }
            if (label != Outside && !continues)
            {
                // A stray I- without a matching B- starts an entity, as conlleval counts it.
                start = i;
                type = TypeOf(label);
            }
        }
        return spans;
    }
}
