namespace Graph.Extraction.Entities.Statistical;

/// <summary>A sentence of a CoNLL file: its tokens in order.</summary>
internal sealed record ConllSentence(IReadOnlyList<ConllToken> Tokens);
