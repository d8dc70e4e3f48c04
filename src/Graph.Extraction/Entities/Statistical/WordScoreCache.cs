namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Per word type (ids of a <see cref="NerFeatureExtractor"/>): the summed weights of its word
/// features at each offset -2..2 from the tagged token, five label vectors, and the rows of the
/// features that pair the word with the previous label. Words repeat so much in news that most
/// tokens are served from here instead of twenty-odd table lookups. One per model per thread;
/// emptied whenever the extractor reassigns its ids, so memory stays bounded as its types do.
/// </summary>
internal sealed class WordScoreCache
{
    public const int Stride = 5 * NerLabels.Count;

    /// <summary>A row not looked up yet; -1 is a feature the model does not have.</summary>
    public const int Unknown = int.MinValue;

    private const int LabelRowStride = 2 * NerLabels.Count;

    private int _generation = -1;
    private int _types;
    private int[] _offsets = new int[1024];
    private int[] _labelRows = new int[1024 * LabelRowStride];
    private float[] _blocks = new float[1024 * Stride];
    private int _blockCount;

    /// <summary>Makes room for every type the extractor knows, forgetting all when its ids were reassigned.</summary>
    public void Sync(NerFeatureExtractor extractor)
    {
        if (extractor.Generation != _generation)
        {
            _generation = extractor.Generation;
            _types = 0;
            _blockCount = 0;
        }
        var types = extractor.TypeCount;
        if (types > _offsets.Length)
        {
            var size = Math.Max(types, _offsets.Length * 2);
            Array.Resize(ref _offsets, size);
            Array.Resize(ref _labelRows, size * LabelRowStride);
        }
        if (types > _types)
        {
            _offsets.AsSpan(_types, types - _types).Fill(-1);
            _labelRows.AsSpan(_types * LabelRowStride, (types - _types) * LabelRowStride).Fill(Unknown);
            _types = types;
        }
    }

    /// <summary>The offset of the type's five vectors in <see cref="Blocks"/>, or -1 with a zeroed slot to fill.</summary>
    public int Find(int type, out int slot)
    {
        var found = _offsets[type];
        if (found >= 0)
        {
            slot = found;
            return found;
        }
        slot = _blockCount * Stride;
        _blockCount++;
        if (slot + Stride > _blocks.Length)
        {
            Array.Resize(ref _blocks, _blocks.Length * 2);
        }
        Array.Clear(_blocks, slot, Stride);
        _offsets[type] = slot;
        return -1;
    }

    /// <summary>
    /// The rows of the features pairing the word with each previous label: template 62 (with the
    /// lower-case word) at [previous], 63 (with its shape) at [Count + previous]; <see cref="Unknown"/> until set.
    /// </summary>
    public Span<int> LabelRows(int type) => _labelRows.AsSpan(type * LabelRowStride, LabelRowStride);

    public float[] Blocks => _blocks;
}
