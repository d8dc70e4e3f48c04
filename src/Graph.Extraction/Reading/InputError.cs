namespace Graph.Extraction.Reading;

/// <summary>An input file that was skipped, and why.</summary>
public sealed record SkippedInput(string Path, string Reason);
