namespace Graph.Extraction.Tests.References;

public class ResolutionTests
{
    [Fact]
    public void Full_name_surname_and_role_reference_are_one_person()
    {
        var document = TestPipeline.Run(
            "Russian President Vladimir Putin arrived on Tuesday. Putin was greeted warmly. " +
            "Later, the Russian leader laid a wreath.");
        var people = document.Mentions.Where(m => m.Type == "Person").Select(m => m.EntityId).Distinct().ToList();
        Assert.Equal(["person:vladimir-putin"], people);
        Assert.Equal(3, document.Mentions.Count(m => m.EntityId == "person:vladimir-putin"));
    }

    [Fact]
    public void A_treaty_described_alike_in_headline_and_story_is_one_treaty()
    {
        var document = TestPipeline.Run("Kenya, Uganda sign maritime boundary pact\n\nNAIROBI (Reuters) - Kenya and Uganda signed a maritime boundary agreement on Wednesday, and a border security pact.");
        var treaties = document.Mentions.Where(m => m.Type == "Treaty").Select(m => (m.Text, m.EntityId)).ToList();
        Assert.Contains(("maritime boundary pact", "treaty:maritime-boundary-pact"), treaties);
        Assert.Contains(("maritime boundary agreement", "treaty:maritime-boundary-pact"), treaties);
        Assert.Contains(("border security pact", "treaty:border-security-pact"), treaties);
    }

    [Fact]
    public void The_sultanate_is_the_state_in_play_its_official_name_calls_so()
    {
        var document = TestPipeline.Run("Oman hosted the talks. Japan and France sent envoys to the sultanate.");
        Assert.Equal("country:omn", document.Mentions.Single(m => m.Text == "the sultanate").EntityId);
    }

    [Fact]
    public void A_headlines_role_is_the_listed_holder_the_story_names_further_down()
    {
        var document = TestPipeline.Run("Russia's president begins Japan state visit\n\nTOKYO (Reuters) - On Monday, President Vladimir Putin arrived in Tokyo.");
        Assert.Equal("person:vladimir-putin", document.Mentions.Single(m => m.Text == "Russia's president").EntityId);
        document = TestPipeline.Run("France's president begins Japan state visit\n\nTOKYO (Reuters) - On Monday, President Vladimir Putin arrived in Tokyo.");
        Assert.DoesNotContain(document.Mentions, m => m.Text == "France's president" && m.EntityId is not null);
    }

    [Fact]
    public void A_partys_members_named_as_a_plural_are_the_party_named_before()
    {
        var document = TestPipeline.Run(
            "The Ruritanian Democratic Party left the coalition. The Ruritanian Democrats said they had no choice. The Ruritanian Greens stayed.");
        Assert.Equal("organization:ruritanian-democratic-party", document.Mentions.Single(m => m.Text == "Ruritanian Democrats").EntityId);
        Assert.NotEqual("organization:ruritanian-democratic-party", document.Mentions.Single(m => m.Text == "Ruritanian Greens").EntityId);
    }

    [Fact]
    public void A_bare_given_name_names_no_one()
    {
        var bare = TestPipeline.Mentions(TestPipeline.Run("Sarah and Alan said no at Christmas."));
        Assert.DoesNotContain(bare, m => m.StartsWith("Person:", StringComparison.Ordinal) || m.Contains("Christmas", StringComparison.Ordinal));
    }

    [Fact]
    public void A_family_name_resolves_to_the_person_the_article_introduces_first()
    {
        var document = TestPipeline.Run(
            "Kim Jong Un hosted the visit. Portraits of Kim Il Sung lined the square. Kim smiled.");
        var kim = document.Mentions.Last(m => m.Text == "Kim");
        Assert.Equal("person:kim-jong-un", kim.EntityId);
    }

    [Fact]
    public void An_honorific_and_a_listed_surname_name_the_listed_person()
    {
        var document = TestPipeline.Run("Mr Blair told MPs the plan was sound. Labour backed him.");
        Assert.Contains(document.Mentions, m => m.Text == "Blair" && m.EntityId == "person:tony-blair");
        // Not in an article that names nothing of his country: "Vieira" in a football report is not Brazil's minister.
        document = TestPipeline.Run("Arsenal won 2-0 at home. Vieira scored twice and Henry added a third.");
        Assert.DoesNotContain(document.Mentions, m => m.Text == "Vieira" && m.EntityId == "person:mauro-vieira");
    }

