"""The fourth held-out news set, a second test set (the source of heldout-news-d.{in,gold}.jsonl).

Nobody develops a rule on this set, before or after it is merged: with the third set it measures whether work
done on news-dev and the first two sets carries to news kg has never seen. Every lead was written for it
(never copied or paraphrased from ../shared/data, the seed, examples/ or the first three sets); real public
figures appear in events that are partly or wholly invented, and the tolls, quotes and other people are
invented. Annotated before kg was run on it. The format and the conventions are those of the first three sets
(`heldout_news_source.py`, `heldout_news_source_b.py`, `heldout_news_source_c.py`, whose docstrings say them):
an article is its paragraphs, each a list of sentences; an event names its sentence by `at` (by default its
trigger); one event per real-world event at its first mention (a headline included), later mentions ("the
strike", "the talks") no new event; every reporting verb its own statement, participial ones included;
participants as full canonical names (an unnamed official's organisation); `date` only where a date
expression attaches to the event; casualties on attacks, with the deaths and injuries of their tolls; a vague
count is no number; negated, planned, hypothetical and requested (labelled planned, as news-dev does) events
in `irrealis`; generic, habitual and aggregate mentions and named documents are no events; disaster tolls carry
no death events. Irrealis events are weighed more than in any earlier set, on every kind, nouns and verbs.
"""

from heldout_news_source import ev, irr

