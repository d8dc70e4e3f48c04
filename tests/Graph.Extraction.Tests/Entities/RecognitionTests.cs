namespace Graph.Extraction.Tests.Entities;

public class RecognitionTests
{
    [Fact]
    public void The_services_of_a_listed_broadcaster_are_the_broadcaster()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("BBC News Online and BBC Radio 1 reported it, as did the BBC News website."));
        Assert.Equal(3, mentions.Count(m => m.StartsWith("Organization:BBC", StringComparison.Ordinal) && m.EndsWith("=organization:bbc", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_place_of_a_dateline_is_a_place_in_whatever_case_the_tagger_read_it()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "Swedes welcome guests\n\nSTOCKHOLM (AFP) - The king welcomed guests to Stockholm on Tuesday."));
        Assert.Equal(2, mentions.Count(m => m.EndsWith("=location:stockholm", StringComparison.Ordinal) && m.StartsWith("Location:", StringComparison.Ordinal)));
        Assert.DoesNotContain(mentions, m => m.StartsWith("Organization:STOCKHOLM", StringComparison.Ordinal));
    }

    [Fact]
    public void A_regnal_number_and_the_name_after_it_belong_to_the_monarch()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Sweden's King Carl XVI Gustaf welcomed the guests, and Pope Leo XIV sent greetings."));
        Assert.Contains(mentions, m => m.StartsWith("Person:Carl XVI Gustaf=", StringComparison.Ordinal));
        Assert.DoesNotContain(mentions, m => m.StartsWith("Organization:", StringComparison.Ordinal));
        Assert.Contains("person:carl-xvi-gustaf LEADER_OF country:swe",
            TestPipeline.Relations(TestPipeline.Run("Sweden's King Carl XVI Gustaf welcomed the guests.")));
    }

    [Fact]
    public void A_language_is_no_name_of_its_own()
    {
        var document = TestPipeline.Run("Mr Vale said his new party, Veritas - Latin for \"truth\" - would avoid spin. The motto means \"Work of God\" in Latin.");
        Assert.DoesNotContain(TestPipeline.Mentions(document), m => m.Contains(":Latin=", StringComparison.Ordinal));
        Assert.DoesNotContain(TestPipeline.Relations(document), r => r.Contains("LOCATED_IN", StringComparison.Ordinal));
    }

    [Fact]
    public void The_name_a_person_goes_by_from_inside_their_full_name_is_theirs()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "Brazilian President Luiz Inacio Lula da Silva arrived on Monday. Lula held talks with the king."));
        Assert.Contains("Person:Lula=person:luiz-inácio-lula-da-silva", mentions);
    }

    [Fact]
    public void A_surname_with_an_apostrophe_is_a_name()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Tom Vale said no. Sinead O'Connor sang, Mr O'Brien left and Cardinal Cormac Murphy O'Connor prayed."));
        Assert.Contains(mentions, m => m.StartsWith("Person:Sinead O'Connor=", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.StartsWith("Person:O'Brien=", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.StartsWith("Person:Cormac Murphy O'Connor=", StringComparison.Ordinal));
        mentions = TestPipeline.Mentions(TestPipeline.Run(
            "\"I thank the Sultanate of Oman and His Majesty Sultan Haitham bin Tarik for their tireless efforts,\" Tom Vale wrote."));
        Assert.Contains(mentions, m => m.StartsWith("Person:Haitham bin Tarik=", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clergymans_style_is_an_honorific_and_a_lone_title_no_body()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "Tom Vale said so. The Archbishop of Cardiff, the Most Reverend Ann Hale, agreed, and the Cardinal said so too."));
        Assert.Contains(mentions, m => m.StartsWith("Person:Ann Hale=", StringComparison.Ordinal));
        Assert.DoesNotContain(mentions, m => m.StartsWith("Organization:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_force_is_a_body()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Tom Vale said so. The Rwanda Defence Force denied it."));
        Assert.Contains(mentions, m => m.StartsWith("Organization:Rwanda Defence Force=", StringComparison.Ordinal));
    }

    [Fact]
    public void A_regional_adjective_before_a_common_noun_is_no_organization()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Tom Vale said so. Southeast Asian nations and Central Asian states met North American investors."));
        Assert.DoesNotContain(mentions, m => m.StartsWith("Organization:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_office_of_a_place_or_body_is_no_organization()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "Tom Vale said so. Cardinal Ann Hale, the Archbishop of Westminster, backed him, as did the Director of Public Prosecutions."));
        Assert.DoesNotContain(mentions, m => m.StartsWith("Organization:Archbishop", StringComparison.Ordinal) || m.StartsWith("Organization:Director", StringComparison.Ordinal));
    }

    [Fact]
    public void A_listed_places_name_alone_after_a_title_is_a_person()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Crown Princess Victoria joined the guests in Victoria."));
        Assert.Contains(mentions, m => m.StartsWith("Person:Victoria=", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.StartsWith("Location:Victoria=", StringComparison.Ordinal));
    }

    [Fact]
    public void A_listed_place_after_a_locative_word_is_the_place_whatever_the_tagger_guessed()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("From Astana, Tom Vale will fly to Tashkent."));
        Assert.Contains("Location:Astana=location:astana", mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("Person:Astana", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capital_after_a_locative_word_is_the_city()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Vladimir Putin landed in Pyongyang before dawn."));
        Assert.Contains("Location:Pyongyang=location:pyongyang", mentions);
    }

    [Theory]
    [InlineData("At the Department of Work and Pensions, 3,000 jobs are to go.", "Organization:Department of Work and Pensions=organization:dwp")]
    [InlineData("Jobs will move from the Department for Media, Culture and Sport.", "Organization:Department for Media, Culture and Sport=organization:dcms")]
    [InlineData("Staff at the Office for the Deputy Prime Minister objected.", "Organization:Office for the Deputy Prime Minister=organization:odpm")]
    public void A_ministry_is_one_listed_body_under_each_of_the_names_papers_use(string text, string expected)
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(text));
        Assert.Equal([expected], mentions);
    }

    [Theory]
    [InlineData("The African Union's Peace and Security Council suspended Mali.", "Organization:Peace and Security Council=organization:peace-and-security-council")]
    [InlineData("The Food and Drug Administration approved the drug.", "Organization:Food and Drug Administration=organization:food-and-drug-administration")]
    public void A_name_joined_by_and_before_a_head_word_is_one_body(string text, string expected) =>
        Assert.Contains(expected, TestPipeline.Mentions(TestPipeline.Run(text)));

    [Fact]
    public void A_faith_alone_is_no_name()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("The court awarded the Hindu temple to Cambodia. Sikhs and Hindus marched in Delhi."));
        Assert.DoesNotContain(mentions, m => m.Contains("Hindu", StringComparison.Ordinal) || m.Contains("Sikh", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_before_a_regions_noun_are_places()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Drones flew over Oddar Meanchey and Preah Vihear provinces on Sunday."));
        Assert.Contains("Location:Oddar Meanchey=location:oddar-meanchey", mentions);
        Assert.Contains("Location:Preah Vihear=location:preah-vihear", mentions);
    }

    [Fact]
    public void Two_named_bodies_joined_by_and_stay_two()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("The story ran in the Sunday Times and Sunday Telegraph on the same day."));
        Assert.DoesNotContain(mentions, m => m.Contains("Times and Sunday", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parliaments_committee_in_lower_case_is_the_same_body_as_in_capitals()
    {
        var document = TestPipeline.Run(
            "Ann Pryce, who chairs the Commons work and pensions committee, spoke. The Commons Work and Pensions Committee agreed. "
            + "MPs asked the House of Lords to set up a special committee.");
        var mentions = TestPipeline.Mentions(document);
        Assert.Equal(2, mentions.Count(m => m.EndsWith("=organization:commons-work-and-pensions-committee", StringComparison.Ordinal)));
        Assert.Contains("Organization:House of Lords=organization:house-of-lords", mentions);
        Assert.Contains("person:ann-pryce LEADER_OF organization:commons-work-and-pensions-committee", TestPipeline.Relations(document));
    }

    [Fact]
    public void Parliament_the_Treasury_and_the_Cabinet_are_Britains_only_in_an_article_about_Britain()
    {
        const string British = " Labour and the Tories clashed in the Commons, and UK ministers and the Home Office disagreed.";
        var document = TestPipeline.Run("The Treasury said MPs in Parliament would vote. Keir Starmer entered the Cabinet in May." + British);
        var mentions = TestPipeline.Mentions(document);
        Assert.Contains("Organization:Parliament=organization:uk-parliament", mentions);
        Assert.Contains("Organization:Treasury=organization:hm-treasury", mentions);
        Assert.Contains("Organization:Cabinet=organization:uk-cabinet", mentions);
        Assert.Contains("person:keir-starmer MEMBER_OF organization:uk-cabinet", TestPipeline.Relations(document));

        const string Indian = " India's Congress party and the BJP clashed in Delhi, and Indian ministers disagreed with India's courts.";
        mentions = TestPipeline.Mentions(TestPipeline.Run("MPs in Parliament would vote. The Cabinet met." + Indian));
        Assert.DoesNotContain(mentions, m => m.Contains("Parliament", StringComparison.Ordinal) || m.Contains("Cabinet", StringComparison.Ordinal));

        // Only standing alone: a country before the word says whose body it is, and a longer name is another one.
        mentions = TestPipeline.Mentions(TestPipeline.Run("He urged the Georgian Parliament to approve the amnesty." + British));
        Assert.Contains("Organization:Georgian Parliament=organization:georgian-parliament", mentions);
        mentions = TestPipeline.Mentions(TestPipeline.Run("She wrote in the Times, then walked through Times Square." + British));
        Assert.Single(mentions, m => m.EndsWith("=organization:the-times", StringComparison.Ordinal));
    }

    [Fact]
    public void A_possessive_is_no_part_of_a_name_but_a_company_named_so_is_listed()
    {
        var document = TestPipeline.Run("Alberto Flores, president of the Spanish FA's disciplinary committee, said no. McDonald's boss Charlie Bell died.");
        var mentions = TestPipeline.Mentions(document);
        Assert.Contains("Organization:Spanish FA=organization:spanish-fa", mentions);
        Assert.Contains("Organization:McDonald's=organization:mcdonalds", mentions);
        // He leads the committee, not the FA.
        Assert.DoesNotContain(TestPipeline.Relations(document), r => r.StartsWith("person:alberto-flores LEADER_OF", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_after_the_prefix_ex_is_found_without_it()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Ex-Labour MP George Galloway appealed for her release."));
        Assert.Contains("Organization:Labour=organization:uk-labour-party", mentions);
        Assert.DoesNotContain(mentions, m => m.Contains("Ex-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_followed_by_a_compass_part_of_another_lies_in_it_but_a_list_of_places_does_not()
    {
        var relations = TestPipeline.Relations(TestPipeline.Run(
            "Mr Abbasi, 23, from Croydon, south London, was freed. He toured Manchester, Liverpool and Leeds. "
            + "The firm intends moving them to Asia, eastern Europe and Mexico."));
        Assert.Contains("location:croydon LOCATED_IN location:london", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("location:asia", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r.StartsWith("location:manchester LOCATED_IN", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_the_tagger_split_at_and_is_one_body_after_the()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "Mark Serwotka, the leader of the Public and Commercial Workers Union said no. Trade between Britain and the European Union grew. "
            + "Sir Archy Kirkwood, who chairs the Commons Work and Pensions Committee, said no on Tuesday. "
            + "Rhian Beynon of the Joint Council for the Welfare of Immigrants (JCWI) said no."));
        Assert.Contains("Organization:Commons Work and Pensions Committee=organization:commons-work-and-pensions-committee", mentions);
        Assert.Contains("Organization:Joint Council for the Welfare of Immigrants=organization:joint-council-for-the-welfare-of-immigrants", mentions);
        Assert.Contains("Organization:JCWI=organization:joint-council-for-the-welfare-of-immigrants", mentions);
        Assert.DoesNotContain(mentions, m => m.Contains("Tuesday", StringComparison.Ordinal));
        Assert.Contains("Organization:Public and Commercial Workers Union=organization:public-and-commercial-workers-union", mentions);
        Assert.Contains("Organization:European Union=organization:eu", mentions);
        Assert.DoesNotContain(mentions, m => m.Contains(":Public=", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_ending_in_a_body_head_is_no_person_unless_a_given_name_or_surname_says_so()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "To a packed audience at Gateshead's Sage Centre, Mr Brown spoke. Sprinter Dwain Chambers and Guy Chambers won."));
        Assert.Contains("Organization:Sage Centre=organization:sage-centre", mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("Organization:", StringComparison.Ordinal) && m.Contains("Chambers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_university_or_college_is_a_body_whatever_the_tagger_thought()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "Mr Howard eventually left Llanelli Grammar School to go to Cambridge University. She studied at Oriel College."));
        Assert.Contains("Organization:Cambridge University=organization:cambridge-university", mentions);
        Assert.Contains("Organization:Oriel College=organization:oriel-college", mentions);
    }

    [Fact]
    public void A_name_never_ends_in_a_joining_word()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "The Church of England and the Bank of America and Arsenal and Chelsea agreed. He was made Companion of the Order of the Bath."));
        Assert.DoesNotContain(mentions, m => m.Split('=')[0].EndsWith(" and", StringComparison.Ordinal) || m.Split('=')[0].EndsWith(" of", StringComparison.Ordinal));
    }

    [Fact]
    public void A_given_name_the_tagger_left_out_belongs_to_the_name_after_it()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Mary Kayitesi Blewitt, founder of the Survivors Fund, spoke."));
        Assert.Contains("Person:Mary Kayitesi Blewitt=person:mary-kayitesi-blewitt", mentions);
    }

    [Fact]
    public void A_peers_seat_is_part_of_the_title_not_a_place()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "But Lord Nicholls of Birkenhead, in his ruling, said so. Lord Faulkner of Worcester, who chaired the inquiry, agreed."));
        Assert.DoesNotContain(mentions, m => m.Contains("Birkenhead", StringComparison.Ordinal) || m.Contains("Worcester", StringComparison.Ordinal));
        Assert.Equal(2, mentions.Count(m => m.StartsWith("Person:", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_constituent_countrys_demonym_names_the_country_and_its_body_stays_a_body()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "The rule covers parties in the Scottish Parliament, Welsh Assembly or Northern Ireland Assembly. Welsh First Minister Rhodri Morgan agreed."));
        Assert.Contains("Country:Welsh=country:gb-wls", mentions);
        Assert.Contains("Organization:Scottish Parliament=organization:scottish-parliament", mentions);
        Assert.Contains("Organization:Welsh Assembly=organization:senedd", mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("Person:", StringComparison.Ordinal) && !m.Contains("Rhodri Morgan", StringComparison.Ordinal));
        Assert.DoesNotContain(mentions, m => m.StartsWith("Organization:Welsh=", StringComparison.Ordinal));
        var bodies = TestPipeline.Mentions(TestPipeline.Run("The first minister also praised Scottish Water for flying bottled water to the zone."));
        Assert.Contains("Organization:Scottish Water=organization:scottish-water", bodies);
    }

    [Fact]
    public void Nothing_inside_the_name_of_a_law_is_an_entity_but_a_person_named_Bill_is()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "The plan is part of the Health Service (Miscellaneous Provisions) Bill. The Bill was welcomed by Bill Clinton. "
            + "Critics of the Freedom of Information Act, the draft Bill and the Terrorism Act 2000 met in Leeds."));
        Assert.Equal(["Person:Bill Clinton=person:bill-clinton", "Location:Leeds=location:leeds"], mentions);
    }

    [Fact]
    public void A_capital_acting_as_a_subject_is_its_government()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Officials said Pyongyang is providing Russia with weapons."));
        Assert.Contains("Country:Pyongyang=country:prk", mentions);
    }

    [Fact]
    public void A_capital_another_government_supports_or_deals_with_is_its_government_and_a_flight_for_it_a_city()
    {
        var document = TestPipeline.Run("Kremlin officials praised Moscow's support for Pyongyang. "
            + "Tokyo is seeking talks with Beijing. The plane left for Seoul.");
        var mentions = TestPipeline.Mentions(document);
        Assert.Contains("Country:Pyongyang=country:prk", mentions);
        Assert.Contains("Country:Beijing=country:chn", mentions);
        Assert.Contains("Location:Seoul=location:seoul", mentions);
        Assert.Contains("country:rus SUPPORTS country:prk", TestPipeline.Relations(document));
    }

    [Fact]
    public void A_capital_a_government_accuses_and_one_joined_to_it_are_governments()
    {
        var document = TestPipeline.Run("Tom Vale accused Washington and Brussels of meddling. He flew to Brussels and then to Washington.");
        var mentions = TestPipeline.Mentions(document);
        Assert.Contains("Country:Washington=country:usa", mentions);
        Assert.Contains("Organization:Brussels=organization:eu", mentions);
        Assert.Contains("Location:Brussels=location:brussels", mentions);
        var relations = TestPipeline.Relations(document);
        Assert.Contains("person:tom-vale CRITICIZED country:usa", relations);
        Assert.Contains("person:tom-vale CRITICIZED organization:eu", relations);
        // A quotation between the noun and the preposition changes nothing.
        Assert.Contains("Country:Bamako=country:mli", TestPipeline.Mentions(TestPipeline.Run("Niger expressed \"total solidarity\" with Bamako.")));
    }

    [Fact]
    public void Two_bodies_joined_by_and_stay_two_and_a_body_named_of_a_place_is_no_place()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "The University of the Lakes and Islands and Harbour Marine Centre agreed. The prisoner in Eastmoor Prison spoke."));
        Assert.Contains("Organization:University of the Lakes and Islands=organization:university-of-the-lakes-and-islands", mentions);
        Assert.Contains("Organization:Harbour Marine Centre=organization:harbour-marine-centre", mentions);
        Assert.Contains("Location:Eastmoor Prison=location:eastmoor-prison", mentions);
    }

    [Fact]
    public void Two_listed_names_joined_by_and_or_in_stay_two_entities()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("The Home Office and Labour unveiled the plans in London."));
        Assert.Contains("Organization:Home Office=organization:uk-home-office", mentions);
        Assert.Contains("Organization:Labour=organization:uk-labour-party", mentions);
        Assert.DoesNotContain(mentions, m => m.Contains("Home Office and", StringComparison.Ordinal));
    }

    [Fact]
    public void The_capital_of_a_named_country_is_its_listed_capital_unless_a_name_follows()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "Protests spread to the Russian capital on Monday. The Spanish capital, Madrid, was quiet. The Atlantis capital fell."));
        Assert.Contains("Location:the Russian capital=location:moscow", mentions);
        Assert.Contains("Location:Madrid=location:madrid", mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("Location:the Spanish capital", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_before_an_unlisted_name_makes_a_person_with_that_title()
    {
        var document = TestPipeline.Run("North Korean Foreign Minister Choe Son Hui attended the talks.");
        var person = Assert.Single(document.Mentions, m => m.Type == "Person");
        Assert.Equal("Choe Son Hui", person.Text);
        Assert.Equal("Foreign Minister", person.Title);
        Assert.Equal("country:prk", person.Affiliation?.EntityId);
    }

    [Fact]
    public void An_organization_is_found_by_its_head_word_with_its_of_tail()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "Lena Duarte of the Geneva-based Lakeshore Institute for Maritime Studies said the talks failed."));
        Assert.Contains(mentions, m => m.StartsWith("Organization:Lakeshore Institute for Maritime Studies=", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.StartsWith("Person:Lena Duarte=", StringComparison.Ordinal));

        // The tagger stopped at the head: the tail, nested tails included, is still the name's; a place alone is not.
        mentions = TestPipeline.Mentions(TestPipeline.Run(
            "The Parliamentary Group on Betting and Gaming held an inquiry, and the Medical Foundation for the Care of Victims of Torture agreed."));
        Assert.Contains(mentions, m => m.StartsWith("Organization:Parliamentary Group on Betting and Gaming=", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.StartsWith("Organization:Medical Foundation for the Care of Victims of Torture=", StringComparison.Ordinal));
        mentions = TestPipeline.Mentions(TestPipeline.Run("Sales at General Motors of the US fell sharply last year."));
        Assert.Contains("Country:US=country:usa", mentions);
    }

    [Fact]
    public void A_treaty_is_found_by_its_head_word_and_telling_modifiers_but_a_pay_agreement_is_not()
    {
        var treaty = TestPipeline.Mentions(TestPipeline.Run("A 2018 military agreement between the two countries fell apart."));
        Assert.Contains("Treaty:2018 military agreement=treaty:2018-military-agreement", treaty);

        var pay = TestPipeline.Mentions(TestPipeline.Run("Nurses accepted a pay agreement on Monday."));
        Assert.DoesNotContain(pay, m => m.StartsWith("Treaty:", StringComparison.Ordinal));

        // A compound modifier tells by one of its parts; a firm's technology-sharing deal is business.
        var shared = TestPipeline.Mentions(TestPipeline.Run("The five states signed a water-sharing treaty, and two firms signed a technology-sharing agreement."));
        Assert.Contains("Treaty:water-sharing treaty=treaty:water-sharing-treaty", shared);
        Assert.DoesNotContain(shared, m => m.StartsWith("Treaty:technology-sharing", StringComparison.Ordinal));
    }

    [Fact]
    public void Capitals_listed_before_one_that_acts_are_governments_and_after_a_place_preposition_cities()
    {
        var acting = TestPipeline.Mentions(TestPipeline.Run("Moscow and Beijing condemned the move."));
        Assert.Contains("Country:Moscow=country:rus", acting);
        Assert.Contains("Country:Beijing=country:chn", acting);

        var valuing = TestPipeline.Mentions(TestPipeline.Run("He said Tokyo valued the talks, and Washington argues otherwise."));
        Assert.Contains("Country:Tokyo=country:jpn", valuing);
        Assert.Contains("Country:Washington=country:usa", valuing);

        var places = TestPipeline.Mentions(TestPipeline.Run("Officials from Paris and Berlin said so."));
        Assert.Contains("Location:Paris=location:paris", places);
        Assert.Contains("Location:Berlin=location:berlin", places);
    }

    [Fact]
    public void A_rank_between_an_office_and_a_name_is_no_person_of_its_own()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("\"This is a deliberate act,\" army spokesman Colonel Pongsak Rattanawong told reporters."));
        Assert.Contains("Person:Pongsak Rattanawong=person:pongsak-rattanawong", mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("Person:Colonel", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shared_demonym_means_the_one_country_the_article_names_and_none_where_it_names_both()
    {
        var one = TestPipeline.Mentions(TestPipeline.Run("Kinshasa welcomed the report. The Congolese army denied it."));
        Assert.Contains("Country:Congolese=country:cod", one);

        var both = TestPipeline.Mentions(TestPipeline.Run("North Korea and South Korea held talks. Korean officials met, and the Korean War was recalled."));
        Assert.DoesNotContain(both, m => m.StartsWith("Country:Korean", StringComparison.Ordinal));

        var neither = TestPipeline.Mentions(TestPipeline.Run("Congolese music is popular in Paris."));
        Assert.DoesNotContain(neither, m => m.StartsWith("Country:Congolese", StringComparison.Ordinal));
    }

    [Fact]
    public void An_arabic_name_begins_at_the_given_name_before_bin_or_a_joined_article()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Hilal bin Saif al-Hinai, an adviser, met Al-Harith Idriss al-Harith Mohamed in Cairo."));
        Assert.Contains("Person:Hilal bin Saif al-Hinai=person:hilal-bin-saif-al-hinai", mentions);
        Assert.Contains("Person:Al-Harith Idriss al-Harith Mohamed=person:al-harith-idriss-al-harith-mohamed", mentions);
    }

    [Fact]
    public void A_compound_of_two_countries_names_both_but_a_hyphened_name_stays_whole()
    {
        var document = TestPipeline.Run("Guinea-Bissau and the US-China Business Council held talks on the Thai-Cambodian border.");
        var mentions = TestPipeline.Mentions(document);
        Assert.Contains("Country:Guinea-Bissau=country:gnb", mentions);
        Assert.Contains(mentions, m => m.StartsWith("Organization:US-China Business Council=", StringComparison.Ordinal));
        var pair = Assert.Single(document.Mentions, m => m.Text == "Thai-Cambodian");
        Assert.Equal(["country:tha", "country:khm"], pair.Group);
    }

    [Fact]
    public void A_treaty_named_after_a_city_is_one_treaty_not_the_city_and_a_person()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Greece and Egypt signed the Cairo Maritime Accord on Tuesday."));
        Assert.Contains("Treaty:Cairo Maritime Accord=treaty:cairo-maritime-accord", mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("Location:Cairo", StringComparison.Ordinal));
    }

    [Fact]
    public void A_treaty_name_ends_before_the_day_it_was_signed()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Kenya signed the Aral Water Treaty on Friday."));
        Assert.Contains("Treaty:Aral Water Treaty=treaty:aral-water-treaty", mentions);
    }

    [Fact]
    public void A_name_ending_in_a_place_word_is_a_place_not_a_person()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Crowds filled Kim Il Sung Square on Wednesday."));
        Assert.Contains("Location:Kim Il Sung Square=location:kim-il-sung-square", mentions);
    }

    [Fact]
    public void A_title_phrase_the_tagger_read_as_an_organization_is_a_titled_person()
    {
        var document = TestPipeline.Run("The plan was backed by Sport Secretary Tessa Jowell on Monday. Labour MP Barry Sheerman said no.");
        var mentions = TestPipeline.Mentions(document);
        Assert.Contains("Person:Tessa Jowell=person:tessa-jowell", mentions);
        Assert.Contains("Person:Barry Sheerman=person:barry-sheerman", mentions);
        Assert.DoesNotContain(mentions, m => m.Contains("Secretary", StringComparison.Ordinal) || m.Contains("MP ", StringComparison.Ordinal));
        Assert.Contains("person:barry-sheerman MEMBER_OF organization:uk-labour-party", TestPipeline.Relations(document));
    }

    [Fact]
    public void A_surname_after_an_honorific_is_a_person_whatever_the_tagger_guessed()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Mr Letwin accused the government of using statistics."));
        Assert.Contains("Person:Letwin=person:letwin", mentions);
    }

    [Fact]
    public void An_unlisted_name_before_a_lower_case_place_head_is_a_place_but_a_demonym_is_not()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "The convoy drove to the Kumsusan state guesthouse. The Russian state guesthouse stood empty."));
        Assert.Contains("Location:Kumsusan state guesthouse=location:kumsusan-state-guesthouse", mentions);
        Assert.DoesNotContain(mentions, m => m.Contains("Russian state guesthouse", StringComparison.Ordinal));
    }

    [Fact]
    public void An_honorific_after_a_title_word_abbreviation_does_not_make_a_person_of_an_acronym()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("Updated 02:35 PM IST\n\nThe talks ended."));
        Assert.DoesNotContain(mentions, m => m.StartsWith("Person:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capital_used_as_a_modifier_is_the_city()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run("A Paris court heard the case."));
        Assert.Contains("Location:Paris=location:paris", mentions);
    }

    [Fact]
    public void A_title_can_mean_another_office_in_another_country()
    {
        var german = TestPipeline.Relations(TestPipeline.Run("German Chancellor Olaf Scholz spoke in Berlin."));
        Assert.Contains("person:olaf-scholz LEADER_OF country:deu", german);

        var british = TestPipeline.Relations(TestPipeline.Run("UK Chancellor Rachel Reeves spoke in London."));
        Assert.Contains("person:rachel-reeves OFFICIAL_OF country:gbr", british);
        Assert.DoesNotContain("person:rachel-reeves LEADER_OF country:gbr", british);
    }

    [Fact]
    public void Post_nominals_and_honorifics_are_cut_off_names_the_tagger_read_as_bodies()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "Labour MPs said the Bolton West MP was right. The Cabinet met. Mr said nothing, and Plaid Cymru MP Jane Holloway agreed."));
        Assert.DoesNotContain(mentions, m => m.Contains("MP", StringComparison.Ordinal) && !m.StartsWith("Person:", StringComparison.Ordinal));
        Assert.DoesNotContain(mentions, m => m.Contains(":Cabinet=", StringComparison.Ordinal) || m.Contains(":Mr=", StringComparison.Ordinal));
        Assert.DoesNotContain(TestPipeline.Mentions(TestPipeline.Run("Born in Luton, Bedfordshire, she starred in many films.")),
            m => m.Contains(":Born=", StringComparison.Ordinal));
        Assert.DoesNotContain(TestPipeline.Mentions(TestPipeline.Run("The trade said jobs would be lost, he told MSPs. MSPs are considering it.")),
            m => m.Contains(":MSPs=", StringComparison.Ordinal));
        // What is left of a span once a word that is never a name is cut off may name nothing either.
        Assert.Empty(TestPipeline.Mentions(TestPipeline.Run("New rules come into force.\n\nFrom Tuesday, most citizens will need approval to marry.")));
        Assert.Contains("Organization:Labour=organization:uk-labour-party", mentions);
        Assert.Contains("Organization:Plaid Cymru=organization:plaid-cymru", mentions);
    }

    [Fact]
    public void An_acronym_in_brackets_names_the_body_before_it_here_and_later()
    {
        var mentions = TestPipeline.Mentions(TestPipeline.Run(
            "The Qualifications and Curriculum Authority (QCA) warned ministers. Later the QCA said the plan was sound."));
        const string Id = "organization:qualifications-and-curriculum-authority";
        Assert.Contains($"Organization:Qualifications and Curriculum Authority={Id}", mentions);
        Assert.Equal(2, mentions.Count(m => m == $"Organization:QCA={Id}"));
        Assert.DoesNotContain(mentions, m => m.EndsWith("=organization:qca", StringComparison.Ordinal));

        // An acronym may take a few first letters of a word: "SURF" is the Survivors Fund.
        mentions = TestPipeline.Mentions(TestPipeline.Run("Mary Blewitt, founder of the Survivors Fund (SURF), said no. SURF will appeal."));
        Assert.Equal(2, mentions.Count(m => m == "Organization:SURF=organization:survivors-fund"));
    }
}
