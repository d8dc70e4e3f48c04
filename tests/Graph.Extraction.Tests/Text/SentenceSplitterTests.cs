using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens).Select(s => text[s.Span.Start..s.Span.End]).ToArray();
    }

    [Fact]
    public void Does_not_split_after_titles_and_initials()
    {
        Assert.Equal(
            ["Mr. Blair met Dr. J. Smith in Washington.", "They talked."],
            Sentences("Mr. Blair met Dr. J. Smith in Washington. They talked."));
    }

    [Fact]
    public void Splits_after_an_initialism_only_when_a_new_sentence_clearly_starts()
    {
        Assert.Equal(
            ["He flew to the U.S. Embassy in Seoul.", "He left for the U.S.", "The talks ended."],
            Sentences("He flew to the U.S. Embassy in Seoul. He left for the U.S. The talks ended."));
    }

    [Fact]
    public void Keeps_closing_quotes_with_their_sentence()
    {
        Assert.Equal(
            ["\"We will win.\"", "Kim said so."],
            Sentences("\"We will win.\" Kim said so."));
    }

    [Fact]
    public void A_headline_line_without_a_period_is_its_own_sentence()
    {
        Assert.Equal(
            ["Putin arrives in Pyongyang", "Russian President Vladimir Putin landed on Tuesday."],
            Sentences("Putin arrives in Pyongyang\n\nRussian President Vladimir Putin landed on Tuesday."));
    }

    [Fact]
    public void A_hard_wrapped_line_continues_the_sentence()
    {
        Assert.Single(Sentences("The two leaders signed\na treaty on Wednesday."));
    }
}
