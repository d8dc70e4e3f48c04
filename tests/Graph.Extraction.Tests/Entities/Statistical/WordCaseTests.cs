using Graph.Extraction.Entities.Statistical;

namespace Graph.Extraction.Tests.Entities.Statistical;

public sealed class WordCaseTests
{
    private static (WordCase Case, string[] Words) Read(params string[] sentences)
    {
        var words = new List<string>();
        var spans = new List<(int, int)>();
        foreach (var sentence in sentences)
        {
            var start = words.Count;
            words.AddRange(sentence.Split(' '));
            spans.Add((start, words.Count));
        }
        var guesses = words.Where(w => char.IsUpper(w[0])).ToHashSet(StringComparer.Ordinal);
        return (new WordCase([.. words], spans, guesses), [.. words]);
    }

    [Fact]
    public void A_word_capitalized_only_where_a_sentence_opens_and_written_in_lower_case_elsewhere_is_no_name()
    {
        var (wordCase, _) = Read("Pension credit will rise", "The pension rise was welcomed");
        Assert.True(wordCase.IsWordNotName(0, 0));
    }

    [Fact]
    public void A_word_never_written_in_lower_case_may_be_a_name_wherever_it_stands()
    {
        var (wordCase, _) = Read("Arsenal won again", "Fans of Arsenal cheered");
        Assert.False(wordCase.IsWordNotName(0, 0));
    }

    [Fact]
    public void A_word_capitalized_inside_sentences_at_least_as_often_as_in_lower_case_is_a_name_there()
    {
        var (wordCase, words) = Read("Peers in the Lords voted", "Two lords abstained", "The Lords rose");
        Assert.False(wordCase.IsWordNotName(0, Array.IndexOf(words, "Lords")));

        (wordCase, words) = Read("The Bank raised rates", "Every bank followed", "No bank refused");
        Assert.True(wordCase.IsWordNotName(0, Array.IndexOf(words, "Bank")));
    }

    [Fact]
    public void A_headline_in_capitals_explains_the_capitals()
    {
        var (wordCase, _) = Read("WILL rates rise", "Rates will rise");
        Assert.True(wordCase.IsWordNotName(0, 0));
    }
}
