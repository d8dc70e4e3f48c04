namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Small dense ids → int, emptied per document in constant time: an entry counts only if it was
/// written since the last <see cref="Clear"/>. Replaces a dictionary keyed by word hash where the
/// words already have ids.
/// </summary>
internal sealed class DocumentMap
{
    private int[] _values = new int[1024];
    private int[] _stamps = new int[1024];
    private int _stamp = 1;

    public void Clear(int ids)
    {
        if (_values.Length < ids)
        {
            var size = Math.Max(ids, _values.Length * 2);
            _values = new int[size];
            _stamps = new int[size];
        }
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
    }

    /// <summary>The value stored for <paramref name="id"/> in this document, 0 if none.</summary>
    public int Get(int id) => _stamps[id] == _stamp ? _values[id] : 0;

    public void Set(int id, int value)
    {
        _values[id] = value;
        _stamps[id] = _stamp;
    }
}
