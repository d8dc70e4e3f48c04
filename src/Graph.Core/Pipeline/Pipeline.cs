using Graph.Core.Model;

namespace Graph.Core.Pipeline;

/// <summary>An ordered list of components whose requirements were checked when it was built.</summary>
public sealed class Pipeline
{
    private readonly IPipelineComponent[] _components;

    private Pipeline(IPipelineComponent[] components) => _components = components;

    public IReadOnlyList<IPipelineComponent> Components => _components;

    /// <summary>Builds a pipeline, failing if a component needs an annotation no earlier component provides.</summary>
    public static Pipeline Create(IEnumerable<IPipelineComponent> components)
    {
        var list = components.ToArray();
        var available = new HashSet<Annotation>();
        foreach (var component in list)
        {
            var missing = component.Requires.Where(a => !available.Contains(a)).ToList();
            if (missing.Count > 0)
            {
                throw new PipelineOrderException(
                    $"Component '{component.Name}' requires {string.Join(", ", missing)}, which no earlier component provides.");
            }
            available.UnionWith(component.Provides);
        }
        return new Pipeline(list);
    }

    public Document Run(Article article)
    {
        var document = new Document(article);
        foreach (var component in _components)
        {
            component.Process(document);
        }
        return document;
    }
}

public sealed class PipelineOrderException(string message) : GraphException("GK0100", message);
