"""The twelfth held-out news set, a second test set of round k (the source of heldout-news-l.{in,gold}.jsonl).

Written and annotated during round k, beside set k (round k's first test set), so that the round is judged on two
sets nobody tuned to: nobody develops a rule on this set, and the round's engineers do not see it until it is merged.
Every lead was written for it (never copied or paraphrased from ../shared/data, the seed, examples/ or sets a-k; no
topic of theirs taken one to one); real public figures appear in events that are partly or wholly invented, the
companies of the acquisition and sanctions leads are invented, and the tolls, quotes and other people are invented.
Annotated before kg was run on it, with the conventions of sets a-k as the shared docstring of
`heldout_news_source.py` states them after round k (news-dev's): one event per real-world event at its first
mention (a headline included), later mentions filling in its details; every reporting verb its own statement,
participial ones ("speaking", "telling", "arguing", "briefing", "saying", "calling") included, a reporting noun that
is the medium of a reporting verb none of its own; a headline's reporting verb and the body's two statements;
"invited X to V" an `invitation` plus the planned V; a possessive voice ("her office said", "Luxon's office said",
"Netanyahu's office said") its possessor, a body's own office ("the attorney general's office") the body; a national
government or ministry that speaks its country; a news conference no statement; participants as full canonical
names; `date` only where a date expression attaches to the event; casualties on attacks, with the deaths and
injuries of their tolls; negated, planned, hypothetical and requested (labelled planned) events in `irrealis`;
cognition verbs no statements; an election won one election event at the win (agent the winner, target the office).
Like sets h-k, this set is ordinary wire news in the wire's mix (a missile strike, a border war and clashes with
tolls, phone calls, talks and state visits, accords and pacts, elections in Fiji, Tunisia, Montenegro and Iceland,
court orders, purchases, arrests, sanctions, protests and visits), from regions sets h-k have few of (Central Asia,
the Pacific, the Middle East, Latin America's south, Europe's small states) and in other shapes: reporting verbs and
frames beyond theirs ("hinted", "stopped short of endorsing", "put its toll at", "brushed off", "cited", "wished",
"sent his congratulations", "threatened", "cautioned", "expressed deep disappointment", "appealed for calm",
"briefing reporters", "blacklists ... it says"), unnamed officials and bodies ("a senior Tajik official", "a police
source", "a hospital director", "a rebel spokesman", "organisers", "a union leader", "one of its leaders"), titles
and later mentions ("the pontiff", "the president-elect", "the winner", "his guest", "the two presidents"),
headlines in several shapes (present, passive participle, noun phrases, "agrees to buy", "clinches ... deal"), and
in every lead the everyday irrealis: refusals, denials and negated reports, plans and schedules, conditions,
demands, offers, invitations and possibilities.
"""

from heldout_news_source import ev, irr

