using Graph.Core.Model;

namespace Graph.Core.Pipeline;

/// <summary>One stage of the pipeline. Components are stateless across documents and thread-safe.</summary>
public interface IPipelineComponent
{
    string Name { get; }

    IReadOnlyCollection<Annotation> Requires { get; }

    IReadOnlyCollection<Annotation> Provides { get; }

    void Process(Document document);
}
