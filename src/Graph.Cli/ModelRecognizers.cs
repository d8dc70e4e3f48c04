using Graph.Core.Pipeline;
using Graph.Core.Schema;
using Graph.Extraction.Entities.Statistical;

namespace Graph.Cli;

/// <summary>Recognizers backed by the shipped model files, added after the rule-based ones.</summary>
internal static class ModelRecognizers
{
    public static string DefaultModelPath => Path.Combine(Resources.Find("models", "ner.model"), "ner.model");

    /// <summary>The gazetteer names the shipped model was trained with: what <c>train ner</c> uses unless told otherwise.</summary>
    public static string DefaultNamesPath => NamesPathOf(DefaultModelPath);

    /// <summary>"models/ner.model" → "models/ner.gazetteer.tsv": the names a model was trained with live beside it.</summary>
    public static string NamesPathOf(string modelPath) => Path.ChangeExtension(modelPath, ".gazetteer.tsv");

    public static IEnumerable<IPipelineComponent> Load(GraphSchema schema, string? modelPath = null) =>
        [new StatisticalEntityRecognizer(NerModel.Load(modelPath ?? DefaultModelPath), NerGazetteer.From(schema))];
}
