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

    /// <summary>
    /// Original offset of a normalized (exclusive) end offset: just past the original character
    /// the last normalized character came from, so dropped characters after it stay outside.
    /// </summary>
    public int ToOriginalEnd(int normalized) =>
        normalized <= 0 ? 0 : normalized > _starts.Length ? _originalLength : _starts[normalized - 1] + 1;
}
