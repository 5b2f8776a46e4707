"""The sixteenth held-out news set, the test set of round p (the source of heldout-news-p.{in,gold}.jsonl).

Written and annotated during round p as its test: nobody develops a rule on this set, and the round's engineers do
not see it until it is merged. Every lead was written for it (never copied or paraphrased from ../shared/data, the
seed, examples/ or sets a-o; no 7-word run shared with any of them, checked by a script over lowercased word 7-grams
before the build); real public figures appear in events that are partly or wholly invented, the companies of the two
acquisition leads are invented, and the tolls, quotes and other people are invented. Annotated before kg was run on
it, with the conventions of sets a-o as the shared docstring of `heldout_news_source.py` states them after round k
(news-dev's): one event per real-world event at its first mention (a headline included), later mentions ("the
verdict", "the raid", "the shelling", "the pact", "the deal", "the purchase", "the takeover", "the march", "the
measures", "the siege", "the announcement", "the violence") filling in its details; every reporting verb its own
statement, participial ones ("adding", "saying", "accusing", "urging", "confirming") included, "results showed" a
statement (sets e and i), a reporting noun that is the medium of a reporting verb ("said in a video message",
"said in a post on Twitter", "said in a radio address", "congratulated Ali in a statement") none of its own, and a
news conference none ("told a news conference", "told a joint press conference": the statement at "told"); a
headline's reporting verb and the body's two statements ("pledges" and "pledged", "urges" and "urged"); "accepted an
invitation" a statement; "called X Y" a statement ("rights groups called a farce"); a possessive voice ("Kagame's
office said", "Herzog's office said", "the royal court said", "Bennett's office declined", "His office did not
answer") its possessor; a national government, ministry or embassy that speaks ("the health ministry of the
internationally recognised government", "the interior ministry", "The U.S. Treasury Department", "Myanmar's embassy in
Canberra", "Jordanian officials") its country, a cabinet ("The cabinet did not respond") a body; "refused to V" and
"declined to V" the V negated (the refusal no statement), a denial a statement; a purpose infinitive of a protest
("blocked roads ... to demand that Boakai reverse", "rallies demanding the resignation") no statement, the demanded
event planned; "invited X to N" an invitation plus the planned N, "would invite X to N" a planned invitation and a
planned visit; participants as full canonical names; `date` only where a date expression attaches to the event (in
coordinated verbs, "held talks ... on Tuesday afternoon and signed", to the first only; "this week" and "next week"
their ISO weeks as the shared docstring gives them, "earlier this year" the year); casualties on attacks, with the
deaths and injuries of their tolls (the toll of one lead given in a later sentence, "450 wounded"); negated, planned,
hypothetical and requested (labelled planned) events in `irrealis`; an election won one election event at the win
(agent the winner, target the office), a headline "election standoff" its first mention.
Like sets h-o, this set is ordinary wire news in the wire's mix (a cross-border raid, shelling of an airport, a car
bomb, an offensive on a besieged city, air strikes, clashes with police and at a holy site, a war with its toll,
phone calls, talks and summits, security pacts, a peace deal, elections in Chisinau, Uruguay, Guyana, Kuwait, the
Czech Republic and Liberia, court rulings in Moldova, Guyana, Cambodia and Kuwait, two purchases with amounts, arrests,
sanctions by the United States, the European Union and Australia, protests, and state and ministerial visits), from
regions sets a-o have few or none of (datelines Chisinau, Kigali, Bujumbura, Juba, Montevideo, Tripoli, Georgetown,
Sofia, Kinshasa, Phnom Penh, Amman, Port Vila, Aden, Kuwait City, Athens, Madrid, Cairo, Prague, Monrovia and
Canberra, none of them a dateline of sets a-o) and in the shapes sets h-o have few of: AP datelines ("CITY, Country
(AP) — ", ten leads) beside Reuters', quote-first paragraphs ("'...,' Nastase told the crowd", "'...,' Prabowo told a
joint press conference"), pronoun chains across sentences ("He blamed", "He said", "She declined", "Its acting
president"), long sentences of several clauses, month-day dates ("June 3", "by Nov. 12", "on March 1", "on June 20"),
"on Thursday night", "on Tuesday afternoon", "Sunday's runoff", "earlier this year", "later this month", "last year's
election", passives ("had been arrested", "were charged", "was sworn in", "had been hurt", "would be barred", "had not
been consulted"), coordinated verbs ("spoke by telephone ... and urged", "conceded defeat ... and said", "denied ...
and said", "held talks ... and signed"), unnamed voices ("security officials said", "airport officials said", "two
bankers familiar with the financing", "Their lawyers said", "one Syrian survivor", "Protest organisers", "Several
newly elected members", "Some lawmakers in Port Vila"), and in every lead the everyday irrealis: refusals, denials and
negated reports ("declined to comment", "did not say", "could not be reached", "did not answer questions", "has
refused to say", "no such offer was made"), plans and schedules ("is due to", "is expected to", "will take office on
March 1"), conditions ("if the warring parties first pulled back", "unless the rebels are disarmed"), demands, offers
and invitations.
"""

from heldout_news_source import ev, irr