ARTICLES = [
    {
        "id": "hd01", "published": "2018-08-10",
        "paragraphs": [
            ["Coalition air strike kills 21 at Yemen fish market, rebels say"],
            ["HODEIDAH, Yemen (Reuters) - An air strike by the Saudi-led coalition hit a fish market in the Red "
             "Sea port of Hodeidah on Thursday, killing 21 people and wounding 46, the Houthi-run Health Ministry "
             "said."],
            ["Coalition spokesman Colonel Turki al-Maliki told reporters in Riyadh that the alliance would "
             "investigate the reports, but he accused the Houthis of storing weapons near civilian sites."],
            ["U.N. envoy Martin Griffiths urged both sides to stop the fighting around the port and said he hoped "
             "to convene peace talks in Geneva next month."],
            ["No date has been set for the talks.",
             "A previous round of negotiations collapsed in Kuwait in 2016 after the Houthi delegation walked "
             "out."],
            ["The Houthis have threatened to fire missiles at Saudi oil facilities if the offensive on Hodeidah "
             "continues, and their leader Abdul-Malik al-Houthi said on Friday that the group would not hand over "
             "the port."],
            ["Aid groups warned that a prolonged battle could cut off food supplies to millions of people."],
        ],
        "events": [
            ev("attack", "air strike", at="Coalition air strike kills 21", p=["Saudi-led coalition", "Hodeidah"],
               agent="Saudi-led coalition", target="fish market", loc="Hodeidah, Yemen", date="2018-08-09",
               dt="on Thursday", killed=21, injured=46),
            ev("statement", "say", at="rebels say", p=["Houthis"], agent="Houthis"),
            ev("death", "killing", at="killing 21 people", date="2018-08-09", dt="on Thursday", killed=21),
            ev("injury", "wounding", at="wounding 46", date="2018-08-09", dt="on Thursday", injured=46),
            ev("statement", "said", at="Health Ministry said", p=["Houthi Health Ministry"],
               agent="Houthi Health Ministry"),
            ev("statement", "told", at="told reporters in Riyadh", p=["Turki al-Maliki"], agent="Turki al-Maliki",
               loc="Riyadh, Saudi Arabia"),
            ev("statement", "accused", p=["Turki al-Maliki", "Houthis"], agent="Turki al-Maliki", target="Houthis"),
            ev("statement", "urged", at="Griffiths urged", p=["Martin Griffiths"], agent="Martin Griffiths"),
            ev("statement", "said", at="said he hoped", p=["Martin Griffiths"], agent="Martin Griffiths"),
            ev("meeting", "negotiations", at="previous round of negotiations", p=["Houthis"],
               loc="Kuwait", date="2016", dt="in 2016"),
            ev("statement", "threatened", p=["Houthis"], agent="Houthis"),
            ev("attack", "offensive", at="offensive on Hodeidah", p=["Saudi-led coalition", "Hodeidah"],
               agent="Saudi-led coalition", target="Hodeidah", loc="Hodeidah, Yemen"),
            ev("statement", "said", at="al-Houthi said on Friday", p=["Abdul-Malik al-Houthi"],
               agent="Abdul-Malik al-Houthi", date="2018-08-10", dt="on Friday"),
            ev("statement", "warned", at="Aid groups warned"),
        ],
        "irrealis": [
            irr("planned", "meeting", "peace talks", at="convene peace talks in Geneva", p=["Martin Griffiths"],
                loc="Geneva, Switzerland", date="2018-09", dt="next month"),
            irr("hypothetical", "attack", "fire", at="threatened to fire missiles", p=["Houthis", "Saudi Arabia"],
                agent="Houthis", target="Saudi oil facilities"),
            irr("hypothetical", "attack", "battle", at="prolonged battle"),
            irr("planned", "investigation", "investigate", at="would investigate the reports",
                p=["Saudi-led coalition"], agent="Saudi-led coalition"),
        ],
        "people": ["Turki al-Maliki", "Martin Griffiths", "Abdul-Malik al-Houthi"],
        "places": ["Yemen", "Hodeidah", "Riyadh", "Geneva", "Kuwait"],
        "organizations": ["Saudi-led coalition", "Houthis", "Houthi Health Ministry", "United Nations"],
    },
    {
        "id": "hd02", "published": "2019-02-26",
        "paragraphs": [
            ["India says jets hit militant camp in Pakistan; Islamabad vows response"],
            ["NEW DELHI (Reuters) - Indian warplanes struck a training camp of the Jaish-e-Mohammed militant group "
             "near the Pakistani town of Balakot before dawn on Tuesday, Foreign Secretary Vijay Gokhale told a "
             "news conference, 12 days after a suicide bombing claimed by the group killed 40 Indian police in "
             "Kashmir."],
            ["Gokhale said the strike was a \"non-military, pre-emptive action\" and that India did not want "
             "the situation to escalate."],
            ["Pakistan's army spokesman, Major General Asif Ghafoor, said the Indian jets had dropped their bombs "
             "on an empty hillside and that no one had been killed."],
            ["Prime Minister Imran Khan chaired an emergency meeting of the National Security Committee in "
             "Islamabad, which said Pakistan would respond \"at the time and place of its choosing.\""],
            ["U.S. Secretary of State Mike Pompeo spoke by phone with the foreign ministers of both countries and "
             "urged them to show restraint.",
             "China called on the two nuclear-armed neighbours to exercise restraint."],
            ["Khan has offered to share intelligence with India, but New Delhi has refused to hold any talks "
             "until Pakistan acts against the militants."],
        ],
        "events": [
            ev("attack", "hit", at="jets hit militant camp", p=["India", "Jaish-e-Mohammed", "Balakot"],
               agent="India", target="Jaish-e-Mohammed", loc="Balakot, Pakistan", date="2019-02-26",
               dt="before dawn on Tuesday"),
            ev("statement", "says", at="India says", p=["India"], agent="India"),
            ev("statement", "vows", at="Islamabad vows", p=["Pakistan"], agent="Pakistan"),
            ev("statement", "told", at="told a news conference", p=["Vijay Gokhale"], agent="Vijay Gokhale"),
            ev("attack", "suicide bombing", at="suicide bombing claimed", p=["Jaish-e-Mohammed", "Kashmir"],
               agent="Jaish-e-Mohammed", target="Indian police", loc="Kashmir", killed=40),
            ev("death", "killed", at="killed 40 Indian police", killed=40),
            ev("statement", "said", at="Gokhale said the strike", p=["Vijay Gokhale"], agent="Vijay Gokhale"),
            ev("statement", "said", at="Asif Ghafoor, said", p=["Asif Ghafoor"], agent="Asif Ghafoor"),
            ev("meeting", "meeting", at="emergency meeting of the National Security Committee",
               p=["Imran Khan", "National Security Committee"], agent="Imran Khan", loc="Islamabad, Pakistan"),
            ev("statement", "said", at="which said Pakistan would respond", p=["National Security Committee"],
               agent="National Security Committee"),
            ev("call", "spoke by phone", p=["Mike Pompeo", "India", "Pakistan"], agent="Mike Pompeo"),
            ev("statement", "urged", at="urged them to show restraint", p=["Mike Pompeo"], agent="Mike Pompeo"),
            ev("statement", "offered", at="Khan has offered", p=["Imran Khan", "India"], agent="Imran Khan",
               target="India"),
            ev("statement", "called on", p=["China"], agent="China"),
        ],
        "irrealis": [
            irr("planned", "attack", "response", at="Islamabad vows response", p=["Pakistan", "India"],
                agent="Pakistan", target="India"),
            irr("negated", "meeting", "talks", at="refused to hold any talks", p=["India", "Pakistan"],
                agent="India"),
            irr("negated", "death", "killed", at="no one had been killed"),
        ],
        "people": ["Vijay Gokhale", "Asif Ghafoor", "Imran Khan", "Mike Pompeo"],
        "places": ["India", "Pakistan", "Balakot", "Kashmir", "Islamabad", "New Delhi", "China"],
        "organizations": ["Jaish-e-Mohammed", "Pakistani army", "National Security Committee"],
    },
    {
        "id": "hd03", "published": "2020-01-08",
        "paragraphs": [
            ["BAGHDAD (AP) — Iran fired more than a dozen ballistic missiles at two Iraqi bases housing U.S. "
             "troops early on Wednesday, in retaliation for the American drone strike that killed General Qassem "
             "Soleimani in Baghdad last week, the Pentagon said."],
            ["There were no immediate reports of casualties, and Iraq's military said none of its soldiers had "
             "been hurt at the Ain al-Asad air base or in Irbil."],
            ["Iranian Foreign Minister Mohammad Javad Zarif wrote on Twitter that Tehran had \"concluded "
             "proportionate measures\" and did not seek a war, but would defend itself against any further "
             "aggression."],
            ["President Donald Trump tweeted that \"all is well\" and was expected to address the nation on "
             "Wednesday morning."],
            ["Iraqi Prime Minister Adel Abdul Mahdi said Tehran had informed him of the strikes shortly before "
             "they began.",
             "His office said he had received no warning from Washington about the drone strike."],
            ["The Iraqi parliament voted on Sunday to expel foreign troops from the country, but U.S. officials "
             "said there were no plans to withdraw."],
        ],
        "events": [
            ev("attack", "fired", at="Iran fired more than a dozen", p=["Iran", "Iraq", "United States"],
               agent="Iran", target="Iraqi bases housing U.S. troops", loc="Iraq", date="2020-01-08",
               dt="early on Wednesday"),
            ev("attack", "drone strike", at="American drone strike that killed", p=["United States",
               "Qassem Soleimani", "Baghdad"], agent="United States", target="Qassem Soleimani",
               loc="Baghdad, Iraq", date="2020-W01", dt="last week", killed=1),
            ev("death", "killed", at="drone strike that killed", date="2020-W01", dt="last week", killed=1),
            ev("statement", "said", at="the Pentagon said", p=["Pentagon"], agent="Pentagon"),
            ev("statement", "said", at="Iraq's military said", p=["Iraqi military"], agent="Iraqi military"),
            ev("statement", "wrote", at="wrote on Twitter", p=["Mohammad Javad Zarif"], agent="Mohammad Javad Zarif"),
            ev("statement", "tweeted", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "said", at="Abdul Mahdi said", p=["Adel Abdul Mahdi"], agent="Adel Abdul Mahdi"),
            ev("statement", "informed", p=["Iran", "Adel Abdul Mahdi"], agent="Iran", target="Adel Abdul Mahdi"),
            ev("statement", "said", at="His office said", p=["Adel Abdul Mahdi"], agent="Adel Abdul Mahdi"),
            ev("vote", "voted", p=["Iraqi parliament"], agent="Iraqi parliament", date="2020-01-05",
               dt="on Sunday"),
            ev("statement", "said", at="U.S. officials said", p=["United States"], agent="United States"),
        ],
        "irrealis": [
            irr("negated", "attack", "war", at="did not seek a war", p=["Iran"]),
            irr("hypothetical", "attack", "aggression", at="any further aggression"),
            irr("planned", "statement", "address", at="expected to address the nation", p=["Donald Trump"],
                agent="Donald Trump", date="2020-01-08", dt="on Wednesday morning"),
            irr("negated", "statement", "warning", at="received no warning", p=["United States", "Adel Abdul Mahdi"],
                agent="United States", target="Adel Abdul Mahdi"),
            irr("negated", "injury", "hurt", at="none of its soldiers had been hurt"),
            irr("negated", "withdrawal", "withdraw", at="no plans to withdraw", p=["United States"]),
        ],
        "people": ["Qassem Soleimani", "Mohammad Javad Zarif", "Donald Trump", "Adel Abdul Mahdi"],
        "places": ["Iran", "Iraq", "Baghdad", "Ain al-Asad", "Irbil", "Washington", "Tehran"],
        "organizations": ["Pentagon", "Iraqi military", "Twitter", "Iraqi parliament"],
    },
    {
        "id": "hd04", "published": "2021-05-21",
        "paragraphs": [
            ["Israel and Hamas agree to Egyptian-brokered ceasefire"],
            ["GAZA CITY (AFP) - A ceasefire between Israel and Hamas took hold in the Gaza Strip early on Friday, "
             "hours after an Israeli air strike on a house in Khan Younis killed six members of one family, "
             "health officials said."],
            ["The 11-day conflict killed at least 243 people in Gaza and 12 in Israel, according to officials on "
             "both sides."],
            ["Israel's security cabinet approved the truce late on Thursday, and Hamas official Taher al-Nunu "
             "said the group would respect it as long as Israel did the same."],
            ["U.S. President Joe Biden spoke with Egyptian President Abdel Fattah al-Sisi on Thursday to thank "
             "him for mediating, the White House said, and pledged to help rebuild Gaza."],
            ["An Egyptian security delegation will travel to Tel Aviv and Gaza to monitor the truce, a diplomat "
             "in Cairo told AFP."],
            ["Israeli Prime Minister Benjamin Netanyahu warned that any new rocket attack would be met with "
             "force.",
             "Neither side has said when talks on a longer-term arrangement might begin."],
        ],
        "events": [
            ev("agreement", "agree", at="Israel and Hamas agree to", p=["Israel", "Hamas"], date="2021-05-21",
               dt="early on Friday"),
            ev("attack", "air strike", at="Israeli air strike on a house", p=["Israel", "Khan Younis"],
               agent="Israel", target="house", loc="Khan Younis, Gaza Strip", killed=6),
            ev("death", "killed", at="Khan Younis killed six", killed=6),
            ev("statement", "said", at="health officials said"),
            ev("statement", "according to", at="according to officials on both sides"),
            ev("approval", "approved", at="approved the truce", p=["Israeli security cabinet"],
               agent="Israeli security cabinet", date="2021-05-20", dt="late on Thursday"),
            ev("statement", "said", at="Taher al-Nunu said", p=["Taher al-Nunu"], agent="Taher al-Nunu"),
            ev("call", "spoke", at="Biden spoke with", p=["Joe Biden", "Abdel Fattah al-Sisi"], agent="Joe Biden",
               target="Abdel Fattah al-Sisi", date="2021-05-20", dt="on Thursday"),
            ev("statement", "thank", at="to thank him", p=["Joe Biden", "Abdel Fattah al-Sisi"], agent="Joe Biden",
               target="Abdel Fattah al-Sisi"),
            ev("statement", "said", at="the White House said", p=["White House"], agent="White House"),
            ev("statement", "pledged", p=["Joe Biden"], agent="Joe Biden"),
            ev("statement", "told", at="told AFP", p=["Agence France-Presse"], target="Agence France-Presse"),
            ev("statement", "warned", p=["Benjamin Netanyahu"], agent="Benjamin Netanyahu"),
        ],
        "irrealis": [
            irr("planned", "visit", "travel", at="will travel to Tel Aviv", p=["Egypt", "Tel Aviv", "Gaza"],
                agent="Egypt", loc="Tel Aviv, Israel"),
            irr("hypothetical", "attack", "rocket attack", at="any new rocket attack", p=["Hamas", "Israel"]),
            irr("negated", "statement", "said", at="Neither side has said", p=["Israel", "Hamas"]),
            irr("hypothetical", "meeting", "talks", at="talks on a longer-term arrangement", p=["Israel", "Hamas"]),
        ],
        "people": ["Taher al-Nunu", "Joe Biden", "Abdel Fattah al-Sisi", "Benjamin Netanyahu"],
        "places": ["Israel", "Gaza Strip", "Gaza", "Gaza City", "Khan Younis", "Tel Aviv", "Cairo"],
        "organizations": ["Hamas", "Israeli security cabinet", "White House", "Agence France-Presse"],
    },
    {
        "id": "hd05", "published": "2022-03-10",
        "paragraphs": [
            ["Lavrov and Kuleba make no progress on ceasefire in first talks since invasion"],
            ["ANTALYA, Turkey (Reuters) - The foreign ministers of Russia and Ukraine failed to agree on even a "
             "24-hour ceasefire at talks in the Turkish resort of Antalya on Thursday, the highest-level contact "
             "between the two sides since Russian troops invaded on Feb. 24."],
            ["Ukraine's Dmytro Kuleba told reporters after the meeting with Sergei Lavrov that Russia wanted "
             "Ukraine to surrender, \"and that is not going to happen.\""],
            ["Lavrov said Moscow was not opposed to a meeting between Putin and Ukrainian President Volodymyr "
             "Zelenskiy, but that it would have to be carefully prepared."],
            ["Turkish Foreign Minister Mevlut Cavusoglu, who hosted the talks, said both ministers had agreed to "
             "keep talking in the same format."],
            ["The meeting came a day after a Russian air strike destroyed a maternity hospital in the besieged "
             "port of Mariupol, killing three people, including a child, and injuring 17, local officials said."],
            ["Lavrov denied that Russia had attacked the hospital and said the building had been used by "
             "Ukrainian fighters."],
        ],
        "events": [
            ev("meeting", "talks", at="first talks since invasion", p=["Sergei Lavrov", "Dmytro Kuleba"],
               agent="Sergei Lavrov", target="Dmytro Kuleba", loc="Antalya, Turkey", date="2022-03-10",
               dt="on Thursday"),
            ev("attack", "invaded", p=["Russia", "Ukraine"], agent="Russia", target="Ukraine", loc="Ukraine",
               date="2022-02-24", dt="on Feb. 24"),
            ev("statement", "told", at="Kuleba told reporters", p=["Dmytro Kuleba"], agent="Dmytro Kuleba"),
            ev("statement", "said", at="Lavrov said Moscow", p=["Sergei Lavrov"], agent="Sergei Lavrov"),
            ev("statement", "said", at="said both ministers", p=["Mevlut Cavusoglu"], agent="Mevlut Cavusoglu"),
            ev("agreement", "agreed", at="had agreed to keep talking", p=["Sergei Lavrov", "Dmytro Kuleba"]),
            ev("attack", "air strike", at="Russian air strike destroyed", p=["Russia", "Mariupol"], agent="Russia",
               target="maternity hospital", loc="Mariupol, Ukraine", killed=3, injured=17),
            ev("death", "killing", at="killing three people", killed=3),
            ev("injury", "injuring", at="injuring 17", injured=17),
            ev("statement", "said", at="local officials said"),
            ev("statement", "denied", at="Lavrov denied", p=["Sergei Lavrov"], agent="Sergei Lavrov"),
            ev("statement", "said", at="said the building", p=["Sergei Lavrov"], agent="Sergei Lavrov"),
        ],
        "irrealis": [
            irr("negated", "agreement", "ceasefire", at="no progress on ceasefire", p=["Russia", "Ukraine"]),
            irr("hypothetical", "meeting", "meeting", at="not opposed to a meeting between Putin",
                p=["Vladimir Putin", "Volodymyr Zelenskiy"]),
            irr("planned", "meeting", "talking", at="keep talking in the same format",
                p=["Sergei Lavrov", "Dmytro Kuleba"]),
        ],
        "people": ["Dmytro Kuleba", "Sergei Lavrov", "Vladimir Putin", "Volodymyr Zelenskiy", "Mevlut Cavusoglu"],
        "places": ["Russia", "Ukraine", "Turkey", "Antalya", "Mariupol", "Moscow"],
        "organizations": [],
    },
    {
        "id": "hd06", "published": "2022-11-14",
        "paragraphs": [
            ["NUSA DUA, Indonesia (AP) — U.S. President Joe Biden and Chinese President Xi Jinping met for three "
             "hours on the Indonesian island of Bali on Monday, their first face-to-face talks since Biden took "
             "office, and agreed to resume cooperation on climate change."],
            ["Biden told reporters afterwards that he did not believe a new Cold War was coming and that he saw "
             "no imminent attempt by China to invade Taiwan."],
            ["Xi warned that Taiwan was \"the first red line that must not be crossed,\" according to a Chinese "
             "Foreign Ministry readout."],
            ["The two leaders agreed that Secretary of State Antony Blinken would visit Beijing early next year "
             "to follow up on the talks, the White House said."],
            ["They did not issue a joint statement, and a senior U.S. official said no agreement had been "
             "reached on restoring military hotlines that China cut in August."],
            ["Both leaders will attend the Group of 20 summit, which opens on Tuesday.",
             "Russian President Vladimir Putin is not expected to attend."],
        ],
        "events": [
            ev("meeting", "met", p=["Joe Biden", "Xi Jinping"], agent="Joe Biden", target="Xi Jinping",
               loc="Bali, Indonesia", date="2022-11-14", dt="on Monday"),
            ev("agreement", "agreed", at="and agreed to resume cooperation", p=["Joe Biden", "Xi Jinping"],
               date="2022-11-14", dt="on Monday"),
            ev("statement", "told", at="Biden told reporters", p=["Joe Biden"], agent="Joe Biden"),
            ev("statement", "warned", at="Xi warned", p=["Xi Jinping"], agent="Xi Jinping"),
            ev("statement", "according to", p=["Chinese Foreign Ministry"], agent="Chinese Foreign Ministry"),
            ev("agreement", "agreed", at="The two leaders agreed", p=["Joe Biden", "Xi Jinping"]),
            ev("statement", "said", at="the White House said", p=["White House"], agent="White House"),
            ev("statement", "said", at="a senior U.S. official said", p=["United States"], agent="United States"),
        ],
        "irrealis": [
            irr("negated", "attack", "invade", at="attempt by China to invade Taiwan", p=["China", "Taiwan"],
                agent="China", target="Taiwan"),
            irr("planned", "visit", "visit", at="would visit Beijing", p=["Antony Blinken", "Beijing"],
                agent="Antony Blinken", loc="Beijing, China", date="2023", dt="early next year"),
            irr("negated", "statement", "joint statement", at="did not issue a joint statement",
                p=["Joe Biden", "Xi Jinping"]),
            irr("negated", "agreement", "agreement", at="no agreement had been reached", p=["United States", "China"]),
            irr("planned", "meeting", "summit", at="Group of 20 summit", p=["Joe Biden", "Xi Jinping", "Group of 20"],
                loc="Bali, Indonesia", date="2022-11-15", dt="on Tuesday"),
        ],
        "people": ["Joe Biden", "Xi Jinping", "Antony Blinken", "Vladimir Putin"],
        "places": ["Indonesia", "Bali", "Nusa Dua", "China", "Taiwan", "Beijing"],
        "organizations": ["Chinese Foreign Ministry", "White House", "Group of 20"],
    },
    {
        "id": "hd07", "published": "2023-08-09",
        "paragraphs": [
            ["Niger junta rebuffs West African mediators as bloc prepares summit"],
            ["NIAMEY (Reuters) - Niger's military rulers refused on Tuesday to receive a joint delegation of the "
             "West African bloc ECOWAS, the African Union and the United Nations, saying the visit could not go "
             "ahead \"for obvious reasons of security.\""],
            ["ECOWAS leaders will meet in the Nigerian capital Abuja on Thursday to discuss the crisis, and they "
             "have not ruled out a military intervention to restore President Mohamed Bazoum, who was ousted on "
             "July 26."],
            ["The bloc imposed financial sanctions on Niger last week and Nigeria cut electricity supplies to "
             "its neighbour."],
            ["Acting U.S. Deputy Secretary of State Victoria Nuland met the coup leaders in Niamey on Monday but "
             "was not allowed to see Bazoum or the junta's leader, General Abdourahamane Tiani."],
            ["\"These conversations were extremely frank and at times quite difficult,\" Nuland told reporters "
             "by phone."],
            ["Nigerian President Bola Tinubu, the bloc's chairman, said diplomacy remained the best way forward."],
        ],
        "events": [
            ev("statement", "saying", at="saying the visit could not go ahead", p=["Niger"], agent="Niger"),
            ev("coup", "ousted", p=["Mohamed Bazoum", "Niger"], target="Mohamed Bazoum", loc="Niger",
               date="2023-07-26", dt="on July 26"),
            ev("sanction", "sanctions", at="imposed financial sanctions", p=["ECOWAS", "Niger"], agent="ECOWAS",
               target="Niger", date="2023-W31", dt="last week"),
            ev("sanction", "cut electricity supplies", p=["Nigeria", "Niger"], agent="Nigeria", target="Niger"),
            ev("meeting", "met", at="Nuland met the coup leaders", p=["Victoria Nuland", "Niger"],
               agent="Victoria Nuland", target="Niger", loc="Niamey, Niger", date="2023-08-07", dt="on Monday"),
            ev("statement", "told", at="Nuland told reporters", p=["Victoria Nuland"], agent="Victoria Nuland"),
            ev("call", "by phone", at="Nuland told reporters", p=["Victoria Nuland"], agent="Victoria Nuland"),
            ev("statement", "said", at="said diplomacy remained", p=["Bola Tinubu"], agent="Bola Tinubu"),
        ],
        "irrealis": [
            irr("planned", "meeting", "summit", at="as bloc prepares summit", p=["ECOWAS"], loc="Abuja, Nigeria",
                date="2023-08-10", dt="on Thursday"),
            irr("negated", "visit", "receive", at="refused on Tuesday to receive", p=["ECOWAS", "African Union",
                "United Nations", "Niger"], agent="ECOWAS", loc="Niger"),
            irr("hypothetical", "attack", "military intervention", p=["ECOWAS", "Niger"], agent="ECOWAS",
                target="Niger", loc="Niger"),
            irr("negated", "meeting", "see", at="not allowed to see Bazoum", p=["Victoria Nuland", "Mohamed Bazoum",
                "Abdourahamane Tiani"], agent="Victoria Nuland"),
        ],
        "people": ["Mohamed Bazoum", "Victoria Nuland", "Abdourahamane Tiani", "Bola Tinubu"],
        "places": ["Niger", "Niamey", "Abuja", "Nigeria"],
        "organizations": ["ECOWAS", "African Union", "United Nations"],
    },
    {
        "id": "hd08", "published": "2024-05-21",
        "paragraphs": [
            ["South Africa's top court bars Zuma from next week's election"],
            ["JOHANNESBURG (AP) — South Africa's Constitutional Court ruled on Monday that former President Jacob "
             "Zuma cannot stand for parliament in the May 29 election because of his 2021 conviction for contempt "
             "of court."],
            ["The unanimous judgment overturned a decision by the Electoral Court, which had cleared Zuma to run "
             "last month."],
            ["Zuma's new uMkhonto weSizwe party said it would respect the ruling but called for a meeting with "
             "the electoral commission, because ballot papers showing his face have already been printed."],
            ["\"We will not be intimidated,\" party spokesman Nhlamulo Ndhlela told supporters in Durban, adding "
             "that the party would not take to the streets."],
            ["Police said they had deployed extra officers in KwaZulu-Natal province, where riots after Zuma was "
             "jailed in July 2021 killed more than 350 people."],
            ["President Cyril Ramaphosa's African National Congress could lose its parliamentary majority for the "
             "first time since 1994, opinion polls suggest."],
        ],
        "events": [
            ev("ruling", "bars", at="top court bars Zuma", p=["Constitutional Court of South Africa", "Jacob Zuma"],
               agent="Constitutional Court of South Africa", target="Jacob Zuma", loc="South Africa",
               date="2024-05-20", dt="on Monday"),
            ev("conviction", "conviction", at="2021 conviction for contempt", p=["Jacob Zuma"], target="Jacob Zuma",
               date="2021", dt="2021"),
            ev("ruling", "cleared", at="had cleared Zuma", p=["Electoral Court", "Jacob Zuma"],
               agent="Electoral Court", target="Jacob Zuma", date="2024-04", dt="last month"),
            ev("statement", "said", at="party said it would respect", p=["uMkhonto weSizwe"],
               agent="uMkhonto weSizwe"),
            ev("statement", "called for", p=["uMkhonto weSizwe"], agent="uMkhonto weSizwe"),
            ev("statement", "told", at="told supporters in Durban", p=["Nhlamulo Ndhlela"], agent="Nhlamulo Ndhlela",
               loc="Durban, South Africa"),
            ev("statement", "adding", p=["Nhlamulo Ndhlela"], agent="Nhlamulo Ndhlela"),
            ev("statement", "said", at="Police said", p=["South African Police Service"],
               agent="South African Police Service"),
            ev("riot", "riots", at="where riots after Zuma", p=["KwaZulu-Natal"], loc="KwaZulu-Natal, South Africa",
               date="2021-07", dt="in July 2021"),
            ev("imprisonment", "jailed", p=["Jacob Zuma"], target="Jacob Zuma", date="2021-07", dt="in July 2021"),
            ev("statement", "suggest", at="opinion polls suggest"),
        ],
        "irrealis": [
            irr("planned", "election", "election", at="bars Zuma from next week's election", p=["South Africa"],
                loc="South Africa", date="2024-05-29", dt="May 29"),
            irr("planned", "meeting", "meeting", at="called for a meeting", p=["uMkhonto weSizwe",
                "Electoral Commission of South Africa"], agent="uMkhonto weSizwe",
                target="Electoral Commission of South Africa"),
            irr("negated", "protest", "take to the streets", at="would not take to the streets",
                p=["uMkhonto weSizwe"], agent="uMkhonto weSizwe"),
        ],
        "people": ["Jacob Zuma", "Nhlamulo Ndhlela", "Cyril Ramaphosa"],
        "places": ["South Africa", "Johannesburg", "Durban", "KwaZulu-Natal"],
        "organizations": ["Constitutional Court of South Africa", "Electoral Court", "uMkhonto weSizwe",
                          "Electoral Commission of South Africa", "South African Police Service",
                          "African National Congress"],
    },
    {
        "id": "hd09", "published": "2025-06-17",
        "paragraphs": [
            ["Swiss drugmaker Helvion to buy Norway's Fjordgen for $3.1 billion"],
            ["ZURICH (Reuters) - Swiss drugmaker Helvion AG said on Monday it had agreed to acquire Norwegian "
             "biotech company Fjordgen ASA for $3.1 billion in cash, betting on the smaller firm's experimental "
             "treatments for rare blood disorders."],
            ["The offer of 412 crowns a share is 38% above Fjordgen's closing price on Friday, and Fjordgen's "
             "board has recommended that shareholders accept it, the companies said in a joint statement."],
            ["The deal still needs the approval of European competition regulators and is expected to close in "
             "the fourth quarter."],
            ["Helvion chief executive Katrin Amsler told analysts on Monday that the company had no plans to cut "
             "jobs in Oslo."],
            ["Fjordgen rejected a $2.4 billion approach from U.S. rival Corvant Therapeutics in March, saying it "
             "undervalued the company.",
             "Corvant declined to comment on whether it would make a higher bid."],
            ["Helvion bought Danish eye-care firm Lyngby Optics for $900 million in 2022."],
        ],
        "events": [
            ev("statement", "said", at="Helvion AG said on Monday", p=["Helvion"], agent="Helvion",
               date="2025-06-16", dt="on Monday"),
            ev("statement", "recommended", p=["Fjordgen"], agent="Fjordgen"),
            ev("statement", "said", at="said in a joint statement", p=["Helvion", "Fjordgen"]),
            ev("statement", "told", at="Amsler told analysts", p=["Katrin Amsler"], agent="Katrin Amsler",
               date="2025-06-16", dt="on Monday"),
            ev("statement", "saying", at="saying it undervalued", p=["Fjordgen"], agent="Fjordgen"),
            ev("acquisition", "bought", at="Helvion bought Danish", p=["Helvion", "Lyngby Optics"], agent="Helvion",
               target="Lyngby Optics", date="2022", dt="in 2022", amount=[900000000.0, "USD"]),
        ],
        "irrealis": [
            irr("planned", "acquisition", "buy", at="Helvion to buy Norway's Fjordgen", p=["Helvion", "Fjordgen"],
                agent="Helvion", target="Fjordgen", amount=[3100000000.0, "USD"]),
            irr("negated", "acquisition", "approach", at="rejected a $2.4 billion approach",
                p=["Corvant Therapeutics", "Fjordgen"], agent="Corvant Therapeutics", target="Fjordgen",
                date="2025-03", dt="in March", amount=[2400000000.0, "USD"]),
            irr("negated", "statement", "declined to comment", p=["Corvant Therapeutics"],
                agent="Corvant Therapeutics"),
            irr("hypothetical", "acquisition", "bid", at="make a higher bid", p=["Corvant Therapeutics", "Fjordgen"],
                agent="Corvant Therapeutics", target="Fjordgen"),
        ],
        "people": ["Katrin Amsler"],
        "places": ["Zurich", "Oslo", "Norway"],
        "organizations": ["Helvion", "Fjordgen", "Corvant Therapeutics", "Lyngby Optics"],
    },
    {
        "id": "hd10", "published": "2026-02-02",
        "paragraphs": [
            ["SAN JOSE, Costa Rica (AP) — Laura Fernandez, the hand-picked successor of outgoing President Rodrigo "
             "Chaves, won Costa Rica's presidential election on Sunday with 48.3% of the vote, avoiding a runoff, "
             "the Supreme Electoral Tribunal said."],
            ["Her closest rival, Alvaro Ramos of the National Liberation Party, conceded defeat late on Sunday and "
             "congratulated her in a speech to supporters in San Jose."],
            ["A second round would have been held on April 5 if no candidate had won at least 40% of the vote."],
            ["Fernandez has promised to continue Chaves' crackdown on drug gangs and said she would ask the new "
             "Congress to call a referendum on extending emergency powers."],
            ["U.S. Secretary of State Marco Rubio called Fernandez on Monday to congratulate her, the State "
             "Department said, and invited her to visit Washington before her inauguration on May 8."],
            ["Observers from the Organization of American States said the vote had been free and fair, although "
             "they criticised delays in the count in two provinces."],
        ],
        "events": [
            ev("election", "won", at="won Costa Rica", p=["Laura Fernandez", "Costa Rica"], agent="Laura Fernandez",
               target="presidency",
               loc="Costa Rica", date="2026-02-01", dt="on Sunday"),
            ev("statement", "said", at="Supreme Electoral Tribunal said", p=["Supreme Electoral Tribunal"],
               agent="Supreme Electoral Tribunal"),
            ev("statement", "conceded", p=["Alvaro Ramos"], agent="Alvaro Ramos", date="2026-02-01",
               dt="late on Sunday"),
            ev("statement", "congratulated", p=["Alvaro Ramos", "Laura Fernandez"], agent="Alvaro Ramos",
               target="Laura Fernandez", loc="San Jose, Costa Rica", date="2026-02-01", dt="late on Sunday"),
            ev("statement", "has promised", p=["Laura Fernandez"], agent="Laura Fernandez"),
            ev("statement", "said", at="said she would ask", p=["Laura Fernandez"], agent="Laura Fernandez"),
            ev("call", "called", at="Rubio called Fernandez", p=["Marco Rubio", "Laura Fernandez"],
               agent="Marco Rubio", target="Laura Fernandez", date="2026-02-02", dt="on Monday"),
            ev("statement", "congratulate", at="to congratulate her", p=["Marco Rubio", "Laura Fernandez"],
               agent="Marco Rubio", target="Laura Fernandez"),
            ev("statement", "said", at="Department said", p=["U.S. State Department"], agent="U.S. State Department"),
            ev("invitation", "invited", p=["Marco Rubio", "Laura Fernandez"], agent="Marco Rubio",
               target="Laura Fernandez"),
            ev("statement", "said", at="Organization of American States said", p=["Organization of American States"],
               agent="Organization of American States"),
            ev("statement", "criticised", p=["Organization of American States"],
               agent="Organization of American States"),
        ],
        "irrealis": [
            irr("negated", "election", "runoff", at="avoiding a runoff", p=["Costa Rica"], loc="Costa Rica",
                date="2026-04-05", dt="on April 5"),
            irr("planned", "statement", "ask", at="she would ask the new Congress", p=["Laura Fernandez"],
                agent="Laura Fernandez"),
            irr("planned", "referendum", "referendum", at="call a referendum", p=["Costa Rica"]),
            irr("planned", "visit", "visit", at="to visit Washington", p=["Laura Fernandez", "Washington"],
                agent="Laura Fernandez", loc="Washington, United States"),
            irr("planned", "inauguration", "inauguration", at="her inauguration on May 8", p=["Laura Fernandez"],
                date="2026-05-08", dt="on May 8"),
        ],
        "people": ["Laura Fernandez", "Rodrigo Chaves", "Alvaro Ramos", "Marco Rubio"],
        "places": ["Costa Rica", "San Jose", "Washington"],
        "organizations": ["Supreme Electoral Tribunal", "National Liberation Party", "U.S. State Department",
                          "Organization of American States", "Congress"],
    },
    {
        "id": "hd11", "published": "2018-06-12",
        "paragraphs": [
            ["SINGAPORE (Reuters) - U.S. President Donald Trump and North Korean leader Kim Jong Un signed a "
             "document at a summit in Singapore on Tuesday in which Kim reaffirmed his commitment to the "
             "\"complete denuclearisation\" of the Korean peninsula."],
            ["Trump told a news conference after the meeting that he would halt joint military exercises with "
             "South Korea, calling them \"very provocative,\" and said he would invite Kim to the White House \"at "
             "the appropriate time.\""],
            ["Secretary of State Mike Pompeo will meet North Korean officials next week to begin follow-up "
             "negotiations, the White House said."],
            ["South Korea's presidential office said it was trying to understand Trump's comments on the drills."],
            ["Japanese Prime Minister Shinzo Abe said he would speak to Trump by phone later on Tuesday and would "
             "press for the return of Japanese citizens abducted by North Korea decades ago."],
            ["No peace treaty has ever been signed to end the 1950-53 Korean War, and Trump said he hoped one "
             "could be agreed soon."],
        ],
        "events": [
            ev("agreement", "signed", at="signed a document", p=["Donald Trump", "Kim Jong Un"], loc="Singapore",
               date="2018-06-12",
               dt="on Tuesday"),
            ev("meeting", "summit", at="a summit in Singapore", p=["Donald Trump", "Kim Jong Un"], loc="Singapore",
               date="2018-06-12", dt="on Tuesday"),
            ev("statement", "reaffirmed", p=["Kim Jong Un"], agent="Kim Jong Un"),
            ev("statement", "told", at="Trump told a news conference", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "calling", at="calling them", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "said", at="said he would invite", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "said", at="the White House said", p=["White House"], agent="White House"),
            ev("statement", "said", at="presidential office said", p=["South Korean presidential office"],
               agent="South Korean presidential office"),
            ev("statement", "said", at="Abe said", p=["Shinzo Abe"], agent="Shinzo Abe"),
            ev("abduction", "abducted", at="citizens abducted", p=["North Korea", "Japan"], agent="North Korea"),
            ev("statement", "said", at="Trump said he hoped", p=["Donald Trump"], agent="Donald Trump"),
        ],
        "irrealis": [
            irr("planned", "visit", "invite", at="would invite Kim", p=["Kim Jong Un", "White House"],
                agent="Kim Jong Un", loc="Washington, United States"),
            irr("planned", "meeting", "meet", at="will meet North Korean officials", p=["Mike Pompeo", "North Korea"],
                agent="Mike Pompeo", target="North Korea", date="2018-W25", dt="next week"),
            irr("planned", "call", "speak", at="would speak to Trump by phone", p=["Shinzo Abe", "Donald Trump"],
                agent="Shinzo Abe", target="Donald Trump", date="2018-06-12", dt="later on Tuesday"),
            irr("planned", "statement", "press", at="would press for the return", p=["Shinzo Abe"],
                agent="Shinzo Abe"),
            irr("negated", "agreement", "peace treaty", at="No peace treaty", p=["North Korea", "South Korea"]),
        ],
        "people": ["Donald Trump", "Kim Jong Un", "Mike Pompeo", "Shinzo Abe"],
        "places": ["Singapore", "South Korea", "North Korea", "Korean peninsula"],
        "organizations": ["White House", "South Korean presidential office"],
    },
    {
        "id": "hd12", "published": "2019-09-15",
        "paragraphs": [
            ["Drone attack knocks out half of Saudi oil output; U.S. blames Iran"],
            ["DUBAI (Reuters) - Drones struck two of Saudi Aramco's biggest oil facilities at Abqaiq and Khurais "
             "early on Saturday, starting fires and halting about 5.7 million barrels a day of crude output, the "
             "state oil company said."],
            ["Yemen's Houthi movement said it had launched 10 drones at the plants, but U.S. Secretary of State "
             "Mike Pompeo said there was no evidence the attack had come from Yemen and accused Iran of being "
             "behind it."],
            ["Iranian Foreign Ministry spokesman Abbas Mousavi rejected the accusation as \"meaningless\" and said "
             "Washington was looking for a pretext to attack Iran."],
            ["Saudi Crown Prince Mohammed bin Salman told U.S. President Donald Trump in a phone call late on "
             "Saturday that the kingdom was willing and able to respond to \"this terrorist aggression,\" the "
             "state news agency SPA reported."],
            ["No one was killed in the attack, Aramco said.",
             "Trump wrote on Twitter on Sunday that the United States was \"locked and loaded\" but was waiting to "
             "hear from Riyadh."],
        ],
        "events": [
            ev("attack", "Drone attack", p=["Saudi Aramco", "Abqaiq", "Khurais"], target="oil facilities",
               loc="Abqaiq, Saudi Arabia", date="2019-09-14", dt="early on Saturday"),
            ev("statement", "blames", p=["United States", "Iran"], agent="United States", target="Iran"),
            ev("statement", "said", at="the state oil company said", p=["Saudi Aramco"], agent="Saudi Aramco"),
            ev("statement", "said", at="Houthi movement said", p=["Houthis"], agent="Houthis"),
            ev("statement", "said", at="Pompeo said there was", p=["Mike Pompeo"], agent="Mike Pompeo"),
            ev("statement", "accused", p=["Mike Pompeo", "Iran"], agent="Mike Pompeo", target="Iran"),
            ev("statement", "rejected", p=["Abbas Mousavi"], agent="Abbas Mousavi"),
            ev("statement", "said", at="and said Washington", p=["Abbas Mousavi"], agent="Abbas Mousavi"),
            ev("call", "phone call", p=["Mohammed bin Salman", "Donald Trump"], agent="Mohammed bin Salman",
               target="Donald Trump", date="2019-09-14", dt="late on Saturday"),
            ev("statement", "told", at="Mohammed bin Salman told", p=["Mohammed bin Salman", "Donald Trump"],
               agent="Mohammed bin Salman", target="Donald Trump", date="2019-09-14", dt="late on Saturday"),
            ev("statement", "reported", at="SPA reported", p=["Saudi Press Agency"], agent="Saudi Press Agency"),
            ev("statement", "said", at="Aramco said", p=["Saudi Aramco"], agent="Saudi Aramco"),
            ev("statement", "wrote", at="Trump wrote on Twitter", p=["Donald Trump"], agent="Donald Trump",
               date="2019-09-15", dt="on Sunday"),
        ],
        "irrealis": [
            irr("hypothetical", "attack", "attack", at="pretext to attack Iran", p=["United States", "Iran"],
                agent="United States", target="Iran"),
            irr("hypothetical", "attack", "respond", at="willing and able to respond", p=["Saudi Arabia"],
                agent="Saudi Arabia"),
            irr("negated", "death", "killed", at="No one was killed"),
        ],
        "people": ["Mike Pompeo", "Abbas Mousavi", "Mohammed bin Salman", "Donald Trump"],
        "places": ["Abqaiq", "Khurais", "Yemen", "Iran", "Washington", "Riyadh", "Dubai", "United States"],
        "organizations": ["Saudi Aramco", "Houthis", "Iranian Foreign Ministry", "Saudi Press Agency", "Twitter"],
    },
    {
        "id": "hd13", "published": "2020-08-10",
        "paragraphs": [
            ["MINSK (AP) — Police in Belarus detained about 3,000 people overnight as protesters clashed with riot "
             "officers in Minsk and other cities after President Alexander Lukashenko was declared the winner of "
             "Sunday's election with 80% of the vote, the Interior Ministry said on Monday."],
            ["One protester died after an explosive device went off in his hand, the ministry said."],
            ["Opposition candidate Sviatlana Tsikhanouskaya said she did not recognise the result and urged the "
             "authorities to hand over power peacefully."],
            ["Lukashenko, who has ruled the country since 1994, dismissed the protesters as puppets controlled "
             "from abroad and vowed there would be no repeat of the vote."],
            ["Russian President Vladimir Putin and Chinese leader Xi Jinping congratulated Lukashenko on his "
             "victory, while Poland called for an emergency summit of European Union leaders."],
            ["German government spokesman Steffen Seibert said the EU could impose new sanctions on Minsk if the "
             "crackdown continued."],
            ["Lithuanian Foreign Minister Linas Linkevicius said Vilnius was ready to mediate between the "
             "government and the opposition."],
        ],
        "events": [
            ev("arrest", "detained", p=["Belarusian police", "Belarus"], agent="Belarusian police", loc="Belarus"),
            ev("protest", "clashed", p=["Minsk"], loc="Minsk, Belarus"),
            ev("statement", "declared", at="was declared the winner"),
            ev("election", "election", at="Sunday's election", p=["Alexander Lukashenko", "Belarus"],
               agent="Alexander Lukashenko", target="presidency", loc="Belarus", date="2020-08-09", dt="Sunday's"),
            ev("statement", "said", at="Interior Ministry said on Monday", p=["Belarusian Interior Ministry"],
               agent="Belarusian Interior Ministry", date="2020-08-10", dt="on Monday"),
            ev("death", "died", killed=1),
            ev("statement", "said", at="the ministry said", p=["Belarusian Interior Ministry"],
               agent="Belarusian Interior Ministry"),
            ev("statement", "said", at="Tsikhanouskaya said", p=["Sviatlana Tsikhanouskaya"],
               agent="Sviatlana Tsikhanouskaya"),
            ev("statement", "urged", at="urged the authorities", p=["Sviatlana Tsikhanouskaya"],
               agent="Sviatlana Tsikhanouskaya"),
            ev("statement", "dismissed", p=["Alexander Lukashenko"], agent="Alexander Lukashenko"),
            ev("statement", "vowed", p=["Alexander Lukashenko"], agent="Alexander Lukashenko"),
            ev("statement", "congratulated", p=["Vladimir Putin", "Xi Jinping", "Alexander Lukashenko"],
               target="Alexander Lukashenko"),
            ev("statement", "called for", p=["Poland"], agent="Poland"),
            ev("statement", "said", at="Steffen Seibert said", p=["Steffen Seibert"], agent="Steffen Seibert"),
            ev("statement", "said", at="Linas Linkevicius said", p=["Linas Linkevicius"], agent="Linas Linkevicius"),
        ],
        "irrealis": [
            irr("negated", "election", "repeat", at="no repeat of the vote", p=["Belarus"], loc="Belarus"),
            irr("planned", "meeting", "summit", at="emergency summit of European Union leaders",
                p=["European Union"]),
            irr("hypothetical", "sanction", "sanctions", at="could impose new sanctions", p=["European Union",
                "Belarus"], agent="European Union", target="Belarus"),
            irr("hypothetical", "meeting", "mediate", at="ready to mediate", p=["Lithuania", "Belarus"],
                agent="Lithuania"),
        ],
        "people": ["Alexander Lukashenko", "Sviatlana Tsikhanouskaya", "Vladimir Putin", "Xi Jinping",
                   "Steffen Seibert", "Linas Linkevicius"],
        "places": ["Belarus", "Minsk", "Poland", "Vilnius"],
        "organizations": ["Belarusian police", "Belarusian Interior Ministry", "European Union"],
    },
    {
        "id": "hd14", "published": "2021-07-09",
        "paragraphs": [
            ["PORT-AU-PRINCE, Haiti (AP) — Haitian police said on Thursday they had killed four suspects and "
             "arrested two others in the assassination of President Jovenel Moise, who was shot dead at his home "
             "in the hills above the capital early on Wednesday."],
            ["Police chief Leon Charles told a news conference that officers were still hunting for other members "
             "of the commando unit and that three officers had been wounded in a firefight with the gunmen."],
            ["The first lady, Martine Moise, was wounded in the attack and flown to Miami for treatment."],
            ["Interim Prime Minister Claude Joseph said he had spoken by phone with U.S. Secretary of State Antony "
             "Blinken and asked Washington to send troops to protect ports and the airport."],
            ["The State Department said it had received the request but had no plans to send military assistance "
             "at this time."],
            ["Joseph said elections scheduled for Sept. 26 would go ahead, and that he would not meet opposition "
             "leaders who have demanded that he step down.",
             "Colombian President Ivan Duque condemned the killing."],
        ],
        "events": [
            ev("statement", "said", at="Haitian police said on Thursday", p=["Haitian police"], agent="Haitian police",
               date="2021-07-08", dt="on Thursday"),
            ev("attack", "killed", at="had killed four suspects", p=["Haitian police"], agent="Haitian police",
               target="suspects", killed=4, injured=3),
            ev("death", "killed", at="had killed four suspects", killed=4),
            ev("arrest", "arrested", at="arrested two others", p=["Haitian police"], agent="Haitian police"),
            ev("attack", "assassination", p=["Jovenel Moise", "Port-au-Prince"], target="Jovenel Moise",
               loc="Port-au-Prince, Haiti", date="2021-07-07", dt="early on Wednesday", killed=1, injured=1),
            ev("death", "shot dead", date="2021-07-07", dt="early on Wednesday", killed=1),
            ev("statement", "told", at="Leon Charles told", p=["Leon Charles"], agent="Leon Charles"),
            ev("injury", "wounded", at="three officers had been wounded", injured=3),
            ev("injury", "wounded", at="Martine Moise, was wounded", injured=1),
            ev("statement", "said", at="Claude Joseph said", p=["Claude Joseph"], agent="Claude Joseph"),
            ev("call", "spoken by phone", p=["Claude Joseph", "Antony Blinken"], agent="Claude Joseph",
               target="Antony Blinken"),
            ev("statement", "asked", at="asked Washington", p=["Claude Joseph", "United States"], agent="Claude Joseph",
               target="United States"),
            ev("statement", "said", at="The State Department said", p=["U.S. State Department"],
               agent="U.S. State Department"),
            ev("statement", "said", at="Joseph said elections", p=["Claude Joseph"], agent="Claude Joseph"),
            ev("statement", "demanded"),
            ev("statement", "condemned", p=["Ivan Duque"], agent="Ivan Duque"),
        ],
        "irrealis": [
            irr("planned", "deployment", "send", at="send troops to protect", p=["United States", "Haiti"],
                agent="United States"),
            irr("negated", "deployment", "send", at="no plans to send military assistance", p=["United States"],
                agent="United States"),
            irr("planned", "election", "elections", at="elections scheduled for Sept. 26", p=["Haiti"], loc="Haiti",
                date="2021-09-26", dt="for Sept. 26"),
            irr("negated", "meeting", "meet", at="would not meet opposition leaders", p=["Claude Joseph", "Haiti"],
                agent="Claude Joseph"),
        ],
        "people": ["Jovenel Moise", "Leon Charles", "Martine Moise", "Claude Joseph", "Antony Blinken", "Ivan Duque"],
        "places": ["Haiti", "Port-au-Prince", "Miami", "Washington"],
        "organizations": ["Haitian police", "U.S. State Department"],
    },
    {
        "id": "hd15", "published": "2023-02-17",
        "paragraphs": [
            ["BEIJING (Reuters) - China on Thursday imposed trade and investment bans on Lockheed Martin and a unit "
             "of Raytheon Technologies over arms sales to Taiwan, barring the two U.S. defence companies from "
             "importing goods into China or investing in the country."],
            ["The Commerce Ministry said the companies' senior executives would also be banned from entering China "
             "and that the firms could face fines of twice the value of their arms contracts with Taiwan."],
            ["The move came two weeks after a suspected Chinese spy balloon was spotted over the United States, an "
             "incident that led Secretary of State Antony Blinken to postpone a planned visit to Beijing."],
            ["Foreign Ministry spokesman Wang Wenbin said Washington should stop arming Taiwan and \"stop playing "
             "with fire.\""],
            ["Lockheed said it was reviewing the decision, while Raytheon declined to comment."],
            ["Blinken and China's top diplomat Wang Yi could meet at the Munich Security Conference this weekend, "
             "a U.S. official said, though no meeting has been scheduled."],
        ],
        "events": [
            ev("sanction", "bans", at="imposed trade and investment bans", p=["China", "Lockheed Martin",
               "Raytheon Technologies"], agent="China", target="Lockheed Martin", date="2023-02-16", dt="on Thursday"),
            ev("statement", "said", at="Commerce Ministry said", p=["Chinese Commerce Ministry"],
               agent="Chinese Commerce Ministry"),
            ev("statement", "said", at="Wang Wenbin said", p=["Wang Wenbin"], agent="Wang Wenbin"),
            ev("statement", "said", at="Lockheed said", p=["Lockheed Martin"], agent="Lockheed Martin"),
            ev("statement", "said", at="a U.S. official said", p=["United States"], agent="United States"),
        ],
        "irrealis": [
            irr("planned", "sanction", "banned", at="would also be banned", p=["China"], agent="China"),
            irr("hypothetical", "sanction", "fines", at="could face fines", p=["China", "Lockheed Martin",
                "Raytheon Technologies"], agent="China"),
            irr("negated", "visit", "visit", at="postpone a planned visit", p=["Antony Blinken", "Beijing"],
                agent="Antony Blinken", loc="Beijing, China"),
            irr("negated", "statement", "declined to comment", p=["Raytheon Technologies"],
                agent="Raytheon Technologies"),
            irr("hypothetical", "meeting", "meet", at="could meet at the Munich", p=["Antony Blinken", "Wang Yi"],
                loc="Munich, Germany", date="2023-W07", dt="this weekend"),
        ],
        "people": ["Antony Blinken", "Wang Wenbin", "Wang Yi"],
        "places": ["China", "Taiwan", "United States", "Beijing", "Washington"],
        "organizations": ["Lockheed Martin", "Raytheon Technologies", "Chinese Commerce Ministry",
                          "Chinese Foreign Ministry", "Munich Security Conference"],
    },
    {
        "id": "hd16", "published": "2023-12-25",
        "paragraphs": [
            ["BELGRADE, Serbia (AP) — Serbian police detained 38 people after protesters tried to storm Belgrade's "
             "city hall on Sunday evening, throwing stones and breaking windows, in a week of demonstrations over "
             "alleged fraud in the Dec. 17 elections."],
            ["Eight police officers were injured, Interior Minister Bratislav Gasic said."],
            ["President Aleksandar Vucic accused foreign powers of trying to topple the government, thanked Russia "
             "for intelligence warning of the unrest and said he would not meet opposition leaders."],
            ["The opposition coalition Serbia Against Violence, which came second in the vote, said the protests "
             "would go on until the city vote in Belgrade was held again."],
            ["The European Union urged Serbia to investigate the irregularities, which were also noted by "
             "international observers.",
             "Opposition politician Marinika Tepic has been on hunger strike for a week."],
            ["Russian Foreign Ministry spokeswoman Maria Zakharova said the West was trying to stir up unrest in "
             "Belgrade, and the opposition plans a march on the election commission on Wednesday."],
        ],
        "events": [
            ev("arrest", "detained", p=["Serbian police", "Belgrade"], agent="Serbian police", loc="Belgrade, Serbia"),
            ev("protest", "storm", at="tried to storm", p=["Belgrade"], loc="Belgrade, Serbia", date="2023-12-24",
               dt="on Sunday evening"),
            ev("election", "elections", at="the Dec. 17 elections", p=["Serbia"], loc="Serbia", date="2023-12-17",
               dt="the Dec. 17"),
            ev("injury", "injured", at="Eight police officers were injured", injured=8),
            ev("statement", "said", at="Bratislav Gasic said", p=["Bratislav Gasic"], agent="Bratislav Gasic"),
            ev("statement", "accused", p=["Aleksandar Vucic"], agent="Aleksandar Vucic"),
            ev("statement", "thanked", p=["Aleksandar Vucic", "Russia"], agent="Aleksandar Vucic", target="Russia"),
            ev("statement", "said", at="said he would not meet", p=["Aleksandar Vucic"], agent="Aleksandar Vucic"),
            ev("statement", "said", at="said the protests", p=["Serbia Against Violence"],
               agent="Serbia Against Violence"),
            ev("statement", "urged", p=["European Union", "Serbia"], agent="European Union", target="Serbia"),
            ev("statement", "noted", at="also noted by"),
            ev("protest", "hunger strike", p=["Marinika Tepic"], agent="Marinika Tepic"),
            ev("statement", "said", at="Maria Zakharova said", p=["Maria Zakharova"], agent="Maria Zakharova"),
        ],
        "irrealis": [
            irr("negated", "meeting", "meet", at="said he would not meet", p=["Aleksandar Vucic"],
                agent="Aleksandar Vucic"),
            irr("planned", "protest", "protests", at="said the protests would go on", p=["Serbia Against Violence"],
                loc="Belgrade, Serbia"),
            irr("planned", "election", "vote", at="city vote in Belgrade was held again", p=["Belgrade"],
                loc="Belgrade, Serbia"),
            irr("planned", "protest", "march", at="plans a march on the election commission",
                p=["Serbia Against Violence", "Belgrade"], agent="Serbia Against Violence", loc="Belgrade, Serbia",
                date="2023-12-27", dt="on Wednesday"),
        ],
        "people": ["Bratislav Gasic", "Aleksandar Vucic", "Marinika Tepic", "Maria Zakharova"],
        "places": ["Serbia", "Belgrade", "Russia"],
        "organizations": ["Serbian police", "Serbia Against Violence", "European Union", "Russian Foreign Ministry"],
    },
    {
        "id": "hd17", "published": "2024-09-10",
        "paragraphs": [
            ["HANOI (Reuters) - The death toll from Typhoon Yagi and the floods and landslides it unleashed in "
             "northern Vietnam rose to 143 on Tuesday, with 58 people still missing, the disaster management agency "
             "said."],
            ["A landslide buried a hamlet in Lao Cai province on Monday, and rescuers had recovered 30 bodies by "
             "Tuesday afternoon, state media reported."],
            ["Prime Minister Pham Minh Chinh visited the collapsed Phong Chau bridge in Phu Tho province on Monday "
             "and told an emergency cabinet meeting on Tuesday that the government would release 100 billion dong "
             "for the recovery."],
            ["The United States pledged $1 million in emergency aid, and South Korea said it would send a team of "
             "rescuers.",
             "Chinh also spoke by phone with Japanese Prime Minister Fumio Kishida, who offered help with "
             "rebuilding the bridge."],
            ["Authorities said schools in Hanoi would stay closed until the water receded, and a visit by Japan's "
             "foreign minister planned for Thursday was called off."],
        ],
        "events": [
            ev("statement", "said", at="disaster management agency said", p=["Vietnam Disaster Management Authority"],
               agent="Vietnam Disaster Management Authority"),
            ev("statement", "reported", at="state media reported"),
            ev("visit", "visited", p=["Pham Minh Chinh", "Phu Tho"], agent="Pham Minh Chinh",
               loc="Phu Tho, Vietnam", date="2024-09-09", dt="on Monday"),
            ev("statement", "told", at="told an emergency cabinet meeting", p=["Pham Minh Chinh"],
               agent="Pham Minh Chinh", date="2024-09-10", dt="on Tuesday"),
            ev("meeting", "cabinet meeting", p=["Pham Minh Chinh", "Vietnam"], date="2024-09-10", dt="on Tuesday"),
            ev("statement", "pledged", p=["United States"], agent="United States"),
            ev("statement", "said", at="South Korea said", p=["South Korea"], agent="South Korea"),
            ev("call", "spoke by phone", p=["Pham Minh Chinh", "Fumio Kishida"], agent="Pham Minh Chinh",
               target="Fumio Kishida"),
            ev("statement", "offered", p=["Fumio Kishida"], agent="Fumio Kishida"),
            ev("statement", "said", at="Authorities said", p=["Vietnam"], agent="Vietnam"),
        ],
        "irrealis": [
            irr("planned", "deployment", "send", at="would send a team of rescuers", p=["South Korea"],
                agent="South Korea"),
            irr("negated", "visit", "visit", at="a visit by Japan's foreign minister", p=["Japan", "Vietnam"],
                agent="Japan", loc="Vietnam", date="2024-09-12", dt="for Thursday"),
        ],
        "people": ["Pham Minh Chinh", "Fumio Kishida"],
        "places": ["Vietnam", "Lao Cai", "Phu Tho", "Hanoi", "United States", "South Korea", "Japan"],
        "organizations": ["Vietnam Disaster Management Authority"],
    },
    {
        "id": "hd18", "published": "2025-05-11",
        "paragraphs": [
            ["India and Pakistan agree to halt military action"],
            ["NEW DELHI/ISLAMABAD (Reuters) - India and Pakistan agreed on Saturday to stop all military action on "
             "land, in the air and at sea, U.S. President Donald Trump announced, after Pakistani shelling of the "
             "Indian border town of Poonch killed 12 civilians earlier in the week."],
            ["An Indian missile strike on an air base near Rawalpindi wounded eight Pakistani airmen on Friday, "
             "Pakistan's military said."],
            ["Hours after the truce began, Indian Foreign Secretary Vikram Misri said Pakistani troops had fired "
             "across the frontier in Kashmir, and Pakistan's Foreign Ministry accused India of breaking the truce."],
            ["The military operations chiefs of the two countries spoke by phone on Saturday afternoon and will "
             "speak again on Monday, Misri said."],
            ["Pakistani Prime Minister Shehbaz Sharif thanked Trump for his role, but India said no talks on wider "
             "issues were planned and that it would not accept mediation on Kashmir."],
        ],
        "events": [
            ev("agreement", "agree", at="India and Pakistan agree to halt", p=["India", "Pakistan"],
               date="2025-05-10", dt="on Saturday"),
            ev("statement", "announced", p=["Donald Trump"], agent="Donald Trump"),
            ev("attack", "shelling", at="Pakistani shelling of the Indian", p=["Pakistan", "Poonch"],
               agent="Pakistan", target="Poonch", loc="Poonch, India", date="2025-W19", dt="earlier in the week",
               killed=12),
            ev("death", "killed", at="Poonch killed 12", date="2025-W19", dt="earlier in the week", killed=12),
            ev("attack", "missile strike", p=["India", "Rawalpindi"], agent="India", target="air base",
               loc="Rawalpindi, Pakistan", date="2025-05-09", dt="on Friday", injured=8),
            ev("injury", "wounded", at="wounded eight Pakistani airmen", date="2025-05-09", dt="on Friday", injured=8),
            ev("statement", "said", at="Pakistan's military said", p=["Pakistani military"],
               agent="Pakistani military"),
            ev("statement", "said", at="Vikram Misri said", p=["Vikram Misri"], agent="Vikram Misri"),
            ev("attack", "fired", at="troops had fired across", p=["Pakistan", "Kashmir"], agent="Pakistan",
               loc="Kashmir"),
            ev("statement", "accused", p=["Pakistani Foreign Ministry", "India"], agent="Pakistani Foreign Ministry",
               target="India"),
            ev("call", "spoke by phone", p=["India", "Pakistan"], date="2025-05-10", dt="on Saturday afternoon"),
            ev("statement", "said", at="Misri said.", p=["Vikram Misri"], agent="Vikram Misri"),
            ev("statement", "thanked", p=["Shehbaz Sharif", "Donald Trump"], agent="Shehbaz Sharif",
               target="Donald Trump"),
            ev("statement", "said", at="India said no talks", p=["India"], agent="India"),
        ],
        "irrealis": [
            irr("planned", "call", "speak", at="will speak again on Monday", p=["India", "Pakistan"],
                date="2025-05-12", dt="on Monday"),
            irr("negated", "meeting", "talks", at="no talks on wider issues", p=["India", "Pakistan"]),
            irr("negated", "meeting", "mediation", at="would not accept mediation", p=["India"]),
        ],
        "people": ["Donald Trump", "Vikram Misri", "Shehbaz Sharif"],
        "places": ["India", "Pakistan", "Poonch", "Rawalpindi", "Kashmir", "New Delhi", "Islamabad"],
        "organizations": ["Pakistani military", "Pakistani Foreign Ministry"],
    },
    {
        "id": "hd19", "published": "2026-03-18",
        "paragraphs": [
            ["MAIDUGURI, Nigeria (AFP) - Nigerian troops raided a jihadist camp in the Sambisa forest in Borno state "
             "on Monday, killing 41 fighters of the Islamic State West Africa Province and freeing 19 women and "
             "children held captive there, the army said on Tuesday."],
            ["Army spokesman Major General Onyema Nwachukwu said one soldier was wounded in the raid and vowed that "
             "air strikes on the group's hideouts around Lake Chad would continue."],
            ["ISWAP did not comment, but a fighter loyal to the group told AFP by telephone that the army had "
             "exaggerated the toll."],
            ["Borno governor Babagana Zulum welcomed the operation and asked the federal government to send more "
             "troops to the region.",
             "The army said 12 suspected informants of the group had been arrested in nearby villages."],
            ["Defence Minister Mohammed Badaru said the government would not negotiate with the jihadists, who "
             "have killed tens of thousands of people since 2009."],
        ],
        "events": [
            ev("attack", "raided", p=["Nigerian army", "Islamic State West Africa Province", "Sambisa"],
               agent="Nigerian army", target="Islamic State West Africa Province", loc="Borno, Nigeria",
               date="2026-03-16", dt="on Monday", killed=41, injured=1),
            ev("death", "killing", at="killing 41 fighters", date="2026-03-16", dt="on Monday", killed=41),
            ev("statement", "said", at="the army said on Tuesday", p=["Nigerian army"], agent="Nigerian army",
               date="2026-03-17", dt="on Tuesday"),
            ev("statement", "said", at="Nwachukwu said", p=["Onyema Nwachukwu"], agent="Onyema Nwachukwu"),
            ev("injury", "wounded", at="one soldier was wounded", injured=1),
            ev("statement", "vowed", p=["Onyema Nwachukwu"], agent="Onyema Nwachukwu"),
            ev("statement", "told", at="told AFP by telephone", p=["Islamic State West Africa Province",
               "Agence France-Presse"], agent="Islamic State West Africa Province", target="Agence France-Presse"),
            ev("call", "by telephone", p=["Islamic State West Africa Province", "Agence France-Presse"],
               agent="Islamic State West Africa Province", target="Agence France-Presse"),
            ev("statement", "welcomed", p=["Babagana Zulum"], agent="Babagana Zulum"),
            ev("statement", "asked", at="asked the federal government", p=["Babagana Zulum", "Nigeria"],
               agent="Babagana Zulum", target="Nigeria"),
            ev("statement", "said", at="The army said 12", p=["Nigerian army"], agent="Nigerian army"),
            ev("arrest", "arrested", p=["Nigerian army"], agent="Nigerian army"),
            ev("statement", "said", at="Badaru said", p=["Mohammed Badaru"], agent="Mohammed Badaru"),
        ],
        "irrealis": [
            irr("planned", "attack", "air strikes", at="air strikes on the group's hideouts",
                p=["Nigerian army", "Islamic State West Africa Province", "Lake Chad"], agent="Nigerian army",
                target="Islamic State West Africa Province", loc="Lake Chad"),
            irr("negated", "statement", "did not comment", p=["Islamic State West Africa Province"],
                agent="Islamic State West Africa Province"),
            irr("planned", "deployment", "send", at="send more troops", p=["Nigeria", "Borno"], agent="Nigeria"),
            irr("negated", "meeting", "negotiate", at="would not negotiate", p=["Nigeria",
                "Islamic State West Africa Province"], agent="Nigeria"),
        ],
        "people": ["Onyema Nwachukwu", "Babagana Zulum", "Mohammed Badaru"],
        "places": ["Nigeria", "Maiduguri", "Sambisa", "Borno", "Lake Chad"],
        "organizations": ["Nigerian army", "Islamic State West Africa Province", "Agence France-Presse"],
    },
    {
        "id": "hd20", "published": "2025-02-13",
        "paragraphs": [
            ["Trump and Putin agree to start Ukraine peace talks in first call"],
            ["WASHINGTON (Reuters) - U.S. President Donald Trump said he and Russian President Vladimir Putin agreed "
             "in a lengthy phone call on Wednesday to begin negotiations on ending the war in Ukraine "
             "\"immediately,\" and that the two leaders would probably meet in Saudi Arabia."],
            ["The Kremlin said the call had lasted about 90 minutes and that Putin had invited Trump to visit "
             "Moscow."],
            ["Trump then called Ukrainian President Volodymyr Zelenskiy, who wrote on X that he was ready to meet "
             "Vice President JD Vance in Munich on Friday."],
            ["European governments complained that they had been left out, and Defence Secretary Pete Hegseth said "
             "in Brussels that a return to Ukraine's pre-2014 borders was unrealistic."],
            ["No ceasefire is in place, and Russian drones struck energy facilities around Kyiv overnight, "
             "Ukraine's air force said.",
             "Zelenskiy has said that any deal reached without Ukraine would not be accepted by Kyiv."],
        ],
        "events": [
            ev("agreement", "agree", at="Trump and Putin agree to start", p=["Donald Trump", "Vladimir Putin"],
               date="2025-02-12", dt="on Wednesday"),
            ev("call", "call", at="peace talks in first call", p=["Donald Trump", "Vladimir Putin"],
               agent="Donald Trump", target="Vladimir Putin", date="2025-02-12", dt="on Wednesday"),
            ev("statement", "said", at="Donald Trump said he and", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "said", at="The Kremlin said", p=["Kremlin"], agent="Kremlin"),
            ev("invitation", "invited", p=["Vladimir Putin", "Donald Trump"], agent="Vladimir Putin",
               target="Donald Trump"),
            ev("call", "called", at="Trump then called", p=["Donald Trump", "Volodymyr Zelenskiy"],
               agent="Donald Trump", target="Volodymyr Zelenskiy"),
            ev("statement", "wrote", at="wrote on X", p=["Volodymyr Zelenskiy"], agent="Volodymyr Zelenskiy"),
            ev("statement", "complained"),
            ev("statement", "said", at="Hegseth said", p=["Pete Hegseth"], agent="Pete Hegseth",
               loc="Brussels, Belgium"),
            ev("attack", "struck", at="drones struck energy facilities", p=["Russia", "Kyiv"], agent="Russia",
               target="energy facilities", loc="Kyiv, Ukraine"),
            ev("statement", "said", at="air force said", p=["Ukrainian air force"], agent="Ukrainian air force"),
            ev("statement", "has said", at="Zelenskiy has said", p=["Volodymyr Zelenskiy"],
               agent="Volodymyr Zelenskiy"),
        ],
        "irrealis": [
            irr("planned", "meeting", "peace talks", at="start Ukraine peace talks", p=["Donald Trump",
                "Vladimir Putin"]),
            irr("hypothetical", "meeting", "meet", at="would probably meet in Saudi Arabia",
                p=["Donald Trump", "Vladimir Putin"], loc="Saudi Arabia"),
            irr("planned", "visit", "visit", at="invited Trump to visit Moscow", p=["Donald Trump", "Moscow"],
                agent="Donald Trump", loc="Moscow, Russia"),
            irr("planned", "meeting", "meet", at="ready to meet Vice President", p=["Volodymyr Zelenskiy",
                "JD Vance"], agent="Volodymyr Zelenskiy", target="JD Vance", loc="Munich, Germany",
                date="2025-02-14", dt="on Friday"),
            irr("negated", "agreement", "ceasefire", at="No ceasefire is in place", p=["Russia", "Ukraine"]),
            irr("hypothetical", "agreement", "deal", at="any deal reached without Ukraine", p=["Russia",
                "United States"]),
        ],
        "people": ["Donald Trump", "Vladimir Putin", "Volodymyr Zelenskiy", "JD Vance", "Pete Hegseth"],
        "places": ["Ukraine", "Saudi Arabia", "Moscow", "Munich", "Brussels", "Kyiv", "Washington"],
        "organizations": ["Kremlin", "Ukrainian air force"],
    },
]
