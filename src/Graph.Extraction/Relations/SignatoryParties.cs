using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Core.Schema;
using Graph.Extraction.References;

namespace Graph.Extraction.Relations;

/// <summary>
/// "Greece ratified a maritime boundary agreement", "Defence Secretary Gilberto Teodoro signed the pact": a state that
/// signs a treaty, or whose leader or official signs it, is a party to it. SIGNED records the act and PARTY_TO the
/// standing, so each signing that is not denied also gives the state's PARTY_TO, from the same sentence and with the
/// same modality (a treaty to be signed makes a party to be).
/// </summary>
public sealed class SignatoryParties(GraphSchema schema) : IPipelineComponent
{
    public const string Rule = "party.signatory";

    public string Name => "signatory-parties";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Relations];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Relations];

    public void Process(Document document)
    {
        var relations = document.Relations;
        var count = relations.Count;
        for (var i = 0; i < count; i++)
        {
            if (relations[i] is not { Type: "SIGNED", Negated: false } signed || StateOf(document, signed.Source) is not { } state
                || relations.Exists(r => r.Type == "PARTY_TO" && r.Source == state && r.Target == signed.Target && r.Sentence == signed.Sentence))
            {
                continue;
            }
            relations.Add(new RelationMention("PARTY_TO", state, signed.Target, signed.Sentence, Rule, signed.Precision)
            {
                AttributedTo = signed.AttributedTo,
                Properties = signed.Properties,
            });
        }
    }

    /// <summary>The signing state itself, or the state whose leader or official signed, as the gazetteer or the article says.</summary>
    private string? StateOf(Document document, string signer) =>
        signer.StartsWith("country:", StringComparison.Ordinal) ? signer : ArticleCountry.PersonCountry(document, schema, signer);
}
