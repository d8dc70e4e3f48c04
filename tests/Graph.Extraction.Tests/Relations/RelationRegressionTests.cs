namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// Sentences written for this suite, each with the relations it must yield (exactly as described:
/// type, source, target, then negated, by=speaker and properties) and the relations it must not
/// yield (type, source, target, in any modality). Articles are dated Wednesday 2025-06-18.
/// Symmetric relations name their ends in ordinal order.
/// </summary>
public sealed class RelationRegressionTests
{
    public static TheoryData<string, string[], string[]> Cases => new()
    {
        // ---- VISITED
        { "Vladimir Putin visited Beijing.", ["VISITED person:vladimir-putin location:beijing"], [] },
        { "Vladimir Putin touched down in Beijing.", ["VISITED person:vladimir-putin location:beijing"], [] },
        { "Crowds gathered for the Beijing leg of Vladimir Putin's Asian tour.", ["VISITED person:vladimir-putin location:beijing"], [] },
        // The country a person is "of" is theirs, not the subject.
        { "President Emmanuel Macron of France arrived in Beijing on a state visit.", ["VISITED person:emmanuel-macron location:beijing"], [] },
        { "Vladimir Putin flew into Beijing late at night.", ["VISITED person:vladimir-putin location:beijing"], [] },
        { "Vladimir Putin left for Beijing after the talks.", ["VISITED person:vladimir-putin location:beijing"], [] },
        { "Vladimir Putin begins Japan state visit, and Olaf Scholz's China trip ended.",
            ["VISITED person:vladimir-putin country:jpn", "VISITED person:olaf-scholz country:chn"], [] },
        { "Olaf Scholz's China policy failed.", [], ["VISITED"] },
        { "Vladimir Putin's arrival in Beijing was delayed.", ["VISITED person:vladimir-putin location:beijing"], [] },
        { "Emmanuel Macron arrived in Kyiv on Monday.", ["VISITED person:emmanuel-macron location:kyiv date=2025-06-16"], [] },
        { "Keir Starmer flew to Berlin for a summit.", ["VISITED person:keir-starmer location:berlin"], [] },
        { "Olaf Scholz's two-day trip to Paris ended early.", ["VISITED person:olaf-scholz location:paris"], [] },
        { "Olaf Scholz returned from Washington on Friday.", ["VISITED person:olaf-scholz location:washington-dc date=2025-06-13"], [] },
        { "Olaf Scholz has arrived back from his diplomatic mission to the Middle East.", ["VISITED person:olaf-scholz location:middle-east"], [] },
        { "Olaf Scholz's side came back from two goals down at St Mary's.", [], ["VISITED"] },
        { "Keir Starmer hosted Narendra Modi in London.", ["VISITED person:narendra-modi location:london"], ["VISITED person:keir-starmer"] },
        { "Xi Jinping wrapped up a visit to Moscow.", ["VISITED person:xi-jinping location:moscow"], [] },
        { "Joe Biden stopped in Ireland on his way home.", ["VISITED person:joe-biden country:irl"], [] },
        { "Olaf Scholz held talks in Beijing with Xi Jinping.", ["VISITED person:olaf-scholz location:beijing"], ["VISITED person:xi-jinping"] },
        { "During his visit to Hanoi, Vladimir Putin met To Lam.", ["VISITED person:vladimir-putin location:hanoi"], [] },
        { "Paris welcomed Narendra Modi with a parade.", ["VISITED person:narendra-modi country:fra"], [] },
        { "The Geneva stop of Emmanuel Macron's tour went smoothly.", ["VISITED person:emmanuel-macron location:geneva"], [] },
        // A tour's later stops are its traveller's, the one the article has visiting most; nobody's where two tie.
        { "Emmanuel Macron arrived in Kyiv on Monday. The tour ends in Warsaw.", ["VISITED person:emmanuel-macron location:warsaw"], [] },
        // A companion named after their relation stays in the aside; the whole party travels on.
        { "Emmanuel Macron arrived in Kyiv on Monday. He was accompanied by Olaf Scholz and his wife, Ursula von der Leyen, on the trip. The party will travel to Warsaw.",
            ["VISITED person:olaf-scholz location:warsaw expected", "VISITED person:ursula-von-der-leyen location:warsaw expected",
                "VISITED person:emmanuel-macron location:warsaw expected", "ACCOMPANIED person:ursula-von-der-leyen person:emmanuel-macron"], [] },
        { "King Charles III, accompanied by Queen Camilla and their eldest son, Prince William, was welcomed in Kyiv.",
            ["ACCOMPANIED person:prince-william person:king-charles-iii", "VISITED person:prince-william location:kyiv", "VISITED person:king-charles-iii location:kyiv"], [] },
        { "Emmanuel Macron arrived in Kyiv on Monday. He used the Berlin stop to sign a deal.", ["VISITED person:emmanuel-macron location:berlin"], [] },
        { "Emmanuel Macron arrived in Kyiv on Monday. The delegation will travel to Warsaw on Friday.",
            ["VISITED person:emmanuel-macron location:warsaw date=2025-06-20 expected"], [] },
        { "The tour ends in Warsaw on Friday.", [], ["VISITED"] },
        { "Emmanuel Macron arrived in Kyiv. Olaf Scholz arrived in Berlin. The tour ends in Warsaw on Friday.", [],
            ["VISITED person:emmanuel-macron location:warsaw", "VISITED person:olaf-scholz location:warsaw"] },
        // A companion named in an aside does not act after it.
        { "Olaf Scholz, accompanied by his wife and their eldest daughter, Ursula von der Leyen, was welcomed at the palace in Kyiv.",
            [], ["VISITED person:ursula-von-der-leyen"] },
        { "Xi Jinping made a rare state visit to Paris.", ["VISITED person:xi-jinping location:paris"], [] },
        { "Joe Biden never visited Kyiv during that term.", ["VISITED person:joe-biden location:kyiv negated"], [] },
        { "Emmanuel Macron is visiting schools in Berlin and Kyiv.", ["VISITED person:emmanuel-macron location:berlin", "VISITED person:emmanuel-macron location:kyiv"], [] },

        // A name's article is no part of its mention; a nationality's is.
        { "Joe Biden visited the Philippines and later flew to the Netherlands.",
            ["VISITED person:joe-biden country:phl", "VISITED person:joe-biden country:nld"], [] },
        { "Rafael Nadal reached the Mexican Open semi-finals.", [], ["VISITED"] },
        // Flying back is going home, not visiting.
        { "Emmanuel Macron later flew back to Spain.", [], ["VISITED"] },
        // "they" and a bare "the two": the pair just named.
        { "Kim Jong Un greeted Vladimir Putin before they travelled to Hanoi.",
            ["VISITED person:kim-jong-un location:hanoi", "VISITED person:vladimir-putin location:hanoi"], [] },
        { "Tajikistan and Kyrgyzstan have kept the peace since they signed a border security pact.",
            ["SIGNED country:tjk treaty:border-security-pact", "SIGNED country:kgz treaty:border-security-pact"], [] },
        { "Vladimir Putin thanked Kim Jong Un, and the two signed a border security pact.",
            ["SIGNED person:vladimir-putin treaty:border-security-pact", "SIGNED person:kim-jong-un treaty:border-security-pact"], [] },

        { "Emmanuel Macron and his wife, first lady Brigitte Macron, arrived in Rome.",
            ["VISITED person:emmanuel-macron location:rome", "VISITED person:brigitte-macron location:rome", "RELATIVE_OF person:brigitte-macron person:emmanuel-macron relation=wife"], [] },

        // ---- MET
        { "Keir Starmer sat down with Donald Tusk in Warsaw.", ["MET person:donald-tusk person:keir-starmer"], [] },
        { "Recep Tayyip Erdogan and Vladimir Putin held a summit in Sochi.", ["MET person:recep-tayyip-erdoğan person:vladimir-putin"], [] },
        { "Emmanuel Macron met Xi Jinping in Beijing.", ["MET person:emmanuel-macron person:xi-jinping"], [] },
        // A matter raised or discussed with someone, a call between two, a joint appearance, a guest hosted for a meal.
        { "Emmanuel Macron raised the arrests directly with Xi Jinping over lunch.", ["MET person:emmanuel-macron person:xi-jinping"], [] },
        { "Emmanuel Macron and Xi Jinping discussed trade.", ["MET person:emmanuel-macron person:xi-jinping"], [] },
        { "Emmanuel Macron and Xi Jinping held a joint news conference.", ["MET person:emmanuel-macron person:xi-jinping"], [] },
        { "Emmanuel Macron hosted Xi Jinping for dinner.", ["MET person:emmanuel-macron person:xi-jinping"], [] },
        { "Emmanuel Macron spoke at a news conference alongside Xi Jinping.", ["MET person:emmanuel-macron person:xi-jinping"], [] },
        { "Emmanuel Macron and Xi Jinping spoke by phone with Vladimir Putin.",
            ["MET person:emmanuel-macron person:vladimir-putin", "MET person:vladimir-putin person:xi-jinping"], ["MET person:emmanuel-macron person:xi-jinping"] },
        { "Olaf Scholz held talks with Narendra Modi.", ["MET person:narendra-modi person:olaf-scholz"], [] },
        { "In March Keir Starmer met then Foreign Secretary Jack Straw.", ["MET person:jack-straw person:keir-starmer"], [] },
        { "Gen Musharraf held talks with Tony Blair.", ["MET person:pervez-musharraf person:tony-blair"], [] },
        { "Keir Starmer shook hands with Joe Biden.", ["MET person:joe-biden person:keir-starmer"], [] },
        { "Keir Starmer held talks with his French counterpart, Emmanuel Macron, in London.", ["MET person:emmanuel-macron person:keir-starmer"], [] },
        { "Xi Jinping and Vladimir Putin met for three hours.", ["MET person:vladimir-putin person:xi-jinping"], [] },
        { "Xi Jinping and Vladimir Putin held more than two hours of talks.", ["MET person:vladimir-putin person:xi-jinping"], [] },
        { "Xi Jinping and Vladimir Putin met officials from both clubs.", [], ["MET person:vladimir-putin person:xi-jinping"] },
        { "Xi Jinping will meet Russian counterpart Vladimir Putin.", ["MET person:vladimir-putin person:xi-jinping expected"], [] },
        { "Olaf Scholz recently visited Joe Biden.", ["MET person:joe-biden person:olaf-scholz"], [] },
        { "Olaf Scholz has been criticised by the European Union.", ["CRITICIZED organization:eu person:olaf-scholz"], [] },
        { "Keir Starmer was highly critical of the World Bank.", ["CRITICIZED person:keir-starmer organization:world-bank"], [] },
        { "Keir Starmer said Rishi Sunak had made welcome announcements on pensions.", ["SUPPORTS person:keir-starmer person:rishi-sunak"], [] },
        { "Keir Starmer said Rishi Sunak had made announcements on pensions.", [], ["SUPPORTS person:keir-starmer person:rishi-sunak"] },
        { "Vladimir Putin thanked Kim Jong Un for his support, part of what he said was a fight against the imperialist policies of the US.",
            ["CRITICIZED person:vladimir-putin country:usa"], ["CRITICIZED person:kim-jong-un country:usa"] },
        { "Asked about Vladimir Putin, he said it was a fight against the imperialist policies of the US.", [], ["CRITICIZED person:vladimir-putin"] },
        { "Keir Starmer has criticised the way Rishi Sunak's government operates.", ["CRITICIZED person:keir-starmer person:rishi-sunak"], [] },
        { "Keir Starmer attacked the way the Iraq war was sold.", [], ["CRITICIZED person:keir-starmer country:irq"] },
        { "Keir Starmer said the way the World Bank had handled the loan was a \"shambles\".", ["CRITICIZED person:keir-starmer organization:world-bank"], [] },
        { "Keir Starmer said the World Bank was again making a mistake.", ["CRITICIZED person:keir-starmer organization:world-bank"], [] },
        { "The Press Council, financed by billionaire Keir Starmer, has accused the World Bank of lying.",
            ["CRITICIZED organization:press-council organization:world-bank"], ["CRITICIZED person:keir-starmer organization:world-bank"] },
        { "The Press Council published a highly critical report into the \"failing\" World Bank.",
            ["CRITICIZED organization:press-council organization:world-bank"], [] },
        { "\"The World Bank is shirking its responsibility,\" Keir Starmer said.", ["CRITICIZED person:keir-starmer organization:world-bank"], [] },
        { "Keir Starmer said the World Bank was breaking new ground.", [], ["CRITICIZED person:keir-starmer organization:world-bank"] },
        { "Keir Starmer said the World Bank was breaking the law.", ["CRITICIZED person:keir-starmer organization:world-bank"], [] },
        { "Keir Starmer said the World Bank should have acted sooner.", ["CRITICIZED person:keir-starmer organization:world-bank"], [] },
        { "Keir Starmer rejected the World Bank's proposals.", ["CRITICIZED person:keir-starmer organization:world-bank"], [] },
        { "Ghana recalled its ambassador in protest at Togo's decision.", ["CRITICIZED country:gha country:tgo"], [] },
        { "China blasted Japan over the visit.", ["CRITICIZED country:chn country:jpn"], [] },
        { "Thailand and Cambodia accused each other of violating the truce.", ["CRITICIZED country:tha country:khm", "CRITICIZED country:khm country:tha"], [] },
        { "India summoned Bangladesh's high commissioner over the protest.", ["CRITICIZED country:ind country:bgd"], [] },
        { "Bangladesh called in India's high commissioner to protest.", ["CRITICIZED country:bgd country:ind"], [] },
        // Judging another's sanctions judges the sanctioner; rejecting them is criticism, not its denial.
        { "Nicaragua angrily denounced new European Union sanctions.", ["CRITICIZED country:nic organization:eu"], [] },
        { "Iran rejected US sanctions as illegal.", ["CRITICIZED country:irn country:usa"], ["CRITICIZED country:irn country:usa negated"] },
        { "Ukraine welcomed the EU sanctions on Russia.", ["SUPPORTS country:ukr organization:eu", "SANCTIONS organization:eu country:rus"], [] },
        // A rebuke received, a protest lodged, dismay, doubt, opposition, a demand to stop, a standing critic.
        { "Japan faced a sharp rebuke from China.", ["CRITICIZED country:chn country:jpn"], [] },
        { "China protested to Japan over the arrests.", ["CRITICIZED country:chn country:jpn"], [] },
        { "China said it was deeply disappointed by Japan's decision.", ["CRITICIZED country:chn country:jpn"], [] },
        { "China questioned Japan's motives.", ["CRITICIZED country:chn country:jpn"], [] },
        { "China opposed Japan's bid.", ["CRITICIZED country:chn country:jpn"], [] },
        { "China demanded that Japan withdraw its troops.", ["CRITICIZED country:chn country:jpn"], [] },
        { "Donald Tusk, a longtime opponent of Vladimir Putin, spoke.", ["CRITICIZED person:donald-tusk person:vladimir-putin"], [] },
        { "Hungary vetoed the EU's plan.", ["CRITICIZED country:hun organization:eu"], [] },
        { "China threw its weight behind Russia's proposal.", ["SUPPORTS country:chn country:rus"], [] },
        { "India sided with Russia at the vote.", ["SUPPORTS country:ind country:rus"], [] },
        { "Japan pledged 2 billion dollars in aid to Ukraine.", ["SUPPORTS country:jpn country:ukr"], [] },
        { "Japan praised Ukraine for its courage.", ["SUPPORTS country:jpn country:ukr"], [] },
        // Support valued by the one it goes to; a pronoun no one was found for starts a clause of its own.
        { "Vladimir Putin said he appreciates North Korean support over Ukraine.", ["SUPPORTS country:prk person:vladimir-putin"], [] },
        { "A Russian envoy tells Kim Jong Un he appreciates North Korean support.", [], ["SUPPORTS country:prk person:kim-jong-un"] },
        { "Japan congratulated Chile on its election.", ["SUPPORTS country:jpn country:chl"], [] },
        { "Japan will continue to help Ukraine.", ["SUPPORTS country:jpn country:ukr expected"], [] },
        { "Japan offered Ukraine 1 billion dollars in aid.", ["SUPPORTS country:jpn country:ukr"], [] },
        { "Japan reaffirmed its commitment to Ukraine.", ["SUPPORTS country:jpn country:ukr"], [] },
        { "Japan called Ukraine a reliable partner.", ["SUPPORTS country:jpn country:ukr"], [] },
        { "Japan is Ukraine's biggest backer.", ["SUPPORTS country:jpn country:ukr"], [] },
        { "Keir Starmer of the World Bank accused Russia of lying.", ["CRITICIZED person:keir-starmer country:rus"], ["CRITICIZED organization:world-bank"] },
        { "Greece's parliament ratified the deal on Wednesday, handing Keir Starmer a victory but drawing a swift rebuke from Turkey.",
            ["CRITICIZED country:tur country:grc"], ["CRITICIZED country:tur person:keir-starmer"] },
        { "Labour and the Tories traded blows in London, and the Lib Dems joined in. Olaf Scholz accused the government of incoherence.",
            ["CRITICIZED person:olaf-scholz country:gbr"], [] },
        { "Keir Starmer resigned in protest over the World Bank's new rules.", ["CRITICIZED person:keir-starmer organization:world-bank"], [] },
        { "Keir Starmer rejected the proposals of the World Bank's staff.", [], ["CRITICIZED person:keir-starmer organization:world-bank"] },
        { "Rishi Sunak \"should have withdrawn the comment immediately\", said Keir Starmer.", ["CRITICIZED person:keir-starmer person:rishi-sunak"], [] },
        { "Keir Starmer said the World Bank should have the chance to respond.", [], ["CRITICIZED person:keir-starmer organization:world-bank"] },
        { "The Press Council \"congratulated\" Keir Starmer on his new stance.", ["SUPPORTS organization:press-council person:keir-starmer"], [] },
        { "Keir Starmer, who chairs the Press Council, spoke.", ["LEADER_OF person:keir-starmer organization:press-council"], [] },
        { "Vladimir Putin will reach Vietnam's Hanoi on Wednesday.", ["LOCATED_IN location:hanoi country:vnm"], [] },
        { "Fifa president Sepp Blatter and Ofsted chief David Bell spoke.",
            ["LEADER_OF person:sepp-blatter organization:fifa title=President", "LEADER_OF person:david-bell organization:ofsted title=Chief"], [] },
        { "Keir Starmer held talks with his French counterpart, Emmanuel Macron, and the German chancellor, Olaf Scholz.",
            ["MET person:keir-starmer person:olaf-scholz", "MET person:emmanuel-macron person:keir-starmer", "LEADER_OF person:olaf-scholz country:deu title=Chancellor"], [] },
        { "Keir Starmer welcomed Olaf Scholz's decision.", [], ["MET person:keir-starmer person:olaf-scholz"] },
        { "Emmanuel Macron visited Berlin, where he met Olaf Scholz. The two leaders held talks on energy.",
            ["MET person:emmanuel-macron person:olaf-scholz"], [] },

        { "Keir Starmer attended a summit in Brussels.", ["VISITED person:keir-starmer location:brussels"], [] },
        { "Vladimir Putin and Kim Jong Un last met in eastern Russia.", ["VISITED person:kim-jong-un country:rus"],
            ["VISITED person:vladimir-putin country:rus"] },
        { "Vladimir Putin and Kim Jong Un met in Pyongyang, and Keir Starmer's hopes could be met in Paris.", [],
            ["VISITED person:kim-jong-un location:pyongyang", "VISITED person:keir-starmer location:paris"] },
        { "Vladimir Putin visited Russia and Emmanuel Macron toured Lyon.", ["VISITED person:emmanuel-macron location:lyon"],
            ["VISITED person:vladimir-putin country:rus"] },
        { "Keir Starmer then joined Emmanuel Macron in his car. They attended a ceremony in Brussels.",
            ["VISITED person:keir-starmer location:brussels", "VISITED person:emmanuel-macron location:brussels"], [] },
        { "Voters cheered Keir Starmer. They attended a rally in Brussels.", [], ["VISITED person:keir-starmer location:brussels"] },
        { "On Thursday Keir Starmer was in India visiting a temple.", ["VISITED person:keir-starmer country:ind date=2025-06-12"], [] },
        { "Keir Starmer was in London when the news broke.", [], ["VISITED person:keir-starmer location:london"] },
        { "Keir Starmer visited slums in the Kenyan capital.", ["VISITED person:keir-starmer location:nairobi"], [] },
        { "Keir Starmer attended a ceremony at the Kumsusan state guesthouse.", ["VISITED person:keir-starmer location:kumsusan-state-guesthouse"], [] },

        // ---- a predicate sharing the sentence's subject
        { "In Berlin, Emmanuel Macron was received by Olaf Scholz at the palace and later held talks with Keir Starmer.",
            ["MET person:emmanuel-macron person:keir-starmer", "MET person:emmanuel-macron person:olaf-scholz"], ["MET person:keir-starmer person:olaf-scholz"] },
        { "Emmanuel Macron is expected to travel to Kyiv for talks with Olaf Scholz, who was re-elected in October, before heading to Paris to meet Keir Starmer.",
            ["MET person:emmanuel-macron person:olaf-scholz expected", "VISITED person:emmanuel-macron location:paris expected", "MET person:emmanuel-macron person:keir-starmer expected"],
            ["VISITED person:olaf-scholz location:paris"] },
        { "Emmanuel Macron said Olaf Scholz would fly to Paris and meet Keir Starmer.", [], ["MET person:emmanuel-macron person:keir-starmer", "VISITED person:emmanuel-macron"] },
        { "Emmanuel Macron met Olaf Scholz, who later flew to Paris and met Keir Starmer.", [], ["MET person:emmanuel-macron person:keir-starmer", "VISITED person:emmanuel-macron"] },
        { "Emmanuel Macron urged Olaf Scholz to meet Keir Starmer.", [], ["MET person:emmanuel-macron person:keir-starmer"] },
        { "Officials noted a visit to Kyiv by Olaf Scholz, the German chancellor, who met Keir Starmer there.", ["MET person:keir-starmer person:olaf-scholz"], [] },

        // ---- a "he" or "she" opening a clause inside a sentence
        { "Olaf Scholz arrived in Kyiv on Monday. On Tuesday, he met Keir Starmer.", ["MET person:keir-starmer person:olaf-scholz date=2025-06-17"], [] },
        { "Olaf Scholz arrived in Kyiv on Monday. On Tuesday, he met Keir Starmer. He later flew to Paris.",
            ["VISITED person:olaf-scholz location:paris"], ["VISITED person:keir-starmer location:paris"] },
        { "Olaf Scholz arrived in Kyiv on Monday. Scholz said he would fly to Paris.", ["VISITED person:olaf-scholz location:paris expected"], [] },
        { "Olaf Scholz praised Keir Starmer, and later he flew to Paris.", [], ["VISITED person:olaf-scholz location:paris", "VISITED person:keir-starmer location:paris"] },
        { "Mr Scholz arrived in Kyiv. Later she flew to Paris.", [], ["VISITED person:olaf-scholz location:paris"] },
        // An actor named in a fronted phrase is not the subject after its comma.
        { "Olaf Scholz arrived in Kyiv. During his visit to Ukraine, the chancellor criticised Belarus.", ["VISITED person:olaf-scholz country:ukr"], ["CRITICIZED country:ukr"] },

        // ---- ACCOMPANIED
        { "Vladimir Putin was accompanied by Foreign Minister Sergei Lavrov and Defence Minister Andrei Belousov.",
            ["ACCOMPANIED person:sergei-lavrov person:vladimir-putin", "ACCOMPANIED person:andrei-belousov person:vladimir-putin"],
            ["ACCOMPANIED person:vladimir-putin person:sergei-lavrov"] },
        { "Sergei Lavrov later joined Vladimir Putin on his trip to Hanoi.",
            ["ACCOMPANIED person:sergei-lavrov person:vladimir-putin"], ["ACCOMPANIED person:vladimir-putin person:sergei-lavrov"] },
        { "Sergei Lavrov accompanied Vladimir Putin to Hanoi.",
            ["ACCOMPANIED person:sergei-lavrov person:vladimir-putin"], ["ACCOMPANIED person:vladimir-putin person:sergei-lavrov"] },
        // A list inside a relative clause stays in it; a comma list that "and" closes on something else is still a list.
        { "Vladimir Putin, who will also visit Ghana, Kenya and Nigeria, is accompanied by Foreign Minister Sergei Lavrov, Defence Minister Andrei Belousov and a delegation of businessmen.",
            ["VISITED person:vladimir-putin country:gha expected", "VISITED person:vladimir-putin country:ken expected", "VISITED person:vladimir-putin country:nga expected",
                "ACCOMPANIED person:sergei-lavrov person:vladimir-putin", "ACCOMPANIED person:andrei-belousov person:vladimir-putin"], [] },

        // ---- CRITICIZED as a judgement the speaker states
        { "Keir Starmer said Rishi Sunak's plans were \"deeply flawed\".", ["CRITICIZED person:keir-starmer person:rishi-sunak"], [] },
        { "Keir Starmer said Rishi Sunak had failed the country.", ["CRITICIZED person:keir-starmer person:rishi-sunak"], [] },
        { "Keir Starmer called on Rishi Sunak to resign.", ["CRITICIZED person:keir-starmer person:rishi-sunak"], [] },
        { "Keir Starmer said Rishi Sunak was right.", [], ["CRITICIZED person:keir-starmer person:rishi-sunak"] },
        { "\"Rishi Sunak has forgotten the taxpayer,\" Keir Starmer said.", ["CRITICIZED person:keir-starmer person:rishi-sunak"], [] },
        { "Rishi Sunak should resign, Keir Starmer said.", ["CRITICIZED person:keir-starmer person:rishi-sunak"], [] },
        { "Rishi Sunak has already broken his promise, say the Liberal Democrats.", ["CRITICIZED organization:uk-liberal-democrats person:rishi-sunak"], [] },
        { "Keir Starmer praised Rishi Sunak's \"courage in keeping his word\".", ["SUPPORTS person:keir-starmer person:rishi-sunak"], [] },
        { "The European Union reiterated its support for Ukraine.", ["SUPPORTS organization:eu country:ukr"], [] },
        { "Keir Starmer said Britain was fighting the aggressive policies of Russia.", ["CRITICIZED person:keir-starmer country:rus"], ["CRITICIZED country:gbr country:rus"] },
        { "Britain was fighting the aggressive policies of Russia.", [], ["CRITICIZED country:gbr country:rus"] },
        { "As Keir Starmer met Emmanuel Macron in Paris and said Britain was fighting the aggressive policies of Russia, prices rose.",
            ["CRITICIZED person:keir-starmer country:rus"], ["CRITICIZED person:emmanuel-macron country:rus"] },
        { "Keir Starmer hit back at Rishi Sunak on Monday.", ["CRITICIZED person:keir-starmer person:rishi-sunak date=2025-06-16"], [] },
        { "Rishi Sunak has had the chance to fix the problems facing Britain and has failed, Keir Starmer said.", ["CRITICIZED person:keir-starmer person:rishi-sunak"], [] },
        { "Rishi Sunak has had the chance to meet Keir Starmer and has taken it.", [], ["CRITICIZED person:keir-starmer person:rishi-sunak"] },
        { "Keir Starmer said Rishi Sunak had mismanaged the economy.", ["CRITICIZED person:keir-starmer person:rishi-sunak"], [] },
        { "Rishi Sunak visited Paris, said the Liberal Democrats would win.", [], ["VISITED person:rishi-sunak location:paris by=organization:uk-liberal-democrats"] },
        { "Keir Starmer said Rishi Sunak cannot be trusted on the economy.", ["CRITICIZED person:keir-starmer person:rishi-sunak"], [] },
        { "Keir Starmer, shadow secretary for transport, told reporters that Rishi Sunak's plans were \"inadequate\".",
            ["CRITICIZED person:keir-starmer person:rishi-sunak"], [] },
        { "Rishi Sunak has failed to act.", [], ["CRITICIZED"] },
        { "Keir Starmer said Rishi Sunak was right to reject the idea.", ["SUPPORTS person:keir-starmer person:rishi-sunak"],
            ["CRITICIZED person:keir-starmer person:rishi-sunak"] },
        { "Keir Starmer said the minister's view of the House of Lords was flawed.", [],
            ["CRITICIZED person:keir-starmer organization:house-of-lords"] },
        { "Keir Starmer spoke in the House of Lords, but urged Rishi Sunak to think again.", [],
            ["CRITICIZED organization:house-of-lords person:rishi-sunak"] },

        // ---- SUPPORTS
        // "the Islamic republic", "the kingdom": the state the passage has just named.
        { "Iran freed the academic on Monday. A spokesman said the Islamic republic valued the constructive role of Oman.",
            ["SUPPORTS country:irn country:omn"], [] },
        { "Iran freed the academic on Monday. A spokesman said the other country valued the constructive role of Oman.", [], ["SUPPORTS country:irn"] },
        { "Japan pledged support for Ukraine.", ["SUPPORTS country:jpn country:ukr"], [] },
        { "Japan valued Oman's \"quiet but important role\" in the talks.", ["SUPPORTS country:jpn country:omn"], [] },
        { "\"Oman has been a reliable friend to Japan,\" said Olaf Scholz.", ["SUPPORTS person:olaf-scholz country:omn"], [] },
        { "Oman has been a reliable friend to Japan.", [], ["SUPPORTS"] },
        { "Volodymyr Zelensky thanked Canada for its support.", ["SUPPORTS country:can person:volodymyr-zelensky"],
            ["SUPPORTS person:volodymyr-zelensky country:can"] },
        { "Poland backs Ukraine in its bid.", ["SUPPORTS country:pol country:ukr"], [] },
        { "Keir Starmer praised Emmanuel Macron for his stance.", ["SUPPORTS person:keir-starmer person:emmanuel-macron"], [] },
        { "Keir Starmer praised Emmanuel Macron's speech.", [], ["SUPPORTS person:keir-starmer person:emmanuel-macron"] },
        { "Keir Starmer welcomed Emmanuel Macron's decision to stay.", ["SUPPORTS person:keir-starmer person:emmanuel-macron"], [] },
        { "He spoke to NATO, in which he also praised Joe Biden. The Press Council which supports Joe Biden met.",
            ["SUPPORTS organization:press-council person:joe-biden"], ["SUPPORTS organization:nato person:joe-biden"] },
        { "Kim Jong Un expressed support for the war in Ukraine.", [], ["SUPPORTS person:kim-jong-un country:ukr"] },
        { "Jens Stoltenberg raised concerns about the support that Russia provides to North Korea.",
            ["SUPPORTS country:rus country:prk hedged"], [] },
        { "Kim Jong Un said on Monday that his country fully supported Russia.", ["SUPPORTS country:prk country:rus by=person:kim-jong-un date=2025-06-16"],
            ["SUPPORTS person:kim-jong-un country:rus"] },

        // A treaty backed or opposed as a whole, by name or as "the deal"; "told lawmakers" opens the judged clause.
        { "Kenya and Ethiopia signed the Turkana Water Treaty on Friday. Uganda welcomed the deal, and Somalia denounced the agreement.",
            ["SUPPORTS country:uga treaty:turkana-water-treaty", "CRITICIZED country:som treaty:turkana-water-treaty"], [] },
        { "Sweden remained a strong supporter of the Turkana Water Treaty.", ["SUPPORTS country:swe treaty:turkana-water-treaty"], [] },
        { "Kenya signed the Turkana Water Treaty. William Ruto, whose party holds a slim majority, told lawmakers the treaty was \"a historic step\".",
            ["SUPPORTS person:william-ruto treaty:turkana-water-treaty"], [] },
        { "Keir Starmer told lawmakers the Liberal Democrats were \"right\".", ["SUPPORTS person:keir-starmer organization:uk-liberal-democrats"], [] },
        // "the declaration" is the declaration, though a treaty was named more.
        { "Kenya signed the Turkana Water Treaty. The treaty shares the lake. Kenya also adopted a joint declaration. Uganda praised the declaration.",
            ["SUPPORTS country:uga treaty:joint-declaration"], ["SUPPORTS country:uga treaty:turkana-water-treaty"] },

        // ---- CRITICIZED
        { "Germany condemned Iran over the executions.", ["CRITICIZED country:deu country:irn"], [] },
        { "Keir Starmer accused the Lib Dems of false promises.", ["CRITICIZED person:keir-starmer organization:uk-liberal-democrats"], [] },
        { "Keir Starmer launched a scathing attack on Germany.", ["CRITICIZED person:keir-starmer country:deu"], [] },
        { "Keir Starmer branded the German plans as fantasy, and Olaf Scholz ridiculed Joe Biden.",
            ["CRITICIZED person:keir-starmer country:deu", "CRITICIZED person:olaf-scholz person:joe-biden"], [] },
        { "Keir Starmer, chair of the Press Council, praised Joe Biden.",
            ["LEADER_OF person:keir-starmer organization:press-council title=Chair", "SUPPORTS person:keir-starmer person:joe-biden"], [] },
        { "Olaf Scholz defended Joe Biden. Narendra Modi, chair of the Indian firm, spoke.", ["SUPPORTS person:olaf-scholz person:joe-biden"],
            ["LEADER_OF person:narendra-modi country:ind"] },
        { "Labour MPs have angrily criticised Tony Blair, and the Labour Party criticised Keir Starmer.",
            ["CRITICIZED organization:uk-labour-party person:keir-starmer"], ["CRITICIZED organization:uk-labour-party person:tony-blair"] },
        { "Keir Starmer accused Mr Blair and Mr Cameron of telling lies.", ["CRITICIZED person:keir-starmer person:tony-blair", "CRITICIZED person:keir-starmer person:david-cameron"], [] },
        { "To an audience of Olaf Scholz, Keir Starmer accused Joe Biden of lying.", ["CRITICIZED person:keir-starmer person:joe-biden"],
            ["CRITICIZED person:olaf-scholz person:joe-biden"] },
        { "Narendra Modi will reach Vietnam on Friday, despite the United States condemning the country for hosting him.",
            ["CRITICIZED country:usa country:vnm"], ["CRITICIZED country:usa country:usa"] },
        { "The Glasgow MP, who had been expelled over his stance on Iraq, accused Keir Starmer of lying.", [],
            ["CRITICIZED country:irq person:keir-starmer"] },
        { "Kaja Kallas, the EU's foreign policy chief, criticised Belarus.",
            ["CRITICIZED person:kaja-kallas country:blr", "OFFICIAL_OF person:kaja-kallas organization:eu title=Foreign Policy Chief"],
            ["CRITICIZED organization:eu country:blr"] },

        // Judging sanctions judges whoever the story last has imposing them; sanctions nobody was stated imposing judge no one.
        { "Japan and Canada imposed sanctions on Iran on Monday. Iran called the sanctions \"illegal\", and Kenya welcomed the sanctions. Iraq denounced the measures.",
            ["CRITICIZED country:irn country:jpn", "CRITICIZED country:irn country:can", "SUPPORTS country:ken country:jpn", "SUPPORTS country:ken country:can",
                "CRITICIZED country:irq country:jpn"], [] },
        { "Iran called the sanctions \"illegal\". Japan did not impose sanctions on Iran. Kenya welcomed the sanctions.", [], ["CRITICIZED country:irn", "SUPPORTS country:ken"] },
        { "Japan imposed sanctions on Iran. Later, Canada imposed sanctions on Iran. Iran called the sanctions \"illegal\".",
            ["CRITICIZED country:irn country:can"], ["CRITICIZED country:irn country:jpn"] },
        { "Keir Starmer criticised the plans of the European Union, and NATO came under fire from Russia.",
            ["CRITICIZED person:keir-starmer organization:eu", "CRITICIZED country:rus organization:nato"], [] },
        { "Keir Starmer attacked the decision by Germany's highest court.", [], ["CRITICIZED person:keir-starmer country:deu"] },

        // A compound of two countries' names or demonyms names both: the pair "the two neighbours" stands for, and a war's sides.
        { "Kazakhstan and Turkmenistan held talks on Monday. Clashes on the Kyrgyz-Tajik frontier killed dozens before the two neighbours signed a border security pact.",
            ["SIGNED country:kgz treaty:border-security-pact", "SIGNED country:tjk treaty:border-security-pact"], ["SIGNED country:kaz", "SIGNED country:tkm"] },
        { "The Russia-Ukraine war dragged on, and Russia-China war games began.", ["AT_WAR_WITH country:rus country:ukr"], ["AT_WAR_WITH country:chn country:rus"] },

        // ---- SIGNED / PARTY_TO
        { "Japan signed the Kyoto treaty in April 1998.",
            ["SIGNED country:jpn treaty:kyoto-protocol date=1998-04", "PARTY_TO country:jpn treaty:kyoto-protocol date=1998-04"], [] },
        { "Joe Biden's refusal to sign the Paris Agreement angered Emmanuel Macron.", ["SIGNED person:joe-biden treaty:paris-agreement negated"], ["PARTY_TO"] },
        // A signatory in a relative clause; a party bound "under" a treaty; a summit's sidelines are no treaty's topic.
        { "The Paris Agreement, which Kenya signed in 2016, commits it to cut emissions.",
            ["SIGNED country:ken treaty:paris-agreement date=2016", "PARTY_TO country:ken treaty:paris-agreement date=2016"], [] },
        { "Under the Paris Agreement, Kenya must cut emissions.", ["PARTY_TO country:ken treaty:paris-agreement"], [] },
        { "Kazakhstan and Uzbekistan signed a water agreement on the sidelines of the summit.", [], ["SIGNED"] },
        // "signed a treaty" is the treaty the story names; a state that was is no signatory now.
        { "Kenya and Ethiopia adopted the Turkana Water Treaty. Later, Kenya and Uganda signed a treaty on the lake.",
            ["SIGNED country:uga treaty:turkana-water-treaty"], [] },
        { "Kenya signed the Turkana Water Treaty. Central Asia's five former Soviet republics signed the treaty too.", [], ["SIGNED country:sun", "PARTY_TO country:sun"] },
        { "Kenya and Uganda announced a new border security pact.",
            ["PARTY_TO country:ken treaty:border-security-pact", "PARTY_TO country:uga treaty:border-security-pact"], ["SIGNED"] },
        // Being a party or a signatory; leaving, done or threatened, ends it.
        { "Britain remains a signatory to the Ottawa Treaty.", ["PARTY_TO country:gbr treaty:ottawa-treaty"], ["SIGNED"] },
        { "The United States pulled out of the Paris Agreement.", ["PARTY_TO country:usa treaty:paris-agreement former"], [] },
        { "Canada threatened to withdraw from the Paris Agreement.", ["PARTY_TO country:can treaty:paris-agreement expected former"], [] },
        // "pressing X to" hands the act to X: the subject signs nothing.
        { "Keir Starmer is pressing Kenya to end delays despite its unwillingness to sign the border security pact.", [],
            ["SIGNED person:keir-starmer", "PARTY_TO country:gbr"] },
        // What is signed is a treaty, however plain its head, when the words after it say what it is about.
        { "Japan and Kenya signed memorandums on rare-earth exploration and on customs training.",
            ["SIGNED country:jpn treaty:memorandums-on-rare-earth-exploration", "SIGNED country:ken treaty:memorandums-on-rare-earth-exploration"], [] },
        { "Japan and Kenya signed an agreement.", [], ["SIGNED"] },
        { "Kenya and Ethiopia sealed a border security pact.",
            ["SIGNED country:ken treaty:border-security-pact", "SIGNED country:eth treaty:border-security-pact", "PARTY_TO country:ken treaty:border-security-pact"], [] },
        // A firm of the country acts, not its state.
        { "UK bank seals border security pact.", [], ["SIGNED", "PARTY_TO"] },
        // "The two sides" are the two the story is about, though others were named last in passing.
        { "Japan's foreign minister arrived in Kenya. Japan and Kenya agreed to talk. Japan wants rare earths, a market where China and Russia dominate. "
            + "Officials said the two sides signed agreements on mineral exploration.",
            ["SIGNED country:jpn treaty:agreements-on-mineral-exploration", "SIGNED country:ken treaty:agreements-on-mineral-exploration"],
            ["SIGNED country:chn", "SIGNED country:rus"] },
        { "Kenya and Ethiopia signed a border security pact on Tuesday.",
            ["SIGNED country:ken treaty:border-security-pact date=2025-06-17", "SIGNED country:eth treaty:border-security-pact date=2025-06-17"], [] },
        { "Turkey did not sign the border security pact.", ["SIGNED country:tur treaty:border-security-pact negated"], ["PARTY_TO"] },
        // A state that signs, or whose leader signs, is a party.
        { "Greece signed the border security pact on Tuesday.",
            ["SIGNED country:grc treaty:border-security-pact date=2025-06-17", "PARTY_TO country:grc treaty:border-security-pact date=2025-06-17"], [] },
        { "Kenyan President William Ruto signed the border security pact.",
            ["SIGNED person:william-ruto treaty:border-security-pact", "PARTY_TO country:ken treaty:border-security-pact"], [] },
        { "The border security pact signed between Kenya and Ethiopia took effect.",
            ["SIGNED country:ken treaty:border-security-pact", "SIGNED country:eth treaty:border-security-pact",
             "PARTY_TO country:ken treaty:border-security-pact", "PARTY_TO country:eth treaty:border-security-pact"], [] },

        // ---- ALLY_OF
        { "Japan and the United States, longtime allies, held talks.", ["ALLY_OF country:jpn country:usa"], [] },
        { "The new treaty signed between Kenya and Uganda provides for \"mutual assistance\" in case either country faces aggression.",
            ["ALLY_OF country:ken country:uga"], [] },
        { "Kenya and Uganda pledged mutual military aid.", ["ALLY_OF country:ken country:uga"], [] },
        { "Kenya and Uganda discussed aid.", [], ["ALLY_OF"] },
        { "Belarus, Russia's closest ally, stayed silent.", ["ALLY_OF country:blr country:rus"], [] },
        { "Allies France and Germany disagreed.", ["ALLY_OF country:deu country:fra"], [] },

        // ---- SANCTIONS
        { "Washington slapped tariffs and sanctions on Iranian oil firms.", ["SANCTIONS country:usa country:irn"], [] },
        { "The sanctions imposed by Washington on Venezuela hit oil exports.", ["SANCTIONS country:usa country:ven"], [] },
        { "Britain imposed sanctions on Russian state-owned banks.", ["SANCTIONS country:gbr country:rus"], [] },
        { "Canada imposed new sanctions on Iran.", ["SANCTIONS country:can country:irn"], [] },
        { "Iran faces sanctions by the United States.", ["SANCTIONS country:usa country:irn"], [] },
        // Agreed sanctions, the passive, and the harm done by a country's sanctions.
        { "EU foreign ministers agreed new sanctions on Belarus.", ["SANCTIONS organization:eu country:blr"], [] },
        { "Sanctions were imposed on Iran by the United States in 2018.", ["SANCTIONS country:usa country:irn date=2018"], [] },
        { "Cuba has been sanctioned by Canada.", ["SANCTIONS country:can country:cub"], [] },
        { "Iran's economy has been crippled by US sanctions.", ["SANCTIONS country:usa country:irn"], [] },
        { "Britain has imposed sanctions on four Israeli settlers.", ["SANCTIONS country:gbr country:isr"], [] },
        { "The United States, the United Kingdom and Japan announced sanctions against Russia.",
            ["SANCTIONS country:usa country:rus", "SANCTIONS country:gbr country:rus", "SANCTIONS country:jpn country:rus"], [] },

        // ---- SUPPLIES_ARMS, negation, attribution, hedging
        // A capital that arms go to is its government.
        { "France sent weapons to Kyiv.", ["SUPPLIES_ARMS country:fra country:ukr"], [] },
        { "Antony Blinken said North Korea is providing munitions to Russia.",
            ["SUPPLIES_ARMS country:prk country:rus by=person:antony-blinken"], [] },
        { "Russia and North Korea have denied arms transfers.",
            ["SUPPLIES_ARMS country:rus country:prk negated", "SUPPLIES_ARMS country:prk country:rus negated"], [] },
        { "Iran rejected claims that Tehran sent drones to Russia.", ["SUPPLIES_ARMS country:irn country:rus negated"], [] },
        { "Iran reportedly sent missiles to Russia.", ["SUPPLIES_ARMS country:irn country:rus hedged"], [] },
        { "There is concern that Belarus is supplying Russia with shells.", ["SUPPLIES_ARMS country:blr country:rus hedged"], [] },
        { "According to Ukraine, Iran sent drones to Russia.", ["SUPPLIES_ARMS country:irn country:rus by=country:ukr"], [] },
        { "\"Iran has sent missiles to Russia,\" Antony Blinken told reporters.",
            ["SUPPLIES_ARMS country:irn country:rus by=person:antony-blinken"], [] },
        { "Iran sent drones to Russia, Kaja Kallas said, and Olaf Scholz visited Kyiv.",
            ["SUPPLIES_ARMS country:irn country:rus by=person:kaja-kallas", "VISITED person:olaf-scholz location:kyiv"], [] },
        { "Olaf Scholz told Emmanuel Macron that Iran sent drones to Russia.",
            ["SUPPLIES_ARMS country:irn country:rus by=person:olaf-scholz"], ["SUPPLIES_ARMS country:irn country:rus by=person:emmanuel-macron"] },

        // ---- expectation and dates
        { "Vladimir Putin is expected to visit Hanoi on Friday.", ["VISITED person:vladimir-putin location:hanoi date=2025-06-20 expected"], [] },
        { "Keir Starmer will visit Geneva next week.", ["VISITED person:keir-starmer location:geneva expected"], [] },
        { "Keir Starmer said he was hoping to meet Joe Biden.", ["MET person:joe-biden person:keir-starmer expected"], [] },
        { "Keir Starmer said he would be happy to meet Joe Biden.", ["MET person:joe-biden person:keir-starmer expected"], [] },
        { "Narendra Modi visited Geneva on 14 July 2024.", ["VISITED person:narendra-modi location:geneva date=2024-07-14"], [] },
        { "Narendra Modi visited Geneva on Friday.", ["VISITED person:narendra-modi location:geneva date=2025-06-13"], [] },

        // ---- AT_WAR_WITH
        { "Ethiopia fought a border war with Eritrea in 1998.", ["AT_WAR_WITH country:eri country:eth date=1998"], [] },
        { "Russia's full-scale invasion of Ukraine continued.", ["AT_WAR_WITH country:rus country:ukr"], [] },
        { "Japan expressed support for Ukraine's war effort.", [], ["AT_WAR_WITH country:jpn country:ukr"] },
        { "He recalled the Soviet army fighting the Japanese military in Manchuria.", ["AT_WAR_WITH country:jpn country:sun"], [] },
        { "The two countries were fighting the imperialist policy of the United States.", [],
            ["AT_WAR_WITH country:rus country:usa", "AT_WAR_WITH country:prk country:usa"] },

        // ---- LEADER_OF / OFFICIAL_OF / AFFILIATED_WITH / MEMBER_OF
        // A lede's role is the person the next sentence opens with, unless they hold another office.
        { "Japan's foreign minister arrived in Kenya on Monday. Trade Minister Ann Vale met him.", [], ["VISITED person:ann-vale"] },
        { "The government says the foreign minister would not go against Ann Vale's wishes. Ann Vale spoke.", [], ["OFFICIAL_OF person:ann-vale"] },
        // A national office in what a head of government says is in their government.
        { "Emmanuel Macron said Foreign Minister Ann Vale will travel to Kyiv.",
            ["OFFICIAL_OF person:ann-vale country:fra title=Foreign Minister"], [] },
        { "Emmanuel Macron praised Foreign Minister Ann Vale.", [], ["OFFICIAL_OF person:ann-vale"] },
        // A listed head of an international body, under the title listed, heads it where the article names it.
        { "The UN resolution asks Secretary-General Antonio Guterres to report back.",
            ["LEADER_OF person:antónio-guterres organization:un title=Secretary-General"], [] },
        { "The resolution asks Secretary-General Antonio Guterres to report back.", [], ["LEADER_OF"] },
        { "French President Emmanuel Macron spoke first.", ["LEADER_OF person:emmanuel-macron country:fra title=President"], [] },
        { "Mark Rutte, the secretary-general of NATO, spoke.", ["LEADER_OF person:mark-rutte organization:nato title=Secretary-General"], [] },
        { "Former Foreign Secretary Jack Straw spoke.", [], ["OFFICIAL_OF person:jack-straw country:gbr"] },
        { "Culture Secretary Tessa Jowell and Work and Pensions Secretary Alan Johnson spoke.",
            ["OFFICIAL_OF person:tessa-jowell country:gbr title=Culture Secretary", "OFFICIAL_OF person:alan-johnson country:gbr title=Work and Pensions Secretary"], [] },
        // An army's or a ministry's spokesman speaks for the country.
        { "Ugandan army spokesman Tom Vale said the claims were baseless.", ["OFFICIAL_OF person:tom-vale country:uga title=Military Spokesperson"], [] },
        { "In Nairobi, interior ministry spokesman Tom Vale said the claims were baseless.", ["OFFICIAL_OF person:tom-vale country:ken title=Ministry Spokesperson"], [] },
        // Co-presidents lead; magistrates serve their court; Japan's chief cabinet secretaries are its officials.
        { "Nicaragua's Co-President Rosario Murillo rejected the sanctions.", ["LEADER_OF person:rosario-murillo country:nic title=President"], [] },
        { "Deputy Chief Cabinet Secretary Tom Vale told reporters.", ["OFFICIAL_OF person:tom-vale country:jpn title=Deputy Chief Cabinet Secretary"], [] },
        // "the Omani ruler" is whoever leads Oman.
        { "Sultan Haitham bin Tariq of Oman arrived in Tokyo. Sanae Takaichi will hold talks with the Omani ruler.",
            ["MET person:haitham-bin-tariq person:sanae-takaichi expected"], [] },
        // A listed office-holder named as their country's holds their listed office; named as another's, nothing.
        { "The summit was attended by Uzbekistan's Shavkat Mirziyoyev.", ["LEADER_OF person:shavkat-mirziyoyev country:uzb title=President"], [] },
        { "The summit was attended by Kazakhstan's guest Shavkat Mirziyoyev.", [], ["LEADER_OF person:shavkat-mirziyoyev country:kaz"] },
        // A commissioner heads an agency ("Metropolitan Police Commissioner"), and serves a commission.
        { "Metropolitan Police Commissioner Sir Tom Vale backed the plan.", ["LEADER_OF person:tom-vale organization:metropolitan-police title=Commissioner"], [] },
        { "EU Commissioner Tom Vale backed the plan.", ["OFFICIAL_OF person:tom-vale organization:eu title=Commissioner"], ["LEADER_OF"] },
        // Taking an office of a country or body.
        { "Hun Manet succeeded his father as prime minister of Cambodia.", ["LEADER_OF person:hun-manet country:khm title=Prime Minister"], [] },
        { "Donald Tusk was elected president of the European Council.", ["LEADER_OF person:donald-tusk organization:european-council title=President"], [] },
        // Overtaking someone to become something is the subject's doing.
        { "Donald Tusk overtook Keir Starmer to become leader of the European Council.", [], ["LEADER_OF person:keir-starmer"] },
        { "Kenya is a member of the African Union.", ["MEMBER_OF country:ken organization:au"], [] },
        // Membership in an apposition, a possessive, a seat, a plural, a relative clause.
        { "Poland and Hungary, both members of the European Union, objected.",
            ["MEMBER_OF country:pol organization:eu", "MEMBER_OF country:hun organization:eu"], [] },
        { "Turkey's membership of NATO was questioned.", ["MEMBER_OF country:tur organization:nato"], [] },
        { "Spain holds a non-permanent seat on the UN Security Council.", ["MEMBER_OF country:esp organization:unsc"], [] },
        { "Latvia and Lithuania are NATO members.", ["MEMBER_OF country:lva organization:nato", "MEMBER_OF country:ltu organization:nato"], [] },
        { "The 27 EU countries, including France and Spain, objected.", ["MEMBER_OF country:fra organization:eu", "MEMBER_OF country:esp organization:eu"], [] },
        // Leaving a body, chairing it, founding one.
        { "Mali, Burkina Faso and Niger formally quit ECOWAS in January.",
            ["MEMBER_OF country:mli organization:ecowas former", "MEMBER_OF country:bfa organization:ecowas former", "MEMBER_OF country:ner organization:ecowas former"], [] },
        { "Kenya said it had no plans to quit the African Union.", [], ["MEMBER_OF"] },
        { "The Philippines, which holds the rotating ASEAN chair this year, urged calm.", ["MEMBER_OF country:phl organization:asean"], [] },
        { "Malaysia, the then-chair of ASEAN, brokered the truce.", ["MEMBER_OF country:mys organization:asean"], [] },
        { "Mali and Niger went on to form their own Alliance of Sahel States.", ["MEMBER_OF country:mli organization:aes", "MEMBER_OF country:ner organization:aes"], [] },
        { "Turkey has been a member of NATO since 1952.", ["MEMBER_OF country:tur organization:nato"], [] },
        { "Kenya is one of the 54 members of the African Union.", ["MEMBER_OF country:ken organization:au"], [] },
        // "There were members of" says who the members are not.
        { "Kenya said there were 22 members of the African Union in the talks.", [], ["MEMBER_OF"] },
        { "Finland became NATO's 31st member in 2023.", ["MEMBER_OF country:fin organization:nato date=2023"], [] },
        { "Sweden, the newest NATO member, hosted the drills.", ["MEMBER_OF country:swe organization:nato"], [] },
        { "France and Germany, both EU members, agreed.", ["MEMBER_OF country:fra organization:eu", "MEMBER_OF country:deu organization:eu"], [] },
        { "The 27-nation EU includes France and Germany.", ["MEMBER_OF country:fra organization:eu", "MEMBER_OF country:deu organization:eu"], [] },
        { "Kenya was admitted to the African Union in 1963.", ["MEMBER_OF country:ken organization:au date=1963"], [] },
        { "Keir Starmer is a member of the ruling Labour Party.", ["MEMBER_OF person:keir-starmer organization:uk-labour-party"], [] },
        // A membership sought is one expected, as a visit planned is: never a membership held.
        { "Moldova's bid to join the European Union was welcomed.", ["MEMBER_OF country:mda organization:eu expected"], [] },
        { "Kenya and Uganda, which together with Tanzania form the African Union, spoke.",
            ["MEMBER_OF country:ken organization:au", "MEMBER_OF country:uga organization:au", "MEMBER_OF country:tza organization:au"], [] },

        // ---- groups of countries (country-groups.yaml) stand for each member
        { "The three Baltic states have backed Ukraine.",
            ["SUPPORTS country:est country:ukr", "SUPPORTS country:lva country:ukr", "SUPPORTS country:ltu country:ukr"], [] },
        { "Leaders of the Nordic and Baltic states condemned Russia.",
            ["CRITICIZED country:dnk country:rus", "CRITICIZED country:isl country:rus", "CRITICIZED country:lva country:rus", "CRITICIZED country:swe country:rus"], [] },
        { "Nordic-Baltic governments condemned Russia.", ["CRITICIZED country:fin country:rus", "CRITICIZED country:est country:rus"], [] },
        { "Gulf Arab states criticised Iran.", ["CRITICIZED country:qat country:irn", "CRITICIZED country:are country:irn"], [] },
        { "Russia sent ships to the Baltic Sea and condemned Estonia.", ["CRITICIZED country:rus country:est"], ["CRITICIZED country:rus country:lva"] },
        // A dateline stands before the clause's subject, which the predicates joined by "and" share.
        { "VILNIUS, Lithuania (AP) -- Leaders of the Baltic states pledged support for Moldova's bid to join the European Union and condemned Russia.",
            ["SUPPORTS country:est country:mda", "CRITICIZED country:est country:rus", "CRITICIZED country:ltu country:rus", "MEMBER_OF country:mda organization:eu expected"],
            ["CRITICIZED organization:eu country:rus"] },
        { "Keir Starmer, head of the Press Council's ethics unit, spoke.",
            ["OFFICIAL_OF person:keir-starmer organization:press-council title=Head"], ["LEADER_OF person:keir-starmer organization:press-council"] },
        { "The BBC's political editor, Keir Starmer, said so, and Reuters correspondent Rishi Sunak agreed.",
            ["AFFILIATED_WITH person:keir-starmer organization:bbc", "AFFILIATED_WITH person:rishi-sunak organization:reuters"], [] },
        { "Keir Starmer, deputy chief economist at the World Bank, spoke.", ["AFFILIATED_WITH person:keir-starmer organization:world-bank"], [] },
        { "Keir Starmer, Reuters political correspondent, said so.", ["AFFILIATED_WITH person:keir-starmer organization:reuters"], [] },
        { "Keir Starmer, Britain's independent reviewer of terrorism laws, said so.", ["OFFICIAL_OF person:keir-starmer country:gbr title=Reviewer"], [] },
        { "Home Secretary Charles Clarke spoke to Home Office staff.", ["LEADER_OF person:charles-clarke organization:uk-home-office title=Home Secretary"], [] },
        { "Home Secretary Charles Clarke spoke to police officers.", [], ["LEADER_OF person:charles-clarke organization:uk-home-office"] },
        { "Work Secretary Charles Clarke said the Department for Work and Pensions would act.",
            ["OFFICIAL_OF person:charles-clarke country:gbr title=Work and Pensions Secretary", "LEADER_OF person:charles-clarke organization:dwp title=Work and Pensions Secretary"], [] },
        { "German Chancellor Olaf Scholz spoke as HM Treasury cut rates.", ["LEADER_OF person:olaf-scholz country:deu title=Chancellor"], ["LEADER_OF person:olaf-scholz organization:hm-treasury"] },
        { "Crowds filled the square [Keir Starmer/Reuters via AFP].", ["AFFILIATED_WITH person:keir-starmer organization:reuters"], ["AFFILIATED_WITH person:keir-starmer organization:afp"] },
        { "Rishi Sunak introduced members of the French government, including Emmanuel Macron and Kaja Kallas.",
            ["OFFICIAL_OF person:emmanuel-macron country:fra", "OFFICIAL_OF person:kaja-kallas country:fra"], ["OFFICIAL_OF person:rishi-sunak country:fra"] },
        { "Keir Starmer, World Bank health spokesman said so.", ["OFFICIAL_OF person:keir-starmer organization:world-bank title=Spokesman"],
            ["AFFILIATED_WITH person:keir-starmer organization:world-bank"] },
        { "The Liberal Democrats unveiled their plans. Party leader Keir Starmer said they were costed.",
            ["LEADER_OF person:keir-starmer organization:uk-liberal-democrats title=Leader"], [] },
        { "The head of the \"troubled\" World Bank, Keir Starmer, resigned.", ["LEADER_OF person:keir-starmer organization:world-bank title=Head"], [] },
        { "Keir Starmer, chief executive of the World Bank, spoke.", ["LEADER_OF person:keir-starmer organization:world-bank title=Chief Executive"],
            ["AFFILIATED_WITH person:keir-starmer organization:world-bank"] },
        { "Keir Starmer resigned the whip in the European Parliament in October, after criticising the World Bank.", [],
            ["CRITICIZED organization:european-parliament organization:world-bank"] },
        { "Keir Starmer, managing director of the World Bank, spoke.", ["LEADER_OF person:keir-starmer organization:world-bank title=Managing Director"],
            ["AFFILIATED_WITH person:keir-starmer organization:world-bank"] },
        { "Keir Starmer, vice president of the World Bank, spoke.", ["OFFICIAL_OF person:keir-starmer organization:world-bank title=Vice President"],
            ["AFFILIATED_WITH person:keir-starmer organization:world-bank"] },
        { "Keir Starmer, a senior member of the Countryside Alliance, spoke.",
            ["MEMBER_OF person:keir-starmer organization:countryside-alliance"], ["AFFILIATED_WITH person:keir-starmer organization:countryside-alliance"] },
        { "Rishi Sunak studied at the University of Oxford.", ["AFFILIATED_WITH person:rishi-sunak organization:university-of-oxford"], [] },
        // A frontbencher is the party's member; which office, the phrase does not say (readers of two sets agree).
        { "Tory frontbencher Rishi Sunak and Labour peer Lord Dubs spoke.",
            ["MEMBER_OF person:rishi-sunak organization:uk-conservative-party", "MEMBER_OF person:dubs organization:uk-labour-party"],
            ["OFFICIAL_OF person:rishi-sunak organization:uk-conservative-party", "OFFICIAL_OF person:dubs organization:uk-conservative-party"] },
        { "Tory frontbench spokesman Rishi Sunak spoke.",
            ["OFFICIAL_OF person:rishi-sunak organization:uk-conservative-party title=Frontbench Spokesman"], [] },
        { "Keir Starmer, a Labour peer and a human rights lawyer, spoke.", ["MEMBER_OF person:keir-starmer organization:uk-labour-party"], [] },
        { "Labour MPs Keir Starmer and Rishi Sunak voted against.",
            ["MEMBER_OF person:keir-starmer organization:uk-labour-party", "MEMBER_OF person:rishi-sunak organization:uk-labour-party"], [] },
        { "Tory backbenchers including Keir Starmer, Rishi Sunak and Olaf Scholz rebelled.",
            ["MEMBER_OF person:keir-starmer organization:uk-conservative-party", "MEMBER_OF person:rishi-sunak organization:uk-conservative-party",
                "MEMBER_OF person:olaf-scholz organization:uk-conservative-party"], [] },
        { "Tory parliamentary hopefuls Keir Starmer and Rishi Sunak spoke.",
            ["MEMBER_OF person:keir-starmer organization:uk-conservative-party", "MEMBER_OF person:rishi-sunak organization:uk-conservative-party"], [] },
        { "Labour MPs, Tory peers and Keir Starmer spoke.", [], ["MEMBER_OF person:keir-starmer"] },
        { "Olaf Scholz's ruling Green Alliance party won the vote.", ["MEMBER_OF person:olaf-scholz organization:green-alliance"], [] },
        { "Rishi Sunak, whose conservative Green Alliance party holds a majority, spoke.", ["MEMBER_OF person:rishi-sunak organization:green-alliance"], [] },
        { "Keir Starmer's centre-left Green Alliance won the vote.", ["MEMBER_OF person:keir-starmer organization:green-alliance"], [] },
        { "Keir Starmer's Press Council won the vote.", [], ["MEMBER_OF person:keir-starmer"] },
        { "Keir Starmer is returning to advise the Green Alliance on its campaign.", ["AFFILIATED_WITH person:keir-starmer organization:green-alliance"], [] },
        { "Keir Starmer, an adviser to the Green Alliance, spoke.", ["AFFILIATED_WITH person:keir-starmer organization:green-alliance"], [] },
        { "The top bishop in England and Wales backed Keir Starmer's stance, as did a priest in France.", [],
            ["SUPPORTS country:gb-eng person:keir-starmer", "SUPPORTS country:gb-wls person:keir-starmer", "SUPPORTS country:fra person:keir-starmer"] },
        { "Keir Starmer, a Cabinet Office minister and Tamworth MP, spoke.",
            ["OFFICIAL_OF person:keir-starmer organization:uk-cabinet-office title=Minister", "OFFICIAL_OF person:keir-starmer country:gbr title=Minister"], [] },

        // ---- RELATIVE_OF
        { "Kim Jong Un, who succeeded his father, Kim Jong Il, in 2011, spoke.", ["RELATIVE_OF person:kim-jong-il person:kim-jong-un relation=father"], [] },
        { "Kim Jong Un's sister, Kim Yo Jong, issued a statement.", ["RELATIVE_OF person:kim-jong-un person:kim-yo-jong relation=sister"], [] },
        { "Kim Jong Un welcomed Vladimir Putin and introduced Choe Son Hui and the leader's powerful sister, Kim Yo Jong.",
            ["RELATIVE_OF person:kim-jong-un person:kim-yo-jong relation=sister"],
            ["RELATIVE_OF person:vladimir-putin person:kim-yo-jong", "RELATIVE_OF person:choe-son-hui person:kim-yo-jong"] },
        { "Kim Yo Jong, the powerful sister of leader Kim Jong Un, issued a statement.", ["RELATIVE_OF person:kim-jong-un person:kim-yo-jong relation=sister"], [] },
        { "Hun Manet succeeded his father, Hun Sen, in 2023.", ["RELATIVE_OF person:hun-manet person:hun-sen relation=father"], [] },

        { "President Tomas Varga of Hungary spoke. Later the Hungarian president met Keir Starmer.",
            ["LEADER_OF person:tomas-varga country:hun title=President", "MET person:keir-starmer person:tomas-varga"], [] },
        { "Alan Milburn, Labour's head of elections strategy, spoke.", [], ["LEADER_OF person:alan-milburn"] },
        { "Graham Lane, leader of the Labour group on Newham Council, spoke.", [], ["LEADER_OF person:graham-lane"] },
        { "Tony Blair, the leader of the Labour Party, spoke.", ["LEADER_OF person:tony-blair organization:uk-labour-party title=Leader"], [] },

        // ---- LOCATED_IN
        { "Odesa in Ukraine was shelled.", ["LOCATED_IN location:odesa country:ukr"], [] },
        { "The port of Odesa in southern Ukraine was hit.", ["LOCATED_IN location:odesa country:ukr"], [] },
        // A place set in its country after a comma, by preposition, demonym, rank or region.
        { "Protests erupted in Odesa, in southern Ukraine.", ["LOCATED_IN location:odesa country:ukr"], [] },
        { "Drones struck Odesa, a Ukrainian port city, overnight.", ["LOCATED_IN location:odesa country:ukr"], [] },
        { "Fighting spread to Odesa, Ukraine's third city.", ["LOCATED_IN location:odesa country:ukr"], [] },
        { "Aid reached the Odesa region of Ukraine.", ["LOCATED_IN location:odesa country:ukr"], [] },
        { "Odesa, the largest city in southern Ukraine, was hit.", ["LOCATED_IN location:odesa country:ukr"], [] },
        { "Police raided homes in Lahore, Pakistan's second-largest city.", ["LOCATED_IN location:lahore country:pak"], [] },
        { "The summit took place in Sochi on Russia's Black Sea coast.", ["LOCATED_IN location:sochi country:rus"], [] },
        { "Gaza City, in the north of the Gaza Strip, was shelled.", ["LOCATED_IN location:gaza-city location:gaza-strip"], [] },
        { "It happened in Kenya's coastal city of Mombasa.", ["LOCATED_IN location:mombasa country:ken"], [] },
        { "Vladimir Putin had landed in the North Korean capital before dawn.",
            ["LOCATED_IN location:pyongyang country:prk", "VISITED person:vladimir-putin location:pyongyang"], [] },
        { "The Spanish capital, Madrid, was quiet.", ["LOCATED_IN location:madrid country:esp"], [] },
        { "Ireland beat Wales in Cardiff, and Scotland in Rome, before a rest in Guantanamo Bay in Britain.", [],
            ["LOCATED_IN country:gb-wls location:cardiff", "LOCATED_IN country:gb-sct location:rome", "LOCATED_IN location:guantanamo-bay country:gbr"] },
        { "Narendra Modi is expected to reach Vietnam's Hanoi on Wednesday.",
            ["VISITED person:narendra-modi country:vnm date=2025-06-18 expected"], [] },
        { "Narendra Modi is visiting Vietnam's capital Hanoi.", ["LOCATED_IN location:hanoi country:vnm"], ["LOCATED_IN location:hanoi country:vnm date=2025-06-18"] },
        { "Narendra Modi, who is visiting China, said his country would sell oil.", ["VISITED person:narendra-modi country:chn"], ["VISITED person:narendra-modi country:chn by=country:ind"] },
        { "The Hanoi stop of Narendra Modi's tour matters, said Kaja Kallas of the European Union.", ["VISITED person:narendra-modi location:hanoi by=person:kaja-kallas"], [] },
        { "The forum meets in Davos, Switzerland, next week.", ["LOCATED_IN location:davos country:che"], [] },
        { "Keir Starmer spoke in Houston, Texas, on Monday.", ["LOCATED_IN location:houston location:texas"], [] },
        { "The band toured Leeds, Manchester, Glasgow and London.", [],
            ["LOCATED_IN location:leeds location:manchester", "LOCATED_IN location:manchester location:glasgow", "LOCATED_IN location:leeds location:glasgow"] },
        { "They grew up in Tamworth, Leeds, Ripon and Hull.", [], ["LOCATED_IN location:tamworth location:leeds"] },
        { "After the match in Cardiff, Wales will face Italy.", [], ["LOCATED_IN location:cardiff country:gb-wls"] },
        { "The law will cover England, Wales and Northern Ireland from next year.", [],
            ["LOCATED_IN country:gb-eng country:gb-wls", "LOCATED_IN country:gb-eng country:gb-nir"] },
        { "The tour visits Leeds, Paris, Houston, Texas, Ohio.", [], ["LOCATED_IN location:texas location:ohio"] },
        { "The firm moved from Glasgow, Manchester, last year.", [], ["LOCATED_IN location:glasgow location:manchester"] },
        { "They opened offices in Dallas in the US, Bordeaux in France and Basra in Iraq.",
            ["LOCATED_IN location:dallas country:usa", "LOCATED_IN location:basra country:irq"], ["LOCATED_IN location:dallas location:bordeaux"] },
    };

