namespace Graph.Extraction.Tests.Relations;

/// <summary>Titles before names, with the shipped tagger in the pipeline as in a real run.</summary>
public class RoleRelationTests
{
    [Fact]
    public void A_title_names_the_country_or_party_before_it()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run("Conservative leader Michael Howard and Kenyan President William Ruto spoke."));
        Assert.Contains("person:michael-howard LEADER_OF organization:uk-conservative-party", relations);
        Assert.Contains("person:william-ruto LEADER_OF country:ken", relations);
    }

    [Fact]
    public void A_club_s_players_and_manager_work_for_it()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run("Everton defender Tom Vale played well, said Rangers manager Sam Cole."));
        Assert.Contains("person:sam-cole AFFILIATED_WITH organization:rangers", relations);
        Assert.Contains("person:tom-vale AFFILIATED_WITH organization:everton", relations);
    }

    [Fact]
    public void A_parliament_s_leader_holds_an_office_in_it_and_does_not_lead_it()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run("Commons leader Anne Vale warned of the risks."));
        Assert.Contains("person:anne-vale OFFICIAL_OF organization:house-of-commons", relations);
        Assert.DoesNotContain("person:anne-vale LEADER_OF organization:house-of-commons", relations);
    }

    [Fact]
    public void An_opposition_leader_leads_a_party_and_not_the_country()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run("Kenyan opposition leader Anne Vale criticised the plan. Labour opposition leader Ray Dunn agreed."));
        Assert.DoesNotContain("person:anne-vale LEADER_OF country:ken", relations);
        Assert.Contains("person:anne-vale OFFICIAL_OF country:ken", relations);
        Assert.Contains("person:ray-dunn LEADER_OF organization:uk-labour-party", relations);
    }

    [Fact]
    public void An_office_of_a_place_named_before_its_lower_case_title_is_not_the_country_s()
    {
        var relations = TestPipeline.Relations(TestPipeline.RunHeadlined("United States sues banks",
            "The United States sued three banks on Monday. New York attorney general Anne Vale said the United States would win. "
            + "Transportation Secretary Ray Dunn said the United States was right."));
        Assert.Contains("person:ray-dunn OFFICIAL_OF country:usa", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("person:anne-vale OFFICIAL_OF country:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_s_head_leads_it()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run("The Acme Corporation cut jobs. The Acme Corporation's head Ray Dunn was fired."));
        Assert.Contains("person:ray-dunn LEADER_OF organization:acme-corporation", relations);
    }

    [Theory]
    [InlineData("Labour MP Jane Holloway said no.", "person:jane-holloway MEMBER_OF organization:uk-labour-party")]
    [InlineData("Tory backbencher Peter Marsh opposed the bill.", "person:peter-marsh MEMBER_OF organization:uk-conservative-party")]
    [InlineData("The bill was opposed by Labour's Ruth Kane.", "person:ruth-kane MEMBER_OF organization:uk-labour-party")]
    [InlineData("Tory shadow home secretary Peter Marsh spoke.", "person:peter-marsh OFFICIAL_OF organization:uk-conservative-party")]
    [InlineData("Tory former home secretary Peter Marsh spoke.", "person:peter-marsh MEMBER_OF organization:uk-conservative-party")]
    [InlineData("Tory former shadow chancellor Peter Marsh spoke.", "person:peter-marsh MEMBER_OF organization:uk-conservative-party")]
    [InlineData("Liberal Democrat health spokesman Paul Dunn said the plan was flawed.", "person:paul-dunn OFFICIAL_OF organization:uk-liberal-democrats")]
    [InlineData("Lib Dem Home Office spokesman Paul Dunn said the plan was flawed.", "person:paul-dunn OFFICIAL_OF organization:uk-liberal-democrats")]
    [InlineData("Lib Dem president Paul Dunn said the plan was flawed.", "person:paul-dunn MEMBER_OF organization:uk-liberal-democrats")]
    [InlineData("It did not impress Tory shadow education secretary Peter Marsh.", "person:peter-marsh OFFICIAL_OF organization:uk-conservative-party")]
    // A head of a part of the party is one of its officials.
    [InlineData("Labour's election chief Ruth Kane denied it.", "person:ruth-kane OFFICIAL_OF organization:uk-labour-party")]
    [InlineData("Liberal Democrat parliamentary chairman Paul Dunn said the plan was flawed.", "person:paul-dunn OFFICIAL_OF organization:uk-liberal-democrats")]
    public void A_party_before_a_name_makes_a_member_and_an_office_only_where_the_title_holds_one(string text, string expected)
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(text));
        Assert.Contains(expected, relations);
        // An MP or a former minister holds no office of the party, nor of the country through it; a shadow minister holds
        // the party's office, not the country's; a party's president does not lead it.
        Assert.DoesNotContain(relations, r => r.Contains(" OFFICIAL_OF ", StringComparison.Ordinal) && !expected.Contains(" OFFICIAL_OF ", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r.Contains(" LEADER_OF ", StringComparison.Ordinal));
    }

    // A party's chairman heads it, as the annotation guide has it; its parliamentary chairman is one of its officials.
    [Theory]
    [InlineData("Tory chairman Peter Marsh said the plan was flawed.")]
    [InlineData("Tory co-chairman Peter Marsh said the plan was flawed.")]
    public void A_party_chairman_before_a_name_heads_the_party(string text)
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(text));
        Assert.Contains("person:peter-marsh LEADER_OF organization:uk-conservative-party", relations);
        Assert.DoesNotContain(relations, r => r.Contains(" OFFICIAL_OF ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_head_of_a_part_of_a_body_is_its_official_and_the_party_leader_is_not_its_chairman()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run("Jan Weber, EU foreign policy chief, says it works. NATO chief Ola Berg agreed."));
        Assert.Contains("person:jan-weber OFFICIAL_OF organization:eu", relations);
        Assert.Contains("person:ola-berg LEADER_OF organization:nato", relations);

        // "The Tory leader" is not the party's chairman named just before.
        var document = TestPipeline.Run("Michael Howard will tour, Tory chairman Liam Fox said. The Tory leader wanted to meet voters, Mr Fox said.");
        Assert.DoesNotContain(TestPipeline.Mentions(document), m => m.StartsWith("Person:The Tory leader=person:liam-fox", StringComparison.Ordinal));
    }

    [Fact]
    public void A_government_named_after_a_person_is_the_one_they_lead()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run("Tony Blair spoke. Critics say the Blair government seeks to do too much."));
        Assert.Contains("person:tony-blair LEADER_OF country:gbr", relations);

        // Only a government: "the Blair camp" is no office.
        relations = TestPipeline.Relations(TestPipeline.Run("Tony Blair spoke. Critics say the Blair camp seeks to do too much."));
        Assert.DoesNotContain(relations, r => r.Contains(" LEADER_OF ", StringComparison.Ordinal));
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
    public void A_ministers_office_with_no_country_belongs_to_the_government_the_passage_just_named()
    {
        var document = TestPipeline.Run("Mali's transitional government reacted angrily on Friday. Foreign Minister Ann Hale summoned the envoy.");
        var relation = Assert.Single(document.Relations, r => r.Source == "person:ann-hale");
        Assert.Equal(("OFFICIAL_OF", "country:mli", "role:title-in-context"), (relation.Type, relation.Target, relation.Rule));

        // A ministry's spokesman names no government in play; nor does a government three sentences back.
        Assert.DoesNotContain(TestPipeline.Relations(TestPipeline.Run(
                "A Malian foreign ministry spokesman, Tom Vale, said so. Trade Minister Ann Hale left.")),
            r => r.StartsWith("person:ann-hale OFFICIAL_OF country:mli", StringComparison.Ordinal));
        Assert.DoesNotContain(TestPipeline.Relations(TestPipeline.Run(
                "Mali's government reacted angrily. Talks followed. Prices rose. Trade Minister Ann Hale left.")),
            r => r.StartsWith("person:ann-hale", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ministers_office_with_no_country_belongs_to_the_country_whose_parties_the_article_reports()
    {
        const string Parties = " Labour and the Tories traded blows in London, and the Lib Dems joined in.";
        var document = TestPipeline.Run("Children's Minister Margaret Hodge defended the plan." + Parties);
        var relation = Assert.Single(document.Relations, r => r.Source == "person:margaret-hodge");
        Assert.Equal(("OFFICIAL_OF", "country:gbr", "role:title-in-context"), (relation.Type, relation.Target, relation.Rule));
        // The country is related though the article never names it: the graph gets its node from the gazetteer.
        var graph = TestPipeline.Graph("Children's Minister Margaret Hodge defended the plan." + Parties);
        Assert.Equal("United Kingdom", graph.FindEntity("country:gbr")?.Name);

        // No party of the country: an aid report naming Indonesia throughout says nothing of whose minister this is.
        Assert.DoesNotContain(TestPipeline.Relations(TestPipeline.Run(
            "Development Minister Gareth Thomas said aid to Indonesia would grow. Indonesia thanked donors. Indonesia's army helped.")),
            r => r.StartsWith("person:gareth-thomas", StringComparison.Ordinal));
        // A minister of a country within the state is that country's officer, not the state's; a head of state no one's.
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "Scotland's Justice Minister Cathy Jamieson spoke, and President Musharraf wrote back." + Parties));
        Assert.Equal(["person:cathy-jamieson OFFICIAL_OF country:gb-sct"], relations.Where(r => r.StartsWith("person:cathy-jamieson", StringComparison.Ordinal)));
        Assert.DoesNotContain(relations, r => r.Contains("musharraf", StringComparison.Ordinal));

        // Mentions of the countries within it count for the state whose politics the article reports.
        relations = TestPipeline.Relations(TestPipeline.Run(
            "Children's Minister Margaret Hodge defended the plan in Scotland. Labour and the Tories clashed in Scotland and Wales."));
        Assert.Contains("person:margaret-hodge OFFICIAL_OF country:gbr", relations);
    }

    [Fact]
    public void A_wire_story_s_offices_with_no_country_are_those_of_the_country_it_is_filed_from_and_about()
    {
        const string Story = "Bolivia votes on a budget\n\nLA PAZ, Bolivia (AP) \u2014 President Tomas Ruiz said on Monday that Bolivia "
            + "would cut fuel subsidies. Economy Minister Lidia Caro said Bolivia could not wait. Critics in Bolivia disagreed.";
        var relations = TestPipeline.Relations(TestPipeline.Run(Story));
        Assert.Contains("person:tomas-ruiz LEADER_OF country:bol", relations);
        Assert.Contains("person:lidia-caro OFFICIAL_OF country:bol", relations);

        // Without the dateline a head of state is no one's, as in a home paper; a visitor named with their country
        // elsewhere is not the host's; a story filed from a capital about another country gives the capital nothing.
        Assert.DoesNotContain(TestPipeline.Relations(TestPipeline.Run(Story.Replace("LA PAZ, Bolivia (AP) \u2014 ", "", StringComparison.Ordinal))),
            r => r.StartsWith("person:tomas-ruiz", StringComparison.Ordinal));
        Assert.DoesNotContain(TestPipeline.Relations(TestPipeline.Run(Story + " Peruvian President Tomas Ruiz flew home.")),
            r => r.StartsWith("person:tomas-ruiz LEADER_OF country:bol", StringComparison.Ordinal));
        Assert.DoesNotContain(TestPipeline.Relations(TestPipeline.Run(
            "NAIROBI, Kenya (AP) \u2014 President Tomas Ruiz of Peru arrived. Peru and Chile talked. Peru's army and Peru's navy watched.")),
            r => r.StartsWith("person:", StringComparison.Ordinal) && r.EndsWith("country:ken", StringComparison.Ordinal));
    }

    [Fact]
    public void The_office_a_person_is_named_to_is_theirs()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "Bulgaria gets a cabinet\n\nSOFIA (Reuters) - Bulgaria's parliament approved a government on Friday. Bulgaria's parties agreed. "
            + "Ana Koleva, who previously ran the Bulgarian Energy Holding, was named energy minister. Ivo Dobrev becomes foreign minister, "
            + "with Elena Petrova as finance minister. Bulgaria needs stability."));
        Assert.Contains("person:ana-koleva OFFICIAL_OF country:bgr", relations);
        Assert.Contains("person:ivo-dobrev OFFICIAL_OF country:bgr", relations);
        Assert.Contains("person:elena-petrova OFFICIAL_OF country:bgr", relations);
        // The one named by the appointer is not the appointee.
        Assert.DoesNotContain(TestPipeline.Relations(TestPipeline.Run("Tom Vale named by Ann Hale as finance minister said no.")),
            r => r.StartsWith("person:ann-hale OFFICIAL_OF", StringComparison.Ordinal));
    }

    [Fact]
    public void A_government_spokesman_speaks_for_the_state_and_a_local_government_spokesman_does_not()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "Rwandan government spokesperson Ann Kaleza said no. Conservative local government spokesman Tom Vale said yes."));
        Assert.Contains("person:ann-kaleza OFFICIAL_OF country:rwa", relations);
        // A rank between the office and the name holds no office of its own.
        Assert.Contains("person:tom-hale OFFICIAL_OF country:rwa", TestPipeline.Relations(TestPipeline.Run("Rwandan government spokesman General Tom Hale said no.")));
        Assert.DoesNotContain(relations, r => r.StartsWith("person:tom-vale OFFICIAL_OF country:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_story_filed_from_the_country_it_names_most_is_about_that_country_though_the_other_side_is_named_often()
    {
        const string Story = "Border clash\n\nBISHKEK, Kyrgyzstan (AP) \u2014 Kyrgyzstan and Tajikistan traded fire on Monday. "
            + "Deputy Foreign Minister Nurlan Asanov said Kyrgyzstan had protested. Tajikistan denied it, and Tajikistan's army and Tajikistan's police said so. Kyrgyzstan will respond.";
        Assert.Contains("person:nurlan-asanov OFFICIAL_OF country:kgz", TestPipeline.Relations(TestPipeline.Run(Story)));
        // Without the dateline the two countries are too close to call.
        Assert.DoesNotContain(TestPipeline.Relations(TestPipeline.Run(Story.Replace("BISHKEK, Kyrgyzstan (AP) \u2014 ", "", StringComparison.Ordinal))),
            r => r.StartsWith("person:nurlan-asanov OFFICIAL_OF", StringComparison.Ordinal));
    }

    [Fact]
    public void A_charitys_director_leads_it_and_a_deputy_serves_it()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run("Oxfam director Ann Hale said so. Oxfam's deputy director Tom Vale disagreed."));
        Assert.Contains("person:ann-hale LEADER_OF organization:oxfam", relations);
        Assert.Contains("person:tom-vale OFFICIAL_OF organization:oxfam", relations);
        Assert.DoesNotContain("person:tom-vale LEADER_OF organization:oxfam", relations);
    }

    [Fact]
    public void A_queen_beside_a_king_is_his_consort()
    {
        const string Story = "Sweden hosts Brazil\n\nSTOCKHOLM (AFP) - The guests were greeted by the king and Queen Silvia. Sweden's "
            + "government and Sweden's parliament welcomed them, and Sweden's press was kind.";
        Assert.DoesNotContain("person:queen-silvia LEADER_OF country:swe", TestPipeline.Relations(TestPipeline.Run(Story)));
        Assert.DoesNotContain("person:queen-silvia LEADER_OF country:swe", TestPipeline.Relations(TestPipeline.Run(
            Story + " Sweden's King Carl XVI Gustaf, accompanied by Queen Silvia, toasted them.")));
    }

    [Fact]
    public void A_head_of_government_in_a_sentence_about_another_country_is_not_the_dateline_countrys()
    {
        const string Story = "Greece ratifies a deal\n\nATHENS (Reuters) - Greece's parliament ratified the deal. Greece's ministers cheered and "
            + "Greece's press agreed. Libya remains split between rival governments in Tripoli, one headed by Prime Minister Omar Salem.";
        Assert.DoesNotContain("person:omar-salem LEADER_OF country:grc", TestPipeline.Relations(TestPipeline.Run(Story)));
    }

    [Fact]
    public void An_office_joined_to_another_office_holder_or_to_the_one_it_travels_with_is_of_that_ones_country()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "Ghanaian President Kofi Mensah and Foreign Minister Ama Boateng met envoys from Togo and Mali."));
        Assert.Contains("person:ama-boateng OFFICIAL_OF country:gha", relations);
        relations = TestPipeline.Relations(TestPipeline.Run(
            "Turkish Foreign Minister Kemal Aydin arrived in Dakar. Aydin is accompanied by Trade Minister Selim Kaya and Energy Minister Ayla Demir."));
        Assert.Contains("person:selim-kaya OFFICIAL_OF country:tur", relations);
        Assert.Contains("person:ayla-demir OFFICIAL_OF country:tur", relations);
        // Two holders of one office joined hold it for two countries.
        relations = TestPipeline.Relations(TestPipeline.Run(
            "Ghanaian Foreign Minister Kofi Mensah and Foreign Minister Ama Boateng met in Lome."));
        Assert.DoesNotContain(relations, r => r.StartsWith("person:ama-boateng OFFICIAL_OF", StringComparison.Ordinal));
    }

    [Fact]
    public void The_office_for_a_country_within_the_state_is_the_states_and_its_own_offices_are_its_own()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "Wales Secretary Peter Hain, Northern Ireland Minister John Spellar and Welsh First Minister Rhodri Morgan were in Cardiff."));
        Assert.Contains("person:peter-hain OFFICIAL_OF country:gbr", relations);
        Assert.Contains("person:john-spellar OFFICIAL_OF country:gbr", relations);
        Assert.Contains("person:rhodri-morgan LEADER_OF country:gb-wls", relations);
        Assert.DoesNotContain(relations, r => r.EndsWith("country:gb-nir", StringComparison.Ordinal) || r.StartsWith("person:peter-hain OFFICIAL_OF country:gb-wls", StringComparison.Ordinal));

        // A team that plays as a country has a boss; the country does not.
        relations = TestPipeline.Relations(TestPipeline.Run("England boss Sven Lind and France coach Tom Vale named their squads."));
        Assert.DoesNotContain(relations, r => r.Contains("LEADER_OF country:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ministry_of_the_country_places_its_ministers_as_a_party_does_but_a_regions_government_does_not()
    {
        const string Rules = " Most visitors to the UK will need Home Office approval. The UK says the rules are fair. Critics in the UK disagree.";
        var relations = TestPipeline.Relations(TestPipeline.Run("Immigration minister Des Browne said the rules were fair." + Rules));
        Assert.Contains("person:des-browne OFFICIAL_OF country:gbr", relations);

        // A seat of government is the government too; a capital is only a city.
        relations = TestPipeline.Relations(TestPipeline.Run(
            "Ministers are unhappy about plans to use Whitehall cash, housing minister Nick Rayner said. Gordon Brown agreed. Gordon Brown smiled."));
        Assert.Contains("person:nick-rayner OFFICIAL_OF country:gbr", relations);
        relations = TestPipeline.Relations(TestPipeline.Run(
            "Development Minister Gareth Thomas said aid to Jakarta would grow. Indonesia thanked donors. Indonesia's army helped. Jakarta agreed."));
        Assert.DoesNotContain(relations, r => r.StartsWith("person:gareth-thomas", StringComparison.Ordinal));

        // Scotland is of the United Kingdom, but the Scottish Executive's justice minister is Scotland's.
        relations = TestPipeline.Relations(TestPipeline.Run(
            "Justice Minister Cathy Jamieson dropped the plans. The Scottish Executive says Scotland's prisons are full. "
            + "Scotland will build more. Scotland's judges agree."));
        Assert.DoesNotContain(relations, r => r.StartsWith("person:cathy-jamieson", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Ramblers Association said the law was unfair. Chief executive Tom Pryce said it must change.",
        "person:tom-pryce LEADER_OF organization:ramblers-association")]
    [InlineData("The Ramblers Association doubted the figures. \"We want an inquiry,\" said director Ann Pryce.",
        "person:ann-pryce OFFICIAL_OF organization:ramblers-association")]
    public void A_bare_office_of_a_body_belongs_to_the_body_the_passage_opened_with(string text, string expected)
    {
        var relation = Assert.Single(TestPipeline.Run(text).Relations);
        Assert.Equal(expected, $"{relation.Source} {relation.Type} {relation.Target}");
        Assert.Equal("role:title-in-context", relation.Rule);
    }

    [Theory]
    // Words before the title may name another body.
    [InlineData("The Ramblers Association said the law was unfair. Walkers chief executive Tom Pryce agreed.")]
    // The body is not what its sentence is about.
    [InlineData("As well as walks like the Ramblers Association offers, it sells maps. Chief executive Tom Pryce said so.")]
    // A second body in the passage.
    [InlineData("The Ramblers Association and the National Trust said the law was unfair. Chief executive Tom Pryce agreed.")]
    // A body in a quotation is only talked about.
    [InlineData("\"The Ramblers Association is wrong,\" one critic said. Chief executive Tom Pryce disagreed.")]
    // The title after the name says its own body.
    [InlineData("The Ramblers Association said the law was unfair. Tom Pryce, spokesman for Walk Free, agreed.")]
    public void A_bare_office_is_not_given_to_a_body_the_text_does_not_make_the_subject(string text)
    {
        Assert.DoesNotContain(TestPipeline.Relations(TestPipeline.Run(text)),
            r => r.StartsWith("person:tom-pryce", StringComparison.Ordinal) && r.EndsWith("ramblers-association", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_the_tagger_read_partly_into_a_body_with_the_name_still_gives_the_person_the_office()
    {
        // The tagger reads "Treasury Paul Boateng" as one body; the title's words before it show where the name starts.
        var document = TestPipeline.Run("But Chief Secretary to the Treasury Paul Boateng attacked the Tory plans.");
        var relations = TestPipeline.Relations(document);
        Assert.Contains("person:paul-boateng OFFICIAL_OF organization:hm-treasury", relations);
        Assert.Contains("person:paul-boateng CRITICIZED organization:uk-conservative-party", relations);

        // An office's last words are no name: "Procurement" and "Consort" are no people.
        document = TestPipeline.Run("Lord Bach, Minister for Defence Procurement, said he was disappointed.");
        Assert.DoesNotContain(document.Mentions, m => m.Type == "Person" && m.Text == "Procurement");
        document = TestPipeline.Run("But only 40% think Mrs Parker Bowles should become Princess Consort as planned after Charles becomes king.");
        Assert.DoesNotContain(document.Mentions, m => m.Text == "Consort");

        // Nor are its first words, or the words inside it.
        document = TestPipeline.Run("Denmark's Crown Prince Frederik and Crown Princess Mary visited New York on Monday.");
        Assert.DoesNotContain(document.Mentions, m => m.Text == "Crown");
        document = TestPipeline.Run("Her call was backed by Culture, Media and Sport Secretary Tessa Jowell, who said no.");
        Assert.DoesNotContain(document.Mentions, m => m.Text is "Media" or "Sport" or "Culture");
        Assert.Contains("person:tessa-jowell OFFICIAL_OF country:gbr", TestPipeline.Relations(document));
    }

    [Fact]
    public void A_title_before_a_given_name_and_a_surname_the_tagger_found_alone_names_the_whole_person()
    {
        var document = TestPipeline.Run("Lib Dem spokesman Ed Davey meanwhile said there had been an explosion of new bodies.");
        Assert.Equal("Ed Davey", document.Mentions.Single(m => m.Type == "Person").Text);
        Assert.Contains("person:ed-davey OFFICIAL_OF organization:uk-liberal-democrats", TestPipeline.Relations(document));
    }

    [Fact]
    public void A_nationality_before_an_office_any_body_has_is_no_office_of_the_country()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "The film by British director Sean Carver won a prize, and Russian Foreign Minister Sergei Lavrov watched it."));
        Assert.DoesNotContain(relations, r => r.StartsWith("person:sean-carver", StringComparison.Ordinal));
        Assert.Contains("person:sergei-lavrov OFFICIAL_OF country:rus", relations);
    }

    [Fact]
    public void A_countrys_demonym_before_a_body_the_tagger_found_is_part_of_its_name()
    {
        var document = TestPipeline.Run("Jane Ruiz, head of the French Tennis Federation, said no.");
        Assert.Contains("Organization:French Tennis Federation=organization:french-tennis-federation", TestPipeline.Mentions(document));
        var relations = TestPipeline.Relations(document);
        Assert.Contains("person:jane-ruiz LEADER_OF organization:french-tennis-federation", relations);
        Assert.DoesNotContain("person:jane-ruiz LEADER_OF country:fra", relations);
    }

    [Fact]
    public void A_title_ending_a_headline_is_not_the_title_of_the_name_opening_the_text()
    {
        var document = TestPipeline.Run("Pledge of unity to Labour MPs\n\nTony Blair has sought to reassure backbenchers.");
        Assert.Null(document.Mentions.Single(m => m.Text == "Tony Blair").Title);
        Assert.DoesNotContain(TestPipeline.Relations(document), r => r.StartsWith("person:tony-blair", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_reference_names_the_holder_the_article_gave_the_title_and_a_shadow_holds_no_office_of_the_country()
    {
        var document = TestPipeline.Run(
            "Tory shadow home secretary David Davis spoke. Home Secretary Charles Clarke replied. The home secretary said no. "
            + "Later the shadow home secretary said yes.");
        var ids = document.Mentions.Where(m => m.Kind == Graph.Core.Model.MentionKind.Nominal).Select(m => (m.Text, m.EntityId)).ToList();
        Assert.Equal([("The home secretary", "person:charles-clarke"), ("the shadow home secretary", "person:david-davis")], ids);
        var relations = TestPipeline.Relations(document);
        Assert.Contains("person:charles-clarke OFFICIAL_OF country:gbr", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("person:david-davis OFFICIAL_OF country", StringComparison.Ordinal));
        Assert.Contains("person:david-davis OFFICIAL_OF organization:uk-conservative-party", relations);
    }

    [Fact]
    public void A_shadow_office_without_a_party_belongs_to_the_party_just_named_when_the_holder_opens_the_sentence()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "The Conservatives want an equal split. Theresa May, shadow secretary for the family, said the plans were weak."));
        Assert.Contains("person:theresa-may OFFICIAL_OF organization:uk-conservative-party", relations);

        // The holder is only shown on a poster the party put up.
        relations = TestPipeline.Relations(TestPipeline.Run(
            "Labour took the image down. The party will test a poster showing Mr Howard and shadow chancellor Oliver Letwin."));
        Assert.DoesNotContain(relations, r => r.StartsWith("person:oliver-letwin", StringComparison.Ordinal));

        // A party named in a quotation is talked about, not in play; a quotation the paper reopens at each sentence is one.
        relations = TestPipeline.Relations(TestPipeline.Run(
            "Mr Boateng said: \"I am honoured. \"It is a safe Labour seat.\" Shadow foreign secretary Michael Ancram said no."));
        Assert.DoesNotContain(relations, r => r.StartsWith("person:michael-ancram", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_reference_is_left_unresolved_when_two_people_named_hold_the_listed_title()
    {
        var document = TestPipeline.Run("Mr Blair spoke of a rift with Gordon Brown. A book says the prime minister broke a pledge.");
        Assert.DoesNotContain(document.Mentions, m => m.Text == "the prime minister");
    }

    [Fact]
    public void A_partys_minister_is_its_member_and_an_officer_of_its_country_and_a_portfolio_may_follow_the_title()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "Labour's deputy minister for women Jacqui Smith spoke. Mr Kilroy-Silk, an MEP for the East Midlands, resigned."));
        Assert.Contains("person:jacqui-smith MEMBER_OF organization:uk-labour-party", relations);
        Assert.Contains("person:jacqui-smith OFFICIAL_OF country:gbr", relations);
        Assert.DoesNotContain(relations, r => r.Contains("east-midlands", StringComparison.Ordinal));
    }

    [Fact]
    public void A_portfolio_before_a_bare_minister_or_secretary_is_part_of_the_title_not_a_body()
    {
        var document = TestPipeline.Run(
            "Education and Skills Secretary Ruth Kelly spoke. Armed Forces Minister Adam Ingram agreed. "
            + "Labour minister Frank Field and German Labour Minister Wolfgang Clement disagreed. "
            + "Andrew Hogg, spokesman for the Medical Foundation for the Care of Victims of Torture, said ministers had failed. "
            + "The Tories and the Lib Dems fought in London.");
        var titles = document.Mentions.Where(m => m.Title is not null).ToDictionary(m => m.Text, m => m.Title);
        Assert.Equal("Education and Skills Secretary", titles["Ruth Kelly"]);
        Assert.Equal("Defence Minister", titles["Adam Ingram"]);
        Assert.Equal("Labour Minister", titles["Wolfgang Clement"]);
        Assert.DoesNotContain(document.Mentions, m => m.Text is "Skills" or "Education and Skills" or "Armed Forces");
        Assert.Contains(document.Mentions, m => m.Text.Contains("Victims of Torture", StringComparison.Ordinal));
        var relations = TestPipeline.Relations(document);
        Assert.Contains("person:ruth-kelly OFFICIAL_OF country:gbr", relations);
        Assert.Contains("person:frank-field MEMBER_OF organization:uk-labour-party", relations);
        Assert.Contains("person:frank-field OFFICIAL_OF country:gbr", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("person:wolfgang-clement", StringComparison.Ordinal) && r.Contains("labour", StringComparison.Ordinal));
    }

    [Fact]
    public void A_minister_listed_with_ministers_of_one_country_is_that_countrys()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "Vladimir Putin arrived from Russia. He was accompanied by top officials, including Defence Minister Andrei Belousov, "
            + "Foreign Minister Sergey Lavrov and Deputy Prime Minister Denis Mantrurov."));
        Assert.Contains("person:sergei-lavrov OFFICIAL_OF country:rus", relations);
        Assert.Contains("person:denis-mantrurov OFFICIAL_OF country:rus", relations);
    }

    [Fact]
    public void A_spokesman_with_no_party_in_the_phrase_speaks_for_the_one_party_just_named()
    {
        var document = TestPipeline.Run(
            "The Lib Dems say they would fund free care. Health spokesman Paul Burstow said so. "
            + "Labour and the Tories disagree. Education spokesman John Kemp said no. Everton spokesman Ian Ross agreed.");
        var relation = Assert.Single(document.Relations, r => r.Source == "person:paul-burstow");
        Assert.Equal(("OFFICIAL_OF", "organization:uk-liberal-democrats", "role:title-in-context", "Health Spokesman"),
            (relation.Type, relation.Target, relation.Rule, relation.Properties["title"]));
        var relations = TestPipeline.Relations(document);
        Assert.DoesNotContain(relations, r => r.StartsWith("person:john-kemp", StringComparison.Ordinal));
        Assert.Contains(relations, r => r.StartsWith("person:ian-ross OFFICIAL_OF organization:everton", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_that_begins_with_an_honorific_is_the_title_and_names_its_holder_later()
    {
        var document = TestPipeline.Run("Lord Chancellor Lord Falconer agreed. Later the Lord Chancellor defended the plans.");
        var holder = document.Mentions.Single(m => m.Text == "Lord Falconer");
        Assert.Equal("Lord Chancellor", holder.Title);
        Assert.Equal(holder.EntityId, document.Mentions.Single(m => m.Text == "the Lord Chancellor").EntityId);
        Assert.Contains($"{holder.EntityId} OFFICIAL_OF country:gbr", TestPipeline.Relations(document));
        Assert.DoesNotContain(document.Mentions, m => m.Type == "Organization");
    }

    [Theory]
    [InlineData("Mr Howard, the Tory leader, said no.", "person:howard LEADER_OF organization:uk-conservative-party")]
    [InlineData("Barbara Roche, Labour MP for Hornsey and Wood Green, believes it.", "person:barbara-roche MEMBER_OF organization:uk-labour-party")]
    [InlineData("Glenys Kinnock, now a Labour MEP, agreed.", "person:glenys-kinnock MEMBER_OF organization:uk-labour-party")]
    [InlineData("Mike Nattrass, UKIP's deputy leader, made the comments.", "person:mike-nattrass OFFICIAL_OF organization:ukip")]
    public void A_role_after_a_name_describes_it(string text, string expected)
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(text));
        Assert.Contains(expected, relations);
        Assert.DoesNotContain(relations, r => r.Contains(" LEADER_OF ", StringComparison.Ordinal) && !expected.Contains(" LEADER_OF ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deputy_holds_an_office_under_the_head_even_with_the_body_between()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run("Then deputy Conservative chairman Howard Flight resigned."));
        Assert.Contains("person:howard-flight OFFICIAL_OF organization:uk-conservative-party", relations);
        Assert.DoesNotContain("person:howard-flight LEADER_OF organization:uk-conservative-party", relations);
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
