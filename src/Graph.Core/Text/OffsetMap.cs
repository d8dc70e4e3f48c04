namespace Graph.Core.Text;

/// <summary>
/// Maps offsets in a normalized text back to the original text it was made from. Normalization
/// may replace one original character by several (ellipsis) or several by one (CRLF), so the map
/// keeps, for each normalized character, the original offset where it starts.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _starts;
    private readonly int _originalLength;

    public OffsetMap(int[] starts, int originalLength)
    {
        _starts = starts;
        _originalLength = originalLength;
    }

    public static OffsetMap Identity(int length)
    {
        var starts = new int[length];
        for (var i = 0; i < length; i++)
        {
            starts[i] = i;
        }
        return new OffsetMap(starts, length);
    }

    /// <summary>Original offset of a normalized start offset.</summary>
    public int ToOriginalStart(int normalized) =>
        normalized >= _starts.Length ? _originalLength : _starts[normalized];

    /// <summary>Original offset of a normalized (exclusive) end offset.</summary>
    public int ToOriginalEnd(int normalized)
    {
        if (normalized <= 0)
        {
            return 0;
        }
        if (normalized >= _starts.Length)
        {
            return _originalLength;
        }
        // The end of a half-open range is where the next normalized character begins, unless
        // that character came from the same original character (an expansion).
        var previous = _starts[normalized - 1];
        var next = _starts[normalized];
        return next == previous ? previous + 1 : next;
    }
}