    [Fact]
    public void The_two_leaders_stands_for_the_last_two_people_named()
    {
        var document = TestPipeline.Run(
            "Kenyan President William Ruto welcomed Ethiopian Prime Minister Abiy Ahmed. The two leaders met for two hours.");
        var group = Assert.Single(document.Mentions, m => m.Group is not null);
        Assert.Equal(["person:abiy-ahmed", "person:william-ruto"], group.Group!.Order(StringComparer.Ordinal));
        Assert.Contains("person:abiy-ahmed MET person:william-ruto", TestPipeline.Relations(document)
            .Concat(TestPipeline.Relations(document).Select(r => string.Join(' ', r.Split(' ').Reverse()))));
    }

    [Fact]
    public void The_treaty_refers_to_the_treaty_in_play_even_before_it_is_named()
    {
        var document = TestPipeline.Run(
            "The new treaty was signed by Kenya. The border security pact covers patrols.");
        var reference = document.Mentions.First(m => m.Type == "Treaty");
        Assert.Equal("The new treaty", reference.Text);
        Assert.Equal("treaty:border-security-pact", reference.EntityId);
    }

    [Fact]
    public void The_country_is_the_country_in_play_but_not_the_subject_of_its_own_clause()
    {
        var document = TestPipeline.Run("Narendra Modi will reach Vietnam on Friday, despite Japan condemning the country.");
        Assert.Equal("country:vnm", document.Mentions.Single(m => m.Text == "the country").EntityId);
    }

    [Fact]
    public void His_country_is_the_country_of_the_person_speaking()
    {
        var document = TestPipeline.Run("Kim Jong Un said that his country fully supported Russia.");
        Assert.Equal("country:prk", document.Mentions.Single(m => m.Text == "his country").EntityId);
    }

    [Fact]
    public void A_bare_the_leader_is_the_first_leader_named_in_the_sentence()
    {
        var document = TestPipeline.Run(
            "Kim Jong Un welcomed Vladimir Putin and introduced Choe Son Hui and the leader's sister, Kim Yo Jong.");
        Assert.Equal("person:kim-jong-un", document.Mentions.Single(m => m.Text == "the leader").EntityId);
    }

    [Fact]
    public void A_bare_title_is_the_person_the_article_named_with_it()
    {
        var document = TestPipeline.Run(
            "Chancellor Gordon Brown spoke. Mr Letwin accused the chancellor of using statistics. Tony Blair agreed, and the prime minister smiled.");
        Assert.Equal("person:gordon-brown", document.Mentions.Single(m => m.Text == "the chancellor").EntityId);
        Assert.Equal("person:tony-blair", document.Mentions.Single(m => m.Text == "the prime minister").EntityId);
        Assert.Contains("person:letwin CRITICIZED person:gordon-brown", TestPipeline.Relations(document));

        // "his chancellor" too; "his leaders" are many and name no one.
        document = TestPipeline.Run("Chancellor Gordon Brown spoke. Tony Blair praised his chancellor and his leaders.");
        Assert.Equal("person:gordon-brown", document.Mentions.Single(m => m.Text == "his chancellor").EntityId);
        Assert.Contains("person:tony-blair SUPPORTS person:gordon-brown", TestPipeline.Relations(document));
        Assert.DoesNotContain(document.Mentions, m => m.Text == "his leaders");
    }

    [Fact]
    public void A_bare_title_is_the_person_named_whose_listed_office_it_is_now_or_was_before()
    {
        // Gordon Brown is listed as a prime minister who was formerly chancellor; once the chancellor, he is not "the
        // prime minister" beside Tony Blair.
        var document = TestPipeline.Run(
            "Gordon Brown backed the Labour plan for UK schools and Mr Blair agreed. The chancellor said it was affordable. Later the prime minister thanked Mr Brown.");
        Assert.Equal("person:gordon-brown", document.Mentions.Single(m => m.Text == "The chancellor").EntityId);
        Assert.Equal("person:tony-blair", document.Mentions.Single(m => m.Text == "the prime minister").EntityId);
        Assert.Contains("person:gordon-brown OFFICIAL_OF country:gbr", TestPipeline.Relations(document));
        Assert.Contains("person:tony-blair LEADER_OF country:gbr", TestPipeline.Relations(document));

        // "The UK leader" is any head's name, so it does not keep Tony Blair from being the prime minister.
        document = TestPipeline.Run("Mr Blair spoke on climate change. The UK leader wants action. The prime minister said so twice.");
        Assert.Equal("person:tony-blair", document.Mentions.Single(m => m.Text == "The prime minister").EntityId);
    }

