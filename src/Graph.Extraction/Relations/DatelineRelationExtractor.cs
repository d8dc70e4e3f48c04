using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Core.Schema;
using Graph.Extraction.References;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// "ATHENS, Jan 29 (Reuters) - Greece's parliament ...": a story filed from a listed city of a country it names places
/// the city in that country, as every reader takes it, with the dateline as the evidence.
/// </summary>
public sealed class DatelineRelationExtractor(GraphSchema schema) : IPipelineComponent
{
    public const string Rule = "located.dateline";

    public string Name => "dateline-relations";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Sentences, Annotation.EntityLinks];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Relations];

    public void Process(Document document)
    {
        if (Dateline.Find(document) is not { } dateline || document.SentenceAt(document.Tokens[dateline.Close].Start) is not { } sentence)
        {
            return;
        }
        var start = document.Tokens[dateline.Place.Start.Value].Start;
        if (document.Mentions.Find(m => m.Span.Start == start) is not { Type: "Location", EntityId: { } place }
            || ArticleCountry.Listed(schema, place) is not { } country
            || !document.Mentions.Exists(m => m.EntityId == country)
            || document.Relations.Exists(r => r.Type == "LOCATED_IN" && r.Source == place))
        {
            return;
        }
        document.Relations.Add(new RelationMention("LOCATED_IN", place, country, sentence.Index, Rule, 0.85));
    }
}
