using Graph.Core.Model;

namespace Graph.Extraction.Relations;

/// <summary>
/// Where a pattern matched in a sentence, which mentions filled its slots and what its labelled groups matched. A match of
/// a predicate that shares the sentence's subject has <see cref="SubjectStart"/>: the plans the subject's clause states
/// ("is expected to travel to Kyiv ... before heading to Paris") are the predicate's too.
/// </summary>
internal sealed record RelationMatch(
    CompiledPattern Pattern,
    int FirstToken,
    int EndToken,
    IReadOnlyList<Mention> Sources,
    IReadOnlyList<Mention> Targets,
    bool Pair,
    IReadOnlyDictionary<string, string> Captures,
    int? SubjectStart = null);
