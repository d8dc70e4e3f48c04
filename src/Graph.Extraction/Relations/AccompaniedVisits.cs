using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Core.Schema;
using Graph.Extraction.References;

namespace Graph.Extraction.Relations;

/// <summary>
/// "Putin arrived in Pyongyang ... Putin was accompanied by Lavrov": whoever goes along with a visitor visits the place
/// the visit was just reported to, with the visit's date and plans. Only visits stated in the accompaniment's sentence
/// or the few before count, so a tour's later stops are not claimed for a delegation that may have gone home; a host
/// who rides along with the visitor in their own country visits nothing ("Kim then joined Putin").
/// </summary>
public sealed class AccompaniedVisits(GraphSchema schema) : IPipelineComponent
{
    public const string Rule = "visited.accompanying";

    private const int SentencesBefore = 3;

    public string Name => "accompanied-visits";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Relations];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Relations];

    public void Process(Document document)
    {
        var relations = document.Relations;
        var count = relations.Count;
        for (var i = 0; i < count; i++)
        {
            if (relations[i] is not { Type: "ACCOMPANIED", Negated: false } along)
            {
                continue;
            }
            for (var j = 0; j < count; j++)
            {
                if (relations[j] is { Type: "VISITED", Negated: false } visit && visit.Source == along.Target
                    && visit.Sentence <= along.Sentence && visit.Sentence >= along.Sentence - SentencesBefore
                    && !ArticleCountry.IsHome(document, schema, along.Source, visit.Target, anywhere: true)
                    && !relations.Exists(r => r.Type == "VISITED" && r.Source == along.Source && r.Target == visit.Target))
                {
                    relations.Add(new RelationMention("VISITED", along.Source, visit.Target, along.Sentence, Rule, 0.7) { Properties = visit.Properties });
                }
            }
        }
    }
}
