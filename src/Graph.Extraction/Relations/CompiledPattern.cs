using Graph.Core.Schema;

namespace Graph.Extraction.Relations;

/// <summary>A relation pattern from the schema, parsed once at start-up.</summary>
internal sealed record CompiledPattern(PatternDefinition Definition, IReadOnlyList<PatternElement> Elements)
{
    public string Id => Definition.Id;

    public string Relation => Definition.Relation;

    /// <summary>Words the sentence must contain for the pattern to have a chance; a cheap filter.</summary>
    public IReadOnlyList<WordElement> Required { get; } =
        Elements.OfType<WordElement>().Where(w => !w.Optional && w.Prefixes.Count == 0).ToList();
}
