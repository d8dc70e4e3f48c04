using Graph.Core;
using Graph.Extraction.Entities.Statistical;

namespace Graph.Extraction.Tests.Entities.Statistical;

public class ConllReaderTests
{
    [Fact]
    public void ReadsDocumentsSentencesAndLines()
    {
        var corpus = ConllReader.Read(Fixture.Iob2);

        Assert.Equal(3, corpus.Documents.Count);
        Assert.Equal(30, corpus.Sentences.Count());
        var first = corpus.Documents[0].Sentences[0].Tokens;
        Assert.Equal(new ConllToken("Maria", "B-PER", 3), first[0]);
        Assert.Equal(new ConllToken("Lopez", "I-PER", 4), first[1]);
        Assert.Equal(File.ReadAllLines(Fixture.Iob2).Length, corpus.Lines.Count);
    }

    [Fact]
    public void ConvertsIob1ToIob2()
    {
        var iob1 = ConllReader.Read(Fixture.Iob1).Sentences.SelectMany(s => s.Tokens).ToList();
        var iob2 = ConllReader.Read(Fixture.Iob2).Sentences.SelectMany(s => s.Tokens).ToList();

        Assert.Equal(iob2, iob1);
        // Two adjacent places: IOB1 marks the second with B-, IOB2 both.
        Assert.Contains(new ConllToken("Oslo", "B-LOC", 149), iob1);
        Assert.Contains(new ConllToken("Bergen", "B-LOC", 150), iob1);
    }

    [Fact]
    public void MalformedLineNamesFileAndLine()
    {
        var e = Assert.Throws<GraphException>(() => ConllReader.Parse("bad.conll", ["-DOCSTART- -X- O O", "", "Paris NNP I-NP I-LOC", "Rome"]));

        Assert.Equal("GK0300", e.Code);
        Assert.StartsWith("bad.conll:4:", e.Message);
    }

    [Fact]
    public void UnknownTagIsMalformed()
    {
        var e = Assert.Throws<GraphException>(() => ConllReader.Parse("bad.conll", ["Paris NNP I-NP LOC"]));

        Assert.Equal("GK0300", e.Code);
        Assert.StartsWith("bad.conll:1:", e.Message);
    }

    [Fact]
    public void MissingFileIsAUserError()
    {
        var e = Assert.Throws<GraphException>(() => ConllReader.Read("/nonexistent/train.txt"));

        Assert.Equal("GK0301", e.Code);
        Assert.Contains("/nonexistent/train.txt", e.Message);
    }
}
