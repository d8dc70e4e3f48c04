namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Per word, the summed weights of its word features at each offset -2..2 from the tagged
/// token: five label vectors. Words repeat so much in news that most tokens are served from
/// here instead of twenty-odd table lookups. One per model per thread; emptied between documents
/// when it would grow past <see cref="Limit"/> words, so memory stays bounded.
/// </summary>
internal sealed class WordScoreCache
{
    public const int Stride = 5 * NerLabels.Count;

    private const int Limit = 200_000;

    // Word hash → insertion index; a word's vectors start at index × Stride. Open addressing, so a
    // lookup is one probe into flat memory and a batch of lookups can be fetched ahead (Touch).
    private FeatureTable _index = new(1024);
    private float[] _blocks = new float[1024 * Stride];

    /// <summary>
    /// Makes room for <paramref name="words"/> new words, emptying the cache now if they might not
    /// fit, so offsets handed out while tagging one document stay valid until it is done.
    /// </summary>
    public void Reserve(int words)
    {
        if (_index.Count + words > Limit)
        {
            _index = new FeatureTable(1024);
        }
    }

    /// <summary>Loads the table slot where the lookup of <paramref name="word"/> starts (see <see cref="FeatureTable.Touch"/>).</summary>
    public ulong Touch(ulong word) => _index.Touch(word);

    /// <summary>The offset of the word's five vectors in <see cref="Blocks"/>, or -1 with a slot to fill.</summary>
    public int Find(ulong word, out int slot)
    {
        var found = _index.Find(word);
        if (found >= 0)
        {
            slot = found * Stride;
            return slot;
        }
        slot = _index.GetOrAdd(word) * Stride;
        if (slot + Stride > _blocks.Length)
        {
            Array.Resize(ref _blocks, _blocks.Length * 2);
        }
        Array.Clear(_blocks, slot, Stride);
        return -1;
    }

    public float[] Blocks => _blocks;
}