    [Fact]
    public void A_sentence_opening_office_no_one_holds_is_the_untitled_person_just_named()
    {
        var document = TestPipeline.Run("Jack Straw has attacked the ruling.\n\nThe foreign secretary said the law lords were wrong.");
        Assert.Equal("person:jack-straw", document.Mentions.Single(m => m.Text == "The foreign secretary").EntityId);
        Assert.Contains("person:jack-straw OFFICIAL_OF country:gbr", TestPipeline.Relations(document));
    }

    [Theory]
    // The sentence names its own speaker after the title.
    [InlineData("Michael Howard will tour the country. The Tory leader wanted to meet voters, Mr Fox said.", "The Tory leader")]
    // The person was named beside the office before, so is someone else.
    [InlineData("Vince Cable said the chancellor had failed. The chancellor insisted his plans were affordable.", "The chancellor")]
    // The person has an office of their own.
    [InlineData("Health Secretary John Reid spoke. The home secretary said no.", "The home secretary")]
    // Two people were just named.
    [InlineData("Jack Straw and Ann Taylor spoke. The foreign secretary said no.", "The foreign secretary")]
    // Spokesmen are seldom named: a company's spokeswoman is not the businessman just quoted.
    [InlineData("Mr Xing said sales fell. The spokeswoman said there was nothing to add.", "The spokeswoman")]
    // Only a reference opening its sentence.
    [InlineData("Jack Straw spoke. MPs said the foreign secretary was wrong.", "the foreign secretary")]
    public void An_office_is_not_given_to_a_person_just_named_where_the_text_points_elsewhere(string text, string reference)
    {
        var document = TestPipeline.Run(text);
        Assert.DoesNotContain(document.Mentions, m => m.Text == reference);
    }

    [Fact]
    public void A_peer_is_named_with_the_title_and_seat_but_identified_by_the_name()
    {
        var graph = TestPipeline.Graph(
            "The appeal was heard by Lord Nicholls of Birkenhead, a law lord. Lord Nicholls said the ruling stood.",
            "Lord Nicholls retired. Lord Harris and Lord Conrad Black spoke. Robin Butler wrote a report. Lord Butler defended it.");
        var nicholls = graph.FindEntity("person:nicholls");
        Assert.Equal("Lord Nicholls of Birkenhead", nicholls?.Name);
        Assert.Equal(3, nicholls?.Mentions.Count);
        // A peer is not the listed person of the same surname; a full name after the title is the person's own name; a
        // peer the article named in full before is that person.
        Assert.Equal("Lord Harris", graph.FindEntity("person:harris")?.Name);
        Assert.Equal("Conrad Black", graph.FindEntity("person:conrad-black")?.Name);
        Assert.Equal(2, graph.FindEntity("person:robin-butler")?.Mentions.Count);
    }

