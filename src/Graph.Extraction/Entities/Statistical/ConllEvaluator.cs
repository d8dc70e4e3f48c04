using Graph.Core.Model;
using Graph.Core.Pipeline;

namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Scores entity recognizers against CoNLL gold tags. Each CoNLL document becomes one
/// <see cref="Document"/> (tokens joined by spaces, a sentence a line) with tokens and sentences
/// taken from the file, so recognizers are judged on the file's tokenization; their mentions are
/// mapped back to IOB2 tags and scored by exact span.
/// </summary>
internal sealed class ConllEvaluator
{
    private readonly IReadOnlyList<IPipelineComponent> _components;

    public ConllEvaluator(IReadOnlyList<IPipelineComponent> components) => _components = components;

    public ConllEvaluation Evaluate(ConllCorpus corpus)
    {
        var scores = new EntityScores();
        var byLine = new string?[corpus.Lines.Count];
        var index = 0;
        foreach (var conll in corpus.Documents)
        {
            var document = ToDocument(conll, corpus.Path, index++);
            foreach (var component in _components)
            {
                component.Process(document);
            }
            var predicted = ToLabels(document);
            var t = 0;
            foreach (var sentence in conll.Sentences)
            {
                var gold = new byte[sentence.Tokens.Count];
                for (var i = 0; i < gold.Length; i++)
                {
                    gold[i] = (byte)NerLabels.Parse(sentence.Tokens[i].Tag);
                    byLine[sentence.Tokens[i].Line - 1] = NerLabels.Names[predicted[t + i]];
                }
                scores.Add(gold, predicted.AsSpan(t, gold.Length));
                t += gold.Length;
            }
        }
        return new ConllEvaluation(scores, byLine);
    }

    /// <summary>Every input line with the predicted tag appended; blank lines stay blank.</summary>
    public static void WritePredictions(ConllCorpus corpus, ConllEvaluation evaluation, TextWriter writer)
    {
        for (var i = 0; i < corpus.Lines.Count; i++)
        {
            var line = corpus.Lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                writer.WriteLine();
            }
            else
            {
                writer.Write(line.TrimEnd());
                writer.Write(' ');
                writer.WriteLine(evaluation.PredictedByLine[i] ?? "O");
            }
        }
    }

    internal static Document ToDocument(ConllDocument conll, string path, int index)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        foreach (var sentence in conll.Sentences)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }
            var first = tokens.Count;
            var sentenceStart = text.Length;
            foreach (var token in sentence.Tokens)
            {
                if (tokens.Count > first)
                {
                    text.Append(' ');
                }
                tokens.Add(new Token(text.Length, text.Length + token.Text.Length, token.Text));
                text.Append(token.Text);
            }
            sentences.Add(new Sentence(sentences.Count, new Span(sentenceStart, text.Length), first, tokens.Count));
        }
        var article = new Article($"conll-{index}", path, "", text.ToString());
        return new Document(article) { Tokens = tokens, Sentences = sentences };
    }

    /// <summary>IOB2 labels per token from the mentions; the first mention to claim a token keeps it.</summary>
    internal static byte[] ToLabels(Document document)
    {
        var tokens = document.Tokens;
        var labels = new byte[tokens.Count];
        var claimed = new bool[tokens.Count];
        foreach (var mention in document.Mentions)
        {
            var type = TypeOf(mention);
            if (type < 0)
            {
                continue;
            }
            var first = TokenSearch.FirstEndingAfter(tokens, mention.Span.Start);
            var end = first;
            while (end < tokens.Count && tokens[end].Start < mention.Span.End)
            {
                end++;
            }
            if (end == first || Enumerable.Range(first, end - first).Any(i => claimed[i]))
            {
                continue;
            }
            for (var i = first; i < end; i++)
            {
                claimed[i] = true;
                labels[i] = (byte)(NerLabels.Begin(type) + (i == first ? 0 : 1));
            }
        }
        return labels;
    }

    private static int TypeOf(Mention mention)
    {
        if (mention.Kind == MentionKind.Demonym)
        {
            return 3;
        }
        // CoNLL tags names only: "He", "the two leaders" and "the treaty" are references, not names.
        if (mention.Kind is MentionKind.Pronoun or MentionKind.Nominal)
        {
            return -1;
        }
        return mention.Type switch
        {
            "Person" => 0,
            "Country" or "Location" => 1,
            "Organization" => 2,
            "Treaty" => 3,
            _ => -1,
        };
    }
}
