using Graph.Core.Pipeline;

namespace Graph.Cli;

/// <summary>Recognizers backed by shipped model files, added after the rule-based ones.</summary>
internal static class ModelRecognizers
{
    public static IEnumerable<IPipelineComponent> Load() => [];
}