ARTICLES = [
    {
        "id": "hnp01", "published": "2018-06-27",
        "paragraphs": [
            ["Moldovan court annuls opposition win in Chisinau mayoral race"],
            ["CHISINAU (Reuters) - Moldova's Supreme Court of Justice on Monday annulled the result of the Chisinau "
             "mayoral election, ruling that opposition leader Andrei Nastase had broken campaign rules when he urged "
             "voters on social media to turn out on polling day."],
            ["Thousands of people marched through the capital on Tuesday night, chanting \"Thieves!\" outside the "
             "government building, and police said they had detained four men who tried to break through a cordon "
             "of riot officers."],
            ["\"This was not a ruling, it was a robbery,\" Nastase told the crowd, adding that he would not recognise "
             "the result of any repeat vote.",
             "Nastase, a former prosecutor, won the June 3 runoff with 52.6 percent against Socialist candidate Ion "
             "Ceban, who had promised voters closer ties with Moscow."],
            ["The European Union said the verdict raised serious questions about the independence of Moldovan judges "
             "and warned that it would review its financial aid to the country."],
            ["The ruling Democratic Party denied any role in the case.",
             "Prime Minister Pavel Filip declined to comment on Wednesday when asked whether he had spoken to "
             "Nastase since the verdict, and the electoral commission did not say when it would meet to set a date "
             "for a new count."],
        ],
        "events": [
            ev("ruling", "annuls", p=["Supreme Court of Justice of Moldova", "Andrei Nastase"],
               agent="Supreme Court of Justice of Moldova", target="Andrei Nastase", loc="Chisinau, Moldova",
               date="2018-06-25", dt="on Monday"),
            ev("election", "win", at="annuls opposition win", p=["Andrei Nastase", "Ion Ceban"], agent="Andrei Nastase",
               target="Mayor of Chisinau", loc="Chisinau, Moldova", date="2018-06-03", dt="June 3"),
            ev("statement", "urged", p=["Andrei Nastase"], agent="Andrei Nastase"),
            ev("protest", "marched", loc="Chisinau, Moldova", date="2018-06-26", dt="on Tuesday night"),
            ev("statement", "said", at="police said they had detained", p=["Moldovan police"], agent="Moldovan police"),
            ev("arrest", "detained", at="had detained four men", p=["Moldovan police"], agent="Moldovan police",
               loc="Chisinau, Moldova"),
            ev("statement", "told", at="Nastase told the crowd", p=["Andrei Nastase"], agent="Andrei Nastase"),
            ev("statement", "adding", at="adding that he would not", p=["Andrei Nastase"], agent="Andrei Nastase"),
            ev("statement", "had promised", p=["Ion Ceban"], agent="Ion Ceban"),
            ev("statement", "said", at="The European Union said", p=["European Union"], agent="European Union"),
            ev("statement", "warned", at="warned that it would review", p=["European Union"], agent="European Union"),
            ev("statement", "asked", at="when asked whether"),
            ev("statement", "denied", at="Democratic Party denied", p=["Democratic Party of Moldova"],
               agent="Democratic Party of Moldova"),
        ],
        "irrealis": [
            irr("hypothetical", "election", "vote", at="any repeat vote", loc="Chisinau, Moldova"),
            irr("planned", "review", "review", at="would review its financial aid", p=["European Union", "Moldova"],
                agent="European Union", target="Moldova"),
            irr("negated", "statement", "comment", at="Pavel Filip declined to comment", p=["Pavel Filip"],
                agent="Pavel Filip", date="2018-06-27", dt="on Wednesday"),
            irr("hypothetical", "call", "spoken", at="whether he had spoken to", p=["Pavel Filip", "Andrei Nastase"],
                agent="Pavel Filip", target="Andrei Nastase"),
            irr("negated", "statement", "did not say", at="commission did not say", p=["Central Electoral Commission"],
                agent="Central Electoral Commission"),
            irr("planned", "meeting", "meet", at="when it would meet", p=["Central Electoral Commission"],
                agent="Central Electoral Commission"),
        ],
        "people": ["Andrei Nastase", "Ion Ceban", "Pavel Filip"],
        "places": ["Chisinau", "Moldova", "Moscow"],
        "organizations": ["Supreme Court of Justice of Moldova", "European Union", "Democratic Party of Moldova"],
    },
    {
        "id": "hnp02", "published": "2018-07-24",
        "paragraphs": [
            ["Modi pledges $200 million in credit on first Indian visit to Rwanda"],
            ["KIGALI, Rwanda (AP) — Indian Prime Minister Narendra Modi arrived in Kigali on Monday night for the "
             "first visit by an Indian leader to Rwanda, and he pledged two credit lines worth $200 million for "
             "irrigation and industrial parks as soon as he landed."],
            ["Modi and President Paul Kagame held talks at Village Urugwiro on Tuesday morning and then watched their "
             "ministers sign eight agreements on defence, trade, farming and dairy, Kagame's office said."],
            ["\"Rwanda has shown Africa what a clean and determined government can do,\" Modi told a business forum "
             "later in the day.",
             "He said India would open a high commission in Kigali and offered to train Rwandan officers at its "
             "defence colleges."],
            ["In the afternoon the Indian leader is due to drive to the village of Rweru, where he will hand 200 cows "
             "to poor families under Kagame's one-cow-per-family programme, a gift that opposition politicians in "
             "New Delhi have mocked."],
            ["Kagame did not say whether Rwanda would buy Indian military equipment, and an Indian official declined "
             "to discuss the size of any arms deal.",
             "Modi flies to Uganda on Tuesday evening, where he will address parliament, and then on to Johannesburg "
             "for a summit of BRICS leaders."],
        ],
        "events": [
            ev("visit", "visit", at="first Indian visit to Rwanda", p=["Narendra Modi", "Rwanda"],
               agent="Narendra Modi",
               target="Rwanda", loc="Kigali, Rwanda", date="2018-07-23", dt="on Monday night"),
            ev("statement", "pledges", p=["Narendra Modi"], agent="Narendra Modi"),
            ev("statement", "pledged", p=["Narendra Modi"], agent="Narendra Modi"),
            ev("meeting", "talks", at="held talks at Village Urugwiro", p=["Narendra Modi", "Paul Kagame"],
               agent="Narendra Modi", target="Paul Kagame", loc="Kigali, Rwanda", date="2018-07-24",
               dt="on Tuesday morning"),
            ev("agreement", "sign", at="ministers sign eight agreements", p=["India", "Rwanda"], loc="Kigali, Rwanda"),
            ev("statement", "said", at="Kagame's office said", p=["Paul Kagame"], agent="Paul Kagame"),
            ev("statement", "told", at="Modi told a business forum", p=["Narendra Modi"], agent="Narendra Modi"),
            ev("statement", "said", at="He said India would open", p=["Narendra Modi"], agent="Narendra Modi"),
            ev("statement", "offered", at="offered to train", p=["Narendra Modi"], agent="Narendra Modi"),
            ev("statement", "have mocked", at="New Delhi have mocked"),
        ],
        "irrealis": [
            irr("planned", "opening", "open", at="India would open", p=["India"], agent="India", loc="Kigali, Rwanda"),
            irr("planned", "training", "train", at="offered to train", p=["India"], agent="India"),
            irr("planned", "travel", "drive", at="due to drive to the village", p=["Narendra Modi"],
                agent="Narendra Modi", loc="Rweru, Rwanda"),
            irr("planned", "donation", "hand", at="he will hand 200 cows", p=["Narendra Modi"], agent="Narendra Modi",
                loc="Rweru, Rwanda"),
            irr("negated", "statement", "did not say", at="Kagame did not say", p=["Paul Kagame"], agent="Paul Kagame"),
            irr("hypothetical", "purchase", "buy", at="Rwanda would buy", p=["Rwanda"], agent="Rwanda"),
            irr("negated", "statement", "discuss", at="declined to discuss", p=["India"], agent="India"),
            irr("hypothetical", "agreement", "arms deal", p=["India", "Rwanda"]),
            irr("planned", "visit", "flies", at="Modi flies to Uganda", p=["Narendra Modi", "Uganda"],
                agent="Narendra Modi", target="Uganda", date="2018-07-24", dt="on Tuesday evening"),
            irr("planned", "statement", "address", at="he will address parliament", p=["Narendra Modi"],
                agent="Narendra Modi"),
            irr("planned", "meeting", "summit", at="summit of BRICS leaders", p=["BRICS"],
                loc="Johannesburg, South Africa"),
        ],
        "people": ["Narendra Modi", "Paul Kagame"],
        "places": ["Kigali", "Rwanda", "Village Urugwiro", "Africa", "India", "Rweru", "New Delhi", "Uganda",
                   "Johannesburg"],
        "organizations": ["BRICS"],
    },
    {
        "id": "hnp03", "published": "2019-03-14",
        "paragraphs": [
            ["Gunmen kill 11 in Burundi village near Congo border"],
            ["BUJUMBURA (Reuters) - Gunmen who crossed from Democratic Republic of Congo attacked a village in "
             "Burundi's Cibitoke province late on Tuesday, killing 11 people and wounding six, the provincial "
             "governor said on Wednesday."],
            ["Governor Joseph Iteriteka told reporters in the provincial capital that the attackers, armed with rifles "
             "and machetes, set fire to 30 homes before they fled back across the Rusizi river.",
             "He blamed RED-Tabara, a rebel group based in South Kivu, but the group denied any part in the raid in a "
             "message to journalists."],
            ["\"We will not let criminals from across the border terrorise our people,\" Interior Minister Pascal "
             "Barandagiye said on Wednesday night, adding that soldiers had been deployed along the river and that "
             "three suspects had been arrested."],
            ["Burundi has accused Rwanda of backing the rebels, a charge Kigali rejects.",
             "Rwandan officials could not be reached by telephone on Thursday, and the Congolese army did not respond "
             "to questions about whether it would pursue the gunmen on its side of the frontier."],
            ["A regional summit on security in the Great Lakes, postponed twice since January, is now scheduled for "
             "April in Kinshasa, and President Pierre Nkurunziza has said he will not attend unless the rebels are "
             "disarmed first."],
        ],
        "events": [
            ev("attack", "kill", at="Gunmen kill 11", p=["Cibitoke"], target="village in Burundi's Cibitoke province",
               loc="Cibitoke, Burundi", date="2019-03-12", dt="late on Tuesday", killed=11, injured=6),
            ev("death", "killing", at="killing 11 people", date="2019-03-12", dt="late on Tuesday", killed=11),
            ev("injury", "wounding", at="wounding six", date="2019-03-12", dt="late on Tuesday", injured=6),
            ev("statement", "said", at="provincial governor said", p=["Joseph Iteriteka"], agent="Joseph Iteriteka",
               date="2019-03-13", dt="on Wednesday"),
            ev("statement", "told", at="Joseph Iteriteka told reporters", p=["Joseph Iteriteka"],
               agent="Joseph Iteriteka"),
            ev("statement", "blamed", p=["Joseph Iteriteka", "RED-Tabara"], agent="Joseph Iteriteka",
               target="RED-Tabara"),
            ev("statement", "denied", at="the group denied", p=["RED-Tabara"], agent="RED-Tabara"),
            ev("statement", "said", at="Barandagiye said", p=["Pascal Barandagiye"], agent="Pascal Barandagiye",
               date="2019-03-13", dt="on Wednesday night"),
            ev("statement", "adding", at="adding that soldiers", p=["Pascal Barandagiye"], agent="Pascal Barandagiye"),
            ev("deployment", "deployed", at="soldiers had been deployed", loc="Cibitoke, Burundi"),
            ev("arrest", "arrested", at="suspects had been arrested", loc="Cibitoke, Burundi"),
            ev("statement", "has accused", p=["Burundi", "Rwanda"], agent="Burundi", target="Rwanda"),
            ev("statement", "rejects", p=["Rwanda"], agent="Rwanda"),
        ],
        "irrealis": [
            irr("negated", "statement", "could not be reached", p=["Rwanda"], agent="Rwanda", date="2019-03-14",
                dt="on Thursday"),
            irr("negated", "statement", "did not respond", p=["Armed Forces of the Democratic Republic of the Congo"],
                agent="Armed Forces of the Democratic Republic of the Congo"),
            irr("hypothetical", "operation", "pursue", at="it would pursue the gunmen",
                p=["Armed Forces of the Democratic Republic of the Congo"],
                agent="Armed Forces of the Democratic Republic of the Congo"),
            irr("planned", "meeting", "summit", at="A regional summit on security", loc="Kinshasa, Democratic Republic "
                "of Congo", date="2019-04", dt="for April"),
            irr("negated", "meeting", "attend", at="he will not attend", p=["Pierre Nkurunziza"],
                agent="Pierre Nkurunziza"),
            irr("hypothetical", "disarmament", "disarmed", at="rebels are disarmed", p=["RED-Tabara"]),
        ],
        "people": ["Joseph Iteriteka", "Pascal Barandagiye", "Pierre Nkurunziza"],
        "places": ["Bujumbura", "Democratic Republic of Congo", "Burundi", "Cibitoke", "Rusizi", "South Kivu",
                   "Rwanda", "Kigali", "Great Lakes", "Kinshasa"],
        "organizations": ["RED-Tabara", "Armed Forces of the Democratic Republic of the Congo"],
    },
    {
        "id": "hnp04", "published": "2019-09-11",
        "paragraphs": [
            ["South Sudan's Machar returns to Juba for talks with Kiir"],
            ["JUBA, South Sudan (AP) — Rebel leader Riek Machar flew into Juba on Monday for his first talks in the "
             "capital with President Salva Kiir since fighting drove him out of the city three years ago, and the "
             "rivals agreed to hold another round within a month."],
            ["\"We have agreed to work together, and nothing will stop us,\" Machar told reporters after the meeting "
             "at "
             "the presidential palace, where Kiir greeted him with a handshake and a long embrace."],
            ["Under a deal signed in Addis Ababa last September, the two rivals must form a unity government by Nov. "
             "12, but Machar has said he will not move back to Juba for good until his safety is guaranteed."],
            ["Kiir's spokesman Ateny Wek Ateny said the president had offered to pay for Machar's guards and would not "
             "ask him to give up the leadership of the SPLM-IO.",
             "The rebel group's deputy spokesman, Lam Paul Gabriel, rejected that account, saying no such offer was "
             "made at the palace."],
            ["U.S. envoy Donald Booth, who arrived on Tuesday, is expected to hold talks with both men before he "
             "travels to Khartoum on Friday."],
        ],
        "events": [
            ev("visit", "returns", at="Machar returns to Juba", p=["Riek Machar"], agent="Riek Machar",
               loc="Juba, South Sudan", date="2019-09-09", dt="on Monday"),
            ev("meeting", "talks", at="for talks with Kiir", p=["Riek Machar", "Salva Kiir"], agent="Riek Machar",
               target="Salva Kiir", loc="Juba, South Sudan"),
            ev("attack", "fighting", at="since fighting drove him", loc="Juba, South Sudan", date="2016",
               dt="three years ago"),
            ev("agreement", "agreed", at="rivals agreed to hold", p=["Riek Machar", "Salva Kiir"]),
            ev("statement", "told", at="Machar told reporters", p=["Riek Machar"], agent="Riek Machar"),
            ev("agreement", "signed", at="deal signed in Addis Ababa", p=["Salva Kiir", "Riek Machar"],
               loc="Addis Ababa, Ethiopia", date="2018-09", dt="last September"),
            ev("statement", "has said", at="Machar has said", p=["Riek Machar"], agent="Riek Machar"),
            ev("statement", "said", at="Ateny Wek Ateny said", p=["Ateny Wek Ateny"], agent="Ateny Wek Ateny"),
            ev("statement", "offered", at="had offered to pay", p=["Salva Kiir"], agent="Salva Kiir"),
            ev("statement", "rejected", at="rejected that account", p=["Lam Paul Gabriel"], agent="Lam Paul Gabriel"),
            ev("statement", "saying", at="saying no such offer", p=["Lam Paul Gabriel"], agent="Lam Paul Gabriel"),
            ev("visit", "arrived", at="who arrived on Tuesday", p=["Donald Booth", "South Sudan"], agent="Donald Booth",
               target="South Sudan", loc="Juba, South Sudan", date="2019-09-10", dt="on Tuesday"),
        ],
        "irrealis": [
            irr("planned", "meeting", "round", at="hold another round", p=["Riek Machar", "Salva Kiir"]),
            irr("planned", "formation", "form", at="form a unity government", p=["Salva Kiir", "Riek Machar"],
                date="2019-11-12", dt="by Nov. 12"),
            irr("negated", "travel", "move back", p=["Riek Machar"], agent="Riek Machar", loc="Juba, South Sudan"),
            irr("planned", "payment", "pay", at="offered to pay", p=["Salva Kiir"], agent="Salva Kiir"),
            irr("negated", "statement", "ask", at="would not ask him", p=["Salva Kiir", "Riek Machar"],
                agent="Salva Kiir", target="Riek Machar"),
            irr("negated", "statement", "offer", at="no such offer was made", p=["Salva Kiir"], agent="Salva Kiir"),
            irr("planned", "meeting", "talks", at="hold talks with both men", p=["Donald Booth", "Salva Kiir",
                "Riek Machar"], agent="Donald Booth", loc="Juba, South Sudan"),
            irr("planned", "visit", "travels", at="travels to Khartoum", p=["Donald Booth", "Sudan"],
                agent="Donald Booth", target="Sudan", loc="Khartoum, Sudan", date="2019-09-13", dt="on Friday"),
        ],
        "people": ["Riek Machar", "Salva Kiir", "Ateny Wek Ateny", "Lam Paul Gabriel", "Donald Booth"],
        "places": ["Juba", "South Sudan", "Addis Ababa", "Khartoum"],
        "organizations": ["SPLM-IO"],
    },
    {
        "id": "hnp05", "published": "2019-11-29",
        "paragraphs": [
            ["Uruguay's Lacalle Pou wins presidency after count of disputed ballots"],
            ["MONTEVIDEO (Reuters) - Conservative Luis Lacalle Pou won Uruguay's presidency, official results showed "
             "on Thursday, after the Electoral Court finished counting 35,000 contested ballots that had left "
             "Sunday's runoff too close to call."],
            ["Daniel Martinez of the ruling Broad Front conceded defeat before cheering supporters on Thursday night "
             "and said he had spoken to Lacalle Pou by telephone.",
             "\"The people have chosen change, and we will be a loyal opposition,\" he said, but he warned that his "
             "party would fight any attempt to roll back labour laws."],
            ["Lacalle Pou, 46, the son of a former president, will take office on March 1 at the head of a coalition "
             "of "
             "five parties.",
             "He has promised to cut public spending and toughen sentences, and said on Friday that he would not "
             "raise taxes."],
            ["Argentina's president-elect, Alberto Fernandez, telephoned him on Friday, and Brazil's Jair Bolsonaro, "
             "who had backed Lacalle Pou during the campaign, said he would invite him to Brasilia before the "
             "inauguration.",
             "Lacalle Pou did not say whether he would accept, and aides said no trip abroad was planned before "
             "the new year."],
        ],
        "events": [
            ev("election", "wins", at="Lacalle Pou wins presidency", p=["Luis Lacalle Pou", "Daniel Martinez"],
               agent="Luis Lacalle Pou", target="President of Uruguay", loc="Uruguay", date="2019-11-24",
               dt="Sunday's"),
            ev("statement", "showed", at="official results showed", date="2019-11-28", dt="on Thursday"),
            ev("statement", "conceded", p=["Daniel Martinez"], agent="Daniel Martinez", date="2019-11-28",
               dt="on Thursday night"),
            ev("statement", "said", at="said he had spoken to", p=["Daniel Martinez"], agent="Daniel Martinez"),
            ev("call", "spoken", at="had spoken to Lacalle Pou", p=["Daniel Martinez", "Luis Lacalle Pou"],
               agent="Daniel Martinez", target="Luis Lacalle Pou"),
            ev("statement", "said", at="he said, but he warned", p=["Daniel Martinez"], agent="Daniel Martinez"),
            ev("statement", "warned", at="he warned that his party", p=["Daniel Martinez"], agent="Daniel Martinez"),
            ev("statement", "has promised", p=["Luis Lacalle Pou"], agent="Luis Lacalle Pou"),
            ev("statement", "said", at="said on Friday that he would not", p=["Luis Lacalle Pou"],
               agent="Luis Lacalle Pou", date="2019-11-29", dt="on Friday"),
            ev("call", "telephoned", p=["Alberto Fernandez", "Luis Lacalle Pou"], agent="Alberto Fernandez",
               target="Luis Lacalle Pou", date="2019-11-29", dt="on Friday"),
            ev("statement", "backed", at="had backed Lacalle Pou", p=["Jair Bolsonaro", "Luis Lacalle Pou"],
               agent="Jair Bolsonaro", target="Luis Lacalle Pou"),
            ev("statement", "said", at="said he would invite him", p=["Jair Bolsonaro"], agent="Jair Bolsonaro"),
            ev("statement", "said", at="aides said no trip", p=["Luis Lacalle Pou"], agent="Luis Lacalle Pou"),
        ],
        "irrealis": [
            irr("hypothetical", "repeal", "roll back", p=["Luis Lacalle Pou"]),
            irr("planned", "inauguration", "take office", p=["Luis Lacalle Pou"], agent="Luis Lacalle Pou",
                loc="Uruguay", date="2020-03-01", dt="on March 1"),
            irr("planned", "cut", "cut", at="promised to cut public spending", p=["Luis Lacalle Pou"],
                agent="Luis Lacalle Pou"),
            irr("negated", "taxation", "raise", at="would not raise taxes", p=["Luis Lacalle Pou"],
                agent="Luis Lacalle Pou"),
            irr("planned", "invitation", "invite", at="would invite him to Brasilia", p=["Jair Bolsonaro",
                "Luis Lacalle Pou"], agent="Jair Bolsonaro", target="Luis Lacalle Pou"),
            irr("planned", "visit", "Brasilia", at="would invite him to Brasilia", p=["Luis Lacalle Pou", "Brazil"],
                agent="Luis Lacalle Pou", target="Brazil", loc="Brasilia, Brazil"),
            irr("negated", "statement", "did not say", at="Lacalle Pou did not say", p=["Luis Lacalle Pou"],
                agent="Luis Lacalle Pou"),
            irr("hypothetical", "statement", "accept", at="whether he would accept", p=["Luis Lacalle Pou"],
                agent="Luis Lacalle Pou"),
            irr("negated", "visit", "trip", at="no trip abroad was planned", p=["Luis Lacalle Pou"],
                agent="Luis Lacalle Pou"),
        ],
        "people": ["Luis Lacalle Pou", "Daniel Martinez", "Alberto Fernandez", "Jair Bolsonaro"],
        "places": ["Montevideo", "Uruguay", "Argentina", "Brazil", "Brasilia"],
        "organizations": ["Electoral Court", "Broad Front"],
    },
    {
        "id": "hnp06", "published": "2020-05-08",
        "paragraphs": [
            ["Shelling of Tripoli airport and homes kills five, Libyan government says"],
            ["TRIPOLI (Reuters) - Rockets and mortar bombs slammed into Mitiga airport and nearby homes in the Libyan "
             "capital on Thursday night, killing five civilians and wounding 12, the health ministry of the "
             "internationally recognised government said."],
            ["Two passenger planes were damaged on the runway and all flights were diverted to Misrata, airport "
             "officials said."],
            ["The government of Prime Minister Fayez al-Sarraj blamed the Libyan National Army of eastern commander "
             "Khalifa Haftar, whose forces have besieged Tripoli for more than a year.",
             "An LNA spokesman, Ahmed al-Mismari, denied that his fighters had targeted civilians and said they had "
             "aimed only at Turkish drones parked near the terminal."],
            ["\"Haftar is not interested in any ceasefire,\" Interior Minister Fathi Bashagha told reporters on "
             "Friday, "
             "adding that the government would not return to U.N.-led talks in Geneva while the shelling went on."],
            ["The U.N. mission in Libya condemned the attack and called on both sides to agree a humanitarian truce "
             "for the holy month of Ramadan.",
             "Germany and France said they were ready to host a new round of the Berlin conference if the warring "
             "parties first pulled back their heavy guns from the city."],
        ],
        "events": [
            ev("attack", "Shelling", p=["Tripoli"], target="Mitiga airport", loc="Tripoli, Libya", date="2020-05-07",
               dt="on Thursday night", killed=5, injured=12),
            ev("statement", "says", at="Libyan government says", p=["Libya"], agent="Libya"),
            ev("death", "killing", at="killing five civilians", date="2020-05-07", dt="on Thursday night", killed=5),
            ev("injury", "wounding", at="wounding 12", date="2020-05-07", dt="on Thursday night", injured=12),
            ev("statement", "said", at="internationally recognised government said", p=["Libya"], agent="Libya"),
            ev("statement", "said", at="airport officials said"),
            ev("statement", "blamed", p=["Libya", "Libyan National Army"], agent="Libya",
               target="Libyan National Army"),
            ev("statement", "denied", at="Ahmed al-Mismari, denied", p=["Ahmed al-Mismari"], agent="Ahmed al-Mismari"),
            ev("statement", "said", at="said they had aimed only", p=["Ahmed al-Mismari"], agent="Ahmed al-Mismari"),
            ev("statement", "told", at="Bashagha told reporters", p=["Fathi Bashagha"], agent="Fathi Bashagha",
               date="2020-05-08", dt="on Friday"),
            ev("statement", "adding", at="adding that the government would not", p=["Fathi Bashagha"],
               agent="Fathi Bashagha"),
            ev("statement", "condemned", p=["United Nations Support Mission in Libya"],
               agent="United Nations Support Mission in Libya"),
            ev("statement", "called on", p=["United Nations Support Mission in Libya"],
               agent="United Nations Support Mission in Libya"),
            ev("statement", "said", at="Germany and France said", p=["Germany", "France"], agent="Germany"),
        ],
        "irrealis": [
            irr("negated", "attack", "targeted", at="had targeted civilians", p=["Libyan National Army"],
                agent="Libyan National Army"),
            irr("negated", "agreement", "ceasefire", at="not interested in any ceasefire", p=["Khalifa Haftar"]),
            irr("negated", "meeting", "talks", at="would not return to U.N.-led talks", p=["Libya"],
                loc="Geneva, Switzerland"),
            irr("planned", "agreement", "agree", at="agree a humanitarian truce", p=["Libya", "Libyan National Army"]),
            irr("hypothetical", "meeting", "Berlin conference", p=["Germany", "France"], agent="Germany"),
            irr("hypothetical", "withdrawal", "pulled back", p=["Libya", "Libyan National Army"]),
        ],
        "people": ["Fayez al-Sarraj", "Khalifa Haftar", "Ahmed al-Mismari", "Fathi Bashagha"],
        "places": ["Tripoli", "Mitiga", "Misrata", "Geneva", "Libya", "Germany", "France", "Berlin"],
        "organizations": ["Libyan National Army", "United Nations Support Mission in Libya"],
    },
    {
        "id": "hnp07", "published": "2020-08-03",
        "paragraphs": [
            ["Guyana swears in Ali as president after five-month election standoff"],
            ["GEORGETOWN, Guyana (AP) — Irfaan Ali was sworn in as Guyana's president on Sunday, hours after the "
             "elections commission declared him the winner of the March 2 vote, ending a standoff that had frozen "
             "the oil-rich nation's politics for five months."],
            ["The Caribbean Court of Justice ruled in July that only the results of a national recount could be "
             "used, throwing out an appeal by President David Granger's APNU+AFC coalition, which had tried to have "
             "more than 100,000 votes discarded."],
            ["\"Today we put the country first,\" Ali, 40, said after taking the oath in a tent outside the electoral "
             "offices.",
             "He promised to form a government of national unity and said he would meet Granger this week to discuss "
             "a smooth handover."],
            ["Granger did not attend the ceremony and said in a video message that his coalition would challenge the "
             "declaration in court, although he did not say when."],
            ["Mike Pompeo, the U.S. secretary of state, congratulated Ali in a statement on Sunday, weeks after "
             "Washington "
             "imposed visa restrictions on Guyanese officials it accused of undermining the vote.",
             "ExxonMobil, which began pumping oil off Guyana in December, declined to comment on the new "
             "government."],
        ],
        "events": [
            ev("inauguration", "swears in", p=["Irfaan Ali"], target="Irfaan Ali", loc="Georgetown, Guyana",
               date="2020-08-02", dt="on Sunday"),
            ev("election", "election", at="five-month election standoff", p=["Irfaan Ali", "David Granger"],
               agent="Irfaan Ali", target="President of Guyana", loc="Guyana", date="2020-03-02", dt="March 2"),
            ev("statement", "declared", at="commission declared him", p=["Guyana Elections Commission"],
               agent="Guyana Elections Commission"),
            ev("ruling", "ruled", at="Court of Justice ruled", p=["Caribbean Court of Justice", "APNU+AFC"],
               agent="Caribbean Court of Justice", target="APNU+AFC", date="2020-07", dt="in July"),
            ev("statement", "said", at="Ali, 40, said", p=["Irfaan Ali"], agent="Irfaan Ali"),
            ev("statement", "promised", at="He promised to form", p=["Irfaan Ali"], agent="Irfaan Ali"),
            ev("statement", "said", at="said he would meet Granger", p=["Irfaan Ali"], agent="Irfaan Ali"),
            ev("statement", "said", at="said in a video message", p=["David Granger"], agent="David Granger"),
            ev("statement", "congratulated", p=["Mike Pompeo", "Irfaan Ali"], agent="Mike Pompeo",
               target="Irfaan Ali", date="2020-08-02", dt="on Sunday"),
            ev("sanction", "imposed", at="imposed visa restrictions", p=["United States", "Guyana"],
               agent="United States", target="Guyana"),
            ev("statement", "accused", at="it accused of undermining", p=["United States"], agent="United States"),
        ],
        "irrealis": [
            irr("hypothetical", "annulment", "discarded", at="votes discarded", p=["APNU+AFC"], agent="APNU+AFC"),
            irr("planned", "formation", "form", at="promised to form", p=["Irfaan Ali"], agent="Irfaan Ali"),
            irr("planned", "meeting", "meet", at="he would meet Granger", p=["Irfaan Ali", "David Granger"],
                agent="Irfaan Ali", target="David Granger", date="2020-W32", dt="this week"),
            irr("negated", "attendance", "did not attend", p=["David Granger"], agent="David Granger"),
            irr("planned", "appeal", "challenge", at="would challenge the declaration", p=["APNU+AFC"],
                agent="APNU+AFC"),
            irr("negated", "statement", "did not say", at="he did not say when", p=["David Granger"],
                agent="David Granger"),
            irr("negated", "statement", "comment", at="declined to comment on the new", p=["ExxonMobil"],
                agent="ExxonMobil"),
        ],
        "people": ["Irfaan Ali", "David Granger", "Mike Pompeo"],
        "places": ["Georgetown", "Guyana", "Washington"],
        "organizations": ["Caribbean Court of Justice", "APNU+AFC", "ExxonMobil"],
    },
    {
        "id": "hnp08", "published": "2020-07-10",
        "paragraphs": [
            ["Bulgarian police detain 18 after protest against Borissov turns violent"],
            ["SOFIA (Reuters) - Bulgarian police detained 18 people overnight after thousands of demonstrators clashed "
             "with officers outside the government building on Thursday, the second day of rallies demanding the "
             "resignation of Prime Minister Boyko Borissov."],
            ["The interior ministry said 17 officers and at least 30 protesters were hurt when the crowd threw bottles "
             "and firecrackers at a police cordon, and that those detained were suspected of hooliganism."],
            ["Borissov, who has led the country for most of the past decade, said on Friday he would not step down "
             "and accused President Rumen Radev of using the unrest to pave his way to a second term."],
            ["Radev, who backed the demonstrators after prosecutors searched his offices on Thursday, called on the "
             "cabinet to resign and said early elections were the only way out of the crisis."],
            ["The opposition Socialists said they would table a no-confidence motion next week, but Borissov's GERB "
             "party and its nationalist partners hold enough seats to defeat it.",
             "Protest organisers said they would march again on Friday evening and would not negotiate with the "
             "government."],
        ],
        "events": [
            ev("arrest", "detain", at="Bulgarian police detain 18", p=["Bulgarian police"], agent="Bulgarian police",
               loc="Sofia, Bulgaria"),
            ev("protest", "protest", at="after protest against Borissov", p=["Boyko Borissov"], target="Boyko Borissov",
               loc="Sofia, Bulgaria", date="2020-07-09", dt="on Thursday"),
            ev("attack", "clashed", p=["Bulgarian police"], target="Bulgarian police", loc="Sofia, Bulgaria",
               date="2020-07-09", dt="on Thursday", injured=47),
            ev("statement", "said", at="interior ministry said", p=["Bulgaria"], agent="Bulgaria"),
            ev("injury", "hurt", at="protesters were hurt", loc="Sofia, Bulgaria", injured=47),
            ev("statement", "said", at="said on Friday he would not", p=["Boyko Borissov"], agent="Boyko Borissov",
               date="2020-07-10", dt="on Friday"),
            ev("statement", "accused", at="accused President Rumen Radev", p=["Boyko Borissov", "Rumen Radev"],
               agent="Boyko Borissov", target="Rumen Radev"),
            ev("statement", "backed", at="who backed the demonstrators", p=["Rumen Radev"], agent="Rumen Radev"),
            ev("search", "searched", p=["Rumen Radev"], target="Rumen Radev", loc="Sofia, Bulgaria",
               date="2020-07-09", dt="on Thursday"),
            ev("statement", "called on", p=["Rumen Radev"], agent="Rumen Radev"),
            ev("statement", "said", at="said early elections", p=["Rumen Radev"], agent="Rumen Radev"),
            ev("statement", "said", at="Socialists said", p=["Bulgarian Socialist Party"],
               agent="Bulgarian Socialist Party"),
            ev("statement", "said", at="Protest organisers said"),
        ],
        "irrealis": [
            irr("planned", "resignation", "resignation", at="demanding the resignation", p=["Boyko Borissov"],
                agent="Boyko Borissov"),
            irr("negated", "resignation", "step down", p=["Boyko Borissov"], agent="Boyko Borissov"),
            irr("hypothetical", "election", "second term", p=["Rumen Radev"], agent="Rumen Radev",
                target="President of Bulgaria", loc="Bulgaria"),
            irr("planned", "resignation", "resign", at="cabinet to resign", p=["Bulgaria"]),
            irr("hypothetical", "election", "early elections", p=["Bulgaria"], loc="Bulgaria"),
            irr("planned", "motion", "table", at="table a no-confidence motion", p=["Bulgarian Socialist Party"],
                agent="Bulgarian Socialist Party", date="2020-W29", dt="next week"),
            irr("hypothetical", "vote", "defeat", at="enough seats to defeat it", p=["GERB"], agent="GERB"),
            irr("planned", "protest", "march", at="would march again", loc="Sofia, Bulgaria", date="2020-07-10",
                dt="on Friday evening"),
            irr("negated", "meeting", "negotiate", at="would not negotiate with the", p=["Bulgaria"]),
        ],
        "people": ["Boyko Borissov", "Rumen Radev"],
        "places": ["Sofia"],
        "organizations": ["Bulgarian Socialist Party", "GERB"],
    },
    {
        "id": "hnp09", "published": "2021-04-15",
        "paragraphs": [
            ["Australia's Norvale buys control of Congo copper project for $1.1 billion"],
            ["KINSHASA (Reuters) - Australian miner Norvale Resources has agreed to pay $1.1 billion for a 51% stake "
             "in the Lufira Nord copper project in southern Congo, the company said on Thursday, in the largest "
             "foreign investment in the country since President Felix Tshisekedi took office."],
            ["The seller, Lubumbashi-based Katanga Rouge Mining, will keep 39%, while state miner Gecamines will hold "
             "the remaining 10% under Congo's mining code, Norvale chief executive Sarah Whitcombe told analysts "
             "during a conference call."],
            ["The mines ministry has yet to approve the purchase, and Whitcombe said she expected it to be completed "
             "by late September.",
             "She declined to say how Norvale would finance it, but two bankers familiar with the financing said the "
             "company had lined up loans from three Chinese lenders."],
            ["Gecamines said it had not been consulted and would ask the government to review the sale.",
             "\"We learned of this transaction from the newspapers,\" a Gecamines official told Reuters on condition "
             "of anonymity."],
            ["Tshisekedi, who toured Lualaba province last month, has vowed to renegotiate mining contracts awarded "
             "under his predecessor Joseph Kabila.",
             "His office did not answer questions sent on Thursday."],
        ],
        "events": [
            ev("acquisition", "buys", at="Norvale buys control", p=["Norvale Resources", "Katanga Rouge Mining"],
               agent="Norvale Resources", target="Lufira Nord copper project", amount=(1100000000, "USD")),
            ev("statement", "said", at="the company said on Thursday", p=["Norvale Resources"],
               agent="Norvale Resources", date="2021-04-15", dt="on Thursday"),
            ev("statement", "told", at="Sarah Whitcombe told analysts", p=["Sarah Whitcombe"], agent="Sarah Whitcombe"),
            ev("statement", "said", at="Whitcombe said she expected", p=["Sarah Whitcombe"], agent="Sarah Whitcombe"),
            ev("statement", "said", at="two bankers familiar with the financing said"),
            ev("statement", "said", at="Gecamines said it had not", p=["Gecamines"], agent="Gecamines"),
            ev("statement", "told", at="Gecamines official told Reuters", p=["Gecamines", "Reuters"],
               agent="Gecamines", target="Reuters"),
            ev("visit", "toured", p=["Felix Tshisekedi"], agent="Felix Tshisekedi",
               loc="Lualaba, Democratic Republic of the Congo", date="2021-03", dt="last month"),
            ev("statement", "has vowed", p=["Felix Tshisekedi"], agent="Felix Tshisekedi"),
        ],
        "irrealis": [
            irr("planned", "approval", "approve", at="has yet to approve", p=["Democratic Republic of the Congo"]),
            irr("planned", "completion", "completed", at="expected it to be completed", p=["Norvale Resources"],
                date="2021-09", dt="by late September"),
            irr("negated", "statement", "say", at="She declined to say", p=["Sarah Whitcombe"],
                agent="Sarah Whitcombe"),
            irr("hypothetical", "financing", "finance", at="would finance it", p=["Norvale Resources"],
                agent="Norvale Resources"),
            irr("negated", "meeting", "consulted", at="had not been consulted", p=["Gecamines"], target="Gecamines"),
            irr("planned", "statement", "ask", at="would ask the government", p=["Gecamines"], agent="Gecamines"),
            irr("planned", "review", "review", at="review the sale", p=["Democratic Republic of the Congo"],
                agent="Democratic Republic of the Congo"),
            irr("planned", "renegotiation", "renegotiate", p=["Felix Tshisekedi"], agent="Felix Tshisekedi"),
            irr("negated", "statement", "did not answer", p=["Felix Tshisekedi"], agent="Felix Tshisekedi",
                date="2021-04-15", dt="on Thursday"),
        ],
        "people": ["Felix Tshisekedi", "Sarah Whitcombe", "Joseph Kabila"],
        "places": ["Kinshasa", "Congo", "Lubumbashi", "Lualaba"],
        "organizations": ["Norvale Resources", "Katanga Rouge Mining", "Gecamines", "Reuters"],
    },
    {
        "id": "hnp10", "published": "2021-10-21",
        "paragraphs": [
            ["Cambodian court sentences 14 opposition members for incitement"],
            ["PHNOM PENH, Cambodia (AP) — A Cambodian court on Wednesday sentenced 14 members of the banned opposition "
             "party to between five and eight years in prison for incitement, after a trial that rights groups "
             "called a farce."],
            ["Nine of the defendants, including former lawmaker Chea Sophal, were tried in absentia because they live "
             "in exile in France and the United States.",
             "The other five were arrested in June after they posted videos on Facebook urging soldiers to disobey "
             "orders, police said at the time."],
            ["\"These people tried to topple the government from abroad,\" Justice Ministry spokesman Chin Malin told "
             "reporters outside the Phnom Penh Municipal Court.",
             "He said the exiled defendants would be arrested if they ever returned to Cambodia."],
            ["Prime Minister Hun Sen, who has ruled the country for 36 years, said last month that he would not allow "
             "the party to return before the 2023 general election.",
             "Its acting president, Sam Rainsy, dismissed the verdict from Paris and said he would ask the United "
             "Nations to intervene."],
            ["The U.S. Embassy said it was deeply troubled by the sentences and urged the authorities to free the five "
             "men held in Phnom Penh.",
             "The European Union, which withdrew some trade preferences from Cambodia last year, said it was studying "
             "further steps but did not say whether new sanctions were planned."],
        ],
        "events": [
            ev("ruling", "sentences", at="court sentences 14", p=["Phnom Penh Municipal Court", "Chea Sophal"],
               agent="Phnom Penh Municipal Court", target="Chea Sophal",
               loc="Phnom Penh, Cambodia", date="2021-10-20", dt="on Wednesday"),
            ev("statement", "called", at="rights groups called a farce"),
            ev("arrest", "arrested", at="were arrested in June", p=["Cambodian police"], agent="Cambodian police",
               date="2021-06", dt="in June"),
            ev("statement", "urging", at="urging soldiers to disobey"),
            ev("statement", "said", at="police said at the time", p=["Cambodian police"], agent="Cambodian police"),
            ev("statement", "told", at="Chin Malin told", p=["Chin Malin"], agent="Chin Malin"),
            ev("statement", "said", at="He said the exiled defendants", p=["Chin Malin"], agent="Chin Malin"),
            ev("statement", "said", at="said last month that he", p=["Hun Sen"], agent="Hun Sen", date="2021-09",
               dt="last month"),
            ev("statement", "dismissed", p=["Sam Rainsy"], agent="Sam Rainsy", loc="Paris, France"),
            ev("statement", "said", at="said he would ask the United", p=["Sam Rainsy"], agent="Sam Rainsy"),
            ev("statement", "said", at="The U.S. Embassy said", p=["United States"], agent="United States"),
            ev("statement", "urged", at="urged the authorities", p=["United States"], agent="United States"),
            ev("sanction", "withdrew", p=["European Union", "Cambodia"], agent="European Union", target="Cambodia",
               date="2020", dt="last year"),
            ev("statement", "said", at="said it was studying", p=["European Union"], agent="European Union"),
        ],
        "irrealis": [
            irr("hypothetical", "arrest", "arrested", at="would be arrested if", p=["Cambodia"]),
            irr("hypothetical", "travel", "returned", at="if they ever returned", loc="Cambodia"),
            irr("negated", "permission", "allow", at="would not allow the party", p=["Hun Sen"], agent="Hun Sen"),
            irr("planned", "election", "general election", at="2023 general election", loc="Cambodia", date="2023",
                dt="2023"),
            irr("planned", "statement", "ask", at="would ask the United Nations", p=["Sam Rainsy", "United Nations"],
                agent="Sam Rainsy", target="United Nations"),
            irr("planned", "intervention", "intervene", p=["United Nations"], agent="United Nations"),
            irr("planned", "release", "free", at="free the five men", p=["Cambodia"], agent="Cambodia"),
            irr("negated", "statement", "did not say", at="did not say whether new sanctions", p=["European Union"],
                agent="European Union"),
            irr("hypothetical", "sanction", "sanctions", at="new sanctions were planned", p=["European Union",
                "Cambodia"], agent="European Union", target="Cambodia"),
        ],
        "people": ["Chea Sophal", "Chin Malin", "Hun Sen", "Sam Rainsy"],
        "places": ["Phnom Penh", "Cambodia", "France", "United States", "Paris"],
        "organizations": ["Facebook", "Phnom Penh Municipal Court", "United Nations", "European Union"],
    },
    {
        "id": "hnp11", "published": "2022-03-10",
        "paragraphs": [
            ["Jordan's king urges calm at Al-Aqsa in call with Israel's Herzog"],
            ["AMMAN (Reuters) - King Abdullah spoke by telephone with Israeli President Isaac Herzog on Wednesday and "
             "urged Israel to prevent any steps that could inflame tensions at Jerusalem's Al-Aqsa mosque during the "
             "holy month of Ramadan, the royal court said."],
            ["It was the first conversation between the two men since Herzog took office in July.",
             "The king told him that Jordan, the custodian of Muslim and Christian holy sites in the city, would not "
             "accept new restrictions on worshippers at the compound, according to the palace statement."],
            ["Herzog's office said the two leaders had also discussed regional security and that the president had "
             "accepted an invitation to visit Amman later this month."],
            ["Jordanian officials, speaking on condition of anonymity, said Abdullah was also ready to meet Prime "
             "Minister Naftali Bennett before the fasting month begins, though no date had been set."],
            ["Israeli police clashed with Palestinian worshippers at the compound last year, and the violence helped "
             "trigger an 11-day war between Israel and Hamas in Gaza that killed more than 250 people.",
             "Bennett's office declined to comment on Wednesday's call, and Hamas did not respond to it."],
        ],
        "events": [
            ev("statement", "urges", p=["Abdullah II"], agent="Abdullah II"),
            ev("call", "call", at="in call with Israel's Herzog", p=["Abdullah II", "Isaac Herzog"],
               agent="Abdullah II",
               target="Isaac Herzog", date="2022-03-09", dt="on Wednesday"),
            ev("statement", "urged", at="urged Israel to prevent", p=["Abdullah II", "Israel"], agent="Abdullah II",
               target="Israel"),
            ev("statement", "said", at="the royal court said", p=["Abdullah II"], agent="Abdullah II"),
            ev("statement", "told", at="The king told him", p=["Abdullah II", "Isaac Herzog"], agent="Abdullah II",
               target="Isaac Herzog"),
            ev("statement", "according to", at="according to the palace statement", p=["Abdullah II"],
               agent="Abdullah II"),
            ev("statement", "said", at="Herzog's office said", p=["Isaac Herzog"], agent="Isaac Herzog"),
            ev("statement", "accepted", at="had accepted an invitation", p=["Isaac Herzog"], agent="Isaac Herzog"),
            ev("statement", "said", at="Jordanian officials, speaking", p=["Jordan"], agent="Jordan"),
            ev("attack", "clashed", at="Israeli police clashed", p=["Israel Police"], agent="Israel Police",
               target="Palestinian worshippers", loc="Jerusalem", date="2021", dt="last year"),
            ev("attack", "war", at="an 11-day war between Israel and Hamas", p=["Israel", "Hamas"], loc="Gaza",
               killed=250),
            ev("death", "killed", at="killed more than 250 people", killed=250),
        ],
        "irrealis": [
            irr("negated", "statement", "accept", at="would not accept new restrictions", p=["Jordan"], agent="Jordan"),
            irr("planned", "visit", "visit", at="invitation to visit Amman", p=["Isaac Herzog", "Jordan"],
                agent="Isaac Herzog", target="Jordan", loc="Amman, Jordan", date="2022-03", dt="later this month"),
            irr("hypothetical", "meeting", "meet", at="ready to meet Prime", p=["Abdullah II", "Naftali Bennett"],
                agent="Abdullah II", target="Naftali Bennett"),
            irr("negated", "statement", "comment", at="declined to comment on Wednesday's call", p=["Naftali Bennett"],
                agent="Naftali Bennett"),
            irr("negated", "statement", "did not respond", at="Hamas did not respond", p=["Hamas"], agent="Hamas"),
        ],
        "people": ["Abdullah II", "Isaac Herzog", "Naftali Bennett"],
        "places": ["Amman", "Jerusalem", "Al-Aqsa", "Jordan", "Israel", "Gaza"],
        "organizations": ["Israel Police", "Hamas"],
    },
    {
        "id": "hnp12", "published": "2022-12-14",
        "paragraphs": [
            ["Vanuatu and Australia sign security pact as China courts the Pacific"],
            ["PORT VILA, Vanuatu (AP) — Vanuatu signed a security agreement with Australia on Tuesday that covers "
             "policing, disaster relief and cyber defence, during a two-day visit to the island nation by Australian "
             "Foreign Minister Penny Wong."],
            ["Prime Minister Ishmael Kalsakau said the pact would leave Vanuatu free to work with other partners.",
             "\"We are friends to all and enemies to none,\" he told reporters after the ceremony at parliament "
             "house."],
            ["Wong, who met Kalsakau and opposition leader Bob Loughman on Tuesday afternoon, said Australia would "
             "fund 40 new police posts and a patrol boat base on Santo island over four years."],
            ["China, which built Vanuatu's parliament and a new presidential palace, has offered to sign a policing "
             "deal of its own, and a Chinese embassy spokesman said on Wednesday that Beijing respected the choices "
             "of Pacific nations.",
             "Solomon Islands, which signed a security pact with China in April, has refused to say whether Chinese "
             "police will be allowed to carry weapons there."],
            ["Some lawmakers in Port Vila have questioned whether parliament must ratify the agreement, and Loughman "
             "said his party would not vote for it unless the full text was published first."],
        ],
        "events": [
            ev("agreement", "sign", at="Vanuatu and Australia sign", p=["Vanuatu", "Australia"],
               loc="Port Vila, Vanuatu", date="2022-12-13", dt="on Tuesday"),
            ev("visit", "visit", at="two-day visit to the island", p=["Penny Wong", "Vanuatu"], agent="Penny Wong",
               target="Vanuatu", loc="Port Vila, Vanuatu"),
            ev("statement", "said", at="Ishmael Kalsakau said", p=["Ishmael Kalsakau"], agent="Ishmael Kalsakau"),
            ev("statement", "told", at="he told reporters after", p=["Ishmael Kalsakau"], agent="Ishmael Kalsakau"),
            ev("meeting", "met", at="who met Kalsakau", p=["Penny Wong", "Ishmael Kalsakau", "Bob Loughman"],
               agent="Penny Wong", target="Ishmael Kalsakau", loc="Port Vila, Vanuatu", date="2022-12-13",
               dt="on Tuesday afternoon"),
            ev("statement", "said", at="said Australia would fund", p=["Penny Wong"], agent="Penny Wong"),
            ev("statement", "has offered", p=["China"], agent="China"),
            ev("statement", "said", at="embassy spokesman said", p=["China"], agent="China", date="2022-12-14",
               dt="on Wednesday"),
            ev("agreement", "signed", at="which signed a security pact with China", p=["Solomon Islands", "China"],
               date="2022-04", dt="in April"),
            ev("statement", "have questioned"),
            ev("statement", "said", at="Loughman said his party", p=["Bob Loughman"], agent="Bob Loughman"),
        ],
        "irrealis": [
            irr("planned", "funding", "fund", at="Australia would fund", p=["Australia"], agent="Australia"),
            irr("planned", "agreement", "sign", at="offered to sign a policing", p=["China", "Vanuatu"], agent="China",
                target="Vanuatu"),
            irr("negated", "statement", "say", at="has refused to say", p=["Solomon Islands"], agent="Solomon Islands"),
            irr("hypothetical", "permission", "allowed", at="will be allowed to carry", p=["Solomon Islands"]),
            irr("hypothetical", "ratification", "ratify", p=["Parliament of Vanuatu"], agent="Parliament of Vanuatu"),
            irr("hypothetical", "vote", "vote", at="would not vote for it", p=["Bob Loughman"], agent="Bob Loughman"),
        ],
        "people": ["Penny Wong", "Ishmael Kalsakau", "Bob Loughman"],
        "places": ["Port Vila", "Vanuatu", "Australia", "Santo", "China", "Beijing", "Solomon Islands", "Pacific"],
        "organizations": [],
    },
    {
        "id": "hnp13", "published": "2023-01-19",
        "paragraphs": [
            ["Car bomb hits separatist convoy in Aden, four guards dead"],
            ["ADEN, Yemen (Reuters) - A car packed with explosives blew up beside a convoy carrying a senior commander "
             "of the separatist Southern Transitional Council in Aden on Wednesday morning, killing four of his "
             "guards and wounding nine passers-by, security officials said."],
            ["The commander, Brigadier Saleh al-Sayed, escaped unhurt and was taken to a military base, the council's "
             "spokesman Ali al-Kathiri said in a post on Twitter."],
            ["No group had claimed responsibility by Thursday, but al-Kathiri blamed al Qaeda in the Arabian "
             "Peninsula, which remains active in the south.",
             "He said the council's forces would hunt down those behind the attack and would not let the militants "
             "return to Abyan province."],
            ["The blast came a day after Saudi and Omani mediators ended a round of talks with Houthi officials in "
             "Muscat without announcing a deal on extending a truce that expired in October.",
             "A Saudi official said the talks would resume next month and that a prisoner exchange was still "
             "possible."],
            ["The Houthis did not comment on the Aden bombing.",
             "Yemen's Presidential Leadership Council, in which the separatists hold three of eight seats, condemned "
             "the attack and called for an investigation."],
        ],
        "events": [
            ev("attack", "Car bomb", p=["Aden"], target="separatist convoy", loc="Aden, Yemen", date="2023-01-18",
               dt="on Wednesday morning", killed=4, injured=9),
            ev("death", "dead", at="four guards dead", date="2023-01-18", dt="on Wednesday morning", killed=4),
            ev("injury", "wounding", at="wounding nine", date="2023-01-18", dt="on Wednesday morning", injured=9),
            ev("statement", "said", at="security officials said"),
            ev("statement", "said", at="Ali al-Kathiri said", p=["Ali al-Kathiri"], agent="Ali al-Kathiri"),
            ev("statement", "blamed", p=["Ali al-Kathiri", "al Qaeda in the Arabian Peninsula"],
               agent="Ali al-Kathiri", target="al Qaeda in the Arabian Peninsula"),
            ev("statement", "said", at="He said the council's forces", p=["Ali al-Kathiri"], agent="Ali al-Kathiri"),
            ev("meeting", "talks", at="ended a round of talks", p=["Saudi Arabia", "Oman", "Houthis"],
               loc="Muscat, Oman"),
            ev("agreement", "truce", at="extending a truce", p=["Saudi Arabia", "Houthis"]),
            ev("statement", "said", at="A Saudi official said", p=["Saudi Arabia"], agent="Saudi Arabia"),
            ev("statement", "condemned", p=["Presidential Leadership Council"],
               agent="Presidential Leadership Council"),
            ev("statement", "called for", p=["Presidential Leadership Council"],
               agent="Presidential Leadership Council"),
        ],
        "irrealis": [
            irr("negated", "statement", "claimed", at="No group had claimed", date="2023-01-19", dt="by Thursday"),
            irr("planned", "operation", "hunt down", p=["Southern Transitional Council"],
                agent="Southern Transitional Council"),
            irr("negated", "permission", "let", at="would not let the militants", p=["Southern Transitional Council"],
                agent="Southern Transitional Council"),
            irr("negated", "agreement", "deal", at="without announcing a deal", p=["Saudi Arabia", "Houthis"]),
            irr("planned", "meeting", "resume", at="talks would resume", p=["Saudi Arabia", "Houthis"],
                date="2023-02", dt="next month"),
            irr("hypothetical", "exchange", "prisoner exchange", p=["Saudi Arabia", "Houthis"]),
            irr("negated", "statement", "did not comment", p=["Houthis"], agent="Houthis"),
            irr("planned", "investigation", "investigation", at="called for an investigation",
                p=["Presidential Leadership Council"]),
        ],
        "people": ["Saleh al-Sayed", "Ali al-Kathiri"],
        "places": ["Aden", "Yemen", "Abyan", "Muscat"],
        "organizations": ["Southern Transitional Council", "Twitter", "al Qaeda in the Arabian Peninsula", "Houthis",
                          "Presidential Leadership Council"],
    },
    {
        "id": "hnp14", "published": "2023-06-08",
        "paragraphs": [
            ["Kuwaiti opposition wins majority in third parliamentary vote since 2020"],
            ["KUWAIT CITY (AP) — Opposition candidates won 29 of the 50 seats in Kuwait's National Assembly in "
             "Tuesday's election, results showed on Wednesday, in a vote that many Kuwaitis hope will end years of "
             "feuding between parliament and the government."],
            ["Turnout was about 51 percent, the Information Ministry said.",
             "Former speaker Ahmed al-Saadoun, 88, who topped the poll in his district, told supporters on Wednesday "
             "night that he would seek to return to the speaker's chair when the assembly first sits on June 20."],
            ["Emir Sheikh Nawaf al-Ahmad al-Sabah dissolved the previous parliament in May after the Constitutional "
             "Court annulled the results of last year's election and reinstated the assembly elected in 2020."],
            ["Crown Prince Sheikh Mishal al-Ahmad al-Sabah is expected to reappoint Prime Minister Sheikh Ahmad Nawaf "
             "al-Sabah within days, a government official said, though opposition lawmakers have not said whether "
             "they would back his cabinet."],
            ["Several newly elected members said they would not cooperate with any minister facing corruption "
             "inquiries, and one of them, Hamad al-Matar, called for an amnesty for dissidents living abroad.",
             "The cabinet did not respond to his remarks."],
        ],
        "events": [
            ev("election", "wins", at="Kuwaiti opposition wins majority", target="National Assembly of Kuwait",
               loc="Kuwait", date="2023-06-06", dt="Tuesday's"),
            ev("statement", "showed", at="results showed on Wednesday", date="2023-06-07", dt="on Wednesday"),
            ev("statement", "said", at="the Information Ministry said", p=["Kuwait"], agent="Kuwait"),
            ev("statement", "told", at="told supporters on Wednesday", p=["Ahmed al-Saadoun"], agent="Ahmed al-Saadoun",
               date="2023-06-07", dt="on Wednesday night"),
            ev("dissolution", "dissolved", p=["Nawaf al-Ahmad al-Sabah", "National Assembly of Kuwait"],
               agent="Nawaf al-Ahmad al-Sabah", target="National Assembly of Kuwait", date="2023-05", dt="in May"),
            ev("ruling", "annulled", p=["Constitutional Court of Kuwait"], agent="Constitutional Court of Kuwait"),
            ev("election", "election", at="results of last year's election", target="National Assembly of Kuwait",
               loc="Kuwait", date="2022", dt="last year's"),
            ev("election", "elected", at="assembly elected in 2020", target="National Assembly of Kuwait",
               loc="Kuwait", date="2020", dt="in 2020"),
            ev("statement", "said", at="a government official said", p=["Kuwait"], agent="Kuwait"),
            ev("statement", "said", at="members said they would not"),
            ev("statement", "called for", p=["Hamad al-Matar"], agent="Hamad al-Matar"),
        ],
        "irrealis": [
            irr("planned", "election", "seek", at="he would seek to return", p=["Ahmed al-Saadoun"],
                agent="Ahmed al-Saadoun", target="Speaker of the National Assembly of Kuwait"),
            irr("planned", "session", "sits", at="assembly first sits", p=["National Assembly of Kuwait"],
                date="2023-06-20", dt="on June 20"),
            irr("planned", "appointment", "reappoint", p=["Mishal al-Ahmad al-Sabah", "Ahmad Nawaf al-Sabah"],
                agent="Mishal al-Ahmad al-Sabah", target="Ahmad Nawaf al-Sabah"),
            irr("negated", "statement", "have not said", at="lawmakers have not said"),
            irr("hypothetical", "support", "back", at="would back his cabinet"),
            irr("negated", "cooperation", "cooperate", at="would not cooperate"),
            irr("planned", "amnesty", "amnesty", at="called for an amnesty", p=["Hamad al-Matar"]),
            irr("negated", "statement", "did not respond", at="cabinet did not respond", p=["Cabinet of Kuwait"],
                agent="Cabinet of Kuwait"),
        ],
        "people": ["Ahmed al-Saadoun", "Nawaf al-Ahmad al-Sabah", "Mishal al-Ahmad al-Sabah", "Ahmad Nawaf al-Sabah",
                   "Hamad al-Matar"],
        "places": ["Kuwait City", "Kuwait"],
        "organizations": ["National Assembly of Kuwait", "Constitutional Court of Kuwait"],
    },
    {
        "id": "hnp15", "published": "2023-06-17",
        "paragraphs": [
            ["Greek coast guard arrests nine Egyptians over deadly migrant shipwreck"],
            ["ATHENS, Greece (AP) — Greek authorities arrested nine Egyptian men on Thursday on suspicion of smuggling "
             "the hundreds of migrants who were crammed aboard a fishing boat that capsized and sank off the "
             "southern coast, the coast guard said."],
            ["The men, aged 20 to 40, appeared before a prosecutor in Kalamata on Friday and were charged with "
             "manslaughter, people smuggling and causing a shipwreck.",
             "Their lawyers said the nine denied the charges and would apply for bail."],
            ["Seventy-eight bodies have been recovered and 104 people were rescued, but survivors told aid workers "
             "that "
             "as many as 500 others, including children, had been locked in the hold.",
             "\"Nobody came to help us for hours,\" one Syrian survivor said in Kalamata."],
            ["The coast guard has denied that its patrol boat tried to tow the trawler before it overturned, and said "
             "on Saturday that the passengers had turned down help because they wanted to reach Italy."],
            ["Greece's caretaker government declared three days of mourning, and the European Commission said it "
             "would not comment on the rescue until an inquiry was complete.",
             "Hundreds of people marched in Athens on Thursday night to protest against the European Union's "
             "migration policies."],
        ],
        "events": [
            ev("arrest", "arrests", at="coast guard arrests nine", p=["Hellenic Coast Guard"],
               agent="Hellenic Coast Guard", loc="Greece", date="2023-06-15", dt="on Thursday"),
            ev("statement", "said", at="the coast guard said", p=["Hellenic Coast Guard"],
               agent="Hellenic Coast Guard"),
            ev("charge", "charged", at="were charged with", loc="Kalamata, Greece", date="2023-06-16", dt="on Friday"),
            ev("statement", "said", at="Their lawyers said"),
            ev("statement", "denied", at="the nine denied the charges"),
            ev("death", "bodies", at="Seventy-eight bodies", killed=78),
            ev("statement", "told", at="survivors told aid workers"),
            ev("statement", "said", at="one Syrian survivor said"),
            ev("statement", "has denied", p=["Hellenic Coast Guard"], agent="Hellenic Coast Guard"),
            ev("statement", "said", at="said on Saturday that the passengers", p=["Hellenic Coast Guard"],
               agent="Hellenic Coast Guard", date="2023-06-17", dt="on Saturday"),
            ev("statement", "declared", at="declared three days of mourning", p=["Greece"], agent="Greece"),
            ev("statement", "said", at="European Commission said", p=["European Commission"],
               agent="European Commission"),
            ev("protest", "marched", at="Hundreds of people marched", loc="Athens, Greece", date="2023-06-15",
               dt="on Thursday night"),
        ],
        "irrealis": [
            irr("planned", "bail", "apply for bail"),
            irr("negated", "towing", "tow", at="tried to tow", p=["Hellenic Coast Guard"],
                agent="Hellenic Coast Guard"),
            irr("negated", "assistance", "help", at="turned down help"),
            irr("planned", "travel", "reach", at="wanted to reach Italy", loc="Italy"),
            irr("negated", "statement", "comment", at="would not comment on the rescue", p=["European Commission"],
                agent="European Commission"),
            irr("planned", "investigation", "inquiry", at="until an inquiry was complete"),
        ],
        "people": [],
        "places": ["Athens", "Greece", "Kalamata", "Italy"],
        "organizations": ["Hellenic Coast Guard", "European Commission", "European Union"],
    },
    {
        "id": "hnp16", "published": "2024-02-21",
        "paragraphs": [
            ["Spain's Alcorza buys Portuguese wind firm Ventos do Minho for 640 million euros"],
            ["MADRID (Reuters) - Spanish builder Grupo Alcorza is buying Portuguese wind farm operator Ventos do Minho "
             "from two private equity funds for 640 million euros ($692 million), including debt, as it shifts away "
             "from construction, it said on Tuesday."],
            ["The deal, which values Ventos do Minho at about 11 times its core earnings, should be completed "
             "between July and December once competition authorities in Lisbon and Brussels have cleared it, Alcorza "
             "chief executive Marta Ibarrola told reporters."],
            ["\"We will not stop at Portugal,\" Ibarrola said, adding that Alcorza was studying bids for solar assets "
             "in Italy and Greece but had not yet made any offer.",
             "She did not say how the company would pay for the purchase."],
            ["Alcorza shares rose 4.2% in Madrid trading.",
             "Analysts at Banco Sabadell said the price was fair, while a spokesman for the sellers, Lusitania Capital "
             "and Nordhavn Partners, declined to comment beyond a brief statement confirming the sale."],
            ["Portugal's Environment Minister Duarte Cordeiro said on Wednesday that Lisbon had no intention of "
             "blocking the takeover, provided the 300 jobs at the company's Braga headquarters were kept.",
             "He is due to meet Ibarrola in Lisbon next week."],
        ],
        "events": [
            ev("acquisition", "buys", at="Alcorza buys Portuguese wind firm", p=["Grupo Alcorza", "Ventos do Minho"],
               agent="Grupo Alcorza", target="Ventos do Minho", amount=(640000000, "EUR")),
            ev("statement", "said", at="it said on Tuesday", p=["Grupo Alcorza"], agent="Grupo Alcorza",
               date="2024-02-20", dt="on Tuesday"),
            ev("statement", "told", at="Marta Ibarrola told reporters", p=["Marta Ibarrola"], agent="Marta Ibarrola"),
            ev("statement", "said", at="Ibarrola said, adding", p=["Marta Ibarrola"], agent="Marta Ibarrola"),
            ev("statement", "adding", at="adding that Alcorza was studying", p=["Marta Ibarrola"],
               agent="Marta Ibarrola"),
            ev("statement", "said", at="Banco Sabadell said", p=["Banco Sabadell"], agent="Banco Sabadell"),
            ev("statement", "confirming", at="statement confirming the sale", p=["Lusitania Capital",
               "Nordhavn Partners"], agent="Lusitania Capital"),
            ev("statement", "said", at="Duarte Cordeiro said", p=["Duarte Cordeiro"], agent="Duarte Cordeiro",
               date="2024-02-21", dt="on Wednesday"),
        ],
        "irrealis": [
            irr("planned", "completion", "completed", at="should be completed", p=["Grupo Alcorza"]),
            irr("planned", "approval", "cleared", at="have cleared it", loc="Lisbon, Portugal"),
            irr("hypothetical", "acquisition", "bids", at="studying bids for solar assets", p=["Grupo Alcorza"],
                agent="Grupo Alcorza", target="solar assets"),
            irr("negated", "bid", "offer", at="had not yet made any offer", p=["Grupo Alcorza"],
                agent="Grupo Alcorza"),
            irr("negated", "statement", "did not say", at="She did not say", p=["Marta Ibarrola"],
                agent="Marta Ibarrola"),
            irr("hypothetical", "payment", "pay", at="would pay for the purchase", p=["Grupo Alcorza"],
                agent="Grupo Alcorza"),
            irr("negated", "statement", "comment", at="declined to comment beyond", p=["Lusitania Capital",
                "Nordhavn Partners"], agent="Lusitania Capital"),
            irr("negated", "blocking", "blocking", at="no intention of", p=["Portugal"], agent="Portugal"),
            irr("planned", "meeting", "meet", at="due to meet Ibarrola", p=["Duarte Cordeiro", "Marta Ibarrola"],
                agent="Duarte Cordeiro", target="Marta Ibarrola", loc="Lisbon, Portugal", date="2024-W09",
                dt="next week"),
        ],
        "people": ["Marta Ibarrola", "Duarte Cordeiro"],
        "places": ["Madrid", "Lisbon", "Brussels", "Portugal", "Italy", "Greece", "Braga"],
        "organizations": ["Grupo Alcorza", "Ventos do Minho", "Banco Sabadell", "Lusitania Capital",
                          "Nordhavn Partners"],
    },
    {
        "id": "hnp17", "published": "2024-05-16",
        "paragraphs": [
            ["US sanctions two Sudanese paramilitary commanders over El Fasher offensive"],
            ["CAIRO (AP) — Washington on Wednesday imposed sanctions on two commanders of Sudan's Rapid Support "
             "Forces, accusing them of leading an assault on the besieged city of El Fasher that has killed at least "
             "58 civilians this month."],
            ["The U.S. Treasury Department said Ali Yagoub Gibril and Osman Mohamed Hamid would be barred from the "
             "U.S. "
             "financial system and that any of their assets in American banks would be frozen.",
             "Neither man could be reached, and an RSF adviser in Nairobi dismissed the measures as political."],
            ["U.N. officials said fighting around El Fasher, the last city in Darfur still held by the army, had "
             "forced "
             "40,000 people to flee since Friday, and Doctors Without Borders said its hospital there had received "
             "450 wounded."],
            ["Egypt, which hosted talks between Sudanese civilian groups in Cairo earlier this year, said it was ready "
             "to host direct negotiations between army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan "
             "Dagalo.",
             "Neither side has accepted the offer, and the army said on Thursday it would not sit down with a force "
             "that was shelling civilians."],
            ["Washington has already sanctioned Dagalo's brother Abdelrahim, and a State Department spokesman said "
             "further measures against both warring parties were possible if the siege was not lifted."],
        ],
        "events": [
            ev("sanction", "sanctions", at="US sanctions two Sudanese", p=["United States", "Ali Yagoub Gibril",
               "Osman Mohamed Hamid"], agent="United States", target="Ali Yagoub Gibril", date="2024-05-15",
               dt="on Wednesday"),
            ev("statement", "accusing", p=["United States", "Ali Yagoub Gibril", "Osman Mohamed Hamid"],
               agent="United States", target="Ali Yagoub Gibril"),
            ev("attack", "offensive", at="over El Fasher offensive", p=["Rapid Support Forces", "El Fasher"],
               agent="Rapid Support Forces", target="El Fasher", loc="El Fasher, Sudan", date="2024-05",
               dt="this month", killed=58, injured=450),
            ev("death", "killed", at="has killed at least 58", date="2024-05", dt="this month", killed=58),
            ev("statement", "said", at="Treasury Department said", p=["United States"], agent="United States"),
            ev("statement", "dismissed", p=["Rapid Support Forces"], agent="Rapid Support Forces"),
            ev("statement", "said", at="U.N. officials said", p=["United Nations"], agent="United Nations"),
            ev("statement", "said", at="Doctors Without Borders said", p=["Doctors Without Borders"],
               agent="Doctors Without Borders"),
            ev("injury", "wounded", at="450 wounded", injured=450),
            ev("meeting", "talks", at="hosted talks between Sudanese civilian", p=["Egypt"], agent="Egypt",
               loc="Cairo, Egypt", date="2024", dt="earlier this year"),
            ev("statement", "said", at="said it was ready to host", p=["Egypt"], agent="Egypt"),
            ev("statement", "said", at="the army said on Thursday", p=["Sudanese army"], agent="Sudanese army",
               date="2024-05-16", dt="on Thursday"),
            ev("sanction", "sanctioned", at="has already sanctioned", p=["United States", "Abdelrahim Hamdan Dagalo"],
               agent="United States", target="Abdelrahim Hamdan Dagalo"),
            ev("statement", "said", at="State Department spokesman said", p=["United States"], agent="United States"),
        ],
        "irrealis": [
            irr("planned", "ban", "barred", at="would be barred", p=["United States"], agent="United States"),
            irr("planned", "freeze", "frozen", at="would be frozen", p=["United States"], agent="United States"),
            irr("negated", "statement", "could be reached", at="Neither man could be reached",
                p=["Ali Yagoub Gibril", "Osman Mohamed Hamid"]),
            irr("hypothetical", "meeting", "negotiations", at="host direct negotiations", p=["Abdel Fattah al-Burhan",
                "Mohamed Hamdan Dagalo"], agent="Abdel Fattah al-Burhan", target="Mohamed Hamdan Dagalo"),
            irr("negated", "statement", "accepted", at="Neither side has accepted"),
            irr("negated", "meeting", "sit down", at="would not sit down", p=["Sudanese army", "Rapid Support Forces"],
                agent="Sudanese army", target="Rapid Support Forces"),
            irr("hypothetical", "sanction", "measures", at="further measures against both", p=["United States"],
                agent="United States"),
            irr("hypothetical", "withdrawal", "lifted", at="siege was not lifted", p=["Rapid Support Forces"]),
        ],
        "people": ["Ali Yagoub Gibril", "Osman Mohamed Hamid", "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo",
                   "Abdelrahim Hamdan Dagalo"],
        "places": ["Cairo", "Sudan", "El Fasher", "Nairobi", "Darfur", "Egypt", "Washington"],
        "organizations": ["Rapid Support Forces", "United Nations", "Doctors Without Borders"],
    },
    {
        "id": "hnp18", "published": "2025-10-06",
        "paragraphs": [
            ["Czech billionaire Babis wins election, seeks partners for minority cabinet"],
            ["PRAGUE (Reuters) - Andrej Babis, the billionaire former prime minister, began talks with two smaller "
             "parties on Monday about forming a government after his ANO movement won 35% of the vote in a two-day "
             "election that ended on Saturday."],
            ["President Petr Pavel met Babis at Prague Castle on Sunday and said he would ask him to form a cabinet "
             "only once he could show a majority in the 200-seat lower house and had settled a conflict of interest "
             "over his farming empire."],
            ["\"We will not join any coalition with the parties that governed for the past four years,\" Babis told a "
             "news conference on Monday evening, adding that he would keep his pledge to cut energy prices."],
            ["The far-right Freedom and Direct Democracy party of Tomio Okamura and the Motorists for Themselves said "
             "they were ready to back an ANO-led cabinet, but both demanded ministries in return.",
             "Outgoing Prime Minister Petr Fiala conceded defeat on Saturday night and congratulated Babis, but he "
             "warned that a Babis government would weaken Prague's support for Ukraine."],
            ["Babis has denied wrongdoing in a fraud case over European Union subsidies, and a Prague court is due to "
             "rule on whether the case can resume now that parliament has lifted his immunity.",
             "The European Commission declined to comment on the result."],
        ],
        "events": [
            ev("election", "wins", at="Babis wins election", p=["Andrej Babis", "Petr Fiala"], agent="Andrej Babis",
               target="Chamber of Deputies", loc="Czech Republic", date="2025-10-04", dt="on Saturday"),
            ev("meeting", "talks", at="began talks with two smaller", p=["Andrej Babis", "Freedom and Direct Democracy",
               "Motorists for Themselves"], agent="Andrej Babis", date="2025-10-06", dt="on Monday"),
            ev("meeting", "met", at="Petr Pavel met Babis", p=["Petr Pavel", "Andrej Babis"], agent="Petr Pavel",
               target="Andrej Babis", loc="Prague, Czech Republic", date="2025-10-05", dt="on Sunday"),
            ev("statement", "said", at="said he would ask him", p=["Petr Pavel"], agent="Petr Pavel"),
            ev("statement", "told", at="Babis told a", p=["Andrej Babis"], agent="Andrej Babis", date="2025-10-06",
               dt="on Monday evening"),
            ev("statement", "adding", at="adding that he would keep", p=["Andrej Babis"], agent="Andrej Babis"),
            ev("statement", "said", at="Motorists for Themselves said", p=["Freedom and Direct Democracy",
               "Motorists for Themselves"], agent="Freedom and Direct Democracy"),
            ev("statement", "demanded", at="both demanded ministries", p=["Freedom and Direct Democracy",
               "Motorists for Themselves"], agent="Freedom and Direct Democracy"),
            ev("statement", "conceded", p=["Petr Fiala"], agent="Petr Fiala", date="2025-10-04",
               dt="on Saturday night"),
            ev("statement", "congratulated", p=["Petr Fiala", "Andrej Babis"], agent="Petr Fiala",
               target="Andrej Babis"),
            ev("statement", "warned", at="he warned that a Babis", p=["Petr Fiala"], agent="Petr Fiala"),
            ev("statement", "has denied", p=["Andrej Babis"], agent="Andrej Babis"),
        ],
        "irrealis": [
            irr("planned", "formation", "forming", at="about forming a government", p=["Andrej Babis"],
                agent="Andrej Babis"),
            irr("hypothetical", "statement", "ask", at="he would ask him", p=["Petr Pavel", "Andrej Babis"],
                agent="Petr Pavel", target="Andrej Babis"),
            irr("negated", "coalition", "join", at="will not join any coalition", p=["ANO"], agent="ANO"),
            irr("planned", "cut", "cut", at="pledge to cut energy prices", p=["Andrej Babis"], agent="Andrej Babis"),
            irr("hypothetical", "support", "back", at="ready to back an ANO-led", p=["Freedom and Direct Democracy",
                "Motorists for Themselves"]),
            irr("planned", "ruling", "rule", at="court is due to rule", p=["Prague Municipal Court"],
                agent="Prague Municipal Court"),
            irr("hypothetical", "trial", "resume", at="the case can resume", p=["Andrej Babis"]),
            irr("negated", "statement", "comment", at="declined to comment on the result", p=["European Commission"],
                agent="European Commission"),
        ],
        "people": ["Andrej Babis", "Petr Pavel", "Tomio Okamura", "Petr Fiala"],
        "places": ["Prague", "Prague Castle", "Ukraine"],
        "organizations": ["ANO", "Freedom and Direct Democracy", "Motorists for Themselves", "European Union",
                          "European Commission"],
    },
    {
        "id": "hnp19", "published": "2025-07-17",
        "paragraphs": [
            ["Liberian police arrest 34 as fuel price protest shuts Monrovia"],
            ["MONROVIA, Liberia (AP) — Police in Liberia's capital arrested 34 people on Wednesday when crowds of "
             "protesters blocked roads with burning tyres to demand that President Joseph Boakai reverse a 20% rise "
             "in fuel prices."],
            ["Shops, schools and banks in central Monrovia stayed shut, and a police spokesman, Moses Carter, said "
             "several officers had been hurt by stones.",
             "He said those arrested would be charged with arson and disorderly conduct."],
            ["\"We are not against the government, we are against hunger,\" said Fatu Kollie, a market trader who "
             "joined the march on Tubman Boulevard.",
             "Organisers from the Coalition for Economic Justice said they would hold a second demonstration on "
             "Monday unless the price rise was withdrawn."],
            ["Boakai, who defeated George Weah in the 2023 presidential runoff, said in a radio address on Wednesday "
             "night that the increase was needed to repay fuel import debts and that he would not be pushed into "
             "reversing it.",
             "Information Minister Jerolinmek Piah said the government had invited the organisers to talks at the "
             "Executive Mansion but that they had refused to come."],
            ["The U.S. Embassy urged calm and said it was monitoring the situation, while the ECOWAS commission said "
             "it had no plans to send mediators.",
             "Weah's Congress for Democratic Change did not comment."],
        ],
        "events": [
            ev("arrest", "arrest", at="Liberian police arrest 34", p=["Liberia National Police"],
               agent="Liberia National Police", loc="Monrovia, Liberia", date="2025-07-16", dt="on Wednesday"),
            ev("protest", "protest", at="fuel price protest", p=["Joseph Boakai"], target="Joseph Boakai",
               loc="Monrovia, Liberia", date="2025-07-16", dt="on Wednesday"),
            ev("statement", "said", at="Moses Carter, said", p=["Moses Carter"], agent="Moses Carter"),
            ev("injury", "hurt", at="officers had been hurt", loc="Monrovia, Liberia"),
            ev("statement", "said", at="He said those arrested", p=["Moses Carter"], agent="Moses Carter"),
            ev("statement", "said", at="said Fatu Kollie", p=["Fatu Kollie"], agent="Fatu Kollie"),
            ev("statement", "said", at="Coalition for Economic Justice said", p=["Coalition for Economic Justice"],
               agent="Coalition for Economic Justice"),
            ev("election", "defeated", p=["Joseph Boakai", "George Weah"], agent="Joseph Boakai",
               target="President of Liberia", loc="Liberia", date="2023", dt="2023"),
            ev("statement", "said", at="said in a radio address", p=["Joseph Boakai"], agent="Joseph Boakai",
               date="2025-07-16", dt="on Wednesday night"),
            ev("statement", "said", at="Jerolinmek Piah said", p=["Jerolinmek Piah"], agent="Jerolinmek Piah"),
            ev("invitation", "invited", p=["Liberia", "Coalition for Economic Justice"], agent="Liberia",
               target="Coalition for Economic Justice"),
            ev("statement", "urged", at="Embassy urged calm", p=["United States"], agent="United States"),
            ev("statement", "said", at="said it was monitoring", p=["United States"], agent="United States"),
            ev("statement", "said", at="ECOWAS commission said", p=["ECOWAS"], agent="ECOWAS"),
        ],
        "irrealis": [
            irr("planned", "reversal", "reverse", at="Boakai reverse a 20% rise", p=["Joseph Boakai"],
                agent="Joseph Boakai"),
            irr("planned", "charge", "charged", at="would be charged with arson", p=["Liberia National Police"]),
            irr("hypothetical", "protest", "demonstration", at="second demonstration",
                p=["Coalition for Economic Justice"],
                agent="Coalition for Economic Justice", loc="Monrovia, Liberia", date="2025-07-21", dt="on Monday"),
            irr("negated", "reversal", "reversing", at="pushed into reversing", p=["Joseph Boakai"],
                agent="Joseph Boakai"),
            irr("planned", "meeting", "talks", at="organisers to talks", p=["Liberia",
                "Coalition for Economic Justice"],
                loc="Monrovia, Liberia"),
            irr("negated", "attendance", "come", at="refused to come", p=["Coalition for Economic Justice"],
                agent="Coalition for Economic Justice"),
            irr("negated", "deployment", "send", at="no plans to send mediators", p=["ECOWAS"], agent="ECOWAS"),
            irr("negated", "statement", "did not comment", at="Democratic Change did not comment",
                p=["Congress for Democratic Change"], agent="Congress for Democratic Change"),
        ],
        "people": ["Joseph Boakai", "Moses Carter", "Fatu Kollie", "George Weah", "Jerolinmek Piah"],
        "places": ["Monrovia", "Liberia", "Tubman Boulevard", "Executive Mansion"],
        "organizations": ["Coalition for Economic Justice", "ECOWAS", "Congress for Democratic Change"],
    },
    {
        "id": "hnp20", "published": "2026-02-11",
        "paragraphs": [
            ["Australia sanctions Myanmar officers as Prabowo visits Canberra"],
            ["CANBERRA, Australia (AP) — Australia imposed financial sanctions and travel bans on Tuesday on six "
             "Myanmar military officers it blamed for air strikes that killed at least 40 villagers in Sagaing region "
             "in January, Foreign Minister Penny Wong said."],
            ["The announcement came as Indonesian President Prabowo Subianto arrived for a two-day visit, his second "
             "to "
             "Australia since he took office in October 2024.",
             "Prabowo and Prime Minister Anthony Albanese held talks at Parliament House on Tuesday afternoon and "
             "signed a maritime security agreement, officials from both sides said."],
            ["\"Indonesia does not believe that sanctions alone will bring peace to Myanmar,\" Prabowo told a joint "
             "press conference, saying ASEAN would keep urging the junta to talk to its opponents."],
            ["Albanese said Australia would not ban imports of Myanmar gems for now but "
             "would consider further measures if the junta refused to let aid convoys into Sagaing.",
             "Myanmar's embassy in Canberra did not reply to emailed questions."],
            ["Prabowo is due to address a business forum in Sydney on Wednesday before flying to Wellington, where he "
             "will meet New Zealand Prime Minister Christopher Luxon on Thursday."],
        ],
        "events": [
            ev("sanction", "sanctions", at="Australia sanctions Myanmar officers", p=["Australia", "Myanmar"],
               agent="Australia", target="Myanmar", date="2026-02-10", dt="on Tuesday"),
            ev("visit", "visits", at="Prabowo visits Canberra", p=["Prabowo Subianto", "Australia"],
               agent="Prabowo Subianto", target="Australia", loc="Canberra, Australia"),
            ev("statement", "blamed", at="it blamed for air strikes", p=["Australia"], agent="Australia"),
            ev("attack", "air strikes", at="blamed for air strikes", p=["Sagaing"], agent="Myanmar",
               target="villagers in Sagaing region", loc="Sagaing, Myanmar", date="2026-01", dt="in January",
               killed=40),
            ev("death", "killed", at="killed at least 40 villagers", date="2026-01", dt="in January", killed=40),
            ev("statement", "said", at="Penny Wong said", p=["Penny Wong"], agent="Penny Wong"),
            ev("meeting", "talks", at="held talks at Parliament House", p=["Prabowo Subianto", "Anthony Albanese"],
               agent="Prabowo Subianto", target="Anthony Albanese", loc="Canberra, Australia", date="2026-02-10",
               dt="on Tuesday afternoon"),
            ev("agreement", "signed", at="signed a maritime security agreement", p=["Indonesia", "Australia"],
               loc="Canberra, Australia"),
            ev("statement", "said", at="officials from both sides said", p=["Indonesia", "Australia"]),
            ev("statement", "told", at="Prabowo told a joint", p=["Prabowo Subianto"], agent="Prabowo Subianto"),
            ev("statement", "saying", at="saying ASEAN would keep", p=["Prabowo Subianto"], agent="Prabowo Subianto"),
            ev("statement", "said", at="Albanese said Australia would not", p=["Anthony Albanese"],
               agent="Anthony Albanese"),
        ],
        "irrealis": [
            irr("planned", "statement", "urging", at="keep urging the junta", p=["ASEAN", "Myanmar"], agent="ASEAN",
                target="Myanmar"),
            irr("planned", "meeting", "talk", at="junta to talk to its opponents", p=["Myanmar"], agent="Myanmar"),
            irr("negated", "sanction", "ban", at="would not ban imports", p=["Australia", "Myanmar"],
                agent="Australia", target="Myanmar"),
            irr("hypothetical", "sanction", "measures", at="consider further measures", p=["Australia", "Myanmar"],
                agent="Australia", target="Myanmar"),
            irr("hypothetical", "permission", "let", at="refused to let aid convoys", p=["Myanmar"], agent="Myanmar"),
            irr("negated", "statement", "did not reply", p=["Myanmar"], agent="Myanmar"),
            irr("planned", "statement", "address", at="due to address a business forum", p=["Prabowo Subianto"],
                agent="Prabowo Subianto", loc="Sydney, Australia", date="2026-02-11", dt="on Wednesday"),
            irr("planned", "visit", "flying", at="flying to Wellington", p=["Prabowo Subianto", "New Zealand"],
                agent="Prabowo Subianto", target="New Zealand", loc="Wellington, New Zealand"),
            irr("planned", "meeting", "meet", at="will meet New Zealand", p=["Prabowo Subianto", "Christopher Luxon"],
                agent="Prabowo Subianto", target="Christopher Luxon", loc="Wellington, New Zealand",
                date="2026-02-12", dt="on Thursday"),
        ],
        "people": ["Penny Wong", "Prabowo Subianto", "Anthony Albanese", "Christopher Luxon"],
        "places": ["Canberra", "Australia", "Myanmar", "Sagaing", "Parliament House", "Indonesia",
                   "Sydney", "Wellington", "New Zealand"],
        "organizations": ["ASEAN"],
    },
]
