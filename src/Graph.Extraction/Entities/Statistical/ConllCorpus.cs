namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// A parsed CoNLL file. <see cref="Lines"/> keeps every input line so predictions can be
/// written back line for line, including document markers and blank lines.
/// </summary>
internal sealed record ConllCorpus(string Path, IReadOnlyList<string> Lines, IReadOnlyList<ConllDocument> Documents)
{
    public IEnumerable<ConllSentence> Sentences => Documents.SelectMany(d => d.Sentences);

    public int TokenCount => Documents.Sum(d => d.TokenCount);
}
