using Graph.Core.Model;

namespace Graph.Extraction.Tests.Building;

public class GraphBuilderTests
{
    [Fact]
    public void The_same_person_in_two_articles_is_one_node_with_every_mention()
    {
        var graph = TestPipeline.Graph(
            "Sergey Lavrov arrived in Hanoi on Monday.",
            "Foreign Minister Sergei Lavrov met reporters. Lavrov smiled.");

        var lavrov = Assert.Single(graph.Entities, e => e.Type == "Person");
        Assert.Equal("person:sergei-lavrov", lavrov.Id);
        Assert.Equal(3, lavrov.Mentions.Count);
        Assert.Equal(2, lavrov.Mentions.Select(m => m.Document).Distinct().Count());
        Assert.Contains("Sergey Lavrov", lavrov.Aliases);
    }

    [Fact]
    public void A_listed_country_met_only_as_the_government_keeps_its_listed_name()
    {
        var graph = TestPipeline.Graph("The Home Office and Labour met in London. Jack Straw criticised the government's plans.");

        var country = Assert.Single(graph.Entities, e => e.Type == "Country");
        Assert.Equal("country:gbr", country.Id);
        Assert.Equal("United Kingdom", country.Name);
        Assert.Equal(MentionKind.Nominal, Assert.Single(country.Mentions).Kind);
    }

    [Theory]
    [InlineData("Vladimir Putin will visit Hanoi next week.", "Vladimir Putin visited Hanoi on Monday.")]
    [InlineData("Vladimir Putin visited Hanoi on Monday.", "Vladimir Putin will visit Hanoi next week.")]
    public void A_relation_one_article_expects_and_another_reports_is_not_expected(string first, string second)
    {
        var graph = TestPipeline.Graph(first, second);

        var visit = Assert.Single(graph.Relations, r => r.Type == "VISITED" && r.Target.Id == "location:hanoi");
        Assert.Equal(2, visit.Evidence.Count);
        Assert.False(visit.Properties.ContainsKey("expected"));
    }

    [Fact]
    public void A_relation_only_expected_stays_expected()
    {
        var graph = TestPipeline.Graph("Vladimir Putin will visit Hanoi next week.", "Vladimir Putin is expected to visit Hanoi.");

        var visit = Assert.Single(graph.Relations, r => r.Type == "VISITED" && r.Target.Id == "location:hanoi");
        Assert.Equal("true", visit.Properties["expected"]);
    }

    [Fact]
    public void Mention_offsets_point_into_the_original_text_even_after_normalization()
    {
        const string text = "\u201CWe agree,\u201D said Kenya\u2019s President William Ruto in Nairobi.";
        var graph = TestPipeline.Graph(text);
        var ruto = graph.FindEntity("person:william-ruto")!;
        var mention = Assert.Single(ruto.Mentions);
        Assert.Equal("William Ruto", text[mention.Start..mention.End]);
    }

    [Fact]
    public void A_fact_both_reported_and_claimed_keeps_the_speaker_on_the_claiming_sentence()
    {
        var graph = TestPipeline.Graph(
            "Iran is supplying Russia with drones.",
            "Antony Blinken said Iran is supplying Russia with drones.");

        var arms = Assert.Single(graph.Relations, r => r.Type == "SUPPLIES_ARMS");
        Assert.Null(arms.AttributedTo);
        Assert.Equal(["person:antony-blinken", null], arms.Evidence.OrderBy(e => e.AttributedTo is null).Select(e => e.AttributedTo));
    }

    [Fact]
    public void A_relation_stated_in_two_articles_is_one_edge_with_both_sentences_and_higher_confidence()
    {
        var one = TestPipeline.Graph("President Joe Biden visited Kenya on Monday.");
        var two = TestPipeline.Graph("President Joe Biden visited Kenya on Monday.", "Joe Biden visited Kenya again in March.");

        var single = Assert.Single(one.Relations, r => r.Type == "VISITED");
        var merged = Assert.Single(two.Relations, r => r.Type == "VISITED");
        Assert.Equal(2, merged.Evidence.Count);
        Assert.True(merged.Confidence > single.Confidence);
    }

    [Fact]
    public void Symmetric_relations_are_stored_once_per_pair()
    {
        var graph = TestPipeline.Graph("Joe Biden met Xi Jinping in Lima. Xi Jinping met Joe Biden again in Rio.");
        var met = Assert.Single(graph.Relations, r => r.Type == "MET");
        Assert.Equal(2, met.Evidence.Count);
    }

    [Fact]
    public void A_shorter_description_of_a_treaty_in_another_article_joins_the_treaty_already_there()
    {
        var graph = TestPipeline.Graph(
            "Kenya and Ethiopia signed a comprehensive border security pact on Tuesday.",
            "The border security pact was welcomed by the African Union.",
            "Kenya signed a new trade pact with Uganda.");

        var treaties = graph.Entities.Where(e => e.Type == "Treaty").Select(e => e.Id).ToList();
        Assert.Equal(["treaty:comprehensive-border-security-pact", "treaty:trade-pact"], treaties);
        Assert.Contains("border security pact", graph.FindEntity("treaty:comprehensive-border-security-pact")!.Aliases);
    }
}
