using Graph.Core.Model;
using Graph.Core.Pipeline;

namespace Graph.Extraction.Entities;

/// <summary>
/// Names of laws and bills ("Freedom of Information Act", "Health Service (Miscellaneous Provisions) Bill",
/// "Terrorism Act 2000", "the Bill") name no person, organization or place, though their words look like one to the
/// tagger and to the head-word rules. The schema has no type for them, so every mention found inside one is dropped.
/// Runs after every recognizer.
/// </summary>
internal sealed class LegislationNames : IPipelineComponent
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal) { "Act", "Bill" };

    // Words and brackets that join the capitalized words of a title: "Prevention of Terrorism", "(Miscellaneous Provisions)".
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "and", "for", "on", "&", "(", ")" };

    public string Name => "legislation-names";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Tokens, Annotation.Sentences, Annotation.Mentions];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Mentions];

    public void Process(Document document)
    {
        if (document.Mentions.Count == 0)
        {
            return;
        }
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var word = tokens[i].Text;
                // Checked on every token of every article: the length test spares almost all of them the hash lookup.
                if (word.Length is not (3 or 4) || !Heads.Contains(word))
                {
                    continue;
                }
                var stop = i + 1;
                if (stop < sentence.EndToken && IsYear(tokens[stop].Text))
                {
                    stop++;
                }
                else if (stop < sentence.EndToken && Words.IsCapitalizedWord(tokens[stop].Text))
                {
                    // "Bill Clinton", "Act Now": a given name or a capitalized phrase, not the end of a title.
                    continue;
                }
                var from = TitleStart(tokens, sentence.FirstToken, i);
                var span = new Span(tokens[from].Start, tokens[stop - 1].End);
                if (from < i)
                {
                    document.Mentions.RemoveAll(m => span.Contains(m.Span)
                        || m.Origin == Statistical.StatisticalEntityRecognizer.Origin && m.Span.Overlaps(span));
                }
                else if (i > sentence.FirstToken && (tokens[i - 1].Text == "The" || !Words.IsCapitalizedWord(tokens[i - 1].Text)))
                {
                    // A head with no title before it names no one on its own ("The Bill", "the draft Bill"), but it may
                    // end a longer name the tagger found ("the Bill and Melinda Gates Foundation"), so only a bare
                    // mention of it goes.
                    document.Mentions.RemoveAll(m => m.Span == span);
                }
                i = stop - 1;
            }
        }
    }

    /// <summary>The first token of the capitalized title ending before <paramref name="head"/>, or the head itself when none does.</summary>
    private static int TitleStart(IReadOnlyList<Token> tokens, int first, int head)
    {
        var from = head;
        for (var k = head - 1; k >= first; k--)
        {
            var word = tokens[k].Text;
            if (Words.IsCapitalizedWord(word) && word is not "The")
            {
                from = k;
            }
            else if (!Joiners.Contains(word))
            {
                break;
            }
        }
        // A title starts with a word, not with "of" or a bracket.
        while (from < head && Joiners.Contains(tokens[from].Text))
        {
            from++;
        }
        return from;
    }

    private static bool IsYear(string word) => word.Length == 4 && word[0] is '1' or '2' && word.All(char.IsAsciiDigit);
}
