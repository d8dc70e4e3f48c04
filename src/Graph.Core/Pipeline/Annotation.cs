namespace Graph.Core.Pipeline;

/// <summary>What a pipeline component reads from or writes to a document.</summary>
public enum Annotation
{
    NormalizedText,
    Tokens,
    Sentences,
    Mentions,
    EntityLinks,
    Relations,
}
