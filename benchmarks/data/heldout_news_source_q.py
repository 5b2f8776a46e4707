"""The seventeenth held-out news set, the test set of round q (the source of heldout-news-q.{in,gold}.jsonl).

Written and annotated during round q as its test: nobody develops a rule on this set, and the round's engineers do
not see it until it is merged. Every lead was written for it (never copied or paraphrased from ../shared/data, the
seed, examples/ or sets a-p; no 7-word run shared with any of them, checked by a script over lowercased word 7-grams
before the build); real public figures appear in events that are partly or wholly invented, the companies of the two
acquisition leads are invented, and the tolls, quotes and other people are invented. Annotated by hand before kg was
run on it, with the conventions of sets a-p as the shared docstring of `heldout_news_source.py` states them after
round k (news-dev's), and where those are ambiguous as sets k-p did: one event per real-world event at its first
mention (a headline included), later mentions ("the shootings", "the attack on its mission", "the barrage", "the
bombing of a mosque in Kunduz", "the extradition", "the takeover", "the deal", "the sanctions", "the ruling", "the
blockades") filling in its details; every reporting verb its own statement, participial ones ("saying", "calling",
"adding") included; a headline's reporting verb and the body's two statements ("pledges" and "pledged"); a reporting
noun that is the medium of a reporting verb ("said in a statement", "said in his nightly video address", "claimed
responsibility in a statement") none of its own, a news conference none ("told a joint news conference"); a
possessive voice ("Erdogan's office said", "Modi's office said", "his office said") its possessor; a national
government, ministry, embassy or unnamed officials that speak ("Iran's foreign ministry", "the defence ministry in
Ankara", "Indian officials", "The UAE embassy in Washington", "the army-backed government in Port Sudan") its
country; "declined to V" the V negated; "invited X to V" an invitation plus the planned V; a purpose clause of a
protest ("demanding his release", "to demand faster residence permits") no statement, the demanded event planned;
"agreed to V" an agreement plus the planned V; an election won one election event at its first mention (agent the
winner, target the office); casualties on attacks, with the deaths and injuries of their tolls; negated, planned,
hypothetical and requested (labelled planned) events in `irrealis`; generic mentions ("Those who attack people at
prayer", "which Sunni militants have long targeted", "every attack on its troops" as its own event) no event.
Like sets h-p, this set is ordinary wire news in the wire's mix (protests with clashes and tolls in Basra, Lome,
Santa Cruz and Novi Sad, mosque bombings in Quetta and Kandahar, air strikes and shelling in Idlib and Odesa, phone
calls, talks and summits in Samarkand, Zagreb and Lisbon, a sovereignty deal for the Chagos Islands, elections in
Nigeria, the Seychelles and Botswana, court rulings in Suriname and Bolivia, two purchases with amounts, arrests,
sanctions by the United States and Canada, and state visits), from regions sets a-p have few or none of (datelines
Basra, Lome, Abuja, Aarhus, Quetta, Aleppo, Victoria, Medellin, Zagreb, Kandahar, Samarkand, Santa Cruz, Paramaribo,
Odesa, Port Louis, Gaborone, Port Sudan, Novi Sad, Karachi and Lisbon, none a dateline of sets a-p), with AP
datelines ("CITY, Country (AP) — ", ten leads) and Reuters' in its month-day shape ("CITY, Month D (Reuters) - ",
ten leads, a shape sets a-p did not use), and in the shapes the brief asked for: quote-first paragraphs, pronoun
chains ("He has called", "He vowed", "She declined"), relative clauses ("who brokered talks", "which Indus will
fund"), passives ("was declared the winner", "had been planted", "were injured"), coordinated verbs ("stormed ... and
set fire", "held talks ... and signed"), month-day dates ("on Dec. 20", "on May 29"), "this week's", "next week",
"next month", "on Tuesday night", and in every lead the everyday irrealis: refusals, denials and negated reports
("declined to say", "did not respond", "gave no word", "stopped short of calling", "never answered"), plans and
schedules ("is due to", "is expected to"), conditions ("unless Western sanctions ... were eased", "if both sides
asked"), demands, offers and invitations.
"""

from heldout_news_source import ev, irr

