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
            new BylineRelationExtractor(schema),
            new DatelineRelationExtractor(schema),
            new AccompaniedVisits(schema),
            new VotingMembers(schema),
            new SignatoryParties(schema),
            new SubsumedAffiliations(),
        ]);
    }

    /// <summary>
    /// Entity recognizers in order of precedence. The statistical model reads context, so it decides
    /// spans and types ("Washington" the team is an organization); the gazetteer then gives known
    /// identities to the model's mentions of the same type and adds what the model missed; groups of
    /// countries ("the Baltic states") take their phrases from both; rules fill the remaining gaps and attach titles; partial names come next, and last whatever any of them found inside
    /// the name of a law is dropped.
    /// </summary>
    public static IReadOnlyList<IPipelineComponent> Recognizers(EntityLexicon lexicon, IEnumerable<IPipelineComponent>? models = null) =>
    [
        .. models ?? [],
        new GazetteerRecognizer(lexicon),
        new CountryGroupRecognizer(lexicon.Schema),
        new CueRecognizer(lexicon),
        new PartialNameRecognizer(),
        new LegislationNames(),
    ];
}
