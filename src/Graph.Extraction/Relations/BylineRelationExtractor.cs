using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Core.Schema;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// A wire story's credits name its journalists: "Reporting by A in Accra and B; Editing by C" in a story filed
/// "ACCRA (Reuters) -", or "Associated Press writers A in Brussels and B contributed to this report". Each person the
/// credit line names works for the agency the story is filed by, or the one the line itself names.
/// </summary>
public sealed class BylineRelationExtractor(GraphSchema schema) : IPipelineComponent
{
    public const string Rule = "byline:credit";

    public string Name => "byline-relations";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Sentences, Annotation.EntityLinks];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Relations];

    public void Process(Document document)
    {
        var tokens = document.Tokens;
        var filedBy = new Lazy<string?>(() => FiledBy(document));
        foreach (var sentence in document.Sentences)
        {
            if (sentence.TokenCount < 3 || !CreditLine.Is(tokens, sentence))
            {
                continue;
            }
            if ((AgencyIn(document, sentence.Span.Start, sentence.Span.End) ?? filedBy.Value) is not { } agency)
            {
                continue;
            }
            foreach (var person in document.Mentions)
            {
                if (person is { Type: "Person", EntityId: { } id } && sentence.Span.Contains(person.Span))
                {
                    document.Relations.Add(new RelationMention("AFFILIATED_WITH", id, agency, sentence.Index, Rule, 0.9));
                }
            }
        }
    }

    /// <summary>The agency in the story's dateline: "SEOUL (Reuters) -", "LA PAZ, Bolivia (AP) —".</summary>
    private string? FiledBy(Document document) =>
        Dateline.Find(document) is { } dateline && document.Tokens[dateline.Close].Text == "("
            ? AgencyIn(document, document.Tokens[dateline.Close].End, document.Tokens[Math.Min(dateline.Close + 4, document.Tokens.Count - 1)].End)
            : null;

    private string? AgencyIn(Document document, int start, int end) =>
        document.Mentions.FirstOrDefault(m => m.Span.Start >= start && m.Span.End <= end && m.EntityId is { } id
            && schema.KindOf(id) == "news-agency")?.EntityId;
}
