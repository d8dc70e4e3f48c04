using System.Runtime.CompilerServices;

namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Feature hash → row index, open addressing with linear probing over flat arrays: lookups do
/// not allocate and touch one or two cache lines, which is what keeps tagging fast.
/// </summary>
internal sealed class FeatureTable
{
    // Key and row side by side: a lookup costs one cache miss, not two.
    private Slot[] _slots;
    private int _mask;

    public FeatureTable(int capacity = 1024)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }
        _slots = new Slot[size];
        _mask = size - 1;
    }

    public int Count { get; private set; }

    /// <summary>The key as the table stores it: 0 marks an empty slot, so a feature hashing to 0 is folded onto 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Stored(ulong key) => key == 0 ? 1 : key;

    /// <summary>Row of a feature, or -1 when the model never saw it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        ref var slot = ref _slots[Probe(key)];
        return slot.Key == 0 ? -1 : slot.Row;
    }

    public int GetOrAdd(ulong key)
    {
        var i = Probe(key);
        if (_slots[i].Key != 0)
        {
            return _slots[i].Row;
        }
        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
            return GetOrAdd(key);
        }
        _slots[i] = new Slot(Stored(key), Count);
        return Count++;
    }

    /// <summary>The slot holding the key, or the empty slot where it would go (linear probing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Probe(ulong key)
    {
        key = Stored(key);
        var i = (int)key & _mask;
        while (_slots[i].Key != key && _slots[i].Key != 0)
        {
            i = (i + 1) & _mask;
        }
        return i;
    }

    /// <summary>All (key, row) pairs, in no particular order.</summary>
    public IEnumerable<(ulong Key, int Row)> Entries()
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i].Key != 0)
            {
                yield return (_slots[i].Key, _slots[i].Row);
            }
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Key != 0)
            {
                var i = (int)slot.Key & _mask;
                while (_slots[i].Key != 0)
                {
                    i = (i + 1) & _mask;
                }
                _slots[i] = slot;
            }
        }
    }

    private readonly record struct Slot(ulong Key, int Row);
}
