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
    public static Pipeline Create(GraphSchema schema, IEnumerable<IPipelineComponent>? extraRecognizers = null)
    {
        var lexicon = EntityLexicon.Compile(schema);
        return Pipeline.Create(
        [
            new TextNormalizer(),
            new Tokenizer(),
            new SentenceSplitter(),
            new GazetteerRecognizer(lexicon),
            new CueRecognizer(lexicon),
            .. extraRecognizers ?? [],
            new PartialNameRecognizer(lexicon),
            new ReferenceResolver(lexicon),
            new RoleRelationExtractor(schema),
            new PatternRelationExtractor(schema),
        ]);
    }
}
