"""The third held-out news set, the final test set of the round (the source of heldout-news-c.{in,gold}.jsonl).

No rule is developed on this set, before or after it is merged: it is the honest measure of kg on news it has
never seen. Every lead was written for it (never copied or paraphrased from ../shared/data, the seed,
examples/ or the first two held-out sets); real public figures appear in events that are partly or wholly
invented, and the other people are invented. Annotated before kg was run on it. The format and the
conventions are the first two sets' (`heldout_news_source.py` and `heldout_news_source_b.py`, whose
docstrings say them): an article is its paragraphs, each a list of sentences; an event names its sentence by
`at` (by default its trigger); one event per real-world event at its first mention (a headline included),
later mentions ("the strike", "the call") no new event; every reporting verb its own statement, participial
ones ("adding", "saying") included; participants as full canonical names (an unnamed official's
organisation); `date` only where a date expression attaches to the event (a coordinated verb shares its
conjunct's date); casualties on attacks, with the deaths and injuries of their tolls; a vague count is no
number; negated, planned, hypothetical and requested (labelled planned, as news-dev does) events in
`irrealis`; generic, habitual and aggregate mentions and named documents are no events; disaster tolls carry
no death events. Attacks with tolls and irrealis events are weighed a little more than in the second set.
"""

from heldout_news_source import ev, irr

