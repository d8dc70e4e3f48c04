namespace Graph.Extraction.Tests.Relations;

/// <summary>Titles before names, with the shipped tagger in the pipeline as in a real run.</summary>
public class RoleRelationTests
{
    [Fact]
    public void A_title_names_the_country_or_party_before_it()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run("Tory leader Michael Howard and Kenyan President William Ruto spoke."));
        Assert.Contains("person:michael-howard LEADER_OF organization:uk-conservative-party", relations);
        Assert.Contains("person:william-ruto LEADER_OF country:ken", relations);
    }

    [Theory]
    [InlineData("Labour MP Jane Holloway said no.", "person:jane-holloway AFFILIATED_WITH organization:uk-labour-party")]
    [InlineData("Tory backbencher Peter Marsh opposed the bill.", "person:peter-marsh AFFILIATED_WITH organization:uk-conservative-party")]
    [InlineData("The bill was opposed by Labour's Ruth Kane.", "person:ruth-kane AFFILIATED_WITH organization:uk-labour-party")]
    [InlineData("Tory shadow home secretary Peter Marsh spoke.", "person:peter-marsh AFFILIATED_WITH organization:uk-conservative-party")]
    [InlineData("Liberal Democrat health spokesman Paul Dunn said the plan was flawed.", "person:paul-dunn OFFICIAL_OF organization:uk-liberal-democrats")]
    public void A_party_before_a_name_makes_a_member_and_an_office_only_where_the_title_holds_one(string text, string expected)
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(text));
        Assert.Contains(expected, relations);
        // An MP or a shadow minister holds no office of the party, nor of the country through it.
        Assert.DoesNotContain(relations, r => r.Contains(" OFFICIAL_OF ", StringComparison.Ordinal) && !expected.Contains(" OFFICIAL_OF ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_head_office_after_an_indefinite_article_is_no_title()
    {
        var document = TestPipeline.Run("Voters ask how good a Labour prime minister Gordon Brown would make. UK Prime Minister Tony Blair smiled.");
        var relations = TestPipeline.Relations(document);
        Assert.DoesNotContain(relations, r => r.StartsWith("person:gordon-brown", StringComparison.Ordinal));
        Assert.Contains("person:tony-blair LEADER_OF country:gbr", relations);
        Assert.Null(document.Mentions.First(m => m.Text == "Gordon Brown").Title);
    }

    [Fact]
    public void A_deputy_holds_an_office_under_the_head()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run("Liberal Democrat deputy leader Paul Dunn spoke."));
        Assert.Contains("person:paul-dunn OFFICIAL_OF organization:uk-liberal-democrats", relations);
        Assert.DoesNotContain("person:paul-dunn LEADER_OF organization:uk-liberal-democrats", relations);
    }

    [Fact]
    public void A_name_qualifying_a_title_is_no_party_member()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run("The Scottish National Party's Holyrood leader, Jane Holloway, welcomed the move."));
        Assert.DoesNotContain(relations, r => r.Contains("holyrood", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The chairman of the Press Council, Alan Greer, warned of the risks.", "person:alan-greer LEADER_OF organization:press-council")]
    [InlineData("Maria Lopez, founder of the Hope Foundation, spoke.", "person:maria-lopez AFFILIATED_WITH organization:hope-foundation")]
    public void An_apposition_names_the_body(string text, string expected) =>
        Assert.Contains(expected, TestPipeline.Relations(TestPipeline.Run(text)));

    [Fact]
    public void A_portfolio_named_like_a_party_is_no_party_and_an_analyst_holds_no_office()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "Labour Minister Ghazi Omar caused uproar in Riyadh. World Bank analyst Kyle Cooper told Reuters the market would rise."));
        Assert.DoesNotContain(relations, r => r.Contains("uk-labour-party", StringComparison.Ordinal));
        Assert.Contains("person:kyle-cooper AFFILIATED_WITH organization:world-bank", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("person:kyle-cooper OFFICIAL_OF", StringComparison.Ordinal));
    }
}
