"""The fifth held-out news set, the test set of the round of 2026-12-02 (the source of heldout-news-e.{in,gold}.jsonl).

Written and annotated at the start of that round, before its rules, while sets c and d became development sets:
nobody develops a rule on this set, and the round's engineers do not see it until it is merged at the round's
end. Every lead was written for it (never copied or paraphrased from ../shared/data, the seed, examples/ or sets
a-d; no topic of theirs taken one to one); real public figures appear in events that are partly or wholly
invented, the companies of the acquisition lead and the Peruvian candidates are invented, and the tolls, quotes
and other people are invented. Annotated before kg was run on it. The format and the conventions are those of
sets a-d (`heldout_news_source.py`, `heldout_news_source_c.py`, `heldout_news_source_d.py`, whose docstrings
say them): an article is its paragraphs, each a list of sentences; an event names its sentence by `at` (by
default its trigger); one event per real-world event at its first mention (a headline included), later mentions
("the strikes", "the deal", "the talks") no new event but filling in its details; every reporting verb its own
statement, participial ones and purpose infinitives ("to thank him") included; participants as full canonical
names (an unnamed official's organisation or country); `date` only where a date expression attaches to the event
(a coordinated verb shares its conjunct's date); casualties on attacks, with the deaths and injuries of their
tolls; a vague count is no number; negated, planned, hypothetical and requested (labelled planned, as news-dev
does) events in `irrealis`, a denied, postponed or avoided event negated, an offered or conditional one
hypothetical; generic, habitual and aggregate mentions and named documents are no events; an accidental blast
is no attack and its toll carries no death events; the control verb of an acquisition ("agreed to buy") is no
agreement. Irrealis events weigh even more than in set d, on every kind, nouns and verbs.
"""

from heldout_news_source import ev, irr

