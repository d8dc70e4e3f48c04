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

    [Fact]
    public void Maps_every_normalized_character_to_the_original_character_it_came_from()
    {
        const string original = "a\r\nb\u2026c\u200Bd\re\u2014f";
        var (text, map) = TextNormalizer.Normalize(original);
        Assert.Equal("a\nb...cd\ne--f", text);
        int[] starts = [0, 2, 3, 4, 4, 4, 5, 7, 8, 9, 10, 10, 11];
        for (var i = 0; i < text.Length; i++)
        {
            Assert.Equal(starts[i], map.ToOriginalStart(i));
            Assert.Equal(starts[i] + 1, map.ToOriginalEnd(i + 1));
        }
        Assert.Equal(original.Length, map.ToOriginalStart(text.Length));
        Assert.Equal(0, map.ToOriginalEnd(0));
    }

    [Fact]
    public void Leaves_text_without_typography_as_it_is()
    {
        const string original = "Kim met Putin.\nThey talked.";
        var (text, map) = TextNormalizer.Normalize(original);
        Assert.Same(original, text);
        Assert.Equal(5, map.ToOriginalStart(5));
    }
}