ARTICLES = [
    {
        "id": "hl01", "published": "2018-03-10",
        "paragraphs": [
            ["Uzbek leader makes first state visit to Tajikistan, border deal signed"],
            ["DUSHANBE (Reuters) - Uzbek President Shavkat Mirziyoyev arrived in Dushanbe on Friday for the first "
             "state visit by an Uzbek leader to Tajikistan in nearly two decades, and the two neighbours signed an "
             "agreement on parts of their disputed border."],
            ["Tajik President Emomali Rahmon greeted his guest at the airport and the pair held talks behind closed "
             "doors for about three hours, Rahmon's press service reported."],
            ["The leaders also agreed to restore direct flights between Tashkent and Dushanbe, a senior Tajik "
             "official told reporters, speaking on condition of anonymity.",
             "He did not give a date for the first flight."],
            ["Mirziyoyev, who took office after the death of Islam Karimov in 2016, has promised to mend ties with "
             "neighbours that soured under his predecessor.",
             "He hinted that a deal on sharing water from Central Asia's rivers could follow, but stopped short of "
             "endorsing Tajikistan's planned Rogun dam."],
            ["Rahmon is expected to pay a return visit to Tashkent later this year, according to a joint "
             "communique.",
             "Officials from both sides declined to say whether visa requirements would be lifted before then."],
        ],
        "events": [
            ev("visit", "visit", at="makes first state visit to Tajikistan", p=["Shavkat Mirziyoyev", "Tajikistan"],
               agent="Shavkat Mirziyoyev", target="Tajikistan", loc="Dushanbe, Tajikistan", date="2018-03-09",
               dt="on Friday"),
            ev("agreement", "signed", at="border deal signed", p=["Uzbekistan", "Tajikistan"]),
            ev("statement", "reported", at="press service reported", p=["Emomali Rahmon"], agent="Emomali Rahmon"),
            ev("meeting", "talks", at="held talks behind closed doors", p=["Emomali Rahmon", "Shavkat Mirziyoyev"],
               agent="Emomali Rahmon", target="Shavkat Mirziyoyev", loc="Dushanbe, Tajikistan"),
            ev("agreement", "agreed", at="leaders also agreed to restore", p=["Shavkat Mirziyoyev", "Emomali Rahmon"]),
            ev("statement", "told", at="official told reporters", p=["Tajikistan"], agent="Tajikistan"),
            ev("statement", "speaking", at="speaking on condition of anonymity", p=["Tajikistan"], agent="Tajikistan"),
            ev("statement", "promised", at="has promised to mend ties", p=["Shavkat Mirziyoyev"],
               agent="Shavkat Mirziyoyev"),
            ev("statement", "hinted", p=["Shavkat Mirziyoyev"], agent="Shavkat Mirziyoyev"),
            ev("statement", "according to", at="according to a joint communique"),
        ],
        "irrealis": [
            irr("negated", "statement", "did not give", p=["Tajikistan"], agent="Tajikistan"),
            irr("hypothetical", "agreement", "deal", at="a deal on sharing water", p=["Uzbekistan", "Tajikistan"]),
            irr("negated", "statement", "endorsing", at="stopped short of endorsing", p=["Shavkat Mirziyoyev"],
                agent="Shavkat Mirziyoyev"),
            irr("planned", "visit", "visit", at="return visit to Tashkent", p=["Emomali Rahmon", "Uzbekistan"],
                agent="Emomali Rahmon", target="Uzbekistan", loc="Tashkent, Uzbekistan", date="2018",
                dt="later this year"),
            irr("negated", "statement", "declined to say", p=["Uzbekistan", "Tajikistan"], agent="Uzbekistan"),
        ],
        "people": ["Shavkat Mirziyoyev", "Emomali Rahmon", "Islam Karimov"],
        "places": ["Dushanbe", "Tajikistan", "Tashkent", "Uzbekistan", "Central Asia"],
        "organizations": [],
    },
    {
        "id": "hl02", "published": "2018-11-16",
        "paragraphs": [
            ["Fiji's Bainimarama clings to power as FijiFirst wins narrow majority"],
            ["SUVA (AFP) - Fiji's Prime Minister Frank Bainimarama won a second term on Thursday after final results "
             "gave his FijiFirst party 27 of the 51 seats in parliament, four fewer than it held before the vote."],
            ["Opposition leader Sitiveni Rabuka, a former coup leader who heads the Social Democratic Liberal Party, "
             "refused to concede and alleged that ballot counts at several polling stations had been altered.",
             "His party would lodge a complaint with the electoral commission on Monday, a spokeswoman announced."],
            ["Supervisor of Elections Mohammed Saneem rejected the claims, telling local radio the count had been "
             "observed by both parties.",
             "An international observer group led by Australia and India described the election as credible."],
            ["Bainimarama thanked voters in a brief speech outside his party's headquarters in Suva and pledged "
             "to keep fighting for action on climate change.",
             "He ruled out forming a coalition with any of the opposition parties."],
            ["New Zealand Prime Minister Jacinda Ardern telephoned Bainimarama on Friday to congratulate him, her "
             "office said, and invited him to visit Wellington early next year."],
        ],
        "events": [
            ev("election", "won", at="won a second term on Thursday", p=["Frank Bainimarama", "Fiji"],
               agent="Frank Bainimarama", target="Prime Minister of Fiji", loc="Fiji", date="2018-11-15",
               dt="on Thursday"),
            ev("statement", "alleged", p=["Sitiveni Rabuka"], agent="Sitiveni Rabuka"),
            ev("statement", "announced", at="a spokeswoman announced", p=["Social Democratic Liberal Party"],
               agent="Social Democratic Liberal Party"),
            ev("statement", "rejected", at="Saneem rejected the claims", p=["Mohammed Saneem"],
               agent="Mohammed Saneem"),
            ev("statement", "telling", at="telling local radio", p=["Mohammed Saneem"], agent="Mohammed Saneem"),
            ev("statement", "described", at="described the election as credible", p=["Australia", "India"],
               agent="Australia"),
            ev("statement", "thanked", p=["Frank Bainimarama"], agent="Frank Bainimarama", loc="Suva, Fiji"),
            ev("statement", "pledged", p=["Frank Bainimarama"], agent="Frank Bainimarama"),
            ev("statement", "ruled out", p=["Frank Bainimarama"], agent="Frank Bainimarama"),
            ev("call", "telephoned", p=["Jacinda Ardern", "Frank Bainimarama"], agent="Jacinda Ardern",
               target="Frank Bainimarama", date="2018-11-16", dt="on Friday"),
            ev("statement", "said", at="her office said", p=["Jacinda Ardern"], agent="Jacinda Ardern"),
            ev("invitation", "invited", p=["Jacinda Ardern", "Frank Bainimarama"], agent="Jacinda Ardern",
               target="Frank Bainimarama"),
        ],
        "irrealis": [
            irr("negated", "statement", "concede", at="refused to concede", p=["Sitiveni Rabuka"],
                agent="Sitiveni Rabuka"),
            irr("planned", "statement", "complaint", at="would lodge a complaint", p=["Social Democratic Liberal Party",
                "Fijian Elections Office"], agent="Social Democratic Liberal Party", date="2018-11-19",
                dt="on Monday"),
            irr("negated", "agreement", "coalition", at="forming a coalition", p=["Frank Bainimarama"],
                agent="Frank Bainimarama"),
            irr("planned", "visit", "visit", at="invited him to visit Wellington", p=["Frank Bainimarama",
                "New Zealand"], agent="Frank Bainimarama", target="New Zealand", loc="Wellington, New Zealand",
                date="2019", dt="early next year"),
        ],
        "people": ["Frank Bainimarama", "Sitiveni Rabuka", "Mohammed Saneem", "Jacinda Ardern"],
        "places": ["Fiji", "Suva", "Australia", "India", "New Zealand", "Wellington"],
        "organizations": ["FijiFirst", "Social Democratic Liberal Party"],
    },
    {
        "id": "hl03", "published": "2019-10-14",
        "paragraphs": [
            ["Law professor Saied elected Tunisian president in landslide"],
            ["TUNIS (Reuters) - Kais Saied, a retired law professor with no party behind him, was elected president "
             "of Tunisia in Sunday's runoff, winning about 72 percent of the vote against media mogul Nabil Karoui, "
             "according to an exit poll by the Sigma Conseil agency."],
            ["Thousands of young supporters poured onto Habib Bourguiba Avenue in central Tunis after polls closed, "
             "waving flags and singing the national anthem."],
            ["\"I will try to build a new Tunisia,\" Saied told state television.",
             "He vowed to fight corruption and said he would make his first trip abroad to Algeria."],
            ["Karoui, who was released from jail on Wednesday after weeks in detention on tax evasion and money "
             "laundering charges, admitted defeat in a late-night address on Sunday and congratulated his rival.",
             "He said he might challenge the result in court, however, arguing that he had been unable to campaign."],
            ["The electoral commission is due to announce official results on Monday evening.",
             "Turnout was about 57 percent, it said, well above the level of the first round."],
        ],
        "events": [
            ev("election", "elected", at="Saied elected Tunisian president", p=["Kais Saied", "Tunisia"],
               agent="Kais Saied", target="President of Tunisia", loc="Tunisia", date="2019-10-13",
               dt="in Sunday's runoff"),
            ev("statement", "according to", at="according to an exit poll"),
            ev("statement", "told", at="Saied told state television", p=["Kais Saied"], agent="Kais Saied"),
            ev("statement", "vowed", p=["Kais Saied"], agent="Kais Saied"),
            ev("statement", "said", at="corruption and said", p=["Kais Saied"], agent="Kais Saied"),
            ev("release", "released", p=["Nabil Karoui"], target="Nabil Karoui", date="2019-10-09",
               dt="on Wednesday"),
            ev("statement", "admitted", p=["Nabil Karoui"], agent="Nabil Karoui", date="2019-10-13",
               dt="on Sunday"),
            ev("statement", "congratulated", p=["Nabil Karoui", "Kais Saied"], agent="Nabil Karoui",
               target="Kais Saied"),
            ev("statement", "said", at="He said he might challenge", p=["Nabil Karoui"], agent="Nabil Karoui"),
            ev("statement", "arguing", p=["Nabil Karoui"], agent="Nabil Karoui"),
            ev("statement", "said", at="it said", p=["Independent High Authority for Elections"],
               agent="Independent High Authority for Elections"),
        ],
        "irrealis": [
            irr("planned", "visit", "trip", at="first trip abroad to Algeria", p=["Kais Saied", "Algeria"],
                agent="Kais Saied", target="Algeria"),
            irr("hypothetical", "ruling", "challenge", at="might challenge the result", p=["Nabil Karoui"],
                agent="Nabil Karoui"),
            irr("negated", "campaign", "campaign", at="unable to campaign", p=["Nabil Karoui"], agent="Nabil Karoui"),
            irr("planned", "statement", "announce", at="due to announce official results",
                p=["Independent High Authority for Elections"], agent="Independent High Authority for Elections",
                date="2019-10-14", dt="on Monday evening"),
        ],
        "people": ["Kais Saied", "Nabil Karoui"],
        "places": ["Tunis", "Tunisia", "Habib Bourguiba Avenue", "Algeria"],
        "organizations": ["Sigma Conseil", "Independent High Authority for Elections"],
    },
    {
        "id": "hl04", "published": "2019-11-21",
        "paragraphs": [
            ["Maltese tycoon arrested on yacht in journalist murder probe"],
            ["VALLETTA (Reuters) - Maltese police arrested businessman Yorgen Fenech on his yacht early on Wednesday "
             "as it left the Portomaso marina, hours after the government said it would pardon a suspected "
             "middleman in the 2017 car bomb killing of journalist Daphne Caruana Galizia."],
            ["Fenech, a director of a firm that owns a power station, was questioned at police headquarters in "
             "Floriana throughout the day, a police source said.",
             "He has not been charged."],
            ["Prime Minister Joseph Muscat told a late-night news conference that he would personally decide on the "
             "pardon but that the middleman had first to prove his claims in court."],
            ["Caruana Galizia's family urged Muscat to step aside from the case, arguing that people close to his "
             "office could be named.",
             "The prime minister has denied any link to the killing."],
            ["Hundreds of protesters gathered outside the office of the prime minister in Valletta on Wednesday "
             "evening, chanting \"mafia\" and demanding his resignation.",
             "A magistrate is expected to rule by Friday on whether Fenech can be held for longer, lawyers for "
             "the family said."],
        ],
        "events": [
            ev("arrest", "arrested", at="Maltese tycoon arrested on yacht", p=["Maltese police", "Yorgen Fenech"],
               agent="Maltese police", target="Yorgen Fenech", loc="Portomaso, Malta", date="2019-11-20",
               dt="early on Wednesday"),
            ev("statement", "said", at="the government said it would pardon", p=["Malta"], agent="Malta"),
            ev("attack", "car bomb", at="2017 car bomb killing", p=["Daphne Caruana Galizia"],
               target="Daphne Caruana Galizia", loc="Malta", date="2017", dt="2017", killed=1),
            ev("death", "killing", at="2017 car bomb killing", p=["Daphne Caruana Galizia"], date="2017",
               dt="2017", killed=1),
            ev("interrogation", "questioned", p=["Maltese police", "Yorgen Fenech"], agent="Maltese police",
               target="Yorgen Fenech", loc="Floriana, Malta"),
            ev("statement", "said", at="a police source said", p=["Maltese police"], agent="Maltese police"),
            ev("statement", "told", at="Joseph Muscat told", p=["Joseph Muscat"], agent="Joseph Muscat"),
            ev("news_conference", "news conference", at="late-night news conference", p=["Joseph Muscat"],
               agent="Joseph Muscat"),
            ev("statement", "urged", at="family urged Muscat", p=["Joseph Muscat"], target="Joseph Muscat"),
            ev("statement", "arguing", at="arguing that people close", p=[]),
            ev("statement", "denied", at="has denied any link", p=["Joseph Muscat"], agent="Joseph Muscat"),
            ev("protest", "gathered", at="Hundreds of protesters gathered", p=["Joseph Muscat"],
               loc="Valletta, Malta", date="2019-11-20", dt="on Wednesday evening"),
            ev("statement", "demanding", at="demanding his resignation", p=[]),
            ev("statement", "said", at="lawyers for the family said", p=[]),
        ],
        "irrealis": [
            irr("planned", "pardon", "pardon", at="it would pardon a suspected", p=["Malta"], agent="Malta"),
            irr("negated", "charge", "charged", at="He has not been charged", p=["Yorgen Fenech"],
                target="Yorgen Fenech"),
            irr("hypothetical", "pardon", "pardon", at="personally decide on the pardon", p=["Joseph Muscat"],
                agent="Joseph Muscat"),
            irr("planned", "resignation", "step aside", p=["Joseph Muscat"], agent="Joseph Muscat"),
            irr("planned", "resignation", "resignation", at="demanding his resignation", p=["Joseph Muscat"],
                agent="Joseph Muscat"),
            irr("planned", "ruling", "rule", at="expected to rule by Friday", p=["Yorgen Fenech"],
                target="Yorgen Fenech", date="2019-11-22", dt="by Friday"),
        ],
        "people": ["Yorgen Fenech", "Daphne Caruana Galizia", "Joseph Muscat"],
        "places": ["Valletta", "Portomaso", "Floriana", "Malta"],
        "organizations": ["Maltese police"],
    },
    {
        "id": "hl05", "published": "2020-06-09",
        "paragraphs": [
            ["Slovenia's Soca Foods agrees to buy Croatian bakery chain Pekara Jadran"],
            ["LJUBLJANA (Reuters) - Slovenian food group Soca Foods has agreed to buy Croatian bakery chain Pekara "
             "Jadran for 310 million euros ($352 million), the two companies announced on Monday, in the largest "
             "cross-border deal in the former Yugoslavia this year."],
            ["Soca will pay in cash and take on about 40 million euros of Pekara Jadran's debt, chief executive "
             "Mateja Kranjc told analysts on a conference call.",
             "She said the group did not intend to shut any of the chain's 260 shops."],
            ["The purchase still needs approval from Croatia's competition agency, which is expected to rule within "
             "four months, and from the European Commission."],
            ["Pekara Jadran's founding family, which owns 68 percent, has backed the offer, the Croatian company "
             "confirmed in a filing to the Zagreb stock exchange.",
             "Minority shareholders will be offered the same price per share."],
            ["Kranjc declined to comment on reports that Soca had also held talks about buying a Serbian dairy.",
             "A Croatian trade union representing bakery workers threatened a walkout should the new owner lay off "
             "staff."],
        ],
        "events": [
            ev("acquisition", "buy", at="agrees to buy Croatian bakery chain", p=["Soca Foods", "Pekara Jadran"],
               agent="Soca Foods", target="Pekara Jadran", amount=(310000000, "EUR")),
            ev("statement", "announced", at="the two companies announced", p=["Soca Foods", "Pekara Jadran"],
               agent="Soca Foods", date="2020-06-08", dt="on Monday"),
            ev("statement", "told", at="Mateja Kranjc told analysts", p=["Mateja Kranjc"], agent="Mateja Kranjc"),
            ev("call", "conference call", p=["Mateja Kranjc"], agent="Mateja Kranjc"),
            ev("statement", "said", at="She said the group", p=["Mateja Kranjc"], agent="Mateja Kranjc"),
            ev("statement", "confirmed", p=["Pekara Jadran"], agent="Pekara Jadran"),
            ev("statement", "threatened", p=[]),
        ],
        "irrealis": [
            irr("negated", "closure", "shut", at="not intend to shut", p=["Soca Foods"], agent="Soca Foods"),
            irr("planned", "ruling", "rule", at="expected to rule within four months",
                p=["Croatian Competition Agency"],
                agent="Croatian Competition Agency"),
            irr("planned", "offer", "offered", at="Minority shareholders will be offered", p=["Soca Foods"],
                agent="Soca Foods"),
            irr("negated", "statement", "declined to comment", p=["Mateja Kranjc"], agent="Mateja Kranjc"),
            irr("hypothetical", "meeting", "talks", at="had also held talks", p=["Soca Foods"], agent="Soca Foods"),
            irr("hypothetical", "acquisition", "buying", at="talks about buying a Serbian dairy", p=["Soca Foods"],
                agent="Soca Foods"),
            irr("hypothetical", "strike", "walkout", at="threatened a walkout", p=[]),
        ],
        "people": ["Mateja Kranjc"],
        "places": ["Ljubljana", "Slovenia", "Croatia", "Zagreb"],
        "organizations": ["Soca Foods", "Pekara Jadran", "European Commission"],
    },
    {
        "id": "hl06", "published": "2020-01-20",
        "paragraphs": [
            ["Missile strike on Yemen army camp mosque kills at least 80"],
            ["MARIB, Yemen (AP) - A missile and drone attack on a mosque inside a military training camp in Yemen's "
             "central province of Marib killed at least 80 soldiers during evening prayers on Saturday, medical and "
             "military officials said on Monday."],
            ["More than 100 others were wounded, a hospital director in the city of Marib told The Associated "
             "Press by telephone.",
             "He spoke on condition of anonymity because he was not authorised to brief reporters."],
            ["The government of President Abed Rabbo Mansour Hadi blamed the Houthi rebels, who did not claim "
             "responsibility for the attack.",
             "A rebel spokesman said the group was not aware of any strike on the camp."],
            ["Hadi condemned what he called a cowardly act and ordered the army to stay on alert, the state news "
             "agency Saba reported."],
            ["The U.N. envoy for Yemen, Martin Griffiths, called on both sides to halt the escalation and said he "
             "hoped to bring them back to talks on a prisoner exchange agreed in Sweden in December 2018.",
             "The sides have yet to fix a date for another round."],
        ],
        "events": [
            ev("attack", "Missile strike", at="Missile strike on Yemen army camp mosque",
               target="mosque inside a military training camp", loc="Marib, Yemen", date="2020-01-18",
               dt="on Saturday", killed=80, injured=100),
            ev("death", "killed", at="killed at least 80 soldiers", date="2020-01-18", dt="on Saturday", killed=80),
            ev("statement", "said", at="military officials said on Monday", p=["Yemen"], agent="Yemen",
               date="2020-01-20", dt="on Monday"),
            ev("injury", "wounded", at="More than 100 others were wounded", injured=100),
            ev("statement", "told", at="told The Associated Press", p=["Associated Press"],
               target="Associated Press"),
            ev("statement", "spoke", at="He spoke on condition"),
            ev("statement", "blamed", p=["Yemen", "Houthis"], agent="Yemen", target="Houthis"),
            ev("statement", "said", at="A rebel spokesman said", p=["Houthis"], agent="Houthis"),
            ev("statement", "condemned", p=["Abed Rabbo Mansour Hadi"], agent="Abed Rabbo Mansour Hadi"),
            ev("statement", "called", at="what he called a cowardly act", p=["Abed Rabbo Mansour Hadi"],
               agent="Abed Rabbo Mansour Hadi"),
            ev("order", "ordered", p=["Abed Rabbo Mansour Hadi", "Yemeni army"], agent="Abed Rabbo Mansour Hadi",
               target="Yemeni army"),
            ev("statement", "reported", at="Saba reported", p=["Saba"], agent="Saba"),
            ev("statement", "called on", p=["Martin Griffiths"], agent="Martin Griffiths"),
            ev("statement", "said", at="escalation and said he hoped", p=["Martin Griffiths"],
               agent="Martin Griffiths"),
            ev("agreement", "agreed", at="prisoner exchange agreed in Sweden", p=["Yemen", "Houthis"],
               loc="Sweden", date="2018-12", dt="in December 2018"),
        ],
        "irrealis": [
            irr("negated", "statement", "brief", at="not authorised to brief reporters"),
            irr("negated", "statement", "claim", at="did not claim responsibility", p=["Houthis"], agent="Houthis"),
            irr("negated", "attack", "strike", at="not aware of any strike", p=["Houthis"], agent="Houthis"),
            irr("planned", "halt", "halt", at="halt the escalation", p=["Yemen", "Houthis"]),
            irr("hypothetical", "meeting", "talks", at="back to talks on a prisoner exchange", p=["Yemen", "Houthis"]),
            irr("negated", "meeting", "round", at="a date for another round", p=["Yemen", "Houthis"]),
        ],
        "people": ["Abed Rabbo Mansour Hadi", "Martin Griffiths"],
        "places": ["Marib", "Yemen", "Sweden"],
        "organizations": ["Associated Press", "Houthis", "Saba", "United Nations"],
    },
    {
        "id": "hl07", "published": "2021-03-07",
        "paragraphs": [
            ["Paraguay's Abdo asks cabinet to resign as protests over virus response spread"],
            ["ASUNCION (Reuters) - Paraguayan President Mario Abdo Benitez asked his entire cabinet to put their "
             "posts at his disposal on Saturday after a second night of protests in the capital over shortages of "
             "medicines and vaccines in public hospitals."],
            ["Thousands of demonstrators marched on the Lopez presidential palace, some throwing stones at riot "
             "police, who answered with rubber bullets and water cannon.",
             "One man was killed and at least 20 people were hurt in the clashes, the health ministry said."],
            ["\"I am willing to make all the changes that are needed,\" Abdo said in a televised message, but he "
             "rejected calls to step down himself."],
            ["The opposition Liberal Party said it would seek to impeach him in Congress next week, although the "
             "president's Colorado Party holds enough seats to block the motion."],
            ["Health Minister Julio Mazzoleni resigned on Friday.",
             "Organisers vowed to hold another rally on Sunday and to stay in the streets until Abdo and his vice "
             "president quit.",
             "Interior Minister Arnaldo Giuzzio appealed for calm and warned that police would not tolerate "
             "looting."],
        ],
        "events": [
            ev("statement", "asks", at="Abdo asks cabinet to resign", p=["Mario Abdo Benitez"],
               agent="Mario Abdo Benitez"),
            ev("protest", "protests", at="as protests over virus response spread", p=["Mario Abdo Benitez"],
               loc="Asuncion, Paraguay"),
            ev("statement", "asked", at="Benitez asked his entire cabinet", p=["Mario Abdo Benitez"],
               agent="Mario Abdo Benitez", date="2021-03-06", dt="on Saturday"),
            ev("attack", "clashes", at="hurt in the clashes", p=["Paraguayan police"], loc="Asuncion, Paraguay",
               killed=1, injured=20),
            ev("death", "killed", at="One man was killed", killed=1),
            ev("injury", "hurt", at="were hurt in the clashes", injured=20),
            ev("statement", "said", at="the health ministry said", p=["Paraguay"], agent="Paraguay"),
            ev("statement", "said", at="Abdo said in a televised message", p=["Mario Abdo Benitez"],
               agent="Mario Abdo Benitez"),
            ev("statement", "rejected", at="he rejected calls", p=["Mario Abdo Benitez"], agent="Mario Abdo Benitez"),
            ev("statement", "said", at="Liberal Party said", p=["Liberal Party"], agent="Liberal Party"),
            ev("resignation", "resigned", p=["Julio Mazzoleni"], agent="Julio Mazzoleni", date="2021-03-05",
               dt="on Friday"),
            ev("statement", "vowed", at="Organisers vowed", p=[]),
            ev("statement", "appealed", p=["Arnaldo Giuzzio"], agent="Arnaldo Giuzzio"),
            ev("statement", "warned", p=["Arnaldo Giuzzio"], agent="Arnaldo Giuzzio"),
        ],
        "irrealis": [
            irr("planned", "resignation", "resign", at="Abdo asks cabinet to resign", p=["Paraguay"]),
            irr("negated", "resignation", "step down", p=["Mario Abdo Benitez"], agent="Mario Abdo Benitez"),
            irr("planned", "impeachment", "impeach", p=["Liberal Party", "Mario Abdo Benitez"], agent="Liberal Party",
                target="Mario Abdo Benitez", loc="Congress", date="2021-W10", dt="next week"),
            irr("hypothetical", "block", "block", at="block the motion", p=["Colorado Party"], agent="Colorado Party"),
            irr("planned", "protest", "rally", at="hold another rally on Sunday", p=["Mario Abdo Benitez"],
                loc="Asuncion, Paraguay", date="2021-03-07", dt="on Sunday"),
            irr("planned", "resignation", "quit", at="vice president quit", p=["Mario Abdo Benitez"],
                agent="Mario Abdo Benitez"),
        ],
        "people": ["Mario Abdo Benitez", "Julio Mazzoleni", "Arnaldo Giuzzio"],
        "places": ["Asuncion", "Paraguay"],
        "organizations": ["Liberal Party", "Colorado Party", "Congress"],
    },
    {
        "id": "hl08", "published": "2021-05-24",
        "paragraphs": [
            ["Samoa's top court orders parliament to sit, backing first woman leader"],
            ["APIA (AFP) - Samoa's Supreme Court ruled on Sunday that parliament must convene within 48 hours, "
             "opening the way for Fiame Naomi Mata'afa to become the Pacific nation's first female prime minister "
             "after a disputed April election."],
            ["Caretaker Prime Minister Tuilaepa Sailele Malielegaoi, who has led Samoa for 22 years, had refused "
             "to hand over power and urged the head of state to call a fresh vote.",
             "He told supporters on Sunday night that the judges had overstepped their role."],
            ["Fiame's FAST party holds 26 of the 51 seats after the court threw out the appointment of an extra "
             "woman lawmaker that had handed Tuilaepa's Human Rights Protection Party a tie.",
             "\"The people have spoken and the court has spoken,\" Fiame said."],
            ["Australia and New Zealand called on all sides to respect the ruling.",
             "A spokesman for the head of state, Tuimalealiifano Va'aletoa Sualauvi II, said he had not yet decided "
             "whether to open the session himself.",
             "Police said they would guard the parliament building in Apia on Monday morning if the sitting went "
             "ahead."],
        ],
        "events": [
            ev("ruling", "orders", at="top court orders parliament to sit", p=["Supreme Court of Samoa"],
               agent="Supreme Court of Samoa", target="Legislative Assembly of Samoa", loc="Apia, Samoa",
               date="2021-05-23", dt="on Sunday"),
            ev("statement", "urged", at="urged the head of state", p=["Tuilaepa Sailele Malielegaoi",
               "Tuimalealiifano Va'aletoa Sualauvi II"], agent="Tuilaepa Sailele Malielegaoi",
               target="Tuimalealiifano Va'aletoa Sualauvi II"),
            ev("statement", "told", at="He told supporters", p=["Tuilaepa Sailele Malielegaoi"],
               agent="Tuilaepa Sailele Malielegaoi", date="2021-05-23", dt="on Sunday night"),
            ev("ruling", "threw out", p=["Supreme Court of Samoa"], agent="Supreme Court of Samoa"),
            ev("statement", "said", at="Fiame said", p=["Fiame Naomi Mata'afa"], agent="Fiame Naomi Mata'afa"),
            ev("statement", "called on", p=["Australia", "New Zealand"], agent="Australia"),
            ev("statement", "said", at="Sualauvi II, said", p=["Tuimalealiifano Va'aletoa Sualauvi II"],
               agent="Tuimalealiifano Va'aletoa Sualauvi II"),
            ev("statement", "said", at="Police said", p=["Samoa Police Service"], agent="Samoa Police Service"),
        ],
        "irrealis": [
            irr("planned", "meeting", "convene", at="parliament must convene", p=["Legislative Assembly of Samoa"],
                loc="Apia, Samoa"),
            irr("negated", "handover", "hand over", p=["Tuilaepa Sailele Malielegaoi"],
                agent="Tuilaepa Sailele Malielegaoi"),
            irr("planned", "election", "vote", at="call a fresh vote", p=["Samoa"], loc="Samoa"),
            irr("hypothetical", "meeting", "session", at="open the session himself",
                p=["Legislative Assembly of Samoa"]),
            irr("hypothetical", "meeting", "sitting", at="if the sitting went ahead",
                p=["Legislative Assembly of Samoa"],
                loc="Apia, Samoa", date="2021-05-24", dt="on Monday morning"),
        ],
        "people": ["Fiame Naomi Mata'afa", "Tuilaepa Sailele Malielegaoi", "Tuimalealiifano Va'aletoa Sualauvi II"],
        "places": ["Samoa", "Apia", "Australia", "New Zealand"],
        "organizations": ["Supreme Court of Samoa", "FAST", "Human Rights Protection Party"],
    },
    {
        "id": "hl09", "published": "2022-09-17",
        "paragraphs": [
            ["Kyrgyz-Tajik border fighting kills dozens; Putin calls both leaders"],
            ["BISHKEK (Reuters) - Fighting between Kyrgyz and Tajik troops along their disputed border killed at "
             "least 46 people on Friday, officials in both countries said, in the worst violence between the two "
             "former Soviet republics in more than a year."],
            ["Kyrgyzstan's health ministry put its toll at 24 dead and 87 wounded, and accused Tajik forces of "
             "shelling villages in the Batken region with rockets and mortars.",
             "Tajikistan, which said 22 of its citizens had died, blamed Kyrgyz units for opening fire first."],
            ["Russian President Vladimir Putin spoke by telephone with Kyrgyz President Sadyr Japarov and Tajik "
             "President Emomali Rahmon on Friday evening, the Kremlin said, and urged them to settle the dispute "
             "through talks alone."],
            ["The two presidents had met briefly at a regional summit in Samarkand on Thursday and agreed to pull "
             "back their forces, but a ceasefire announced that night did not hold.",
             "Japarov said on Saturday he was ready to meet Rahmon again, if the shooting stopped."],
            ["A Tajik foreign ministry spokesman refused to say whether Dushanbe would accept Russian mediation.",
             "Japarov would speak to Rahmon by phone again on Sunday, his press secretary said."],
        ],
        "events": [
            ev("attack", "fighting", at="Kyrgyz-Tajik border fighting kills dozens", p=["Kyrgyzstan", "Tajikistan"],
               loc="Batken, Kyrgyzstan", date="2022-09-16", dt="on Friday", killed=46),
            ev("death", "kills", at="border fighting kills dozens", date="2022-09-16", dt="on Friday", killed=46),
            ev("call", "calls", at="Putin calls both leaders", p=["Vladimir Putin", "Sadyr Japarov", "Emomali Rahmon"],
               agent="Vladimir Putin", date="2022-09-16", dt="on Friday evening"),
            ev("statement", "said", at="officials in both countries said", p=["Kyrgyzstan", "Tajikistan"],
               agent="Kyrgyzstan"),
            ev("statement", "put", at="put its toll at 24 dead", p=["Kyrgyzstan"], agent="Kyrgyzstan"),
            ev("injury", "wounded", at="24 dead and 87 wounded", injured=87),
            ev("statement", "accused", p=["Kyrgyzstan", "Tajikistan"], agent="Kyrgyzstan", target="Tajikistan"),
            ev("statement", "said", at="which said 22", p=["Tajikistan"], agent="Tajikistan"),
            ev("statement", "blamed", p=["Tajikistan", "Kyrgyzstan"], agent="Tajikistan", target="Kyrgyzstan"),
            ev("statement", "said", at="the Kremlin said", p=["Kremlin"], agent="Kremlin"),
            ev("statement", "urged", at="urged them to settle", p=["Vladimir Putin", "Sadyr Japarov", "Emomali Rahmon"],
               agent="Vladimir Putin"),
            ev("meeting", "met", at="had met briefly", p=["Sadyr Japarov", "Emomali Rahmon"],
               loc="Samarkand, Uzbekistan",
               date="2022-09-15", dt="on Thursday"),
            ev("agreement", "agreed", at="agreed to pull back", p=["Sadyr Japarov", "Emomali Rahmon"],
               date="2022-09-15", dt="on Thursday"),
            ev("statement", "said", at="his press secretary said", p=["Sadyr Japarov"], agent="Sadyr Japarov"),
            ev("statement", "said", at="Japarov said on Saturday", p=["Sadyr Japarov"], agent="Sadyr Japarov",
               date="2022-09-17", dt="on Saturday"),
        ],
        "irrealis": [
            irr("planned", "meeting", "talks", at="through talks alone", p=["Kyrgyzstan", "Tajikistan"]),
            irr("negated", "agreement", "ceasefire", at="ceasefire announced that night did not hold",
                p=["Kyrgyzstan", "Tajikistan"], date="2022-09-15", dt="that night"),
            irr("hypothetical", "meeting", "meet", at="ready to meet Rahmon again",
                p=["Sadyr Japarov", "Emomali Rahmon"],
                agent="Sadyr Japarov", target="Emomali Rahmon"),
            irr("negated", "statement", "refused to say", p=["Tajikistan"], agent="Tajikistan"),
            irr("hypothetical", "mediation", "mediation", at="accept Russian mediation", p=["Tajikistan", "Russia"]),
            irr("planned", "call", "speak", at="would speak to Rahmon by phone", p=["Sadyr Japarov", "Emomali Rahmon"],
                agent="Sadyr Japarov", target="Emomali Rahmon", date="2022-09-18", dt="on Sunday"),
        ],
        "people": ["Vladimir Putin", "Sadyr Japarov", "Emomali Rahmon"],
        "places": ["Bishkek", "Kyrgyzstan", "Tajikistan", "Batken", "Samarkand", "Dushanbe"],
        "organizations": ["Kremlin"],
    },
    {
        "id": "hl10", "published": "2022-04-20",
        "paragraphs": [
            ["Solomon Islands confirms security pact with China as U.S. team heads to Honiara"],
            ["HONIARA (AP) - The Solomon Islands has signed a security agreement with China, the Pacific nation's "
             "government said on Tuesday, days before a senior White House delegation was due to arrive to voice "
             "Washington's concerns."],
            ["Prime Minister Manasseh Sogavare told parliament the pact would not allow Beijing to build a "
             "military base on the islands and was needed to deal with unrest such as the riots that swept the "
             "capital in November.",
             "He did not publish its text."],
            ["China's foreign ministry spokesman Wang Wenbin said in Beijing that the deal was open and "
             "transparent and not aimed at any third party."],
            ["Kurt Campbell, the White House's Indo-Pacific coordinator, will hold talks with Sogavare in Honiara "
             "on Friday, a State Department spokesman said.",
             "Australia's foreign minister, Marise Payne, expressed deep disappointment."],
            ["Opposition leader Matthew Wale demanded that the agreement be debated by lawmakers and accused the "
             "prime minister of keeping the public in the dark.",
             "A few dozen people protested peacefully outside parliament on Tuesday afternoon, police said."],
        ],
        "events": [
            ev("statement", "confirms", at="Solomon Islands confirms security pact", p=["Solomon Islands"],
               agent="Solomon Islands"),
            ev("agreement", "pact", at="confirms security pact with China", p=["Solomon Islands", "China"]),
            ev("statement", "said", at="government said on Tuesday", p=["Solomon Islands"], agent="Solomon Islands",
               date="2022-04-19", dt="on Tuesday"),
            ev("statement", "told", at="Sogavare told parliament", p=["Manasseh Sogavare"], agent="Manasseh Sogavare"),
            ev("protest", "riots", at="riots that swept the capital", loc="Honiara, Solomon Islands", date="2021-11",
               dt="in November"),
            ev("statement", "said", at="Wang Wenbin said", p=["Wang Wenbin"], agent="Wang Wenbin",
               loc="Beijing, China"),
            ev("statement", "said", at="State Department spokesman said", p=["U.S. State Department"],
               agent="U.S. State Department"),
            ev("statement", "expressed", p=["Marise Payne"], agent="Marise Payne"),
            ev("statement", "demanded", p=["Matthew Wale"], agent="Matthew Wale"),
            ev("statement", "accused", p=["Matthew Wale", "Manasseh Sogavare"], agent="Matthew Wale",
               target="Manasseh Sogavare"),
            ev("protest", "protested", at="people protested peacefully", loc="Honiara, Solomon Islands",
               date="2022-04-19", dt="on Tuesday afternoon"),
            ev("statement", "said", at="police said", p=["Royal Solomon Islands Police Force"],
               agent="Royal Solomon Islands Police Force"),
        ],
        "irrealis": [
            irr("planned", "visit", "heads", at="U.S. team heads to Honiara", p=["United States", "Solomon Islands"],
                agent="United States", target="Solomon Islands", loc="Honiara, Solomon Islands"),
            irr("planned", "visit", "arrive", at="was due to arrive", p=["United States", "Solomon Islands"],
                agent="United States", target="Solomon Islands"),
            irr("planned", "statement", "voice", at="to voice Washington's concerns", p=["United States"],
                agent="United States"),
            irr("negated", "construction", "build", at="allow Beijing to build", p=["China"], agent="China"),
            irr("negated", "statement", "publish", at="He did not publish its text", p=["Manasseh Sogavare"],
                agent="Manasseh Sogavare"),
            irr("planned", "meeting", "talks", at="will hold talks with Sogavare", p=["Kurt Campbell",
                "Manasseh Sogavare"], agent="Kurt Campbell", target="Manasseh Sogavare", loc="Honiara, Solomon Islands",
                date="2022-04-22", dt="on Friday"),
            irr("planned", "debate", "debated", at="agreement be debated by lawmakers",
                p=["National Parliament of Solomon Islands"]),
        ],
        "people": ["Manasseh Sogavare", "Wang Wenbin", "Kurt Campbell", "Marise Payne", "Matthew Wale"],
        "places": ["Solomon Islands", "Honiara", "China", "Beijing", "Washington", "Australia"],
        "organizations": ["White House", "U.S. State Department", "Royal Solomon Islands Police Force"],
    },
    {
        "id": "hl11", "published": "2023-03-24",
        "paragraphs": [
            ["Crypto fugitive Do Kwon held in Montenegro with forged passport"],
            ["PODGORICA (Reuters) - Police in Montenegro detained South Korean cryptocurrency entrepreneur Do Kwon "
             "at Podgorica airport on Thursday as he tried to board a private flight to Dubai with falsified Costa "
             "Rican papers, Interior Minister Filip Adzic announced."],
            ["Kwon, the co-founder of Terraform Labs, has been wanted in South Korea since the collapse of the "
             "TerraUSD and Luna tokens wiped out about $40 billion of investors' money last year."],
            ["A court in Podgorica ordered him held for up to 30 days on Friday, prosecutors said, while "
             "Montenegro weighs extradition requests.",
             "Seoul will formally ask for his extradition within days, an official at South Korea's justice "
             "ministry told the Yonhap news agency."],
            ["Hours later, U.S. prosecutors in New York charged Kwon with fraud, which could set up a contest "
             "between Washington and Seoul over where he is tried.",
             "His lawyer, Goran Rodic, denied that his client had been hiding and said he would appeal the "
             "detention order."],
            ["Terraform Labs could not be reached for comment."],
        ],
        "events": [
            ev("arrest", "held", at="Do Kwon held in Montenegro", p=["Montenegrin police", "Do Kwon"],
               agent="Montenegrin police", target="Do Kwon", loc="Podgorica, Montenegro", date="2023-03-23",
               dt="on Thursday"),
            ev("statement", "announced", at="Filip Adzic announced", p=["Filip Adzic"], agent="Filip Adzic"),
            ev("ruling", "ordered", at="A court in Podgorica ordered", p=["Do Kwon"], target="Do Kwon",
               loc="Podgorica, Montenegro", date="2023-03-24", dt="on Friday"),
            ev("statement", "said", at="prosecutors said", p=[]),
            ev("statement", "told", at="ministry told the Yonhap", p=["South Korea", "Yonhap"], agent="South Korea",
               target="Yonhap"),
            ev("charge", "charged", at="charged Kwon with fraud", p=["Do Kwon"], target="Do Kwon",
               loc="New York, United States"),
            ev("statement", "denied", at="Goran Rodic, denied", p=["Goran Rodic"], agent="Goran Rodic"),
            ev("statement", "said", at="hiding and said", p=["Goran Rodic"], agent="Goran Rodic"),
        ],
        "irrealis": [
            irr("negated", "flight", "board", at="tried to board a private flight", p=["Do Kwon"], agent="Do Kwon",
                loc="Dubai, United Arab Emirates"),
            irr("hypothetical", "extradition", "extradition", at="weighs extradition requests", p=["Do Kwon"],
                target="Do Kwon"),
            irr("planned", "statement", "ask", at="Seoul will formally ask", p=["South Korea"], agent="South Korea"),
            irr("hypothetical", "trial", "tried", at="where he is tried", p=["Do Kwon"], target="Do Kwon"),
            irr("planned", "appeal", "appeal", at="would appeal the detention order", p=["Goran Rodic"],
                agent="Goran Rodic"),
            irr("negated", "statement", "could not be reached", p=["Terraform Labs"], agent="Terraform Labs"),
        ],
        "people": ["Do Kwon", "Filip Adzic", "Goran Rodic"],
        "places": ["Montenegro", "Podgorica", "Dubai", "South Korea", "Seoul", "New York", "Washington"],
        "organizations": ["Terraform Labs", "Yonhap"],
    },
    {
        "id": "hl12", "published": "2023-04-03",
        "paragraphs": [
            ["Newcomer Milatovic ends Djukanovic's three-decade grip on Montenegro"],
            ["PODGORICA (AP) - Economist Jakov Milatovic won Montenegro's presidential runoff on Sunday with about "
             "60 percent of the vote, defeating veteran leader Milo Djukanovic, who has dominated the small Adriatic "
             "state's politics since 1991, according to projections by the Center for Monitoring."],
            ["Djukanovic conceded shortly before midnight and wished his rival success.",
             "\"Montenegro has made its choice and I respect it,\" he told supporters in the capital."],
            ["Milatovic, 36, who served as economy minister in a previous government, promised to steer the NATO "
             "member into the European Union and to fight organised crime.",
             "He called for early parliamentary elections to go ahead as scheduled on June 11."],
            ["European Council President Charles Michel congratulated the winner on Twitter and said he looked "
             "forward to welcoming him in Brussels.",
             "Serbian President Aleksandar Vucic also sent his congratulations and said he would call Milatovic in the "
             "coming days."],
            ["The state election commission has not yet published final results, which it said would come on "
             "Tuesday.",
             "Milatovic's Europe Now movement would not form a coalition with pro-Serbian parties, one of its "
             "leaders said."],
        ],
        "events": [
            ev("election", "won", at="Jakov Milatovic won Montenegro's presidential runoff",
               p=["Jakov Milatovic", "Montenegro"], agent="Jakov Milatovic", target="President of Montenegro",
               loc="Montenegro", date="2023-04-02", dt="on Sunday"),
            ev("statement", "according to", at="according to projections"),
            ev("statement", "conceded", p=["Milo Djukanovic"], agent="Milo Djukanovic"),
            ev("statement", "wished", p=["Milo Djukanovic", "Jakov Milatovic"], agent="Milo Djukanovic",
               target="Jakov Milatovic"),
            ev("statement", "told", at="he told supporters", p=["Milo Djukanovic"], agent="Milo Djukanovic",
               loc="Podgorica, Montenegro"),
            ev("statement", "promised", p=["Jakov Milatovic"], agent="Jakov Milatovic"),
            ev("statement", "called for", p=["Jakov Milatovic"], agent="Jakov Milatovic"),
            ev("statement", "congratulated", p=["Charles Michel", "Jakov Milatovic"], agent="Charles Michel",
               target="Jakov Milatovic"),
            ev("statement", "said", at="on Twitter and said", p=["Charles Michel"], agent="Charles Michel"),
            ev("statement", "sent", at="sent his congratulations", p=["Aleksandar Vucic", "Jakov Milatovic"],
               agent="Aleksandar Vucic", target="Jakov Milatovic"),
            ev("statement", "said", at="congratulations and said", p=["Aleksandar Vucic"], agent="Aleksandar Vucic"),
            ev("statement", "said", at="which it said would come", p=["State Election Commission of Montenegro"],
               agent="State Election Commission of Montenegro"),
            ev("statement", "said", at="one of its leaders said", p=["Europe Now"], agent="Europe Now"),
        ],
        "irrealis": [
            irr("planned", "election", "elections", at="early parliamentary elections", p=["Montenegro"],
                loc="Montenegro", date="2023-06-11", dt="on June 11"),
            irr("planned", "visit", "welcoming", at="welcoming him in Brussels", p=["Jakov Milatovic"],
                agent="Jakov Milatovic", loc="Brussels, Belgium"),
            irr("negated", "statement", "published", at="has not yet published final results",
                p=["State Election Commission of Montenegro"], agent="State Election Commission of Montenegro"),
            irr("planned", "statement", "come", at="would come on Tuesday",
                p=["State Election Commission of Montenegro"],
                agent="State Election Commission of Montenegro", date="2023-04-04", dt="on Tuesday"),
            irr("planned", "call", "call", at="he would call Milatovic", p=["Aleksandar Vucic", "Jakov Milatovic"],
                agent="Aleksandar Vucic", target="Jakov Milatovic"),
            irr("negated", "agreement", "coalition", at="would not form a coalition", p=["Europe Now"],
                agent="Europe Now"),
        ],
        "people": ["Jakov Milatovic", "Milo Djukanovic", "Charles Michel", "Aleksandar Vucic"],
        "places": ["Montenegro", "Podgorica", "Brussels"],
        "organizations": ["Center for Monitoring", "NATO", "European Union", "Europe Now",
                          "State Election Commission of Montenegro"],
    },
    {
        "id": "hl13", "published": "2024-01-16",
        "paragraphs": [
            ["Iran's Revolutionary Guards fire missiles at Iraq's Erbil, say they hit 'spy headquarters'"],
            ["ERBIL, Iraq (Reuters) - Iran's Revolutionary Guards struck targets in Erbil, the capital of Iraq's "
             "Kurdistan region, with ballistic missiles late on Monday, killing four civilians and wounding six, "
             "the Kurdish regional government's security council said."],
            ["Among the dead was a prominent Kurdish businessman whose house near the U.S. consulate was hit, along "
             "with his infant daughter, local officials said."],
            ["The Guards said in a statement carried by state media that the strikes had destroyed an Israeli "
             "spy headquarters, a claim dismissed as baseless by the Kurdish prime minister, Masrour Barzani."],
            ["Iraq's foreign ministry recalled its ambassador from Tehran and said it would file a complaint with "
             "the U.N. Security Council.",
             "No U.S. personnel or facilities were hit, a U.S. official said.",
             "Washington condemned the attack as reckless."],
            ["Iran's foreign ministry spokesman Nasser Kanaani said Tehran respected Iraq's sovereignty but "
             "would not allow its territory to be used against Iran."],
        ],
        "events": [
            ev("attack", "fire missiles", at="Guards fire missiles at Iraq's Erbil",
               p=["Islamic Revolutionary Guard Corps"],
               agent="Islamic Revolutionary Guard Corps", loc="Erbil, Iraq", date="2024-01-15", dt="late on Monday",
               killed=4, injured=6),
            ev("statement", "say", at="say they hit 'spy headquarters'", p=["Islamic Revolutionary Guard Corps"],
               agent="Islamic Revolutionary Guard Corps"),
            ev("death", "killing", at="killing four civilians", date="2024-01-15", dt="late on Monday", killed=4),
            ev("injury", "wounding", at="wounding six", date="2024-01-15", dt="late on Monday", injured=6),
            ev("statement", "said", at="security council said", p=["Kurdistan Regional Government"],
               agent="Kurdistan Regional Government"),
            ev("statement", "said", at="local officials said", p=[]),
            ev("statement", "said", at="The Guards said in a statement", p=["Islamic Revolutionary Guard Corps"],
               agent="Islamic Revolutionary Guard Corps"),
            ev("statement", "dismissed", p=["Masrour Barzani"], agent="Masrour Barzani"),
            ev("recall", "recalled", p=["Iraq"], agent="Iraq"),
            ev("statement", "said", at="ambassador from Tehran and said", p=["Iraq"], agent="Iraq"),
            ev("statement", "said", at="a U.S. official said", p=["United States"], agent="United States"),
            ev("statement", "condemned", at="Washington condemned the attack", p=["United States"],
               agent="United States"),
            ev("statement", "said", at="Nasser Kanaani said", p=["Nasser Kanaani"], agent="Nasser Kanaani"),
        ],
        "irrealis": [
            irr("planned", "statement", "complaint", at="file a complaint with",
                p=["Iraq", "United Nations Security Council"],
                agent="Iraq", target="United Nations Security Council"),
            irr("negated", "attack", "hit", at="No U.S. personnel or facilities were hit", p=["United States"],
                target="United States"),
        ],
        "people": ["Masrour Barzani", "Nasser Kanaani"],
        "places": ["Erbil", "Iraq", "Kurdistan", "Tehran", "Iran", "Washington"],
        "organizations": ["Islamic Revolutionary Guard Corps", "Kurdistan Regional Government",
                          "United Nations Security Council"],
    },
    {
        "id": "hl14", "published": "2024-12-28",
        "paragraphs": [
            ["U.S. sanctions Georgian Dream founder Ivanishvili as Tbilisi protests enter fourth week"],
            ["TBILISI (Reuters) - The United States on Friday imposed sanctions on Bidzina Ivanishvili, the "
             "billionaire founder of Georgia's ruling Georgian Dream party, accusing him of undermining the "
             "country's democracy on behalf of Russia."],
            ["The Treasury Department said Ivanishvili's assets in the United States would be frozen and "
             "Americans barred from dealing with him.",
             "Secretary of State Antony Blinken cited the violent dispersal of protesters in recent weeks."],
            ["Tens of thousands of Georgians rallied outside parliament in Tbilisi again on Friday night, waving "
             "EU flags.",
             "Demonstrators have taken to the streets every evening since the government shelved talks on joining "
             "the European Union until 2028."],
            ["Interior ministry figures show more than 400 people have been detained since the protests began.",
             "Police arrested two opposition activists at their homes on Friday, their lawyers said."],
            ["Prime Minister Irakli Kobakhidze brushed off the sanctions, telling reporters they would have no "
             "effect, and said his government would not hold talks with \"radical\" opposition groups.",
             "Ivanishvili, who holds no official post, did not comment.",
             "President Salome Zourabichvili, whose term ends on Sunday, has said she will not leave the "
             "presidential palace."],
        ],
        "events": [
            ev("sanction", "sanctions", at="U.S. sanctions Georgian Dream founder", p=["United States",
               "Bidzina Ivanishvili"], agent="United States", target="Bidzina Ivanishvili", date="2024-12-27",
               dt="on Friday"),
            ev("protest", "protests", at="as Tbilisi protests enter fourth week", loc="Tbilisi, Georgia"),
            ev("statement", "accusing", p=["United States", "Bidzina Ivanishvili"], agent="United States",
               target="Bidzina Ivanishvili"),
            ev("statement", "said", at="Treasury Department said", p=["U.S. Treasury Department"],
               agent="U.S. Treasury Department"),
            ev("statement", "cited", p=["Antony Blinken"], agent="Antony Blinken"),
            ev("arrest", "detained", at="more than 400 people have been detained", p=["Georgian police"],
               agent="Georgian police"),
            ev("arrest", "arrested", at="Police arrested two opposition activists", p=["Georgian police"],
               agent="Georgian police", target="opposition activists", date="2024-12-27", dt="on Friday"),
            ev("statement", "said", at="their lawyers said", p=[]),
            ev("statement", "brushed off", p=["Irakli Kobakhidze"], agent="Irakli Kobakhidze"),
            ev("statement", "telling", at="telling reporters", p=["Irakli Kobakhidze"], agent="Irakli Kobakhidze"),
            ev("statement", "said", at="effect, and said", p=["Irakli Kobakhidze"], agent="Irakli Kobakhidze"),
            ev("statement", "has said", p=["Salome Zourabichvili"], agent="Salome Zourabichvili"),
        ],
        "irrealis": [
            irr("planned", "freeze", "frozen", at="would be frozen", p=["Bidzina Ivanishvili"],
                target="Bidzina Ivanishvili"),
            irr("negated", "meeting", "talks", at="shelved talks on joining", p=["Georgia", "European Union"],
                date="2028", dt="until 2028"),
            irr("negated", "meeting", "hold talks", p=["Irakli Kobakhidze"], agent="Irakli Kobakhidze"),
            irr("negated", "statement", "did not comment", p=["Bidzina Ivanishvili"], agent="Bidzina Ivanishvili"),
            irr("negated", "departure", "leave", at="will not leave the presidential palace",
                p=["Salome Zourabichvili"],
                agent="Salome Zourabichvili"),
        ],
        "people": ["Bidzina Ivanishvili", "Antony Blinken", "Irakli Kobakhidze", "Salome Zourabichvili"],
        "places": ["Tbilisi", "Georgia", "United States", "Russia"],
        "organizations": ["Georgian Dream", "U.S. Treasury Department", "European Union"],
    },
    {
        "id": "hl15", "published": "2024-06-02",
        "paragraphs": [
            ["Businesswoman Tomasdottir wins Iceland's presidency"],
            ["REYKJAVIK (Reuters) - Businesswoman Halla Tomasdottir was elected president of Iceland on Saturday, "
             "beating former Prime Minister Katrin Jakobsdottir in a race that had been seen as close, official "
             "results showed on Sunday."],
            ["Tomasdottir, 55, took 34.1 percent of the vote to Jakobsdottir's 25.2 percent in a field of 12 "
             "candidates.",
             "She will take office on Aug. 1, succeeding Gudni Johannesson, who did not seek a third term."],
            ["\"I want to be a president for everyone,\" Tomasdottir told public broadcaster RUV as she celebrated "
             "with supporters in Reykjavik.",
             "Jakobsdottir, who quit as prime minister in April to run, conceded early on Sunday morning and said "
             "she would not return to party politics."],
            ["Prime Minister Bjarni Benediktsson congratulated the president-elect and invited her to meet the "
             "cabinet next week.",
             "The largely ceremonial presidency can refuse to sign laws and send them to a referendum, a power "
             "Tomasdottir said she would use only sparingly."],
        ],
        "events": [
            ev("election", "wins", at="Tomasdottir wins Iceland's presidency", p=["Halla Tomasdottir", "Iceland"],
               agent="Halla Tomasdottir", target="President of Iceland", loc="Iceland", date="2024-06-01",
               dt="on Saturday"),
            ev("statement", "told", at="Tomasdottir told public broadcaster RUV", p=["Halla Tomasdottir", "RUV"],
               agent="Halla Tomasdottir", target="RUV"),
            ev("resignation", "quit", at="who quit as prime minister in April", p=["Katrin Jakobsdottir"],
               agent="Katrin Jakobsdottir", date="2024-04", dt="in April"),
            ev("statement", "conceded", p=["Katrin Jakobsdottir"], agent="Katrin Jakobsdottir", date="2024-06-02",
               dt="early on Sunday morning"),
            ev("statement", "said", at="morning and said", p=["Katrin Jakobsdottir"], agent="Katrin Jakobsdottir"),
            ev("statement", "congratulated", p=["Bjarni Benediktsson", "Halla Tomasdottir"],
               agent="Bjarni Benediktsson",
               target="Halla Tomasdottir"),
            ev("invitation", "invited", p=["Bjarni Benediktsson", "Halla Tomasdottir"], agent="Bjarni Benediktsson",
               target="Halla Tomasdottir"),
            ev("statement", "said", at="Tomasdottir said she would use", p=["Halla Tomasdottir"],
               agent="Halla Tomasdottir"),
        ],
        "irrealis": [
            irr("planned", "inauguration", "take office", p=["Halla Tomasdottir"], agent="Halla Tomasdottir",
                date="2024-08-01", dt="on Aug. 1"),
            irr("negated", "election", "seek", at="did not seek a third term", p=["Gudni Johannesson"],
                agent="Gudni Johannesson"),
            irr("negated", "return", "return", at="would not return to party politics", p=["Katrin Jakobsdottir"],
                agent="Katrin Jakobsdottir"),
            irr("planned", "meeting", "meet", at="invited her to meet the cabinet", p=["Halla Tomasdottir",
                "Cabinet of Iceland"], agent="Halla Tomasdottir", target="Cabinet of Iceland", date="2024-W23",
                dt="next week"),
            irr("hypothetical", "referendum", "referendum", at="send them to a referendum", p=["Iceland"]),
        ],
        "people": ["Halla Tomasdottir", "Katrin Jakobsdottir", "Gudni Johannesson", "Bjarni Benediktsson"],
        "places": ["Reykjavik", "Iceland"],
        "organizations": ["RUV"],
    },
    {
        "id": "hl16", "published": "2025-04-20",
        "paragraphs": [
            ["Iran, U.S. hold second round of nuclear talks in Rome, agree to meet again"],
            ["ROME (AP) - Iranian and U.S. negotiators held four hours of indirect talks in Rome on Saturday, "
             "with Omani Foreign Minister Badr Albusaidi carrying messages between two rooms at his country's "
             "embassy, and agreed to hold a third round next week."],
            ["Iranian Foreign Minister Abbas Araghchi described the session as constructive and told state "
             "television that technical experts would start work on the outline of a deal in Oman on Wednesday."],
            ["A senior U.S. administration official, briefing reporters on condition of anonymity, said the two "
             "delegations had made \"very good progress\" but cautioned that much remained to be settled.",
             "U.S. envoy Steve Witkoff did not speak to journalists as he left the embassy."],
            ["Tehran has rejected any demand to dismantle its uranium enrichment programme, Araghchi said.",
             "President Donald Trump has threatened military action if the talks fail."],
            ["Israeli Prime Minister Benjamin Netanyahu's office said he would accept only an agreement that "
             "removed Iran's ability to enrich uranium.",
             "The head of the U.N. nuclear watchdog, Rafael Grossi, met Araghchi in Tehran last week and is expected "
             "to visit again before any accord is signed."],
        ],
        "events": [
            ev("meeting", "talks", at="second round of nuclear talks in Rome", p=["Iran", "United States"],
               loc="Rome, Italy", date="2025-04-19", dt="on Saturday"),
            ev("agreement", "agreed", at="agreed to hold a third round", p=["Iran", "United States"]),
            ev("statement", "described", p=["Abbas Araghchi"], agent="Abbas Araghchi"),
            ev("statement", "told", at="told state television", p=["Abbas Araghchi"], agent="Abbas Araghchi"),
            ev("statement", "briefing", at="briefing reporters", p=["United States"], agent="United States"),
            ev("statement", "said", at="anonymity, said", p=["United States"], agent="United States"),
            ev("statement", "cautioned", p=["United States"], agent="United States"),
            ev("statement", "rejected", at="Tehran has rejected", p=["Iran"], agent="Iran"),
            ev("statement", "said", at="Araghchi said", p=["Abbas Araghchi"], agent="Abbas Araghchi"),
            ev("statement", "threatened", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "said", at="Netanyahu's office said", p=["Benjamin Netanyahu"], agent="Benjamin Netanyahu"),
            ev("meeting", "met", at="met Araghchi in Tehran", p=["Rafael Grossi", "Abbas Araghchi"],
               agent="Rafael Grossi",
               target="Abbas Araghchi", loc="Tehran, Iran", date="2025-W15", dt="last week"),
        ],
        "irrealis": [
            irr("planned", "meeting", "meet", at="agree to meet again", p=["Iran", "United States"]),
            irr("planned", "meeting", "work", at="experts would start work", p=["Iran", "United States"],
                loc="Oman", date="2025-04-23", dt="on Wednesday"),
            irr("hypothetical", "agreement", "deal", at="outline of a deal", p=["Iran", "United States"]),
            irr("negated", "statement", "did not speak", p=["Steve Witkoff"], agent="Steve Witkoff"),
            irr("negated", "dismantling", "dismantle", p=["Iran"], agent="Iran"),
            irr("hypothetical", "attack", "military action", p=["United States", "Iran"], agent="United States",
                target="Iran"),
            irr("hypothetical", "agreement", "agreement", at="accept only an agreement", p=["Iran", "United States"]),
            irr("planned", "visit", "visit", at="expected to visit again", p=["Rafael Grossi", "Iran"],
                agent="Rafael Grossi", target="Iran"),
            irr("hypothetical", "agreement", "accord", at="before any accord is signed", p=["Iran", "United States"]),
        ],
        "people": ["Badr Albusaidi", "Abbas Araghchi", "Steve Witkoff", "Donald Trump", "Benjamin Netanyahu",
                   "Rafael Grossi"],
        "places": ["Rome", "Oman", "Tehran", "Iran", "United States"],
        "organizations": ["International Atomic Energy Agency"],
    },
    {
        "id": "hl17", "published": "2025-12-01",
        "paragraphs": [
            ["Pope Leo brings message of peace to Lebanon on first trip abroad"],
            ["BEIRUT (Reuters) - Pope Leo XIV landed in Beirut on Sunday on the second leg of his first foreign "
             "trip as pontiff, urging Lebanon's leaders to put aside their divisions and rebuild a country "
             "battered by war and economic collapse."],
            ["President Joseph Aoun welcomed the pope at the airport, and the two men met at the presidential palace "
             "in Baabda for about 40 minutes, the Vatican said."],
            ["\"Peace is possible, even here,\" the pontiff told officials and diplomats in a speech at the "
             "palace.",
             "He also appealed for the return of Syrian refugees to be voluntary."],
            ["Leo, the first American pope, is due to pray on Tuesday at the site of the 2020 port explosion, which "
             "killed more than 200 people, and to celebrate an open-air Mass on the Beirut waterfront.",
             "Organisers expect about 150,000 people to attend."],
            ["Hezbollah, which fought a war with Israel last year, said in a statement that it welcomed the visit.",
             "Vatican spokesman Matteo Bruni declined to say whether the pope would meet any of the group's "
             "representatives.",
             "Israel did not comment on the trip."],
        ],
        "events": [
            ev("visit", "trip", at="on first trip abroad", p=["Leo XIV", "Lebanon"], agent="Leo XIV", target="Lebanon",
               loc="Beirut, Lebanon", date="2025-11-30", dt="on Sunday"),
            ev("statement", "urging", p=["Leo XIV"], agent="Leo XIV"),
            ev("meeting", "met", at="the two men met at the presidential palace", p=["Joseph Aoun", "Leo XIV"],
               loc="Baabda, Lebanon"),
            ev("statement", "said", at="the Vatican said", p=["Vatican"], agent="Vatican"),
            ev("statement", "told", at="the pontiff told officials", p=["Leo XIV"], agent="Leo XIV",
               loc="Baabda, Lebanon"),
            ev("statement", "appealed", p=["Leo XIV"], agent="Leo XIV"),
            ev("explosion", "explosion", at="2020 port explosion", loc="Beirut, Lebanon", date="2020", dt="2020"),
            ev("death", "killed", at="killed more than 200 people", killed=200),
            ev("statement", "said", at="Hezbollah, which fought a war", p=["Hezbollah"], agent="Hezbollah"),
            ev("statement", "welcomed", at="it welcomed the visit", p=["Hezbollah"], agent="Hezbollah"),
        ],
        "irrealis": [
            irr("planned", "prayer", "pray", p=["Leo XIV"], agent="Leo XIV", loc="Beirut, Lebanon", date="2025-12-02",
                dt="on Tuesday"),
            irr("planned", "mass", "Mass", at="celebrate an open-air Mass", p=["Leo XIV"], agent="Leo XIV",
                loc="Beirut, Lebanon"),
            irr("negated", "statement", "declined to say", p=["Matteo Bruni"], agent="Matteo Bruni"),
            irr("hypothetical", "meeting", "meet", at="whether the pope would meet", p=["Leo XIV", "Hezbollah"],
                agent="Leo XIV", target="Hezbollah"),
            irr("negated", "statement", "did not comment", p=["Israel"], agent="Israel"),
        ],
        "people": ["Leo XIV", "Joseph Aoun", "Matteo Bruni"],
        "places": ["Beirut", "Lebanon", "Baabda", "Israel"],
        "organizations": ["Vatican", "Hezbollah"],
    },
    {
        "id": "hl18", "published": "2026-02-11",
        "paragraphs": [
            ["Kazakhstan's Dala Telecom clinches $640 million deal for Kyrgyz mobile operator"],
            ["ALMATY (Reuters) - Kazakh telecoms group Dala Telecom announced on Tuesday a deal to acquire "
             "Kyrgyzstan's second-largest mobile operator, Ala-Too Mobile, for $640 million, as it seeks to become "
             "a regional champion across Central Asia."],
            ["Dala will buy the 81 percent stake held by Turkish investment firm Bosphorus Capital and make an "
             "offer for the remaining shares, chief executive Aidos Nurlanov said in a call with reporters."],
            ["The deal requires the approval of Kyrgyzstan's antimonopoly regulator, whose chairman, Almaz "
             "Toktogulov, cautioned that the agency would study the effect on prices before deciding."],
            ["Nurlanov said Dala had no plans to cut the operator's 1,900 staff and would invest $200 million in "
             "4G and 5G networks in the mountainous country over three years.",
             "He left the door open to a listing of the combined company in London, but said no decision would be made "
             "before 2027."],
            ["Kyrgyz President Sadyr Japarov, who met Nurlanov in Bishkek last month, has welcomed foreign "
             "investment but warned that strategic assets must serve national interests.",
             "Bosphorus Capital confirmed the sale in a statement on Wednesday."],
        ],
        "events": [
            ev("acquisition", "deal", at="clinches $640 million deal", p=["Dala Telecom", "Ala-Too Mobile"],
               agent="Dala Telecom", target="Ala-Too Mobile", amount=(640000000, "USD")),
            ev("statement", "announced", at="Dala Telecom announced on Tuesday", p=["Dala Telecom"],
               agent="Dala Telecom",
               date="2026-02-10", dt="on Tuesday"),
            ev("statement", "said", at="Nurlanov said in a call", p=["Aidos Nurlanov"], agent="Aidos Nurlanov"),
            ev("statement", "cautioned", p=["Almaz Toktogulov"], agent="Almaz Toktogulov"),
            ev("statement", "said", at="Nurlanov said Dala", p=["Aidos Nurlanov"], agent="Aidos Nurlanov"),
            ev("statement", "said", at="but said no decision", p=["Aidos Nurlanov"], agent="Aidos Nurlanov"),
            ev("meeting", "met", at="who met Nurlanov in Bishkek", p=["Sadyr Japarov", "Aidos Nurlanov"],
               agent="Sadyr Japarov", target="Aidos Nurlanov", loc="Bishkek, Kyrgyzstan", date="2026-01",
               dt="last month"),
            ev("statement", "welcomed", p=["Sadyr Japarov"], agent="Sadyr Japarov"),
            ev("statement", "warned", p=["Sadyr Japarov"], agent="Sadyr Japarov"),
            ev("statement", "confirmed", at="Bosphorus Capital confirmed", p=["Bosphorus Capital"],
               agent="Bosphorus Capital", date="2026-02-11", dt="on Wednesday"),
        ],
        "irrealis": [
            irr("planned", "offer", "offer", at="make an offer for the remaining", p=["Dala Telecom"],
                agent="Dala Telecom"),
            irr("planned", "ruling", "deciding", at="before deciding", p=["Kyrgyz Antimonopoly Regulator"],
                agent="Kyrgyz Antimonopoly Regulator"),
            irr("negated", "layoff", "cut", at="no plans to cut", p=["Dala Telecom"], agent="Dala Telecom"),
            irr("planned", "investment", "invest", at="would invest $200 million", p=["Dala Telecom"],
                agent="Dala Telecom"),
            irr("hypothetical", "listing", "listing", p=["Dala Telecom"], agent="Dala Telecom",
                loc="London, United Kingdom"),
            irr("negated", "decision", "decision", at="no decision would be made", p=["Dala Telecom"],
                agent="Dala Telecom", date="2027", dt="before 2027"),
        ],
        "people": ["Aidos Nurlanov", "Almaz Toktogulov", "Sadyr Japarov"],
        "places": ["Almaty", "Kazakhstan", "Kyrgyzstan", "Central Asia", "London", "Bishkek"],
        "organizations": ["Dala Telecom", "Ala-Too Mobile", "Bosphorus Capital"],
    },
    {
        "id": "hl19", "published": "2026-05-19",
        "paragraphs": [
            ["Tonga's prime minister in Wellington for talks on cyclone aid, seasonal workers"],
            ["WELLINGTON (AP) - Tongan Prime Minister Lord Fakafanua began a three-day visit to New Zealand on "
             "Monday, seeking more help to rebuild homes destroyed by Cyclone Tino and a larger quota of seasonal "
             "farm workers."],
            ["He met New Zealand Prime Minister Christopher Luxon at Parliament for an hour, and the two "
             "governments signed an agreement on disaster relief worth 25 million New Zealand dollars, Luxon's "
             "office said in a statement."],
            ["Luxon promised a decision on the worker quota within weeks but stopped short of committing to an "
             "increase.",
             "\"Tonga is family to us,\" he told reporters at a joint appearance."],
            ["Fakafanua is scheduled to address Tongan community leaders in Auckland on Tuesday and to meet "
             "Foreign Minister Winston Peters on Wednesday.",
             "He thanked New Zealand for sending navy ships after the cyclone struck in March, killing nine "
             "people."],
            ["Asked whether Tonga would accept a Chinese offer to fund a new wharf in Nuku'alofa, Fakafanua said "
             "no offer had been formally made.",
             "China's embassy did not respond to questions."],
        ],
        "events": [
            ev("visit", "visit", at="began a three-day visit", p=["Lord Fakafanua", "New Zealand"],
               agent="Lord Fakafanua", target="New Zealand", loc="Wellington, New Zealand", date="2026-05-18",
               dt="on Monday"),
            ev("meeting", "met", at="He met New Zealand Prime Minister", p=["Lord Fakafanua", "Christopher Luxon"],
               agent="Lord Fakafanua", target="Christopher Luxon", loc="Wellington, New Zealand"),
            ev("agreement", "signed", at="governments signed an agreement", p=["New Zealand", "Tonga"],
               amount=(25000000, "NZD")),
            ev("statement", "said", at="Luxon's office said", p=["Christopher Luxon"], agent="Christopher Luxon"),
            ev("statement", "promised", p=["Christopher Luxon"], agent="Christopher Luxon"),
            ev("statement", "told", at="he told reporters", p=["Christopher Luxon"], agent="Christopher Luxon"),
            ev("statement", "thanked", p=["Lord Fakafanua", "New Zealand"], agent="Lord Fakafanua",
               target="New Zealand"),
            ev("storm", "struck", at="after the cyclone struck", loc="Tonga", date="2026-03", dt="in March", killed=9),
            ev("death", "killing", at="killing nine people", date="2026-03", dt="in March", killed=9),
            ev("statement", "Asked", p=["Lord Fakafanua"], target="Lord Fakafanua"),
            ev("statement", "said", at="Fakafanua said no offer", p=["Lord Fakafanua"], agent="Lord Fakafanua"),
        ],
        "irrealis": [
            irr("planned", "decision", "decision", at="promised a decision", p=["Christopher Luxon"],
                agent="Christopher Luxon"),
            irr("negated", "increase", "committing", at="stopped short of committing", p=["Christopher Luxon"],
                agent="Christopher Luxon"),
            irr("planned", "statement", "address", at="scheduled to address", p=["Lord Fakafanua"],
                agent="Lord Fakafanua", loc="Auckland, New Zealand", date="2026-05-19", dt="on Tuesday"),
            irr("planned", "meeting", "meet", at="to meet Foreign Minister Winston Peters",
                p=["Lord Fakafanua", "Winston Peters"], agent="Lord Fakafanua", target="Winston Peters",
                date="2026-05-20", dt="on Wednesday"),
            irr("hypothetical", "offer", "offer", at="accept a Chinese offer", p=["China", "Tonga"], agent="China"),
            irr("negated", "offer", "offer", at="no offer had been formally made", p=["China"], agent="China"),
            irr("negated", "statement", "did not respond", p=["China"], agent="China"),
        ],
        "people": ["Lord Fakafanua", "Christopher Luxon", "Winston Peters"],
        "places": ["Wellington", "New Zealand", "Tonga", "Auckland", "Nuku'alofa", "China"],
        "organizations": ["Parliament"],
    },
    {
        "id": "hl20", "published": "2026-10-08",
        "paragraphs": [
            ["Washington blacklists Paraguayan cigarette network it says funds Hezbollah"],
            ["ASUNCION (Reuters) - The U.S. Treasury Department on Wednesday imposed sanctions on a Paraguayan "
             "tobacco company, Tabacalera Guarani, and four of its executives, saying the network smuggled "
             "cigarettes across South America and sent part of the profits to Hezbollah."],
            ["Any property of the company and of its owner, businessman Ramon Ocampo, under U.S. jurisdiction is "
             "now blocked, and U.S. citizens may no longer do business with them, the department said."],
            ["Paraguayan President Santiago Pena, a close U.S. ally, said his government would cooperate fully "
             "with Washington and ordered prosecutors to open an investigation.",
             "Police raided the firm's offices in Ciudad del Este on Wednesday evening and detained its finance "
             "director, the attorney general's office said."],
            ["Ocampo denied any wrongdoing in a radio interview, calling the accusations \"lies from people who "
             "want our market\", and said he would fight them in U.S. courts.",
             "He did not say whether he had ever met anyone linked to Hezbollah."],
            ["The company employs some 3,000 workers.",
             "A union leader warned that they would march on the capital if the plant were closed."],
        ],
        "events": [
            ev("sanction", "blacklists", at="Washington blacklists Paraguayan cigarette network", p=["United States",
               "Tabacalera Guarani"], agent="United States", target="Tabacalera Guarani", date="2026-10-07",
               dt="on Wednesday"),
            ev("statement", "says", at="it says funds Hezbollah", p=["United States"], agent="United States"),
            ev("statement", "saying", at="saying the network smuggled", p=["U.S. Treasury Department"],
               agent="U.S. Treasury Department"),
            ev("statement", "said", at="the department said", p=["U.S. Treasury Department"],
               agent="U.S. Treasury Department"),
            ev("statement", "said", at="said his government would cooperate", p=["Santiago Pena"],
               agent="Santiago Pena"),
            ev("order", "ordered", at="ordered prosecutors", p=["Santiago Pena"], agent="Santiago Pena"),
            ev("raid", "raided", p=["Paraguayan police", "Tabacalera Guarani"], agent="Paraguayan police",
               target="Tabacalera Guarani", loc="Ciudad del Este, Paraguay", date="2026-10-07",
               dt="on Wednesday evening"),
            ev("arrest", "detained", at="detained its finance director", p=["Paraguayan police"],
               agent="Paraguayan police", target="finance director", loc="Ciudad del Este, Paraguay",
               date="2026-10-07", dt="on Wednesday evening"),
            ev("statement", "said", at="attorney general's office said", p=["Attorney General of Paraguay"],
               agent="Attorney General of Paraguay"),
            ev("statement", "denied", at="Ocampo denied any wrongdoing", p=["Ramon Ocampo"], agent="Ramon Ocampo"),
            ev("statement", "calling", at="calling the accusations", p=["Ramon Ocampo"], agent="Ramon Ocampo"),
            ev("statement", "said", at="and said he would fight", p=["Ramon Ocampo"], agent="Ramon Ocampo"),
            ev("statement", "warned", at="A union leader warned"),
        ],
        "irrealis": [
            irr("planned", "investigation", "investigation", at="open an investigation", p=["Paraguay"]),
            irr("planned", "lawsuit", "fight", at="fight them in U.S. courts", p=["Ramon Ocampo"],
                agent="Ramon Ocampo"),
            irr("negated", "statement", "did not say", p=["Ramon Ocampo"], agent="Ramon Ocampo"),
            irr("hypothetical", "meeting", "met", at="whether he had ever met", p=["Ramon Ocampo", "Hezbollah"],
                agent="Ramon Ocampo"),
            irr("hypothetical", "protest", "march", at="march on the capital", loc="Asuncion, Paraguay"),
            irr("hypothetical", "closure", "closed", at="if the plant were closed", p=["Tabacalera Guarani"]),
        ],
        "people": ["Ramon Ocampo", "Santiago Pena"],
        "places": ["Asuncion", "Paraguay", "South America", "Washington", "Ciudad del Este"],
        "organizations": ["U.S. Treasury Department", "Tabacalera Guarani", "Hezbollah"],
    },
]
