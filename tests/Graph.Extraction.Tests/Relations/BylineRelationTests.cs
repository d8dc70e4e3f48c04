namespace Graph.Extraction.Tests.Relations;

/// <summary>A wire story's credit line names its journalists, who work for the agency that filed it.</summary>
public class BylineRelationTests
{
    [Fact]
    public void The_people_a_credit_line_names_work_for_the_agency_in_the_dateline()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "Seoul hosts trade talks\n\nSEOUL (Reuters) - South Korea and Chile opened trade talks on Monday.\n\n"
            + "(Reporting by Kim Hyun-soo in Seoul and Tom Vale in Santiago; Additional reporting by Ayman al-Warfalli; Editing by Ann Hale)"));
        Assert.Contains("person:kim-hyun-soo AFFILIATED_WITH organization:reuters", relations);
        Assert.Contains("person:tom-vale AFFILIATED_WITH organization:reuters", relations);
        Assert.Contains("person:ann-hale AFFILIATED_WITH organization:reuters", relations);
        Assert.Contains("person:ayman-al-warfalli AFFILIATED_WITH organization:reuters", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("person:additional", StringComparison.Ordinal));
    }

    [Fact]
    public void A_credit_line_that_names_its_agency_gives_that_one()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "Leaders meet in Riga\n\nRIGA, Latvia (Reuters) - Leaders met on Tuesday.\n\n"
            + "Associated Press writers Tom Vale in Helsinki and Elena Munteanu in Chisinau, Moldova, contributed to this report."));
        Assert.Contains("person:tom-vale AFFILIATED_WITH organization:ap", relations);
        Assert.Contains("person:elena-munteanu AFFILIATED_WITH organization:ap", relations);
        Assert.DoesNotContain(relations, r => r.EndsWith("AFFILIATED_WITH organization:reuters", StringComparison.Ordinal));
    }

    [Fact]
    public void A_by_line_under_the_headline_names_the_agency_s_journalist_and_a_time_opening_with_by_does_not()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "Greece ratifies a deal\n\nBy Ann Hale\n\nATHENS (Reuters) - Greece's parliament ratified the deal. By Monday morning, Tom Vale had left."));
        Assert.Contains("person:ann-hale AFFILIATED_WITH organization:reuters", relations);
        Assert.DoesNotContain("person:tom-vale AFFILIATED_WITH organization:reuters", relations);
    }

    [Fact]
    public void A_story_filed_from_two_places_has_its_agency_in_the_dateline_too()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "Sanctions on Mali\n\nWASHINGTON/BRUSSELS (Reuters) - The United States imposed sanctions on Mali.\n\n(Reporting by Ann Hale; Editing by Tom Vale)"));
        Assert.Contains("person:ann-hale AFFILIATED_WITH organization:reuters", relations);
        Assert.Contains("person:tom-vale AFFILIATED_WITH organization:reuters", relations);
    }

    [Fact]
    public void People_outside_a_credit_line_are_not_the_agency_s()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "SEOUL (Reuters) - Tom Vale, reporting by phone from Busan, said talks went well. Editors by the dozen came."));
        Assert.DoesNotContain(relations, r => r.Contains("AFFILIATED_WITH organization:reuters", StringComparison.Ordinal));
    }
}
