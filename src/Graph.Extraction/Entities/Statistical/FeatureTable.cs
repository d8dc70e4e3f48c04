namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Feature hash → row index, open addressing with linear probing over flat arrays: lookups do
/// not allocate and touch one or two cache lines, which is what keeps tagging fast.
/// </summary>
internal sealed class FeatureTable
{
    private ulong[] _keys;
    private int[] _rows;
    private int _mask;

    public FeatureTable(int capacity = 1024)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }
        _keys = new ulong[size];
        _rows = new int[size];
        _mask = size - 1;
    }

    public int Count { get; private set; }

    /// <summary>Row of a feature, or -1 when the model never saw it.</summary>
    public int Find(ulong key)
    {
        // Key 0 marks an empty slot; a feature hashing to 0 is folded onto 1.
        key = key == 0 ? 1 : key;
        var i = (int)key & _mask;
        while (true)
        {
            var k = _keys[i];
            if (k == key)
            {
                return _rows[i];
            }
            if (k == 0)
            {
                return -1;
            }
            i = (i + 1) & _mask;
        }
    }

    public int GetOrAdd(ulong key)
    {
        key = key == 0 ? 1 : key;
        var i = (int)key & _mask;
        while (true)
        {
            var k = _keys[i];
            if (k == key)
            {
                return _rows[i];
            }
            if (k == 0)
            {
                break;
            }
            i = (i + 1) & _mask;
        }
        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
            return GetOrAdd(key);
        }
        _keys[i] = key;
        _rows[i] = Count;
        return Count++;
    }

    /// <summary>All (key, row) pairs, in no particular order.</summary>
    public IEnumerable<(ulong Key, int Row)> Entries()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                yield return (_keys[i], _rows[i]);
            }
        }
    }

    private void Grow()
    {
        var keys = _keys;
        var rows = _rows;
        _keys = new ulong[keys.Length * 2];
        _rows = new int[keys.Length * 2];
        _mask = _keys.Length - 1;
        for (var j = 0; j < keys.Length; j++)
        {
            if (keys[j] != 0)
            {
                var i = (int)keys[j] & _mask;
                while (_keys[i] != 0)
                {
                    i = (i + 1) & _mask;
                }
                _keys[i] = keys[j];
                _rows[i] = rows[j];
            }
        }
    }
}
