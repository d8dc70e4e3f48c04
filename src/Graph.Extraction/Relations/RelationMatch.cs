using Graph.Core.Model;

namespace Graph.Extraction.Relations;

/// <summary>Where a pattern matched in a sentence, which mentions filled its slots and what its labelled groups matched.</summary>
internal sealed record RelationMatch(
    CompiledPattern Pattern,
    int FirstToken,
    int EndToken,
    IReadOnlyList<Mention> Sources,
    IReadOnlyList<Mention> Targets,
    bool Pair,
    IReadOnlyDictionary<string, string> Captures);
