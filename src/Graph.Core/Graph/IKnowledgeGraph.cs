using Graph.Core.Model;

namespace Graph.Core.Graph;

/// <summary>
/// The read-only view writers and loaders see. Every sequence is in a fixed order (by id), so the
/// same graph always serializes to the same bytes.
/// </summary>
public interface IKnowledgeGraph
{
    IReadOnlyList<Article> Documents { get; }

    IReadOnlyList<Entity> Entities { get; }

    IReadOnlyList<Relation> Relations { get; }

    Entity? FindEntity(string id);

    /// <summary>Number of relations touching an entity, in either direction.</summary>
    int Degree(Entity entity);
}
