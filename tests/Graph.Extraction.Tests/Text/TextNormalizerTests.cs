using Graph.Core.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public class TextNormalizerTests
{
    [Fact]
    public void Straightens_quotes_dashes_and_spaces()
    {
        var (text, _) = TextNormalizer.Normalize("\u201CKim\u2019s\u00A0ally\u201D \u2013 Putin");
        Assert.Equal("\"Kim's ally\" -- Putin", text);
    }

    [Fact]
    public void Maps_offsets_back_to_the_original_text_across_expansions_and_contractions()
    {
        const string original = "A\u2026\r\nKim\u2014Putin";
        var document = new Document(new Article("x", "x.txt", "t", original));
        new TextNormalizer().Process(document);
        Assert.Equal("A...\nKim--Putin", document.Text);

        var kim = document.Text.IndexOf("Kim", StringComparison.Ordinal);
        var span = document.ToOriginal(new Span(kim, kim + 3));
        Assert.Equal("Kim", original[span.Start..span.End]);

        var putin = document.Text.IndexOf("Putin", StringComparison.Ordinal);
        span = document.ToOriginal(new Span(putin, putin + 5));
        Assert.Equal("Putin", original[span.Start..span.End]);

        span = document.ToOriginal(new Span(1, 4));
        Assert.Equal("\u2026", original[span.Start..span.End]);
    }
}
