using Graph.Core.Pipeline;
using Graph.Core.Schema;
using Graph.Extraction.Entities;
using Graph.Extraction.References;
using Graph.Extraction.Relations;
using Graph.Extraction.Text;

namespace Graph.Extraction;

/// <summary>The standard pipeline, from raw article text to resolved mentions and relations.</summary>
public static class ExtractionPipeline
{
    public static Pipeline Create(GraphSchema schema, IEnumerable<IPipelineComponent>? models = null)
    {
        var lexicon = EntityLexicon.Compile(schema);
        return Pipeline.Create(
        [
            new TextNormalizer(),
            new Tokenizer(),
            new SentenceSplitter(),
            .. Recognizers(lexicon, models),
            new ReferenceResolver(lexicon),
            new RoleRelationExtractor(schema),
            new PatternRelationExtractor(schema),
        ]);
    }

    /// <summary>
    /// Entity recognizers in order of precedence: each claims only tokens the earlier ones left
    /// free, so the gazetteer beats rules and rules beat the statistical model.
    /// </summary>
    public static IReadOnlyList<IPipelineComponent> Recognizers(EntityLexicon lexicon, IEnumerable<IPipelineComponent>? models = null) =>
    [
        new GazetteerRecognizer(lexicon),
        new CueRecognizer(lexicon),
        .. models ?? [],
        new PartialNameRecognizer(lexicon),
    ];
}