    [Fact]
    public void A_given_name_alone_is_the_one_person_the_article_named_in_full_with_it()
    {
        var document = TestPipeline.Run("The agency's head, Doug Smith, is to leave. Later Mr Johnson said: \"Doug has exceeded the four years.\"");
        Assert.Equal("person:doug-smith", document.Mentions.Single(m => m.Text == "Doug").EntityId);
        // Whatever the name's origin, and for a knight by his style.
        document = TestPipeline.Run("The French academic Aurelien Vasseur, 41, was freed on Friday after two years in jail. \"After 300 days, Aurelien is free,\" his sister said.");
        Assert.Equal("person:aurelien-vasseur", document.Mentions.Single(m => m.Text == "Aurelien").EntityId);
        document = TestPipeline.Run("Sir Ambrose Tolley chairs the inquiry. Sir Ambrose said it would report in May.");
        Assert.Equal("person:ambrose-tolley", document.Mentions.Single(m => m.Text.EndsWith("Ambrose", StringComparison.Ordinal)).EntityId);
        // The name a person goes by inside the full one is theirs, whatever the model read in a headline listing two.
        document = TestPipeline.Run("Dutch king, Lula sign water deals\n\nKing Willem-Alexander and Brazilian President Luiz Inacio Lula da Silva signed deals on Tuesday.");
        Assert.Equal("person:luiz-inácio-lula-da-silva", document.Mentions.First(m => m.Text == "Lula").EntityId);
        Assert.DoesNotContain(document.Relations, r => r.Source == "person:luiz-inácio-lula-da-silva" && r.Target == "country:nld");
        // The end of a longer name the article gave before is that person: double surnames and particles.
        document = TestPipeline.Run("The film starred Robert De Niro and Tom Vale. The crew said De Niro was generous.");
        Assert.Equal("person:robert-de-niro", document.Mentions.Single(m => m.Text == "De Niro").EntityId);
        // A nickname inside the full name is one of its names.
        document = TestPipeline.Run("Lula arrived with First Lady Ana \"Nina\" da Costa. Later Nina toured a school.");
        Assert.Equal("person:ana-nina-da-costa", document.Mentions.Single(m => m.Text == "Nina").EntityId);
        // "Mr Howard" is a surname, whoever is named Howard in full.
        document = TestPipeline.Run("Howard Flight was sacked by the party. Mr Howard said the rules were clear.");
        Assert.NotEqual("person:howard-flight", document.Mentions.Single(m => m.Text.EndsWith("Howard", StringComparison.Ordinal)).EntityId);
        // Two people of that given name: "Doug" is neither.
        document = TestPipeline.Run("Doug Smith and Doug Jones are to leave. Mr Johnson said: \"Doug has exceeded the four years.\"");
        Assert.DoesNotContain(document.Mentions, m => m.Text == "Doug");
        // Another person's name holds it too.
        document = TestPipeline.Run("Charles Kennedy spoke of the wedding. Prince Charles will marry in April. Charles is said to be delighted.");
        Assert.DoesNotContain(document.Mentions, m => m.Text == "Charles" && m.EntityId == "person:charles-kennedy");
    }

    [Fact]
    public void The_government_is_the_country_whose_politics_the_article_reports()
    {
        const string British = " Labour and the Tories clashed in the Commons, and UK ministers and the Home Office disagreed.";
        var document = TestPipeline.Run("Jane Pryce criticised the government over its plans." + British);
        Assert.Equal("country:gbr", document.Mentions.Single(m => m.Text == "the government").EntityId);
        Assert.Contains("person:jane-pryce CRITICIZED country:gbr", TestPipeline.Relations(document));
        // Its possessive too: "the government's plans" are the country's.
        document = TestPipeline.Run("Jane Pryce said the government's plans were \"inadequate\"." + British);
        Assert.Contains("person:jane-pryce CRITICIZED country:gbr", TestPipeline.Relations(document));

        // "this government" and "our government" are the same one.
        document = TestPipeline.Run("Jane Pryce criticises this government, and our government says it is right." + British);
        Assert.Equal(["country:gbr", "country:gbr"], document.Mentions.Where(m => m.Text is "this government" or "our government").Select(m => m.EntityId));

        // Another country's government is named as such; without a country the article reports, no one.
        document = TestPipeline.Run("Jane Pryce criticised the government of Iraq." + British);
        Assert.DoesNotContain(document.Mentions, m => m.Text.StartsWith("the government", StringComparison.Ordinal));
        document = TestPipeline.Run("Jane Pryce criticised the government over its plans.");
        Assert.DoesNotContain(document.Mentions, m => m.Text == "the government");
    }

