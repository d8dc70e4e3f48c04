using Graph.Core.Model;
using Graph.Core.Pipeline;

namespace Graph.Extraction.Entities;

/// <summary>
/// Finds people named by part of a name: a surname ("Putin") or, for three-part East Asian names,
/// the family name ("Kim"), when the article names the full person elsewhere, or when the
/// gazetteer lists exactly one person with that surname ("Blair"). Runs after every other
/// recognizer so it only fills gaps.
/// </summary>
public sealed class PartialNameRecognizer(EntityLexicon lexicon) : IPipelineComponent
{
    public const string Origin = "rule:partial-name";

    public string Name => "partial-names";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Tokens, Annotation.Sentences, Annotation.Mentions];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Mentions];

    public void Process(Document document)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions)
        {
            if (mention is not { Type: "Person", Kind: MentionKind.Name })
            {
                continue;
            }
            var words = (mention.Known?.Name ?? mention.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1)
            {
                parts.Add(words[^1]);
                if (words.Length == 3)
                {
                    parts.Add(words[0]);
                }
            }
        }
        var index = new MentionIndex(document);
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (index.At(i) is not null || !Words.IsCapitalizedWord(word)
                || !parts.Contains(word) && !lexicon.UniqueSurnames.ContainsKey(word))
            {
                continue;
            }
            var span = tokens[i].Span;
            index.Add(new Mention(span, word, "Person", MentionKind.Name, Origin));
        }
        document.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }
}
