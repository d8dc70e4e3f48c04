using Graph.Core.Pipeline;
using Graph.Core.Schema;
using Graph.Extraction.Entities.Statistical;

namespace Graph.Cli;

/// <summary>Recognizers backed by the shipped model files, added after the rule-based ones.</summary>
internal static class ModelRecognizers
{
    public static string DefaultModelPath => Path.Combine(Resources.Find("models", "ner.model"), "ner.model");

    public static IEnumerable<IPipelineComponent> Load(GraphSchema schema, string? modelPath = null) =>
        [new StatisticalEntityRecognizer(NerModel.Load(modelPath ?? DefaultModelPath), NerGazetteer.From(schema))];
}
