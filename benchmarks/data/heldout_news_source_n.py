"""The fourteenth held-out news set, the test set of round n (the source of heldout-news-n.{in,gold}.jsonl).

Written and annotated during round n as its test: nobody develops a rule on this set, and the round's engineers do
not see it until it is merged. Every lead was written for it (never copied or paraphrased from ../shared/data, the
seed, examples/ or sets a-m; no 7-word run shared with any of them, checked by a script before the build); real
public figures appear in events that are partly or wholly invented, the companies of the acquisition, ruling and
sanctions leads are invented, and the tolls, quotes and other people are invented. Annotated before kg was run on it,
with the conventions of sets a-m as the shared docstring of `heldout_news_source.py` states them after round k
(news-dev's): one event per real-world event at its first mention (a headline included), later mentions ("the raid",
"the unrest", "the move", "the killing", "the dead suspects") filling in its details; every reporting verb its own
statement, participial ones ("saying", "speaking", "arguing", "insisting", "accusing") included, a reporting noun that
is the medium of a reporting verb ("said in a statement", "said in a televised address", "said in a filing", "told
Reuters in an interview") none of its own; a headline's reporting verb and the body's two statements ("police say"
and "police said", "France declares" and "France declared"); declaring or imposing a state of emergency a statement;
"accepted an invitation" a statement; a possessive voice ("Egede's office said", "Tokayev's spokesman said",
"Noboa's team said") its possessor; a national government or ministry that speaks ("the interior ministry said",
"Oslo's foreign ministry said", "the Foreign Office said") its country; "refused to V", "declined to V", "denied
V-ing" and "ruled out V-ing" the V negated (a refusal no statement, a denial and a ruling-out statements); a
purpose infinitive of a rally ("gathered ... to demand an inquiry") no statement, the demanded event planned;
participants as full canonical names; `date` only where a date expression attaches to the event (in coordinated
verbs, "held talks on Friday and then signed", to the first only; none for a range, "between 2016 and 2019", "in
2021 and 2022"); casualties on attacks, with the deaths and injuries of their tolls; negated, planned, hypothetical
and requested (labelled planned) events in `irrealis`; an election won one election event at the win (agent the
winner, target the office).
Like sets h-m, this set is ordinary wire news in the wire's mix (an ambush, a murder, border shelling, an air strike
and a drone strike with tolls, riots, phone calls, talks, summits and state visits, accords, elections in Djibouti,
Somalia and Ecuador, court rulings in Malaysia and Sweden, two purchases with amounts, arrests, sanctions by Norway
and Britain, protests, the assassination of a candidate and the deaths of named people), from regions sets a-m have
few or none of (Uzbekistan, Turkmenistan and Kazakhstan, Armenia, Azerbaijan and Georgia, Papua New Guinea, New
Caledonia and Timor-Leste, Peru and Ecuador, Djibouti, Somalia and Ethiopia's Amhara, Sweden, Norway and Greenland,
Indonesia and Malaysia) and in other shapes: reporting verbs beyond theirs ("is pressing", "reported", "argued",
"noted", "proposed", "accepted", "objected", "insisting", "wrote on Facebook", "called the sanctions blackmail"),
unnamed voices ("diplomats said", "three residents and a health worker told Reuters", "a Somali army officer",
"officials on both sides", "each later said", "Analysts at Maybank", "Environmental groups"), later mentions ("the
raid", "the Russian leader", "his host", "the new leader", "the buyer", "the move"), passives ("were detained",
"was elected by parliament", "had been beaten by police", "were acquitted"), coordinated verbs ("held talks ... and
then signed", "condemned ... and promised", "called ... and said"), quotes attributed across sentences, relative
weekdays and "last month", "next week", "two years ago", "in March last year", "this month", and in every lead the
everyday irrealis: refusals, denials and negated reports, plans and schedules, conditions, demands, offers and
invitations.
"""

from heldout_news_source import ev, irr

