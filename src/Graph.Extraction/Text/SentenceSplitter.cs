using Graph.Core.Model;
using Graph.Core.Pipeline;

namespace Graph.Extraction.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at ".", "!" or "?" (with any closing quotes or
/// brackets) when the next token can start a sentence, and at a line break unless the line was
/// wrapped mid-sentence, so headlines and datelines stand alone. Abbreviations before names
/// ("Mr.", "Gen.") never end a sentence; initialisms ("U.S.") end one only before a word that
/// usually starts sentences.
/// </summary>
public sealed class SentenceSplitter : IPipelineComponent
{
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "This", "That",
        "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "After", "Before", "When", "While", "As",
        "If", "However", "Meanwhile", "Earlier", "Later", "Last", "Next", "Some", "Many", "Both", "Neither",
    };

    public string Name => "split-sentences";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Tokens];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Sentences];

    public void Process(Document document) => document.Sentences = Split(document.Text, document.Tokens);

    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = i + 1;
            var boundary = false;
            if (end == tokens.Count)
            {
                boundary = true;
            }
            else if (IsTerminal(tokens[i].Text))
            {
                while (end < tokens.Count && IsCloser(tokens[end].Text) && !HasLineBreak(text, tokens[end - 1].End, tokens[end].Start))
                {
                    end++;
                }
                boundary = end == tokens.Count || CanStart(tokens[end]);
            }
            else if (tokens[i].Text.EndsWith('.') && tokens[i].Text.Length > 1)
            {
                boundary = EndsAfterAbbreviation(tokens[i].Text, tokens[end]);
            }
            if (!boundary && end < tokens.Count && HasLineBreak(text, tokens[end - 1].End, tokens[end].Start))
            {
                // A line break ends a sentence unless the text was hard-wrapped mid-sentence.
                boundary = !char.IsLower(tokens[end].Text[0]) || HasBlankLine(text, tokens[end - 1].End, tokens[end].Start);
            }
            if (boundary)
            {
                sentences.Add(new Sentence(sentences.Count, new Span(tokens[first].Start, tokens[end - 1].End), first, end));
                first = end;
                i = end - 1;
            }
        }
        return sentences;
    }

    private static bool IsTerminal(string token) => token[0] is '.' or '!' or '?';

    private static bool IsCloser(string token) => token is "\"" or "'" or ")" or "]" or "}";

    private static bool CanStart(Token next)
    {
        var c = next.Text[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '(' or '[' or '-';
    }

    private static bool EndsAfterAbbreviation(string token, Token next)
    {
        var word = token.AsSpan(0, token.Length - 1);
        if (Abbreviations.BeforeNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word.Length == 1)
        {
            return false;
        }
        return SentenceStarters.Contains(next.Text) || next.Text is "\"";
    }

    private static bool HasLineBreak(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    private static bool HasBlankLine(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        var first = gap.IndexOf('\n');
        return first >= 0 && gap[(first + 1)..].Contains('\n');
    }
}
