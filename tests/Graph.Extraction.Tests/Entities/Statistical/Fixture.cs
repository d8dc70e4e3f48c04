namespace Graph.Extraction.Tests.Entities.Statistical;

/// <summary>Paths of the hand-written CoNLL sample (30 sentences in 3 documents) and the shipped model.</summary>
internal static class Fixture
{
    public static string Iob1 => Path.Combine(AppContext.BaseDirectory, "Fixtures", "sample.iob1.conll");

    public static string Iob2 => Path.Combine(AppContext.BaseDirectory, "Fixtures", "sample.iob2.conll");

    public static string ShippedModel => Path.Combine(AppContext.BaseDirectory, "models", "ner.model");
}