ARTICLES = [
    {
        "id": "he01", "published": "2018-04-14",
        "paragraphs": [
            ["U.S., Britain and France strike Syria over suspected gas attack"],
            ["DAMASCUS (Reuters) - The United States, Britain and France fired more than 100 missiles at three "
             "sites in Syria early on Saturday in response to a suspected poison gas attack on the town of Douma, "
             "U.S. President Donald Trump said in a televised address."],
            ["Syrian state media said air defences had intercepted most of the missiles and that three civilians "
             "had been wounded near Homs."],
            ["The Pentagon said the strikes had hit a research centre near Damascus and two storage sites, and "
             "that no further attacks were planned \"at this point.\""],
            ["Russia's ambassador in Washington, Anatoly Antonov, warned that the action would not go unanswered, "
             "and the Kremlin called for an emergency session of the U.N. Security Council."],
            ["Moscow had threatened last week to retaliate against any strike that put Russian troops in Syria "
             "at risk."],
            ["British Prime Minister Theresa May said the operation was not aimed at toppling President Bashar "
             "al-Assad.",
             "Inspectors from the Organisation for the Prohibition of Chemical Weapons had been due to start work "
             "in Douma on Saturday, and Damascus has denied using chemical weapons."],
        ],
        "events": [
            ev("attack", "strike", at="France strike Syria over", p=["United States", "United Kingdom", "France",
               "Syria"], agent="United States", target="three sites in Syria", loc="Syria", date="2018-04-14",
               dt="early on Saturday", injured=3),
            ev("attack", "gas attack", at="suspected gas attack", p=["Douma"], target="Douma", loc="Douma, Syria"),
            ev("statement", "said", at="Trump said in a televised address", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "said", at="Syrian state media said"),
            ev("injury", "wounded", at="three civilians had been wounded", injured=3),
            ev("statement", "said", at="The Pentagon said", p=["Pentagon"], agent="Pentagon"),
            ev("statement", "warned", p=["Anatoly Antonov"], agent="Anatoly Antonov"),
            ev("statement", "called for", p=["Kremlin"], agent="Kremlin"),
            ev("statement", "threatened", p=["Russia"], agent="Russia", date="2018-W14", dt="last week"),
            ev("statement", "said", at="Theresa May said", p=["Theresa May"], agent="Theresa May"),
            ev("statement", "denied", at="Damascus has denied", p=["Syria"], agent="Syria"),
        ],
        "irrealis": [
            irr("negated", "attack", "attacks", at="no further attacks were planned", p=["United States", "Syria"],
                agent="United States", target="Syria"),
            irr("planned", "meeting", "emergency session", p=["United Nations Security Council"]),
            irr("hypothetical", "attack", "retaliate", p=["Russia"], agent="Russia"),
            irr("hypothetical", "attack", "strike", at="any strike that put Russian troops", p=["Russia"],
                target="Russian troops"),
            irr("negated", "overthrow", "toppling", p=["Bashar al-Assad"], target="Bashar al-Assad"),
            irr("planned", "investigation", "start work", p=["Organisation for the Prohibition of Chemical Weapons",
                "Douma"], agent="Organisation for the Prohibition of Chemical Weapons", loc="Douma, Syria",
                date="2018-04-14", dt="on Saturday"),
        ],
        "people": ["Donald Trump", "Anatoly Antonov", "Theresa May", "Bashar al-Assad"],
        "places": ["United States", "Britain", "France", "Syria", "Douma", "Homs", "Damascus", "Washington", "Russia",
                   "Moscow"],
        "organizations": ["Pentagon", "Kremlin", "United Nations Security Council",
                          "Organisation for the Prohibition of Chemical Weapons"],
    },
    {
        "id": "he02", "published": "2018-11-26",
        "paragraphs": [
            ["Russia fires on and seizes Ukrainian navy ships off Crimea"],
            ["KIEV (Reuters) - Russian border guards fired on and seized three Ukrainian navy vessels near the "
             "Kerch Strait on Sunday, wounding six sailors, the Ukrainian navy said, in the most serious clash "
             "between the two countries at sea since Moscow annexed Crimea in 2014."],
            ["Russia's FSB security service said the ships had entered its territorial waters illegally and "
             "ignored orders to stop, and that the 24 crew members had been detained."],
            ["President Petro Poroshenko asked parliament to approve martial law for 30 days, and lawmakers will "
             "vote on Monday afternoon."],
            ["Poroshenko said he did not intend to declare war and that the measure would not be used to postpone "
             "the presidential election scheduled for March 31."],
            ["The U.N. Security Council will hold an emergency meeting at Russia's request on Monday.",
             "NATO called on Moscow to release the sailors, and European Union officials said new sanctions against "
             "Russia could be discussed if the crews were not freed."],
            ["The Kremlin said it had no plans to return the vessels and that Ukraine's leaders were staging a "
             "provocation ahead of the election."],
        ],
        "events": [
            ev("attack", "fires on", at="Russia fires on", p=["Russia", "Ukrainian navy"], agent="Russia",
               target="Ukrainian navy", loc="Kerch Strait", date="2018-11-25", dt="on Sunday", injured=6),
            ev("seizure", "seizes", at="seizes Ukrainian navy ships", p=["Russia", "Ukrainian navy"], agent="Russia",
               target="Ukrainian navy", loc="Kerch Strait", date="2018-11-25", dt="on Sunday"),
            ev("injury", "wounding", at="wounding six sailors", date="2018-11-25", dt="on Sunday", injured=6),
            ev("statement", "said", at="the Ukrainian navy said", p=["Ukrainian navy"], agent="Ukrainian navy"),
            ev("annexation", "annexed", p=["Russia", "Crimea"], agent="Russia", target="Crimea", date="2014",
               dt="in 2014"),
            ev("statement", "said", at="FSB security service said", p=["FSB"], agent="FSB"),
            ev("arrest", "detained", at="crew members had been detained", p=["FSB"], agent="FSB"),
            ev("statement", "asked", at="asked parliament to approve", p=["Petro Poroshenko", "Ukrainian parliament"],
               agent="Petro Poroshenko", target="Ukrainian parliament"),
            ev("statement", "said", at="Poroshenko said he did not intend", p=["Petro Poroshenko"],
               agent="Petro Poroshenko"),
            ev("statement", "called on", p=["NATO"], agent="NATO"),
            ev("statement", "said", at="European Union officials said", p=["European Union"], agent="European Union"),
            ev("statement", "said", at="The Kremlin said", p=["Kremlin"], agent="Kremlin"),
        ],
        "irrealis": [
            irr("planned", "approval", "approve", at="approve martial law", p=["Ukrainian parliament"],
                agent="Ukrainian parliament"),
            irr("planned", "vote", "vote", at="lawmakers will vote", p=["Ukrainian parliament"],
                agent="Ukrainian parliament", date="2018-11-26", dt="on Monday afternoon"),
            irr("negated", "attack", "war", at="did not intend to declare war", p=["Ukraine", "Russia"],
                agent="Ukraine", target="Russia"),
            irr("negated", "postponement", "postpone", at="would not be used to postpone", p=["Ukraine"]),
            irr("planned", "election", "presidential election", at="election scheduled for March 31", p=["Ukraine"],
                loc="Ukraine", date="2019-03-31", dt="for March 31"),
            irr("planned", "meeting", "emergency meeting", at="will hold an emergency meeting",
                p=["United Nations Security Council"], date="2018-11-26", dt="on Monday"),
            irr("planned", "release", "release", at="release the sailors", p=["Russia"], agent="Russia"),
            irr("hypothetical", "sanction", "sanctions", at="new sanctions against Russia",
                p=["European Union", "Russia"], agent="European Union", target="Russia"),
            irr("negated", "return", "return", at="no plans to return the vessels", p=["Russia"], agent="Russia"),
        ],
        "people": ["Petro Poroshenko"],
        "places": ["Russia", "Crimea", "Kerch Strait", "Kiev", "Moscow", "Ukraine"],
        "organizations": ["Ukrainian navy", "FSB", "Ukrainian parliament", "United Nations Security Council", "NATO",
                          "European Union", "Kremlin"],
    },
    {
        "id": "he03", "published": "2019-04-22",
        "paragraphs": [
            ["Sri Lanka arrests 24 after Easter bombings kill 290"],
            ["COLOMBO (AP) — Sri Lankan police arrested 24 people on Monday over a wave of suicide bombings that "
             "tore through three churches and three luxury hotels on Easter Sunday, killing 290 people and wounding "
             "at least 500, officials said."],
            ["No group has claimed responsibility for the attacks.",
             "Cabinet spokesman Rajitha Senaratne told reporters that a little-known local Islamist group, National "
             "Thowheed Jamath, was behind them and that the government was investigating whether it had "
             "international support."],
            ["Senaratne said police had been warned on April 11 of possible attacks on churches but that the "
             "information had not been passed to the prime minister."],
            ["A curfew imposed on Sunday evening was lifted on Monday morning, but authorities said social media "
             "would stay blocked.",
             "Police did not say whether any of those arrested were foreigners."],
            ["Prime Minister Ranil Wickremesinghe said he would ask for foreign help to trace the bombers' links "
             "abroad, and President Maithripala Sirisena has called a meeting of the National Security Council for "
             "Tuesday."],
            ["Pope Francis condemned the \"cruel violence,\" and Indian Prime Minister Narendra Modi spoke by phone "
             "with Sirisena to offer assistance."],
        ],
        "events": [
            ev("arrest", "arrests", at="Sri Lanka arrests 24", p=["Sri Lankan police"], agent="Sri Lankan police",
               loc="Sri Lanka", date="2019-04-22", dt="on Monday"),
            ev("attack", "bombings", at="after Easter bombings kill 290", p=["National Thowheed Jamath", "Sri Lanka"],
               agent="National Thowheed Jamath", target="three churches and three luxury hotels", loc="Sri Lanka",
               date="2019-04-21", dt="on Easter Sunday", killed=290, injured=500),
            ev("death", "killing", at="killing 290 people", date="2019-04-21", dt="on Easter Sunday", killed=290),
            ev("injury", "wounding", at="wounding at least 500", date="2019-04-21", dt="on Easter Sunday",
               injured=500),
            ev("statement", "said", at="at least 500, officials said"),
            ev("statement", "told", at="Senaratne told reporters", p=["Rajitha Senaratne"], agent="Rajitha Senaratne"),
            ev("investigation", "investigating", p=["Sri Lanka"], agent="Sri Lanka"),
            ev("statement", "said", at="Senaratne said police", p=["Rajitha Senaratne"], agent="Rajitha Senaratne"),
            ev("statement", "warned", at="had been warned on April 11", p=["Sri Lankan police"],
               target="Sri Lankan police", date="2019-04-11", dt="on April 11"),
            ev("statement", "said", at="authorities said social media", p=["Sri Lanka"], agent="Sri Lanka"),
            ev("statement", "said", at="Wickremesinghe said", p=["Ranil Wickremesinghe"], agent="Ranil Wickremesinghe"),
            ev("statement", "condemned", p=["Pope Francis"], agent="Pope Francis"),
            ev("call", "spoke by phone", p=["Narendra Modi", "Maithripala Sirisena"], agent="Narendra Modi",
               target="Maithripala Sirisena"),
            ev("statement", "offer", at="to offer assistance", p=["Narendra Modi", "Maithripala Sirisena"],
               agent="Narendra Modi", target="Maithripala Sirisena"),
        ],
        "irrealis": [
            irr("negated", "statement", "claimed", at="No group has claimed"),
            irr("hypothetical", "attack", "attacks", at="possible attacks on churches", target="churches"),
            irr("negated", "statement", "did not say", p=["Sri Lankan police"], agent="Sri Lankan police"),
            irr("planned", "statement", "ask", at="would ask for foreign help", p=["Ranil Wickremesinghe"],
                agent="Ranil Wickremesinghe"),
            irr("planned", "meeting", "meeting", at="called a meeting of the National Security Council",
                p=["Maithripala Sirisena", "National Security Council"], agent="Maithripala Sirisena",
                date="2019-04-23", dt="for Tuesday"),
        ],
        "people": ["Rajitha Senaratne", "Ranil Wickremesinghe", "Maithripala Sirisena", "Pope Francis",
                   "Narendra Modi"],
        "places": ["Sri Lanka", "Colombo"],
        "organizations": ["Sri Lankan police", "National Thowheed Jamath", "National Security Council"],
    },
    {
        "id": "he04", "published": "2019-10-27",
        "paragraphs": [
            ["Islamic State leader Baghdadi killed in U.S. raid in Syria, Trump says"],
            ["WASHINGTON (Reuters) - Islamic State leader Abu Bakr al-Baghdadi died in a raid by U.S. special forces "
             "on a compound in Syria's Idlib province late on Saturday, President Donald Trump said on Sunday, "
             "adding that two of Baghdadi's wives had also been killed."],
            ["Trump told a news conference at the White House that no American soldiers had been killed or wounded "
             "in the two-hour operation near the village of Barisha."],
            ["He thanked Russia, Turkey, Syria and Iraq for their help and said Russia had opened its airspace to "
             "the helicopters."],
            ["Turkey's Defence Ministry said it had exchanged information with U.S. military authorities before the "
             "raid.",
             "The Kremlin said it could not confirm Baghdadi's death."],
            ["Islamic State did not comment, but U.S. officials warned that the group could try to avenge its "
             "leader with attacks in Europe or the Middle East."],
            ["Democratic House Speaker Nancy Pelosi criticised Trump for failing to brief congressional leaders "
             "before the raid, and said he had told Moscow first."],
        ],
        "events": [
            ev("attack", "raid", at="killed in U.S. raid", p=["United States", "Abu Bakr al-Baghdadi", "Idlib"],
               agent="United States", target="Abu Bakr al-Baghdadi", loc="Idlib, Syria", date="2019-10-26",
               dt="late on Saturday", killed=3),
            ev("death", "killed", at="Baghdadi killed in U.S. raid", date="2019-10-26", dt="late on Saturday",
               killed=1),
            ev("statement", "says", at="Trump says", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "said", at="Donald Trump said on Sunday", p=["Donald Trump"], agent="Donald Trump",
               date="2019-10-27", dt="on Sunday"),
            ev("statement", "adding", at="adding that two of", p=["Donald Trump"], agent="Donald Trump"),
            ev("death", "killed", at="had also been killed", killed=2),
            ev("statement", "told", at="Trump told a news conference", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "thanked", p=["Donald Trump", "Russia", "Turkey", "Syria", "Iraq"], agent="Donald Trump",
               target="Russia"),
            ev("statement", "said", at="said Russia had opened", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "said", at="Defence Ministry said", p=["Turkish Defence Ministry"],
               agent="Turkish Defence Ministry"),
            ev("statement", "said", at="The Kremlin said", p=["Kremlin"], agent="Kremlin"),
            ev("statement", "warned", at="U.S. officials warned", p=["United States"], agent="United States"),
            ev("statement", "criticised", p=["Nancy Pelosi", "Donald Trump"], agent="Nancy Pelosi",
               target="Donald Trump"),
            ev("statement", "said", at="said he had told Moscow", p=["Nancy Pelosi"], agent="Nancy Pelosi"),
            ev("statement", "told", at="had told Moscow first", p=["Donald Trump", "Russia"], agent="Donald Trump",
               target="Russia"),
        ],
        "irrealis": [
            irr("negated", "death", "killed", at="no American soldiers had been killed"),
            irr("negated", "injury", "wounded", at="no American soldiers had been killed"),
            irr("negated", "statement", "confirm", at="could not confirm", p=["Kremlin"], agent="Kremlin"),
            irr("negated", "statement", "did not comment", p=["Islamic State"], agent="Islamic State"),
            irr("hypothetical", "attack", "attacks", at="avenge its leader with attacks", p=["Islamic State"],
                agent="Islamic State"),
            irr("negated", "statement", "brief", at="failing to brief", p=["Donald Trump"], agent="Donald Trump"),
        ],
        "people": ["Abu Bakr al-Baghdadi", "Donald Trump", "Nancy Pelosi"],
        "places": ["Syria", "Idlib", "Barisha", "Russia", "Turkey", "Iraq", "Washington", "Moscow", "Europe",
                   "Middle East"],
        "organizations": ["Islamic State", "White House", "Turkish Defence Ministry", "Kremlin"],
    },
    {
        "id": "he05", "published": "2020-01-14",
        "paragraphs": [
            ["Haftar leaves Moscow without signing Libya ceasefire deal"],
            ["MOSCOW (Reuters) - Libyan commander Khalifa Haftar left Moscow on Tuesday without signing a ceasefire "
             "agreement that his rival, Prime Minister Fayez al-Serraj, had endorsed after indirect talks hosted by "
             "Russia and Turkey on Monday."],
            ["Russian Foreign Minister Sergei Lavrov said Haftar had asked for two more days to consult tribal "
             "leaders and that Moscow would keep working with both sides."],
            ["Haftar's Libyan National Army said in a statement that it was ready for peace but would not accept a "
             "deal that allowed Turkish troops to stay in Libya."],
            ["Turkish President Tayyip Erdogan warned that Ankara would strike Haftar's forces if they resumed "
             "attacks on the government in Tripoli."],
            ["A truce declared by Russia and Turkey on Sunday has largely held, although both sides accused each "
             "other of violations."],
            ["German Chancellor Angela Merkel is due to host a summit on Libya in Berlin on Sunday, and Serraj said "
             "he would not sit at the same table as Haftar."],
        ],
        "events": [
            ev("approval", "endorsed", p=["Fayez al-Serraj"], agent="Fayez al-Serraj"),
            ev("meeting", "talks", at="indirect talks hosted by Russia", p=["Khalifa Haftar", "Fayez al-Serraj",
               "Russia", "Turkey"], loc="Moscow, Russia", date="2020-01-13", dt="on Monday"),
            ev("statement", "said", at="Lavrov said Haftar", p=["Sergei Lavrov"], agent="Sergei Lavrov"),
            ev("statement", "asked", at="Haftar had asked for", p=["Khalifa Haftar"], agent="Khalifa Haftar"),
            ev("statement", "said", at="Libyan National Army said", p=["Libyan National Army"],
               agent="Libyan National Army"),
            ev("statement", "warned", p=["Tayyip Erdogan"], agent="Tayyip Erdogan"),
            ev("agreement", "truce", at="A truce declared by Russia", p=["Russia", "Turkey"], date="2020-01-12",
               dt="on Sunday"),
            ev("statement", "accused", p=["Khalifa Haftar", "Fayez al-Serraj"]),
            ev("statement", "said", at="Serraj said he would not", p=["Fayez al-Serraj"], agent="Fayez al-Serraj"),
        ],
        "irrealis": [
            irr("negated", "agreement", "ceasefire deal", at="without signing Libya ceasefire deal",
                p=["Khalifa Haftar", "Fayez al-Serraj"]),
            irr("hypothetical", "agreement", "deal", at="would not accept a deal", p=["Libyan National Army"]),
            irr("hypothetical", "attack", "strike", at="Ankara would strike", p=["Turkey", "Libyan National Army"],
                agent="Turkey", target="Libyan National Army"),
            irr("hypothetical", "attack", "attacks", at="resumed attacks on the government",
                p=["Libyan National Army", "Tripoli"], agent="Libyan National Army", target="government in Tripoli",
                loc="Tripoli, Libya"),
            irr("planned", "meeting", "summit", at="host a summit on Libya", p=["Angela Merkel"],
                agent="Angela Merkel", loc="Berlin, Germany", date="2020-01-19", dt="on Sunday"),
            irr("negated", "meeting", "sit at the same table", p=["Fayez al-Serraj", "Khalifa Haftar"],
                agent="Fayez al-Serraj", target="Khalifa Haftar"),
        ],
        "people": ["Khalifa Haftar", "Fayez al-Serraj", "Sergei Lavrov", "Tayyip Erdogan", "Angela Merkel"],
        "places": ["Moscow", "Libya", "Russia", "Turkey", "Tripoli", "Berlin", "Ankara"],
        "organizations": ["Libyan National Army"],
    },
    {
        "id": "he06", "published": "2020-08-07",
        "paragraphs": [
            ["Macron visits shattered Beirut, promises aid but no 'blank cheque'"],
            ["BEIRUT (AFP) - French President Emmanuel Macron toured the devastated port district of Beirut on "
             "Thursday, two days after a huge explosion of ammonium nitrate stored in a warehouse killed at least "
             "149 people and injured more than 5,000."],
            ["Macron told crowds in the Gemmayzeh neighbourhood that France would organise an international aid "
             "conference in the coming days, but warned that the money would not go to corrupt leaders."],
            ["He met President Michel Aoun and Prime Minister Hassan Diab at the presidential palace and called for "
             "an international investigation into the blast."],
            ["Aoun rejected that call on Friday, saying a foreign inquiry would only dilute the truth.",
             "Diab, whose government faces calls to resign, said on Friday he would propose early parliamentary "
             "elections."],
            ["Judicial officials said 16 port employees had been detained, including the port's general manager, "
             "Hassan Koraytem.",
             "Hezbollah leader Hassan Nasrallah denied that the group had kept weapons at the port."],
            ["Hundreds of protesters clashed with police near parliament late on Thursday, and opposition groups "
             "plan a larger march on Saturday."],
        ],
        "events": [
            ev("visit", "visits", at="Macron visits shattered Beirut", p=["Emmanuel Macron", "Beirut"],
               agent="Emmanuel Macron", loc="Beirut, Lebanon", date="2020-08-06", dt="on Thursday"),
            ev("statement", "promises", p=["Emmanuel Macron"], agent="Emmanuel Macron"),
            ev("statement", "told", at="Macron told crowds", p=["Emmanuel Macron"], agent="Emmanuel Macron"),
            ev("statement", "warned", at="but warned that the money", p=["Emmanuel Macron"], agent="Emmanuel Macron"),
            ev("meeting", "met", at="He met President Michel Aoun", p=["Emmanuel Macron", "Michel Aoun",
               "Hassan Diab"], agent="Emmanuel Macron", target="Michel Aoun", loc="Beirut, Lebanon"),
            ev("statement", "called for", at="called for an international investigation", p=["Emmanuel Macron"],
               agent="Emmanuel Macron"),
            ev("statement", "rejected", at="Aoun rejected that call", p=["Michel Aoun"], agent="Michel Aoun",
               date="2020-08-07", dt="on Friday"),
            ev("statement", "saying", at="saying a foreign inquiry", p=["Michel Aoun"], agent="Michel Aoun"),
            ev("statement", "said", at="said on Friday he would propose", p=["Hassan Diab"], agent="Hassan Diab",
               date="2020-08-07", dt="on Friday"),
            ev("statement", "said", at="Judicial officials said"),
            ev("arrest", "detained", at="port employees had been detained", p=["Hassan Koraytem"],
               target="Hassan Koraytem", loc="Beirut, Lebanon"),
            ev("statement", "denied", p=["Hassan Nasrallah"], agent="Hassan Nasrallah"),
            ev("protest", "clashed", at="protesters clashed with police", loc="Beirut, Lebanon", date="2020-08-06",
               dt="late on Thursday"),
        ],
        "irrealis": [
            irr("planned", "meeting", "aid conference", at="international aid conference", p=["France"],
                agent="France"),
            irr("planned", "investigation", "investigation", at="an international investigation into the blast"),
            irr("hypothetical", "investigation", "inquiry", at="a foreign inquiry would only dilute"),
            irr("planned", "resignation", "resign", at="faces calls to resign", p=["Hassan Diab"], agent="Hassan Diab"),
            irr("planned", "statement", "propose", at="he would propose early", p=["Hassan Diab"], agent="Hassan Diab"),
            irr("planned", "election", "elections", at="early parliamentary elections", p=["Lebanon"], loc="Lebanon"),
            irr("planned", "protest", "march", at="plan a larger march", loc="Beirut, Lebanon", date="2020-08-08",
                dt="on Saturday"),
        ],
        "people": ["Emmanuel Macron", "Michel Aoun", "Hassan Diab", "Hassan Koraytem", "Hassan Nasrallah"],
        "places": ["Beirut", "Gemmayzeh", "France"],
        "organizations": ["Hezbollah"],
    },
    {
        "id": "he07", "published": "2021-02-02",
        "paragraphs": [
            ["YANGON (Reuters) - Myanmar's army seized power on Monday and detained the country's elected leader "
             "Aung San Suu Kyi and other senior members of her party, declaring a year-long state of emergency."],
            ["The military said it would hold a new election after the emergency and hand power to the winner, but "
             "it gave no date."],
            ["Suu Kyi's National League for Democracy said in a statement posted on Facebook that she had urged "
             "people not to accept the coup and to protest."],
            ["U.S. President Joe Biden threatened to reimpose sanctions on Myanmar and called on the generals to "
             "release the detainees immediately."],
            ["The U.N. Security Council will meet behind closed doors on Tuesday, diplomats said, although China is "
             "expected to block any statement condemning the army."],
            ["Army chief Min Aung Hlaing told his cabinet at its first meeting on Tuesday that the takeover had been "
             "\"inevitable.\"",
             "Phone and internet connections in the capital Naypyitaw were cut, and soldiers were not allowing "
             "anyone to leave the compound where lawmakers are staying."],
        ],
        "events": [
            ev("coup", "seized power", p=["Myanmar army", "Myanmar"], agent="Myanmar army", loc="Myanmar",
               date="2021-02-01", dt="on Monday"),
            ev("arrest", "detained", at="detained the country's elected leader", p=["Myanmar army",
               "Aung San Suu Kyi"], agent="Myanmar army", target="Aung San Suu Kyi", loc="Myanmar",
               date="2021-02-01", dt="on Monday"),
            ev("statement", "declaring", at="declaring a year-long state of emergency", p=["Myanmar army"],
               agent="Myanmar army", date="2021-02-01", dt="on Monday"),
            ev("statement", "said", at="The military said it would hold", p=["Myanmar army"], agent="Myanmar army"),
            ev("statement", "said", at="League for Democracy said", p=["National League for Democracy"],
               agent="National League for Democracy"),
            ev("statement", "urged", at="she had urged people", p=["Aung San Suu Kyi"], agent="Aung San Suu Kyi"),
            ev("statement", "threatened", p=["Joe Biden"], agent="Joe Biden"),
            ev("statement", "called on", p=["Joe Biden"], agent="Joe Biden"),
            ev("statement", "said", at="diplomats said"),
            ev("statement", "told", at="Min Aung Hlaing told", p=["Min Aung Hlaing"], agent="Min Aung Hlaing",
               date="2021-02-02", dt="on Tuesday"),
            ev("meeting", "meeting", at="at its first meeting on Tuesday", p=["Min Aung Hlaing"], date="2021-02-02",
               dt="on Tuesday"),
        ],
        "irrealis": [
            irr("planned", "election", "election", at="hold a new election", p=["Myanmar"], loc="Myanmar"),
            irr("planned", "transfer", "hand power", p=["Myanmar army"], agent="Myanmar army"),
            irr("planned", "protest", "protest", at="and to protest"),
            irr("hypothetical", "sanction", "sanctions", at="reimpose sanctions on Myanmar", p=["Joe Biden", "Myanmar"],
                agent="Joe Biden", target="Myanmar"),
            irr("planned", "release", "release", at="release the detainees", p=["Myanmar army"], agent="Myanmar army"),
            irr("planned", "meeting", "meet", at="Security Council will meet", p=["United Nations Security Council"],
                date="2021-02-02", dt="on Tuesday"),
            irr("hypothetical", "statement", "statement", at="block any statement condemning",
                p=["United Nations Security Council"], agent="United Nations Security Council"),
        ],
        "people": ["Aung San Suu Kyi", "Joe Biden", "Min Aung Hlaing"],
        "places": ["Myanmar", "Yangon", "Naypyitaw", "China"],
        "organizations": ["Myanmar army", "National League for Democracy", "Facebook",
                          "United Nations Security Council"],
    },
    {
        "id": "he08", "published": "2021-06-17",
        "paragraphs": [
            ["Biden and Putin agree to return ambassadors at first summit"],
            ["GENEVA (AP) — U.S. President Joe Biden and Russian President Vladimir Putin agreed on Wednesday to "
             "return their ambassadors to each other's capitals and to begin talks on arms control, after nearly "
             "four hours of talks at a lakeside villa in Geneva."],
            ["Biden told reporters afterwards that he had warned Putin that any cyber attack on critical U.S. "
             "infrastructure would be met with a response, and that he had not made threats."],
            ["Putin said at a separate news conference that there had been no hostility and that the two sides had "
             "agreed to start consultations on cyber security.",
             "No joint statement was issued."],
            ["Kremlin spokesman Dmitry Peskov said a second meeting had not been discussed, and Putin said he was "
             "ready to invite Biden to Moscow \"when the time is right.\""],
            ["Ukrainian President Volodymyr Zelenskiy, who was not invited to Geneva, said he hoped Biden had raised "
             "the Russian troop build-up on Ukraine's border."],
        ],
        "events": [
            ev("agreement", "agree", at="Putin agree to return ambassadors", p=["Joe Biden", "Vladimir Putin"],
               date="2021-06-16", dt="on Wednesday"),
            ev("meeting", "summit", at="ambassadors at first summit", p=["Joe Biden", "Vladimir Putin"],
               agent="Joe Biden", target="Vladimir Putin", loc="Geneva, Switzerland"),
            ev("statement", "told", at="Biden told reporters", p=["Joe Biden"], agent="Joe Biden"),
            ev("statement", "warned", at="he had warned Putin", p=["Joe Biden", "Vladimir Putin"], agent="Joe Biden",
               target="Vladimir Putin"),
            ev("statement", "said", at="Putin said at a separate", p=["Vladimir Putin"], agent="Vladimir Putin"),
            ev("agreement", "agreed", at="had agreed to start consultations", p=["Joe Biden", "Vladimir Putin"]),
            ev("statement", "said", at="Peskov said", p=["Dmitry Peskov"], agent="Dmitry Peskov"),
            ev("statement", "said", at="Putin said he was ready", p=["Vladimir Putin"], agent="Vladimir Putin"),
            ev("statement", "said", at="said he hoped Biden", p=["Volodymyr Zelenskiy"], agent="Volodymyr Zelenskiy"),
        ],
        "irrealis": [
            irr("planned", "return", "return", at="to return their ambassadors", p=["United States", "Russia"]),
            irr("planned", "meeting", "talks", at="begin talks on arms control", p=["United States", "Russia"]),
            irr("hypothetical", "attack", "cyber attack", at="any cyber attack on critical", p=["United States"],
                target="critical U.S. infrastructure"),
            irr("hypothetical", "attack", "response", at="met with a response", p=["United States"],
                agent="United States"),
            irr("negated", "statement", "threats", at="had not made threats", p=["Joe Biden"], agent="Joe Biden"),
            irr("planned", "meeting", "consultations", at="start consultations on cyber security",
                p=["United States", "Russia"]),
            irr("negated", "statement", "joint statement", at="No joint statement was issued",
                p=["Joe Biden", "Vladimir Putin"]),
            irr("hypothetical", "meeting", "second meeting", at="a second meeting had not been discussed",
                p=["Joe Biden", "Vladimir Putin"]),
            irr("hypothetical", "visit", "invite", at="ready to invite Biden", p=["Joe Biden", "Moscow"],
                agent="Joe Biden", loc="Moscow, Russia"),
            irr("negated", "visit", "invited", at="who was not invited to Geneva", p=["Volodymyr Zelenskiy", "Geneva"],
                agent="Volodymyr Zelenskiy", loc="Geneva, Switzerland"),
            irr("hypothetical", "statement", "raised", at="hoped Biden had raised", p=["Joe Biden"], agent="Joe Biden"),
        ],
        "people": ["Joe Biden", "Vladimir Putin", "Dmitry Peskov", "Volodymyr Zelenskiy"],
        "places": ["Geneva", "Moscow", "Ukraine"],
        "organizations": ["Kremlin"],
    },
    {
        "id": "he09", "published": "2021-08-27",
        "paragraphs": [
            ["Suicide bombings outside Kabul airport kill 13 U.S. troops and dozens of Afghans"],
            ["KABUL (AP) — Two suicide bombers and gunmen attacked crowds of Afghans massing outside Kabul airport "
             "on Thursday, killing at least 72 people, including 13 U.S. service members, and wounding more than 140, "
             "U.S. and Afghan officials said."],
            ["The Islamic State group's Afghan affiliate claimed responsibility, and the Taliban, which has "
             "controlled the city since Aug. 15, condemned the attack."],
            ["President Joe Biden vowed to hunt down those responsible and said the evacuation of Americans and "
             "Afghan allies would continue until the Aug. 31 deadline.",
             "\"We will not forgive,\" Biden said at the White House."],
            ["He said he had asked the Pentagon to draw up plans to strike the group's assets and leaders."],
            ["Gen. Kenneth McKenzie, head of U.S. Central Command, said more attacks were expected.",
             "Taliban spokesman Zabihullah Mujahid denied that the group had been warned of the attack and said it "
             "would not negotiate with Islamic State."],
            ["Britain said it would end its own evacuation flights within hours, and Canada and Belgium halted "
             "theirs on Thursday."],
        ],
        "events": [
            ev("attack", "Suicide bombings", p=["Islamic State", "Kabul", "United States"], agent="Islamic State",
               target="crowds of Afghans", loc="Kabul, Afghanistan", date="2021-08-26", dt="on Thursday", killed=72,
               injured=140),
            ev("death", "killing", at="killing at least 72 people", date="2021-08-26", dt="on Thursday", killed=72),
            ev("injury", "wounding", at="wounding more than 140", date="2021-08-26", dt="on Thursday", injured=140),
            ev("statement", "said", at="Afghan officials said", p=["United States", "Afghanistan"]),
            ev("statement", "claimed", at="claimed responsibility", p=["Islamic State"], agent="Islamic State"),
            ev("statement", "condemned", p=["Taliban"], agent="Taliban"),
            ev("statement", "vowed", p=["Joe Biden"], agent="Joe Biden"),
            ev("statement", "said", at="said the evacuation", p=["Joe Biden"], agent="Joe Biden"),
            ev("statement", "said", at="Biden said at the White House", p=["Joe Biden"], agent="Joe Biden"),
            ev("statement", "said", at="He said he had asked", p=["Joe Biden"], agent="Joe Biden"),
            ev("statement", "asked", at="had asked the Pentagon", p=["Joe Biden", "Pentagon"], agent="Joe Biden",
               target="Pentagon"),
            ev("statement", "said", at="Central Command, said", p=["Kenneth McKenzie"], agent="Kenneth McKenzie"),
            ev("statement", "denied", p=["Zabihullah Mujahid"], agent="Zabihullah Mujahid"),
            ev("statement", "said", at="said it would not negotiate", p=["Zabihullah Mujahid"],
               agent="Zabihullah Mujahid"),
            ev("statement", "said", at="Britain said", p=["United Kingdom"], agent="United Kingdom"),
        ],
        "irrealis": [
            irr("planned", "attack", "hunt down", p=["United States"], agent="United States"),
            irr("planned", "attack", "strike", at="plans to strike the group", p=["United States", "Islamic State"],
                agent="United States", target="Islamic State"),
            irr("planned", "attack", "attacks", at="more attacks were expected", p=["Islamic State"],
                agent="Islamic State"),
            irr("negated", "statement", "warned", at="had been warned of the attack", p=["Taliban"], target="Taliban"),
            irr("negated", "meeting", "negotiate", at="would not negotiate", p=["Taliban", "Islamic State"],
                agent="Taliban"),
        ],
        "people": ["Joe Biden", "Kenneth McKenzie", "Zabihullah Mujahid"],
        "places": ["Kabul", "Britain", "Canada", "Belgium"],
        "organizations": ["Islamic State", "Taliban", "White House", "Pentagon", "U.S. Central Command"],
    },
    {
        "id": "he10", "published": "2022-01-07",
        "paragraphs": [
            ["ALMATY, Kazakhstan (Reuters) - Kazakh President Kassym-Jomart Tokayev said on Friday he had ordered "
             "security forces to shoot to kill without warning, as troops from a Russian-led alliance helped restore "
             "order after protests over fuel prices turned into the worst unrest in the country's history."],
            ["The Interior Ministry said 26 \"armed criminals\" had been killed and 18 wounded in clashes in Almaty, "
             "that 18 police officers had died and that more than 3,000 people had been detained."],
            ["Tokayev rejected calls from abroad for talks with the protesters, saying: \"What negotiations can "
             "there be with criminals and murderers?\""],
            ["About 2,500 troops of the Collective Security Treaty Organization, most of them Russian, arrived this "
             "week and are guarding government buildings.",
             "Activists had called for new rallies on Saturday, but internet access remained cut."],
            ["U.S. Secretary of State Antony Blinken spoke by phone with Kazakh Foreign Minister Mukhtar Tileuberdi "
             "on Thursday and questioned why the government had requested the troops.",
             "He said it might be very difficult to get Russian forces to leave once they were in the country."],
            ["The Kremlin said the alliance's mission would last no longer than needed and that Russia had no plans "
             "to keep troops in Kazakhstan."],
        ],
        "events": [
            ev("statement", "said", at="Tokayev said on Friday", p=["Kassym-Jomart Tokayev"],
               agent="Kassym-Jomart Tokayev", date="2022-01-07", dt="on Friday"),
            ev("statement", "ordered", p=["Kassym-Jomart Tokayev"], agent="Kassym-Jomart Tokayev"),
            ev("protest", "protests", at="protests over fuel prices", p=["Kazakhstan"], loc="Kazakhstan"),
            ev("statement", "said", at="The Interior Ministry said", p=["Kazakh Interior Ministry"],
               agent="Kazakh Interior Ministry"),
            ev("attack", "clashes", at="wounded in clashes in Almaty", p=["Almaty"], loc="Almaty, Kazakhstan",
               killed=26, injured=18),
            ev("death", "killed", at="had been killed and 18 wounded", killed=26),
            ev("injury", "wounded", at="had been killed and 18 wounded", injured=18),
            ev("death", "died", at="police officers had died", killed=18),
            ev("arrest", "detained", at="people had been detained", p=["Kazakh Interior Ministry"],
               agent="Kazakh Interior Ministry", loc="Kazakhstan"),
            ev("statement", "rejected", at="Tokayev rejected calls", p=["Kassym-Jomart Tokayev"],
               agent="Kassym-Jomart Tokayev"),
            ev("statement", "saying", at="saying: \"What negotiations", p=["Kassym-Jomart Tokayev"],
               agent="Kassym-Jomart Tokayev"),
            ev("deployment", "arrived", p=["Collective Security Treaty Organization", "Kazakhstan"],
               agent="Collective Security Treaty Organization", date="2022-W01", dt="this week"),
            ev("statement", "called for", at="Activists had called for"),
            ev("call", "spoke by phone", p=["Antony Blinken", "Mukhtar Tileuberdi"], agent="Antony Blinken",
               target="Mukhtar Tileuberdi", date="2022-01-06", dt="on Thursday"),
            ev("statement", "questioned", p=["Antony Blinken"], agent="Antony Blinken", date="2022-01-06",
               dt="on Thursday"),
            ev("statement", "requested", at="had requested the troops", p=["Kazakhstan",
               "Collective Security Treaty Organization"], agent="Kazakhstan",
               target="Collective Security Treaty Organization"),
            ev("statement", "said", at="He said it might be", p=["Antony Blinken"], agent="Antony Blinken"),
            ev("statement", "said", at="The Kremlin said", p=["Kremlin"], agent="Kremlin"),
        ],
        "irrealis": [
            irr("planned", "attack", "shoot", at="shoot to kill without warning", p=["Kazakh security forces"],
                agent="Kazakh security forces"),
            irr("negated", "meeting", "talks", at="calls from abroad for talks", p=["Kassym-Jomart Tokayev"],
                agent="Kassym-Jomart Tokayev"),
            irr("planned", "protest", "rallies", at="called for new rallies", loc="Kazakhstan", date="2022-01-08",
                dt="on Saturday"),
            irr("hypothetical", "withdrawal", "leave", at="get Russian forces to leave", p=["Russia"], agent="Russia"),
            irr("negated", "deployment", "keep troops", p=["Russia", "Kazakhstan"], agent="Russia"),
        ],
        "people": ["Kassym-Jomart Tokayev", "Antony Blinken", "Mukhtar Tileuberdi"],
        "places": ["Almaty", "Kazakhstan", "Russia"],
        "organizations": ["Kazakh Interior Ministry", "Collective Security Treaty Organization", "Kremlin"],
    },
    {
        "id": "he11", "published": "2022-11-16",
        "paragraphs": [
            ["NATO sees no sign of deliberate attack on Poland"],
            ["PRZEWODOW, Poland (AP) — A missile that struck a farm in eastern Poland on Tuesday, killing two men, "
             "was most likely fired by Ukraine's air defences at an incoming Russian missile, Polish President "
             "Andrzej Duda said on Wednesday."],
            ["\"There is no indication that this was an intentional attack,\" Duda told reporters, adding that "
             "Poland would probably not invoke Article 4 of NATO's treaty, which would have required urgent talks "
             "among the allies."],
            ["NATO Secretary-General Jens Stoltenberg said after an emergency meeting of alliance ambassadors in "
             "Brussels that Russia bore ultimate responsibility because it had launched a barrage of missiles at "
             "Ukrainian cities on Tuesday."],
            ["U.S. President Joe Biden, who was attending the Group of 20 summit in Bali, said it was \"unlikely\" "
             "that the missile had been fired from Russia, and he spoke by phone with Duda on Tuesday night."],
            ["Ukrainian President Volodymyr Zelenskiy denied that the missile was Ukrainian and demanded that "
             "Kyiv's experts be allowed to visit the site.",
             "Russia's Defence Ministry said no Russian strikes had been carried out near the Polish border."],
            ["Polish prosecutors said their investigation would take several weeks, and the government said it saw "
             "no need to ask allies for more help."],
        ],
        "events": [
            ev("attack", "struck", at="A missile that struck a farm", p=["Przewodow"], target="farm",
               loc="Przewodow, Poland", date="2022-11-15", dt="on Tuesday", killed=2),
            ev("death", "killing", at="killing two men", date="2022-11-15", dt="on Tuesday", killed=2),
            ev("statement", "said", at="Duda said on Wednesday", p=["Andrzej Duda"], agent="Andrzej Duda",
               date="2022-11-16", dt="on Wednesday"),
            ev("statement", "told", at="Duda told reporters", p=["Andrzej Duda"], agent="Andrzej Duda"),
            ev("statement", "adding", at="adding that Poland", p=["Andrzej Duda"], agent="Andrzej Duda"),
            ev("statement", "said", at="Stoltenberg said", p=["Jens Stoltenberg"], agent="Jens Stoltenberg"),
            ev("meeting", "emergency meeting", at="emergency meeting of alliance ambassadors", p=["NATO"],
               loc="Brussels, Belgium"),
            ev("attack", "launched", at="had launched a barrage", p=["Russia", "Ukraine"], agent="Russia",
               target="Ukrainian cities", loc="Ukraine", date="2022-11-15", dt="on Tuesday"),
            ev("meeting", "summit", at="attending the Group of 20 summit", p=["Joe Biden", "Group of 20"],
               loc="Bali, Indonesia"),
            ev("statement", "said", at="in Bali, said", p=["Joe Biden"], agent="Joe Biden"),
            ev("call", "spoke by phone", p=["Joe Biden", "Andrzej Duda"], agent="Joe Biden", target="Andrzej Duda",
               date="2022-11-15", dt="on Tuesday night"),
            ev("statement", "denied", p=["Volodymyr Zelenskiy"], agent="Volodymyr Zelenskiy"),
            ev("statement", "demanded", p=["Volodymyr Zelenskiy"], agent="Volodymyr Zelenskiy"),
            ev("statement", "said", at="Defence Ministry said", p=["Russian Defence Ministry"],
               agent="Russian Defence Ministry"),
            ev("statement", "said", at="Polish prosecutors said", p=["Polish prosecutors"], agent="Polish prosecutors"),
            ev("investigation", "investigation", at="their investigation would take", p=["Polish prosecutors"],
               agent="Polish prosecutors"),
            ev("statement", "said", at="the government said it saw", p=["Poland"], agent="Poland"),
        ],
        "irrealis": [
            irr("negated", "attack", "attack", at="no sign of deliberate attack", p=["Poland"], target="Poland"),
            irr("hypothetical", "meeting", "talks", at="would have required urgent talks", p=["NATO"]),
            irr("planned", "visit", "visit", at="allowed to visit the site", p=["Ukraine", "Przewodow"],
                agent="Ukraine", loc="Przewodow, Poland"),
            irr("negated", "attack", "strikes", at="no Russian strikes had been carried out", p=["Russia"],
                agent="Russia"),
            irr("negated", "statement", "ask", at="no need to ask allies", p=["Poland"], agent="Poland"),
        ],
        "people": ["Andrzej Duda", "Jens Stoltenberg", "Joe Biden", "Volodymyr Zelenskiy"],
        "places": ["Poland", "Przewodow", "Ukraine", "Brussels", "Bali", "Russia", "Kyiv"],
        "organizations": ["NATO", "Group of 20", "Russian Defence Ministry", "Polish prosecutors"],
    },
    {
        "id": "he12", "published": "2023-03-11",
        "paragraphs": [
            ["Saudi Arabia and Iran agree to restore ties in China-brokered deal"],
            ["BEIJING (Reuters) - Saudi Arabia and Iran agreed on Friday to re-establish diplomatic relations and "
             "reopen their embassies within two months, ending seven years of estrangement after talks in Beijing, "
             "the three countries said in a joint statement."],
            ["The deal was reached after four days of talks between Iran's top security official, Ali Shamkhani, "
             "and Saudi national security adviser Musaid al-Aiban, who signed the statement with Chinese diplomat "
             "Wang Yi."],
            ["The foreign ministers of the two countries will meet to arrange the return of ambassadors, the "
             "statement said, without saying when.",
             "Iranian President Ebrahim Raisi has accepted an invitation from King Salman to visit Riyadh, an "
             "Iranian official said."],
            ["Saudi Crown Prince Mohammed bin Salman spoke by phone with Chinese President Xi Jinping on Saturday to "
             "thank him, state media reported."],
            ["U.S. National Security Council spokesman John Kirby said Washington welcomed any effort to end the war "
             "in Yemen.",
             "Yemen's Houthis said the agreement did not cover peace talks on Yemen, which had been expected to "
             "resume in April."],
        ],
        "events": [
            ev("agreement", "agree", at="Iran agree to restore ties", p=["Saudi Arabia", "Iran"], loc="Beijing, China",
               date="2023-03-10", dt="on Friday"),
            ev("meeting", "talks", at="after talks in Beijing", p=["Saudi Arabia", "Iran", "Ali Shamkhani",
               "Musaid al-Aiban"], agent="Ali Shamkhani", target="Musaid al-Aiban", loc="Beijing, China"),
            ev("statement", "said", at="said in a joint statement", p=["Saudi Arabia", "Iran", "China"]),
            ev("statement", "said", at="the statement said", p=["Saudi Arabia", "Iran", "China"]),
            ev("statement", "accepted", at="has accepted an invitation", p=["Ebrahim Raisi"], agent="Ebrahim Raisi"),
            ev("statement", "said", at="an Iranian official said", p=["Iran"], agent="Iran"),
            ev("call", "spoke by phone", p=["Mohammed bin Salman", "Xi Jinping"], agent="Mohammed bin Salman",
               target="Xi Jinping", date="2023-03-11", dt="on Saturday"),
            ev("statement", "thank", at="to thank him", p=["Mohammed bin Salman", "Xi Jinping"],
               agent="Mohammed bin Salman", target="Xi Jinping"),
            ev("statement", "reported", at="state media reported"),
            ev("statement", "said", at="John Kirby said", p=["John Kirby"], agent="John Kirby"),
            ev("statement", "welcomed", p=["United States"], agent="United States"),
            ev("statement", "said", at="Houthis said", p=["Houthis"], agent="Houthis"),
        ],
        "irrealis": [
            irr("planned", "meeting", "meet", at="will meet to arrange", p=["Saudi Arabia", "Iran"]),
            irr("negated", "statement", "saying", at="without saying when", p=["Saudi Arabia", "Iran", "China"]),
            irr("planned", "visit", "visit", at="to visit Riyadh", p=["Ebrahim Raisi", "Riyadh"], agent="Ebrahim Raisi",
                loc="Riyadh, Saudi Arabia"),
            irr("planned", "meeting", "peace talks", at="did not cover peace talks", p=["Houthis", "Saudi Arabia"],
                date="2023-04", dt="in April"),
        ],
        "people": ["Ali Shamkhani", "Musaid al-Aiban", "Wang Yi", "Ebrahim Raisi", "King Salman",
                   "Mohammed bin Salman", "Xi Jinping", "John Kirby"],
        "places": ["Saudi Arabia", "Iran", "China", "Beijing", "Riyadh", "Yemen", "Washington"],
        "organizations": ["U.S. National Security Council", "Houthis"],
    },
    {
        "id": "he13", "published": "2023-06-25",
        "paragraphs": [
            ["MOSCOW (Reuters) - Wagner mercenary chief Yevgeny Prigozhin ordered his fighters to halt their march on "
             "Moscow on Saturday and return to their bases, under a deal brokered by Belarusian President Alexander "
             "Lukashenko that ended the most serious challenge to President Vladimir Putin in decades."],
            ["Kremlin spokesman Dmitry Peskov said the criminal case against Prigozhin for armed mutiny would be "
             "dropped and that he would move to Belarus.",
             "Wagner fighters who took part in the uprising would not be prosecuted, Peskov added, and those who had "
             "not joined it could sign contracts with the Defence Ministry."],
            ["Wagner fighters had seized the military headquarters in the southern city of Rostov-on-Don on Saturday "
             "morning and shot down several military helicopters, killing at least 13 airmen, Russian military "
             "bloggers said."],
            ["Putin had vowed in a televised address on Saturday to punish the \"traitors,\" but did not mention "
             "Prigozhin by name."],
            ["Putin has not appeared in public since the deal was announced, and the Kremlin declined to say whether "
             "the two men had spoken by phone."],
            ["U.S. Secretary of State Antony Blinken said the mutiny showed \"real cracks\" in Putin's rule and that "
             "Washington had played no part in it.",
             "Ukrainian President Volodymyr Zelenskiy said the chaos proved that Russia could not hold Ukrainian "
             "land."],
        ],
        "events": [
            ev("statement", "ordered", p=["Yevgeny Prigozhin"], agent="Yevgeny Prigozhin", date="2023-06-24",
               dt="on Saturday"),
            ev("mutiny", "march", at="halt their march on Moscow", p=["Wagner", "Moscow"], agent="Wagner"),
            ev("agreement", "deal", at="under a deal brokered", p=["Yevgeny Prigozhin", "Kremlin",
               "Alexander Lukashenko"]),
            ev("statement", "said", at="Peskov said the criminal case", p=["Dmitry Peskov"], agent="Dmitry Peskov"),
            ev("statement", "added", at="Peskov added", p=["Dmitry Peskov"], agent="Dmitry Peskov"),
            ev("seizure", "seized", at="had seized the military headquarters", p=["Wagner", "Rostov-on-Don"],
               agent="Wagner", loc="Rostov-on-Don, Russia", date="2023-06-24", dt="on Saturday morning"),
            ev("attack", "shot down", p=["Wagner"], agent="Wagner", target="military helicopters",
               date="2023-06-24", dt="on Saturday morning", killed=13),
            ev("death", "killing", at="killing at least 13 airmen", date="2023-06-24", dt="on Saturday morning",
               killed=13),
            ev("statement", "said", at="military bloggers said"),
            ev("statement", "vowed", p=["Vladimir Putin"], agent="Vladimir Putin", date="2023-06-24",
               dt="on Saturday"),
            ev("statement", "announced", at="the deal was announced"),
            ev("statement", "said", at="Blinken said", p=["Antony Blinken"], agent="Antony Blinken"),
            ev("statement", "said", at="Zelenskiy said", p=["Volodymyr Zelenskiy"], agent="Volodymyr Zelenskiy"),
        ],
        "irrealis": [
            irr("planned", "dismissal", "dropped", at="would be dropped", p=["Yevgeny Prigozhin"],
                target="Yevgeny Prigozhin"),
            irr("planned", "relocation", "move", at="would move to Belarus", p=["Yevgeny Prigozhin", "Belarus"],
                agent="Yevgeny Prigozhin", loc="Belarus"),
            irr("negated", "prosecution", "prosecuted", at="would not be prosecuted", p=["Wagner"], target="Wagner"),
            irr("hypothetical", "agreement", "sign contracts", p=["Wagner", "Russian Defence Ministry"]),
            irr("planned", "punishment", "punish", at="to punish the", p=["Vladimir Putin"], agent="Vladimir Putin"),
            irr("negated", "statement", "mention", at="did not mention Prigozhin", p=["Vladimir Putin"],
                agent="Vladimir Putin"),
            irr("negated", "statement", "declined to say", p=["Kremlin"], agent="Kremlin"),
            irr("hypothetical", "call", "spoken by phone", p=["Vladimir Putin", "Yevgeny Prigozhin"]),
        ],
        "people": ["Yevgeny Prigozhin", "Alexander Lukashenko", "Vladimir Putin", "Dmitry Peskov", "Antony Blinken",
                   "Volodymyr Zelenskiy"],
        "places": ["Moscow", "Belarus", "Rostov-on-Don", "Russia", "Washington"],
        "organizations": ["Wagner", "Kremlin", "Russian Defence Ministry"],
    },
    {
        "id": "he14", "published": "2024-01-19",
        "paragraphs": [
            ["Pakistan strikes militants in Iran, two days after Iranian attack"],
            ["ISLAMABAD (Reuters) - Pakistan carried out air strikes on separatist militants inside Iran early on "
             "Thursday, killing at least nine people, two days after Iran hit what it said were bases of a Sunni "
             "militant group in Pakistan's Balochistan province."],
            ["Iran's Interior Minister Ahmad Vahidi said the dead were all foreigners and warned that Iran would "
             "respond firmly to any new violation of its territory, and Tehran demanded an explanation from "
             "Islamabad."],
            ["Pakistan's Foreign Ministry said the strikes had targeted hideouts of the Baloch Liberation Front and "
             "that Islamabad fully respected Iran's sovereignty."],
            ["Pakistan recalled its ambassador from Tehran on Wednesday, said Iran's envoy would not be allowed to "
             "return and suspended all planned high-level visits between the two countries."],
            ["China, which has close ties to both neighbours, offered to mediate, and the United States urged "
             "restraint."],
            ["Iranian Foreign Minister Hossein Amir-Abdollahian and his Pakistani counterpart Jalil Abbas Jilani "
             "spoke by phone on Friday and agreed that the two sides would avoid further attacks, Pakistani officials "
             "said."],
        ],
        "events": [
            ev("attack", "strikes", at="Pakistan strikes militants in Iran", p=["Pakistan", "Iran"], agent="Pakistan",
               target="separatist militants", loc="Iran", date="2024-01-18", dt="early on Thursday", killed=9),
            ev("attack", "attack", at="two days after Iranian attack", p=["Iran", "Pakistan", "Balochistan"],
               agent="Iran", target="bases of a Sunni militant group", loc="Balochistan, Pakistan",
               date="2024-01-16", dt="two days after"),
            ev("death", "killing", at="killing at least nine people", date="2024-01-18", dt="early on Thursday",
               killed=9),
            ev("statement", "said", at="what it said were bases", p=["Iran"], agent="Iran"),
            ev("statement", "said", at="Vahidi said", p=["Ahmad Vahidi"], agent="Ahmad Vahidi"),
            ev("statement", "warned", at="warned that Iran would respond", p=["Ahmad Vahidi"], agent="Ahmad Vahidi"),
            ev("statement", "demanded", p=["Iran", "Pakistan"], agent="Iran", target="Pakistan"),
            ev("statement", "said", at="Foreign Ministry said", p=["Pakistani Foreign Ministry"],
               agent="Pakistani Foreign Ministry"),
            ev("recall", "recalled", p=["Pakistan"], agent="Pakistan", date="2024-01-17", dt="on Wednesday"),
            ev("statement", "said", at="said Iran's envoy", p=["Pakistan"], agent="Pakistan", date="2024-01-17",
               dt="on Wednesday"),
            ev("statement", "offered", p=["China"], agent="China"),
            ev("statement", "urged", p=["United States"], agent="United States"),
            ev("call", "spoke by phone", p=["Hossein Amir-Abdollahian", "Jalil Abbas Jilani"],
               agent="Hossein Amir-Abdollahian", target="Jalil Abbas Jilani", date="2024-01-19", dt="on Friday"),
            ev("agreement", "agreed", at="agreed that the two sides", p=["Hossein Amir-Abdollahian",
               "Jalil Abbas Jilani"], date="2024-01-19", dt="on Friday"),
            ev("statement", "said", at="Pakistani officials said", p=["Pakistan"], agent="Pakistan"),
        ],
        "irrealis": [
            irr("hypothetical", "attack", "respond", at="Iran would respond firmly", p=["Iran"], agent="Iran"),
            irr("negated", "return", "return", at="would not be allowed to return", p=["Iran"]),
            irr("negated", "visit", "visits", at="suspended all planned high-level visits", p=["Pakistan", "Iran"]),
            irr("hypothetical", "meeting", "mediate", at="offered to mediate", p=["China"], agent="China"),
            irr("negated", "attack", "attacks", at="would avoid further attacks", p=["Iran", "Pakistan"]),
        ],
        "people": ["Ahmad Vahidi", "Hossein Amir-Abdollahian", "Jalil Abbas Jilani"],
        "places": ["Pakistan", "Iran", "Balochistan", "Tehran", "Islamabad", "China", "United States"],
        "organizations": ["Pakistani Foreign Ministry", "Baloch Liberation Front"],
    },
    {
        "id": "he15", "published": "2024-12-04",
        "paragraphs": [
            ["South Korea's Yoon lifts martial law after parliament rejects it"],
            ["SEOUL (Reuters) - South Korean President Yoon Suk Yeol lifted martial law early on Wednesday, about six "
             "hours after he declared it in a late-night television address, as lawmakers defied troops surrounding "
             "parliament and voted unanimously to block his order."],
            ["\"I will accept the National Assembly's demand,\" Yoon said in a second address, but he did not "
             "apologise, claiming again that opposition parties were paralysing the government."],
            ["The main opposition Democratic Party said it would file an impeachment motion on Wednesday and could "
             "put it to a vote as early as Friday, and the country's largest labour union called an indefinite "
             "general strike."],
            ["Thousands of protesters gathered outside parliament overnight, chanting \"Arrest Yoon,\" and scuffled "
             "with soldiers, but no one was seriously hurt, police said."],
            ["U.S. Deputy Secretary of State Kurt Campbell said Washington had not been informed in advance.",
             "Defence Minister Kim Yong-hyun offered to resign, taking responsibility for the troop deployment, his "
             "ministry said."],
            ["Japanese Prime Minister Shigeru Ishiba postponed a planned call with Yoon, officials in Tokyo said."],
        ],
        "events": [
            ev("vote", "rejects", at="after parliament rejects it", p=["National Assembly"], agent="National Assembly"),
            ev("statement", "declared", at="he declared it in a late-night television address", p=["Yoon Suk Yeol"],
               agent="Yoon Suk Yeol"),
            ev("statement", "said", at="Yoon said in a second address", p=["Yoon Suk Yeol"], agent="Yoon Suk Yeol"),
            ev("statement", "claiming", p=["Yoon Suk Yeol"], agent="Yoon Suk Yeol"),
            ev("statement", "said", at="Democratic Party said", p=["Democratic Party"], agent="Democratic Party"),
            ev("protest", "gathered", at="protesters gathered outside parliament", loc="Seoul, South Korea"),
            ev("statement", "said", at="hurt, police said", p=["South Korean police"], agent="South Korean police"),
            ev("statement", "said", at="Kurt Campbell said", p=["Kurt Campbell"], agent="Kurt Campbell"),
            ev("statement", "offered", at="Kim Yong-hyun offered", p=["Kim Yong-hyun"], agent="Kim Yong-hyun"),
            ev("deployment", "troop deployment", p=["South Korea"]),
            ev("statement", "said", at="his ministry said", p=["South Korean Defence Ministry"],
               agent="South Korean Defence Ministry"),
            ev("statement", "said", at="officials in Tokyo said", p=["Japan"], agent="Japan"),
        ],
        "irrealis": [
            irr("negated", "statement", "apologise", at="did not apologise", p=["Yoon Suk Yeol"],
                agent="Yoon Suk Yeol"),
            irr("planned", "impeachment", "impeachment motion", p=["Democratic Party", "Yoon Suk Yeol"],
                agent="Democratic Party", target="Yoon Suk Yeol", date="2024-12-04", dt="on Wednesday"),
            irr("hypothetical", "vote", "vote", at="put it to a vote", p=["National Assembly"],
                date="2024-12-06", dt="as early as Friday"),
            irr("planned", "protest", "general strike", at="indefinite general strike", loc="South Korea"),
            irr("planned", "arrest", "Arrest", at="chanting \"Arrest Yoon", p=["Yoon Suk Yeol"],
                target="Yoon Suk Yeol"),
            irr("negated", "injury", "hurt", at="no one was seriously hurt"),
            irr("negated", "statement", "informed", at="had not been informed in advance", p=["United States"],
                target="United States"),
            irr("planned", "resignation", "resign", at="offered to resign", p=["Kim Yong-hyun"], agent="Kim Yong-hyun"),
            irr("negated", "call", "call", at="postponed a planned call", p=["Shigeru Ishiba", "Yoon Suk Yeol"],
                agent="Shigeru Ishiba", target="Yoon Suk Yeol"),
        ],
        "people": ["Yoon Suk Yeol", "Kurt Campbell", "Kim Yong-hyun", "Shigeru Ishiba"],
        "places": ["South Korea", "Seoul", "Washington", "Tokyo"],
        "organizations": ["National Assembly", "Democratic Party", "South Korean police",
                          "South Korean Defence Ministry"],
    },
    {
        "id": "he16", "published": "2025-03-12",
        "paragraphs": [
            ["Ukraine ready for 30-day ceasefire, U.S. says ball is in Russia's court"],
            ["JEDDAH, Saudi Arabia (Reuters) - Ukraine said on Tuesday it was ready to accept a U.S. proposal for an "
             "immediate 30-day ceasefire with Russia, after more than eight hours of talks with American officials "
             "in the Saudi city of Jeddah."],
            ["Secretary of State Marco Rubio told reporters that Washington would lift its pause on military aid and "
             "would present the offer to Moscow, adding: \"The ball is now in their court.\""],
            ["Rubio said he expected U.S. envoys to meet Russian officials in the coming days, and that Washington "
             "hoped for a positive answer but had not received one."],
            ["Ukraine's delegation, led by presidential chief of staff Andriy Yermak, also agreed with the Americans "
             "to conclude a deal on Ukraine's critical minerals as soon as possible, a joint statement said."],
            ["The Kremlin said it would not comment until it had been briefed by Washington, and a senior Russian "
             "lawmaker, Konstantin Kosachev, said any agreement would have to be on Russia's terms."],
            ["Russian drones struck Kharkiv overnight, wounding four people, regional officials said, and President "
             "Vladimir Putin has yet to speak with U.S. President Donald Trump about the plan."],
        ],
        "events": [
            ev("statement", "says", at="U.S. says ball", p=["United States"], agent="United States"),
            ev("statement", "said", at="Ukraine said on Tuesday", p=["Ukraine"], agent="Ukraine", date="2025-03-11",
               dt="on Tuesday"),
            ev("meeting", "talks", at="eight hours of talks", p=["Ukraine", "United States"],
               loc="Jeddah, Saudi Arabia"),
            ev("statement", "told", at="Rubio told reporters", p=["Marco Rubio"], agent="Marco Rubio"),
            ev("statement", "adding", at="adding: \"The ball", p=["Marco Rubio"], agent="Marco Rubio"),
            ev("statement", "said", at="Rubio said he expected", p=["Marco Rubio"], agent="Marco Rubio"),
            ev("agreement", "agreed", at="also agreed with the Americans", p=["Ukraine", "United States"]),
            ev("statement", "said", at="a joint statement said", p=["Ukraine", "United States"]),
            ev("statement", "said", at="The Kremlin said", p=["Kremlin"], agent="Kremlin"),
            ev("statement", "said", at="Kosachev, said", p=["Konstantin Kosachev"], agent="Konstantin Kosachev"),
            ev("attack", "struck", at="Russian drones struck Kharkiv", p=["Russia", "Kharkiv"], agent="Russia",
               target="Kharkiv", loc="Kharkiv, Ukraine", injured=4),
            ev("injury", "wounding", at="wounding four people", injured=4),
            ev("statement", "said", at="regional officials said"),
        ],
        "irrealis": [
            irr("planned", "agreement", "ceasefire", at="ready for 30-day ceasefire", p=["Ukraine", "Russia"]),
            irr("planned", "statement", "present", at="present the offer to Moscow", p=["United States", "Russia"],
                agent="United States", target="Russia"),
            irr("planned", "meeting", "meet", at="envoys to meet Russian officials", p=["United States", "Russia"],
                agent="United States", target="Russia"),
            irr("negated", "statement", "answer", at="had not received one", p=["Russia"], agent="Russia"),
            irr("planned", "agreement", "deal", at="conclude a deal on Ukraine", p=["Ukraine", "United States"]),
            irr("negated", "statement", "comment", at="would not comment until", p=["Kremlin"], agent="Kremlin"),
            irr("planned", "statement", "briefed", at="had been briefed by Washington", p=["United States", "Kremlin"],
                agent="United States", target="Kremlin"),
            irr("hypothetical", "agreement", "agreement", at="any agreement would have to be", p=["Russia"]),
            irr("negated", "call", "speak", at="has yet to speak with", p=["Vladimir Putin", "Donald Trump"],
                agent="Vladimir Putin", target="Donald Trump"),
        ],
        "people": ["Marco Rubio", "Andriy Yermak", "Konstantin Kosachev", "Vladimir Putin", "Donald Trump"],
        "places": ["Ukraine", "Russia", "Jeddah", "Saudi Arabia", "Washington", "Moscow", "Kharkiv"],
        "organizations": ["Kremlin"],
    },
    {
        "id": "he17", "published": "2025-07-23",
        "paragraphs": [
            ["Trump says U.S. reached trade deal with Japan, cutting tariff to 15%"],
            ["TOKYO (Reuters) - U.S. President Donald Trump said on Tuesday the United States had reached a trade "
             "agreement with Japan that would lower a threatened 25% tariff on Japanese goods to 15%, in exchange for "
             "$550 billion in Japanese investment in the United States."],
            ["Trump announced the deal on his Truth Social platform after meeting Japan's chief trade negotiator, "
             "Ryosei Akazawa, at the White House."],
            ["Prime Minister Shigeru Ishiba told reporters in Tokyo on Wednesday that the agreement did not cut "
             "tariffs on Japanese cars to zero but was the best rate offered to any country with a trade surplus with "
             "the United States."],
            ["Ishiba, whose coalition lost its upper house majority in an election on Sunday, denied reports that he "
             "planned to resign and said he would study the details before deciding on his future."],
            ["The White House did not say whether the deal covered steel, and no written text has been released.",
             "Trump said he would now focus on talks with the European Union, which faces a 30% tariff from Aug. 1 "
             "if no agreement is reached."],
            ["South Korean trade officials said they would travel to Washington this week for their own talks."],
        ],
        "events": [
            ev("statement", "says", at="Trump says U.S. reached", p=["Donald Trump"], agent="Donald Trump"),
            ev("agreement", "trade deal", at="reached trade deal with Japan", p=["United States", "Japan"]),
            ev("statement", "said", at="Donald Trump said on Tuesday", p=["Donald Trump"], agent="Donald Trump",
               date="2025-07-22", dt="on Tuesday"),
            ev("statement", "announced", p=["Donald Trump"], agent="Donald Trump"),
            ev("meeting", "meeting", at="after meeting Japan's chief", p=["Donald Trump", "Ryosei Akazawa"],
               agent="Donald Trump", target="Ryosei Akazawa"),
            ev("statement", "told", at="Ishiba told reporters", p=["Shigeru Ishiba"], agent="Shigeru Ishiba",
               loc="Tokyo, Japan", date="2025-07-23", dt="on Wednesday"),
            ev("election", "election", at="in an election on Sunday", p=["Japan"], loc="Japan", date="2025-07-20",
               dt="on Sunday"),
            ev("statement", "denied", at="denied reports", p=["Shigeru Ishiba"], agent="Shigeru Ishiba"),
            ev("statement", "said", at="said he would study", p=["Shigeru Ishiba"], agent="Shigeru Ishiba"),
            ev("statement", "said", at="Trump said he would now", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "said", at="trade officials said", p=["South Korea"], agent="South Korea"),
        ],
        "irrealis": [
            irr("negated", "resignation", "resign", at="planned to resign", p=["Shigeru Ishiba"],
                agent="Shigeru Ishiba"),
            irr("negated", "statement", "did not say", p=["White House"], agent="White House"),
            irr("planned", "meeting", "talks", at="focus on talks with the European Union",
                p=["United States", "European Union"]),
            irr("hypothetical", "agreement", "agreement", at="if no agreement is reached",
                p=["United States", "European Union"]),
            irr("planned", "visit", "travel", at="would travel to Washington", p=["South Korea", "Washington"],
                agent="South Korea", loc="Washington, United States", date="2025-W30", dt="this week"),
            irr("planned", "meeting", "talks", at="for their own talks", p=["South Korea", "United States"],
                date="2025-W30", dt="this week"),
        ],
        "people": ["Donald Trump", "Ryosei Akazawa", "Shigeru Ishiba"],
        "places": ["United States", "Japan", "Tokyo", "Washington"],
        "organizations": ["Truth Social", "White House", "European Union"],
    },
    {
        "id": "he18", "published": "2025-09-12",
        "paragraphs": [
            ["Brazil's top court convicts Bolsonaro of coup plot"],
            ["BRASILIA (AP) — Brazil's Supreme Court convicted former President Jair Bolsonaro on Thursday of "
             "plotting a coup to overturn his 2022 election defeat and sentenced him to 27 years and three months in "
             "prison."],
            ["Four of the five justices on the panel voted to convict, and Justice Luiz Fux, the lone dissenter, said "
             "the court had no jurisdiction to try a former president."],
            ["Bolsonaro, who has been under house arrest since August, did not attend the session and will not go to "
             "prison until his appeals are exhausted, his lawyers said, adding that they would appeal."],
            ["U.S. Secretary of State Marco Rubio said Washington would \"respond accordingly\" to what he called a "
             "witch hunt, and the White House said President Donald Trump was considering new sanctions on Brazilian "
             "officials."],
            ["Washington imposed sanctions in July on Justice Alexandre de Moraes, who led the case."],
            ["President Luiz Inacio Lula da Silva said the ruling showed that Brazil's democracy was strong and that "
             "he would not negotiate the country's sovereignty with anyone.",
             "Bolsonaro's supporters plan rallies in Sao Paulo and Rio de Janeiro on Sunday."],
        ],
        "events": [
            ev("ruling", "convicts", at="top court convicts Bolsonaro", p=["Brazilian Supreme Court", "Jair Bolsonaro"],
               agent="Brazilian Supreme Court", target="Jair Bolsonaro", loc="Brazil", date="2025-09-11",
               dt="on Thursday"),
            ev("election", "election defeat", at="his 2022 election defeat", p=["Brazil"], loc="Brazil", date="2022",
               dt="2022"),
            ev("sentence", "sentenced", p=["Brazilian Supreme Court", "Jair Bolsonaro"],
               agent="Brazilian Supreme Court", target="Jair Bolsonaro", date="2025-09-11", dt="on Thursday"),
            ev("vote", "voted", at="voted to convict", p=["Brazilian Supreme Court"]),
            ev("statement", "said", at="the lone dissenter, said", p=["Luiz Fux"], agent="Luiz Fux"),
            ev("arrest", "house arrest", p=["Jair Bolsonaro"], target="Jair Bolsonaro", date="2025-08",
               dt="since August"),
            ev("statement", "said", at="his lawyers said"),
            ev("statement", "adding", at="adding that they would appeal"),
            ev("statement", "said", at="Marco Rubio said", p=["Marco Rubio"], agent="Marco Rubio"),
            ev("statement", "called", at="what he called a", p=["Marco Rubio"], agent="Marco Rubio"),
            ev("statement", "said", at="the White House said", p=["White House"], agent="White House"),
            ev("sanction", "sanctions", at="Washington imposed sanctions", p=["United States", "Alexandre de Moraes"],
               agent="United States", target="Alexandre de Moraes", date="2025-07", dt="in July"),
            ev("statement", "said", at="Lula da Silva said", p=["Luiz Inacio Lula da Silva"],
               agent="Luiz Inacio Lula da Silva"),
        ],
        "irrealis": [
            irr("planned", "coup", "coup", at="plotting a coup", p=["Jair Bolsonaro"], agent="Jair Bolsonaro"),
            irr("planned", "appeal", "appeal", at="they would appeal", p=["Jair Bolsonaro"], agent="Jair Bolsonaro"),
            irr("hypothetical", "sanction", "sanctions", at="considering new sanctions",
                p=["Donald Trump", "Brazil"], agent="Donald Trump", target="Brazilian officials"),
            irr("negated", "meeting", "negotiate", at="would not negotiate", p=["Luiz Inacio Lula da Silva"],
                agent="Luiz Inacio Lula da Silva"),
            irr("planned", "protest", "rallies", at="plan rallies in Sao Paulo", p=["Sao Paulo", "Rio de Janeiro"],
                loc="Sao Paulo, Brazil", date="2025-09-14", dt="on Sunday"),
        ],
        "people": ["Jair Bolsonaro", "Luiz Fux", "Marco Rubio", "Donald Trump", "Alexandre de Moraes",
                   "Luiz Inacio Lula da Silva"],
        "places": ["Brazil", "Brasilia", "Washington", "Sao Paulo", "Rio de Janeiro"],
        "organizations": ["Brazilian Supreme Court", "White House"],
    },
    {
        "id": "he19", "published": "2026-01-20",
        "paragraphs": [
            ["Australia's Southern Cross Minerals to buy Chile's Andes Cobre for $2.7 billion"],
            ["SANTIAGO (Reuters) - Australian miner Southern Cross Minerals said on Monday it had agreed to buy "
             "Chilean copper producer Andes Cobre for $2.7 billion in cash, a year after Andes Cobre's board turned "
             "down a lower offer from the Australian company."],
            ["The deal still needs approval from Chilean and Chinese regulators and is expected to close by the end of "
             "June."],
            ["Andes Cobre chief executive Mariela Fuentes told analysts the board had unanimously recommended the "
             "offer, but its largest shareholder, the state development agency Corfo, said it had not yet decided "
             "whether to support it."],
            ["Chile's Economy Minister Nicolas Grau said the government would not block the sale as long as the "
             "company kept its headquarters in Santiago."],
            ["Southern Cross bought Peruvian zinc miner Puno Metals for $640 million in 2023.",
             "Rival bidder Boreal Resources declined to say whether it would make a counteroffer."],
            ["Unions at Andes Cobre's two mines in the Atacama desert said they would strike if the new owner cut "
             "jobs."],
        ],
        "events": [
            ev("statement", "said", at="Minerals said on Monday", p=["Southern Cross Minerals"],
               agent="Southern Cross Minerals", date="2026-01-19", dt="on Monday"),
            ev("statement", "told", at="Fuentes told analysts", p=["Mariela Fuentes"], agent="Mariela Fuentes"),
            ev("statement", "recommended", p=["Andes Cobre"], agent="Andes Cobre"),
            ev("statement", "said", at="Corfo, said", p=["Corfo"], agent="Corfo"),
            ev("statement", "said", at="Nicolas Grau said", p=["Nicolas Grau"], agent="Nicolas Grau"),
            ev("acquisition", "bought", at="Southern Cross bought", p=["Southern Cross Minerals", "Puno Metals"],
               agent="Southern Cross Minerals", target="Puno Metals", date="2023", dt="in 2023",
               amount=[640000000.0, "USD"]),
            ev("statement", "said", at="Atacama desert said"),
        ],
        "irrealis": [
            irr("planned", "acquisition", "buy", at="Minerals to buy Chile", p=["Southern Cross Minerals",
                "Andes Cobre"], agent="Southern Cross Minerals", target="Andes Cobre", amount=[2700000000.0, "USD"]),
            irr("negated", "acquisition", "offer", at="turned down a lower offer", p=["Southern Cross Minerals",
                "Andes Cobre"], agent="Southern Cross Minerals", target="Andes Cobre"),
            irr("planned", "approval", "approval", at="still needs approval"),
            irr("negated", "statement", "declined to say", p=["Boreal Resources"], agent="Boreal Resources"),
            irr("hypothetical", "acquisition", "counteroffer", p=["Boreal Resources", "Andes Cobre"],
                agent="Boreal Resources", target="Andes Cobre"),
            irr("hypothetical", "protest", "strike", at="they would strike if", loc="Atacama"),
        ],
        "people": ["Mariela Fuentes", "Nicolas Grau"],
        "places": ["Chile", "Santiago", "Atacama"],
        "organizations": ["Southern Cross Minerals", "Andes Cobre", "Corfo", "Puno Metals", "Boreal Resources"],
    },
    {
        "id": "he20", "published": "2026-04-13",
        "paragraphs": [
            ["LIMA, Peru (AP) — Conservative former mayor Rafael Montalvo and leftist congresswoman Ana Quispe will "
             "face each other in a presidential runoff on June 7 after neither won a majority in Sunday's first "
             "round, partial results showed on Monday."],
            ["With 92% of ballots counted, Montalvo had 31.4% of the vote and Quispe 24.9%, the National Office of "
             "Electoral Processes said."],
            ["Quispe told supporters in the southern city of Cusco that she would not concede until every vote from "
             "rural areas had been counted, and accused the electoral office of delays."],
            ["Montalvo, who has promised to send troops into the streets to fight crime, said he would invite all "
             "parties to talks on forming a government."],
            ["Peru has had six presidents since 2018, and outgoing President Jose Jeri, who took office in October "
             "after Congress removed his predecessor, was barred from running.",
             "Observers from the European Union said the vote had been orderly, although voting was suspended in two "
             "Amazon districts after protesters burned ballot boxes."],
            ["U.S. Secretary of State Marco Rubio called Montalvo on Monday, the State Department said, and the two "
             "agreed to meet in Washington after the runoff."],
        ],
        "events": [
            ev("election", "first round", at="Sunday's first round", p=["Peru"], loc="Peru", date="2026-04-12",
               dt="Sunday's"),
            ev("statement", "showed", at="partial results showed", date="2026-04-13", dt="on Monday"),
            ev("statement", "said", at="Electoral Processes said", p=["National Office of Electoral Processes"],
               agent="National Office of Electoral Processes"),
            ev("statement", "told", at="Quispe told supporters", p=["Ana Quispe"], agent="Ana Quispe",
               loc="Cusco, Peru"),
            ev("statement", "accused", p=["Ana Quispe", "National Office of Electoral Processes"], agent="Ana Quispe",
               target="National Office of Electoral Processes"),
            ev("statement", "has promised", p=["Rafael Montalvo"], agent="Rafael Montalvo"),
            ev("statement", "said", at="said he would invite", p=["Rafael Montalvo"], agent="Rafael Montalvo"),
            ev("removal", "removed", p=["Congress"], agent="Congress"),
            ev("statement", "said", at="European Union said", p=["European Union"], agent="European Union"),
            ev("protest", "burned", at="protesters burned ballot boxes", loc="Peru"),
            ev("call", "called", at="Rubio called Montalvo", p=["Marco Rubio", "Rafael Montalvo"], agent="Marco Rubio",
               target="Rafael Montalvo", date="2026-04-13", dt="on Monday"),
            ev("statement", "said", at="the State Department said", p=["U.S. State Department"],
               agent="U.S. State Department"),
            ev("agreement", "agreed", at="the two agreed to meet", p=["Marco Rubio", "Rafael Montalvo"]),
        ],
        "irrealis": [
            irr("planned", "election", "runoff", at="presidential runoff on June 7", p=["Peru"], loc="Peru",
                date="2026-06-07", dt="on June 7"),
            irr("negated", "election", "won", at="neither won a majority", p=["Peru"], loc="Peru"),
            irr("negated", "statement", "concede", at="she would not concede", p=["Ana Quispe"], agent="Ana Quispe"),
            irr("planned", "deployment", "send troops", p=["Rafael Montalvo"], agent="Rafael Montalvo"),
            irr("planned", "invitation", "invite", at="he would invite all parties", p=["Rafael Montalvo"],
                agent="Rafael Montalvo"),
            irr("planned", "meeting", "talks", at="invite all parties to talks", p=["Rafael Montalvo"],
                agent="Rafael Montalvo"),
            irr("planned", "meeting", "meet", at="agreed to meet in Washington", p=["Marco Rubio", "Rafael Montalvo"],
                agent="Marco Rubio", target="Rafael Montalvo", loc="Washington, United States"),
        ],
        "people": ["Rafael Montalvo", "Ana Quispe", "Jose Jeri", "Marco Rubio"],
        "places": ["Peru", "Lima", "Cusco", "Washington"],
        "organizations": ["National Office of Electoral Processes", "Congress", "European Union",
                          "U.S. State Department"],
    },
]
