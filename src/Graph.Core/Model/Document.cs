using Graph.Core.Text;

namespace Graph.Core.Model;

/// <summary>
/// An article as it passes through the pipeline. Each component fills the annotations it
/// provides; the pipeline checks at build time that what a component requires comes earlier.
/// All spans are offsets into <see cref="Text"/>, the normalized text; <see cref="ToOriginal"/>
/// maps them back to the article's original text for output.
/// </summary>
public sealed class Document
{
    public Document(Article article)
    {
        Article = article;
        Text = article.Text;
        Offsets = OffsetMap.Identity(article.Text.Length);
    }

    public Article Article { get; }

    public string Text { get; private set; }

    public OffsetMap Offsets { get; private set; }

    public IReadOnlyList<Token> Tokens { get; set; } = [];

    public IReadOnlyList<Sentence> Sentences { get; set; } = [];

    public List<Mention> Mentions { get; } = [];

    public List<RelationMention> Relations { get; } = [];

    public void SetNormalizedText(string text, OffsetMap offsets)
    {
        Text = text;
        Offsets = offsets;
    }

    public Span ToOriginal(Span normalized) =>
        new(Offsets.ToOriginalStart(normalized.Start), Offsets.ToOriginalEnd(normalized.End));

    public string TextOf(Span span) => Text[span.Start..span.End];

    /// <summary>The sentence containing a normalized offset, by binary search.</summary>
    public Sentence? SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = Sentences[mid];
            if (offset < s.Span.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.Span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return s;
            }
        }
        return null;
    }
}