ARTICLES = [
    {
        "id": "hc01", "published": "2020-02-28",
        "paragraphs": [
            ["Turkey says 33 soldiers killed in Syrian air strike in Idlib"],
            ["ANKARA (Reuters) - At least 33 Turkish soldiers were killed in an air strike by Syrian government "
             "forces in northwestern Idlib province on Thursday, the governor of Turkey's Hatay province, Rahmi "
             "Dogan, said early on Friday."],
            ["Turkish President Tayyip Erdogan and Russian President Vladimir Putin spoke by phone on Friday and "
             "agreed to meet as soon as possible, Erdogan's communications director Fahrettin Altun said."],
            ["Turkish artillery and drones struck Syrian government positions in response, killing 16 soldiers, "
             "according to the Syrian Observatory for Human Rights, a British-based war monitor."],
            ["The Kremlin said the Turkish troops had been deployed among militant fighters and denied that "
             "Russian aircraft had been involved."],
            ["NATO ambassadors will hold emergency talks in Brussels on Friday, an alliance official said."],
            ["Erdogan has said Turkey cannot take in another wave of refugees from Syria.",
             "Bombing raids on towns in Idlib have forced nearly a million civilians to flee since December, the "
             "United Nations says."],
        ],
        "events": [
            ev("attack", "air strike", at="Syrian air strike in Idlib", p=["Syria", "Turkey", "Idlib"],
               agent="Syria", target="Turkish soldiers", loc="Idlib, Syria", date="2020-02-27", dt="on Thursday",
               killed=33),
            ev("statement", "says", at="Turkey says", p=["Turkey"], agent="Turkey"),
            ev("death", "killed", at="soldiers were killed in an air strike", date="2020-02-27", dt="on Thursday",
               killed=33),
            ev("statement", "said", at="Rahmi Dogan", p=["Rahmi Dogan"], agent="Rahmi Dogan", date="2020-02-28",
               dt="early on Friday"),
            ev("call", "spoke by phone", p=["Tayyip Erdogan", "Vladimir Putin"], agent="Tayyip Erdogan",
               target="Vladimir Putin", date="2020-02-28", dt="on Friday"),
            ev("agreement", "agreed", at="agreed to meet", p=["Tayyip Erdogan", "Vladimir Putin"],
               date="2020-02-28", dt="on Friday"),
            ev("statement", "said", at="Fahrettin Altun said", p=["Fahrettin Altun"], agent="Fahrettin Altun"),
            ev("attack", "struck", at="drones struck", p=["Turkey", "Syria"], agent="Turkey",
               target="Syrian government positions", killed=16),
            ev("death", "killing", at="killing 16 soldiers", killed=16),
            ev("statement", "according to", at="according to the Syrian Observatory",
               p=["Syrian Observatory for Human Rights"], agent="Syrian Observatory for Human Rights"),
            ev("statement", "said", at="The Kremlin said", p=["Kremlin"], agent="Kremlin"),
            ev("statement", "denied", at="denied that Russian aircraft", p=["Kremlin"], agent="Kremlin"),
            ev("statement", "said", at="an alliance official said", p=["NATO"], agent="NATO"),
            ev("statement", "has said", p=["Tayyip Erdogan"], agent="Tayyip Erdogan"),
            ev("statement", "says", at="United Nations says", p=["United Nations"], agent="United Nations"),
        ],
        "irrealis": [
            irr("planned", "meeting", "meet", at="agreed to meet", p=["Tayyip Erdogan", "Vladimir Putin"]),
            irr("planned", "meeting", "talks", at="emergency talks in Brussels", p=["NATO"],
                loc="Brussels, Belgium", date="2020-02-28", dt="on Friday"),
        ],
        "people": ["Rahmi Dogan", "Tayyip Erdogan", "Vladimir Putin", "Fahrettin Altun"],
        "places": ["Turkey", "Syria", "Idlib", "Hatay", "Ankara", "Brussels"],
        "organizations": ["Syrian Observatory for Human Rights", "Kremlin", "NATO", "United Nations"],
    },
    {
        "id": "hc02", "published": "2021-06-24",
        "paragraphs": [
            ["ADDIS ABABA, Ethiopia (AP) — An Ethiopian military air strike on a busy market in the Tigray "
             "village of Togoga killed at least 51 people and wounded dozens on Tuesday, health workers and "
             "witnesses told The Associated Press."],
            ["A nurse at the regional hospital in Mekele said soldiers had blocked ambulances from reaching the "
             "wounded for most of the day."],
            ["Army spokesman Colonel Getnet Adane did not deny the strike but said it had targeted fighters of "
             "the Tigray People's Liberation Front who were gathering in civilian clothes."],
            ['"We do not target civilians," he told the AP by phone on Wednesday.'],
            ["The European Union condemned the attack and called on the government to allow an independent "
             "investigation."],
            ["U.S. Secretary of State Antony Blinken said Washington would consider further measures if aid "
             "convoys were not allowed to reach the region."],
            ["Prime Minister Abiy Ahmed, who won the Nobel Peace Prize in 2019, has refused to negotiate with "
             "the Tigrayan leaders."],
        ],
        "events": [
            ev("attack", "air strike", p=["Ethiopian military", "Togoga"], agent="Ethiopian military",
               target="market", loc="Togoga, Ethiopia", date="2021-06-22", dt="on Tuesday", killed=51),
            ev("death", "killed", date="2021-06-22", dt="on Tuesday", killed=51),
            ev("injury", "wounded", at="wounded dozens", date="2021-06-22", dt="on Tuesday"),
            ev("statement", "told", at="told The Associated Press", p=["Associated Press"],
               target="Associated Press"),
            ev("statement", "said", at="said soldiers had blocked"),
            ev("statement", "said", at="but said it had targeted", p=["Getnet Adane"], agent="Getnet Adane"),
            ev("statement", "told", at="he told the AP", p=["Getnet Adane", "Associated Press"],
               agent="Getnet Adane", target="Associated Press", date="2021-06-23", dt="on Wednesday"),
            ev("call", "by phone", at="he told the AP", p=["Getnet Adane", "Associated Press"],
               agent="Getnet Adane", target="Associated Press", date="2021-06-23", dt="on Wednesday"),
            ev("statement", "condemned", p=["European Union"], agent="European Union"),
            ev("statement", "called on", p=["European Union", "Ethiopia"], agent="European Union",
               target="Ethiopia"),
            ev("statement", "said", at="Blinken said", p=["Antony Blinken"], agent="Antony Blinken"),
        ],
        "irrealis": [
            irr("negated", "statement", "did not deny", p=["Getnet Adane"], agent="Getnet Adane"),
            irr("hypothetical", "sanction", "measures", at="consider further measures", p=["United States"],
                agent="United States"),
            irr("negated", "meeting", "negotiate", at="refused to negotiate", p=["Abiy Ahmed",
                "Tigray People's Liberation Front"], agent="Abiy Ahmed"),
        ],
        "people": ["Getnet Adane", "Antony Blinken", "Abiy Ahmed"],
        "places": ["Ethiopia", "Tigray", "Togoga", "Mekele", "Addis Ababa", "Washington"],
        "organizations": ["Associated Press", "Ethiopian military", "Tigray People's Liberation Front",
                          "European Union"],
    },
    {
        "id": "hc03", "published": "2022-07-24",
        "paragraphs": [
            ["Russian missiles hit Odesa port a day after grain deal"],
            ["KYIV (Reuters) - Russian cruise missiles struck the Black Sea port of Odesa on Saturday, Ukraine's "
             "military said, less than 24 hours after Moscow and Kyiv signed a deal in Istanbul to reopen the "
             "country's ports to grain exports."],
            ["Two missiles were shot down by air defences and two hit the port's infrastructure, wounding two "
             "guards, the southern military command said on Telegram."],
            ["Russia initially denied any involvement, but its Defence Ministry said on Sunday that "
             "high-precision missiles had destroyed a Ukrainian warship and a stock of U.S.-supplied "
             "anti-ship missiles in the port."],
            ['President Volodymyr Zelenskiy called the strike "barbarism" and said it showed that Moscow could '
             "not be trusted to keep its commitments."],
            ["U.N. Secretary-General Antonio Guterres, who helped broker the agreement with Turkey, "
             "\"unequivocally condemned\" the attack, his spokesman said."],
            ["Ukrainian officials said they would press ahead with preparations to resume shipments, and Kyiv "
             "asked Ankara to host talks with Moscow on guarantees for the ships.",
             "Without the deal, some 22 million tonnes of grain would remain stuck in Ukrainian silos."],
        ],
        "events": [
            ev("attack", "hit", at="Russian missiles hit Odesa port", p=["Russia", "Odesa"], agent="Russia",
               target="port of Odesa", loc="Odesa, Ukraine", date="2022-07-23", dt="on Saturday", injured=2),
            ev("agreement", "grain deal", at="a day after grain deal", p=["Russia", "Ukraine"],
               loc="Istanbul, Turkey"),
            ev("statement", "said", at="Ukraine's military said", p=["Ukrainian military"],
               agent="Ukrainian military"),
            ev("injury", "wounding", injured=2),
            ev("statement", "said", at="command said on Telegram", p=["Ukrainian military"],
               agent="Ukrainian military"),
            ev("statement", "denied", p=["Russia"], agent="Russia"),
            ev("statement", "said", at="Defence Ministry said on Sunday", p=["Russian Defence Ministry"],
               agent="Russian Defence Ministry", date="2022-07-24", dt="on Sunday"),
            ev("statement", "called", at="Zelenskiy called", p=["Volodymyr Zelenskiy"],
               agent="Volodymyr Zelenskiy"),
            ev("statement", "said", at="and said it showed", p=["Volodymyr Zelenskiy"],
               agent="Volodymyr Zelenskiy"),
            ev("statement", "condemned", p=["Antonio Guterres"], agent="Antonio Guterres"),
            ev("statement", "said", at="his spokesman said", p=["Antonio Guterres"], agent="Antonio Guterres"),
            ev("statement", "said", at="Ukrainian officials said", p=["Ukraine"], agent="Ukraine"),
            ev("statement", "asked", at="Kyiv asked Ankara", p=["Ukraine", "Turkey"], agent="Ukraine",
               target="Turkey"),
        ],
        "irrealis": [
            irr("planned", "meeting", "talks", at="host talks with Moscow", p=["Ukraine", "Russia"]),
        ],
        "people": ["Volodymyr Zelenskiy", "Antonio Guterres"],
        "places": ["Odesa", "Ukraine", "Russia", "Kyiv", "Moscow", "Istanbul", "Turkey", "Ankara"],
        "organizations": ["Ukrainian military", "Telegram", "Russian Defence Ministry", "United Nations"],
    },
    {
        "id": "hc04", "published": "2023-01-31",
        "paragraphs": [
            ["Suicide bomber kills 59 in mosque inside Pakistani police compound"],
            ["PESHAWAR, Pakistan (AP) — A suicide bomber blew himself up in a crowded mosque inside a police "
             "compound in the northwestern city of Peshawar on Monday, killing at least 59 people and injuring 157 "
             "others, most of them policemen, officials said on Tuesday."],
            ["Rescuers were still pulling bodies from under the mosque's collapsed roof, said Zafar Khan, a "
             "spokesman for the city's rescue service."],
            ["The Pakistani Taliban denied any role in the bombing, saying the group did not target places of "
             "worship."],
            ['Interior Minister Rana Sanaullah vowed "stern action" against those behind the attack and told '
             "lawmakers that the bomber had entered the compound wearing a police uniform."],
            ["Police arrested 23 suspects in raids across Khyber Pakhtunkhwa province overnight, provincial police "
             "chief Moazzam Jah Ansari said."],
            ["The Pakistani Taliban ended a ceasefire with the government in November and have since stepped up "
             "attacks on security forces in the northwest.",
             "The government has said it will not hold talks with the group unless its fighters lay down their "
             "weapons."],
        ],
        "events": [
            ev("attack", "Suicide bomber", at="Suicide bomber kills 59", p=["Peshawar"],
               target="mosque inside a police compound", loc="Peshawar, Pakistan", date="2023-01-30",
               dt="on Monday", killed=59, injured=157),
            ev("death", "killing", at="killing at least 59", date="2023-01-30", dt="on Monday", killed=59),
            ev("injury", "injuring", date="2023-01-30", dt="on Monday", injured=157),
            ev("statement", "said", at="officials said on Tuesday", date="2023-01-31", dt="on Tuesday"),
            ev("statement", "said", at="said Zafar Khan", p=["Zafar Khan"], agent="Zafar Khan"),
            ev("statement", "denied", at="denied any role", p=["Pakistani Taliban"], agent="Pakistani Taliban"),
            ev("statement", "saying", at="saying the group", p=["Pakistani Taliban"], agent="Pakistani Taliban"),
            ev("statement", "vowed", p=["Rana Sanaullah"], agent="Rana Sanaullah"),
            ev("statement", "told", at="told lawmakers", p=["Rana Sanaullah"], agent="Rana Sanaullah"),
            ev("arrest", "arrested", at="Police arrested 23", p=["Pakistani police", "Khyber Pakhtunkhwa"],
               agent="Pakistani police", loc="Khyber Pakhtunkhwa, Pakistan"),
            ev("statement", "said", at="Moazzam Jah Ansari said", p=["Moazzam Jah Ansari"],
               agent="Moazzam Jah Ansari"),
            ev("statement", "has said", at="government has said", p=["Pakistan"], agent="Pakistan"),
        ],
        "irrealis": [
            irr("negated", "meeting", "talks", at="will not hold talks", p=["Pakistan", "Pakistani Taliban"],
                agent="Pakistan"),
        ],
        "people": ["Zafar Khan", "Rana Sanaullah", "Moazzam Jah Ansari"],
        "places": ["Pakistan", "Peshawar", "Khyber Pakhtunkhwa"],
        "organizations": ["Pakistani Taliban", "Pakistani police"],
    },
    {
        "id": "hc05", "published": "2024-11-16",
        "paragraphs": [
            ["BERLIN (AFP) - German Chancellor Olaf Scholz telephoned Russian President Vladimir Putin on Friday "
             "for the first time in nearly two years, urging him to withdraw his troops from Ukraine and to open "
             "negotiations with Kyiv, a government spokesman said."],
            ["The Kremlin said Putin told the chancellor that any agreement would have to take into account "
             '"the new territorial realities" and Russia\'s security interests.'],
            ['Ukrainian President Volodymyr Zelenskiy criticised the call, saying it opened "a Pandora\'s box" '
             "and eased Putin's isolation."],
            ["Scholz had spoken with Zelenskiy by phone before the conversation, his office said.",
             "The chancellor will attend the Group of 20 summit in Rio de Janeiro on Monday."],
            ["Scholz faces a snap election on Feb. 23 after the collapse of his three-party coalition, and his "
             "conservative challenger Friedrich Merz accused him of using the call to win votes."],
            ["Kremlin spokesman Dmitry Peskov told reporters there were no plans for a meeting between the two "
             "leaders."],
        ],
        "events": [
            ev("call", "telephoned", p=["Olaf Scholz", "Vladimir Putin"], agent="Olaf Scholz",
               target="Vladimir Putin", date="2024-11-15", dt="on Friday"),
            ev("statement", "urging", p=["Olaf Scholz", "Vladimir Putin"], agent="Olaf Scholz",
               target="Vladimir Putin"),
            ev("statement", "said", at="a government spokesman said", p=["Germany"],
               agent="Germany"),
            ev("statement", "said", at="The Kremlin said", p=["Kremlin"], agent="Kremlin"),
            ev("statement", "told", at="Putin told the chancellor", p=["Vladimir Putin", "Olaf Scholz"],
               agent="Vladimir Putin", target="Olaf Scholz"),
            ev("statement", "criticised", p=["Volodymyr Zelenskiy"], agent="Volodymyr Zelenskiy"),
            ev("statement", "saying", p=["Volodymyr Zelenskiy"], agent="Volodymyr Zelenskiy"),
            ev("call", "by phone", at="had spoken with Zelenskiy", p=["Olaf Scholz", "Volodymyr Zelenskiy"],
               agent="Olaf Scholz", target="Volodymyr Zelenskiy"),
            ev("statement", "said", at="his office said", p=["Olaf Scholz"], agent="Olaf Scholz"),
            ev("statement", "accused", p=["Friedrich Merz", "Olaf Scholz"], agent="Friedrich Merz",
               target="Olaf Scholz"),
            ev("statement", "told", at="Peskov told reporters", p=["Dmitry Peskov"], agent="Dmitry Peskov"),
        ],
        "irrealis": [
            irr("planned", "meeting", "negotiations", at="open negotiations with Kyiv", p=["Russia", "Ukraine"]),
            irr("hypothetical", "agreement", "agreement", at="any agreement would have", p=["Russia", "Ukraine"]),
            irr("planned", "meeting", "summit", at="Group of 20 summit", p=["Olaf Scholz", "Group of 20"],
                loc="Rio de Janeiro, Brazil", date="2024-11-18", dt="on Monday"),
            irr("planned", "election", "election", at="snap election on Feb. 23", p=["Germany"], loc="Germany",
                date="2025-02-23", dt="on Feb. 23"),
            irr("negated", "meeting", "meeting", at="no plans for a meeting", p=["Vladimir Putin", "Olaf Scholz"]),
        ],
        "people": ["Olaf Scholz", "Vladimir Putin", "Volodymyr Zelenskiy", "Friedrich Merz", "Dmitry Peskov"],
        "places": ["Ukraine", "Kyiv", "Russia", "Rio de Janeiro", "Berlin"],
        "organizations": ["Kremlin", "Group of 20"],
    },
    {
        "id": "hc06", "published": "2025-08-16",
        "paragraphs": [
            ["Trump-Putin summit ends without ceasefire deal"],
            ["ANCHORAGE, Alaska (Reuters) - U.S. President Donald Trump and Russian President Vladimir Putin failed "
             "to reach an agreement on a ceasefire in Ukraine after nearly three hours of talks at a military base "
             "in Alaska on Friday, though both described the meeting as productive."],
            ['"There\'s no deal until there\'s a deal," Trump told Fox News after the summit, adding that he would '
             "call Ukrainian President Volodymyr Zelenskiy and European leaders."],
            ['Putin said any settlement must address the "root causes" of the war and proposed holding the next '
             "meeting in Moscow."],
            ["Zelenskiy, who was not invited to Alaska, said he would travel to Washington on Monday to meet "
             "Trump."],
            ["Russian drones and missiles struck the northeastern Ukrainian city of Sumy hours before the summit, "
             "killing two people and wounding 11, regional governor Oleh Hryhorov said."],
            ["Oil prices slipped in Asian trading on Saturday as investors weighed the outcome of the talks."],
        ],
        "events": [
            ev("meeting", "summit", at="Trump-Putin summit ends", p=["Donald Trump", "Vladimir Putin"],
               loc="Alaska, United States", date="2025-08-15", dt="on Friday"),
            ev("statement", "described", p=["Donald Trump", "Vladimir Putin"]),
            ev("statement", "told", at="Trump told Fox News", p=["Donald Trump", "Fox News"], agent="Donald Trump",
               target="Fox News"),
            ev("statement", "adding", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "said", at="Putin said any settlement", p=["Vladimir Putin"], agent="Vladimir Putin"),
            ev("statement", "proposed", p=["Vladimir Putin"], agent="Vladimir Putin"),
            ev("statement", "said", at="said he would travel", p=["Volodymyr Zelenskiy"],
               agent="Volodymyr Zelenskiy"),
            ev("attack", "struck", at="drones and missiles struck", p=["Russia", "Sumy"], agent="Russia",
               target="Sumy", loc="Sumy, Ukraine", killed=2, injured=11),
            ev("death", "killing", at="killing two people", killed=2),
            ev("injury", "wounding", at="wounding 11", injured=11),
            ev("statement", "said", at="Oleh Hryhorov said", p=["Oleh Hryhorov"], agent="Oleh Hryhorov"),
        ],
        "irrealis": [
            irr("negated", "agreement", "ceasefire deal", at="ends without ceasefire deal",
                p=["Donald Trump", "Vladimir Putin"], date="2025-08-15", dt="on Friday"),
            irr("planned", "call", "call", at="he would call", p=["Donald Trump", "Volodymyr Zelenskiy"],
                agent="Donald Trump", target="Volodymyr Zelenskiy"),
            irr("hypothetical", "agreement", "settlement", at="any settlement must", p=["Russia", "Ukraine"]),
            irr("planned", "meeting", "meeting", at="holding the next meeting", p=["Vladimir Putin", "Donald Trump"],
                loc="Moscow, Russia"),
            irr("planned", "visit", "travel", at="travel to Washington", p=["Volodymyr Zelenskiy", "Washington"],
                agent="Volodymyr Zelenskiy", loc="Washington, United States", date="2025-08-18", dt="on Monday"),
            irr("planned", "meeting", "meet", at="to meet Trump", p=["Volodymyr Zelenskiy", "Donald Trump"],
                agent="Volodymyr Zelenskiy", target="Donald Trump", loc="Washington, United States",
                date="2025-08-18", dt="on Monday"),
        ],
        "people": ["Donald Trump", "Vladimir Putin", "Volodymyr Zelenskiy", "Oleh Hryhorov"],
        "places": ["Ukraine", "Alaska", "Moscow", "Washington", "Sumy", "Anchorage"],
        "organizations": ["Fox News"],
    },
    {
        "id": "hc07", "published": "2020-06-28",
        "paragraphs": [
            ["LILONGWE, Malawi (Reuters) - Opposition leader Lazarus Chakwera won Tuesday's rerun of Malawi's "
             "presidential election with 58.6% of the vote, the electoral commission announced on Saturday, "
             "unseating President Peter Mutharika."],
            ["The Constitutional Court annulled the May 2019 election in February, ruling that it had been "
             "marred by widespread irregularities, including the use of correction fluid on tally sheets."],
            ["Chakwera, a former evangelical preacher, will be sworn in on Sunday, his spokesman said."],
            ['Mutharika said in a statement that the rerun had been "the worst in Malawi\'s history" but did not '
             "say whether he would challenge the result."],
            ["Western diplomats had urged both camps to accept the outcome peacefully.",
             "South African President Cyril Ramaphosa, who chairs the Southern African Development Community, "
             "telephoned Chakwera late on Saturday to congratulate him."],
            ["Thousands of opposition supporters marched through Lilongwe and Blantyre in the months after the "
             "2019 vote to demand the resignation of the electoral commission's chairwoman."],
        ],
        "events": [
            ev("election", "won", p=["Lazarus Chakwera", "Malawi"], agent="Lazarus Chakwera", target="presidency",
               loc="Malawi", date="2020-06-23", dt="Tuesday's"),
            ev("statement", "announced", p=["Malawi Electoral Commission"], agent="Malawi Electoral Commission",
               date="2020-06-27", dt="on Saturday"),
            ev("ruling", "annulled", p=["Constitutional Court of Malawi"], agent="Constitutional Court of Malawi",
               loc="Malawi", date="2020-02", dt="in February"),
            ev("election", "election", at="annulled the May 2019 election", p=["Malawi"], loc="Malawi",
               date="2019-05", dt="May 2019"),
            ev("statement", "said", at="his spokesman said", p=["Lazarus Chakwera"], agent="Lazarus Chakwera"),
            ev("statement", "said", at="Mutharika said", p=["Peter Mutharika"], agent="Peter Mutharika"),
            ev("statement", "urged", at="diplomats had urged"),
            ev("call", "telephoned", p=["Cyril Ramaphosa", "Lazarus Chakwera"], agent="Cyril Ramaphosa",
               target="Lazarus Chakwera", date="2020-06-27", dt="late on Saturday"),
            ev("protest", "marched", loc="Malawi"),
            ev("statement", "demand", at="to demand the resignation"),
        ],
        "irrealis": [
            irr("negated", "statement", "did not say", p=["Peter Mutharika"], agent="Peter Mutharika"),
        ],
        "people": ["Lazarus Chakwera", "Peter Mutharika", "Cyril Ramaphosa"],
        "places": ["Malawi", "Lilongwe", "Blantyre"],
        "organizations": ["Constitutional Court of Malawi", "Southern African Development Community"],
    },
    {
        "id": "hc08", "published": "2026-04-15",
        "paragraphs": [
            ["European rights court rules Poland violated judges' rights"],
            ["STRASBOURG, France (AP) — The European Court of Human Rights ruled on Tuesday that Poland had "
             "violated the rights of 18 judges who were transferred or demoted under reforms passed by the "
             "previous nationalist government, and ordered Warsaw to pay each of them 20,000 euros in damages."],
            ["Justice Minister Adam Bodnar welcomed the judgment and said the government would not appeal."],
            ["Poland's Constitutional Tribunal said in February that judgments from Strasbourg could not "
             "override the Polish constitution."],
            ["President Karol Nawrocki, an ally of the opposition Law and Justice party, has vowed to veto any "
             "bill that removes judges appointed under the old rules."],
            ["The judgment is final, and the government must submit a plan to the Council of Europe by "
             "September, a court spokeswoman said."],
            ["Lawyers for the judges said they would seek similar rulings for about 200 other judges whose "
             "cases are pending in Strasbourg.",
             "Judges in Warsaw protested outside the Supreme Court on Wednesday morning, carrying copies of the "
             "constitution."],
        ],
        "events": [
            ev("ruling", "rules", at="court rules Poland",
               p=["European Court of Human Rights", "Poland"], agent="European Court of Human Rights",
               target="Poland", loc="Strasbourg, France", date="2026-04-14", dt="on Tuesday"),
            ev("statement", "welcomed", p=["Adam Bodnar"], agent="Adam Bodnar"),
            ev("statement", "said", at="judgment and said", p=["Adam Bodnar"], agent="Adam Bodnar"),
            ev("statement", "said", at="Tribunal said in February", p=["Constitutional Tribunal"],
               agent="Constitutional Tribunal", date="2026-02", dt="in February"),
            ev("statement", "has vowed", p=["Karol Nawrocki"], agent="Karol Nawrocki"),
            ev("statement", "said", at="a court spokeswoman said", p=["European Court of Human Rights"],
               agent="European Court of Human Rights"),
            ev("statement", "said", at="Lawyers for the judges said"),
            ev("protest", "protested", loc="Warsaw, Poland", date="2026-04-15", dt="on Wednesday morning"),
        ],
        "irrealis": [
            irr("planned", "ruling", "rulings", at="seek similar rulings", p=["European Court of Human Rights"]),
        ],
        "people": ["Adam Bodnar", "Karol Nawrocki"],
        "places": ["Poland", "Strasbourg", "France", "Warsaw"],
        "organizations": ["European Court of Human Rights", "Constitutional Tribunal", "Law and Justice",
                          "Council of Europe", "Supreme Court"],
    },
    {
        "id": "hc09", "published": "2021-04-13",
        "paragraphs": [
            ["Microsoft to buy Nuance for $16 billion in healthcare AI push"],
            ["SEATTLE (Reuters) - Microsoft Corp said on Monday it had agreed to buy speech recognition company "
             "Nuance Communications Inc for $16 billion in cash, its largest acquisition since the $26.2 billion "
             "purchase of LinkedIn in 2016."],
            ["The deal, which values Nuance at $56 a share, is expected to close by the end of the year if "
             "regulators in the United States and Europe approve it, the companies said in a joint statement."],
            ["Nuance chief executive Mark Benjamin will stay on and report to Microsoft cloud chief Scott "
             "Guthrie, Microsoft said."],
            ['"Nuance provides the AI layer at the healthcare point of delivery," Microsoft Chief Executive Satya '
             "Nadella said in a blog post."],
            ["Microsoft held talks last year to buy the U.S. operations of the video app TikTok, but those "
             "negotiations collapsed after Oracle won the backing of the Trump administration."],
            ["Analysts at Jefferies said the price looked steep but added that a rival bid was unlikely.",
             "Shares of Nuance jumped 16% to $50.90 in morning trading, while Microsoft's were little changed."],
        ],
        "events": [
            ev("statement", "said", at="Microsoft Corp said on Monday", p=["Microsoft"], agent="Microsoft",
               date="2021-04-12", dt="on Monday"),
            ev("acquisition", "purchase", at="purchase of LinkedIn", p=["Microsoft", "LinkedIn"], agent="Microsoft",
               target="LinkedIn", date="2016", dt="in 2016", amount=[26200000000.0, "USD"]),
            ev("statement", "said", at="said in a joint statement", p=["Microsoft", "Nuance Communications"]),
            ev("statement", "said", at="Microsoft said", p=["Microsoft"], agent="Microsoft"),
            ev("statement", "said", at="said in a blog post", p=["Satya Nadella"], agent="Satya Nadella"),
            ev("meeting", "talks", at="held talks last year", p=["Microsoft", "TikTok"], date="2020",
               dt="last year"),
            ev("statement", "said", at="Jefferies said", p=["Jefferies"], agent="Jefferies"),
            ev("statement", "added", at="added that a rival bid", p=["Jefferies"], agent="Jefferies"),
        ],
        "irrealis": [
            irr("planned", "acquisition", "buy", at="Microsoft to buy Nuance", p=["Microsoft", "Nuance Communications"],
                agent="Microsoft", target="Nuance Communications", amount=[16000000000.0, "USD"]),
            irr("negated", "acquisition", "buy", at="to buy the U.S. operations", p=["Microsoft", "TikTok"],
                agent="Microsoft", target="TikTok"),
        ],
        "people": ["Mark Benjamin", "Scott Guthrie", "Satya Nadella"],
        "places": ["Seattle", "United States", "Europe"],
        "organizations": ["Microsoft", "Nuance Communications", "LinkedIn", "TikTok", "Oracle", "Jefferies"],
    },
    {
        "id": "hc10", "published": "2024-08-26",
        "paragraphs": [
            ["PARIS (AFP) - French authorities arrested Pavel Durov, the Russian-born founder and chief executive "
             "of the messaging app Telegram, at Le Bourget airport outside Paris on Saturday evening, a source "
             "close to the investigation told AFP."],
            ["Durov, 39, who also holds French and Emirati citizenship, had flown in from Azerbaijan on a private "
             "jet."],
            ["The source said the inquiry concerned the app's failure to curb drug trafficking and the sharing "
             "of child abuse images."],
            ["Russia's embassy in Paris demanded immediate consular access to Durov, and Foreign Ministry "
             "spokeswoman Maria Zakharova accused France of refusing to cooperate."],
            ['French President Emmanuel Macron wrote on X on Monday that the arrest was "in no way a political '
             'decision" and that it was up to judges to decide whether to bring charges.'],
            ['Telegram said in a statement that Durov had "nothing to hide" and that the company abided by '
             "European Union law.",
             "Under French law, he can be held for up to 96 hours before a judge must either charge or release "
             "him."],
        ],
        "events": [
            ev("arrest", "arrested", p=["France", "Pavel Durov", "Le Bourget"], agent="France",
               target="Pavel Durov", loc="Le Bourget, France", date="2024-08-24", dt="on Saturday evening"),
            ev("statement", "told", at="told AFP", p=["Agence France-Presse"], target="Agence France-Presse"),
            ev("statement", "said", at="The source said"),
            ev("statement", "demanded", p=["Russian Embassy in Paris"], agent="Russian Embassy in Paris"),
            ev("statement", "accused", p=["Maria Zakharova", "France"], agent="Maria Zakharova", target="France"),
            ev("statement", "wrote", p=["Emmanuel Macron"], agent="Emmanuel Macron", date="2024-08-26",
               dt="on Monday"),
            ev("statement", "said", at="Telegram said", p=["Telegram"], agent="Telegram"),
        ],
        "irrealis": [],
        "people": ["Pavel Durov", "Maria Zakharova", "Emmanuel Macron"],
        "places": ["Paris", "Le Bourget", "Azerbaijan", "France", "Russia"],
        "organizations": ["Telegram", "Agence France-Presse", "Russian Embassy in Paris", "Russian Foreign Ministry",
                          "European Union"],
    },
    {
        "id": "hc11", "published": "2019-10-15",
        "paragraphs": [
            ["WASHINGTON (AP) — The United States imposed sanctions on three Turkish ministers and two ministries "
             "on Monday over Turkey's military offensive against Kurdish fighters in northeastern Syria, and "
             "President Donald Trump demanded that Ankara agree to an immediate ceasefire."],
            ["Trump spoke by phone with Turkish President Tayyip Erdogan and will send Vice President Mike Pence "
             'to Ankara "as soon as possible," the White House said.'],
            ["Erdogan told reporters in Baku that Turkey would never declare a ceasefire and dismissed the "
             "sanctions as blackmail."],
            ["Turkish air strikes and artillery fire hit the border town of Ras al-Ain on Monday, killing at "
             "least 10 civilians, the Kurdish-led Syrian Democratic Forces said."],
            ["Treasury Secretary Steven Mnuchin said the measures could be lifted if Turkey halted its advance, "
             "but warned that far harsher penalties would follow if it did not."],
            ["European Union foreign ministers condemned the offensive at a meeting in Luxembourg on Monday."],
        ],
        "events": [
            ev("sanction", "sanctions", at="imposed sanctions on three", p=["United States", "Turkey"],
               agent="United States", target="Turkey", date="2019-10-14", dt="on Monday"),
            ev("attack", "offensive", at="military offensive against Kurdish", p=["Turkey", "Syria"],
               agent="Turkey", target="Kurdish fighters", loc="Syria"),
            ev("statement", "demanded", p=["Donald Trump", "Turkey"], agent="Donald Trump", target="Turkey"),
            ev("call", "spoke by phone", p=["Donald Trump", "Tayyip Erdogan"], agent="Donald Trump",
               target="Tayyip Erdogan"),
            ev("statement", "said", at="the White House said", p=["White House"], agent="White House"),
            ev("statement", "told", at="Erdogan told reporters", p=["Tayyip Erdogan"], agent="Tayyip Erdogan",
               loc="Baku, Azerbaijan"),
            ev("statement", "dismissed", p=["Tayyip Erdogan"], agent="Tayyip Erdogan"),
            ev("attack", "air strikes", at="Turkish air strikes and artillery", p=["Turkey", "Ras al-Ain"],
               agent="Turkey", target="Ras al-Ain", loc="Ras al-Ain, Syria", date="2019-10-14", dt="on Monday",
               killed=10),
            ev("death", "killing", at="killing at least 10", date="2019-10-14", dt="on Monday", killed=10),
            ev("statement", "said", at="Syrian Democratic Forces said", p=["Syrian Democratic Forces"],
               agent="Syrian Democratic Forces"),
            ev("statement", "said", at="Mnuchin said", p=["Steven Mnuchin"], agent="Steven Mnuchin"),
            ev("statement", "warned", p=["Steven Mnuchin"], agent="Steven Mnuchin"),
            ev("statement", "condemned", p=["European Union"], agent="European Union", date="2019-10-14",
               dt="on Monday"),
            ev("meeting", "meeting", at="at a meeting in Luxembourg", p=["European Union"],
               loc="Luxembourg, Luxembourg", date="2019-10-14", dt="on Monday"),
        ],
        "irrealis": [
            irr("planned", "agreement", "ceasefire", at="agree to an immediate ceasefire", p=["Turkey"]),
            irr("planned", "visit", "send", at="will send Vice President", p=["Mike Pence", "Ankara"],
                agent="Mike Pence", loc="Ankara, Turkey"),
            irr("negated", "agreement", "ceasefire", at="never declare a ceasefire", p=["Turkey"]),
            irr("hypothetical", "sanction", "penalties", at="harsher penalties", p=["United States", "Turkey"],
                agent="United States", target="Turkey"),
        ],
        "people": ["Donald Trump", "Tayyip Erdogan", "Mike Pence", "Steven Mnuchin"],
        "places": ["United States", "Turkey", "Syria", "Ankara", "Baku", "Ras al-Ain", "Luxembourg",
                   "Washington"],
        "organizations": ["White House", "Syrian Democratic Forces", "European Union"],
    },
    {
        "id": "hc12", "published": "2023-03-27",
        "paragraphs": [
            ["JERUSALEM (AP) — Tens of thousands of Israelis poured into the streets overnight after Prime "
             "Minister Benjamin Netanyahu fired his defense minister, Yoav Gallant, who had called for a pause "
             "in the government's plan to overhaul the judiciary."],
            ["Police cleared protesters who had blocked the main highway in Tel Aviv and lit bonfires, and at "
             "least 20 people were detained, a police spokesman said."],
            ["The Histadrut, the country's largest labor union, launched a general strike on Monday that shut "
             "Ben Gurion Airport, and President Isaac Herzog urged Netanyahu to halt the legislation "
             '"immediately."'],
            ["Netanyahu was expected to address the nation later on Monday, and a senior official in his Likud "
             "party said the prime minister would announce a delay to the bill."],
            ['White House spokeswoman Adrienne Watson said Washington was "deeply concerned" and urged Israeli '
             "leaders to find a compromise as soon as possible."],
            ["Opposition leader Yair Lapid said he would not negotiate with the government unless the "
             "legislation was frozen."],
        ],
        "events": [
            ev("protest", "poured into the streets", loc="Israel"),
            ev("statement", "called for", p=["Yoav Gallant"], agent="Yoav Gallant"),
            ev("arrest", "detained", p=["Israel Police"], agent="Israel Police", loc="Tel Aviv, Israel"),
            ev("statement", "said", at="a police spokesman said", p=["Israel Police"], agent="Israel Police"),
            ev("protest", "general strike", p=["Histadrut"], agent="Histadrut", loc="Israel", date="2023-03-27",
               dt="on Monday"),
            ev("statement", "urged", at="Herzog urged", p=["Isaac Herzog", "Benjamin Netanyahu"],
               agent="Isaac Herzog", target="Benjamin Netanyahu"),
            ev("statement", "said", at="Likud party said", p=["Likud"], agent="Likud"),
            ev("statement", "said", at="Adrienne Watson said", p=["Adrienne Watson"], agent="Adrienne Watson"),
            ev("statement", "urged", at="urged Israeli leaders", p=["Adrienne Watson"], agent="Adrienne Watson"),
            ev("statement", "said", at="Yair Lapid said", p=["Yair Lapid"], agent="Yair Lapid"),
        ],
        "irrealis": [
            irr("planned", "statement", "address", at="expected to address the nation", p=["Benjamin Netanyahu"],
                agent="Benjamin Netanyahu", date="2023-03-27", dt="later on Monday"),
            irr("planned", "statement", "announce", at="would announce a delay", p=["Benjamin Netanyahu"],
                agent="Benjamin Netanyahu"),
            irr("planned", "agreement", "compromise", at="find a compromise", p=["Israel"]),
            irr("negated", "meeting", "negotiate", at="would not negotiate", p=["Yair Lapid", "Israel"],
                agent="Yair Lapid"),
        ],
        "people": ["Benjamin Netanyahu", "Yoav Gallant", "Isaac Herzog", "Adrienne Watson", "Yair Lapid"],
        "places": ["Israel", "Tel Aviv", "Jerusalem", "Washington"],
        "organizations": ["Israel Police", "Histadrut", "Likud", "White House"],
    },
    {
        "id": "hc13", "published": "2025-03-30",
        "paragraphs": [
            ["Myanmar quake toll passes 1,600 as rescuers search rubble"],
            ["NAYPYITAW (Reuters) - The death toll from a 7.7-magnitude earthquake that struck central Myanmar "
             "on Friday rose to 1,644 on Sunday, the military government said, as rescuers with few tools "
             "searched collapsed buildings in Mandalay for survivors."],
            ["Junta chief Min Aung Hlaing made a rare appeal for international help on Friday and toured a "
             "hospital in Naypyitaw, where patients were being treated outside the damaged building."],
            ["China sent a team of 82 rescuers and Russia flew in 120 more, state media reported."],
            ["But the military carried out an air strike on a village in Sagaing region hours after the quake, "
             "killing seven people, a local resistance group said."],
            ["U.S. Secretary of State Marco Rubio said Washington would provide $2 million in emergency aid.",
             "The United Nations warned that the toll could rise sharply once communications with remote areas "
             "were restored."],
            ["Myanmar has been in turmoil since the army seized power in February 2021."],
        ],
        "events": [
            ev("statement", "said", at="the military government said", p=["Myanmar military"],
               agent="Myanmar military"),
            ev("statement", "appeal", at="made a rare appeal", p=["Min Aung Hlaing"], agent="Min Aung Hlaing",
               date="2025-03-28", dt="on Friday"),
            ev("visit", "toured", p=["Min Aung Hlaing", "Naypyitaw"], agent="Min Aung Hlaing",
               loc="Naypyitaw, Myanmar", date="2025-03-28", dt="on Friday"),
            ev("statement", "reported", at="state media reported"),
            ev("attack", "air strike", p=["Myanmar military", "Sagaing"], agent="Myanmar military",
               target="village", loc="Sagaing, Myanmar", killed=7),
            ev("death", "killing", at="killing seven", killed=7),
            ev("statement", "said", at="resistance group said"),
            ev("statement", "said", at="Marco Rubio said", p=["Marco Rubio"], agent="Marco Rubio"),
            ev("statement", "warned", p=["United Nations"], agent="United Nations"),
        ],
        "irrealis": [],
        "people": ["Min Aung Hlaing", "Marco Rubio"],
        "places": ["Myanmar", "Mandalay", "Naypyitaw", "China", "Russia", "Sagaing", "Washington"],
        "organizations": ["Myanmar military", "United Nations"],
    },
    {
        "id": "hc14", "published": "2022-08-03",
        "paragraphs": [
            ["TAIPEI (Reuters) - U.S. House Speaker Nancy Pelosi met Taiwan's President Tsai Ing-wen in Taipei on "
             "Wednesday, defying China, which announced live-fire military drills around the island and halted "
             "imports of fruit and fish from Taiwan."],
            ["Pelosi, who arrived late on Tuesday on the first visit by a House speaker in 25 years, told "
             "lawmakers that the United States would not abandon its commitment to Taiwan."],
            ['China\'s Foreign Ministry said Washington would "pay the price" for the trip, and Vice Foreign '
             "Minister Xie Feng told U.S. Ambassador Nicholas Burns that the move was \"extremely egregious\"."],
            ["Chinese warplanes crossed the median line of the Taiwan Strait on Wednesday, Taiwan's Defence "
             "Ministry said, while Chinese state media said the drills would begin on Thursday and last four "
             "days."],
            ["Tsai said Taiwan would not back down and thanked Pelosi for her support."],
            ["Pelosi is due to leave for South Korea later on Wednesday, the next leg of her Asian tour."],
        ],
        "events": [
            ev("meeting", "met", p=["Nancy Pelosi", "Tsai Ing-wen"], agent="Nancy Pelosi", target="Tsai Ing-wen",
               loc="Taipei, Taiwan", date="2022-08-03", dt="on Wednesday"),
            ev("statement", "announced", p=["China"], agent="China"),
            ev("sanction", "halted imports", p=["China", "Taiwan"], agent="China", target="Taiwan"),
            ev("visit", "visit", at="first visit by a House speaker", p=["Nancy Pelosi", "Taiwan"],
               agent="Nancy Pelosi", loc="Taiwan", date="2022-08-02", dt="late on Tuesday"),
            ev("statement", "told", at="told lawmakers", p=["Nancy Pelosi"], agent="Nancy Pelosi"),
            ev("statement", "said", at="Foreign Ministry said Washington", p=["Chinese Foreign Ministry"],
               agent="Chinese Foreign Ministry"),
            ev("statement", "told", at="Xie Feng told", p=["Xie Feng", "Nicholas Burns"], agent="Xie Feng",
               target="Nicholas Burns"),
            ev("statement", "said", at="Defence Ministry said", p=["Taiwanese Defence Ministry"],
               agent="Taiwanese Defence Ministry"),
            ev("statement", "said", at="state media said"),
            ev("statement", "said", at="Tsai said", p=["Tsai Ing-wen"], agent="Tsai Ing-wen"),
            ev("statement", "thanked", p=["Tsai Ing-wen", "Nancy Pelosi"], agent="Tsai Ing-wen",
               target="Nancy Pelosi"),
        ],
        "irrealis": [
            irr("planned", "visit", "leave for", at="due to leave for South Korea", p=["Nancy Pelosi", "South Korea"],
                agent="Nancy Pelosi", loc="South Korea", date="2022-08-03", dt="later on Wednesday"),
        ],
        "people": ["Nancy Pelosi", "Tsai Ing-wen", "Xie Feng", "Nicholas Burns"],
        "places": ["Taiwan", "Taipei", "China", "United States", "Washington", "Taiwan Strait", "South Korea"],
        "organizations": ["Chinese Foreign Ministry", "Taiwanese Defence Ministry"],
    },
    {
        "id": "hc15", "published": "2020-03-01",
        "paragraphs": [
            ["DOHA (AFP) - The United States and the Taliban signed an agreement in Doha on Saturday that could "
             "pave the way for the withdrawal of all foreign troops from Afghanistan within 14 months, after more "
             "than 18 years of war."],
            ["U.S. Secretary of State Mike Pompeo, who witnessed the signing, urged the militants to keep their "
             "promise to cut ties with al Qaeda."],
            ["Under the deal, the Taliban are to begin negotiations with the Afghan government by March 10, and "
             "up to 5,000 Taliban prisoners are to be freed before then."],
            ["But Afghan President Ashraf Ghani told a news conference in Kabul on Sunday that his government "
             "had made no commitment to free the prisoners."],
            ["Defense Secretary Mark Esper said in Kabul that Washington would not hesitate to tear up the "
             "accord if the Taliban broke their guarantees."],
            ["Hours after the ceremony, a bomb hidden in a football pitch in eastern Khost province killed three "
             "people, though the Taliban denied any involvement."],
            ["A week-long reduction in violence that the two sides agreed before the signing largely held, NATO "
             "said."],
        ],
        "events": [
            ev("agreement", "signed", p=["United States", "Taliban"], loc="Doha, Qatar", date="2020-02-29",
               dt="on Saturday"),
            ev("statement", "urged", p=["Mike Pompeo", "Taliban"], agent="Mike Pompeo", target="Taliban"),
            ev("statement", "told", at="Ghani told", p=["Ashraf Ghani"], agent="Ashraf Ghani", loc="Kabul, Afghanistan",
               date="2020-03-01", dt="on Sunday"),
            ev("statement", "said", at="Esper said", p=["Mark Esper"], agent="Mark Esper", loc="Kabul, Afghanistan"),
            ev("attack", "bomb", at="a bomb hidden", p=["Khost"], target="football pitch",
               loc="Khost, Afghanistan", killed=3),
            ev("death", "killed", at="killed three", killed=3),
            ev("statement", "denied", at="Taliban denied", p=["Taliban"], agent="Taliban"),
            ev("agreement", "agreed", at="the two sides agreed", p=["United States", "Taliban"]),
            ev("statement", "said", at="NATO said", p=["NATO"], agent="NATO"),
        ],
        "irrealis": [
            irr("planned", "meeting", "negotiations", at="begin negotiations", p=["Taliban", "Afghanistan"],
                date="2020-03-10", dt="by March 10"),
            irr("negated", "agreement", "commitment", at="made no commitment", p=["Afghanistan"]),
        ],
        "people": ["Mike Pompeo", "Ashraf Ghani", "Mark Esper"],
        "places": ["United States", "Doha", "Afghanistan", "Kabul", "Khost", "Washington"],
        "organizations": ["Taliban", "al Qaeda", "NATO"],
    },
    {
        "id": "hc16", "published": "2024-07-04",
        "paragraphs": [
            ["BEIRUT (AP) — An Israeli drone strike on a car near the southern Lebanese city of Tyre killed a "
             "senior Hezbollah commander and another man on Wednesday, and the militant group retaliated by "
             "firing more than 200 rockets and a swarm of drones at northern Israel."],
            ["The Israeli military said the strike killed Mohammed Nasser, who it said commanded one of "
             "Hezbollah's three regional units along the border."],
            ["Hezbollah said the barrage was a response to the killing, and Israel's military said a soldier "
             "was killed when a rocket hit a base in the Golan Heights."],
            ["U.S. envoy Amos Hochstein is due in Paris on Thursday for talks with French officials on a plan to "
             "end the fighting."],
            ["Hezbollah leader Hassan Nasrallah has said the group will halt its attacks only if Israel agrees "
             "to a ceasefire in Gaza."],
            ['Israeli Defence Minister Yoav Gallant warned that Israel could send Lebanon "back to the Stone Age" '
             "if a full-scale war broke out.",
             "More than 90,000 people have fled their homes on both sides of the border since October."],
        ],
        "events": [
            ev("attack", "drone strike", p=["Israel", "Mohammed Nasser", "Tyre"], agent="Israel",
               target="Mohammed Nasser", loc="Tyre, Lebanon", date="2024-07-03", dt="on Wednesday", killed=2),
            ev("death", "killed", at="Tyre killed", date="2024-07-03", dt="on Wednesday", killed=2),
            ev("attack", "firing", at="retaliated by firing", p=["Hezbollah", "Israel"], agent="Hezbollah",
               target="northern Israel", loc="Israel", date="2024-07-03", dt="on Wednesday", killed=1),
            ev("statement", "said", at="The Israeli military said", p=["Israeli military"], agent="Israeli military"),
            ev("statement", "said", at="who it said", p=["Israeli military"], agent="Israeli military"),
            ev("statement", "said", at="Hezbollah said", p=["Hezbollah"], agent="Hezbollah"),
            ev("statement", "said", at="Israel's military said", p=["Israeli military"], agent="Israeli military"),
            ev("death", "killed", at="a soldier was killed", killed=1),
            ev("statement", "has said", p=["Hassan Nasrallah"], agent="Hassan Nasrallah"),
            ev("statement", "warned", p=["Yoav Gallant"], agent="Yoav Gallant"),
        ],
        "irrealis": [
            irr("planned", "meeting", "talks", at="talks with French officials", p=["Amos Hochstein", "France"],
                agent="Amos Hochstein", loc="Paris, France", date="2024-07-04", dt="on Thursday"),
            irr("hypothetical", "agreement", "agrees", at="Israel agrees", p=["Israel"]),
            irr("hypothetical", "attack", "war", at="full-scale war", p=["Israel", "Hezbollah"]),
        ],
        "people": ["Mohammed Nasser", "Amos Hochstein", "Hassan Nasrallah", "Yoav Gallant"],
        "places": ["Lebanon", "Tyre", "Israel", "Golan Heights", "Paris", "Gaza", "Beirut"],
        "organizations": ["Hezbollah", "Israeli military"],
    },
]
