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
}
