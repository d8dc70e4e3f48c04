using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Extraction.Entities.Statistical;

namespace Graph.Extraction.Tests.Entities.Statistical;

public class ConllEvaluatorTests
{
    private static readonly string[] Lines =
    [
        "-DOCSTART- -X- O O",
        "",
        "Anna NNP O B-PER",
        "Berg NNP O I-PER",
        "visited VBD O O",
        "Rome NNP O B-LOC",
        "and CC O O",
        "Paris NNP O B-LOC",
        "with IN O O",
        "the DT O O",
        "UN NNP O B-ORG",
        ". . O O",
        "",
        "Italian JJ O B-MISC",
        "voters NNS O O",
        "",
    ];

    /// <summary>Adds fixed mentions, found by their text in the document.</summary>
    private sealed class FixedMentions(params (string Text, string Type, MentionKind Kind)[] mentions) : IPipelineComponent
    {
        public string Name => "fixed";

        public IReadOnlyCollection<Annotation> Requires => [];

        public IReadOnlyCollection<Annotation> Provides => [Annotation.Mentions];

        public void Process(Document document)
        {
            foreach (var (text, type, kind) in mentions)
            {
                var start = document.Text.IndexOf(text, StringComparison.Ordinal);
                document.Mentions.Add(new Mention(new Span(start, start + text.Length), text, type, kind, "test"));
            }
        }
    }

    private static ConllEvaluation Evaluate()
    {
        var corpus = ConllReader.Parse("mem.conll", Lines);
        // Right: Anna Berg, Rome, Italian (a demonym counts as MISC). Wrong: "visited" as a person,
        // Paris as an organization. Missed: Paris as a place, the UN.
        var component = new FixedMentions(
            ("Anna Berg", "Person", MentionKind.Name),
            ("visited", "Person", MentionKind.Name),
            ("Rome", "Country", MentionKind.Name),
            ("Paris", "Organization", MentionKind.Name),
            ("Italian", "Country", MentionKind.Demonym));
        return new ConllEvaluator([component]).Evaluate(corpus);
    }

    [Fact]
    public void ScoresExactSpansPerType()
    {
        var scores = Evaluate().Scores;

        Assert.Equal(new Score(1, 2, 1), scores.For("PER"));
        Assert.Equal(new Score(1, 1, 2), scores.For("LOC"));
        Assert.Equal(new Score(0, 1, 1), scores.For("ORG"));
        Assert.Equal(new Score(1, 1, 1), scores.For("MISC"));
        Assert.Equal(2.0 / 3, scores.For("PER").F1, 6);
        Assert.Equal(2.0 / 3, scores.For("LOC").F1, 6);
        Assert.Equal(0, scores.For("ORG").F1);
        // PER+LOC+ORG: 2 right of 4 predicted, 4 gold.
        Assert.Equal(0.5, scores.CoreMicro.Precision, 6);
        Assert.Equal(0.5, scores.CoreMicro.Recall, 6);
        Assert.Equal(0.5, scores.CoreMicro.F1, 6);
        // All four: 3 right of 5 predicted, 5 gold.
        Assert.Equal(0.6, scores.AllMicro.F1, 6);
    }

    [Fact]
    public void PredictionsKeepEveryLine()
    {
        var corpus = ConllReader.Parse("mem.conll", Lines);
        var writer = new StringWriter();

        ConllEvaluator.WritePredictions(corpus, Evaluate(), writer);

        var written = writer.ToString().Split('\n')[..^1];
        Assert.Equal(Lines.Length, written.Length);
        Assert.Equal("-DOCSTART- -X- O O O", written[0]);
        Assert.Equal("", written[1]);
        Assert.Equal("Anna NNP O B-PER B-PER", written[2]);
        Assert.Equal("Berg NNP O I-PER I-PER", written[3]);
        Assert.Equal("visited VBD O O B-PER", written[4]);
        Assert.Equal("Paris NNP O B-LOC B-ORG", written[7]);
        Assert.Equal("Italian JJ O B-MISC B-MISC", written[13]);
    }

    [Fact]
    public void DocumentTextIsTokensJoinedBySpacesOneSentenceALine()
    {
        var corpus = ConllReader.Parse("mem.conll", Lines);

        var document = ConllEvaluator.ToDocument(corpus.Documents[0], "mem.conll", 0);

        Assert.Equal("Anna Berg visited Rome and Paris with the UN .\nItalian voters", document.Text);
        Assert.Equal(12, document.Tokens.Count);
        Assert.Equal(new Sentence(1, new Span(47, 61), 10, 12), document.Sentences[1]);
    }
}