ARTICLES = [
    {
        "id": "hnq01", "published": "2018-09-07",
        "paragraphs": [
            ["Protesters set fire to Iranian consulate in Basra as clashes leave nine dead"],
            ["BASRA, Sept 7 (Reuters) - Protesters stormed the Iranian consulate in the southern Iraqi city of "
             "Basra on "
             "Friday night and set fire to its main building, hours after security forces opened fire on crowds near "
             "the provincial government headquarters, killing three people and wounding 27, hospital officials said."],
            ["The deaths raised to nine the toll of people killed since protests over power cuts, polluted water "
             "and joblessness turned violent on Monday, according to the Iraqi High Commission for Human Rights."],
            ["\"We are not asking for the moon, only for water that does not make our children sick,\" said Haider "
             "Karim, a 31-year-old day labourer from the city's Hayaniya district."],
            ["Prime Minister Haider al-Abadi said an inquiry into the shootings had begun and that live ammunition had "
             "been banned.",
             "He has called an emergency session of parliament for Saturday, but he did not say if he planned to meet "
             "protest leaders, and his office said no trip to Basra was planned."],
            ["Iran's foreign ministry condemned the attack on its mission and demanded that Baghdad protect foreign "
             "diplomats, though it gave no word on whether the consul and his staff had been evacuated."],
            ["Police said they had detained 14 people overnight, and a curfew imposed by the provincial governor, "
             "Asaad al-Eidani, will stay in force until further notice."],
        ],
        "events": [
            ev("attack", "set fire", at="Protesters set fire to Iranian consulate", p=["Iranian consulate in Basra"],
               target="Iranian consulate in Basra", loc="Basra, Iraq", date="2018-09-07", dt="on Friday night"),
            ev("attack", "clashes", at="as clashes leave nine dead", loc="Basra, Iraq", killed=9),
            ev("death", "dead", at="leave nine dead", killed=9),
            ev("attack", "opened fire", p=["Iraqi security forces"], agent="Iraqi security forces",
               target="crowds near the provincial government headquarters", loc="Basra, Iraq", killed=3, injured=27),
            ev("death", "killing", at="killing three people", killed=3),
            ev("injury", "wounding", at="wounding 27", injured=27),
            ev("statement", "said", at="hospital officials said"),
            ev("protest", "protests", at="since protests over power cuts", loc="Basra, Iraq"),
            ev("statement", "according to", p=["Iraqi High Commission for Human Rights"],
               agent="Iraqi High Commission for Human Rights"),
            ev("statement", "said", at="said Haider", p=["Haider Karim"], agent="Haider Karim"),
            ev("statement", "said", at="Haider al-Abadi said", p=["Haider al-Abadi"], agent="Haider al-Abadi"),
            ev("statement", "said", at="his office said", p=["Haider al-Abadi"], agent="Haider al-Abadi"),
            ev("statement", "condemned", p=["Iran"], agent="Iran"),
            ev("statement", "demanded", p=["Iran", "Iraq"], agent="Iran", target="Iraq"),
            ev("statement", "said", at="Police said they had detained", p=["Iraqi police"], agent="Iraqi police"),
            ev("arrest", "detained", at="had detained 14 people", p=["Iraqi police"], agent="Iraqi police",
               loc="Basra, Iraq"),
        ],
        "irrealis": [
            irr("planned", "meeting", "session", at="emergency session of parliament", p=["Council of Representatives "
                "of Iraq"], agent="Council of Representatives of Iraq", date="2018-09-08", dt="for Saturday"),
            irr("negated", "statement", "did not say", at="he did not say if he planned",
                p=["Haider al-Abadi"], agent="Haider al-Abadi"),
            irr("hypothetical", "meeting", "meet", at="planned to meet protest leaders", p=["Haider al-Abadi"],
                agent="Haider al-Abadi"),
            irr("negated", "visit", "trip", at="no trip to Basra was planned", p=["Haider al-Abadi", "Basra"],
                agent="Haider al-Abadi", loc="Basra, Iraq"),
            irr("planned", "protection", "protect", at="Baghdad protect foreign diplomats", p=["Iraq"], agent="Iraq"),
            irr("negated", "statement", "gave no word", p=["Iran"], agent="Iran"),
            irr("hypothetical", "evacuation", "evacuated", at="had been evacuated"),
        ],
        "people": ["Haider Karim", "Haider al-Abadi", "Asaad al-Eidani"],
        "places": ["Basra", "Iraq", "Hayaniya", "Iran", "Baghdad"],
        "organizations": ["Iraqi High Commission for Human Rights"],
    },
    {
        "id": "hnq02", "published": "2018-12-09",
        "paragraphs": [
            ["Togo police detain 20 as opposition marches against December vote"],
            ["LOME, Togo (AP) — Police in Togo's capital detained at least 20 people on Saturday as thousands of "
             "opposition supporters marched through the city to demand that President Faure Gnassingbe drop plans "
             "for a parliamentary election on Dec. 20."],
            ["The coalition of 14 opposition parties known as C14 says the vote will be rigged unless the electoral "
             "commission is overhauled and a two-term limit is applied to Gnassingbe, whose family has ruled the West "
             "African nation for more than five decades."],
            ["\"They can arrest all of us, but they cannot arrest the anger of the people,\" C14 coordinator Brigitte "
             "Kafui Adjamagbo-Johnson told reporters outside her party's headquarters, where officers had earlier "
             "stopped a convoy of cars from leaving."],
            ["Security Minister Damehame Yark said the march had not been authorised and accused its organisers of "
             "planning to attack public buildings, a charge the coalition denied."],
            ["Mediators from the West African bloc ECOWAS, who brokered talks between the government "
             "and the opposition in July, are due back in Lome on Tuesday and have invited both sides to a new round "
             "of negotiations."],
            ["The government has said the election will go ahead as planned, and it did not answer a request on "
             "Sunday for "
             "comment on the arrests."],
        ],
        "events": [
            ev("arrest", "detain", at="Togo police detain 20", p=["Togolese police"], agent="Togolese police",
               loc="Lome, Togo", date="2018-12-08", dt="on Saturday"),
            ev("protest", "marches", at="opposition marches against", p=["C14", "Faure Gnassingbe"],
               agent="C14", target="Faure Gnassingbe", loc="Lome, Togo", date="2018-12-08", dt="on Saturday"),
            ev("statement", "says", at="known as C14 says", p=["C14"], agent="C14"),
            ev("statement", "told", at="Adjamagbo-Johnson told reporters", p=["Brigitte Kafui Adjamagbo-Johnson"],
               agent="Brigitte Kafui Adjamagbo-Johnson"),
            ev("statement", "said", at="Damehame Yark said", p=["Damehame Yark"], agent="Damehame Yark"),
            ev("statement", "accused", at="accused its organisers", p=["Damehame Yark", "C14"], agent="Damehame Yark",
               target="C14"),
            ev("statement", "denied", at="the coalition denied", p=["C14"], agent="C14"),
            ev("meeting", "talks", at="brokered talks between", p=["Togo", "C14", "Economic Community of West African "
               "States"], date="2018-07", dt="in July"),
            ev("invitation", "invited", at="have invited both sides", p=["Economic Community of West African States",
               "Togo", "C14"], agent="Economic Community of West African States"),
            ev("statement", "has said", at="The government has said", p=["Togo"], agent="Togo"),
        ],
        "irrealis": [
            irr("planned", "election", "vote", at="marches against December vote", target="National Assembly of Togo",
                loc="Togo", date="2018-12-20", dt="on Dec. 20"),
            irr("planned", "cancellation", "drop", at="Gnassingbe drop plans", p=["Faure Gnassingbe"],
                agent="Faure Gnassingbe"),
            irr("hypothetical", "arrest", "arrest", at="They can arrest all of us", p=["Togolese police"],
                agent="Togolese police"),
            irr("planned", "attack", "attack", at="planning to attack public buildings", p=["C14"], agent="C14",
                target="public buildings"),
            irr("planned", "visit", "due back", at="are due back in Lome", p=["Economic Community of West African "
                "States", "Togo"], agent="Economic Community of West African States", loc="Lome, Togo",
                date="2018-12-11", dt="on Tuesday"),
            irr("planned", "meeting", "negotiations", at="new round of negotiations", p=["Togo", "C14"]),
            irr("negated", "statement", "did not answer", p=["Togo"], agent="Togo", date="2018-12-09",
                dt="on Sunday"),
        ],
        "people": ["Faure Gnassingbe", "Brigitte Kafui Adjamagbo-Johnson", "Damehame Yark"],
        "places": ["Lome", "Togo"],
        "organizations": ["C14", "Economic Community of West African States"],
    },
    {
        "id": "hnq03", "published": "2019-02-27",
        "paragraphs": [
            ["Nigeria's Buhari wins second term, rival Abubakar vows court fight"],
            ["ABUJA, Nigeria (AP) — President Muhammadu Buhari was declared the winner of Nigeria's presidential "
             "election early on Wednesday, with the electoral commission saying he took 56 percent of the vote in "
             "Saturday's poll against 41 percent for former Vice President Atiku Abubakar."],
            ["Abubakar rejected the result on Wednesday afternoon, calling it \"a sham\" and saying he would challenge "
             "it before the election tribunal.",
             "\"Had this been a free and fair vote, I would have congratulated the winner,\" he said in a statement."],
            ["Buhari, 76, thanked voters in a televised address and called on his opponents to accept the outcome.",
             "He did not mention the violence that killed at least 53 people across the country on polling day, "
             "according to the Situation Room, a coalition of civic groups that monitored the vote."],
            ["European Union observers said the count had been marred by delays and that some tallies had "
             "been altered, but they stopped short of calling for a rerun."],
            ["The president is due to meet governors from his All Progressives Congress in Abuja on Thursday, and his "
             "spokesman Garba Shehu said the new cabinet would not be named before the inauguration on May 29."],
        ],
        "events": [
            ev("election", "wins", at="Buhari wins second term", p=["Muhammadu Buhari", "Atiku Abubakar"],
               agent="Muhammadu Buhari", target="President of Nigeria", loc="Nigeria", date="2019-02-23",
               dt="Saturday's"),
            ev("statement", "vows", at="rival Abubakar vows", p=["Atiku Abubakar"], agent="Atiku Abubakar"),
            ev("statement", "declared", at="was declared the winner", p=["Independent National Electoral Commission"],
               agent="Independent National Electoral Commission", date="2019-02-27", dt="early on Wednesday"),
            ev("statement", "saying", at="commission saying he took", p=["Independent National Electoral Commission"],
               agent="Independent National Electoral Commission"),
            ev("statement", "rejected", at="Abubakar rejected the result", p=["Atiku Abubakar"],
               agent="Atiku Abubakar", date="2019-02-27", dt="on Wednesday afternoon"),
            ev("statement", "calling", at="calling it", p=["Atiku Abubakar"], agent="Atiku Abubakar"),
            ev("statement", "saying", at="saying he would challenge", p=["Atiku Abubakar"], agent="Atiku Abubakar"),
            ev("statement", "said", at="he said in a statement", p=["Atiku Abubakar"], agent="Atiku Abubakar"),
            ev("statement", "thanked", p=["Muhammadu Buhari"], agent="Muhammadu Buhari"),
            ev("statement", "called on", p=["Muhammadu Buhari"], agent="Muhammadu Buhari"),
            ev("attack", "violence", at="the violence that killed", loc="Nigeria", date="2019-02-23",
               dt="on polling day", killed=53),
            ev("death", "killed", at="violence that killed", date="2019-02-23", dt="on polling day", killed=53),
            ev("statement", "according to", at="according to the Situation Room", p=["Situation Room"],
               agent="Situation Room"),
            ev("statement", "said", at="European Union observers said", p=["European Union"], agent="European Union"),
            ev("statement", "said", at="Garba Shehu said", p=["Garba Shehu"], agent="Garba Shehu"),
        ],
        "irrealis": [
            irr("planned", "lawsuit", "challenge", at="he would challenge", p=["Atiku Abubakar"],
                agent="Atiku Abubakar"),
            irr("hypothetical", "statement", "congratulated", p=["Atiku Abubakar", "Muhammadu Buhari"],
                agent="Atiku Abubakar", target="Muhammadu Buhari"),
            irr("planned", "statement", "accept", at="accept the outcome", p=["Atiku Abubakar"],
                agent="Atiku Abubakar"),
            irr("negated", "statement", "did not mention", p=["Muhammadu Buhari"], agent="Muhammadu Buhari"),
            irr("negated", "statement", "stopped short", p=["European Union"], agent="European Union"),
            irr("hypothetical", "election", "rerun", target="President of Nigeria", loc="Nigeria"),
            irr("planned", "meeting", "meet", at="due to meet governors", p=["Muhammadu Buhari", "All Progressives "
                "Congress"], agent="Muhammadu Buhari", loc="Abuja, Nigeria", date="2019-02-28", dt="on Thursday"),
            irr("negated", "appointment", "named", at="would not be named", p=["Muhammadu Buhari"],
                agent="Muhammadu Buhari"),
            irr("planned", "inauguration", "inauguration", p=["Muhammadu Buhari"], agent="Muhammadu Buhari",
                date="2019-05-29", dt="on May 29"),
        ],
        "people": ["Muhammadu Buhari", "Atiku Abubakar", "Garba Shehu"],
        "places": ["Nigeria", "Abuja"],
        "organizations": ["Independent National Electoral Commission", "Situation Room", "European Union",
                          "All Progressives Congress"],
    },
    {
        "id": "hnq04", "published": "2019-10-15",
        "paragraphs": [
            ["Danish blade maker Vestbro buys Polish rival Kormet for $640 million"],
            ["AARHUS, Oct 15 (Reuters) - Vestbro Composites, which makes blades for offshore wind turbines, said on "
             "Tuesday it had bought Polish rival Kormet Energia for 4.3 billion Danish crowns ($640 million) in cash, "
             "betting on growth in offshore wind."],
            ["The purchase still requires a green light from competition regulators at the European Commission, "
             "who are due to decide by Jan. 31, Chief Executive Mette Lindqvist told reporters in Aarhus."],
            ["\"We did not buy Kormet for its order book, we bought it for its engineers,\" Lindqvist said, adding "
             "that no jobs would go at its two plants near Szczecin and that Vestbro had no plans to list its "
             "shares in Warsaw.",
             "She said she had not yet spoken to Polish ministers about the takeover but would meet them in Warsaw "
             "next week."],
            ["Analysts at Sydbank said the price, about 14 times Kormet's core earnings, looked steep."],
            ["Vestbro had tried to buy Kormet once before, in 2016, but those talks collapsed when the founding Nowak "
             "family refused to sell a majority stake.",
             "Chinese turbine maker Mingyang Smart Energy also studied Kormet last year but never made a bid, two "
             "people close to the matter said.",
             "Kormet's chief executive, Piotr Zielinski, will stay on to run the Polish plants, Vestbro said, but he "
             "declined to say whether he would join its board."],
        ],
        "events": [
            ev("acquisition", "buys", at="Vestbro buys Polish rival", p=["Vestbro Composites", "Kormet Energia"],
               agent="Vestbro Composites", target="Kormet Energia", amount=(640000000, "USD")),
            ev("statement", "said", at="said on Tuesday it had bought", p=["Vestbro Composites"],
               agent="Vestbro Composites", date="2019-10-15", dt="on Tuesday"),
            ev("statement", "told", at="Lindqvist told reporters", p=["Mette Lindqvist"], agent="Mette Lindqvist"),
            ev("statement", "said", at="Lindqvist said, adding", p=["Mette Lindqvist"], agent="Mette Lindqvist"),
            ev("statement", "adding", at="adding that no jobs", p=["Mette Lindqvist"], agent="Mette Lindqvist"),
            ev("statement", "said", at="She said she had not yet spoken", p=["Mette Lindqvist"],
               agent="Mette Lindqvist"),
            ev("statement", "said", at="Analysts at Sydbank said", p=["Sydbank"], agent="Sydbank"),
            ev("meeting", "talks", at="those talks collapsed", p=["Vestbro Composites", "Nowak family"]),
            ev("statement", "said", at="close to the matter said"),
            ev("statement", "said", at="Vestbro said, but", p=["Vestbro Composites"], agent="Vestbro Composites"),
        ],
        "irrealis": [
            irr("planned", "ruling", "decide", at="due to decide", p=["European Commission"],
                agent="European Commission", date="2020-01-31", dt="by Jan. 31"),
            irr("negated", "layoff", "go", at="no jobs would go", p=["Vestbro Composites"],
                agent="Vestbro Composites"),
            irr("negated", "listing", "list", at="no plans to list", p=["Vestbro Composites"],
                agent="Vestbro Composites"),
            irr("negated", "call", "spoken", at="had not yet spoken to Polish ministers", p=["Mette Lindqvist",
                "Poland"], agent="Mette Lindqvist", target="Poland"),
            irr("planned", "meeting", "meet", at="would meet them in Warsaw", p=["Mette Lindqvist", "Poland"],
                agent="Mette Lindqvist", target="Poland", loc="Warsaw, Poland", date="2019-W43", dt="next week"),
            irr("negated", "acquisition", "buy", at="had tried to buy Kormet", p=["Vestbro Composites",
                "Kormet Energia"], agent="Vestbro Composites", target="Kormet Energia", date="2016", dt="in 2016"),
            irr("negated", "sale", "sell", at="refused to sell", p=["Nowak family"], agent="Nowak family"),
            irr("negated", "acquisition", "bid", at="never made a bid", p=["Mingyang Smart Energy", "Kormet Energia"],
                agent="Mingyang Smart Energy", target="Kormet Energia", date="2018", dt="last year"),
            irr("negated", "statement", "say", at="declined to say whether he would join", p=["Piotr Zielinski"],
                agent="Piotr Zielinski"),
            irr("hypothetical", "appointment", "join", at="whether he would join its board", p=["Piotr Zielinski"],
                agent="Piotr Zielinski"),
        ],
        "people": ["Mette Lindqvist", "Piotr Zielinski"],
        "places": ["Aarhus", "Szczecin", "Warsaw"],
        "organizations": ["Vestbro Composites", "Kormet Energia", "European Commission", "Sydbank",
                          "Mingyang Smart Energy"],
    },
    {
        "id": "hnq05", "published": "2020-01-11",
        "paragraphs": [
            ["Bomb in Quetta mosque kills 15 during evening prayers"],
            ["QUETTA, Pakistan (AP) — A bomb ripped through a mosque packed with worshippers in the southwestern "
             "Pakistani city of Quetta during evening prayers on Friday, killing 15 people, among them a senior police "
             "officer, and wounding 20 others, officials said."],
            ["Abdul Razzaq Cheema, the city's police chief, told reporters that the explosives had been planted near "
             "the front row, where the officer, Deputy Superintendent Amanullah Khan, was praying."],
            ["The Islamic State group claimed responsibility in a statement carried by its Aamaq news agency.",
             "The Pakistani Taliban, who have carried out most bombings in the province, denied any role."],
            ["\"Those who attack people at prayer are enemies of Islam and of Pakistan,\" Prime Minister Imran Khan "
             "said on Twitter."],
            ["Balochistan's home minister, Ziaullah Langove, said the provincial government would not hold talks "
             "with the militants and had asked Islamabad for two more army battalions.",
             "He did not say when the troops would arrive."],
            ["On Tuesday, a bomb hidden on a motorbike killed two people near a paramilitary checkpoint on the edge of "
             "the city, and no group has said it was behind that blast."],
        ],
        "events": [
            ev("attack", "Bomb", at="Bomb in Quetta mosque", p=["Quetta"], target="mosque in Quetta",
               loc="Quetta, Pakistan", date="2020-01-10", dt="on Friday", killed=15, injured=20),
            ev("death", "killing", at="killing 15 people", date="2020-01-10", dt="on Friday", killed=15),
            ev("injury", "wounding", at="wounding 20 others", date="2020-01-10", dt="on Friday", injured=20),
            ev("statement", "said", at="officials said"),
            ev("statement", "told", at="police chief, told reporters", p=["Abdul Razzaq Cheema"],
               agent="Abdul Razzaq Cheema"),
            ev("statement", "claimed", at="claimed responsibility", p=["Islamic State"], agent="Islamic State"),
            ev("statement", "denied", at="denied any role", p=["Tehrik-i-Taliban Pakistan"],
               agent="Tehrik-i-Taliban Pakistan"),
            ev("statement", "said", at="Imran Khan said", p=["Imran Khan"], agent="Imran Khan"),
            ev("statement", "said", at="Ziaullah Langove, said", p=["Ziaullah Langove"], agent="Ziaullah Langove"),
            ev("statement", "asked", at="had asked Islamabad", p=["Ziaullah Langove", "Pakistan"],
               agent="Ziaullah Langove", target="Pakistan"),
            ev("attack", "bomb", at="a bomb hidden on a motorbike", target="paramilitary checkpoint",
               loc="Quetta, Pakistan", date="2020-01-07", dt="On Tuesday", killed=2),
            ev("death", "killed", at="motorbike killed two", date="2020-01-07", dt="On Tuesday", killed=2),
        ],
        "irrealis": [
            irr("negated", "meeting", "talks", at="would not hold talks", p=["Balochistan"], agent="Balochistan"),
            irr("planned", "deployment", "battalions", at="two more army battalions", p=["Pakistan Army"],
                loc="Balochistan, Pakistan"),
            irr("negated", "statement", "did not say", at="He did not say when", p=["Ziaullah Langove"],
                agent="Ziaullah Langove"),
            irr("planned", "deployment", "arrive", at="troops would arrive", p=["Pakistan Army"],
                loc="Balochistan, Pakistan"),
            irr("negated", "statement", "has said", at="no group has said", ),
        ],
        "people": ["Abdul Razzaq Cheema", "Amanullah Khan", "Imran Khan", "Ziaullah Langove"],
        "places": ["Quetta", "Pakistan", "Balochistan", "Islamabad"],
        "organizations": ["Islamic State", "Aamaq", "Tehrik-i-Taliban Pakistan", "Pakistan Army"],
    },
    {
        "id": "hnq06", "published": "2020-02-28",
        "paragraphs": [
            ["Erdogan and Putin speak by phone after air strike kills 33 Turkish soldiers in Syria"],
            ["ALEPPO, Feb 28 (Reuters) - Turkey's Tayyip Erdogan and his Russian counterpart Vladimir Putin talked "
             "by telephone on Friday, hours after a Syrian government air strike killed 33 Turkish "
             "soldiers in Idlib province, the deadliest day for Turkey's army in decades."],
            ["The Kremlin said the two leaders had agreed to meet soon and expressed concern over the fighting, while "
             "Erdogan's office said he had told Putin that Turkey would respond to every attack on its troops.",
             "Turkish officials said the meeting could take place in Moscow as early as next week."],
            ["Turkish artillery and drones struck more than 200 government targets overnight, the defence ministry in "
             "Ankara said, and a war monitor reported that at least 16 Syrian soldiers had been killed in the "
             "barrage."],
            ["\"We did not seek this fight, but we will not run from it,\" Defence Minister Hulusi Akar told troops "
             "near the border."],
            ["NATO ambassadors met in Brussels on Friday at Turkey's request, and Secretary-General Jens Stoltenberg "
             "urged Damascus and Moscow to halt their offensive.",
             "Washington has so far declined to send Patriot missile batteries to its ally."],
            ["Nearly a million civilians have fled the offensive since December, the United Nations says, and Turkey "
             "has warned that it will no longer stop refugees who try to cross into Europe."],
        ],
        "events": [
            ev("call", "speak by phone", p=["Tayyip Erdogan", "Vladimir Putin"], agent="Tayyip Erdogan",
               target="Vladimir Putin", date="2020-02-28", dt="on Friday"),
            ev("attack", "air strike", at="after air strike kills 33", p=["Syrian Arab Army", "Turkish Armed Forces"],
               agent="Syrian Arab Army", target="Turkish Armed Forces", loc="Idlib, Syria", killed=33),
            ev("death", "killed", at="air strike killed 33", killed=33),
            ev("statement", "said", at="The Kremlin said", p=["Kremlin"], agent="Kremlin"),
            ev("agreement", "agreed", at="had agreed to meet", p=["Tayyip Erdogan", "Vladimir Putin"]),
            ev("statement", "expressed", p=["Kremlin"], agent="Kremlin"),
            ev("statement", "said", at="Erdogan's office said", p=["Tayyip Erdogan"], agent="Tayyip Erdogan"),
            ev("statement", "told", at="had told Putin", p=["Tayyip Erdogan", "Vladimir Putin"],
               agent="Tayyip Erdogan", target="Vladimir Putin"),
            ev("statement", "said", at="Turkish officials said", p=["Turkey"], agent="Turkey"),
            ev("attack", "struck", at="drones struck more than 200", p=["Turkey", "Syrian Arab Army"], agent="Turkey",
               target="Syrian Arab Army", loc="Idlib, Syria", killed=16),
            ev("statement", "said", at="defence ministry in Ankara said", p=["Turkey"], agent="Turkey"),
            ev("statement", "reported", at="a war monitor reported"),
            ev("death", "killed", at="had been killed in the barrage", killed=16),
            ev("statement", "told", at="Akar told troops", p=["Hulusi Akar"], agent="Hulusi Akar"),
            ev("meeting", "met", at="ambassadors met in Brussels", p=["NATO"], loc="Brussels, Belgium",
               date="2020-02-28", dt="on Friday"),
            ev("statement", "urged", at="Stoltenberg urged", p=["Jens Stoltenberg", "Syria", "Russia"],
               agent="Jens Stoltenberg"),
            ev("attack", "offensive", at="halt their offensive", p=["Syria", "Russia"], loc="Idlib, Syria"),
            ev("statement", "says", at="the United Nations says", p=["United Nations"], agent="United Nations"),
            ev("statement", "has warned", at="Turkey has warned", p=["Turkey"], agent="Turkey"),
        ],
        "irrealis": [
            irr("planned", "meeting", "meet", at="had agreed to meet", p=["Tayyip Erdogan", "Vladimir Putin"],
                loc="Moscow, Russia", date="2020-W10", dt="next week"),
            irr("hypothetical", "attack", "respond", at="would respond to every attack", p=["Turkey"], agent="Turkey"),
            irr("planned", "ceasefire", "halt", at="halt their offensive", p=["Syria", "Russia"]),
            irr("negated", "deployment", "send", at="declined to send", p=["United States"], agent="United States"),
            irr("negated", "prevention", "stop", at="no longer stop refugees", p=["Turkey"], agent="Turkey"),
        ],
        "people": ["Tayyip Erdogan", "Vladimir Putin", "Hulusi Akar", "Jens Stoltenberg"],
        "places": ["Aleppo", "Syria", "Idlib", "Turkey", "Moscow", "Ankara", "Brussels", "Damascus", "Washington",
                   "Europe"],
        "organizations": ["Kremlin", "NATO", "United Nations"],
    },
    {
        "id": "hnq07", "published": "2020-10-25",
        "paragraphs": [
            ["Seychelles opposition leader Ramkalawan wins presidency in first handover of power"],
            ["VICTORIA, Seychelles (AP) — Opposition leader Wavel Ramkalawan won the presidential election in the "
             "Seychelles taking 54.9 percent of ballots cast, the electoral commission announced on Sunday, ending "
             "more "
             "than four decades of rule by the party of President Danny Faure."],
            ["Faure, who took office in 2016 when his predecessor James Michel stepped down, conceded defeat in a "
             "speech broadcast on national television and said he had telephoned Ramkalawan on Sunday morning."],
            ["\"This is not a victory for one party but for the whole nation,\" Ramkalawan, a 59-year-old Anglican "
             "priest, told cheering supporters in the capital.",
             "He promised to root out graft and said he would not purge the civil service."],
            ["His swearing-in is set for Monday at State House, and India, China and the United Arab Emirates have "
             "said they will send envoys to the ceremony."],
            ["Ramkalawan has said he would review a 2018 accord that would have let India build a military airstrip "
             "on the outer island of Assumption, a pact that parliament refused to ratify amid street protests.",
             "Indian officials declined to comment on Sunday.",
             "Asked whether he would invite Indian Prime Minister Narendra Modi to Victoria, the president-elect said "
             "only that he wanted talks with \"all our friends\" soon."],
        ],
        "events": [
            ev("election", "wins", at="Ramkalawan wins presidency", p=["Wavel Ramkalawan", "Danny Faure"],
               agent="Wavel Ramkalawan", target="President of Seychelles", loc="Seychelles"),
            ev("statement", "announced", p=["Electoral Commission of Seychelles"],
               agent="Electoral Commission of Seychelles", date="2020-10-25", dt="on Sunday"),
            ev("statement", "conceded", p=["Danny Faure"], agent="Danny Faure"),
            ev("statement", "said", at="said he had telephoned", p=["Danny Faure"], agent="Danny Faure"),
            ev("call", "telephoned", p=["Danny Faure", "Wavel Ramkalawan"], agent="Danny Faure",
               target="Wavel Ramkalawan", date="2020-10-25", dt="on Sunday morning"),
            ev("statement", "told", at="told cheering supporters", p=["Wavel Ramkalawan"], agent="Wavel Ramkalawan"),
            ev("statement", "promised", p=["Wavel Ramkalawan"], agent="Wavel Ramkalawan"),
            ev("statement", "said", at="said he would not purge", p=["Wavel Ramkalawan"], agent="Wavel Ramkalawan"),
            ev("statement", "have said", at="have said they will send", p=["India", "China", "United Arab Emirates"],
               agent="India"),
            ev("statement", "has said", at="Ramkalawan has said", p=["Wavel Ramkalawan"], agent="Wavel Ramkalawan"),
            ev("agreement", "accord", at="a 2018 accord", p=["India", "Seychelles"], date="2018", dt="2018"),
            ev("protest", "protests", at="amid street protests", loc="Seychelles"),
            ev("statement", "Asked", at="Asked whether he would invite"),
            ev("statement", "said", at="the president-elect said only", p=["Wavel Ramkalawan"],
               agent="Wavel Ramkalawan"),
        ],
        "irrealis": [
            irr("negated", "dismissal", "purge", at="would not purge", p=["Wavel Ramkalawan"],
                agent="Wavel Ramkalawan"),
            irr("planned", "inauguration", "swearing-in", p=["Wavel Ramkalawan"], agent="Wavel Ramkalawan",
                loc="Victoria, Seychelles", date="2020-10-26", dt="on Monday"),
            irr("planned", "visit", "send", at="will send envoys", p=["India", "China", "United Arab Emirates",
                "Seychelles"], loc="Victoria, Seychelles"),
            irr("planned", "review", "review", at="would review a 2018 accord", p=["Wavel Ramkalawan"],
                agent="Wavel Ramkalawan"),
            irr("hypothetical", "construction", "build", at="let India build", p=["India"], agent="India",
                loc="Assumption, Seychelles"),
            irr("negated", "ratification", "ratify", at="refused to ratify", p=["National Assembly of Seychelles"],
                agent="National Assembly of Seychelles"),
            irr("negated", "statement", "comment", at="Indian officials declined to comment", p=["India"],
                agent="India", date="2020-10-25", dt="on Sunday"),
            irr("hypothetical", "invitation", "invite", at="whether he would invite", p=["Wavel Ramkalawan",
                "Narendra Modi"], agent="Wavel Ramkalawan", target="Narendra Modi"),
            irr("hypothetical", "visit", "Victoria", at="invite Indian Prime Minister Narendra Modi to Victoria",
                p=["Narendra Modi", "Seychelles"], agent="Narendra Modi", loc="Victoria, Seychelles"),
            irr("planned", "meeting", "talks", at="wanted talks with", p=["Wavel Ramkalawan"],
                agent="Wavel Ramkalawan"),
        ],
        "people": ["Wavel Ramkalawan", "Danny Faure", "James Michel", "Narendra Modi"],
        "places": ["Victoria", "Seychelles", "State House", "India", "China", "United Arab Emirates", "Assumption"],
        "organizations": ["Electoral Commission of Seychelles", "National Assembly of Seychelles"],
    },
    {
        "id": "hnq08", "published": "2021-10-24",
        "paragraphs": [
            ["Colombia captures Gulf Clan leader Otoniel in jungle operation"],
            ["MEDELLIN, Oct 24 (Reuters) - Colombian soldiers and police captured Dairo Antonio Usuga, the leader of "
             "the Gulf Clan drug cartel known as Otoniel, in a jungle hideout in northwestern Antioquia province on "
             "Saturday, President Ivan Duque said, calling it the biggest blow to drug trafficking in Colombia this "
             "century."],
            ["One police officer was killed in a firefight with Usuga's bodyguards during the operation, which "
             "involved some 500 troops and 22 helicopters, Defence Minister Diego Molano told reporters in Medellin."],
            ["The United States, which had offered a $5 million reward for information leading to Usuga's capture, "
             "wants him extradited to face drug trafficking charges filed in New York."],
            ["Duque said his government would approve the extradition \"as quickly as the law allows,\" but he would "
             "not say whether Usuga would first stand trial in Colombia for the killings of community leaders."],
            ["The Gulf Clan, which has about 1,800 armed members, did not issue any statement.",
             "Human rights groups warned that rival gangs could now launch attacks to seize its smuggling routes "
             "along the Caribbean coast."],
            ["Usuga's lawyer, Ricardo Montes, said his client had offered last year to negotiate his surrender with "
             "the government, an offer that Bogota never answered."],
        ],
        "events": [
            ev("arrest", "captures", at="Colombia captures Gulf Clan leader", p=["Colombia", "Dairo Antonio Usuga"],
               agent="Colombia", target="Dairo Antonio Usuga", loc="Antioquia, Colombia", date="2021-10-23",
               dt="on Saturday"),
            ev("statement", "said", at="Ivan Duque said", p=["Ivan Duque"], agent="Ivan Duque"),
            ev("statement", "calling", at="calling it the biggest blow", p=["Ivan Duque"], agent="Ivan Duque"),
            ev("attack", "firefight", p=["Colombian National Police", "Gulf Clan"], loc="Antioquia, Colombia",
               killed=1),
            ev("death", "killed", at="One police officer was killed", killed=1),
            ev("statement", "told", at="Molano told reporters", p=["Diego Molano"], agent="Diego Molano"),
            ev("statement", "had offered", at="had offered a $5 million reward", p=["United States"],
               agent="United States"),
            ev("statement", "said", at="Duque said his government", p=["Ivan Duque"], agent="Ivan Duque"),
            ev("statement", "warned", at="Human rights groups warned"),
            ev("statement", "said", at="Ricardo Montes, said", p=["Ricardo Montes"], agent="Ricardo Montes"),
            ev("statement", "had offered", at="client had offered last year", p=["Dairo Antonio Usuga"],
               agent="Dairo Antonio Usuga", date="2020", dt="last year"),
        ],
        "irrealis": [
            irr("planned", "extradition", "extradited", p=["United States", "Dairo Antonio Usuga"],
                agent="United States", target="Dairo Antonio Usuga"),
            irr("planned", "approval", "approve", at="would approve the extradition", p=["Colombia"], agent="Colombia"),
            irr("negated", "statement", "would not say", at="he would not say", p=["Ivan Duque"], agent="Ivan Duque"),
            irr("hypothetical", "trial", "trial", at="first stand trial", p=["Dairo Antonio Usuga"],
                target="Dairo Antonio Usuga", loc="Colombia"),
            irr("negated", "statement", "did not issue", p=["Gulf Clan"], agent="Gulf Clan"),
            irr("hypothetical", "attack", "attacks", at="launch attacks to seize", p=["Gulf Clan"], target="Gulf Clan",
                loc="Caribbean coast"),
            irr("hypothetical", "meeting", "negotiate", at="to negotiate his surrender", p=["Dairo Antonio Usuga",
                "Colombia"], agent="Dairo Antonio Usuga", target="Colombia"),
            irr("negated", "statement", "never answered", p=["Colombia"], agent="Colombia"),
        ],
        "people": ["Dairo Antonio Usuga", "Ivan Duque", "Diego Molano", "Ricardo Montes"],
        "places": ["Medellin", "Colombia", "Antioquia", "United States", "New York", "Caribbean coast", "Bogota"],
        "organizations": ["Gulf Clan", "Colombian National Police"],
    },
    {
        "id": "hnq09", "published": "2021-06-09",
        "paragraphs": [
            ["Hungary's Orban and Croatia's Plenkovic fail to settle INA oil dispute"],
            ["ZAGREB, Croatia (AP) — Hungarian Prime Minister Viktor Orban and his Croatian counterpart Andrej "
             "Plenkovic failed on Wednesday to settle a decade-old fight over control of the Croatian oil company "
             "INA, though they agreed to build a gas pipeline between their countries."],
            ["\"We talked for three hours and we did not find a solution, but we did not quarrel either,\" Orban told "
             "reporters after the talks at the government building, on his first visit to Croatia since 2015."],
            ["Croatia wants Hungarian energy group MOL to sell back its stake in INA or give up management rights it "
             "won under a 2009 deal that the Zagreb County Court later found was secured with a bribe to former Prime "
             "Minister Ivo Sanader.",
             "MOL has denied any wrongdoing."],
            ["Plenkovic said officials from both governments would draft a proposal before December, and that "
             "he would travel to Budapest in the autumn to continue the talks.",
             "He declined to say whether Croatia was ready to buy MOL's 49 percent stake, which analysts value at "
             "about 1.8 billion euros."],
            ["The pipeline would link the liquefied natural gas terminal on the island of Krk to Hungary's network by "
             "2024, and the two leaders said they would ask the European Commission to help pay for it."],
        ],
        "events": [
            ev("visit", "visit", at="on his first visit to Croatia", p=["Viktor Orban", "Croatia"],
               agent="Viktor Orban", target="Croatia", loc="Zagreb, Croatia"),
            ev("agreement", "agreed", at="they agreed to build", p=["Viktor Orban", "Andrej Plenkovic"]),
            ev("statement", "told", at="Orban told reporters", p=["Viktor Orban"], agent="Viktor Orban"),
            ev("meeting", "talks", at="after the talks at the government building", p=["Viktor Orban",
               "Andrej Plenkovic"], agent="Viktor Orban", target="Andrej Plenkovic", loc="Zagreb, Croatia"),
            ev("agreement", "deal", at="a 2009 deal", p=["MOL", "Croatia"], date="2009", dt="2009"),
            ev("ruling", "found", at="later found was secured", p=["Zagreb County Court", "MOL"],
               agent="Zagreb County Court", target="MOL"),
            ev("statement", "has denied", p=["MOL"], agent="MOL"),
            ev("statement", "said", at="Plenkovic said officials", p=["Andrej Plenkovic"], agent="Andrej Plenkovic"),
            ev("statement", "said", at="the two leaders said", p=["Viktor Orban", "Andrej Plenkovic"],
               agent="Viktor Orban"),
        ],
        "irrealis": [
            irr("negated", "agreement", "settle", at="Plenkovic fail to settle", p=["Viktor Orban", "Andrej Plenkovic"],
                date="2021-06-09", dt="on Wednesday"),
            irr("planned", "construction", "build", at="agreed to build", p=["Hungary", "Croatia"]),
            irr("planned", "sale", "sell back", p=["MOL"], agent="MOL"),
            irr("planned", "travel", "travel", at="travel to Budapest", p=["Andrej Plenkovic"],
                agent="Andrej Plenkovic", loc="Budapest, Hungary", date="2021-FA", dt="in the autumn"),
            irr("planned", "meeting", "talks", at="continue the talks", p=["Andrej Plenkovic", "Viktor Orban"],
                agent="Andrej Plenkovic", target="Viktor Orban", loc="Budapest, Hungary", date="2021-FA",
                dt="in the autumn"),
            irr("negated", "statement", "say", at="He declined to say whether Croatia", p=["Andrej Plenkovic"],
                agent="Andrej Plenkovic"),
            irr("hypothetical", "acquisition", "buy", at="ready to buy MOL's", p=["Croatia", "MOL"], agent="Croatia",
                target="MOL's 49 percent stake in INA", amount=(1800000000, "EUR")),
            irr("planned", "statement", "ask", at="would ask the European Commission", p=["Viktor Orban",
                "Andrej Plenkovic", "European Commission"], agent="Viktor Orban", target="European Commission"),
        ],
        "people": ["Viktor Orban", "Andrej Plenkovic", "Ivo Sanader"],
        "places": ["Zagreb", "Croatia", "Hungary", "Budapest", "Krk"],
        "organizations": ["INA", "MOL", "Zagreb County Court", "European Commission"],
    },
    {
        "id": "hnq10", "published": "2021-10-15",
        "paragraphs": [
            ["Suicide bombers kill 41 at Shi'ite mosque in Kandahar during Friday prayers"],
            ["KANDAHAR, Oct 15 (Reuters) - Suicide bombers struck a Shi'ite mosque in the southern Afghan city of "
             "Kandahar during Friday prayers, killing at least 41 worshippers and wounding more than 70, a week after "
             "a similar attack in the north, Taliban officials and witnesses said."],
            ["Three attackers detonated explosives at the entrance and inside the main hall, said Murtaza Hussaini, "
             "a worshipper who was hurt in the legs.",
             "\"The guards shot one of them at the gate, but the others were already inside,\" he said."],
            ["No group claimed responsibility, but the Islamic State's Afghan branch said it had carried "
             "out the bombing of a mosque in Kunduz a week ago that killed more than 50 people."],
            ["Taliban spokesman Zabihullah Mujahid wrote on Twitter that a special unit had been sent to Kandahar and "
             "that the attackers' accomplices would be punished.",
             "He vowed that the new government would protect the Shi'ite minority, which Sunni militants have long "
             "targeted, but he did not say whether any Taliban fighters were among the dead."],
            ["No foreign government has recognised the Taliban since they took power in August, and the U.N. envoy, "
             "Deborah Lyons, said development aid could not resume unless the group protected all Afghans.",
             "Pakistan condemned the attack, and Iran called on the Taliban to bring those responsible to justice."],
        ],
        "events": [
            ev("attack", "kill", at="Suicide bombers kill 41", p=["Kandahar"], target="Shi'ite mosque in Kandahar",
               loc="Kandahar, Afghanistan", date="2021-10-15", dt="during Friday prayers", killed=41, injured=70),
            ev("death", "killing", at="killing at least 41", date="2021-10-15", dt="during Friday prayers", killed=41),
            ev("injury", "wounding", at="wounding more than 70", date="2021-10-15", dt="during Friday prayers",
               injured=70),
            ev("attack", "attack", at="a similar attack in the north", p=["Islamic State Khorasan", "Kunduz"],
               agent="Islamic State Khorasan", target="mosque in Kunduz", loc="Kunduz, Afghanistan",
               date="2021-10-08", dt="a week ago", killed=50),
            ev("statement", "said", at="Taliban officials and witnesses said", p=["Taliban"], agent="Taliban"),
            ev("statement", "said", at="said Murtaza Hussaini", p=["Murtaza Hussaini"], agent="Murtaza Hussaini"),
            ev("attack", "shot", at="guards shot one of them", target="suicide bomber", loc="Kandahar, Afghanistan"),
            ev("statement", "said", at="already inside,\" he said", p=["Murtaza Hussaini"], agent="Murtaza Hussaini"),
            ev("statement", "said", at="Afghan branch said", p=["Islamic State Khorasan"],
               agent="Islamic State Khorasan"),
            ev("death", "killed", at="that killed more than 50", date="2021-10-08", dt="a week ago", killed=50),
            ev("statement", "wrote", at="Mujahid wrote on Twitter", p=["Zabihullah Mujahid"],
               agent="Zabihullah Mujahid"),
            ev("statement", "vowed", p=["Zabihullah Mujahid"], agent="Zabihullah Mujahid"),
            ev("statement", "said", at="Deborah Lyons, said", p=["Deborah Lyons"], agent="Deborah Lyons"),
            ev("statement", "condemned", at="Pakistan condemned", p=["Pakistan"], agent="Pakistan"),
            ev("statement", "called on", at="Iran called on", p=["Iran", "Taliban"], agent="Iran", target="Taliban"),
        ],
        "irrealis": [
            irr("negated", "statement", "claimed", at="No group claimed"),
            irr("planned", "punishment", "punished", at="would be punished", p=["Taliban"], agent="Taliban"),
            irr("planned", "protection", "protect", at="would protect the Shi'ite minority", p=["Taliban"],
                agent="Taliban"),
            irr("negated", "statement", "did not say", at="he did not say whether", p=["Zabihullah Mujahid"],
                agent="Zabihullah Mujahid"),
            irr("negated", "recognition", "recognised", at="has recognised the Taliban", p=["Taliban"],
                target="Taliban"),
            irr("hypothetical", "aid", "resume", at="aid could not resume", p=["United Nations"]),
            irr("planned", "trial", "justice", at="bring those responsible to justice", p=["Taliban"], agent="Taliban"),
        ],
        "people": ["Murtaza Hussaini", "Zabihullah Mujahid", "Deborah Lyons"],
        "places": ["Kandahar", "Afghanistan", "Kunduz", "Pakistan", "Iran"],
        "organizations": ["Taliban", "Islamic State Khorasan", "United Nations"],
    },
    {
        "id": "hnq11", "published": "2022-09-15",
        "paragraphs": [
            ["Putin acknowledges Chinese 'concerns' over Ukraine in talks with Xi"],
            ["SAMARKAND, Uzbekistan (AP) — Russian President Vladimir Putin told Chinese leader Xi Jinping on "
             "Thursday that he understood Beijing's \"questions and concerns\" about Ukraine, as the two men met face "
             "to face for the first time since the war began."],
            ["Xi, on his first trip abroad since the start of the coronavirus pandemic, said China was willing to work "
             "with Russia to bring stability to a turbulent world, according to a summary from state broadcaster "
             "CCTV.",
             "The summary did not mention Ukraine."],
            ["The meeting on the sidelines of a summit of the Shanghai Cooperation Organization came as Ukrainian "
             "forces pressed a counteroffensive that has retaken thousands of square kilometers in the northeast."],
            ["Putin also held talks with Turkish President Recep Tayyip Erdogan and Pakistani Prime Minister Shehbaz "
             "Sharif, and he is due to meet Indian Prime Minister Narendra Modi on Friday.",
             "Modi's office said he would raise food and fuel prices, but an Indian official declined to say whether "
             "he would bring up the fighting."],
            ["Kremlin foreign policy aide Yuri Ushakov told reporters that Putin had invited Xi to visit Russia next "
             "year and that no joint declaration was planned."],
            ["Washington has warned Beijing that any military help for Moscow would be met with sanctions, and "
             "Chinese officials have repeatedly said they are not arming Russia."],
        ],
        "events": [
            ev("statement", "acknowledges", p=["Vladimir Putin"], agent="Vladimir Putin"),
            ev("meeting", "talks", at="in talks with Xi", p=["Vladimir Putin", "Xi Jinping"], agent="Vladimir Putin",
               target="Xi Jinping", loc="Samarkand, Uzbekistan", date="2022-09-15", dt="on Thursday"),
            ev("statement", "told", at="Putin told Chinese leader", p=["Vladimir Putin", "Xi Jinping"],
               agent="Vladimir Putin", target="Xi Jinping", date="2022-09-15", dt="on Thursday"),
            ev("visit", "trip", at="his first trip abroad", p=["Xi Jinping", "Uzbekistan"], agent="Xi Jinping",
               target="Uzbekistan", loc="Samarkand, Uzbekistan"),
            ev("statement", "said", at="said China was willing", p=["Xi Jinping"], agent="Xi Jinping"),
            ev("statement", "according to", at="according to a summary", p=["CCTV"], agent="CCTV"),
            ev("meeting", "summit", at="on the sidelines of a summit", p=["Shanghai Cooperation Organization"],
               loc="Samarkand, Uzbekistan"),
            ev("attack", "counteroffensive", p=["Armed Forces of Ukraine"], agent="Armed Forces of Ukraine",
               loc="northeastern Ukraine"),
            ev("meeting", "held talks", at="Putin also held talks", p=["Vladimir Putin", "Recep Tayyip Erdogan",
               "Shehbaz Sharif"], agent="Vladimir Putin", loc="Samarkand, Uzbekistan"),
            ev("statement", "said", at="Modi's office said", p=["Narendra Modi"], agent="Narendra Modi"),
            ev("statement", "told", at="Ushakov told reporters", p=["Yuri Ushakov"], agent="Yuri Ushakov"),
            ev("invitation", "invited", at="Putin had invited Xi", p=["Vladimir Putin", "Xi Jinping"],
               agent="Vladimir Putin", target="Xi Jinping"),
            ev("statement", "has warned", p=["United States", "China"], agent="United States", target="China"),
            ev("statement", "have repeatedly said", p=["China"], agent="China"),
        ],
        "irrealis": [
            irr("negated", "statement", "did not mention", at="summary did not mention", p=["CCTV"], agent="CCTV"),
            irr("planned", "meeting", "meet", at="due to meet Indian Prime Minister", p=["Vladimir Putin",
                "Narendra Modi"], agent="Vladimir Putin", target="Narendra Modi", loc="Samarkand, Uzbekistan",
                date="2022-09-16", dt="on Friday"),
            irr("planned", "statement", "raise", at="would raise food", p=["Narendra Modi"], agent="Narendra Modi"),
            irr("negated", "statement", "say", at="declined to say whether he would bring", p=["India"], agent="India"),
            irr("hypothetical", "statement", "bring up", p=["Narendra Modi"], agent="Narendra Modi"),
            irr("planned", "visit", "visit", at="invited Xi to visit Russia", p=["Xi Jinping", "Russia"],
                agent="Xi Jinping", target="Russia", date="2023", dt="next year"),
            irr("negated", "statement", "declaration", at="no joint declaration was planned",
                p=["Vladimir Putin", "Xi Jinping"]),
            irr("hypothetical", "aid", "help", at="any military help", p=["China", "Russia"], agent="China",
                target="Russia"),
            irr("hypothetical", "sanction", "sanctions", at="be met with sanctions", p=["United States", "China"],
                agent="United States", target="China"),
            irr("negated", "aid", "arming", at="not arming Russia", p=["China", "Russia"], agent="China",
                target="Russia"),
        ],
        "people": ["Vladimir Putin", "Xi Jinping", "Recep Tayyip Erdogan", "Shehbaz Sharif", "Narendra Modi",
                   "Yuri Ushakov"],
        "places": ["Samarkand", "Uzbekistan", "Beijing", "Ukraine", "China", "Russia", "Washington", "Moscow"],
        "organizations": ["CCTV", "Shanghai Cooperation Organization", "Kremlin"],
    },
    {
        "id": "hnq12", "published": "2022-12-29",
        "paragraphs": [
            ["Bolivian judge orders opposition governor Camacho held for four months"],
            ["SANTA CRUZ, Dec 29 (Reuters) - A judge in La Paz on Thursday ordered Luis Fernando Camacho, the "
             "opposition governor of Santa Cruz, held in pretrial detention for four months on terrorism charges, a "
             "day after police detained him on a road near his home and flew him to the capital."],
            ["Supporters of Camacho set fire to a police station and blocked highways across Bolivia's richest region "
             "on Thursday, demanding his release.",
             "At least 12 police officers were injured in clashes with the crowds, the government said."],
            ["\"I will not ask this government for mercy,\" Camacho wrote on Twitter before the hearing."],
            ["Prosecutors accuse Camacho of leading a coup against former President Evo Morales in 2019, when weeks of "
             "street protests after a contested election forced Morales to resign and leave the country.",
             "Camacho denies the charges."],
            ["President Luis Arce said the case belonged in the courts and that he would not meet Camacho's "
             "allies while roads remained blocked.",
             "The Organization of American States urged calm and asked Bolivian authorities to guarantee due "
             "process."],
            ["Camacho's lawyer, Martin Vidal, said he would appeal the ruling, and the Pro-Santa Cruz Committee said "
             "it would meet on Friday to decide whether to extend the blockades."],
        ],
        "events": [
            ev("ruling", "orders", at="Bolivian judge orders", p=["Luis Fernando Camacho"],
                target="Luis Fernando Camacho",
               loc="La Paz, Bolivia", date="2022-12-29", dt="on Thursday"),
            ev("arrest", "detained", at="police detained him", p=["Bolivian police", "Luis Fernando Camacho"],
               agent="Bolivian police", target="Luis Fernando Camacho", loc="Santa Cruz, Bolivia",
               date="2022-12-28", dt="a day after"),
            ev("attack", "set fire", at="set fire to a police station", p=["Bolivian police"],
               target="police station", loc="Santa Cruz, Bolivia", date="2022-12-29", dt="on Thursday"),
            ev("protest", "blocked", at="blocked highways", p=["Luis Fernando Camacho"], loc="Santa Cruz, Bolivia"),
            ev("attack", "clashes", at="injured in clashes", p=["Bolivian police"], loc="Santa Cruz, Bolivia",
               injured=12),
            ev("injury", "injured", at="officers were injured", injured=12),
            ev("statement", "said", at="the government said", p=["Bolivia"], agent="Bolivia"),
            ev("statement", "wrote", at="Camacho wrote on Twitter", p=["Luis Fernando Camacho"],
               agent="Luis Fernando Camacho"),
            ev("statement", "accuse", at="Prosecutors accuse", p=["Luis Fernando Camacho"],
               target="Luis Fernando Camacho"),
            ev("protest", "protests", at="street protests after", p=["Evo Morales"], target="Evo Morales",
                loc="Bolivia",
               date="2019", dt="in 2019"),
            ev("election", "election", at="contested election", p=["Evo Morales"], target="President of Bolivia",
               loc="Bolivia", date="2019", dt="in 2019"),
            ev("statement", "denies", at="Camacho denies", p=["Luis Fernando Camacho"], agent="Luis Fernando Camacho"),
            ev("statement", "said", at="Luis Arce said", p=["Luis Arce"], agent="Luis Arce"),
            ev("statement", "urged", at="States urged calm", p=["Organization of American States"],
               agent="Organization of American States"),
            ev("statement", "asked", at="asked Bolivian authorities", p=["Organization of American States", "Bolivia"],
               agent="Organization of American States", target="Bolivia"),
            ev("statement", "said", at="Martin Vidal, said", p=["Martin Vidal"], agent="Martin Vidal"),
            ev("statement", "said", at="Committee said", p=["Pro-Santa Cruz Committee"],
               agent="Pro-Santa Cruz Committee"),
        ],
        "irrealis": [
            irr("planned", "release", "release", at="demanding his release", p=["Luis Fernando Camacho"],
                target="Luis Fernando Camacho"),
            irr("negated", "statement", "ask", at="I will not ask this government", p=["Luis Fernando Camacho"],
                agent="Luis Fernando Camacho"),
            irr("negated", "meeting", "meet", at="he would not meet Camacho's", p=["Luis Arce"], agent="Luis Arce"),
            irr("planned", "guarantee", "guarantee", at="to guarantee due process", p=["Bolivia"], agent="Bolivia"),
            irr("planned", "appeal", "appeal", at="would appeal the ruling", p=["Martin Vidal"], agent="Martin Vidal"),
            irr("planned", "meeting", "meet", at="it would meet on Friday", p=["Pro-Santa Cruz Committee"],
                agent="Pro-Santa Cruz Committee", date="2022-12-30", dt="on Friday"),
            irr("hypothetical", "protest", "extend", at="extend the blockades", p=["Pro-Santa Cruz Committee"],
                agent="Pro-Santa Cruz Committee", loc="Santa Cruz, Bolivia"),
        ],
        "people": ["Luis Fernando Camacho", "Evo Morales", "Luis Arce", "Martin Vidal"],
        "places": ["Santa Cruz", "La Paz", "Bolivia"],
        "organizations": ["Organization of American States", "Pro-Santa Cruz Committee"],
    },
    {
        "id": "hnq13", "published": "2023-12-21",
        "paragraphs": [
            ["Suriname court upholds Bouterse's 20-year sentence for 1982 killings"],
            ["PARAMARIBO, Dec 20 (Reuters) - Suriname's Court of Justice on Wednesday upheld a 20-year prison sentence "
             "for former President Desi Bouterse over the execution of 15 political opponents at a colonial fort in "
             "December 1982, rejecting his final appeal."],
            ["Bouterse, 78, did not attend the hearing in Paramaribo, and his lawyer, Irvin Kanhai, said his client "
             "would not report to prison voluntarily.",
             "\"He has always said he would never hand himself in,\" Kanhai told reporters outside the courthouse."],
            ["Several hundred supporters of his National Democratic Party gathered outside the court, chanting his "
             "name, but police said the crowd dispersed peacefully after the verdict."],
            ["President Chan Santokhi called the ruling a victory for the rule of law and urged Bouterse to respect "
             "it.",
             "Justice Minister Kenneth Amoksi said the police would not try to arrest the former leader before "
             "Christmas, and he declined to say whether Bouterse had left the capital."],
            ["Relatives of the victims, who have waited four decades for the case to close, said they would hold a "
             "memorial at Fort Zeelandia on Friday."],
        ],
        "events": [
            ev("ruling", "upholds", at="Suriname court upholds", p=["Court of Justice of Suriname", "Desi Bouterse"],
               agent="Court of Justice of Suriname", target="Desi Bouterse", loc="Paramaribo, Suriname",
               date="2023-12-20", dt="on Wednesday"),
            ev("attack", "execution", at="over the execution of 15", p=["Desi Bouterse"], agent="Desi Bouterse",
               target="15 political opponents", loc="Paramaribo, Suriname", date="1982-12", dt="in December 1982",
               killed=15),
            ev("death", "execution", at="over the execution of 15", date="1982-12", dt="in December 1982", killed=15),
            ev("statement", "said", at="Irvin Kanhai, said", p=["Irvin Kanhai"], agent="Irvin Kanhai"),
            ev("statement", "has always said", p=["Desi Bouterse"], agent="Desi Bouterse"),
            ev("statement", "told", at="Kanhai told reporters", p=["Irvin Kanhai"], agent="Irvin Kanhai"),
            ev("protest", "gathered", at="gathered outside the court", p=["National Democratic Party"],
               loc="Paramaribo, Suriname"),
            ev("statement", "said", at="police said the crowd", p=["Suriname Police Force"],
               agent="Suriname Police Force"),
            ev("statement", "called", at="Santokhi called the ruling", p=["Chan Santokhi"], agent="Chan Santokhi"),
            ev("statement", "urged", at="urged Bouterse", p=["Chan Santokhi", "Desi Bouterse"], agent="Chan Santokhi",
               target="Desi Bouterse"),
            ev("statement", "said", at="Kenneth Amoksi said", p=["Kenneth Amoksi"], agent="Kenneth Amoksi"),
            ev("statement", "said", at="the victims, who have waited"),
        ],
        "irrealis": [
            irr("negated", "meeting", "attend", at="did not attend the hearing", p=["Desi Bouterse"],
                agent="Desi Bouterse"),
            irr("negated", "surrender", "report", at="would not report to prison", p=["Desi Bouterse"],
                agent="Desi Bouterse"),
            irr("negated", "surrender", "hand himself in", p=["Desi Bouterse"], agent="Desi Bouterse"),
            irr("negated", "arrest", "arrest", at="would not try to arrest", p=["Suriname Police Force",
                "Desi Bouterse"],
                agent="Suriname Police Force", target="Desi Bouterse"),
            irr("negated", "statement", "say", at="declined to say whether Bouterse", p=["Kenneth Amoksi"],
                agent="Kenneth Amoksi"),
            irr("planned", "meeting", "memorial", at="hold a memorial", loc="Fort Zeelandia, Paramaribo",
                date="2023-12-22", dt="on Friday"),
        ],
        "people": ["Desi Bouterse", "Irvin Kanhai", "Chan Santokhi", "Kenneth Amoksi"],
        "places": ["Paramaribo", "Suriname", "Fort Zeelandia"],
        "organizations": ["Court of Justice of Suriname", "National Democratic Party", "Suriname Police Force"],
    },
    {
        "id": "hnq14", "published": "2023-07-20",
        "paragraphs": [
            ["Russian missiles hit Odesa port for third night, killing two"],
            ["ODESA, Ukraine (AP) — Russian missiles and drones pounded the Black Sea port of Odesa for a third night "
             "on Thursday, killing two people and wounding at least 19, destroying grain warehouses, regional "
             "governor Oleh Kiper said."],
            ["The strikes began on Monday, hours after Moscow pulled out of a deal that had let Ukraine ship grain "
             "through the Black Sea for a year.",
             "Russia's defence ministry said it had hit \"military targets\" and denied striking civilian buildings."],
            ["\"They want to starve the world,\" Ukrainian President Volodymyr Zelenskyy said in his nightly video "
             "address, adding that he had asked allies for more air defence systems."],
            ["Antonio Guterres, the U.N. secretary-general, urged Moscow to return to the grain deal, but Kremlin "
             "spokesman Dmitry Peskov said Russia would not rejoin it unless Western sanctions on its farm exports "
             "were eased."],
            ["Turkish President Recep Tayyip Erdogan, who brokered the deal, said he would discuss it with President "
             "Vladimir Putin when the two meet in August.",
             "Kyiv has said it will keep ships moving without Russia's consent, and Canada announced new sanctions "
             "on Russian arms makers on Wednesday."],
        ],
        "events": [
            ev("attack", "hit", at="Russian missiles hit Odesa port", p=["Russia", "Odesa"], agent="Russia",
               target="Odesa port", loc="Odesa, Ukraine", date="2023-07-20", dt="on Thursday", killed=2, injured=19),
            ev("death", "killing", at="killing two people and wounding", date="2023-07-20", dt="on Thursday", killed=2),
            ev("injury", "wounding", at="wounding at least 19", date="2023-07-20", dt="on Thursday", injured=19),
            ev("statement", "said", at="Oleh Kiper said", p=["Oleh Kiper"], agent="Oleh Kiper"),
            ev("agreement", "deal", at="pulled out of a deal", p=["Russia", "Ukraine"]),
            ev("statement", "said", at="defence ministry said", p=["Russia"], agent="Russia"),
            ev("statement", "denied", at="denied striking", p=["Russia"], agent="Russia"),
            ev("statement", "said", at="Zelenskyy said", p=["Volodymyr Zelenskyy"], agent="Volodymyr Zelenskyy"),
            ev("statement", "adding", at="adding that he had asked", p=["Volodymyr Zelenskyy"],
               agent="Volodymyr Zelenskyy"),
            ev("statement", "had asked", at="he had asked allies", p=["Volodymyr Zelenskyy"],
               agent="Volodymyr Zelenskyy"),
            ev("statement", "urged", at="secretary-general, urged", p=["Antonio Guterres", "Russia"],
                agent="Antonio Guterres",
               target="Russia"),
            ev("statement", "said", at="Dmitry Peskov said", p=["Dmitry Peskov"], agent="Dmitry Peskov"),
            ev("statement", "said", at="said he would discuss", p=["Recep Tayyip Erdogan"],
               agent="Recep Tayyip Erdogan"),
            ev("statement", "has said", at="Kyiv has said", p=["Ukraine"], agent="Ukraine"),
            ev("statement", "announced", at="Canada announced", p=["Canada"], agent="Canada", date="2023-07-19",
               dt="on Wednesday"),
            ev("sanction", "sanctions", at="announced new sanctions", p=["Canada", "Russia"], agent="Canada",
               target="Russia", date="2023-07-19", dt="on Wednesday"),
        ],
        "irrealis": [
            irr("negated", "attack", "striking", at="denied striking civilian", p=["Russia"], agent="Russia"),
            irr("planned", "agreement", "return", at="return to the grain deal", p=["Russia"], agent="Russia"),
            irr("negated", "agreement", "rejoin", at="would not rejoin it", p=["Russia"], agent="Russia"),
            irr("hypothetical", "sanction", "eased", at="sanctions on its farm exports were eased",
                p=["Russia"], target="Russia"),
            irr("planned", "statement", "discuss", at="he would discuss it", p=["Recep Tayyip Erdogan",
                "Vladimir Putin"], agent="Recep Tayyip Erdogan", target="Vladimir Putin"),
            irr("planned", "meeting", "meet", at="when the two meet in August", p=["Recep Tayyip Erdogan",
                "Vladimir Putin"], agent="Recep Tayyip Erdogan", target="Vladimir Putin", date="2023-08",
                dt="in August"),
        ],
        "people": ["Oleh Kiper", "Volodymyr Zelenskyy", "Antonio Guterres", "Dmitry Peskov", "Recep Tayyip Erdogan",
                   "Vladimir Putin"],
        "places": ["Odesa", "Ukraine", "Black Sea", "Moscow", "Russia", "Kyiv", "Canada"],
        "organizations": ["United Nations", "Kremlin"],
    },
    {
        "id": "hnq15", "published": "2024-10-03",
        "paragraphs": [
            ["Britain agrees to hand Chagos Islands to Mauritius, keeps Diego Garcia base"],
            ["PORT LOUIS, Oct 3 (Reuters) - Britain agreed on Thursday to hand sovereignty over the Chagos Islands to "
             "Mauritius after more than 50 years, in a deal that lets the United States and Britain keep running the "
             "military base on Diego Garcia for at least 99 years."],
            ["Mauritian Prime Minister Pravind Jugnauth said the agreement, reached after 13 rounds of talks, "
             "\"completes our decolonisation\", and he thanked India and the United States for their support."],
            ["British Prime Minister Keir Starmer spoke by phone with Jugnauth on Thursday morning before the "
             "announcement, his office said.",
             "U.S. President Joe Biden welcomed the pact in a statement, saying it would secure the base."],
            ["The treaty still has to be signed and ratified by both parliaments, which officials in London said "
             "could take until next year.",
             "Chagossians living in Britain, whose families were expelled to make way for the base, said they had "
             "not been consulted and would challenge the deal in court."],
            ["Britain's opposition Conservatives said they would not back the treaty, and Jugnauth declined to say "
             "whether Mauritius would let Chagossians return to Diego Garcia itself."],
        ],
        "events": [
            ev("agreement", "agrees", at="Britain agrees to hand", p=["United Kingdom", "Mauritius"],
               agent="United Kingdom", target="Mauritius", date="2024-10-03", dt="on Thursday"),
            ev("statement", "said", at="Pravind Jugnauth said", p=["Pravind Jugnauth"], agent="Pravind Jugnauth"),
            ev("meeting", "talks", at="13 rounds of talks", p=["United Kingdom", "Mauritius"]),
            ev("statement", "thanked", p=["Pravind Jugnauth"], agent="Pravind Jugnauth"),
            ev("call", "spoke by phone", p=["Keir Starmer", "Pravind Jugnauth"], agent="Keir Starmer",
               target="Pravind Jugnauth", date="2024-10-03", dt="on Thursday morning"),
            ev("statement", "said", at="his office said", p=["Keir Starmer"], agent="Keir Starmer"),
            ev("statement", "welcomed", p=["Joe Biden"], agent="Joe Biden"),
            ev("statement", "saying", at="saying it would secure", p=["Joe Biden"], agent="Joe Biden"),
            ev("statement", "said", at="officials in London said", p=["United Kingdom"], agent="United Kingdom"),
            ev("statement", "said", at="said they had not been consulted"),
            ev("statement", "said", at="Conservatives said", p=["Conservative Party"], agent="Conservative Party"),
        ],
        "irrealis": [
            irr("planned", "agreement", "signed", at="still has to be signed", p=["United Kingdom", "Mauritius"]),
            irr("planned", "ratification", "ratified", p=["United Kingdom", "Mauritius"], date="2025",
                dt="until next year"),
            irr("negated", "meeting", "consulted", at="had not been consulted", p=["United Kingdom"]),
            irr("planned", "lawsuit", "challenge", at="challenge the deal in court"),
            irr("negated", "statement", "back", at="would not back the treaty", p=["Conservative Party"],
                agent="Conservative Party"),
            irr("negated", "statement", "say", at="Jugnauth declined to say", p=["Pravind Jugnauth"],
                agent="Pravind Jugnauth"),
            irr("hypothetical", "return", "return", at="let Chagossians return", p=["Mauritius"], agent="Mauritius",
                loc="Diego Garcia"),
        ],
        "people": ["Pravind Jugnauth", "Keir Starmer", "Joe Biden"],
        "places": ["Port Louis", "Britain", "Chagos Islands", "Mauritius", "United States", "Diego Garcia", "India",
                   "London"],
        "organizations": ["Conservative Party"],
    },
    {
        "id": "hnq16", "published": "2024-11-01",
        "paragraphs": [
            ["Botswana's ruling party loses power for first time since independence"],
            ["GABORONE, Botswana (AP) — Botswana's opposition coalition won a landslide in this week's general "
             "election, ending 58 years of rule by the Botswana Democratic Party, and President Mokgweetsi Masisi "
             "conceded defeat on Friday before the final results were read out."],
            ["\"I will step aside and ensure a smooth handover,\" Masisi told a news conference in the capital, adding "
             "that he had called the opposition leader, Duma Boko, to congratulate him."],
            ["Boko, a 54-year-old human rights lawyer who leads the Umbrella for Democratic Change, is expected to be "
             "sworn in as president next week.",
             "He has promised to create jobs and to renegotiate the country's diamond sales agreement with De Beers, "
             "but he has not said how he would pay for his plans."],
            ["Voters had grown angry over unemployment and a slump in diamond prices that cut state revenue.",
             "Protests planned by opposition youth groups in Francistown were called off after the result."],
            ["The chairman of the electoral commission, Omphemetse Motumise, said turnout was about 80 percent, and "
             "monitors sent by the Southern African Development Community did not report any major irregularities."],
        ],
        "events": [
            ev("election", "loses", at="ruling party loses power", p=["Umbrella for Democratic Change",
               "Botswana Democratic Party"], agent="Umbrella for Democratic Change", target="National Assembly of "
               "Botswana", loc="Botswana", date="2024-W44", dt="this week's"),
            ev("statement", "conceded", p=["Mokgweetsi Masisi"], agent="Mokgweetsi Masisi", date="2024-11-01",
               dt="on Friday"),
            ev("statement", "told", at="Masisi told a news conference", p=["Mokgweetsi Masisi"],
               agent="Mokgweetsi Masisi"),
            ev("statement", "adding", at="adding that he had called", p=["Mokgweetsi Masisi"],
               agent="Mokgweetsi Masisi"),
            ev("call", "called", at="he had called the opposition leader", p=["Mokgweetsi Masisi", "Duma Boko"],
               agent="Mokgweetsi Masisi", target="Duma Boko"),
            ev("statement", "has promised", p=["Duma Boko"], agent="Duma Boko"),
            ev("agreement", "agreement", at="diamond sales agreement", p=["Botswana", "De Beers"]),
            ev("statement", "said", at="Omphemetse Motumise, said", p=["Omphemetse Motumise"],
               agent="Omphemetse Motumise"),
        ],
        "irrealis": [
            irr("planned", "inauguration", "sworn in", p=["Duma Boko"], agent="Duma Boko", date="2024-W45",
                dt="next week"),
            irr("planned", "agreement", "renegotiate", p=["Duma Boko", "De Beers"], agent="Duma Boko",
                target="De Beers"),
            irr("negated", "statement", "has not said", p=["Duma Boko"], agent="Duma Boko"),
            irr("negated", "protest", "Protests", at="Protests planned by opposition youth",
                loc="Francistown, Botswana"),
            irr("negated", "statement", "did not report", p=["Southern African Development Community"],
                agent="Southern African Development Community"),
        ],
        "people": ["Mokgweetsi Masisi", "Duma Boko", "Omphemetse Motumise"],
        "places": ["Gaborone", "Botswana", "Francistown"],
        "organizations": ["Botswana Democratic Party", "Umbrella for Democratic Change", "De Beers",
                          "Southern African Development Community"],
    },
    {
        "id": "hnq17", "published": "2025-01-08",
        "paragraphs": [
            ["U.S. sanctions RSF leader Dagalo, says his forces committed genocide in Darfur"],
            ["PORT SUDAN, Jan 8 (Reuters) - The United States on Tuesday imposed sanctions on Mohamed Hamdan Dagalo, "
             "the commander of Sudan's paramilitary Rapid Support Forces, and determined that his fighters had "
             "committed genocide against the Masalit people in West Darfur."],
            ["Antony Blinken, the secretary of state, said the RSF had systematically murdered men and boys and "
             "raped women, "
             "and the Treasury also blocked seven companies in the United Arab Emirates that it said had supplied "
             "the group with weapons and cash."],
            ["The RSF rejected the decision as \"unjust and political\" and said Washington had never asked to hear "
             "its side.",
             "The UAE embassy in Washington denied that the companies had sent arms to Sudan."],
            ["The army-backed government in Port Sudan welcomed the sanctions, though it did not say whether it would "
             "return to ceasefire talks in Jeddah that collapsed in December 2023."],
            ["Fighting between the army and the RSF since April 2023 has killed tens of thousands of people and "
             "driven more than 12 million from their homes, the United Nations says.",
             "An RSF drone struck a market in Omdurman on Monday, killing 14, local activists said."],
        ],
        "events": [
            ev("sanction", "sanctions", at="U.S. sanctions RSF leader", p=["United States", "Mohamed Hamdan Dagalo"],
               agent="United States", target="Mohamed Hamdan Dagalo", date="2025-01-07", dt="on Tuesday"),
            ev("statement", "says", at="says his forces committed", p=["United States"], agent="United States"),
            ev("statement", "determined", p=["United States"], agent="United States"),
            ev("statement", "said", at="the secretary of state, said", p=["Antony Blinken"], agent="Antony Blinken"),
            ev("sanction", "blocked", at="Treasury also blocked", p=["United States"], agent="United States"),
            ev("statement", "said", at="that it said had supplied", p=["United States"], agent="United States"),
            ev("statement", "rejected", at="The RSF rejected", p=["Rapid Support Forces"],
                agent="Rapid Support Forces"),
            ev("statement", "said", at="said Washington had never asked", p=["Rapid Support Forces"],
               agent="Rapid Support Forces"),
            ev("statement", "denied", at="embassy in Washington denied", p=["United Arab Emirates"],
               agent="United Arab Emirates"),
            ev("statement", "welcomed", at="welcomed the sanctions", p=["Sudan"], agent="Sudan"),
            ev("meeting", "talks", at="ceasefire talks in Jeddah", p=["Sudanese army", "Rapid Support Forces"],
               loc="Jeddah, Saudi Arabia"),
            ev("attack", "Fighting", at="Fighting between the army and the RSF", p=["Sudanese army",
               "Rapid Support Forces"], loc="Sudan", date="2023-04", dt="since April 2023"),
            ev("statement", "says", at="the United Nations says", p=["United Nations"], agent="United Nations"),
            ev("attack", "struck", at="RSF drone struck a market", p=["Rapid Support Forces"],
               agent="Rapid Support Forces", target="market in Omdurman", loc="Omdurman, Sudan", date="2025-01-06",
               dt="on Monday", killed=14),
            ev("death", "killing", at="killing 14", date="2025-01-06", dt="on Monday", killed=14),
            ev("statement", "said", at="local activists said"),
        ],
        "irrealis": [
            irr("negated", "statement", "asked", at="had never asked to hear", p=["United States"],
                agent="United States"),
            irr("negated", "delivery", "sent", at="had sent arms", p=["United Arab Emirates"]),
            irr("negated", "statement", "did not say", at="it did not say whether", p=["Sudan"], agent="Sudan"),
            irr("hypothetical", "meeting", "return", at="would return to ceasefire talks", p=["Sudan"],
                agent="Sudan", loc="Jeddah, Saudi Arabia"),
        ],
        "people": ["Mohamed Hamdan Dagalo", "Antony Blinken"],
        "places": ["Port Sudan", "United States", "Sudan", "West Darfur", "Darfur", "United Arab Emirates",
                   "Washington", "Jeddah", "Omdurman"],
        "organizations": ["Rapid Support Forces", "U.S. Treasury Department", "United Nations"],
    },
    {
        "id": "hnq18", "published": "2025-03-16",
        "paragraphs": [
            ["Tens of thousands rally in Novi Sad as student protests grow"],
            ["NOVI SAD, Serbia (AP) — Some tens of thousands of people packed the streets of the northern Serbian "
             "city of Novi "
             "Sad on Saturday, demanding that those responsible for the fall of a concrete canopy at the railway "
             "station that killed 15 people in November be put on trial."],
            ["Students who have led the protests for four months blocked the city's three bridges for 24 hours, and "
             "police said they had detained six men who threw flares at a line of officers."],
            ["\"We will not negotiate with a government that lies to us,\" said Milica Radovanovic, a 22-year-old "
             "engineering student, as the crowd fell silent for 15 minutes in memory of the dead."],
            ["President Aleksandar Vucic, who has called the protesters foreign-funded, said on Sunday he was ready "
             "to talk to students \"anywhere, at any time,\" but he ruled out an early election.",
             "Prime Minister Milos Vucevic resigned in January after the attack on students by ruling party "
             "activists."],
            ["Prosecutors have charged 13 people over the collapse, and a court in Novi Sad is due to rule next month "
             "on whether a former construction minister should stand trial.",
             "The European Union urged restraint on both sides but did not condemn the government."],
        ],
        "events": [
            ev("protest", "rally", at="Tens of thousands rally", loc="Novi Sad, Serbia", date="2025-03-15",
               dt="on Saturday"),
            ev("death", "killed", at="station that killed 15", date="2024-11", dt="in November", killed=15),
            ev("protest", "protests", at="have led the protests", loc="Serbia"),
            ev("protest", "blocked", at="blocked the city's three bridges", loc="Novi Sad, Serbia"),
            ev("statement", "said", at="police said they had detained", p=["Serbian police"], agent="Serbian police"),
            ev("arrest", "detained", at="had detained six men", p=["Serbian police"], agent="Serbian police",
               loc="Novi Sad, Serbia"),
            ev("attack", "threw", at="threw flares", p=["Serbian police"], target="Serbian police",
               loc="Novi Sad, Serbia"),
            ev("statement", "said", at="said Milica Radovanovic", p=["Milica Radovanovic"],
               agent="Milica Radovanovic"),
            ev("statement", "has called", at="has called the protesters", p=["Aleksandar Vucic"],
               agent="Aleksandar Vucic"),
            ev("statement", "said", at="said on Sunday he was ready", p=["Aleksandar Vucic"], agent="Aleksandar Vucic",
               date="2025-03-16", dt="on Sunday"),
            ev("statement", "ruled out", p=["Aleksandar Vucic"], agent="Aleksandar Vucic"),
            ev("attack", "attack", at="the attack on students", p=["Serbian Progressive Party"],
               target="students", loc="Novi Sad, Serbia", date="2025-01", dt="in January"),
            ev("statement", "urged", at="European Union urged", p=["European Union"], agent="European Union"),
        ],
        "irrealis": [
            irr("planned", "trial", "trial", at="be put on trial"),
            irr("negated", "meeting", "negotiate", at="We will not negotiate", p=["Milica Radovanovic"],
                agent="Milica Radovanovic"),
            irr("planned", "meeting", "talk", at="ready to talk to students", p=["Aleksandar Vucic"],
                agent="Aleksandar Vucic"),
            irr("negated", "election", "election", at="an early election", loc="Serbia"),
            irr("planned", "ruling", "rule", at="due to rule next month", loc="Novi Sad, Serbia", date="2025-04",
                dt="next month"),
            irr("negated", "statement", "condemn", at="did not condemn", p=["European Union"], agent="European Union"),
        ],
        "people": ["Milica Radovanovic", "Aleksandar Vucic", "Milos Vucevic"],
        "places": ["Novi Sad", "Serbia"],
        "organizations": ["European Union", "Serbian Progressive Party"],
    },
    {
        "id": "hnq19", "published": "2026-02-11",
        "paragraphs": [
            ["Pakistan's Indus Cement agrees $310 million takeover of rival Thar Mills"],
            ["KARACHI, Feb 11 (Reuters) - Indus Cement said on Wednesday that it would acquire smaller rival Thar "
             "Mills "
             "for 87 billion rupees ($310 million), creating Pakistan's second-largest cement maker as demand from "
             "dam and road projects picks up."],
            ["The deal, which Indus will fund with a loan from a group of local banks, still needs clearance from the "
             "Competition Commission of Pakistan, Indus chief executive Saima Qureshi told analysts on a call."],
            ["\"We are not buying capacity, we are buying a route to the coast,\" Qureshi said, adding that no plant "
             "would be shut.",
             "She declined to say whether Indus would bid for a stake in the state-owned Pakistan Steel Mills, which "
             "the government plans to privatise this year."],
            ["Thar Mills' founder, Kamran Baig, who owns 61 percent of the company, said he had rejected an earlier "
             "offer from a Chinese group because it would have meant job cuts.",
             "Shares in Thar Mills rose 9 percent on the Pakistan Stock Exchange."],
            ["The commission has blocked two cement mergers since 2023 and did not answer a request on Wednesday for "
             "comment."],
        ],
        "events": [
            ev("acquisition", "takeover", at="$310 million takeover", p=["Indus Cement", "Thar Mills"],
               agent="Indus Cement", target="Thar Mills", amount=(310000000, "USD"), date="2026-02-11",
               dt="on Wednesday"),
            ev("statement", "said", at="Indus Cement said on Wednesday", p=["Indus Cement"], agent="Indus Cement",
               date="2026-02-11", dt="on Wednesday"),
            ev("statement", "told", at="Qureshi told analysts", p=["Saima Qureshi"], agent="Saima Qureshi"),
            ev("statement", "said", at="Qureshi said, adding", p=["Saima Qureshi"], agent="Saima Qureshi"),
            ev("statement", "adding", at="adding that no plant", p=["Saima Qureshi"], agent="Saima Qureshi"),
            ev("statement", "said", at="Kamran Baig, who owns", p=["Kamran Baig"], agent="Kamran Baig"),
            ev("statement", "had rejected", p=["Kamran Baig"], agent="Kamran Baig"),
        ],
        "irrealis": [
            irr("planned", "approval", "clearance", p=["Competition Commission of Pakistan"],
                agent="Competition Commission of Pakistan"),
            irr("negated", "closure", "shut", at="no plant would be shut", p=["Indus Cement"], agent="Indus Cement"),
            irr("negated", "statement", "say", at="She declined to say", p=["Saima Qureshi"], agent="Saima Qureshi"),
            irr("hypothetical", "acquisition", "bid", at="would bid for a stake", p=["Indus Cement",
                "Pakistan Steel Mills"], agent="Indus Cement", target="Pakistan Steel Mills"),
            irr("planned", "sale", "privatise", p=["Pakistan", "Pakistan Steel Mills"], agent="Pakistan",
                date="2026", dt="this year"),
            irr("negated", "acquisition", "offer", at="rejected an earlier offer", p=["Thar Mills"],
                target="Thar Mills"),
            irr("negated", "statement", "did not answer", p=["Competition Commission of Pakistan"],
                agent="Competition Commission of Pakistan", date="2026-02-11", dt="on Wednesday"),
        ],
        "people": ["Saima Qureshi", "Kamran Baig"],
        "places": ["Karachi", "Pakistan"],
        "organizations": ["Indus Cement", "Thar Mills", "Competition Commission of Pakistan", "Pakistan Steel Mills",
                          "Pakistan Stock Exchange"],
    },
    {
        "id": "hnq20", "published": "2026-05-06",
        "paragraphs": [
            ["Brazil's Lula arrives in Lisbon for state visit, pledges trade push"],
            ["LISBON, Portugal (AP) — Luiz Inacio Lula da Silva, Brazil's president, landed in Lisbon on Tuesday "
             "night for a three-day state visit, and he pledged to push the European Union to ratify its long-stalled "
             "trade agreement with South American countries before the end of the year."],
            ["Lula and Portuguese Prime Minister Luis Montenegro held talks at the Sao Bento palace on Wednesday and "
             "signed 11 accords on energy, education and migration, the Portuguese government said."],
            ["\"Portugal is our door to Europe, and we want it wide open,\" Lula told a joint news conference.",
             "He said Brazil would not send troops to any mission in Ukraine but offered to host peace talks if both "
             "sides asked."],
            ["Montenegro said Portugal would press France, which has opposed the trade pact, at a summit of EU leaders "
             "in June.",
             "French officials made no comment."],
            ["Several hundred Brazilian migrants rallied outside the palace to demand faster residence permits, and "
             "police said one man was detained after he tried to climb a barrier.",
             "Lula is due to address parliament on Thursday and then fly to Madrid, where he will meet King Felipe."],
        ],
        "events": [
            ev("visit", "arrives", at="Lula arrives in Lisbon", p=["Luiz Inacio Lula da Silva", "Portugal"],
               agent="Luiz Inacio Lula da Silva", target="Portugal", loc="Lisbon, Portugal", date="2026-05-05",
               dt="on Tuesday night"),
            ev("statement", "pledges", p=["Luiz Inacio Lula da Silva"], agent="Luiz Inacio Lula da Silva"),
            ev("statement", "pledged", p=["Luiz Inacio Lula da Silva"], agent="Luiz Inacio Lula da Silva"),
            ev("agreement", "agreement", at="long-stalled trade agreement", p=["European Union", "Mercosur"]),
            ev("meeting", "held talks", p=["Luiz Inacio Lula da Silva", "Luis Montenegro"],
               agent="Luiz Inacio Lula da Silva", target="Luis Montenegro", loc="Lisbon, Portugal",
               date="2026-05-06", dt="on Wednesday"),
            ev("agreement", "signed", at="signed 11 accords", p=["Brazil", "Portugal"], loc="Lisbon, Portugal"),
            ev("statement", "said", at="Portuguese government said", p=["Portugal"], agent="Portugal"),
            ev("statement", "told", at="Lula told a joint news conference", p=["Luiz Inacio Lula da Silva"],
               agent="Luiz Inacio Lula da Silva"),
            ev("statement", "said", at="He said Brazil would not send", p=["Luiz Inacio Lula da Silva"],
               agent="Luiz Inacio Lula da Silva"),
            ev("statement", "offered", at="offered to host", p=["Luiz Inacio Lula da Silva"],
               agent="Luiz Inacio Lula da Silva"),
            ev("statement", "said", at="Montenegro said Portugal", p=["Luis Montenegro"], agent="Luis Montenegro"),
            ev("statement", "has opposed", p=["France"], agent="France"),
            ev("protest", "rallied", at="migrants rallied", loc="Lisbon, Portugal"),
            ev("statement", "said", at="police said one man", p=["Portuguese police"], agent="Portuguese police"),
            ev("arrest", "detained", at="one man was detained", p=["Portuguese police"], agent="Portuguese police",
               loc="Lisbon, Portugal"),
        ],
        "irrealis": [
            irr("planned", "ratification", "ratify", at="Union to ratify", p=["European Union"], agent="European Union",
                date="2026", dt="before the end of the year"),
            irr("negated", "deployment", "send", at="would not send troops", p=["Brazil"], agent="Brazil"),
            irr("hypothetical", "meeting", "peace talks", p=["Brazil", "Ukraine", "Russia"], loc="Brazil"),
            irr("planned", "statement", "press", at="would press France", p=["Portugal", "France"], agent="Portugal",
                target="France"),
            irr("planned", "meeting", "summit", at="at a summit of EU leaders", p=["European Union"], date="2026-06",
                dt="in June"),
            irr("negated", "statement", "made no comment", at="French officials made no comment", p=["France"],
                agent="France"),
            irr("planned", "statement", "address", at="due to address parliament", p=["Luiz Inacio Lula da Silva"],
                agent="Luiz Inacio Lula da Silva", date="2026-05-07", dt="on Thursday"),
            irr("planned", "visit", "fly", at="fly to Madrid", p=["Luiz Inacio Lula da Silva", "Spain"],
                agent="Luiz Inacio Lula da Silva", target="Spain", loc="Madrid, Spain"),
            irr("planned", "meeting", "meet", at="he will meet King Felipe", p=["Luiz Inacio Lula da Silva",
                "Felipe VI"], agent="Luiz Inacio Lula da Silva", target="Felipe VI", loc="Madrid, Spain"),
        ],
        "people": ["Luiz Inacio Lula da Silva", "Luis Montenegro", "Felipe VI"],
        "places": ["Lisbon", "Portugal", "Europe", "South America", "Sao Bento palace", "Brazil", "Ukraine", "France",
                   "Madrid"],
        "organizations": ["European Union"],
    },
]
