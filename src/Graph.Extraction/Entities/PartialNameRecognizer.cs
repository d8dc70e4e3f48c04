using Graph.Core.Model;
using Graph.Core.Pipeline;

namespace Graph.Extraction.Entities;

/// <summary>
/// Finds people named by part of a name: a surname ("Putin") or, for three-part East Asian names,
/// the family name ("Kim"), when the article names the full person elsewhere. A bare surname the
/// article never completes is left to the model and the honorific cues ("Mr Blair"): "Ford" alone
/// is as likely a company as a listed person. Runs after every other recognizer so it only fills gaps.
/// </summary>
public sealed class PartialNameRecognizer : IPipelineComponent
{
    public const string Origin = "rule:partial-name";

    /// <summary>"In" of "Moon Jae In" or "Le" of a French name would claim every sentence-initial "In".</summary>
    private static void AddPart(HashSet<string> parts, string part)
    {
        if (part.Length > 2 && !Words.NotNames.Contains(part))
        {
            parts.Add(part);
        }
    }

    public string Name => "partial-names";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Tokens, Annotation.Sentences, Annotation.Mentions];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Mentions];

    public void Process(Document document)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal);
        // "Lula" of Luiz Inacio Lula da Silva: a name a person goes by inside the full one, only to correct a reading.
        var inner = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions)
        {
            if (mention is not { Type: "Person" } || mention.Kind != MentionKind.Name && mention.Known is null)
            {
                continue;
            }
            var words = (mention.Known?.Name ?? mention.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1 && mention.Kind == MentionKind.Name)
            {
                AddPart(parts, words[^1]);
                if (words.Length == 3)
                {
                    AddPart(parts, words[0]);
                }
            }
            // Not from a title run together with a name ("Jamie And His Magic Torch").
            if (words.Length > 2 && !words.Any(Words.NotNames.Contains))
            {
                for (var w = 1; w < words.Length - 1; w++)
                {
                    if (Words.IsCapitalizedWord(words[w]))
                    {
                        AddPart(inner, words[w]);
                    }
                }
            }
        }
        // Built at the first candidate, so articles without one skip it; nothing changes the mentions before then.
        MentionIndex? index = null;
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (!Words.IsCapitalizedWord(word))
            {
                continue;
            }
            var part = parts.Contains(word);
            if (!part && !inner.Contains(word))
            {
                continue;
            }
            // An inner name, which few tokens are, only corrects a reading of the token alone: no index needed to find it.
            var taken = part || index is not null ? (index ??= new MentionIndex(document)).At(i) : document.Mentions.Find(m => m.Span == tokens[i].Span);
            if (taken is not null)
            {
                // The model read a lone surname as something else; the article says it is the person.
                if (taken.Span == tokens[i].Span && taken.Type != "Person" && taken.Known is null)
                {
                    taken.Type = "Person";
                }
                continue;
            }
            if (!part)
            {
                continue;
            }
            var span = tokens[i].Span;
            (index ??= new MentionIndex(document)).Add(new Mention(span, word, "Person", MentionKind.Name, Origin));
        }
        document.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }
}
