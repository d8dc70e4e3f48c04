using Graph.Core.Model;
using Graph.Core.Pipeline;

namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Finds names the rules and gazetteers missed, with the trained tagger. It runs after them and
/// only adds entities that overlap no existing mention, so hand-written knowledge always wins.
/// MISC entities are dropped: the graph has no type for them.
/// </summary>
internal sealed class StatisticalEntityRecognizer : IPipelineComponent
{
    public const string Origin = "model";

    private static readonly string?[] TypeNames = ["Person", "Location", "Organization", null];

    private readonly NerModel _model;
    private readonly NerGazetteer _gazetteer;

    public StatisticalEntityRecognizer(NerModel model, NerGazetteer gazetteer)
    {
        _model = model;
        _gazetteer = gazetteer;
    }

    public string Name => "statistical-ner";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Tokens, Annotation.Sentences];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Mentions];

    public void Process(Document document)
    {
        var tokens = document.Tokens;
        if (tokens.Count == 0)
        {
            return;
        }
        var texts = new string[tokens.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = tokens[i].Text;
        }
        var sentences = new (int First, int End)[document.Sentences.Count];
        for (var s = 0; s < sentences.Length; s++)
        {
            sentences[s] = (document.Sentences[s].FirstToken, document.Sentences[s].EndToken);
        }
        var labels = _model.TagDocument(texts, sentences, _gazetteer);
        var existing = document.Mentions.Select(m => m.Span).ToArray();
        // The spans first: the words of one-token ones are all WordCase counts, in one pass.
        var spans = new List<(int First, int End, int Start, int Stop, int Type)>();
        HashSet<string>? oneWord = null;
        foreach (var (first, end) in sentences)
        {
            foreach (var (start, stop, type) in NerLabels.Spans(labels.AsSpan(first, end - first)))
            {
                spans.Add((first, end, start, stop, type));
                if (stop - start == 1)
                {
                    (oneWord ??= new HashSet<string>(StringComparer.Ordinal)).Add(texts[first + start]);
                }
            }
        }
        var wordCase = oneWord is null ? null : new WordCase(texts, sentences, oneWord);
        foreach (var (first, end, spanStart, spanStop, type) in spans)
        {
            var (start, stop) = (spanStart, spanStop);
            var typeName = TypeNames[type];
            if (typeName is null)
            {
                continue;
            }
            if (typeName == "Person")
            {
                // A person's name holds no lower-case words but particles ("de", "bin"): a span
                // running on into "for North Korea" is cut where the name ends.
                var cut = first + start;
                while (cut < first + stop && (!char.IsLower(tokens[cut].Text[0]) || Words.NameParticles.Contains(tokens[cut].Text)))
                {
                    cut++;
                }
                stop = cut - first;
                if (stop <= start)
                {
                    continue;
                }
                // "Kim Hea-kyung": the model, trained on little Korean, often stops before a romanized given name.
                while (first + stop < end && IsRomanizedGivenName(tokens[first + stop].Text))
                {
                    stop++;
                }
            }
            // Punctuation at either edge ("MEP ," in "now a Labour MEP, agreed") is never part of a name, nor a
            // lower-case word at its end ("Order of" before "the Bath", "Bank of China is"; names ending so, "Interfax
            // news agency", are listed or found by their head words), nor a possessive ("the Spanish FA's committee"),
            // except after a saint ("St Mary's"); companies named so ("McDonald's") are listed.
            while (stop > start && (!HasLetterOrDigit(tokens[first + stop - 1].Text) || stop - start > 1 && IsLowerCaseWord(tokens[first + stop - 1].Text)
                || tokens[first + stop - 1].Text == "'s" && tokens[first + start].Text is not ("St" or "St." or "Saint")))
            {
                stop--;
            }
            while (start < stop && !HasLetterOrDigit(tokens[first + start].Text))
            {
                start++;
            }
            if (stop <= start)
            {
                continue;
            }
            if (typeName is "Person" or "Location" && NamesHardware(tokens, first + stop, end))
            {
                continue;
            }
            var span = new Span(tokens[first + start].Start, tokens[first + stop - 1].End);
            if (Array.Exists(existing, e => e.Overlaps(span)))
            {
                continue;
            }
            if (stop - start == 1 && (wordCase?.IsWordNotName(first, first + start) == true || Words.Languages.Contains(tokens[first + start].Text)))
            {
                continue;
            }
            var text = document.Text[span.Start..span.End];
            if (typeName == "Location" && _gazetteer.IsCountry(text))
            {
                typeName = "Country";
            }
            document.Mentions.Add(new Mention(span, text, typeName, MentionKind.Name, Origin));
        }
    }

    /// <summary>
    /// Whether the words from <paramref name="next"/> name military hardware: "(Shahed) drones", "(Patriot) air defence
    /// systems"; "systems" alone names none.
    /// </summary>
    private static bool NamesHardware(IReadOnlyList<Token> tokens, int next, int end)
    {
        for (var k = next; k < end && k < next + 4; k++)
        {
            if (Words.Hardware.Contains(tokens[k].Text) || tokens[k].Text is "system" or "systems" && k > next)
            {
                return true;
            }
            if (!Words.HardwareModifiers.Contains(tokens[k].Text))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// A capitalized syllable joined by a hyphen to a short lower-case one: "Hea-kyung", "Jae-myung"; not a compound
    /// ("Bush-style", "Award-winning").
    /// </summary>
    private static bool IsRomanizedGivenName(string token)
    {
        var hyphen = token.IndexOf('-', StringComparison.Ordinal);
        return hyphen is > 1 and <= 6 && token.Length - hyphen - 1 is >= 2 and <= 6 && char.IsUpper(token[0])
            && token.AsSpan(1, hyphen - 1).IndexOfAnyExceptInRange('a', 'z') < 0
            && token.AsSpan(hyphen + 1).IndexOfAnyExceptInRange('a', 'z') < 0
            && !CompoundEndings.Contains(token[(hyphen + 1)..]);
    }

    private static readonly HashSet<string> CompoundEndings = new(StringComparer.Ordinal)
    {
        "style", "based", "led", "born", "era", "like", "type", "owned", "run", "made", "free", "held", "wide", "old", "backed",
    };

    /// <summary>A word wholly in lower case ("is", "has", "of"; not "eBay").</summary>
    private static bool IsLowerCaseWord(string token) => char.IsLower(token[0]) && !token.Any(char.IsUpper);

    private static bool HasLetterOrDigit(string token)
    {
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }
        return false;
    }
}
