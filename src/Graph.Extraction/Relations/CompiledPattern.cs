using Graph.Core.Schema;

namespace Graph.Extraction.Relations;

/// <summary>A relation pattern from the schema, parsed once at start-up.</summary>
internal sealed record CompiledPattern(PatternDefinition Definition, IReadOnlyList<PatternElement> Elements)
{
    public string Id => Definition.Id;

    public string Relation => Definition.Relation;

    /// <summary>Word groups the sentence must contain (one word of each) for the pattern to have a chance.</summary>
    public IReadOnlyList<WordElement> Required { get; } =
        Elements.OfType<WordElement>().Where(w => !w.Optional && w.KeyWords.Count > 0).ToList();

    /// <summary>Entity types of each slot; a sentence needs a mention of one of them per slot.</summary>
    public IReadOnlyList<IReadOnlySet<string>> SlotTypes { get; } =
        Elements.OfType<SlotElement>().Select(s => s.Types).ToList();
}
