namespace Graph.Core.Text;

/// <summary>
/// Maps offsets in a normalized text back to the original text it was made from. Normalization
/// may replace one original character by several (ellipsis) or several by one (CRLF), so the map
/// gives, for each normalized character, the original offset where it starts.
/// </summary>
public sealed class OffsetMap
{
    // Normalization changes few characters, so the map keeps runs instead of one offset per
    // character: from _runStarts[k] on, normalized offset n comes from _runOrigins[k] + (n - _runStarts[k]).
    // Offsets before the first run are unchanged.
    private readonly int[] _runStarts;
    private readonly int[] _runOrigins;
    private readonly int _length;
    private readonly int _originalLength;

    private OffsetMap(int[] runStarts, int[] runOrigins, int length, int originalLength)
    {
        _runStarts = runStarts;
        _runOrigins = runOrigins;
        _length = length;
        _originalLength = originalLength;
    }

    public static OffsetMap Identity(int length) => new([], [], length, length);

    /// <summary>Original offset of a normalized start offset.</summary>
    public int ToOriginalStart(int normalized) =>
        normalized >= _length ? _originalLength : Origin(normalized);

    /// <summary>
    /// Original offset of a normalized (exclusive) end offset: just past the original character
    /// the last normalized character came from, so dropped characters after it stay outside.
    /// </summary>
    public int ToOriginalEnd(int normalized) =>
        normalized <= 0 ? 0 : normalized > _length ? _originalLength : Origin(normalized - 1) + 1;

    private int Origin(int normalized)
    {
        var run = Array.BinarySearch(_runStarts, normalized);
        if (run < 0)
        {
            run = ~run - 1;
        }
        return run < 0 ? normalized : _runOrigins[run] + normalized - _runStarts[run];
    }

    /// <summary>Collects where each normalized character came from, in normalized order.</summary>
    public sealed class Builder
    {
        private readonly List<int> _runStarts = [];
        private readonly List<int> _runOrigins = [];

        /// <summary>
        /// Records that the normalized characters from <paramref name="normalized"/> on come from
        /// <paramref name="original"/> on, until the next call.
        /// </summary>
        public void Add(int normalized, int original)
        {
            var expected = _runStarts.Count == 0 ? normalized : _runOrigins[^1] + normalized - _runStarts[^1];
            if (original != expected)
            {
                _runStarts.Add(normalized);
                _runOrigins.Add(original);
            }
        }

        public OffsetMap Build(int length, int originalLength) => new([.. _runStarts], [.. _runOrigins], length, originalLength);
    }
}