ARTICLES = [
    {
        "id": "hnn01", "published": "2018-08-17",
        "paragraphs": [
            ["Tajik leader makes first state visit to Uzbekistan in nearly two decades"],
            ["TASHKENT (Reuters) - Tajik President Emomali Rahmon arrived in Tashkent on Thursday for his first "
             "state visit to neighbouring Uzbekistan since 2000, a sign of the thaw that followed the death of Uzbek "
             "leader Islam Karimov two years ago."],
            ["Rahmon and Uzbek President Shavkat Mirziyoyev held talks behind closed doors on Friday and then signed "
             "more than two dozen documents, among them a pact on the demarcation of disputed stretches of their "
             "frontier, the Uzbek foreign ministry said.",
             "Officials did not publish the text of the border deal."],
            ["Mirziyoyev told a joint news briefing that direct flights between Tashkent and Dushanbe, halted for "
             "decades, would resume in September.",
             "He did not say whether Uzbekistan would now drop its objections to a giant hydropower dam that "
             "Tajikistan is building on the Vakhsh river, saying only that the neighbours would settle the matter "
             "\"through dialogue, not pressure\".",
             "Their prime ministers are to meet again in November to finish the border talks, diplomats said."],
            ["Rahmon invited his host to visit Dushanbe next year, the Tajik presidential press service reported.",
             "Residents of the border town of Bekabad said they hoped the visit would reopen crossings shut since "
             "the 1990s."],
        ],
        "events": [
            ev("visit", "state visit", at="makes first state visit", p=["Emomali Rahmon", "Uzbekistan"],
               agent="Emomali Rahmon", target="Uzbekistan", loc="Tashkent, Uzbekistan", date="2018-08-16",
               dt="on Thursday"),
            ev("death", "death", at="the death of Uzbek leader", p=["Islam Karimov"], date="2016", dt="two years ago"),
            ev("meeting", "talks", at="held talks behind closed doors", p=["Emomali Rahmon", "Shavkat Mirziyoyev"],
               agent="Emomali Rahmon", target="Shavkat Mirziyoyev", loc="Tashkent, Uzbekistan", date="2018-08-17",
               dt="on Friday"),
            ev("agreement", "signed", at="then signed more than two dozen documents",
               p=["Emomali Rahmon", "Shavkat Mirziyoyev"], loc="Tashkent, Uzbekistan"),
            ev("statement", "said", at="the Uzbek foreign ministry said", p=["Uzbekistan"], agent="Uzbekistan"),
            ev("statement", "told", at="Mirziyoyev told a joint news briefing", p=["Shavkat Mirziyoyev"],
               agent="Shavkat Mirziyoyev"),
            ev("statement", "saying", at="saying only that the neighbours", p=["Shavkat Mirziyoyev"],
               agent="Shavkat Mirziyoyev"),
            ev("statement", "said", at="border talks, diplomats said"),
            ev("invitation", "invited", p=["Emomali Rahmon", "Shavkat Mirziyoyev"], agent="Emomali Rahmon",
               target="Shavkat Mirziyoyev"),
            ev("statement", "reported", at="press service reported", p=["Emomali Rahmon"], agent="Emomali Rahmon"),
            ev("statement", "said", at="Bekabad said"),
        ],
        "irrealis": [
            irr("negated", "publication", "publish", at="did not publish the text", p=["Uzbekistan", "Tajikistan"]),
            irr("planned", "resumption", "resume", at="would resume in September", date="2018-09", dt="in September"),
            irr("negated", "statement", "did not say", at="He did not say whether", p=["Shavkat Mirziyoyev"],
                agent="Shavkat Mirziyoyev"),
            irr("hypothetical", "withdrawal", "drop", at="would now drop its objections", p=["Uzbekistan"],
                agent="Uzbekistan"),
            irr("planned", "meeting", "meet", at="prime ministers are to meet again", p=["Uzbekistan", "Tajikistan"],
                date="2018-11", dt="in November"),
            irr("planned", "visit", "visit", at="to visit Dushanbe next year", p=["Shavkat Mirziyoyev", "Tajikistan"],
                agent="Shavkat Mirziyoyev", target="Tajikistan", loc="Dushanbe, Tajikistan", date="2019",
                dt="next year"),
            irr("hypothetical", "reopening", "reopen", at="would reopen crossings", loc="Bekabad, Uzbekistan"),
        ],
        "people": ["Emomali Rahmon", "Islam Karimov", "Shavkat Mirziyoyev"],
        "places": ["Tashkent", "Uzbekistan", "Tajikistan", "Dushanbe", "Vakhsh", "Bekabad"],
        "organizations": [],
    },
    {
        "id": "hnn02", "published": "2018-11-06",
        "paragraphs": [
            ["Tribal gunmen kill 11 in Papua New Guinea highlands ambush, police say"],
            ["PORT MORESBY (AFP) - Gunmen armed with high-powered rifles ambushed a convoy of villagers near Tari in "
             "Papua New Guinea's Hela province on Sunday, killing 11 people, among them four women, and wounding at "
             "least seven, police said on Monday."],
            ["Provincial police commander Teddy Kaupa said the raid appeared to be revenge for the murder of a clan "
             "leader in August.",
             "No arrests have been made, he said, and officers have been unable to reach the remote valley where "
             "the attackers are thought to be hiding."],
            ["Prime Minister Peter O'Neill condemned the ambush as \"senseless slaughter\" and promised to send 100 "
             "more police and soldiers to the province within days.",
             "He ruled out declaring a state of emergency for now."],
            ["Church leaders in Tari called on the feuding clans to lay down their weapons and offered to host peace "
             "talks, but elders of one clan refused to attend, according to a local radio station.",
             "Hela, the source of much of the country's gas exports, has been torn by tribal violence since an "
             "earthquake in February killed more than 100 people."],
        ],
        "events": [
            ev("attack", "kill", at="Tribal gunmen kill 11", p=["Tari"], target="convoy of villagers",
               loc="Tari, Papua New Guinea", date="2018-11-04", dt="on Sunday", killed=11, injured=7),
            ev("statement", "say", at="police say", p=["Papua New Guinea police"], agent="Papua New Guinea police"),
            ev("death", "killing", at="killing 11 people", date="2018-11-04", dt="on Sunday", killed=11),
            ev("injury", "wounding", at="wounding at least seven", date="2018-11-04", dt="on Sunday", injured=7),
            ev("statement", "said", at="police said on Monday", p=["Papua New Guinea police"],
               agent="Papua New Guinea police", date="2018-11-05", dt="on Monday"),
            ev("statement", "said", at="Teddy Kaupa said", p=["Teddy Kaupa"], agent="Teddy Kaupa"),
            ev("attack", "murder", at="the murder of a clan leader", date="2018-08", dt="in August", killed=1),
            ev("statement", "said", at="he said, and officers", p=["Teddy Kaupa"], agent="Teddy Kaupa"),
            ev("statement", "condemned", p=["Peter O'Neill"], agent="Peter O'Neill"),
            ev("statement", "promised", p=["Peter O'Neill"], agent="Peter O'Neill"),
            ev("statement", "ruled out", p=["Peter O'Neill"], agent="Peter O'Neill"),
            ev("statement", "called on", at="called on the feuding clans"),
            ev("statement", "offered", at="offered to host peace talks"),
            ev("statement", "according to", at="according to a local radio station"),
            ev("death", "killed", at="earthquake in February killed", date="2018-02", dt="in February", killed=100),
        ],
        "irrealis": [
            irr("negated", "arrest", "arrests", at="No arrests have been made", p=["Papua New Guinea police"]),
            irr("planned", "deployment", "send", at="promised to send 100", p=["Peter O'Neill"], agent="Peter O'Neill",
                loc="Hela, Papua New Guinea"),
            irr("negated", "statement", "declaring", at="ruled out declaring", p=["Peter O'Neill"],
                agent="Peter O'Neill"),
            irr("planned", "disarmament", "lay down", at="lay down their weapons"),
            irr("planned", "meeting", "peace talks", at="offered to host peace talks", loc="Tari, Papua New Guinea"),
            irr("negated", "meeting", "attend", at="refused to attend"),
        ],
        "people": ["Teddy Kaupa", "Peter O'Neill"],
        "places": ["Port Moresby", "Tari", "Papua New Guinea", "Hela"],
        "organizations": [],
    },
    {
        "id": "hnn03", "published": "2019-10-02",
        "paragraphs": [
            ["Peruvians rally outside Congress after Vizcarra dissolves it"],
            ["LIMA (Reuters) - Thousands of Peruvians marched to the shuttered Congress building in central Lima on "
             "Tuesday night to back President Martin Vizcarra, a day after he dissolved the opposition-controlled "
             "legislature and called fresh parliamentary elections for January."],
            ["Riot police kept the crowd away from the building, and the interior ministry said the march ended "
             "without serious incidents.",
             "Lawmakers had responded on Monday by swearing in Vice President Mercedes Araoz as acting president, "
             "but she quit less than 48 hours later, saying in a letter that the conditions for her mandate were "
             "not met."],
            ["The heads of the armed forces met Vizcarra at the presidential palace on Monday night and pledged "
             "their support, the presidency said."],
            ["Pedro Olaechea, the speaker of the dissolved chamber, said the move was illegal and that he would ask "
             "the Constitutional Tribunal to overturn it.",
             "The Washington-based Organization of American States said the tribunal should decide on the matter "
             "and urged all sides to keep the peace.",
             "Vizcarra has refused to meet Olaechea until a new Congress is seated."],
        ],
        "events": [
            ev("protest", "rally", at="Peruvians rally outside Congress", p=["Martin Vizcarra"], loc="Lima, Peru",
               date="2019-10-01", dt="on Tuesday night"),
            ev("dissolution", "dissolves", at="after Vizcarra dissolves it", p=["Martin Vizcarra", "Congress of Peru"],
               agent="Martin Vizcarra", target="Congress of Peru", date="2019-09-30", dt="a day after"),
            ev("statement", "said", at="the interior ministry said", p=["Peru"], agent="Peru"),
            ev("swearing-in", "swearing in", p=["Congress of Peru", "Mercedes Araoz"], agent="Congress of Peru",
               target="Mercedes Araoz", date="2019-09-30", dt="on Monday"),
            ev("resignation", "quit", at="she quit less than", p=["Mercedes Araoz"], agent="Mercedes Araoz"),
            ev("statement", "saying", at="saying in a letter", p=["Mercedes Araoz"], agent="Mercedes Araoz"),
            ev("meeting", "met", at="armed forces met Vizcarra", p=["Peruvian Armed Forces", "Martin Vizcarra"],
               agent="Peruvian Armed Forces", target="Martin Vizcarra", loc="Lima, Peru", date="2019-09-30",
               dt="on Monday night"),
            ev("statement", "pledged", p=["Peruvian Armed Forces"], agent="Peruvian Armed Forces"),
            ev("statement", "said", at="the presidency said", p=["Peruvian presidency"], agent="Peruvian presidency"),
            ev("statement", "said", at="chamber, said", p=["Pedro Olaechea"], agent="Pedro Olaechea"),
            ev("statement", "said", at="American States said", p=["Organization of American States"],
               agent="Organization of American States"),
            ev("statement", "urged", p=["Organization of American States"], agent="Organization of American States"),
        ],
        "irrealis": [
            irr("planned", "election", "elections", at="parliamentary elections for January", p=["Peru"], loc="Peru",
                date="2020-01", dt="for January"),
            irr("planned", "statement", "ask", at="he would ask the Constitutional", p=["Pedro Olaechea",
                "Constitutional Tribunal of Peru"], agent="Pedro Olaechea", target="Constitutional Tribunal of Peru"),
            irr("planned", "ruling", "overturn", at="to overturn it", p=["Constitutional Tribunal of Peru"],
                agent="Constitutional Tribunal of Peru"),
            irr("planned", "ruling", "decide", at="tribunal should decide", p=["Constitutional Tribunal of Peru"],
                agent="Constitutional Tribunal of Peru"),
            irr("negated", "meeting", "meet", at="refused to meet Olaechea", p=["Martin Vizcarra", "Pedro Olaechea"],
                agent="Martin Vizcarra", target="Pedro Olaechea"),
        ],
        "people": ["Martin Vizcarra", "Mercedes Araoz", "Pedro Olaechea"],
        "places": ["Lima", "Peru"],
        "organizations": ["Congress of Peru", "Constitutional Tribunal of Peru",
                          "Organization of American States"],
    },
    {
        "id": "hnn04", "published": "2019-06-13",
        "paragraphs": [
            ["Turkmen and Azeri leaders discuss Caspian gas pipeline by phone"],
            ["ASHGABAT (AFP) - Turkmen President Gurbanguly Berdimuhamedov and his Azerbaijani counterpart Ilham "
             "Aliyev discussed plans for a gas pipeline under the Caspian Sea in a telephone conversation on "
             "Wednesday, Turkmen state television reported."],
            ["The leaders agreed to set up a joint working group that would meet in Baku before the end of July, "
             "the report said, without giving further details.",
             "Aliyev's office confirmed the call in a brief statement but did not mention the pipeline."],
            ["Turkmenistan, which holds some of the world's largest gas reserves, has sought for years to sell its "
             "gas to Europe by a route that avoids Russia.",
             "Moscow has long argued that any pipeline across the seabed would need the consent of all five "
             "Caspian states."],
            ["An official at the European Commission, speaking on condition of anonymity, said Brussels was ready "
             "to help finance a feasibility study if both countries asked for it.",
             "Berdimuhamedov is expected to travel to Baku later this year, diplomats in Ashgabat said.",
             "Neither government has set a date for that trip, and Turkmen officials did not answer questions sent "
             "to them on Thursday."],
        ],
        "events": [
            ev("call", "by phone", at="discuss Caspian gas pipeline by phone",
               p=["Gurbanguly Berdimuhamedov", "Ilham Aliyev"], agent="Gurbanguly Berdimuhamedov",
               target="Ilham Aliyev", date="2019-06-12", dt="on Wednesday"),
            ev("statement", "reported", at="state television reported"),
            ev("agreement", "agreed", at="The leaders agreed", p=["Gurbanguly Berdimuhamedov", "Ilham Aliyev"]),
            ev("statement", "said", at="the report said"),
            ev("statement", "confirmed", p=["Ilham Aliyev"], agent="Ilham Aliyev"),
            ev("statement", "argued", p=["Russia"], agent="Russia"),
            ev("statement", "speaking", at="speaking on condition of anonymity", p=["European Commission"],
               agent="European Commission"),
            ev("statement", "said", at="anonymity, said Brussels", p=["European Commission"],
               agent="European Commission"),
            ev("statement", "said", at="diplomats in Ashgabat said"),
        ],
        "irrealis": [
            irr("planned", "meeting", "meet", at="would meet in Baku", p=["Turkmenistan", "Azerbaijan"],
                loc="Baku, Azerbaijan", date="2019-07", dt="before the end of July"),
            irr("negated", "statement", "giving", at="without giving further details"),
            irr("negated", "statement", "did not mention", p=["Ilham Aliyev"], agent="Ilham Aliyev"),
            irr("planned", "sale", "sell", at="sought for years to sell", p=["Turkmenistan"], agent="Turkmenistan"),
            irr("hypothetical", "agreement", "consent", at="need the consent", p=["Russia", "Iran", "Kazakhstan",
                "Turkmenistan", "Azerbaijan"]),
            irr("hypothetical", "financing", "finance", at="help finance a feasibility study", p=["European Union"],
                agent="European Union"),
            irr("hypothetical", "statement", "asked", at="if both countries asked for it",
                p=["Turkmenistan", "Azerbaijan"], agent="Turkmenistan"),
            irr("planned", "visit", "travel", at="expected to travel to Baku", p=["Gurbanguly Berdimuhamedov",
                "Azerbaijan"], agent="Gurbanguly Berdimuhamedov", target="Azerbaijan", loc="Baku, Azerbaijan",
                date="2019", dt="later this year"),
            irr("negated", "scheduling", "set a date", at="has set a date"),
            irr("negated", "statement", "did not answer", p=["Turkmenistan"], agent="Turkmenistan",
                date="2019-06-13", dt="on Thursday"),
        ],
        "people": ["Gurbanguly Berdimuhamedov", "Ilham Aliyev"],
        "places": ["Ashgabat", "Caspian Sea", "Baku", "Turkmenistan", "Europe", "Russia", "Moscow", "Brussels"],
        "organizations": ["European Commission"],
    },
    {
        "id": "hnn05", "published": "2020-10-09",
        "paragraphs": [
            ["Indonesian police detain hundreds as protests over jobs law turn violent"],
            ["JAKARTA (Reuters) - Indonesian police arrested nearly 1,000 people in Jakarta on Thursday after "
             "demonstrators angry over a new job creation law set fire to bus shelters and hurled rocks at officers "
             "near the presidential palace, a police spokesman said."],
            ["Spokesman Yusri Yunus told reporters on Friday that 34 officers had been hurt and that most of those "
             "held were students.",
             "Some would be charged with vandalism, he said."],
            ["Rallies also erupted in Yogyakarta, Surabaya and Makassar, where labour unions have vowed to keep up "
             "strikes until the law is repealed."],
            ["President Joko Widodo, who was visiting a food estate in Central Kalimantan when the unrest began, "
             "said in a televised address on Friday night that the protests were fuelled by disinformation and urged "
             "opponents to challenge the law in the Constitutional Court instead of taking to the streets.",
             "He rejected calls to issue a decree that would cancel it.",
             "The Alliance of Independent Journalists said at least three reporters covering the protests had been "
             "beaten by police, an accusation the force did not immediately address."],
        ],
        "events": [
            ev("arrest", "detain", at="Indonesian police detain hundreds", p=["Indonesian police"],
               agent="Indonesian police", loc="Jakarta, Indonesia", date="2020-10-08", dt="on Thursday"),
            ev("protest", "protests", at="as protests over jobs law turn violent", loc="Jakarta, Indonesia"),
            ev("attack", "hurled rocks", p=["Indonesian police"], target="Indonesian police", loc="Jakarta, Indonesia",
               injured=34),
            ev("statement", "said", at="a police spokesman said", p=["Indonesian police"], agent="Indonesian police"),
            ev("statement", "told", at="Yusri Yunus told reporters", p=["Yusri Yunus"], agent="Yusri Yunus",
               date="2020-10-09", dt="on Friday"),
            ev("injury", "hurt", at="34 officers had been hurt", injured=34),
            ev("statement", "said", at="vandalism, he said", p=["Yusri Yunus"], agent="Yusri Yunus"),
            ev("protest", "Rallies", at="Rallies also erupted"),
            ev("statement", "vowed", at="unions have vowed"),
            ev("visit", "visiting", at="who was visiting a food estate", p=["Joko Widodo"], agent="Joko Widodo",
               loc="Central Kalimantan, Indonesia"),
            ev("statement", "said", at="said in a televised address", p=["Joko Widodo"], agent="Joko Widodo",
               date="2020-10-09", dt="on Friday night"),
            ev("statement", "urged", at="urged opponents", p=["Joko Widodo"], agent="Joko Widodo"),
            ev("statement", "rejected", at="He rejected calls", p=["Joko Widodo"], agent="Joko Widodo"),
            ev("statement", "said", at="Independent Journalists said", p=["Alliance of Independent Journalists"],
               agent="Alliance of Independent Journalists"),
            ev("attack", "beaten", at="had been beaten by police", p=["Indonesian police"], agent="Indonesian police",
               loc="Jakarta, Indonesia", injured=3),
        ],
        "irrealis": [
            irr("planned", "charge", "charged", at="would be charged with vandalism", p=["Indonesian police"]),
            irr("planned", "strike", "strikes", at="keep up strikes"),
            irr("planned", "repeal", "repealed", at="until the law is repealed", p=["Indonesia"]),
            irr("planned", "appeal", "challenge", at="challenge the law in the Constitutional Court",
                p=["Constitutional Court of Indonesia"]),
            irr("negated", "decree", "decree", at="issue a decree", p=["Joko Widodo"], agent="Joko Widodo"),
            irr("negated", "statement", "did not immediately address", p=["Indonesian police"],
                agent="Indonesian police"),
        ],
        "people": ["Yusri Yunus", "Joko Widodo"],
        "places": ["Jakarta", "Yogyakarta", "Surabaya", "Makassar", "Central Kalimantan"],
        "organizations": ["Constitutional Court of Indonesia", "Alliance of Independent Journalists"],
    },
    {
        "id": "hnn06", "published": "2020-05-20",
        "paragraphs": [
            ["Sweden's Norrvik to buy Finnish lift maker Kaarna for $480 million"],
            ["STOCKHOLM (Reuters) - Swedish engineering group Norrvik Industrier has agreed to acquire Finnish lift "
             "maker Kaarna Oy for 4.6 billion crowns ($480 million) in cash, the companies said on Wednesday, "
             "betting that building work will recover after the coronavirus pandemic."],
            ["Norrvik chief executive Annika Lindqvist told analysts that the purchase would be funded from existing "
             "cash and a new bank loan, and that no jobs would be cut at Kaarna's two factories in Tampere.",
             "Kaarna's founding family, which owns 62 percent of the company, will tender its shares, she said."],
            ["The deal needs the approval of the European Commission, which is expected to rule by September.",
             "Kone, the Finnish market leader, declined to comment.",
             "A Finnish union representing 900 Kaarna workers said it would seek written guarantees on jobs before "
             "the takeover closes."],
            ["Norrvik shares rose 4 percent in early trading in Stockholm.",
             "The company walked away from a German takeover target in February after failing to agree on a price, "
             "and Lindqvist said on Wednesday that Norrvik would not lift its offer for Kaarna if a counter-offer "
             "emerged."],
        ],
        "events": [
            ev("acquisition", "buy", at="Sweden's Norrvik to buy", p=["Norrvik Industrier", "Kaarna Oy"],
               agent="Norrvik Industrier", target="Kaarna Oy", amount=(480000000, "USD")),
            ev("statement", "said", at="the companies said on Wednesday", p=["Norrvik Industrier", "Kaarna Oy"],
               agent="Norrvik Industrier", date="2020-05-20", dt="on Wednesday"),
            ev("statement", "told", at="Lindqvist told analysts", p=["Annika Lindqvist"], agent="Annika Lindqvist"),
            ev("statement", "said", at="shares, she said", p=["Annika Lindqvist"], agent="Annika Lindqvist"),
            ev("statement", "said", at="Kaarna workers said"),
            ev("withdrawal", "walked away", p=["Norrvik Industrier"], agent="Norrvik Industrier", date="2020-02",
               dt="in February"),
            ev("statement", "said", at="Lindqvist said on Wednesday", p=["Annika Lindqvist"],
               agent="Annika Lindqvist", date="2020-05-20", dt="on Wednesday"),
        ],
        "irrealis": [
            irr("planned", "financing", "funded", at="would be funded", p=["Norrvik Industrier"]),
            irr("negated", "layoff", "cut", at="no jobs would be cut", p=["Norrvik Industrier"],
                loc="Tampere, Finland"),
            irr("planned", "sale", "tender", at="will tender its shares"),
            irr("planned", "approval", "approval", at="needs the approval", p=["European Commission"],
                agent="European Commission"),
            irr("planned", "ruling", "rule", at="expected to rule by September", p=["European Commission"],
                agent="European Commission", date="2020-09", dt="by September"),
            irr("negated", "statement", "declined to comment", p=["Kone"], agent="Kone"),
            irr("planned", "statement", "seek", at="would seek written guarantees"),
            irr("negated", "agreement", "agree", at="failing to agree on a price", p=["Norrvik Industrier"]),
            irr("negated", "raise", "lift", at="would not lift its offer", p=["Norrvik Industrier"],
                agent="Norrvik Industrier"),
            irr("hypothetical", "offer", "counter-offer", at="if a counter-offer emerged"),
        ],
        "people": ["Annika Lindqvist"],
        "places": ["Stockholm", "Tampere"],
        "organizations": ["Norrvik Industrier", "Kaarna Oy", "European Commission", "Kone"],
    },
    {
        "id": "hnn07", "published": "2021-04-11",
        "paragraphs": [
            ["Djibouti's Guelleh wins fifth term with 97 percent of vote"],
            ["DJIBOUTI (AFP) - Djibouti's President Ismail Omar Guelleh, in power since 1999, won a fifth term in "
             "Friday's election with 97 percent of the vote, the interior ministry announced on Saturday."],
            ["Turnout was 76 percent, Interior Minister Moumin Ahmed Cheick told state television.",
             "Guelleh's sole challenger, businessman Zakaria Ismail Farah, said he would not recognise the result and "
             "accused the authorities of stuffing ballot boxes in several districts of the capital."],
            ["The main opposition parties boycotted the vote, arguing that it could not be fair while the ruling "
             "party controlled the electoral commission.",
             "Several activists were detained on Thursday after they tried to hold a rally in the Balbala district, "
             "a human rights group said."],
            ["African Union observers said voting had been calm but noted delays in the opening of some polling "
             "stations.",
             "Ethiopian Prime Minister Abiy Ahmed phoned Guelleh on Saturday to congratulate him, Abiy's office said, "
             "and the two men agreed to meet soon to discuss a new water pipeline.",
             "Guelleh, 73, has said this will be his last term."],
        ],
        "events": [
            ev("election", "wins", at="Guelleh wins fifth term", p=["Ismail Omar Guelleh", "Djibouti"],
               agent="Ismail Omar Guelleh", target="President of Djibouti", loc="Djibouti", date="2021-04-09",
               dt="Friday's"),
            ev("statement", "announced", p=["Djibouti"], agent="Djibouti", date="2021-04-10", dt="on Saturday"),
            ev("statement", "told", at="Cheick told state television", p=["Moumin Ahmed Cheick"],
               agent="Moumin Ahmed Cheick"),
            ev("statement", "said", at="Farah, said", p=["Zakaria Ismail Farah"], agent="Zakaria Ismail Farah"),
            ev("statement", "accused", p=["Zakaria Ismail Farah", "Djibouti"], agent="Zakaria Ismail Farah",
               target="Djibouti"),
            ev("boycott", "boycotted", at="opposition parties boycotted"),
            ev("statement", "arguing", at="arguing that it could not be fair"),
            ev("arrest", "detained", at="activists were detained", loc="Balbala, Djibouti", date="2021-04-08",
               dt="on Thursday"),
            ev("statement", "said", at="a human rights group said"),
            ev("statement", "said", at="observers said", p=["African Union"], agent="African Union"),
            ev("statement", "noted", p=["African Union"], agent="African Union"),
            ev("call", "phoned", p=["Abiy Ahmed", "Ismail Omar Guelleh"], agent="Abiy Ahmed",
               target="Ismail Omar Guelleh", date="2021-04-10", dt="on Saturday"),
            ev("statement", "said", at="Abiy's office said", p=["Abiy Ahmed"], agent="Abiy Ahmed"),
            ev("agreement", "agreed", at="the two men agreed", p=["Abiy Ahmed", "Ismail Omar Guelleh"]),
            ev("statement", "has said", p=["Ismail Omar Guelleh"], agent="Ismail Omar Guelleh"),
        ],
        "irrealis": [
            irr("negated", "recognition", "recognise", at="would not recognise the result", p=["Zakaria Ismail Farah"],
                agent="Zakaria Ismail Farah"),
            irr("planned", "protest", "rally", at="tried to hold a rally", loc="Balbala, Djibouti"),
            irr("planned", "meeting", "meet", at="agreed to meet soon", p=["Abiy Ahmed", "Ismail Omar Guelleh"],
                agent="Abiy Ahmed", target="Ismail Omar Guelleh"),
        ],
        "people": ["Ismail Omar Guelleh", "Moumin Ahmed Cheick", "Zakaria Ismail Farah", "Abiy Ahmed"],
        "places": ["Djibouti", "Balbala", "Ethiopia"],
        "organizations": ["African Union"],
    },
    {
        "id": "hnn08", "published": "2021-12-09",
        "paragraphs": [
            ["Malaysian appeals court upholds Najib's conviction in 1MDB-linked case"],
            ["KUALA LUMPUR (Reuters) - A Malaysian appeals court on Wednesday upheld former prime minister Najib "
             "Razak's conviction for abuse of power and money laundering over funds linked to state fund 1MDB, "
             "dismissing his bid to overturn a 12-year prison sentence."],
            ["Judge Abdul Karim Abdul Jalil, who led the three-member panel, said the defence had failed to show "
             "that Najib was unaware of 42 million ringgit ($10 million) flowing into his personal accounts.",
             "Najib, 68, will remain free on bail pending a final appeal to the Federal Court, his lawyer Muhammad "
             "Shafee Abdullah told reporters outside the Palace of Justice in Putrajaya."],
            ["\"This is not the end,\" Najib wrote on Facebook hours after the verdict, insisting again that he had "
             "been misled by rogue bankers.",
             "He did not attend parliament on Thursday, where opposition lawmakers demanded that he be barred from "
             "contesting the next general election."],
            ["Prime Minister Ismail Sabri Yaakob, a member of Najib's party, declined to say whether the government "
             "would seek a royal pardon for him.",
             "Prosecutors have said they will oppose any request to reduce the sentence."],
        ],
        "events": [
            ev("ruling", "upholds", at="appeals court upholds", p=["Court of Appeal of Malaysia", "Najib Razak"],
               agent="Court of Appeal of Malaysia", target="Najib Razak", date="2021-12-08", dt="on Wednesday"),
            ev("ruling", "conviction", at="upholds Najib's conviction", p=["Najib Razak"], target="Najib Razak"),
            ev("statement", "said", at="panel, said", p=["Abdul Karim Abdul Jalil"], agent="Abdul Karim Abdul Jalil"),
            ev("statement", "told", at="Shafee Abdullah told reporters", p=["Muhammad Shafee Abdullah"],
               agent="Muhammad Shafee Abdullah", loc="Putrajaya, Malaysia"),
            ev("statement", "wrote", at="Najib wrote on Facebook", p=["Najib Razak"], agent="Najib Razak"),
            ev("statement", "insisting", p=["Najib Razak"], agent="Najib Razak"),
            ev("statement", "demanded", p=["Malaysian opposition"], agent="Malaysian opposition"),
            ev("statement", "have said", at="Prosecutors have said", p=["Attorney General's Chambers of Malaysia"],
               agent="Attorney General's Chambers of Malaysia"),
        ],
        "irrealis": [
            irr("negated", "ruling", "overturn", at="his bid to overturn", p=["Najib Razak"]),
            irr("planned", "appeal", "appeal", at="pending a final appeal", p=["Najib Razak",
                "Federal Court of Malaysia"], agent="Najib Razak", target="Federal Court of Malaysia"),
            irr("negated", "attendance", "did not attend", at="He did not attend parliament", p=["Najib Razak"],
                agent="Najib Razak", date="2021-12-09", dt="on Thursday"),
            irr("planned", "ban", "barred", at="he be barred", p=["Najib Razak"], target="Najib Razak"),
            irr("planned", "election", "general election", at="contesting the next general election", p=["Malaysia"],
                loc="Malaysia"),
            irr("negated", "statement", "declined to say", p=["Ismail Sabri Yaakob"], agent="Ismail Sabri Yaakob"),
            irr("hypothetical", "pardon", "pardon", at="seek a royal pardon", p=["Malaysia", "Najib Razak"],
                target="Najib Razak"),
            irr("planned", "statement", "oppose", at="they will oppose", p=["Attorney General's Chambers of Malaysia"],
                agent="Attorney General's Chambers of Malaysia"),
            irr("hypothetical", "statement", "request", at="any request to reduce", p=["Najib Razak"],
                agent="Najib Razak"),
        ],
        "people": ["Najib Razak", "Abdul Karim Abdul Jalil", "Muhammad Shafee Abdullah", "Ismail Sabri Yaakob"],
        "places": ["Kuala Lumpur", "Malaysia", "Putrajaya"],
        "organizations": ["1MDB", "Court of Appeal of Malaysia", "Federal Court of Malaysia", "Facebook"],
    },
    {
        "id": "hnn09", "published": "2022-09-14",
        "paragraphs": [
            ["Armenia and Azerbaijan trade fire in worst border clashes in two years"],
            ["BAKU (Reuters) - Azerbaijan's defence ministry said on Wednesday that 42 of its servicemen had been "
             "killed in two days of artillery and drone fire along the border with Armenia."],
            ["Armenia said 64 of its soldiers had died and accused Azerbaijani forces of shelling the towns of "
             "Jermuk, Goris and Kapan overnight into Tuesday, wounding at least three civilians.",
             "Baku denied targeting civilian areas and said its units had responded to Armenian provocations."],
            ["Armenian Prime Minister Nikol Pashinyan spoke by phone on Tuesday with Vladimir Putin and asked "
             "the Russian leader to honour a mutual defence treaty, his office said.",
             "The Kremlin said Putin had urged both sides to show restraint but made no commitment to send troops."],
            ["A Russian-brokered ceasefire took hold on Tuesday evening, according to officials on both sides, though "
             "each later said the other had broken it within hours.",
             "Washington's top diplomat, Antony Blinken, called Azerbaijani President Ilham Aliyev on Wednesday and "
             "pressed him to halt military operations."],
        ],
        "events": [
            ev("attack", "trade fire", at="Armenia and Azerbaijan trade fire", p=["Armenia", "Azerbaijan"],
               killed=106),
            ev("statement", "said", at="defence ministry said on Wednesday", p=["Azerbaijan"], agent="Azerbaijan",
               date="2022-09-14", dt="on Wednesday"),
            ev("death", "killed", at="servicemen had been killed", killed=42),
            ev("statement", "said", at="Armenia said 64", p=["Armenia"], agent="Armenia"),
            ev("death", "died", at="soldiers had died", killed=64),
            ev("statement", "accused", p=["Armenia", "Azerbaijan"], agent="Armenia", target="Azerbaijan"),
            ev("attack", "shelling", at="shelling the towns", p=["Azerbaijan", "Jermuk", "Goris", "Kapan"],
               agent="Azerbaijan", target="Jermuk, Goris and Kapan", loc="Armenia", date="2022-09-13",
               dt="overnight into Tuesday", injured=3),
            ev("injury", "wounding", at="wounding at least three civilians", injured=3),
            ev("statement", "denied", at="Baku denied", p=["Azerbaijan"], agent="Azerbaijan"),
            ev("statement", "said", at="civilian areas and said", p=["Azerbaijan"], agent="Azerbaijan"),
            ev("call", "spoke by phone", p=["Nikol Pashinyan", "Vladimir Putin"], agent="Nikol Pashinyan",
               target="Vladimir Putin", date="2022-09-13", dt="on Tuesday"),
            ev("statement", "asked", at="asked the Russian leader", p=["Nikol Pashinyan", "Vladimir Putin"],
               agent="Nikol Pashinyan", target="Vladimir Putin"),
            ev("statement", "said", at="his office said", p=["Nikol Pashinyan"], agent="Nikol Pashinyan"),
            ev("statement", "said", at="The Kremlin said", p=["Kremlin"], agent="Kremlin"),
            ev("statement", "urged", at="had urged both sides", p=["Vladimir Putin"], agent="Vladimir Putin"),
            ev("agreement", "ceasefire", at="Russian-brokered ceasefire took hold", p=["Armenia", "Azerbaijan",
               "Russia"], date="2022-09-13", dt="on Tuesday evening"),
            ev("statement", "according to", at="according to officials on both sides"),
            ev("statement", "said", at="each later said"),
            ev("call", "called", at="Blinken, called", p=["Antony Blinken", "Ilham Aliyev"], agent="Antony Blinken",
               target="Ilham Aliyev", date="2022-09-14", dt="on Wednesday"),
            ev("statement", "pressed", p=["Antony Blinken", "Ilham Aliyev"], agent="Antony Blinken",
               target="Ilham Aliyev"),
        ],
        "irrealis": [
            irr("negated", "attack", "targeting", at="denied targeting civilian areas", p=["Azerbaijan"],
                agent="Azerbaijan"),
            irr("planned", "compliance", "honour", at="leader to honour", p=["Russia"], agent="Russia"),
            irr("negated", "statement", "made no commitment", p=["Vladimir Putin"], agent="Vladimir Putin"),
            irr("negated", "deployment", "send troops", at="commitment to send troops", p=["Russia"], agent="Russia"),
            irr("planned", "halt", "halt", at="halt military operations", p=["Azerbaijan"], agent="Azerbaijan"),
        ],
        "people": ["Nikol Pashinyan", "Vladimir Putin", "Antony Blinken", "Ilham Aliyev"],
        "places": ["Baku", "Armenia", "Azerbaijan", "Jermuk", "Goris", "Kapan", "Moscow", "Russia"],
        "organizations": ["Kremlin"],
    },
    {
        "id": "hnn10", "published": "2022-07-19",
        "paragraphs": [
            ["U.S. air strike kills two al Shabaab fighters near Somali port, U.S. says"],
            ["MOGADISHU (Reuters) - An American air strike killed two al Shabaab militants who were attacking Somali "
             "troops near the southern port of Kismayo on Sunday, the U.S. Africa Command said on Monday."],
            ["The command said in a statement that no civilians had been hurt, an assessment that could not be "
             "independently verified.",
             "It did not say what kind of aircraft was used."],
            ["A Somali army officer in Jubbaland told Reuters the militants had ambushed a supply convoy and that one "
             "soldier was killed before the strike.",
             "Al Shabaab, which has waged an insurgency against the government in Mogadishu for more than a decade, "
             "denied losing any fighters in a broadcast on its Andalus radio."],
            ["President Hassan Sheikh Mohamud, who was elected by parliament in May, has promised an all-out "
             "offensive against the group and asked Washington to redeploy troops withdrawn under Donald Trump.",
             "U.S. officials have said they will keep carrying out strikes at the request of the Somali government "
             "but have ruled out a combat role."],
        ],
        "events": [
            ev("attack", "air strike", at="U.S. air strike kills two", p=["United States", "al Shabaab"],
               agent="United States", target="al Shabaab", loc="Kismayo, Somalia", date="2022-07-17", dt="on Sunday",
               killed=2),
            ev("statement", "says", at="Somali port, U.S. says", p=["United States"], agent="United States"),
            ev("death", "killed", at="air strike killed two", killed=2),
            ev("attack", "attacking", at="who were attacking Somali troops", p=["al Shabaab", "Somali army"],
               agent="al Shabaab", target="Somali army", loc="Kismayo, Somalia", date="2022-07-17", dt="on Sunday",
               killed=1),
            ev("statement", "said", at="Africa Command said on Monday", p=["United States Africa Command"],
               agent="United States Africa Command", date="2022-07-18", dt="on Monday"),
            ev("statement", "said", at="The command said in a statement", p=["United States Africa Command"],
               agent="United States Africa Command"),
            ev("statement", "told", at="told Reuters the militants", p=["Somali army", "Reuters"], agent="Somali army",
               target="Reuters"),
            ev("death", "killed", at="one soldier was killed", killed=1),
            ev("statement", "denied", at="denied losing any fighters", p=["al Shabaab"], agent="al Shabaab"),
            ev("election", "elected", at="who was elected by parliament", p=["Hassan Sheikh Mohamud", "Somalia"],
               agent="Hassan Sheikh Mohamud", target="President of Somalia", loc="Somalia", date="2022-05",
               dt="in May"),
            ev("statement", "has promised", p=["Hassan Sheikh Mohamud"], agent="Hassan Sheikh Mohamud"),
            ev("statement", "asked", at="asked Washington", p=["Hassan Sheikh Mohamud", "United States"],
               agent="Hassan Sheikh Mohamud", target="United States"),
            ev("withdrawal", "withdrawn", at="troops withdrawn under Donald Trump", p=["United States",
               "Donald Trump"], agent="United States"),
            ev("statement", "have said", at="U.S. officials have said", p=["United States"], agent="United States"),
            ev("statement", "ruled out", p=["United States"], agent="United States"),
        ],
        "irrealis": [
            irr("negated", "injury", "hurt", at="no civilians had been hurt"),
            irr("negated", "statement", "did not say", at="It did not say", p=["United States Africa Command"],
                agent="United States Africa Command"),
            irr("negated", "death", "losing", at="denied losing any fighters", p=["al Shabaab"]),
            irr("planned", "attack", "offensive", at="all-out offensive", p=["Somalia", "al Shabaab"], agent="Somalia",
                target="al Shabaab"),
            irr("planned", "deployment", "redeploy", at="asked Washington to redeploy", p=["United States"],
                agent="United States", loc="Somalia"),
            irr("planned", "attack", "strikes", at="keep carrying out strikes", p=["United States", "al Shabaab"],
                agent="United States", target="al Shabaab", loc="Somalia"),
            irr("negated", "deployment", "combat role", at="ruled out a combat role", p=["United States"],
                agent="United States", loc="Somalia"),
        ],
        "people": ["Hassan Sheikh Mohamud", "Donald Trump"],
        "places": ["Mogadishu", "Kismayo", "Jubbaland", "Somalia", "Washington", "United States"],
        "organizations": ["Reuters", "al Shabaab", "United States Africa Command", "Andalus radio"],
    },
    {
        "id": "hnn11", "published": "2023-02-08",
        "paragraphs": [
            ["Danish prime minister visits Greenland amid push for self-rule"],
            ["NUUK, Greenland (AP) - Danish Prime Minister Mette Frederiksen arrived in Nuuk on Tuesday for a "
             "three-day visit to Greenland, where the island's government is pressing Copenhagen for more say over "
             "its foreign and security policy."],
            ["Frederiksen met Greenland's premier, Mute Egede, on Tuesday evening, and the two signed a declaration "
             "on closer cooperation in the Arctic, Egede's office said.",
             "Egede told local broadcaster KNR that the declaration was \"a first step, not the last one\".",
             "He declined to say when Greenland might hold talks with Copenhagen on a new self-government act."],
            ["Frederiksen said she would not reopen the debate over compensation for Inuit children taken from "
             "their families in the 1950s.",
             "She was scheduled to fly on Wednesday to the Pituffik air base in the north, where she will meet "
             "American commanders."],
            ["Several dozen people gathered outside the parliament building in Nuuk on Tuesday to demand an inquiry "
             "into a past birth-control campaign by Danish doctors.",
             "Frederiksen said an independent review, launched jointly last year, must finish its work first.",
             "Greenland's opposition Naleraq party said it would boycott a dinner held in her honour."],
        ],
        "events": [
            ev("visit", "visits", at="Danish prime minister visits Greenland", p=["Mette Frederiksen", "Greenland"],
               agent="Mette Frederiksen", target="Greenland", loc="Nuuk, Greenland", date="2023-02-07",
               dt="on Tuesday"),
            ev("statement", "pressing", at="is pressing Copenhagen", p=["Greenland", "Denmark"], agent="Greenland",
               target="Denmark"),
            ev("meeting", "met", at="Frederiksen met Greenland's premier", p=["Mette Frederiksen", "Mute Egede"],
               agent="Mette Frederiksen", target="Mute Egede", loc="Nuuk, Greenland", date="2023-02-07",
               dt="on Tuesday evening"),
            ev("agreement", "signed", at="the two signed a declaration", p=["Mette Frederiksen", "Mute Egede"],
               loc="Nuuk, Greenland"),
            ev("statement", "said", at="Egede's office said", p=["Mute Egede"], agent="Mute Egede"),
            ev("statement", "told", at="Egede told local broadcaster", p=["Mute Egede", "KNR"], agent="Mute Egede",
               target="KNR"),
            ev("statement", "said", at="Frederiksen said she would not reopen", p=["Mette Frederiksen"],
               agent="Mette Frederiksen"),
            ev("protest", "gathered", at="Several dozen people gathered", loc="Nuuk, Greenland", date="2023-02-07",
               dt="on Tuesday"),
            ev("statement", "said", at="Frederiksen said an independent review", p=["Mette Frederiksen"],
               agent="Mette Frederiksen"),
            ev("statement", "said", at="Naleraq party said", p=["Naleraq"], agent="Naleraq"),
        ],
        "irrealis": [
            irr("negated", "statement", "declined to say", p=["Mute Egede"], agent="Mute Egede"),
            irr("hypothetical", "meeting", "talks", at="might hold talks with Copenhagen", p=["Greenland", "Denmark"],
                agent="Greenland", target="Denmark"),
            irr("negated", "reopening", "reopen", at="would not reopen the debate", p=["Mette Frederiksen"],
                agent="Mette Frederiksen"),
            irr("planned", "visit", "fly", at="scheduled to fly on Wednesday", p=["Mette Frederiksen"],
                agent="Mette Frederiksen", loc="Pituffik, Greenland", date="2023-02-08", dt="on Wednesday"),
            irr("planned", "meeting", "meet", at="she will meet American commanders",
                p=["Mette Frederiksen", "United States"], agent="Mette Frederiksen", loc="Pituffik, Greenland"),
            irr("planned", "inquiry", "inquiry", at="to demand an inquiry"),
            irr("planned", "completion", "finish", at="must finish its work first"),
            irr("planned", "boycott", "boycott", at="would boycott a dinner", p=["Naleraq"], agent="Naleraq"),
        ],
        "people": ["Mette Frederiksen", "Mute Egede"],
        "places": ["Nuuk", "Greenland", "Copenhagen", "Arctic", "Pituffik"],
        "organizations": ["KNR", "Naleraq"],
    },
    {
        "id": "hnn12", "published": "2023-10-16",
        "paragraphs": [
            ["Banana heir Noboa wins Ecuador's presidential runoff"],
            ["GUAYAQUIL, Ecuador (Reuters) - Daniel Noboa, the 35-year-old heir to a banana fortune, won Ecuador's "
             "presidential runoff on Sunday, beating leftist Luisa Gonzalez with about 52 percent of the vote, "
             "according to official results."],
            ["Gonzalez, the candidate of former president Rafael Correa's movement, conceded defeat before a crowd of "
             "loyalists in Quito and congratulated her rival, though she said her party would watch his government "
             "closely."],
            ["Noboa, who will serve only the 18 months left of outgoing President Guillermo Lasso's term, told "
             "cheering crowds in the coastal town of Olon that he would start work on Monday to curb violent crime.",
             "The campaign was overshadowed by the assassination of candidate Fernando Villavicencio, who was shot "
             "dead as he left a rally in Quito in August.",
             "Six Colombian suspects held over the killing were found dead in a Guayaquil prison this month, the "
             "prisons agency said."],
            ["Lasso called Noboa on Sunday night to offer his help with the handover, and the two are due to meet at "
             "Carondelet palace on Wednesday.",
             "Washington said it looked forward to working with the new leader, who has not said whether he will "
             "seek a full term in 2025.",
             "Noboa has not yet spoken by phone with Colombia's president, Gustavo Petro, whose country's nationals "
             "were among the dead suspects, Noboa's team said."],
        ],
        "events": [
            ev("election", "wins", at="Noboa wins Ecuador's", p=["Daniel Noboa", "Ecuador"], agent="Daniel Noboa",
               target="President of Ecuador", loc="Ecuador", date="2023-10-15", dt="on Sunday"),
            ev("statement", "according to", at="according to official results"),
            ev("statement", "conceded", p=["Luisa Gonzalez"], agent="Luisa Gonzalez", loc="Quito, Ecuador"),
            ev("statement", "congratulated", p=["Luisa Gonzalez", "Daniel Noboa"], agent="Luisa Gonzalez",
               target="Daniel Noboa"),
            ev("statement", "said", at="though she said", p=["Luisa Gonzalez"], agent="Luisa Gonzalez"),
            ev("statement", "told", at="told cheering crowds", p=["Daniel Noboa"], agent="Daniel Noboa",
               loc="Olon, Ecuador"),
            ev("attack", "assassination", p=["Fernando Villavicencio"], target="Fernando Villavicencio",
               loc="Quito, Ecuador", date="2023-08", dt="in August", killed=1),
            ev("death", "shot dead", p=["Fernando Villavicencio"], date="2023-08", dt="in August", killed=1),
            ev("arrest", "held", at="suspects held over the killing"),
            ev("death", "found dead", loc="Guayaquil, Ecuador", date="2023-10", dt="this month", killed=6),
            ev("statement", "said", at="the prisons agency said", p=["Ecuador"], agent="Ecuador"),
            ev("call", "called", at="Lasso called Noboa", p=["Guillermo Lasso", "Daniel Noboa"],
               agent="Guillermo Lasso", target="Daniel Noboa", date="2023-10-15", dt="on Sunday night"),
            ev("statement", "said", at="Washington said", p=["United States"], agent="United States"),
            ev("statement", "said", at="Noboa's team said", p=["Daniel Noboa"], agent="Daniel Noboa"),
        ],
        "irrealis": [
            irr("planned", "monitoring", "watch", at="would watch his government", p=["Luisa Gonzalez"]),
            irr("planned", "start", "start work", p=["Daniel Noboa"], agent="Daniel Noboa", date="2023-10-16",
                dt="on Monday"),
            irr("planned", "meeting", "meet", at="due to meet at",
                p=["Guillermo Lasso", "Daniel Noboa"], agent="Guillermo Lasso", target="Daniel Noboa",
                loc="Quito, Ecuador", date="2023-10-18", dt="on Wednesday"),
            irr("planned", "cooperation", "working", at="looked forward to working", p=["United States",
                "Daniel Noboa"]),
            irr("negated", "statement", "has not said", p=["Daniel Noboa"], agent="Daniel Noboa"),
            irr("hypothetical", "election", "seek", at="seek a full term", p=["Daniel Noboa", "Ecuador"],
                agent="Daniel Noboa", loc="Ecuador", date="2025", dt="in 2025"),
            irr("negated", "call", "spoken by phone", at="has not yet spoken by phone", p=["Daniel Noboa",
                "Gustavo Petro"], agent="Daniel Noboa", target="Gustavo Petro"),
        ],
        "people": ["Daniel Noboa", "Luisa Gonzalez", "Rafael Correa", "Guillermo Lasso", "Fernando Villavicencio",
                   "Gustavo Petro"],
        "places": ["Guayaquil", "Ecuador", "Quito", "Olon", "Washington", "Colombia"],
        "organizations": [],
    },
    {
        "id": "hnn13", "published": "2024-05-16",
        "paragraphs": [
            ["France declares emergency in New Caledonia as riots leave four dead"],
            ["NOUMEA, New Caledonia (AFP) - France declared a state of emergency in New Caledonia on Wednesday after "
             "a third night of rioting in and around Noumea left four people dead, among them a gendarme, and "
             "hundreds injured, officials said."],
            ["The unrest erupted on Monday as the National Assembly in Paris debated a constitutional change that "
             "would let more French residents vote in provincial elections, a move that pro-independence Kanak "
             "groups say will dilute their voice.",
             "Lawmakers approved the bill early on Wednesday."],
            ["High Commissioner Louis Le Franc told reporters that 206 people had been arrested and that shops and "
             "schools had been torched.",
             "He said 1,000 more police officers would arrive from mainland France within days but declined to say "
             "whether troops would be deployed."],
            ["President Emmanuel Macron has offered to host leaders of both camps in Paris for talks, but the main "
             "pro-independence coalition said it would not attend unless the reform was withdrawn.",
             "Prime Minister Gabriel Attal said the government would not back down.",
             "Vanuatu's foreign minister, Matai Seremaiah, criticised Paris for pushing ahead with the vote without "
             "consulting the Kanak people."],
        ],
        "events": [
            ev("statement", "declares", at="France declares emergency", p=["France"], agent="France"),
            ev("statement", "declared", at="France declared a state of emergency", p=["France"], agent="France",
               loc="New Caledonia", date="2024-05-15", dt="on Wednesday"),
            ev("protest", "riots", at="as riots leave four dead", p=["New Caledonia"], loc="Noumea, New Caledonia",
               date="2024-05-13", dt="on Monday"),
            ev("death", "dead", at="as riots leave four dead", killed=4),
            ev("injury", "injured", at="and hundreds injured"),
            ev("statement", "said", at="hundreds injured, officials said"),
            ev("statement", "say", at="Kanak groups say"),
            ev("vote", "approved", at="Lawmakers approved the bill", p=["National Assembly"], agent="National Assembly",
               loc="Paris, France", date="2024-05-15", dt="early on Wednesday"),
            ev("statement", "told", at="Le Franc told reporters", p=["Louis Le Franc"], agent="Louis Le Franc"),
            ev("arrest", "arrested", at="206 people had been arrested", loc="New Caledonia"),
            ev("statement", "said", at="He said 1,000 more", p=["Louis Le Franc"], agent="Louis Le Franc"),
            ev("statement", "has offered", p=["Emmanuel Macron"], agent="Emmanuel Macron"),
            ev("statement", "said", at="coalition said it would not attend"),
            ev("statement", "said", at="Attal said", p=["Gabriel Attal"], agent="Gabriel Attal"),
            ev("statement", "criticised", p=["Matai Seremaiah", "France"], agent="Matai Seremaiah", target="France"),
        ],
        "irrealis": [
            irr("hypothetical", "election", "provincial elections", at="vote in provincial elections",
                p=["New Caledonia"], loc="New Caledonia"),
            irr("planned", "deployment", "arrive", at="would arrive from mainland France", p=["France"],
                loc="New Caledonia"),
            irr("negated", "statement", "declined to say", at="declined to say whether troops", p=["Louis Le Franc"],
                agent="Louis Le Franc"),
            irr("hypothetical", "deployment", "deployed", at="troops would be deployed", p=["France"],
                loc="New Caledonia"),
            irr("planned", "meeting", "talks", at="in Paris for talks", p=["Emmanuel Macron"], agent="Emmanuel Macron",
                loc="Paris, France"),
            irr("negated", "meeting", "attend", at="would not attend unless"),
            irr("hypothetical", "withdrawal", "withdrawn", at="reform was withdrawn", p=["France"]),
            irr("negated", "withdrawal", "back down", p=["France"], agent="France"),
            irr("negated", "meeting", "consulting", at="without consulting the Kanak people", p=["France"],
                agent="France"),
        ],
        "people": ["Louis Le Franc", "Emmanuel Macron", "Gabriel Attal", "Matai Seremaiah"],
        "places": ["Noumea", "New Caledonia", "France", "Paris", "Vanuatu"],
        "organizations": ["National Assembly"],
    },
    {
        "id": "hnn14", "published": "2024-03-27",
        "paragraphs": [
            ["Drone strike on Amhara bus station kills 13, residents say"],
            ["ADDIS ABABA (Reuters) - A drone strike hit a bus station in the town of Debre Markos in Ethiopia's "
             "Amhara region on Monday, killing at least 13 people and wounding 20, three residents and a health "
             "worker told Reuters."],
            ["The federal government made no comment on the strike.",
             "A military spokesman said on Tuesday that the army had targeted \"extremist forces\" in the area but "
             "denied that civilians had been killed."],
            ["Fano, a loose network of ethnic Amhara militias, said in a statement that none of its fighters were "
             "at the station when the drone struck.",
             "The Ethiopian Human Rights Commission, a state-affiliated body, said it was investigating and urged "
             "the government to let aid groups into the region."],
            ["Prime Minister Abiy Ahmed has offered talks to the militias but has refused to lift a state of "
             "emergency imposed in August.",
             "Fano leaders have said they will not negotiate while their commanders remain in jail.",
             "The U.S. embassy in Addis Ababa said it was deeply troubled by reports of civilian deaths and called "
             "for an independent investigation."],
        ],
        "events": [
            ev("attack", "Drone strike", at="Drone strike on Amhara bus station", p=["Debre Markos"],
               target="bus station", loc="Debre Markos, Ethiopia", date="2024-03-25", dt="on Monday", killed=13,
               injured=20),
            ev("statement", "say", at="residents say"),
            ev("death", "killing", at="killing at least 13", date="2024-03-25", dt="on Monday", killed=13),
            ev("injury", "wounding", at="wounding 20", date="2024-03-25", dt="on Monday", injured=20),
            ev("statement", "told", at="health worker told Reuters", p=["Reuters"], target="Reuters"),
            ev("statement", "said", at="military spokesman said on Tuesday", p=["Ethiopian National Defense Force"],
               agent="Ethiopian National Defense Force", date="2024-03-26", dt="on Tuesday"),
            ev("statement", "denied", at="denied that civilians", p=["Ethiopian National Defense Force"],
               agent="Ethiopian National Defense Force"),
            ev("statement", "said", at="Amhara militias, said", p=["Fano"], agent="Fano"),
            ev("statement", "said", at="state-affiliated body, said", p=["Ethiopian Human Rights Commission"],
               agent="Ethiopian Human Rights Commission"),
            ev("investigation", "investigating", p=["Ethiopian Human Rights Commission"],
               agent="Ethiopian Human Rights Commission"),
            ev("statement", "urged", at="urged the government", p=["Ethiopian Human Rights Commission", "Ethiopia"],
               agent="Ethiopian Human Rights Commission", target="Ethiopia"),
            ev("statement", "has offered", p=["Abiy Ahmed"], agent="Abiy Ahmed"),
            ev("statement", "imposed", at="emergency imposed in August", p=["Ethiopia"], agent="Ethiopia",
               date="2023-08", dt="in August"),
            ev("statement", "have said", at="Fano leaders have said", p=["Fano"], agent="Fano"),
            ev("statement", "said", at="embassy in Addis Ababa said", p=["U.S. Embassy in Addis Ababa"],
               agent="U.S. Embassy in Addis Ababa"),
            ev("statement", "called for", p=["U.S. Embassy in Addis Ababa"], agent="U.S. Embassy in Addis Ababa"),
        ],
        "irrealis": [
            irr("negated", "statement", "made no comment", p=["Ethiopia"], agent="Ethiopia"),
            irr("negated", "death", "killed", at="denied that civilians had been killed"),
            irr("planned", "access", "let", at="to let aid groups", p=["Ethiopia"], agent="Ethiopia"),
            irr("planned", "meeting", "talks", at="has offered talks", p=["Abiy Ahmed", "Fano"], agent="Abiy Ahmed",
                target="Fano"),
            irr("negated", "lifting", "lift", at="refused to lift", p=["Abiy Ahmed"], agent="Abiy Ahmed"),
            irr("negated", "meeting", "negotiate", at="will not negotiate", p=["Fano"], agent="Fano"),
            irr("planned", "investigation", "investigation", at="independent investigation"),
        ],
        "people": ["Abiy Ahmed"],
        "places": ["Addis Ababa", "Debre Markos", "Ethiopia", "Amhara"],
        "organizations": ["Reuters", "Fano", "Ethiopian Human Rights Commission", "U.S. Embassy in Addis Ababa"],
    },
    {
        "id": "hnn15", "published": "2024-09-11",
        "paragraphs": [
            ["Malaysia's Sawit Kencana agrees $136 million deal for Indonesian plantations"],
            ["KUALA LUMPUR (Reuters) - Malaysian palm oil producer Sawit Kencana Bhd said on Wednesday it would buy "
             "Indonesian plantation company PT Borneo Agro Lestari from its founders for 2.1 trillion rupiah ($136 "
             "million), adding about 40,000 hectares of estates in West Kalimantan."],
            ["Chief executive Faridah Osman said in a filing to Bursa Malaysia that the purchase would be paid for in "
             "two instalments and was expected to close by March, pending approval from Indonesia's competition "
             "watchdog.",
             "She told Reuters in an interview that the company was not planning any further deals this year."],
            ["Indonesian environmental group Sawit Watch accused Borneo Agro of clearing peatland in 2019 and urged "
             "the buyer to halt expansion there.",
             "Borneo Agro did not reply to the accusation."],
            ["Sawit Kencana's shares fell 1.8 percent.",
             "Analysts at Maybank said the price looked fair but warned that new European Union rules on "
             "deforestation-linked imports, due to take effect in December, could hurt demand.",
             "The company has said it will not sell palm oil from newly cleared land."],
        ],
        "events": [
            ev("acquisition", "deal", at="agrees $136 million deal", p=["Sawit Kencana Bhd", "PT Borneo Agro Lestari"],
               agent="Sawit Kencana Bhd", target="PT Borneo Agro Lestari", amount=(136000000, "USD")),
            ev("statement", "said", at="Sawit Kencana Bhd said on Wednesday", p=["Sawit Kencana Bhd"],
               agent="Sawit Kencana Bhd", date="2024-09-11", dt="on Wednesday"),
            ev("statement", "said", at="said in a filing", p=["Faridah Osman"], agent="Faridah Osman"),
            ev("statement", "told", at="She told Reuters", p=["Faridah Osman", "Reuters"], agent="Faridah Osman",
               target="Reuters"),
            ev("statement", "accused", p=["Sawit Watch", "PT Borneo Agro Lestari"], agent="Sawit Watch",
               target="PT Borneo Agro Lestari"),
            ev("statement", "urged", at="urged the buyer", p=["Sawit Watch", "Sawit Kencana Bhd"], agent="Sawit Watch",
               target="Sawit Kencana Bhd"),
            ev("statement", "said", at="Analysts at Maybank said", p=["Maybank"], agent="Maybank"),
            ev("statement", "warned", p=["Maybank"], agent="Maybank"),
            ev("statement", "has said", at="The company has said", p=["Sawit Kencana Bhd"], agent="Sawit Kencana Bhd"),
        ],
        "irrealis": [
            irr("planned", "payment", "paid", at="would be paid for in two instalments", p=["Sawit Kencana Bhd"]),
            irr("planned", "completion", "close", at="expected to close by March", date="2025-03", dt="by March"),
            irr("planned", "approval", "approval", at="pending approval from Indonesia's"),
            irr("negated", "acquisition", "deals", at="not planning any further deals", p=["Sawit Kencana Bhd"],
                agent="Sawit Kencana Bhd", date="2024", dt="this year"),
            irr("planned", "halt", "halt", at="halt expansion there", p=["Sawit Kencana Bhd"],
                agent="Sawit Kencana Bhd"),
            irr("negated", "statement", "did not reply", p=["PT Borneo Agro Lestari"], agent="PT Borneo Agro Lestari"),
            irr("planned", "entry into force", "take effect", at="due to take effect in December",
                p=["European Union"], date="2024-12", dt="in December"),
            irr("negated", "sale", "sell", at="will not sell palm oil", p=["Sawit Kencana Bhd"],
                agent="Sawit Kencana Bhd"),
        ],
        "people": ["Faridah Osman"],
        "places": ["Kuala Lumpur", "Indonesia", "West Kalimantan", "Malaysia"],
        "organizations": ["Reuters", "Sawit Kencana Bhd", "PT Borneo Agro Lestari", "Bursa Malaysia", "Sawit Watch",
                          "Maybank", "European Union"],
    },
    {
        "id": "hnn16", "published": "2025-03-13",
        "paragraphs": [
            ["Central Asian leaders agree water-sharing plan at Astana summit"],
            ["ASTANA (Reuters) - The presidents of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan signed an "
             "agreement on Wednesday to share water from the Syr Darya river under a joint schedule, after a summit "
             "in the Kazakh capital that Turkmenistan's leader skipped."],
            ["Kazakh President Kassym-Jomart Tokayev, the host, said the accord would end years of quarrels over "
             "summer releases from Kyrgyz and Tajik reservoirs, on which farmers downstream depend.",
             "Turkmen President Serdar Berdimuhamedov sent a deputy prime minister instead, and Ashgabat has not said "
             "whether it will join the deal.",
             "Tokayev's spokesman said the Kazakh leader would phone Berdimuhamedov on Friday to brief him on the "
             "accord."],
            ["Kyrgyz President Sadyr Japarov told reporters that Bishkek would also sign a border treaty with "
             "Tajikistan in the coming days, ending a dispute that led to deadly clashes in 2021 and 2022.",
             "Uzbek President Shavkat Mirziyoyev proposed holding the next summit in Samarkand, and his counterparts "
             "accepted, according to a joint communique."],
            ["Environmental groups welcomed the deal but warned it would fail unless the governments cut waste in "
             "irrigation.",
             "The World Bank said it was prepared to fund new gauging stations along the river if the signatories "
             "asked for help."],
        ],
        "events": [
            ev("agreement", "agree", at="leaders agree water-sharing plan",
               p=["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"], loc="Astana, Kazakhstan",
               date="2025-03-12", dt="on Wednesday"),
            ev("meeting", "summit", at="at Astana summit", p=["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"],
               loc="Astana, Kazakhstan"),
            ev("statement", "said", at="the host, said", p=["Kassym-Jomart Tokayev"], agent="Kassym-Jomart Tokayev"),
            ev("statement", "said", at="Tokayev's spokesman said", p=["Kassym-Jomart Tokayev"],
               agent="Kassym-Jomart Tokayev"),
            ev("statement", "told", at="Japarov told reporters", p=["Sadyr Japarov"], agent="Sadyr Japarov"),
            ev("attack", "clashes", at="deadly clashes in 2021 and 2022", p=["Kyrgyzstan", "Tajikistan"]),
            ev("statement", "proposed", p=["Shavkat Mirziyoyev"], agent="Shavkat Mirziyoyev"),
            ev("statement", "accepted", at="his counterparts accepted"),
            ev("statement", "according to", at="according to a joint communique"),
            ev("statement", "welcomed", at="Environmental groups welcomed"),
            ev("statement", "warned", at="warned it would fail"),
            ev("statement", "said", at="World Bank said", p=["World Bank"], agent="World Bank"),
        ],
        "irrealis": [
            irr("negated", "meeting", "skipped", at="Turkmenistan's leader skipped", p=["Serdar Berdimuhamedov"],
                agent="Serdar Berdimuhamedov", loc="Astana, Kazakhstan"),
            irr("negated", "statement", "has not said", p=["Turkmenistan"], agent="Turkmenistan"),
            irr("hypothetical", "agreement", "join", at="whether it will join the deal", p=["Turkmenistan"]),
            irr("planned", "call", "phone", at="would phone Berdimuhamedov", p=["Kassym-Jomart Tokayev",
                "Serdar Berdimuhamedov"], agent="Kassym-Jomart Tokayev", target="Serdar Berdimuhamedov",
                date="2025-03-14", dt="on Friday"),
            irr("planned", "statement", "brief", at="to brief him on the", p=["Kassym-Jomart Tokayev",
                "Serdar Berdimuhamedov"], agent="Kassym-Jomart Tokayev", target="Serdar Berdimuhamedov"),
            irr("planned", "agreement", "sign", at="would also sign a border treaty", p=["Kyrgyzstan", "Tajikistan"]),
            irr("planned", "meeting", "summit", at="holding the next summit", p=["Kazakhstan", "Kyrgyzstan",
                "Tajikistan", "Uzbekistan"], loc="Samarkand, Uzbekistan"),
            irr("hypothetical", "failure", "fail", at="it would fail unless"),
            irr("hypothetical", "cut", "cut", at="governments cut waste"),
            irr("hypothetical", "financing", "fund", at="prepared to fund", p=["World Bank"], agent="World Bank"),
            irr("hypothetical", "statement", "asked", at="signatories asked for help"),
        ],
        "people": ["Kassym-Jomart Tokayev", "Serdar Berdimuhamedov", "Sadyr Japarov", "Shavkat Mirziyoyev"],
        "places": ["Astana", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Syr Darya", "Turkmenistan",
                   "Ashgabat", "Bishkek", "Samarkand"],
        "organizations": ["World Bank"],
    },
    {
        "id": "hnn17", "published": "2025-06-05",
        "paragraphs": [
            ["Norway blacklists 30 tankers in move against Russia's shadow fleet"],
            ["OSLO (Reuters) - Norway on Wednesday imposed sanctions on 30 oil tankers it says belong to a \"shadow "
             "fleet\" used by Russia to get around Western price caps on its crude, aligning itself with a package "
             "the European Union adopted last month."],
            ["The vessels will be barred from Norwegian ports and waters, and Norwegian firms may no longer insure, "
             "repair or crew them, Oslo's foreign ministry said in a statement.",
             "Foreign Minister Espen Barth Eide told public broadcaster NRK that Oslo would add more ships if Moscow "
             "kept using ageing tankers in the Baltic and the North Sea."],
            ["The Russian embassy in Oslo called the measures illegal and said Moscow reserved the right to respond, "
             "without saying how.",
             "A coast guard vessel shadowed one of the listed tankers off the coast of Finnmark on Tuesday, the "
             "Norwegian military said, but did not board it."],
            ["Norway, which is not an EU member, shares a short Arctic border with Russia and cooperates with it on "
             "fisheries in the Barents Sea.",
             "Eide is due to discuss the fleet with his Nordic counterparts at a meeting in Helsinki next week."],
        ],
        "events": [
            ev("sanction", "blacklists", at="Norway blacklists 30 tankers", p=["Norway", "Russia"], agent="Norway",
               target="Russia", date="2025-06-04", dt="on Wednesday"),
            ev("statement", "says", at="it says belong", p=["Norway"], agent="Norway"),
            ev("sanction", "adopted", at="the European Union adopted last month", p=["European Union", "Russia"],
               agent="European Union", target="Russia", date="2025-05", dt="last month"),
            ev("statement", "said", at="foreign ministry said in a statement", p=["Norway"], agent="Norway"),
            ev("statement", "told", at="Eide told public broadcaster NRK", p=["Espen Barth Eide", "NRK"],
               agent="Espen Barth Eide", target="NRK"),
            ev("statement", "called", at="called the measures illegal", p=["Russian Embassy in Oslo"],
               agent="Russian Embassy in Oslo"),
            ev("statement", "said", at="illegal and said", p=["Russian Embassy in Oslo"],
               agent="Russian Embassy in Oslo"),
            ev("surveillance", "shadowed", p=["Norwegian Coast Guard"], agent="Norwegian Coast Guard",
               loc="Finnmark, Norway", date="2025-06-03", dt="on Tuesday"),
            ev("statement", "said", at="Norwegian military said", p=["Norwegian Armed Forces"],
               agent="Norwegian Armed Forces"),
        ],
        "irrealis": [
            irr("planned", "ban", "barred", at="will be barred from Norwegian ports", p=["Norway"]),
            irr("negated", "insurance", "insure", at="may no longer insure", p=["Norway"]),
            irr("hypothetical", "sanction", "add", at="would add more ships", p=["Norway", "Russia"], agent="Norway",
                target="Russia"),
            irr("hypothetical", "response", "respond", at="reserved the right to respond", p=["Russia"],
                agent="Russia"),
            irr("negated", "statement", "saying", at="without saying how", p=["Russian Embassy in Oslo"],
                agent="Russian Embassy in Oslo"),
            irr("negated", "boarding", "did not board", p=["Norwegian Coast Guard"], agent="Norwegian Coast Guard"),
            irr("planned", "meeting", "meeting", at="at a meeting in Helsinki", p=["Espen Barth Eide"],
                agent="Espen Barth Eide", loc="Helsinki, Finland", date="2025-W24", dt="next week"),
        ],
        "people": ["Espen Barth Eide"],
        "places": ["Oslo", "Norway", "Russia", "Moscow", "Baltic", "North Sea", "Finnmark", "Barents Sea", "Helsinki"],
        "organizations": ["European Union", "NRK", "Russian Embassy in Oslo"],
    },
    {
        "id": "hnn18", "published": "2025-11-20",
        "paragraphs": [
            ["Swedish court jails former shipping boss for bribing West African port officials"],
            ["GOTHENBURG, Sweden (AP) - A Swedish court on Wednesday sentenced the former chief executive of shipping "
             "company Vastkust Linjer to four years in prison for paying off port officials in three West African "
             "countries to win cargo contracts between 2016 and 2019."],
            ["The Gothenburg District Court found that Henrik Sjoberg, 61, had approved payments of about 30 million "
             "crowns through a consultancy in Dubai.",
             "Two other former managers were acquitted for lack of evidence."],
            ["Sjoberg, who was arrested at Landvetter airport in March last year after flying in from Singapore, "
             "denied the charges throughout the trial.",
             "His lawyer, Eva Bergstrom, said he would appeal and would ask to remain free until the appeals court "
             "rules.",
             "Prosecutor Anders Holm told reporters he was satisfied with the verdict but had not decided whether to "
             "challenge the two acquittals."],
            ["Vastkust Linjer, now owned by a Danish group, agreed last month to pay a fine of 120 million crowns "
             "without admitting wrongdoing.",
             "The company said on Thursday it had cooperated fully with investigators and would not comment further."],
        ],
        "events": [
            ev("ruling", "jails", at="Swedish court jails", p=["Gothenburg District Court", "Henrik Sjoberg"],
               agent="Gothenburg District Court", target="Henrik Sjoberg", loc="Gothenburg, Sweden",
               date="2025-11-19", dt="on Wednesday"),
            ev("bribery", "bribing", at="for bribing West African port officials", p=["Henrik Sjoberg"],
               agent="Henrik Sjoberg"),
            ev("ruling", "acquitted", p=["Gothenburg District Court"], agent="Gothenburg District Court"),
            ev("arrest", "arrested", at="was arrested at Landvetter airport", p=["Henrik Sjoberg"],
               target="Henrik Sjoberg", loc="Landvetter airport, Sweden", date="2024-03", dt="in March last year"),
            ev("statement", "denied", at="denied the charges", p=["Henrik Sjoberg"], agent="Henrik Sjoberg"),
            ev("statement", "said", at="Bergstrom, said", p=["Eva Bergstrom"], agent="Eva Bergstrom"),
            ev("statement", "told", at="Holm told reporters", p=["Anders Holm"], agent="Anders Holm"),
            ev("agreement", "agreed", at="agreed last month to pay", p=["Vastkust Linjer"], date="2025-10",
               dt="last month"),
            ev("statement", "said", at="The company said on Thursday", p=["Vastkust Linjer"], agent="Vastkust Linjer",
               date="2025-11-20", dt="on Thursday"),
        ],
        "irrealis": [
            irr("planned", "appeal", "appeal", at="said he would appeal", p=["Henrik Sjoberg"],
                agent="Henrik Sjoberg"),
            irr("planned", "statement", "ask", at="would ask to remain free", p=["Henrik Sjoberg"],
                agent="Henrik Sjoberg"),
            irr("planned", "ruling", "rules", at="until the appeals court rules"),
            irr("hypothetical", "appeal", "challenge", at="whether to challenge the two acquittals", p=["Anders Holm"],
                agent="Anders Holm"),
            irr("planned", "payment", "pay", at="to pay a fine", p=["Vastkust Linjer"], agent="Vastkust Linjer"),
            irr("negated", "statement", "admitting", at="without admitting wrongdoing", p=["Vastkust Linjer"],
                agent="Vastkust Linjer"),
            irr("negated", "statement", "comment", at="would not comment further", p=["Vastkust Linjer"],
                agent="Vastkust Linjer"),
        ],
        "people": ["Henrik Sjoberg", "Eva Bergstrom", "Anders Holm"],
        "places": ["Gothenburg", "Sweden", "West Africa", "Dubai", "Landvetter airport", "Singapore"],
        "organizations": ["Vastkust Linjer", "Gothenburg District Court"],
    },
    {
        "id": "hnn19", "published": "2026-01-22",
        "paragraphs": [
            ["Prabowo makes first visit to Timor-Leste as president, signs border deal"],
            ["DILI (AFP) - Indonesian President Prabowo Subianto arrived in Dili on Wednesday for his first visit to "
             "Timor-Leste since taking office, a trip that drew protests from victims of the Indonesian occupation."],
            ["Prabowo held talks with Prime Minister Xanana Gusmao on Thursday morning and the two signed an accord "
             "settling the last two disputed segments of their land border, Gusmao's office said.",
             "The leaders also agreed to open negotiations on their maritime boundary in the Timor Sea by June."],
            ["About 200 people marched to the Indonesian embassy on Wednesday, carrying photographs of relatives who "
             "disappeared during the 1975-1999 occupation, and demanded an apology for abuses by Indonesian troops.",
             "Prabowo, a former special forces commander, did not address the demand, and an Indonesian foreign "
             "ministry spokesman said Jakarta would not comment on the protest."],
            ["Timor-Leste President Jose Ramos-Horta, who hosted a state dinner for his guest, told AFP he hoped "
             "Indonesia would back Dili's bid to join more regional trade pacts.",
             "Ramos-Horta said Prabowo had accepted an invitation to return in August for the anniversary of the "
             "country's independence referendum."],
        ],
        "events": [
            ev("visit", "visit", at="makes first visit to Timor-Leste", p=["Prabowo Subianto", "Timor-Leste"],
               agent="Prabowo Subianto", target="Timor-Leste", loc="Dili, Timor-Leste", date="2026-01-21",
               dt="on Wednesday"),
            ev("agreement", "signs", at="signs border deal", p=["Prabowo Subianto", "Xanana Gusmao"],
               loc="Dili, Timor-Leste"),
            ev("protest", "protests", at="drew protests", loc="Dili, Timor-Leste", date="2026-01-21",
               dt="on Wednesday"),
            ev("meeting", "talks", at="held talks with Prime Minister", p=["Prabowo Subianto", "Xanana Gusmao"],
               agent="Prabowo Subianto", target="Xanana Gusmao", loc="Dili, Timor-Leste", date="2026-01-22",
               dt="on Thursday morning"),
            ev("statement", "said", at="Gusmao's office said", p=["Xanana Gusmao"], agent="Xanana Gusmao"),
            ev("agreement", "agreed", at="leaders also agreed", p=["Prabowo Subianto", "Xanana Gusmao"]),
            ev("statement", "demanded", at="demanded an apology"),
            ev("statement", "said", at="ministry spokesman said", p=["Indonesia"], agent="Indonesia"),
            ev("meeting", "state dinner", p=["Jose Ramos-Horta", "Prabowo Subianto"], agent="Jose Ramos-Horta",
               target="Prabowo Subianto", loc="Dili, Timor-Leste"),
            ev("statement", "told", at="told AFP he hoped", p=["Jose Ramos-Horta", "AFP"], agent="Jose Ramos-Horta",
               target="AFP"),
            ev("statement", "said", at="Ramos-Horta said Prabowo", p=["Jose Ramos-Horta"], agent="Jose Ramos-Horta"),
            ev("statement", "accepted", at="had accepted an invitation", p=["Prabowo Subianto"],
               agent="Prabowo Subianto"),
        ],
        "irrealis": [
            irr("planned", "meeting", "negotiations", at="open negotiations on their maritime boundary",
                p=["Indonesia", "Timor-Leste"], date="2026-06", dt="by June"),
            irr("planned", "statement", "apology", at="demanded an apology", p=["Indonesia"], agent="Indonesia"),
            irr("negated", "statement", "did not address", p=["Prabowo Subianto"], agent="Prabowo Subianto"),
            irr("negated", "statement", "comment", at="would not comment on the protest", p=["Indonesia"],
                agent="Indonesia"),
            irr("hypothetical", "support", "back", at="Indonesia would back", p=["Indonesia", "Timor-Leste"],
                agent="Indonesia", target="Timor-Leste"),
            irr("planned", "visit", "return", at="to return in August", p=["Prabowo Subianto", "Timor-Leste"],
                agent="Prabowo Subianto", target="Timor-Leste", loc="Timor-Leste", date="2026-08", dt="in August"),
        ],
        "people": ["Prabowo Subianto", "Xanana Gusmao", "Jose Ramos-Horta"],
        "places": ["Dili", "Timor-Leste", "Timor Sea", "Indonesia", "Jakarta"],
        "organizations": ["AFP"],
    },
    {
        "id": "hnn20", "published": "2026-04-15",
        "paragraphs": [
            ["Britain sanctions Georgian police chiefs over crackdown on protesters"],
            ["TBILISI (Reuters) - Britain on Tuesday froze the assets of four senior Georgian police officials and "
             "barred them from travelling to the country, accusing them of ordering the violent dispersal of "
             "anti-government rallies in Tbilisi, the Foreign Office said."],
            ["The move came after police detained at least 40 people on Saturday, when thousands gathered outside "
             "parliament for another night of demonstrations against the ruling Georgian Dream party.",
             "The interior ministry said 11 officers were injured when protesters threw fireworks at them."],
            ["Prime Minister Irakli Kobakhidze called the sanctions \"blackmail\" and said Georgia would not change "
             "course.",
             "He accused Western embassies of funding the opposition, a claim London rejected.",
             "Kobakhidze added that he saw no reason to call British Prime Minister Keir Starmer."],
            ["Opposition leader Nika Melia, who was released from jail last month, urged the European Union to "
             "follow Britain's lead.",
             "Melia said he would lead a march to the EU delegation's office on Friday.",
             "EU foreign ministers failed to agree on similar measures at a meeting in Brussels in March because "
             "Hungary and Slovakia objected, diplomats said.",
             "The ministers will try again on Monday."],
        ],
        "events": [
            ev("sanction", "sanctions", at="Britain sanctions Georgian police chiefs", p=["United Kingdom", "Georgia"],
               agent="United Kingdom", target="Georgia", date="2026-04-14", dt="on Tuesday"),
            ev("statement", "accusing", at="accusing them of ordering", p=["United Kingdom"], agent="United Kingdom"),
            ev("protest", "rallies", at="anti-government rallies in Tbilisi", p=["Georgian Dream"],
               loc="Tbilisi, Georgia"),
            ev("statement", "said", at="the Foreign Office said", p=["United Kingdom"], agent="United Kingdom"),
            ev("arrest", "detained", at="police detained at least 40", p=["Georgian police"], agent="Georgian police",
               loc="Tbilisi, Georgia", date="2026-04-11", dt="on Saturday"),
            ev("statement", "said", at="The interior ministry said", p=["Georgia"], agent="Georgia"),
            ev("attack", "threw fireworks", p=["Georgian police"], target="Georgian police", loc="Tbilisi, Georgia",
               injured=11),
            ev("injury", "injured", at="11 officers were injured", injured=11),
            ev("statement", "called", at="called the sanctions", p=["Irakli Kobakhidze"], agent="Irakli Kobakhidze"),
            ev("statement", "said", at="and said Georgia would not", p=["Irakli Kobakhidze"],
               agent="Irakli Kobakhidze"),
            ev("statement", "accused", at="He accused Western embassies", p=["Irakli Kobakhidze"],
               agent="Irakli Kobakhidze"),
            ev("statement", "added", at="Kobakhidze added", p=["Irakli Kobakhidze"], agent="Irakli Kobakhidze"),
            ev("statement", "rejected", at="a claim London rejected", p=["United Kingdom"], agent="United Kingdom"),
            ev("release", "released", at="was released from jail", p=["Nika Melia"], target="Nika Melia",
               date="2026-03", dt="last month"),
            ev("statement", "urged", at="urged the European Union", p=["Nika Melia", "European Union"],
               agent="Nika Melia", target="European Union"),
            ev("statement", "said", at="Melia said he would lead", p=["Nika Melia"], agent="Nika Melia"),
            ev("meeting", "meeting", at="at a meeting in Brussels", p=["European Union"], loc="Brussels, Belgium",
               date="2026-03", dt="in March"),
            ev("statement", "objected", p=["Hungary", "Slovakia"], agent="Hungary"),
            ev("statement", "said", at="objected, diplomats said"),
        ],
        "irrealis": [
            irr("negated", "change", "change", at="would not change course", p=["Georgia"], agent="Georgia"),
            irr("negated", "call", "call", at="no reason to call", p=["Irakli Kobakhidze", "Keir Starmer"],
                agent="Irakli Kobakhidze", target="Keir Starmer"),
            irr("planned", "sanction", "follow", at="follow Britain's lead", p=["European Union", "Georgia"],
                agent="European Union", target="Georgia"),
            irr("planned", "protest", "march", at="lead a march", p=["Nika Melia"], agent="Nika Melia",
                loc="Tbilisi, Georgia", date="2026-04-17", dt="on Friday"),
            irr("negated", "agreement", "agree", at="failed to agree on similar measures", p=["European Union"]),
            irr("planned", "agreement", "try", at="will try again on Monday", p=["European Union"], date="2026-04-20",
                dt="on Monday"),
        ],
        "people": ["Irakli Kobakhidze", "Nika Melia", "Keir Starmer"],
        "places": ["Tbilisi", "Georgia", "Brussels", "Hungary", "Slovakia", "United Kingdom"],
        "organizations": ["Georgian Dream", "European Union"],
    },
]
