namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// The sentences between two <c>-DOCSTART-</c> lines. Document-level features (how a word is
/// written elsewhere in the same article) need this grouping.
/// </summary>
internal sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences)
{
    public int TokenCount => Sentences.Sum(s => s.Tokens.Count);
}