    [Fact]
    public void A_wire_story_reports_the_country_its_headline_names_and_it_names_most()
    {
        const string Body = "ABUJA (AFP) - West African leaders suspended Guinea-Bissau on Thursday after soldiers seized power in Guinea-Bissau. "
            + "The junta installed General Tom Vale as transitional president. Nigeria and Senegal called for calm in Guinea-Bissau, "
            + "and Foreign Minister Ann Hale said the government would talk to Guinea-Bissau's neighbours.";
        var relations = TestPipeline.Relations(TestPipeline.RunHeadlined("Bloc suspends Guinea-Bissau after coup", Body));
        Assert.Contains("person:tom-vale LEADER_OF country:gnb", relations);
        Assert.Contains("person:ann-hale OFFICIAL_OF country:gnb", relations);
        // A headline that names no country leaves the story without one: the office and the president stay unplaced.
        relations = TestPipeline.Relations(TestPipeline.RunHeadlined("Bloc acts after coup", Body));
        Assert.DoesNotContain(relations, r => r.StartsWith("person:tom-vale LEADER_OF", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r.StartsWith("person:ann-hale OFFICIAL_OF", StringComparison.Ordinal));
    }

    [Fact]
    public void The_country_is_not_the_last_of_a_list_of_countries()
    {
        const string Body = "Soldiers seized power in Guinea-Bissau on Wednesday, and West African leaders suspended Guinea-Bissau. "
            + "A mission led by the heads of state of Senegal, Togo and Cape Verde will travel to Bissau. "
            + "The African Union also suspended the country.";
        var document = TestPipeline.RunHeadlined("Bloc suspends Guinea-Bissau after coup", Body);
        Assert.Equal("country:gnb", document.Mentions.Single(m => m.Text == "the country").EntityId);
        // With no country the story reports, no one.
        document = TestPipeline.RunHeadlined("Bloc acts after coup", Body.Replace("Guinea-Bissau", "the capital", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Mentions, m => m.Text == "the country" && m.EntityId is not null);
    }

    [Fact]
    public void The_committee_is_the_one_committee_the_passage_names()
    {
        var document = TestPipeline.Run(
            "The Commons Health Committee met the World Bank. Later the committee said Tom Vale, chairman of the bank, was wrong.");
        Assert.Equal("organization:commons-health-committee", document.Mentions.Single(m => m.Text == "the committee").EntityId);
        Assert.Equal("organization:world-bank", document.Mentions.Single(m => m.Text == "the bank").EntityId);
        Assert.Contains("person:tom-vale LEADER_OF organization:world-bank", TestPipeline.Relations(document));

        // Two committees in play, or none: no one.
        document = TestPipeline.Run("The Commons Health Committee and the Lords Science Committee met. Later the committee said no.");
        Assert.DoesNotContain(document.Mentions, m => m.Text == "the committee");
        document = TestPipeline.Run("Tom Vale spoke. Later the committee said no.");
        Assert.DoesNotContain(document.Mentions, m => m.Text == "the committee");
    }

    [Fact]
    public void A_pronoun_opening_a_sentence_is_the_subject_after_the_fronted_phrase_before_it()
    {
        var document = TestPipeline.Run(
            "Before working for Mr Vale, Joe Dunn spent time at a think tank. He then became secretary of the Commission on Social Justice.");
        Assert.Equal("person:joe-dunn", document.Mentions.Single(m => m.Text == "He").EntityId);
    }

    [Fact]
    public void A_council_the_passage_does_not_name_is_the_one_the_story_named_before()
    {
        var document = TestPipeline.Run(
            "The Supreme Military Council took power. Mali protested. Ghana protested. Togo protested. The council, led by General Tom Vale, said so.");
        Assert.Equal("organization:supreme-military-council", document.Mentions.Single(m => m.Text == "The council").EntityId);
        Assert.Contains("person:tom-vale LEADER_OF organization:supreme-military-council", TestPipeline.Relations(document));

        // Two named before, and the passage names neither: no one. The bank is no council, however far back.
        document = TestPipeline.Run(
            "The Supreme Military Council met the Lords Science Council. Mali protested. Ghana protested. Togo protested. The council said so.");
        Assert.DoesNotContain(document.Mentions, m => m.Text == "The council");
        document = TestPipeline.Run("The World Bank met. Mali protested. Ghana protested. Togo protested. The bank said so.");
        Assert.DoesNotContain(document.Mentions, m => m.Text == "The bank");
    }

    [Fact]
    public void A_royal_goes_by_title_and_given_name()
    {
        var document = TestPipeline.Run("Prince Harry apologised. The prince, 20, was criticised. Crown Princess Mary smiled.");
        Assert.Equal(["person:prince-harry", "person:prince-harry"], document.Mentions.Where(m => m.Type == "Person" && m.Text != "Mary").Select(m => m.EntityId));
        Assert.Equal("person:crown-princess-mary", document.Mentions.Single(m => m.Text == "Mary").EntityId);
    }

    [Fact]
    public void Unresolvable_references_are_dropped_not_guessed()
    {
        var document = TestPipeline.Run("The treaty was discussed. The two leaders disagreed. The country and the leader waited.");
        Assert.Empty(document.Mentions);
    }

    [Fact]
    public void A_female_honorific_does_not_name_a_listed_man_by_surname()
    {
        var document = TestPipeline.Run("Mrs Blair told reporters the plan was sound.");
        Assert.DoesNotContain(document.Mentions, m => m.EntityId == "person:tony-blair");
    }

    [Fact]
    public void A_short_part_of_a_name_does_not_claim_common_words()
    {
        var document = TestPipeline.Run("Moon Jae In met reporters. In Seoul, officials waited.");
        Assert.DoesNotContain(document.Mentions, m => m.Text == "In");
    }

    [Theory]
    [InlineData("Antony Blinken spoke to Sergei Lavrov by phone. He later visited Kyiv.")]
    // Past a sentence that names no one but goes on about the same person.
    [InlineData("Antony Blinken has spoken. Opening the talks, he said rain fell. He later visited Kyiv.")]
    // Past a sentence of the person's quotation.
    [InlineData("Antony Blinken said: \"We are ready. \"There was a time when rain fell. \" He later visited Kyiv.")]
    // Past a sentence whose speaker is named after their words, and inside it.
    [InlineData("Antony Blinken arrived. Those arrested had conspired with others, he said. \"They will be tried.\" He later visited Kyiv.")]
    // Inside a sentence, after a fronted phrase.
    [InlineData("Antony Blinken arrived on Monday. Later that day he visited Kyiv.")]
    public void A_sentence_opening_pronoun_is_the_first_person_of_the_sentence_before(string text)
    {
        var document = TestPipeline.Run(text);
        var pronouns = document.Mentions.Where(m => m.Kind == Core.Model.MentionKind.Pronoun).ToList();
        Assert.NotEmpty(pronouns);
        Assert.All(pronouns, p => Assert.Equal("person:antony-blinken", p.EntityId));
        Assert.Contains("person:antony-blinken VISITED location:kyiv", TestPipeline.Relations(document));
    }

    [Fact]
    public void A_party_named_only_by_an_alias_in_an_article_about_another_country_is_not_the_listed_party()
    {
        var document = TestPipeline.Run("Germany's SPD met in Berlin. Germany will vote in March. Conservatives rallied behind Olaf Scholz in Germany.");
        Assert.DoesNotContain(document.Mentions, m => m.EntityId == "organization:uk-conservative-party");
        // At home, or where the article names the party's country, the alias is the party.
        document = TestPipeline.Run("Germany's SPD met in Berlin. Germany will vote in March. Conservatives in Britain rallied behind Olaf Scholz.");
        Assert.Contains(document.Mentions, m => m.EntityId == "organization:uk-conservative-party");
        document = TestPipeline.Run("Conservatives attacked the plan.");
        Assert.Contains(document.Mentions, m => m.EntityId == "organization:uk-conservative-party");
    }

    [Fact]
    public void A_pronoun_after_a_subject_the_sentence_describes_is_not_the_person_before()
    {
        var document = TestPipeline.Run("Antony Blinken arrived. The woman waited two years because she was afraid.");
        Assert.DoesNotContain(document.Mentions, m => m.Kind == Core.Model.MentionKind.Pronoun);
    }

    [Fact]
    public void A_pronoun_after_a_sentence_without_people_is_dropped()
    {
        var document = TestPipeline.Run("Antony Blinken arrived. Rain fell all day. He left.");
        Assert.DoesNotContain(document.Mentions, m => m.Kind == Core.Model.MentionKind.Pronoun);
        // Nor does a sentence that goes on about someone of the other sex carry the pronoun further back.
        document = TestPipeline.Run("Mr Blinken arrived. Opening the talks, she said rain fell. He left.");
        Assert.DoesNotContain(document.Mentions, m => m.Kind == Core.Model.MentionKind.Pronoun);
    }

    [Fact]
    public void A_sentence_opening_pronoun_skips_a_person_of_the_other_sex()
    {
        var document = TestPipeline.Run("Mr Howard met Ruth Kane on Monday. She said the talks went well.");
        var she = document.Mentions.Single(m => m.Text == "She");
        Assert.Equal("person:ruth-kane", she.EntityId);
    }

    [Fact]
    public void Mr_and_a_surname_is_not_the_knight_of_that_surname()
    {
        var document = TestPipeline.Run("Police chief Sir Ian Blair backed the plan. Critics said Mr Blair had misled them.");
        var blair = document.Mentions.Last(m => m.Text.EndsWith("Blair", StringComparison.Ordinal));
        Assert.NotEqual("person:ian-blair", blair.EntityId);
        Assert.Contains(document.Mentions, m => m.EntityId == "person:ian-blair");
    }
}
