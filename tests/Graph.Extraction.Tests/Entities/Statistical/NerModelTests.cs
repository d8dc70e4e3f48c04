using Graph.Core;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Extraction.Entities.Statistical;

namespace Graph.Extraction.Tests.Entities.Statistical;

public class NerModelTests
{
    private static readonly Lazy<NerModel> Shipped = new(() => NerModel.Load(Fixture.ShippedModel));

    /// <summary>A document tokenized on spaces, one sentence.</summary>
    private static Document Tokenized(string text)
    {
        var tokens = new List<Token>();
        var offset = 0;
        foreach (var word in text.Split(' '))
        {
            tokens.Add(new Token(offset, offset + word.Length, word));
            offset += word.Length + 1;
        }
        return new Document(new Article("a", "a.txt", "", text))
        {
            Tokens = tokens,
            Sentences = [new Sentence(0, new Span(0, text.Length), 0, tokens.Count)],
        };
    }

    [Fact]
    public void ShippedModelFindsPersonOrganizationAndPlace()
    {
        var document = Tokenized("Angela Merkel met officials of the World Bank in Nairobi on Tuesday .");

        new StatisticalEntityRecognizer(Shipped.Value, NerGazetteer.Empty).Process(document);

        Assert.Equal(
            ["Person:Angela Merkel", "Organization:World Bank", "Location:Nairobi"],
            document.Mentions.Select(m => $"{m.Type}:{m.Text}"));
        Assert.All(document.Mentions, m => Assert.Equal("model", m.Origin));
        Assert.Equal(new Span(0, 13), document.Mentions[0].Span);
    }

    [Fact]
    public void ExistingMentionsTakePrecedence()
    {
        var document = Tokenized("Angela Merkel met officials of the World Bank in Nairobi on Tuesday .");
        var rule = new Mention(new Span(35, 45), "World Bank", "Organization", MentionKind.Alias, "gazetteer");
        document.Mentions.Add(rule);

        new StatisticalEntityRecognizer(Shipped.Value, NerGazetteer.Empty).Process(document);

        Assert.Equal(3, document.Mentions.Count);
        Assert.Same(rule, document.Mentions[0]);
        Assert.DoesNotContain(document.Mentions.Skip(1), m => m.Span.Overlaps(rule.Span));
    }

    [Fact]
    public void A_name_the_tagger_runs_on_into_a_lower_case_word_ends_before_it()
    {
        var document = Tokenized("Shares rose after the Bank of China is said to have bought Exel , the Interfax news agency quoted a minister as saying .");

        new StatisticalEntityRecognizer(Shipped.Value, NerGazetteer.From(TestPipeline.Schema)).Process(document);

        var names = document.Mentions.Select(m => m.Text).ToList();
        Assert.Contains("Bank of China", names);
        Assert.DoesNotContain(names, n => n.EndsWith(" is", StringComparison.Ordinal) || n.EndsWith(" said", StringComparison.Ordinal));
    }

    [Fact]
    public void GazetteerCountryTurnsLocationIntoCountry()
    {
        var kenya = new GazetteerEntry("country:kenya", "Country", "Kenya", [], ["Kenyan"], [],
            new Dictionary<string, string>(), new SourceLocation("countries.yaml", 1, 1));
        var document = Tokenized("Officials in Kenya said on Tuesday that talks would resume .");

        new StatisticalEntityRecognizer(Shipped.Value, new NerGazetteer([kenya])).Process(document);

        Assert.Contains(document.Mentions, m => m.Type == "Country" && m.Text == "Kenya");
    }

    [Fact]
    public void CorruptModelNamesThePath()
    {
        var path = Path.GetTempFileName();
        try
        {
            var bytes = File.ReadAllBytes(Fixture.ShippedModel);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

            var e = Assert.Throws<GraphException>(() => NerModel.Load(path));

            Assert.Equal("GK0311", e.Code);
            Assert.Contains(path, e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WrongFileIsRejected()
    {
        var e = Assert.Throws<GraphException>(() => NerModel.Load(Fixture.Iob1));

        Assert.Equal("GK0311", e.Code);
        Assert.Contains(Fixture.Iob1, e.Message);
    }
}