    /// <summary>Sentences whose names only the statistical tagger finds: run with the shipped model.</summary>
    public static TheoryData<string, string[], string[]> TaggedCases => new()
    {
        // A party member in an apposition or a relative clause; not a body's officer.
        { "Tom Vale, a lawmaker from the Labour Party, objected.", ["MEMBER_OF person:tom-vale organization:uk-labour-party"], [] },
        { "Tom Vale, who belongs to the Labour Party, objected.", ["MEMBER_OF person:tom-vale organization:uk-labour-party"], [] },
        { "Tom Vale, a Labour Party member, objected.", ["MEMBER_OF person:tom-vale organization:uk-labour-party"], [] },
        { "Tom Vale, CML deputy director general, objected.", [], ["MEMBER_OF"] },
        // A reshuffle's offices are the reported country's; with no one country reported, no one's.
        { "NAIROBI, Kenya (AP) - Kenya's parliament approved a new cabinet on Monday. Tom Vale takes over the defence ministry, and the reshuffle hands the finance portfolio to Ann Hale. Joe Mbeki becomes minister of regional development.",
            ["OFFICIAL_OF person:tom-vale country:ken", "OFFICIAL_OF person:ann-hale country:ken", "OFFICIAL_OF person:joe-mbeki country:ken"], [] },
        { "Kenya and Uganda met on Monday. Tom Vale takes over the defence ministry.", [], ["OFFICIAL_OF"] },
        // A title opening with a listed ministry's name the story names is an office in that ministry, of its country, in a
        // story about another; a party's spokesman for the portfolio holds none.
        { "The U.S. Treasury Department imposed sanctions on Mali. Mali protested, and Mali's junta agreed. Treasury Under Secretary Tom Vale said so.",
            ["OFFICIAL_OF person:tom-vale organization:us-treasury title=Treasury Under Secretary", "OFFICIAL_OF person:tom-vale country:usa title=Treasury Under Secretary"], ["OFFICIAL_OF person:tom-vale country:mli"] },
        { "The Home Office said so. Liberal Democrat Home Affairs spokesman Tom Vale disagreed.", [], ["OFFICIAL_OF person:tom-vale organization:uk-home-office"] },
        // A former head of state with no country named headed the reported one, unless listed as another's.
        { "BISSAU, Guinea-Bissau (Reuters) - Guinea-Bissau's army seized power. Guinea-Bissau's parliament was dissolved. Former President Tom Vale was detained.",
            ["LEADER_OF person:tom-vale country:gnb former title=President"], [] },
        { "BISSAU, Guinea-Bissau (Reuters) - Guinea-Bissau's army seized power. Guinea-Bissau's parliament was dissolved. Former President Barack Obama spoke.", [],
            ["LEADER_OF person:barack-obama country:gnb"] },
        // Backing stated in a relative clause; a head of state installed with no country named heads the reported one.
        { "Tom Vale, who is backed by the main opposition Labour Party, claimed victory.", ["SUPPORTS organization:uk-labour-party person:tom-vale"], [] },
        { "BISSAU, Guinea-Bissau (Reuters) - Guinea-Bissau's army seized power on Wednesday. The junta installed General Tom Vale, the army chief of staff, as transitional president.",
            ["LEADER_OF person:tom-vale country:gnb title=President"], [] },
        // Who speaks for a body, or holds a post in it, is one of its officials, as the annotation guide has it.
        { "Tom Vale, foreign policy spokesman for the Labour Party in parliament, said so.",
            ["OFFICIAL_OF person:tom-vale organization:uk-labour-party"], ["AFFILIATED_WITH person:tom-vale"] },
        // A portfolio's head, and an office in a country's ministry, are officials.
        { "Tom Vale, the U.N. humanitarian chief, said so.", ["OFFICIAL_OF person:tom-vale organization:un"], ["LEADER_OF"] },
        { "Ann Hale, a senior adviser at Oman's energy ministry, said so.", ["OFFICIAL_OF person:ann-hale country:omn"], [] },
        // A plural's possessive apostrophe is "'s", not a closing quotation mark.
        { "Tom Vale, the Tories' leader, conceded.", ["LEADER_OF person:tom-vale organization:uk-conservative-party title=Leader"], [] },
        { "Blackground Records' lawyer Tom Vale objected.", ["AFFILIATED_WITH person:tom-vale organization:blackground-records"], [] },
        // A region set in its country by the possessive.
        { "Shells hit Thailand's Sisaket province overnight.", ["LOCATED_IN location:sisaket country:tha"], [] },
        // A treaty named after a city is a treaty, not the city.
        { "Somalia and Ethiopia signed the Ankara Declaration in December.", ["SIGNED country:som treaty:ankara-declaration", "SIGNED country:eth treaty:ankara-declaration"], [] },
        // Emperor is Japan's; an empress beside him is his consort; a listed name opening with its title states it.
        { "Emperor Naruhito and Empress Masako greeted the sultan at the palace.", ["LEADER_OF person:emperor-naruhito country:jpn title=Emperor"], ["LEADER_OF person:empress-masako"] },
        // "bint" joins an Arabic name; the kinship captured is the first relative's only.
        { "Sultan Haitham bin Tariq of Oman arrived in Tokyo. The sultan was accompanied by his wife, Sayyida Ahd bint Abdullah al-Busaidi, and his eldest son, Sayyid Theyazin bin Haitham.",
            ["ACCOMPANIED person:sayyida-ahd-bint-abdullah-al-busaidi person:haitham-bin-tariq", "RELATIVE_OF person:haitham-bin-tariq person:sayyida-ahd-bint-abdullah-al-busaidi relation=wife"],
            ["RELATIVE_OF person:haitham-bin-tariq person:sayyid-theyazin-bin-haitham relation=wife"] },
        // A nickname in quotes inside a name keeps the name whole, and the aside it stands in closes after it.
        { "Lula, joined by First Lady Ana \"Nina\" da Costa, called the Netherlands \"a partner\".", ["SUPPORTS person:lula country:nld"],
            ["SUPPORTS person:da-costa", "SUPPORTS person:ana-nina-da-costa"] },
        // "the charity" is the one listed charity the passage names; a charity's director heads it.
        { "Oxfam said the G7 had failed Africa. Ann Vale, the charity's director, said rich nations must act.",
            ["LEADER_OF person:ann-vale organization:oxfam title=Director"], [] },
        // A lede's role is the person the next sentence opens with.
        { "Japan's foreign minister arrived in Kenya on Monday. Takeshi Morioka, who took over the portfolio last autumn, met officials.",
            ["OFFICIAL_OF person:takeshi-morioka country:jpn title=Foreign Minister", "VISITED person:takeshi-morioka country:ken date=2025-06-16"], [] },
        // The tagger reads a name after "at" as a place; a listed person's full name is the person.
        { "Keir Starmer hit out at Olaf Scholz on Monday.", ["CRITICIZED person:keir-starmer person:olaf-scholz date=2025-06-16"], [] },
        // The tagger reads an unlisted town as a body; "city of" makes it a place.
        { "Fighters besieged the Sudanese city of El Obeid on Monday.", ["LOCATED_IN location:el-obeid country:sdn"], [] },
        { "Tom Vale grew up in Norfolk, Nebraska, before moving.", ["LOCATED_IN location:norfolk location:nebraska"], [] },
        { "They grew up in Tamworth, Leeds, Ripon and Hull.", [], ["LOCATED_IN location:tamworth location:leeds"] },
        { "They met in Tamworth, Ripon, Leeds.", [], ["LOCATED_IN location:ripon location:leeds"] },
        { "Tom Vale grew up in Tamworth, Ripon, before moving.", [], ["LOCATED_IN location:tamworth location:ripon"] },
        { "Crowds filled the square [Tom Vale/Reuters via AFP].", ["AFFILIATED_WITH person:tom-vale organization:reuters"], [] },
        { "Tom Vale, the service director for registrations of marriages at Brent Council, spoke.",
            ["OFFICIAL_OF person:tom-vale organization:brent-council title=Director"], [] },
        { "The Liberal Democrats unveiled their plans. Tom Vale, the party's Treasury spokesman, said the sums added up.",
            ["OFFICIAL_OF person:tom-vale organization:uk-liberal-democrats title=Spokesman"], [] },
        { "Labour and the Tories clashed. Tom Vale, the party's Treasury spokesman, said the sums added up.", [],
            ["OFFICIAL_OF person:tom-vale organization:uk-labour-party", "OFFICIAL_OF person:tom-vale organization:uk-conservative-party"] },
        { "Tom Vale said his wife Ann Vale would stay.", ["RELATIVE_OF person:ann-vale person:tom-vale relation=wife"], [] },
        // "The president" is the state's, not the Senate's named just before.
        { "President Ferdinand Marcos Jr. welcomed it. Senate President Vicente Sotto III agreed. Imee Marcos, the president's elder sister, did not.",
            ["RELATIVE_OF person:ferdinand-marcos-jr person:imee-marcos relation=sister"], ["RELATIVE_OF person:imee-marcos person:vicente-sotto-iii"] },
        // A treaty described in lower case and named right after is the named one; the tagger's "Agreement" body is a
        // treaty; a title phrase's country does not stand in for the person it names.
        { "Japan and the Philippines signed a defence agreement on Thursday. The Reciprocal Access Agreement was signed in Manila by Philippine Defence Secretary Gilberto Teodoro and Japanese Defence Minister Shinjiro Koizumi.",
            ["SIGNED country:jpn treaty:reciprocal-access-agreement date=2025-06-12", "SIGNED country:phl treaty:reciprocal-access-agreement date=2025-06-12",
                "SIGNED person:gilberto-teodoro treaty:reciprocal-access-agreement", "SIGNED person:shinjiro-koizumi treaty:reciprocal-access-agreement"],
            ["SIGNED country:phl treaty:defence-agreement"] },
        { "Tom Vale was criticised after suggesting the signing of the Maastricht Treaty was a mistake.", [], ["SIGNED person:tom-vale"] },
        // A slot never reaches into the next sentence.
        { "Ann Vale targets Labour MP\n\nGeorge Galloway spoke.", [], ["MEMBER_OF person:george-galloway organization:uk-labour-party"] },
        { "Tom Vale was sworn in as Bolivia's president on Saturday.", ["LEADER_OF person:tom-vale country:bol date=2025-06-14 title=President"], [] },
        { "Eritrea, led by President Tom Vale, denied it.", ["LEADER_OF person:tom-vale country:eri"], [] },
        { "Tom Vale, who ruled Cambodia for four decades, spoke.", ["LEADER_OF person:tom-vale country:khm"], [] },
        { "Tom Vale, chairman of the drone maker Baykar, spoke.", ["LEADER_OF person:tom-vale organization:baykar title=Chairman"], [] },
        { "Tom Vale, a sanctions researcher at the Stockholm International Peace Research Institute, said so.", ["AFFILIATED_WITH person:tom-vale organization:sipri"], [] },
        { "Tom Vale, a political scientist at the Stockholm International Peace Research Institute, said so.", ["AFFILIATED_WITH person:tom-vale organization:sipri"], [] },
        { "Tom Vale, a professor of international relations at the Stockholm International Peace Research Institute, said so.", ["AFFILIATED_WITH person:tom-vale organization:sipri"], [] },
        { "Associated Press writer Tom Vale contributed to this report.", ["AFFILIATED_WITH person:tom-vale organization:ap"], [] },
        // A word two people of the article share names neither, nor a listed stranger with it (Kim Tok Hun).
        { "Hun Manet succeeded his father, Hun Sen, in 2023. The elder Hun later met Keir Starmer.", [],
            ["MET person:keir-starmer person:kim-tok-hun", "MET person:hun person:keir-starmer"] },
        { "NAIROBI, Kenya (AP) — Kenya and Ethiopia traded accusations.", ["LOCATED_IN location:nairobi country:ken"], [] },
        { "Ships docked at Vostochny in Russia's Far East.", ["LOCATED_IN location:vostochny country:rus"], [] },
        { "In Dakar, Emmanuel Macron was received by the president.", ["VISITED person:emmanuel-macron location:dakar"], [] },
        { "In Paris, Emmanuel Macron was received by the president.", [], ["VISITED person:emmanuel-macron"] },
        { "Officials noted a visit to Pyongyang last month by Sergei Shoigu.", ["VISITED person:sergei-shoigu location:pyongyang"], [] },
        { "The United States was represented by Deputy Secretary of State Tom Vale.", ["OFFICIAL_OF person:tom-vale country:usa"], [] },
        { "It built on Australia's existing Reciprocal Access Agreement.", ["PARTY_TO country:aus treaty:reciprocal-access-agreement"], [] },
        { "It built on the Reciprocal Access Agreement that Japan and Australia signed in 2024.",
            ["SIGNED country:aus treaty:reciprocal-access-agreement date=2024", "SIGNED country:jpn treaty:reciprocal-access-agreement date=2024"], [] },
        // "The Senate president" is the Senate's, not the president named before; "Federal President" is a title.
        { "Outgoing President Tom Vale spoke. Ann Hale, the Senate president who ran in the first round, disagreed.",
            ["LEADER_OF person:ann-hale organization:senate title=President"], ["LEADER_OF person:tom-vale organization:senate"] },
        { "Germany's guests were received by Federal President Frank-Walter Steinmeier.",
            ["LEADER_OF person:frank-walter-steinmeier country:deu title=President"], ["LEADER_OF person:frank-walter-steinmeier organization:federal"] },
        { "Chester have won two games but Chairman Tom Vale claims he cannot pay. But the Chester chairman added more.",
            ["LEADER_OF person:tom-vale organization:chester title=Chairman"], [] },
        // "its" and "his" before an office name whose it is.
        { "Saudi Arabia, which hosted talks between Ethiopia and Eritrea, said its foreign minister, Tom Vale, was in contact with both.",
            ["OFFICIAL_OF person:tom-vale country:sau title=Foreign Minister"], ["OFFICIAL_OF person:tom-vale country:eri"] },
        { "Brazilian President Luiz Inácio Lula da Silva sent his foreign minister, Tom Vale.", ["OFFICIAL_OF person:tom-vale country:bra title=Foreign Minister"], [] },
        { "Analysts say it is being punished for the ambitions of its founder, Tom Vale.", [], ["OFFICIAL_OF person:tom-vale"] },
        // An office held before, of the body the phrase names, is kept as such.
        { "Diplomats said former Nigerian president Tom Vale would travel to Asmara.", ["LEADER_OF person:tom-vale country:nga former title=President"], [] },
        { "Former Northern Ireland minister Tom Vale has died.", [], ["OFFICIAL_OF person:tom-vale"] },
        { "Tory former minister Tom Vale spoke.", ["MEMBER_OF person:tom-vale organization:uk-conservative-party"], ["OFFICIAL_OF person:tom-vale"] },
        // A counterpart named after a host of their own country holds the visitor's office, and is met with the host; a
        // listed person's country is no office the article's country gives them.
        { "Japanese Foreign Minister Ann Vale met President Kassym-Jomart Tokayev and his Kazakh counterpart Tom Hale in Astana.",
            ["OFFICIAL_OF person:tom-hale country:kaz title=Foreign Minister", "MET person:ann-vale person:tom-hale"], ["OFFICIAL_OF person:tom-hale country:jpn"] },
        { "NAIROBI, Kenya (AP) - Kenya's parliament approved a new cabinet on Monday. Antony Blinken takes over the defence ministry.", [],
            ["OFFICIAL_OF person:antony-blinken country:ken"] },
        // A counterpart holds the other's office for their own country.
        { "Thai Prime Minister Ann Vale met her Cambodian counterpart Tom Hale in Bangkok.",
            ["LEADER_OF person:ann-vale country:tha title=Prime Minister", "LEADER_OF person:tom-hale country:khm title=Prime Minister"], [] },
        { "Ann Vale met her Cambodian friend Tom Hale in Bangkok.", [], ["LEADER_OF person:tom-hale"] },
        // The tagger took the given name for a person of its own.
        { "Tom Vale will meet Foreign Minister Samuel Okudzeto Ablakwa.", ["MET person:samuel-okudzeto-ablakwa person:tom-vale expected"], [] },
        // The tagger stops before a romanized given name ("Kim"); the name runs on over it.
        { "Lee Jae-myung and first lady Kim Hea-kyung arrived in Berlin.", ["RELATIVE_OF person:kim-hea-kyung person:lee-jae-myung relation=wife"], [] },
        { "She found her husband, Tom Vale, had an affair with her sister Ann Vale.", [], ["RELATIVE_OF person:ann-vale person:tom-vale"] },
        { "Tom Vale met Sam Cole and his brother Ed Cole.", ["RELATIVE_OF person:ed-cole person:sam-cole relation=brother"], ["RELATIVE_OF person:ed-cole person:tom-vale"] },
        { "Jones argued with Tom Vale on Monday. They attended a rally in Brussels.", [], ["VISITED person:tom-vale location:brussels"] },
        { "Jo Lane, a Tory backbencher, agreed.", ["MEMBER_OF person:jo-lane organization:uk-conservative-party"], [] },
        { "Dan Pike, Conservative candidate for Hull, spoke.", ["MEMBER_OF person:dan-pike organization:uk-conservative-party"], [] },
        { "US presidential candidate Max Gray spoke.", [], ["OFFICIAL_OF person:max-gray country:usa", "LEADER_OF person:max-gray country:usa"] },
        { "Home Office minister Tom Vale said so.", ["OFFICIAL_OF person:tom-vale organization:uk-home-office title=Minister", "OFFICIAL_OF person:tom-vale country:gbr title=Minister"], [] },
        // Travel with the day between, a planned arrival, a tour, a guest welcomed to a place; none of it at home.
        { "Vladimir Putin will fly on Tuesday to Hanoi.", ["VISITED person:vladimir-putin location:hanoi date=2025-06-24 expected"], [] },
        { "Vladimir Putin is due in Hanoi.", ["VISITED person:vladimir-putin location:hanoi expected"], [] },
        { "Vladimir Putin began a four-nation tour of Central Asia.", ["VISITED person:vladimir-putin location:central-asia"], [] },
        { "Vietnam's president welcomed Vladimir Putin to Hanoi.", ["VISITED person:vladimir-putin location:hanoi"], [] },
        { "Tony Blair completed a whistle-stop tour of England.", [], ["VISITED person:tony-blair"] },
        // An unlisted leader meeting at home visits nothing; the guest does.
        { "Kyrgyz President Tom Vale and Tajik President Ann Hale met in Bishkek.", ["VISITED person:ann-hale location:bishkek"],
            ["VISITED person:tom-vale location:bishkek"] },
        // A phone call is talks.
        { "Kassym-Jomart Tokayev spoke by phone with Vladimir Putin.", ["MET person:kassym-jomart-tokayev person:vladimir-putin"], [] },
        // Membership in an apposition; sanctions on a country's people and on its list; wars fought.
        { "Bulgaria, the European Union's poorest member state, voted.", ["MEMBER_OF country:bgr organization:eu"], [] },
        { "The United States imposed sanctions on six senior Malian officials.", ["SANCTIONS country:usa country:mli"], [] },
        { "The European Union added them to its Mali sanctions list.", ["SANCTIONS organization:eu country:mli"], [] },
        { "Kyrgyzstan and Tajikistan fought deadly border conflicts in 2022.", ["AT_WAR_WITH country:kgz country:tjk date=2022"], [] },
        // Envoys are their country's; a sentence opening in a capital places a minister; a dateline places its city.
        { "Britain's U.N. ambassador, Ann Hale, spoke.", ["OFFICIAL_OF person:ann-hale country:gbr title=Ambassador"], ["OFFICIAL_OF person:ann-hale organization:un"] },
        { "In Tehran, foreign ministry spokesman Ali Karimi said Iran was pleased.",
            ["OFFICIAL_OF person:ali-karimi country:irn title=Foreign Ministry Spokesperson"], [] },
        { "ATHENS (Reuters) - Greece's parliament ratified the deal.", ["LOCATED_IN location:athens country:grc"], [] },
        // In capitals, under any of its listed names.
        { "BRASILIA (AFP) - Brazil's senate ratified the deal.", ["LOCATED_IN location:brasília country:bra"], [] },
        // An absolute clause after a comma has its own actor; an aside closed by a comma does not.
        { "The government approved licences for Israel, with senior Social Democrats accusing Friedrich Merz of haste.", [],
            ["CRITICIZED country:isr person:friedrich-merz"] },
        { "Russia, with much fanfare, condemned Ukraine.", ["CRITICIZED country:rus country:ukr"], [] },
        // A shareholder of a company acts for themselves.
        { "Another Deutsche Boerse shareholder also appeared to back Tom Vale.", [], ["SUPPORTS organization:deutsche-boerse person:tom-vale"] },
        // Parties of other countries are listed: their leaders and members are read as Britain's are.
        { "Leftist SYRIZA, led by Tom Vale, voted against.", ["LEADER_OF person:tom-vale organization:syriza"], [] },
        { "PAN Senator Ann Hale objected.", ["MEMBER_OF person:ann-hale organization:pan-mexico"], [] },
        // A party's leader with the party described; a government's head with its seat between.
        { "Nikos Androulakis, leader of the socialist PASOK party, agreed.", ["LEADER_OF person:nikos-androulakis organization:pasok title=Leader"], [] },
        { "Libya is split between the Government of National Unity in Tripoli, headed by Prime Minister Omar Salem, and a rival.",
            ["LEADER_OF person:omar-salem organization:government-of-national-unity"], [] },
        // The subject after a title written in another form, and past a quotation it calls something by.
        { "Government spokesman Tom Vale called the sanctions unfair and then accused France of meddling.", ["CRITICIZED person:tom-vale country:fra"], [] },
        { "Tom Vale called the sanctions \"a new act of economic warfare against the whole region\" and accused France of meddling.",
            ["CRITICIZED person:tom-vale country:fra"], [] },
        // A nation's people are not its state.
        { "Tom Vale called the move \"an attack on the Malian people\" and accused France of meddling.", [], ["CRITICIZED country:mli country:fra"] },
        // A speaker's accusation of breaking a deal; without a speaker, none.
        { "\"The Tajik side grossly violated the agreements,\" Kyrgyz official Tom Vale said.", ["CRITICIZED person:tom-vale country:tjk"], [] },
        { "The Tajik side violated the agreements.", [], ["CRITICIZED"] },
        // A paper's journalist or critic; a group's director; an envoy to a country named before the name.
        { "Evening Standard film critic Tom Vale said so.", ["AFFILIATED_WITH person:tom-vale organization:evening-standard"], [] },
        { "The meeting of the Parliamentary Labour Party was over claims made in journalist Tom Vale's book.", [],
            ["AFFILIATED_WITH person:tom-vale organization:parliamentary-labour-party"] },
        { "Ann Hale, director of civil rights group Liberty, agreed.", ["LEADER_OF person:ann-hale organization:liberty title=Director"], [] },
        { "Israel's ambassador to Germany, Tom Vale, welcomed it.", ["OFFICIAL_OF person:tom-vale country:isr title=Ambassador"], [] },
        // A memorandum between two capitals is a pact between their states.
        { "Turkey cited the 2019 memorandum between Ankara and Tripoli.", ["PARTY_TO country:tur treaty:2019-memorandum", "PARTY_TO country:lby treaty:2019-memorandum"], [] },
        // "The deal" is the treaty the story is about, not the older one named last; signing it abroad is a visit.
        { "Greece ratified a maritime boundary agreement with Libya. The maritime boundary agreement angered Turkey, which cited the 2019 memorandum between Ankara and Tripoli. Foreign Minister Nikos Dendias, who signed the deal in Tripoli, defended it.",
            ["SIGNED person:nikos-dendias treaty:maritime-boundary-agreement", "VISITED person:nikos-dendias location:tripoli"], ["SIGNED person:nikos-dendias treaty:2019-memorandum"] },
        // A spokesman for a group described before its name; a country chairing a body is its member.
        { "Tom Vale, a spokesman for the campaign group Liberty, said so.", ["OFFICIAL_OF person:tom-vale organization:liberty title=Spokesman"], [] },
        { "Britain chairs the G8 summit this year.", ["MEMBER_OF country:gbr organization:g8"], ["MEMBER_OF country:gbr organization:g7"] },
        // "The bloc" is the one international body of the passage.
        { "ECOWAS leaders met in Abuja on Sunday. The bloc's members include Ghana and Senegal.",
            ["MEMBER_OF country:gha organization:ecowas", "MEMBER_OF country:sen organization:ecowas"], [] },
        { "ECOWAS and the African Union met in Abuja. The bloc's members include Ghana.", [], ["MEMBER_OF country:gha"] },
        // The countries that vote, abstain or veto in a voting body the article is about are its members; a place's
        // demonym before the vote is not.
        { "The U.N. Security Council adopted the resolution in a vote on the besieged Sudanese city of El Obeid. France and Britain voted for the text, with Russia abstaining.",
            ["MEMBER_OF country:fra organization:unsc", "MEMBER_OF country:gbr organization:unsc", "MEMBER_OF country:rus organization:unsc"],
            ["MEMBER_OF country:sdn organization:unsc"] },
        { "France and Britain voted for the text, with Russia abstaining.", [], ["MEMBER_OF"] },
        // A member suspended, a chairing member, a fellow member.
        { "ECOWAS suspended Guinea-Bissau from all its bodies.", ["MEMBER_OF country:gnb organization:ecowas"], [] },
        { "The Philippines, which holds the rotating chairmanship of ASEAN, agreed.", ["MEMBER_OF country:phl organization:asean"], [] },
        { "Manila backed a fellow ASEAN member, Vietnam.", ["MEMBER_OF country:vnm organization:asean"], [] },
        // Blacklisted firms, frozen assets and embargoes are sanctions on their country.
        { "The United States blacklisted 12 Turkish and Emirati firms.", ["SANCTIONS country:usa country:tur", "SANCTIONS country:usa country:are"], [] },
        { "The European Union froze the assets of three Iranian banks.", ["SANCTIONS organization:eu country:irn"], [] },
        { "Britain imposed an arms embargo on Sudan.", ["SANCTIONS country:gbr country:sdn"], [] },
        // Concern over what another does, and a judgement of its act, are reproach.
        { "Japan raised concerns over North Korea's missile programme.", ["CRITICIZED country:jpn country:prk"], [] },
        { "Britain called Russia's veto shameful.", ["CRITICIZED country:gbr country:rus"], [] },
        { "Japan raised concerns over the weather.", [], ["CRITICIZED"] },
        // Rebukes, warnings and demands to stop are criticism.
        { "Greece signed a deal with Libya, drawing a swift rebuke from Turkey.", ["CRITICIZED country:tur country:grc"], [] },
        { "China warned Greece against unilateral acts.", ["CRITICIZED country:chn country:grc"], [] },
        { "China urged Vietnam to stop stirring up trouble.", ["CRITICIZED country:chn country:vnm"], [] },
        // Thanks for efforts, valued roles, backing found, rallying behind.
        { "Emmanuel Macron thanked Oman for its tireless efforts.", ["SUPPORTS person:emmanuel-macron country:omn"], ["SUPPORTS country:omn person:emmanuel-macron"] },
        { "Iran values the constructive role of Oman.", ["SUPPORTS country:irn country:omn"], [] },
        { "Hun Manet found backing from Laos and Vietnam.", ["SUPPORTS country:lao person:hun-manet", "SUPPORTS country:vnm person:hun-manet"], [] },
        { "The Labour Party rallied behind Tony Blair.", ["SUPPORTS organization:uk-labour-party person:tony-blair"], [] },
        // Arms supply as a standing; a city of a country's; visits where one was received or signed.
        { "Germany is Israel's second-largest arms supplier.", ["SUPPLIES_ARMS country:deu country:isr"], [] },
        { "She lives in the southern Indian city of Hyderabad.", ["LOCATED_IN location:hyderabad country:ind"], [] },
        { "Vladimir Putin was welcomed with honours in Hanoi.", ["VISITED person:vladimir-putin location:hanoi"], [] },
        { "Tony Blair signed the constitution at a ceremony in Rome.", ["VISITED person:tony-blair location:rome"], [] },
        // A coordinated subject shares its later predicates.
        { "Russia and China vetoed the draft resolution on Friday in New York, accusing the United States of hypocrisy.",
            ["CRITICIZED country:rus country:usa", "CRITICIZED country:chn country:usa"], [] },
        // A relative clause after a named state or body is set off: its subject acts past it, nothing inside it does, and
        // a place's country inside it is still read.
        { "Niger, which borders Mali, issued a statement accusing France of meddling.", ["CRITICIZED country:ner country:fra"], ["CRITICIZED country:mli country:fra"] },
        { "Burkina Faso and Niger, which together with Mali form the Alliance of Sahel States (AES), issued a joint statement expressing solidarity with Bamako.",
            ["SUPPORTS country:bfa country:mli", "SUPPORTS country:ner country:mli"], [] },
        { "The forum, which meets in Davos, Switzerland, next week, will discuss it.", ["LOCATED_IN location:davos country:che"], [] },
        // The statement a subject issues acts for it.
        { "Niger issued a lengthy and angry joint statement accusing France of meddling.", ["CRITICIZED country:ner country:fra"], [] },
        { "Niger issued a lengthy joint statement on Monday accusing France of meddling.", ["CRITICIZED country:ner country:fra date=2025-06-16"], [] },
        // Diplomatic protest is criticism; a participle after the clause is its subject's act.
        { "Kyrgyzstan sent a note of protest to Tajikistan.", ["CRITICIZED country:kgz country:tjk"], [] },
        { "Germany summoned the Russian ambassador, and Mali's foreign ministry summoned the EU's charge d'affaires.",
            ["CRITICIZED country:deu country:rus", "CRITICIZED country:mli organization:eu"], [] },
        { "Mali recalled its envoy from France on Friday, accusing France of meddling.", ["CRITICIZED country:mli country:fra"], [] },
        { "Mali recalled its envoy from France on Friday, including staff.", [], ["CRITICIZED country:mli country:fra"] },
        // Support as a standing and as a continuing act.
        { "Sweden has been a staunch supporter of Ukraine, and Norway has kept supporting Ukraine.",
            ["SUPPORTS country:swe country:ukr", "SUPPORTS country:nor country:ukr"], ["SUPPORTS country:swe country:nor"] },
        // Whoever goes along with a visitor visits where the visit just went; a host riding along at home does not.
        { "Vladimir Putin arrived in Pyongyang. He was accompanied by Foreign Minister Sergei Lavrov.",
            ["VISITED person:sergei-lavrov location:pyongyang"], [] },
        { "Vladimir Putin arrived in Pyongyang. Kim Jong Un accompanied Putin to the guesthouse.",
            ["ACCOMPANIED person:kim-jong-un person:vladimir-putin"], ["VISITED person:kim-jong-un location:pyongyang"] },
        { "Scottish Executive minister Tom Vale said so.", ["OFFICIAL_OF person:tom-vale organization:scottish-government title=Minister"], ["OFFICIAL_OF person:tom-vale country:gbr"] },
        { "The AA Motoring Trust said it was not sure. Road safety head Tom Vale said more must be done.",
            ["OFFICIAL_OF person:tom-vale organization:aa-motoring-trust title=Head"], ["LEADER_OF person:tom-vale organization:aa-motoring-trust"] },
        { "The AA Motoring Trust said it was not sure. Forest chief executive Tom Vale said more must be done.", [],
            ["OFFICIAL_OF person:tom-vale organization:aa-motoring-trust", "LEADER_OF person:tom-vale organization:aa-motoring-trust"] },
        { "The House of Lords sat late. Lord Bingham said the rules were unlawful.", ["MEMBER_OF person:bingham organization:house-of-lords"], [] },
        { "Lord Bingham said the rules were unlawful.", [], ["MEMBER_OF person:bingham organization:house-of-lords"] },
        { "The House of Lords sat late. Tom Vale said the rules were unlawful.", [], ["MEMBER_OF person:tom-vale organization:house-of-lords"] },
        // An office before a military rank ("spokesman General X") is still the title that opens the subject.
        { "Government spokesman General Tom Vale called the sanctions \"an act of war\" and accused Washington and Brussels of seeking to punish Mali.",
            ["CRITICIZED person:tom-vale country:usa", "CRITICIZED person:tom-vale organization:eu"], [] },
        // A treaty binds whom it commits, past an aside on where it was signed; a plural's names between dashes adopt a declaration.
        { "Tom Vale hailed the Aral Water Treaty on Friday. The agreement, signed at a summit in the Kazakh capital, commits Kazakhstan and Uzbekistan to share data.",
            ["PARTY_TO country:kaz treaty:aral-water-treaty", "PARTY_TO country:uzb treaty:aral-water-treaty"], [] },
        { "The two presidents -- Kazakhstan's Tom Vale and Uzbekistan's Ann Hale -- also adopted a joint declaration pledging to deepen trade.",
            ["SIGNED person:tom-vale treaty:joint-declaration", "SIGNED person:ann-hale treaty:joint-declaration"], [] },
        // A peer sits in the House of Lords whichever party they belong to; a former one is only the party's.
        { "Tom Vale, a Labour peer and a lawyer, said so.", ["MEMBER_OF person:tom-vale organization:house-of-lords title=Peer", "MEMBER_OF person:tom-vale organization:uk-labour-party"], [] },
        { "Tom Vale, a former Labour peer, said so.", ["MEMBER_OF person:tom-vale organization:uk-labour-party"], ["MEMBER_OF person:tom-vale organization:house-of-lords"] },
        // "the city of X": in the country the gazetteer lists it in, where the story names that country.
        { "Iran's government freed Tom Vale on Friday. He was arrested in the northwestern city of Tabriz in 2023.", ["LOCATED_IN location:tabriz country:irn"], [] },
        { "France's government freed Tom Vale on Friday. He was arrested in the northwestern city of Tabriz in 2023.", [], ["LOCATED_IN"] },
        // A long list of voting countries is read to its first member.
        { "The UN Security Council adopted a resolution on Sudan. The United States, France, Britain, Denmark, Greece, Pakistan, Panama, Somalia, Bahrain, Colombia, the Democratic Republic of Congo, Latvia and Liberia voted for the text.",
            ["MEMBER_OF country:usa organization:unsc", "MEMBER_OF country:fra organization:unsc", "MEMBER_OF country:lbr organization:unsc"], [] },
        // A subject of several members skips its aside ("all ruled by juntas") to reach its verb.
        { "Mali, Burkina Faso and Niger, all ruled by juntas, formally quit ECOWAS in January.",
            ["MEMBER_OF country:mli organization:ecowas former", "MEMBER_OF country:bfa organization:ecowas former", "MEMBER_OF country:ner organization:ecowas former"], [] },
        // After what a speaker said, a further act of speaking is the speaker's again, not the reported clause's subject's.
        { "Tom Vale, a spokesman for regional leader Ann Hale, said the aircraft had carried food, and accused Mogadishu of inventing enemies.",
            ["CRITICIZED person:tom-vale country:som"], ["CRITICIZED person:ann-hale"] },
        { "Turkey's foreign ministry said the ruling had no effect on the rights of Libya and warned Athens against \"unilateral acts.\"",
            ["CRITICIZED country:tur country:grc"], ["CRITICIZED country:lby"] },
        // Judgement and backing in a relative clause on its object; a nomination backs the nominee.
        { "Among those targeted was magistrate Tom Vale, whom the EU accused of signing off on revocations.", ["CRITICIZED organization:eu person:tom-vale"], ["CRITICIZED person:tom-vale"] },
        { "Ann Hale, whom the Labour Party backed in the election, won.", ["SUPPORTS organization:uk-labour-party person:ann-hale"], [] },
        { "The Labour Party nominated Ann Hale, a 38-year-old lawyer, as its candidate.", ["SUPPORTS organization:uk-labour-party person:ann-hale"], [] },
        // A home paper on a war abroad: "the government" is the one whose seat the story names, though it names the war's country more.
        { "The war in Iraq has cost billions, Dr Tom Vale says. Violence in Iraq goes on, and Britain still has troops in Iraq. Iraq's elections are near. Downing Street declined to comment. Dr Vale has since criticised the government over its case for war.",
            ["CRITICIZED person:tom-vale country:gbr"], ["CRITICIZED person:tom-vale country:irq"] },
        { "BAGHDAD (Reuters) - The war in Iraq has cost billions, Dr Tom Vale says. Violence in Iraq goes on, and Britain still has troops in Iraq. Iraq's elections are near. Downing Street declined to comment. Dr Vale has since criticised the government over its case for war.",
            [], ["CRITICIZED person:tom-vale country:gbr"] },
        // Whoever greets the visiting party, or joins the welcoming one, meets the traveller the story reports.
        { "Sultan Tom Vale of Oman arrived in Tokyo on Monday for a state visit to Japan. Emperor Naruhito is due to greet the royal party at the palace on Tuesday. Crown Prince Akishino joined the welcoming party.",
            ["MET person:emperor-naruhito person:tom-vale date=2025-06-24 expected", "MET person:crown-prince-akishino person:tom-vale"], [] },
        // "her" after the verb the person governs is hers.
        { "Ann Hale, who has governed alongside her husband, Tom Vale, since 2021, spoke.", ["RELATIVE_OF person:ann-hale person:tom-vale relation=husband"], [] },
        { "The king arrived on Monday. Queen Ann Hale and their eldest daughter, Princess Joy Hale, followed on Tuesday.",
            ["RELATIVE_OF person:ann-hale person:joy-hale relation=daughter"], [] },
        // Sanctions named by who imposes them, aimed at a country's part or already in place, or acting as the verb's subject.
        { "Britain announced new sanctions targeting Russia's shadow fleet.", ["SANCTIONS country:gbr country:rus"], [] },
        { "The measures add to U.S. sanctions already in place against North Korea.", ["SANCTIONS country:usa country:prk"], [] },
        { "The EU's new sanctions target Belarus.", ["SANCTIONS organization:eu country:blr"], [] },
        // Memberships stated as the only member, a held presidency, a chair in a relative clause, a ruling party, a counted
        // list, an ally, and one sought (a possessor's aim is not the subject's: "welcomed Moldova's bid to join").
        { "Hungary is the only EU country that opposed the plan.", ["MEMBER_OF country:hun organization:eu"], [] },
        { "Hungary, which holds the EU's rotating presidency, objected.", ["MEMBER_OF country:hun organization:eu"], [] },
        { "Brazil, which chairs the BRICS group, objected.", ["MEMBER_OF country:bra organization:brics"], [] },
        { "Tom Vale, a member of the ruling Labour Party, objected.", ["MEMBER_OF person:tom-vale organization:uk-labour-party"], [] },
        { "The EU's 27 member states, including Hungary, agreed.", ["MEMBER_OF country:hun organization:eu"], [] },
        { "Turkey, a NATO ally, objected.", ["MEMBER_OF country:tur organization:nato"], [] },
        { "Sweden welcomed Moldova's bid to join NATO.", ["MEMBER_OF country:mda organization:nato expected"], ["MEMBER_OF country:swe"] },
        // A region of a part of a country; bound "under the terms of" a treaty.
        { "Troops massed in the Donbas region of eastern Ukraine.", ["LOCATED_IN location:donbas country:ukr"], [] },
        { "Under the terms of the New START treaty, Russia and the United States must cap warheads.",
            ["PARTY_TO country:rus treaty:new-start", "PARTY_TO country:usa treaty:new-start"], [] },
        // A guest received somewhere is met; a tribute paid, or support declared, backs; names called, protests against a
        // decision and warnings of consequences criticize.
        { "Tom Vale hosted Ann Hale at the White House.", ["MET person:ann-hale person:tom-vale"], [] },
        { "Ann Hale received Tom Vale in Riyadh.", ["MET person:ann-hale person:tom-vale"], [] },
        { "Tom Vale paid tribute to Ann Hale.", ["SUPPORTS person:tom-vale person:ann-hale"], [] },
        { "Tom Vale came out in support of the Labour Party.", ["SUPPORTS person:tom-vale organization:uk-labour-party"], [] },
        { "Tom Vale called Ann Hale a liar.", ["CRITICIZED person:tom-vale person:ann-hale"], [] },
        { "Tom Vale warned Russia of consequences.", ["CRITICIZED person:tom-vale country:rus"], [] },
        { "China protested against Japan's decision.", ["CRITICIZED country:chn country:jpn"], [] },
        // A role the matched words say was held before is former; an office taken in succession is the successor's.
        { "Tom Vale, the former head of the World Bank, spoke.", ["LEADER_OF person:tom-vale organization:world-bank former title=Head"], [] },
        { "Tom Vale succeeded Ann Hale as Kenya's president.", ["LEADER_OF person:tom-vale country:ken title=President"], ["LEADER_OF person:ann-hale"] },
        { "Ann Hale named Tom Vale as Kenya's president.", ["LEADER_OF person:tom-vale country:ken title=President"], ["LEADER_OF person:ann-hale"] },
        // An office taken ("was appointed foreign minister of Kenya", "took over as leader of"), and one held before ("who
        // served as", "resigned as").
        { "Tom Vale was appointed foreign minister of Kenya.", ["OFFICIAL_OF person:tom-vale country:ken title=Foreign Minister"], [] },
        { "Tom Vale took over as leader of the Labour Party in 2020.", ["LEADER_OF person:tom-vale organization:uk-labour-party date=2020 title=Leader"], [] },
        { "Tom Vale, who served as Kenya's finance minister, spoke.", ["OFFICIAL_OF person:tom-vale country:ken former title=Finance Minister"], [] },
        { "Tom Vale resigned as Kenya's president in 2019.", ["LEADER_OF person:tom-vale country:ken date=2019 former title=President"], [] },
        // Talks held somewhere with someone meet them; speaking to reporters abroad is being there, at home it is not, and
        // a person's home may come from the body their title names.
        { "Tom Vale held talks in Moscow with Ann Hale.", ["MET person:ann-hale person:tom-vale"], [] },
        { "French Foreign Minister Tom Vale, speaking to reporters in Brussels, welcomed the release.", ["VISITED person:tom-vale location:brussels"], [] },
        { "\"The Tajik side violated the agreements,\" Kyrgyz Border Service spokesman Tom Vale told reporters in Bishkek.", [], ["VISITED"] },
        // A speaker's judgement of what the target said, or of a job done; rejecting accusations made by the target.
        { "Tom Vale said Ann Hale's remarks were \"deeply irresponsible\".", ["CRITICIZED person:tom-vale person:ann-hale"], [] },
        { "Tom Vale said Ann Hale had done a great job.", ["SUPPORTS person:tom-vale person:ann-hale"], [] },
        { "Tom Vale rejected the accusations by Russia.", ["CRITICIZED person:tom-vale country:rus"], [] },
        { "Tom Vale took a swipe at Russia.", ["CRITICIZED person:tom-vale country:rus"], [] },
        // A make of weapon is no person or place, and arms go to a country however they are sent or sold.
        { "Iran is supplying Russia with Shahed drones.", ["SUPPLIES_ARMS country:irn country:rus"], [] },
        { "Germany will send Patriot air defence systems to Ukraine.", ["SUPPLIES_ARMS country:deu country:ukr expected"], [] },
        { "Germany agreed to deliver tanks to Ukraine.", ["SUPPLIES_ARMS country:deu country:ukr"], [] },
        { "The United States approved a $2 billion arms sale to Taiwan.", ["SUPPLIES_ARMS country:usa country:twn"], [] },
        { "Germany will send aid to Ukraine.", [], ["SUPPLIES_ARMS"] },
        // Passive judgements of what the target did or said, and a host to come.
        { "Germany's decision was welcomed by Israel.", ["SUPPORTS country:isr country:deu"], [] },
        { "Tom Vale's comments were described as \"irresponsible\" by Amnesty International.", ["CRITICIZED organization:amnesty-international person:tom-vale"], [] },
        { "Japan will host Prime Minister Narendra Modi next month.", ["VISITED person:narendra-modi country:jpn expected"], [] },
        // Where or how the actor speaks, between commas, does not part them from their verb.
        { "Tom Vale, speaking to reporters in Nairobi, criticised Germany.", ["CRITICIZED person:tom-vale country:deu"], [] },
        { "Tom Vale, speaking during his weekly address on state television, backed Ann Hale.", ["SUPPORTS person:tom-vale person:ann-hale"], [] },
    };

    [Theory]
    [MemberData(nameof(TaggedCases))]
    public void Sentence_read_with_the_tagger_yields_exactly_these_relations(string text, string[] must, string[] mustNot)
        => AssertRelations(TestPipeline.Run(text, "2025-06-18"), must, mustNot);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sentence_yields_exactly_these_relations(string text, string[] must, string[] mustNot)
        => AssertRelations(PipelineFixture.Run(text), must, mustNot);

    private static void AssertRelations(Graph.Core.Model.Document document, string[] must, string[] mustNot)
    {
        var found = document.Relations.Select(PipelineFixture.Describe).ToList();
        foreach (var expected in must)
        {
            Assert.True(found.Contains(expected), $"missing: {expected}\nfound:\n  {string.Join("\n  ", found)}");
        }
        foreach (var forbidden in mustNot)
        {
            Assert.False(found.Any(f => f == forbidden || f.StartsWith(forbidden + " ", StringComparison.Ordinal)),
                $"unexpected: {forbidden}\nfound:\n  {string.Join("\n  ", found)}");
        }
    }
}
