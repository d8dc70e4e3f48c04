using Graph.Core.Model;
using Graph.Core.Pipeline;

namespace Graph.Extraction.Relations;

/// <summary>
/// "Anne Hale, chief executive of the Family Planning Association": the sentence makes her its leader, and the
/// affiliation the same words also match ("chief executive of") says less. The schema's AFFILIATED_WITH is for those
/// who work or speak for a body without an office or a membership, so an affiliation a sentence states beside an
/// office or a membership of the same body is dropped.
/// </summary>
public sealed class SubsumedAffiliations : IPipelineComponent
{
    private const string Affiliation = "AFFILIATED_WITH";

    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal) { "LEADER_OF", "OFFICIAL_OF", "MEMBER_OF" };

    public string Name => "subsumed-affiliations";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Relations];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Relations];

    public void Process(Document document)
    {
        var roles = document.Relations.Where(r => Roles.Contains(r.Type)).Select(r => (r.Source, r.Target, r.Sentence)).ToHashSet();
        if (roles.Count > 0)
        {
            document.Relations.RemoveAll(r => r.Type == Affiliation && roles.Contains((r.Source, r.Target, r.Sentence)));
        }
    }
}
