namespace Graph.Core.Model;

/// <summary>A half-open character range [Start, End).</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(Span other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(Span other) => other.Start < End && Start < other.End;

    public override string ToString() => $"[{Start},{End})";
}
