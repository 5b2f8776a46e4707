"""The fourteenth held-out news set, the test set of round n (the source of heldout-news-n.{in,gold}.jsonl).

DOCSTRING
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
        "organizations": ["Reuters"],
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
        "organizations": ["AFP"],
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
             "The Washington-based Organization of American States said the tribunal should decide on the matter and urged all sides "
             "to keep the peace.",
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
            ev("statement", "said", at="the presidency said", p=["Martin Vizcarra"], agent="Martin Vizcarra"),
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
        "organizations": ["Reuters", "Congress of Peru", "Constitutional Tribunal of Peru",
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
        "organizations": ["AFP", "European Commission"],
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
        "organizations": ["Reuters", "Constitutional Court of Indonesia", "Alliance of Independent Journalists"],
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
             "and Lindqvist said on Wednesday that Norrvik would not lift its offer for Kaarna if a counter-offer emerged."],
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
        "organizations": ["Reuters", "Norrvik Industrier", "Kaarna Oy", "European Commission", "Kone"],
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
            ev("statement", "congratulate", p=["Abiy Ahmed", "Ismail Omar Guelleh"], agent="Abiy Ahmed",
               target="Ismail Omar Guelleh"),
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
        "organizations": ["AFP", "African Union"],
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
        "organizations": ["Reuters", "1MDB", "Court of Appeal of Malaysia", "Federal Court of Malaysia", "Facebook"],
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
        "organizations": ["Reuters", "Kremlin"],
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
]
