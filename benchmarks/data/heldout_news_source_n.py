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
]
