using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    [Fact]
    public void Splits_possessives_and_negations_but_keeps_names_with_apostrophes()
    {
        Assert.Equal(["Russia", "'s", "ally", "did", "n't", "see", "O'Brien", "."], Words("Russia's ally didn't see O'Brien."));
    }

    [Fact]
    public void Keeps_initialisms_abbreviations_and_hyphenated_names_whole()
    {
        Assert.Equal(["Mr.", "Kim", "Jong-un", "met", "U.S.", "Gen.", "Smith", "."], Words("Mr. Kim Jong-un met U.S. Gen. Smith."));
    }

    [Fact]
    public void Splits_the_prefix_ex_from_a_name_but_not_from_a_word()
    {
        Assert.Equal(["Ex-", "Labour", "MP", "and", "ex-wife", "met", "ex-", "Yukos", "staff"], Words("Ex-Labour MP and ex-wife met ex-Yukos staff"));
    }

    [Fact]
    public void Keeps_numbers_with_separators_whole()
    {
        Assert.Equal(["It", "cost", "$", "1,250.50", "on", "2024-06-19", "."], Words("It cost $1,250.50 on 2024-06-19."));
    }

    [Fact]
    public void Offsets_are_half_open_and_point_at_the_token_text()
    {
        const string text = "  Putin, Kim...";
        foreach (var token in Tokenizer.Tokenize(text))
        {
            Assert.Equal(token.Text, text[token.Start..token.End]);
        }
        Assert.Equal(["Putin", ",", "Kim", "..."], Words(text));
    }
}
