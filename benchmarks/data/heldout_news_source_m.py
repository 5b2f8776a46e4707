"""The thirteenth held-out news set, the test set of round l (the source of heldout-news-m.{in,gold}.jsonl).

Written and annotated during round l as its test: nobody develops a rule on this set, and the round's engineers do
not see it until it is merged. Every lead was written for it (never copied or paraphrased from ../shared/data, the
seed, examples/ or sets a-l; no topic of theirs taken one to one); real public figures appear in events that are
partly or wholly invented, the companies of the acquisition, sanctions, ruling and arrest leads are invented, and
the tolls, quotes and other people are invented. Annotated before kg was run on it, with the conventions of sets
a-l as the shared docstring of `heldout_news_source.py` states them after round k (news-dev's): one event per
real-world event at its first mention (a headline included), later mentions filling in its details; every
reporting verb its own statement, participial ones ("speaking", "arguing", "saying", "adding", "calling",
"accusing") included, a reporting noun that is the medium of a reporting verb ("said in a statement", "said in an
email", "said during a webcast") none of its own; a headline's reporting verb and the body's two statements;
"invited X to V" an `invitation` plus the planned V; a possessive voice ("Zaev's office said", "her office said",
"his spokesman said") its possessor; a national government or ministry that speaks its country; a news conference
no statement (the conference a `news_conference` event); participants as full canonical names; `date` only where a
date expression attaches to the event; casualties on attacks, with the deaths and injuries of their tolls;
negated, planned, hypothetical and requested (labelled planned) events in `irrealis`; an election won one election
event at the win (agent the winner, target the office); a parliament's vote a `vote`, a referendum a `referendum`.
Like sets h-l, this set is ordinary wire news in the wire's mix (attacks by gunmen and militants with tolls, border
shootings, phone calls, talks, summits and state visits, accords and memorandums, elections in Zambia, Lesotho and
the Dominican Republic, court rulings, purchases, arrests, sanctions, protests and visits), from regions sets h-l
have few or none of (the Caribbean, southern Africa, coastal West Africa, Mongolia, Laos and Bhutan, the Baltic
states and the Balkans' North Macedonia) and in other shapes: reporting verbs and frames beyond theirs ("played
down", "pressed", "summoned", "called on", "raised ... directly with", "has set a target", "wrote on Twitter",
"told parliament", "wished him success"), unnamed voices ("a medical source", "an army officer ... on condition of
anonymity", "a Lao embassy spokeswoman", "diplomats in Brussels", "police and organisers", "local media"), later
mentions ("the two leaders", "the Lao leader", "the officer", "the president", "the seller"), headlines in
several shapes (present, "to buy", a bare participle "re-elected", "it says"), and in every lead the everyday irrealis:
refusals, denials and negated reports, plans and schedules, conditions, demands, offers, invitations and
possibilities.
"""

from heldout_news_source import ev, irr

ARTICLES = [
    {
        "id": "hm01", "published": "2018-05-17",
        "paragraphs": [
            ["Jamaican police arrest alleged head of lottery scam ring in Montego Bay raid"],
            ["MONTEGO BAY, Jamaica (AP) - Jamaican police arrested a man they described as the leader of a lottery "
             "scam network that preyed on elderly Americans during a dawn raid on a house in Montego Bay on "
             "Wednesday, the Jamaica Constabulary Force said."],
            ["Detectives seized six laptops, 40 mobile phones and about 3 million Jamaican dollars in cash, "
             "Superintendent Carlton Reid told reporters outside the St. James police station.",
             "He declined to name the suspect, a 34-year-old businessman, until he is formally charged."],
            ["Two other men were detained in the same operation and later released without charge, Reid said.",
             "Police expect to bring the main suspect before a court in Montego Bay on Friday."],
            ["National Security Minister Horace Chang praised the officers and said the government would ask "
             "parliament to toughen penalties for scamming before the end of the year.",
             "The United States has pressed Kingston for years to crack down on the calls, which cost victims "
             "millions of dollars.",
             "The U.S. Embassy in Kingston did not answer questions about the case.",
             "A lawyer for the suspect, Andrea Whyte, said her client denied any wrongdoing and might seek bail."],
        ],
        "events": [
            ev("arrest", "arrest", at="Jamaican police arrest alleged head", p=["Jamaican police"],
               agent="Jamaican police", loc="Montego Bay, Jamaica", date="2018-05-16", dt="on Wednesday"),
            ev("statement", "described", p=["Jamaican police"], agent="Jamaican police"),
            ev("statement", "said", at="the Jamaica Constabulary Force said", p=["Jamaica Constabulary Force"],
               agent="Jamaica Constabulary Force"),
            ev("statement", "told", at="Reid told reporters", p=["Carlton Reid"], agent="Carlton Reid",
               loc="Montego Bay, Jamaica"),
            ev("seizure", "seized", p=["Jamaican police"], agent="Jamaican police"),
            ev("arrest", "detained", p=["Jamaican police"], agent="Jamaican police"),
            ev("release", "released", at="later released without charge"),
            ev("statement", "said", at="Reid said", p=["Carlton Reid"], agent="Carlton Reid"),
            ev("statement", "praised", p=["Horace Chang"], agent="Horace Chang"),
            ev("statement", "said", at="officers and said", p=["Horace Chang"], agent="Horace Chang"),
            ev("statement", "pressed", p=["United States", "Jamaica"], agent="United States", target="Jamaica"),
            ev("statement", "said", at="Andrea Whyte, said", p=["Andrea Whyte"], agent="Andrea Whyte"),
            ev("statement", "denied", p=["Andrea Whyte"], agent="Andrea Whyte"),
        ],
        "irrealis": [
            irr("negated", "statement", "declined to name", p=["Carlton Reid"], agent="Carlton Reid"),
            irr("planned", "hearing", "court", at="bring the main suspect before a court", p=["Jamaican police"],
                loc="Montego Bay, Jamaica", date="2018-05-18", dt="on Friday"),
            irr("planned", "statement", "ask", at="would ask parliament", p=["Jamaica", "Parliament of Jamaica"],
                agent="Jamaica", target="Parliament of Jamaica", date="2018", dt="before the end of the year"),
            irr("negated", "statement", "did not answer", p=["U.S. Embassy in Kingston"],
                agent="U.S. Embassy in Kingston"),
        ],
        "people": ["Carlton Reid", "Horace Chang", "Andrea Whyte"],
        "places": ["Montego Bay", "Jamaica", "Kingston", "United States"],
        "organizations": ["Jamaica Constabulary Force", "U.S. Embassy in Kingston"],
    },
    {
        "id": "hm02", "published": "2018-10-12",
        "paragraphs": [
            ["Thousands rally in Ulaanbaatar against copper smelter deal"],
            ["ULAANBAATAR (Reuters) - Several thousand Mongolians rallied on Sukhbaatar Square on Thursday to demand "
             "that the government cancel a deal giving a foreign-owned company, Orkhon Smelting, rights to build a "
             "copper smelter near the town of Erdenet, organisers said."],
            ["Protesters carried banners reading \"Our land is not for sale\" and accused officials of signing the "
             "contract in secret.",
             "Police estimated the crowd at about 4,000 and reported no arrests."],
            ["Prime Minister Ukhnaagiin Khurelsukh met a delegation of the protest leaders in the government palace "
             "and promised to publish the contract within two weeks, his office said.",
             "He did not say whether the deal would be reviewed."],
            ["Orkhon Smelting, which is registered in Singapore, said in a statement that it had complied with "
             "Mongolian law and would not walk away from the project.",
             "One of the organisers, herder Batbold Dorj, warned that the protesters would return on Monday if the "
             "government failed to act.",
             "Opposition lawmakers have called for a parliamentary hearing on the deal but none has been scheduled."],
        ],
        "events": [
            ev("protest", "rally", at="Thousands rally in Ulaanbaatar", loc="Ulaanbaatar, Mongolia",
               date="2018-10-11", dt="on Thursday"),
            ev("statement", "said", at="organisers said"),
            ev("statement", "accused", at="accused officials", p=["Mongolia"], target="Mongolia"),
            ev("statement", "estimated", p=["Mongolian police"], agent="Mongolian police"),
            ev("statement", "reported", at="reported no arrests", p=["Mongolian police"], agent="Mongolian police"),
            ev("meeting", "met", p=["Ukhnaagiin Khurelsukh"], agent="Ukhnaagiin Khurelsukh",
               loc="Ulaanbaatar, Mongolia"),
            ev("statement", "promised", p=["Ukhnaagiin Khurelsukh"], agent="Ukhnaagiin Khurelsukh"),
            ev("statement", "said", at="his office said", p=["Ukhnaagiin Khurelsukh"], agent="Ukhnaagiin Khurelsukh"),
            ev("statement", "said", at="Singapore, said in a statement", p=["Orkhon Smelting"],
               agent="Orkhon Smelting"),
            ev("statement", "warned", p=["Batbold Dorj"], agent="Batbold Dorj"),
            ev("statement", "called for", p=["Mongolian opposition"], agent="Mongolian opposition"),
        ],
        "irrealis": [
            irr("planned", "cancellation", "cancel", at="demand that the government cancel", p=["Mongolia"],
                agent="Mongolia"),
            irr("negated", "arrest", "arrests", at="reported no arrests", p=["Mongolian police"],
                agent="Mongolian police"),
            irr("planned", "publication", "publish", at="promised to publish", p=["Ukhnaagiin Khurelsukh"],
                agent="Ukhnaagiin Khurelsukh"),
            irr("negated", "statement", "did not say", p=["Ukhnaagiin Khurelsukh"], agent="Ukhnaagiin Khurelsukh"),
            irr("negated", "withdrawal", "walk away", at="would not walk away", p=["Orkhon Smelting"],
                agent="Orkhon Smelting"),
            irr("hypothetical", "protest", "return", at="protesters would return", loc="Ulaanbaatar, Mongolia",
                date="2018-10-15", dt="on Monday"),
            irr("negated", "hearing", "hearing", at="parliamentary hearing", p=["State Great Khural"]),
        ],
        "people": ["Ukhnaagiin Khurelsukh", "Batbold Dorj"],
        "places": ["Ulaanbaatar", "Sukhbaatar Square", "Erdenet", "Mongolia", "Singapore"],
        "organizations": ["Orkhon Smelting", "State Great Khural"],
    },
    {
        "id": "hm03", "published": "2019-03-08",
        "paragraphs": [
            ["Zaev and Tsipras discuss first steps under name accord in phone call"],
            ["SKOPJE (AFP) - North Macedonian Prime Minister Zoran Zaev spoke by telephone with his Greek "
             "counterpart Alexis Tsipras on Thursday about opening border crossings and air links under the "
             "accord that ended their countries' decades-old dispute over a name, Zaev's office said."],
            ["The two leaders agreed that their foreign ministers would meet in Ohrid later this month to prepare "
             "a plan on energy and rail projects, according to the statement.",
             "Tsipras also invited Zaev to Athens for talks in April, it said."],
            ["A Greek government spokesman confirmed the call but gave no further details.",
             "Athens has not yet ratified three smaller protocols tied to the deal, and Greek opposition leader "
             "Kyriakos Mitsotakis has said he would seek to renegotiate parts of it if he won the coming "
             "election."],
            ["Zaev, speaking to journalists in Skopje on Friday, played down the threat.",
             "\"The agreement is signed, ratified and in force,\" he said, adding that no government in Athens could "
             "undo it alone.",
             "He said he expected NATO members to complete the ratification of his country's accession by the "
             "end of the year."],
        ],
        "events": [
            ev("call", "phone call", at="under name accord in phone call", p=["Zoran Zaev", "Alexis Tsipras"],
               agent="Zoran Zaev", target="Alexis Tsipras", date="2019-03-07", dt="on Thursday"),
            ev("agreement", "accord", at="first steps under name accord", p=["North Macedonia", "Greece"]),
            ev("statement", "said", at="Zaev's office said", p=["Zoran Zaev"], agent="Zoran Zaev"),
            ev("agreement", "agreed", at="two leaders agreed", p=["Zoran Zaev", "Alexis Tsipras"]),
            ev("statement", "according to", at="according to the statement"),
            ev("invitation", "invited", p=["Alexis Tsipras", "Zoran Zaev"], agent="Alexis Tsipras",
               target="Zoran Zaev"),
            ev("statement", "said", at="it said"),
            ev("statement", "confirmed", p=["Greece"], agent="Greece"),
            ev("statement", "has said", p=["Kyriakos Mitsotakis"], agent="Kyriakos Mitsotakis"),
            ev("statement", "speaking", at="speaking to journalists", p=["Zoran Zaev"], agent="Zoran Zaev",
               loc="Skopje, North Macedonia", date="2019-03-08", dt="on Friday"),
            ev("statement", "played down", p=["Zoran Zaev"], agent="Zoran Zaev"),
            ev("statement", "said", at="he said, adding", p=["Zoran Zaev"], agent="Zoran Zaev"),
            ev("statement", "adding", p=["Zoran Zaev"], agent="Zoran Zaev"),
            ev("statement", "said", at="He said he expected NATO", p=["Zoran Zaev"], agent="Zoran Zaev"),
        ],
        "irrealis": [
            irr("planned", "meeting", "meet", at="foreign ministers would meet", p=["North Macedonia", "Greece"],
                loc="Ohrid, North Macedonia", date="2019-03", dt="later this month"),
            irr("planned", "meeting", "talks", at="to Athens for talks", p=["Zoran Zaev", "Alexis Tsipras"],
                agent="Zoran Zaev", target="Alexis Tsipras", loc="Athens, Greece", date="2019-04", dt="in April"),
            irr("negated", "statement", "gave no further details", p=["Greece"], agent="Greece"),
            irr("negated", "agreement", "ratified", at="has not yet ratified", p=["Greece"]),
            irr("hypothetical", "agreement", "renegotiate", p=["Kyriakos Mitsotakis"], agent="Kyriakos Mitsotakis"),
            irr("hypothetical", "election", "won", at="if he won the coming election", p=["Kyriakos Mitsotakis"],
                agent="Kyriakos Mitsotakis"),
            irr("negated", "agreement", "undo", at="could undo it alone", p=["Greece"]),
        ],
        "people": ["Zoran Zaev", "Alexis Tsipras", "Kyriakos Mitsotakis"],
        "places": ["Skopje", "North Macedonia", "Greece", "Ohrid", "Athens"],
        "organizations": ["NATO"],
    },
    {
        "id": "hm04", "published": "2019-08-22",
        "paragraphs": [
            ["Thai utility to buy majority of Lao dam operator for $585 million"],
            ["BANGKOK (Reuters) - Thai power producer Siam Riverline Energy said on Wednesday it had agreed to buy a "
             "60 percent stake in Nam Khan Power, the operator of two hydropower dams in northern Laos, from a "
             "Malaysian investment fund for $585 million."],
            ["The deal, which still needs approval from the Lao government, would give Siam Riverline control of "
             "about 900 megawatts of capacity that already sells most of its output to Thailand, chief executive "
             "Preecha Wongsakul told a briefing in Bangkok.",
             "He said the company was also in talks with Vientiane about a third dam but declined to give details."],
            ["The seller, Kuala Lumpur-based Tenggara Infrastructure Partners, did not comment on the price.",
             "Analysts at a local brokerage said the valuation looked high and that the shares could come under "
             "pressure."],
            ["Laos, one of Asia's poorest countries, has staked its economy on selling electricity to its "
             "neighbours, but environmental groups have criticised dam projects on the Mekong and its tributaries.",
             "A Lao energy ministry official said the government would review the sale within 60 days.",
             "Siam Riverline shares fell 2.1 percent on Thursday."],
        ],
        "events": [
            ev("acquisition", "buy", at="to buy majority", p=["Siam Riverline Energy", "Nam Khan Power"],
               agent="Siam Riverline Energy", target="Nam Khan Power", amount=(585000000, "USD")),
            ev("statement", "said", at="Siam Riverline Energy said", p=["Siam Riverline Energy"],
               agent="Siam Riverline Energy", date="2019-08-21", dt="on Wednesday"),
            ev("statement", "told", at="Wongsakul told a briefing", p=["Preecha Wongsakul"],
               agent="Preecha Wongsakul", loc="Bangkok, Thailand"),
            ev("statement", "said", at="He said the company", p=["Preecha Wongsakul"], agent="Preecha Wongsakul"),
            ev("meeting", "talks", at="in talks with Vientiane", p=["Siam Riverline Energy", "Laos"],
               agent="Siam Riverline Energy", target="Laos"),
            ev("statement", "said", at="Analysts at a local brokerage said"),
            ev("statement", "criticised", p=["environmental groups"], agent="environmental groups"),
            ev("statement", "said", at="ministry official said", p=["Laos"], agent="Laos"),
        ],
        "irrealis": [
            irr("planned", "approval", "approval", at="still needs approval", p=["Laos"], agent="Laos"),
            irr("negated", "statement", "declined to give details", p=["Preecha Wongsakul"],
                agent="Preecha Wongsakul"),
            irr("negated", "statement", "did not comment", p=["Tenggara Infrastructure Partners"],
                agent="Tenggara Infrastructure Partners"),
            irr("planned", "review", "review", at="would review the sale", p=["Laos"], agent="Laos"),
            irr("hypothetical", "investment", "dam", at="about a third dam", p=["Siam Riverline Energy"],
                agent="Siam Riverline Energy"),
        ],
        "people": ["Preecha Wongsakul"],
        "places": ["Bangkok", "Laos", "Thailand", "Vientiane", "Kuala Lumpur", "Mekong", "Asia"],
        "organizations": ["Siam Riverline Energy", "Nam Khan Power", "Tenggara Infrastructure Partners"],
    },
    {
        "id": "hm05", "published": "2020-02-14",
        "paragraphs": [
            ["Namibian court orders retrial of fishing quota bribery case"],
            ["WINDHOEK (AFP) - Namibia's High Court on Thursday overturned the acquittal of a former fisheries "
             "official and two businessmen accused of taking bribes for fishing quotas, and ordered a new trial "
             "before a different magistrate."],
            ["Judge Petrus Nangolo ruled that the lower court had wrongly thrown out recordings of phone calls "
             "between the accused, which prosecutors say show payments of more than 8 million Namibian dollars.",
             "The three men, who deny the charges, were not in court for the ruling."],
            ["The Prosecutor-General's office welcomed the judgment and said it would ask for the retrial to start "
             "in May.",
             "Defence lawyer Sakeus Amupolo said his clients would appeal to the Supreme Court, calling the decision "
             "\"an attack on the presumption of innocence\"."],
            ["President Hage Geingob, who won a second term in November amid public anger over corruption, "
             "has promised to clean up the allocation of quotas.",
             "His government has not said whether it will cancel licences held by the companies named in the case.",
             "Civil society groups plan to march to parliament in Windhoek on Saturday to demand a public inquiry."],
        ],
        "events": [
            ev("ruling", "orders", at="court orders retrial", p=["High Court of Namibia"],
               agent="High Court of Namibia", date="2020-02-13", dt="on Thursday"),
            ev("statement", "say", at="which prosecutors say", p=["Prosecutor-General of Namibia"],
               agent="Prosecutor-General of Namibia"),
            ev("statement", "deny", at="who deny the charges"),
            ev("statement", "welcomed", p=["Prosecutor-General of Namibia"], agent="Prosecutor-General of Namibia"),
            ev("statement", "said", at="judgment and said", p=["Prosecutor-General of Namibia"],
               agent="Prosecutor-General of Namibia"),
            ev("statement", "said", at="Amupolo said", p=["Sakeus Amupolo"], agent="Sakeus Amupolo"),
            ev("statement", "calling", p=["Sakeus Amupolo"], agent="Sakeus Amupolo"),
            ev("election", "won", at="who won a second term", p=["Hage Geingob", "Namibia"], agent="Hage Geingob",
               target="President of Namibia", loc="Namibia", date="2019-11", dt="in November"),
            ev("statement", "has promised", p=["Hage Geingob"], agent="Hage Geingob"),
        ],
        "irrealis": [
            irr("planned", "trial", "retrial", at="court orders retrial", p=["High Court of Namibia"]),
            irr("planned", "statement", "ask", at="would ask for the retrial", p=["Prosecutor-General of Namibia"],
                agent="Prosecutor-General of Namibia", date="2020-05", dt="in May"),
            irr("planned", "appeal", "appeal", at="would appeal to the Supreme Court", p=["Sakeus Amupolo",
                "Supreme Court of Namibia"], agent="Sakeus Amupolo"),
            irr("negated", "statement", "has not said", p=["Namibia"], agent="Namibia"),
            irr("hypothetical", "cancellation", "cancel", at="cancel licences", p=["Namibia"], agent="Namibia"),
            irr("planned", "protest", "march", at="plan to march to parliament", loc="Windhoek, Namibia",
                date="2020-02-15", dt="on Saturday"),
        ],
        "people": ["Petrus Nangolo", "Sakeus Amupolo", "Hage Geingob"],
        "places": ["Windhoek", "Namibia"],
        "organizations": ["High Court of Namibia", "Prosecutor-General of Namibia", "Supreme Court of Namibia"],
    },
    {
        "id": "hm06", "published": "2020-09-25",
        "paragraphs": [
            ["Gunmen kill five park rangers in northern Benin"],
            ["COTONOU (Reuters) - Gunmen on motorcycles attacked a ranger post in Benin's Pendjari National Park "
             "near the border with Burkina Faso on Wednesday night, killing five rangers and wounding three, the "
             "park's management said on Thursday."],
            ["No group has claimed responsibility, but security officials suspect Islamist militants who have "
             "spread south from the Sahel in recent years.",
             "Two of the wounded were flown to a hospital in Cotonou, a medical source said."],
            ["Benin's government condemned the attack as \"cowardly\" and said troops had been sent to the area.",
             "Defence Minister Fortunet Alain Nouatin was due to visit the post on Friday, his spokesman said."],
            ["The park is run under a partnership with a conservation group, Savanna Trust, whose director, "
             "Michel Houngbo, said the rangers had asked for more weapons months ago.",
             "\"They were defending the last lions of West Africa with old rifles,\" he told AFP.",
             "He said the trust would not pull its staff out of the park.",
             "Neighbouring Togo said it would raise its own alert level along the frontier."],
        ],
        "events": [
            ev("attack", "kill", at="Gunmen kill five park rangers", p=["Pendjari National Park"],
               target="ranger post", loc="Pendjari National Park, Benin", date="2020-09-23",
               dt="on Wednesday night", killed=5, injured=3),
            ev("death", "killing", date="2020-09-23", dt="on Wednesday night", killed=5),
            ev("injury", "wounding", at="wounding three", date="2020-09-23", dt="on Wednesday night", injured=3),
            ev("statement", "said", at="management said on Thursday", date="2020-09-24", dt="on Thursday"),
            ev("statement", "said", at="a medical source said"),
            ev("statement", "condemned", p=["Benin"], agent="Benin"),
            ev("deployment", "sent", at="troops had been sent", p=["Benin"], agent="Benin"),
            ev("statement", "said", at="cowardly\" and said", p=["Benin"], agent="Benin"),
            ev("statement", "said", at="his spokesman said", p=["Fortunet Alain Nouatin"],
               agent="Fortunet Alain Nouatin"),
            ev("statement", "said", at="Michel Houngbo, said", p=["Michel Houngbo"], agent="Michel Houngbo"),
            ev("statement", "asked", at="had asked for more weapons"),
            ev("statement", "told", at="he told AFP", p=["Michel Houngbo", "AFP"], agent="Michel Houngbo",
               target="AFP"),
            ev("statement", "said", at="He said the trust", p=["Michel Houngbo"], agent="Michel Houngbo"),
            ev("statement", "said", at="Togo said", p=["Togo"], agent="Togo"),
        ],
        "irrealis": [
            irr("negated", "statement", "claimed", at="No group has claimed"),
            irr("planned", "visit", "visit", at="was due to visit the post", p=["Fortunet Alain Nouatin"],
                agent="Fortunet Alain Nouatin", loc="Pendjari National Park, Benin", date="2020-09-25",
                dt="on Friday"),
            irr("negated", "withdrawal", "pull", at="would not pull its staff", p=["Savanna Trust"],
                agent="Savanna Trust"),
            irr("planned", "raise", "raise", at="would raise its own alert level", p=["Togo"], agent="Togo"),
        ],
        "people": ["Fortunet Alain Nouatin", "Michel Houngbo"],
        "places": ["Cotonou", "Benin", "Pendjari National Park", "Burkina Faso", "Sahel", "West Africa", "Togo"],
        "organizations": ["Savanna Trust", "AFP"],
    },
    {
        "id": "hm07", "published": "2021-08-17",
        "paragraphs": [
            ["Hichilema wins Zambian presidency at sixth attempt, Lungu concedes"],
            ["LUSAKA (AP) - Zambian opposition leader Hakainde Hichilema won the presidential election by a wide "
             "margin, the electoral commission announced on Monday, ending Edgar Lungu's six years in power."],
            ["Hichilema, a businessman who had lost five previous elections, took about 59 percent of the vote, "
             "commission chairman Esau Chulu said at a results centre in Lusaka.",
             "Lungu had earlier said the vote in three provinces was not free and fair, but in a letter released "
             "on Monday night he congratulated his rival and promised to hand over power peacefully."],
            ["Supporters of Hichilema's United Party for National Development danced in the streets of the capital "
             "through the night.",
             "Police said no violence had been reported."],
            ["Hichilema told supporters he would not seek revenge on his opponents and would move quickly to "
             "restructure Zambia's debt.",
             "His inauguration is set for August 24.",
             "South African President Cyril Ramaphosa called him on Tuesday to offer his congratulations, "
             "Ramaphosa's office said.",
             "The pair also agreed to hold talks at a regional summit in Malawi."],
        ],
        "events": [
            ev("election", "wins", at="Hichilema wins Zambian presidency", p=["Hakainde Hichilema", "Zambia"],
               agent="Hakainde Hichilema", target="President of Zambia", loc="Zambia"),
            ev("statement", "concedes", p=["Edgar Lungu"], agent="Edgar Lungu"),
            ev("statement", "announced", p=["Electoral Commission of Zambia"],
               agent="Electoral Commission of Zambia", date="2021-08-16", dt="on Monday"),
            ev("statement", "said", at="Esau Chulu said", p=["Esau Chulu"], agent="Esau Chulu",
               loc="Lusaka, Zambia"),
            ev("statement", "said", at="Lungu had earlier said", p=["Edgar Lungu"], agent="Edgar Lungu"),
            ev("statement", "congratulated", p=["Edgar Lungu", "Hakainde Hichilema"], agent="Edgar Lungu",
               target="Hakainde Hichilema", date="2021-08-16", dt="on Monday night"),
            ev("statement", "promised", p=["Edgar Lungu"], agent="Edgar Lungu"),
            ev("celebration", "danced", p=["United Party for National Development"]),
            ev("statement", "said", at="Police said", p=["Zambian police"], agent="Zambian police"),
            ev("statement", "told", at="Hichilema told supporters", p=["Hakainde Hichilema"],
               agent="Hakainde Hichilema"),
            ev("call", "called", at="Ramaphosa called him", p=["Cyril Ramaphosa", "Hakainde Hichilema"],
               agent="Cyril Ramaphosa", target="Hakainde Hichilema", date="2021-08-17", dt="on Tuesday"),
            ev("statement", "said", at="Ramaphosa's office said", p=["Cyril Ramaphosa"], agent="Cyril Ramaphosa"),
            ev("agreement", "agreed", at="The pair also agreed", p=["Cyril Ramaphosa", "Hakainde Hichilema"]),
        ],
        "irrealis": [
            irr("planned", "handover", "hand over", at="hand over power peacefully", p=["Edgar Lungu"],
                agent="Edgar Lungu"),
            irr("negated", "attack", "violence", at="no violence had been reported"),
            irr("negated", "revenge", "seek revenge", p=["Hakainde Hichilema"], agent="Hakainde Hichilema"),
            irr("planned", "restructuring", "restructure", at="restructure Zambia's debt", p=["Hakainde Hichilema"],
                agent="Hakainde Hichilema"),
            irr("planned", "inauguration", "inauguration", p=["Hakainde Hichilema"], agent="Hakainde Hichilema",
                date="2021-08-24", dt="on August 24"),
            irr("planned", "meeting", "talks", at="agreed to hold talks at a regional summit", p=["Cyril Ramaphosa",
                "Hakainde Hichilema"], agent="Cyril Ramaphosa", target="Hakainde Hichilema", loc="Malawi"),
        ],
        "people": ["Hakainde Hichilema", "Edgar Lungu", "Esau Chulu", "Cyril Ramaphosa"],
        "places": ["Lusaka", "Zambia", "Malawi", "South Africa"],
        "organizations": ["Electoral Commission of Zambia", "United Party for National Development"],
    },
    {
        "id": "hm08", "published": "2021-12-01",
        "paragraphs": [
            ["Barbados becomes a republic as Prince Charles watches Queen removed as head of state"],
            ["BRIDGETOWN (Reuters) - Barbados became the world's newest republic at midnight on Tuesday, replacing "
             "Queen Elizabeth with its first president, Sandra Mason, at a ceremony attended by Prince Charles."],
            ["Charles, who flew in on Sunday for a two-day visit at the invitation of Prime Minister Mia Mottley, "
             "acknowledged in a speech the \"appalling atrocity of slavery\" in the island's history.",
             "He did not apologise on behalf of the crown, however, and Buckingham Palace declined to say whether "
             "an apology would ever be offered."],
            ["Mottley told the crowd in National Heroes Square that Barbadians must now \"write the next chapter "
             "ourselves\".",
             "A few dozen people held a protest outside parliament on Monday, arguing that the change should have "
             "been put to a referendum.",
             "The government has rejected calls for a vote."],
            ["Barbados will remain in the Commonwealth.",
             "Jamaica's prime minister, Andrew Holness, said on Wednesday his country would also look at "
             "becoming a republic but did not give a timetable.",
             "Mason is expected to travel to London next year to meet the queen."],
        ],
        "events": [
            ev("visit", "visit", at="for a two-day visit", p=["Prince Charles", "Barbados"], agent="Prince Charles",
               target="Barbados", loc="Bridgetown, Barbados", date="2021-11-28", dt="on Sunday"),
            ev("invitation", "invitation", at="at the invitation of", p=["Mia Mottley", "Prince Charles"],
               agent="Mia Mottley", target="Prince Charles"),
            ev("statement", "acknowledged", p=["Prince Charles"], agent="Prince Charles"),
            ev("statement", "told", at="Mottley told the crowd", p=["Mia Mottley"], agent="Mia Mottley",
               loc="National Heroes Square, Bridgetown"),
            ev("protest", "protest", at="held a protest outside parliament", loc="Bridgetown, Barbados",
               date="2021-11-29", dt="on Monday"),
            ev("statement", "arguing", at="arguing that the change"),
            ev("statement", "rejected", at="has rejected calls", p=["Barbados"], agent="Barbados"),
            ev("statement", "said", at="Holness, said", p=["Andrew Holness"], agent="Andrew Holness",
               date="2021-12-01", dt="on Wednesday"),
        ],
        "irrealis": [
            irr("negated", "statement", "apologise", at="He did not apologise", p=["Prince Charles"],
                agent="Prince Charles"),
            irr("negated", "statement", "declined to say", p=["Buckingham Palace"], agent="Buckingham Palace"),
            irr("hypothetical", "referendum", "referendum", at="put to a referendum", p=["Barbados"]),
            irr("negated", "referendum", "vote", at="calls for a vote", p=["Barbados"]),
            irr("planned", "review", "look at", at="would also look at", p=["Jamaica"], agent="Jamaica"),
            irr("negated", "statement", "give a timetable", at="did not give a timetable", p=["Andrew Holness"],
                agent="Andrew Holness"),
            irr("planned", "visit", "travel", at="expected to travel to London", p=["Sandra Mason",
                "United Kingdom"], agent="Sandra Mason", target="United Kingdom", loc="London, United Kingdom",
                date="2022", dt="next year"),
            irr("planned", "meeting", "meet", at="to meet the queen", p=["Sandra Mason", "Queen Elizabeth"],
                agent="Sandra Mason", target="Queen Elizabeth", loc="London, United Kingdom", date="2022",
                dt="next year"),
        ],
        "people": ["Queen Elizabeth", "Sandra Mason", "Prince Charles", "Mia Mottley", "Andrew Holness"],
        "places": ["Bridgetown", "Barbados", "National Heroes Square", "Jamaica", "London"],
        "organizations": ["Buckingham Palace", "Commonwealth"],
    },
    {
        "id": "hm09", "published": "2022-01-20",
        "paragraphs": [
            ["Latvia blacklists Belarusian potash traders over border crisis"],
            ["RIGA (Reuters) - Latvia on Wednesday imposed sanctions on three Belarusian trading firms and two of "
             "their owners, accusing them of helping Minsk fly migrants to the European Union's eastern border, "
             "the foreign ministry said."],
            ["The measures freeze any assets the firms, among them Nemansk Potash Trading, hold in Latvia and ban "
             "their executives from entering the country.",
             "Foreign Minister Edgars Rinkevics wrote on Twitter that Riga would push for the names to be added to "
             "the next package of EU sanctions."],
            ["Belarus's foreign ministry summoned the Latvian charge d'affaires in Minsk on Thursday and threatened "
             "\"a proportionate response\", state news agency BelTA reported.",
             "It did not say what steps it might take."],
            ["Nemansk Potash Trading denied any role in the crossings and said it would challenge the decision in "
             "a Latvian court.",
             "Thousands of migrants, most from the Middle East, tried to cross into Latvia, Lithuania and Poland "
             "from Belarus last year.",
             "Lithuanian Foreign Minister Gabrielius Landsbergis welcomed the Latvian move and said Vilnius was "
             "preparing similar steps."],
        ],
        "events": [
            ev("sanction", "blacklists", p=["Latvia", "Nemansk Potash Trading"], agent="Latvia",
               target="Nemansk Potash Trading", date="2022-01-19", dt="on Wednesday"),
            ev("statement", "accusing", p=["Latvia"], agent="Latvia"),
            ev("statement", "said", at="the foreign ministry said", p=["Latvia"], agent="Latvia"),
            ev("statement", "wrote", p=["Edgars Rinkevics"], agent="Edgars Rinkevics"),
            ev("statement", "summoned", p=["Belarus", "Latvia"], agent="Belarus", target="Latvia",
               loc="Minsk, Belarus", date="2022-01-20", dt="on Thursday"),
            ev("statement", "threatened", p=["Belarus"], agent="Belarus"),
            ev("statement", "reported", at="BelTA reported", p=["BelTA"], agent="BelTA"),
            ev("statement", "denied", p=["Nemansk Potash Trading"], agent="Nemansk Potash Trading"),
            ev("statement", "said", at="crossings and said", p=["Nemansk Potash Trading"],
               agent="Nemansk Potash Trading"),
            ev("statement", "welcomed", p=["Gabrielius Landsbergis"], agent="Gabrielius Landsbergis"),
            ev("statement", "said", at="move and said", p=["Gabrielius Landsbergis"], agent="Gabrielius Landsbergis"),
        ],
        "irrealis": [
            irr("planned", "sanction", "sanctions", at="next package of EU sanctions", p=["European Union"],
                agent="European Union"),
            irr("negated", "statement", "did not say", p=["Belarus"], agent="Belarus"),
            irr("hypothetical", "response", "response", at="a proportionate response", p=["Belarus"],
                agent="Belarus"),
            irr("planned", "appeal", "challenge", at="would challenge the decision", p=["Nemansk Potash Trading"],
                agent="Nemansk Potash Trading"),
            irr("planned", "sanction", "steps", at="preparing similar steps", p=["Lithuania"], agent="Lithuania"),
        ],
        "people": ["Edgars Rinkevics", "Gabrielius Landsbergis"],
        "places": ["Riga", "Latvia", "Minsk", "Belarus", "Lithuania", "Poland", "Middle East", "Vilnius"],
        "organizations": ["Nemansk Potash Trading", "European Union", "BelTA", "Twitter"],
    },
    {
        "id": "hm10", "published": "2022-06-09",
        "paragraphs": [
            ["India and Bhutan sign hydropower pact during foreign minister's visit"],
            ["THIMPHU (AP) - India and Bhutan signed an agreement on Wednesday to build a 1,100-megawatt "
             "hydropower plant on the Wangchhu river, during a two-day visit to Thimphu by Indian External Affairs "
             "Minister Subrahmanyam Jaishankar."],
            ["Jaishankar held talks with Bhutanese Prime Minister Lotay Tshering and called on King Jigme Khesar "
             "Namgyel Wangchuck, India's foreign ministry said.",
             "Neither side disclosed the cost of the project."],
            ["Tshering told reporters after the meeting that construction could start next year if an "
             "environmental study due in December found no serious risks.",
             "He said Bhutan would not borrow more than half of the cost from India."],
            ["Jaishankar, who arrived on Tuesday, said New Delhi would also reopen its border crossings for "
             "Bhutanese traders that have been closed since the start of the pandemic.",
             "He did not meet Chinese officials, who are negotiating a separate boundary deal with Thimphu.",
             "A Bhutanese official said the next round of those border talks had not been scheduled.",
             "Jaishankar is due to travel on to Nepal on Thursday."],
        ],
        "events": [
            ev("agreement", "pact", at="sign hydropower pact", p=["India", "Bhutan"], date="2022-06-08",
               dt="on Wednesday"),
            ev("visit", "visit", at="during foreign minister's visit", p=["Subrahmanyam Jaishankar", "Bhutan"],
               agent="Subrahmanyam Jaishankar", target="Bhutan", loc="Thimphu, Bhutan", date="2022-06-07",
               dt="on Tuesday"),
            ev("meeting", "talks", at="held talks with Bhutanese", p=["Subrahmanyam Jaishankar", "Lotay Tshering"],
               agent="Subrahmanyam Jaishankar", target="Lotay Tshering", loc="Thimphu, Bhutan"),
            ev("meeting", "called on", p=["Subrahmanyam Jaishankar", "Jigme Khesar Namgyel Wangchuck"],
               agent="Subrahmanyam Jaishankar", target="Jigme Khesar Namgyel Wangchuck"),
            ev("statement", "said", at="India's foreign ministry said", p=["India"], agent="India"),
            ev("statement", "told", at="Tshering told reporters", p=["Lotay Tshering"], agent="Lotay Tshering"),
            ev("statement", "said", at="He said Bhutan", p=["Lotay Tshering"], agent="Lotay Tshering"),
            ev("statement", "said", at="arrived on Tuesday, said", p=["Subrahmanyam Jaishankar"],
               agent="Subrahmanyam Jaishankar"),
            ev("meeting", "negotiating", p=["China", "Bhutan"], agent="China", target="Bhutan"),
            ev("statement", "said", at="A Bhutanese official said", p=["Bhutan"], agent="Bhutan"),
        ],
        "irrealis": [
            irr("negated", "statement", "disclosed", at="Neither side disclosed", p=["India", "Bhutan"]),
            irr("hypothetical", "construction", "construction", at="construction could start"),
            irr("negated", "financing", "borrow", at="would not borrow", p=["Bhutan"], agent="Bhutan"),
            irr("planned", "reopening", "reopen", at="would also reopen", p=["India"], agent="India"),
            irr("negated", "meeting", "meet", at="He did not meet Chinese officials", p=["Subrahmanyam Jaishankar",
                "China"], agent="Subrahmanyam Jaishankar", target="China"),
            irr("planned", "agreement", "deal", at="a separate boundary deal", p=["China", "Bhutan"]),
            irr("negated", "meeting", "talks", at="next round of those border talks", p=["China", "Bhutan"]),
            irr("planned", "visit", "travel", at="due to travel on to Nepal", p=["Subrahmanyam Jaishankar", "Nepal"],
                agent="Subrahmanyam Jaishankar", target="Nepal", loc="Nepal", date="2022-06-09", dt="on Thursday"),
        ],
        "people": ["Subrahmanyam Jaishankar", "Lotay Tshering", "Jigme Khesar Namgyel Wangchuck"],
        "places": ["Thimphu", "Bhutan", "India", "Wangchhu", "New Delhi", "China", "Nepal"],
        "organizations": [],
    },
    {
        "id": "hm11", "published": "2022-10-11",
        "paragraphs": [
            ["Lesotho tycoon Matekane's new party wins election, short of majority"],
            ["MASERU (AFP) - A party founded six months ago by Lesotho's richest man, diamond magnate Sam Matekane, "
             "won Friday's parliamentary election, taking 56 of the 120 seats, the Independent Electoral "
             "Commission said on Monday."],
            ["Matekane's Revolution for Prosperity fell five seats short of a majority and will need a coalition "
             "partner to form a government, he told a rally in Maseru on Sunday.",
             "He said talks with two smaller parties had begun and he hoped to be sworn in as prime minister "
             "within two weeks.",
             "Matekane said he had not yet spoken to South African President Cyril Ramaphosa but expected a call "
             "this week."],
            ["Outgoing Prime Minister Moeketsi Majoro, whose All Basotho Convention lost most of its seats, "
             "accepted the result and called Matekane to congratulate him, a party spokesman said.",
             "The Democratic Congress, which came second, said it would not join any government led by "
             "Matekane."],
            ["Observers from the Southern African Development Community said the vote had been peaceful, though "
             "turnout was below 40 percent.",
             "Matekane, who has never held office, has promised to cut the cabinet and fight crime.",
             "He has denied accusations by rivals that he would use the post to help his businesses."],
        ],
        "events": [
            ev("election", "wins", at="new party wins election", p=["Sam Matekane", "Lesotho"],
               agent="Sam Matekane", target="Prime Minister of Lesotho", loc="Lesotho", date="2022-10-07",
               dt="Friday's"),
            ev("statement", "said", at="Commission said on Monday", p=["Independent Electoral Commission"],
               agent="Independent Electoral Commission", date="2022-10-10", dt="on Monday"),
            ev("statement", "told", at="he told a rally", p=["Sam Matekane"], agent="Sam Matekane",
               loc="Maseru, Lesotho", date="2022-10-09", dt="on Sunday"),
            ev("statement", "said", at="He said talks", p=["Sam Matekane"], agent="Sam Matekane"),
            ev("meeting", "talks", at="talks with two smaller parties", p=["Revolution for Prosperity"],
               agent="Revolution for Prosperity"),
            ev("statement", "said", at="Matekane said he had not", p=["Sam Matekane"], agent="Sam Matekane"),
            ev("statement", "accepted", p=["Moeketsi Majoro"], agent="Moeketsi Majoro"),
            ev("call", "called", at="called Matekane", p=["Moeketsi Majoro", "Sam Matekane"],
               agent="Moeketsi Majoro", target="Sam Matekane"),
            ev("statement", "said", at="a party spokesman said", p=["All Basotho Convention"],
               agent="All Basotho Convention"),
            ev("statement", "said", at="came second, said", p=["Democratic Congress"], agent="Democratic Congress"),
            ev("statement", "said", at="Community said", p=["Southern African Development Community"],
               agent="Southern African Development Community"),
            ev("statement", "has promised", p=["Sam Matekane"], agent="Sam Matekane"),
            ev("statement", "has denied", p=["Sam Matekane"], agent="Sam Matekane"),
        ],
        "irrealis": [
            irr("planned", "agreement", "coalition", at="need a coalition partner", p=["Revolution for Prosperity"]),
            irr("planned", "inauguration", "sworn in", p=["Sam Matekane"], agent="Sam Matekane"),
            irr("negated", "agreement", "join", at="would not join any government", p=["Democratic Congress"]),
            irr("negated", "call", "spoken", at="had not yet spoken", p=["Sam Matekane", "Cyril Ramaphosa"],
                agent="Sam Matekane", target="Cyril Ramaphosa"),
            irr("planned", "call", "call", at="expected a call this week", p=["Sam Matekane", "Cyril Ramaphosa"],
                agent="Cyril Ramaphosa", target="Sam Matekane", date="2022-W41", dt="this week"),
        ],
        "people": ["Sam Matekane", "Moeketsi Majoro", "Cyril Ramaphosa"],
        "places": ["Maseru", "Lesotho", "South Africa"],
        "organizations": ["Independent Electoral Commission", "Revolution for Prosperity",
                          "All Basotho Convention", "Democratic Congress", "Southern African Development Community"],
    },
    {
        "id": "hm12", "published": "2023-03-16",
        "paragraphs": [
            ["Namibia and Botswana leaders meet on river border, agree joint patrols"],
            ["KASANE, Botswana (Reuters) - Namibian President Hage Geingob and Botswana's President Mokgweetsi "
             "Masisi met in the border town of Kasane on Wednesday and agreed to set up joint patrols on the Chobe "
             "river after a series of shootings involving Botswana's soldiers and Namibian fishermen."],
            ["The two leaders held talks for about two hours and signed a memorandum creating a joint commission "
             "on the river, Botswana's government said.",
             "They did not take questions from reporters."],
            ["Namibia says Botswana Defence Force patrols have shot dead at least four of its citizens on the river "
             "since 2020, a charge the army in Gaborone has rejected, saying its soldiers fired at poachers.",
             "Geingob told state broadcaster NBC on Thursday that he had raised the killings directly with "
             "Masisi.",
             "\"We will not let a river divide brothers,\" he said."],
            ["Masisi said an inquiry into the most recent shooting, in November, would report by June and that any "
             "soldier found to have broken the law would face trial.",
             "Relatives of the dead fishermen planned a vigil in Katima Mulilo on Saturday and said they would "
             "not accept compensation without an apology."],
        ],
        "events": [
            ev("meeting", "meet", at="leaders meet on river border", p=["Hage Geingob", "Mokgweetsi Masisi"],
               agent="Hage Geingob", target="Mokgweetsi Masisi", loc="Kasane, Botswana", date="2023-03-15",
               dt="on Wednesday"),
            ev("agreement", "agree", at="agree joint patrols", p=["Namibia", "Botswana"]),
            ev("attack", "shootings", at="a series of shootings", p=["Botswana Defence Force"],
               agent="Botswana Defence Force", target="Namibian fishermen", loc="Chobe river", killed=4),
            ev("agreement", "signed", at="signed a memorandum", p=["Namibia", "Botswana"], loc="Kasane, Botswana"),
            ev("statement", "said", at="Botswana's government said", p=["Botswana"], agent="Botswana"),
            ev("statement", "says", at="Namibia says", p=["Namibia"], agent="Namibia"),
            ev("death", "shot dead", at="have shot dead at least four", killed=4),
            ev("statement", "rejected", at="has rejected", p=["Botswana Defence Force"],
               agent="Botswana Defence Force"),
            ev("statement", "saying", at="saying its soldiers", p=["Botswana Defence Force"],
               agent="Botswana Defence Force"),
            ev("statement", "told", at="Geingob told state broadcaster", p=["Hage Geingob", "NBC"],
               agent="Hage Geingob", target="NBC", date="2023-03-16", dt="on Thursday"),
            ev("statement", "raised", p=["Hage Geingob", "Mokgweetsi Masisi"], agent="Hage Geingob",
               target="Mokgweetsi Masisi"),
            ev("statement", "said", at="brothers,\" he said", p=["Hage Geingob"], agent="Hage Geingob"),
            ev("statement", "said", at="Masisi said", p=["Mokgweetsi Masisi"], agent="Mokgweetsi Masisi"),
            ev("statement", "said", at="Saturday and said"),
        ],
        "irrealis": [
            irr("negated", "statement", "take questions", at="did not take questions", p=["Hage Geingob",
                "Mokgweetsi Masisi"], agent="Hage Geingob"),
            irr("planned", "statement", "report", at="would report by June", date="2023-06", dt="by June"),
            irr("hypothetical", "trial", "trial", at="would face trial"),
            irr("planned", "protest", "vigil", at="planned a vigil", loc="Katima Mulilo, Namibia",
                date="2023-03-18", dt="on Saturday"),
            irr("negated", "acceptance", "accept", at="would not accept compensation"),
            irr("hypothetical", "statement", "apology", at="without an apology"),
        ],
        "people": ["Hage Geingob", "Mokgweetsi Masisi"],
        "places": ["Kasane", "Botswana", "Namibia", "Chobe", "Gaborone", "Katima Mulilo"],
        "organizations": ["Botswana Defence Force", "NBC"],
    },
    {
        "id": "hm13", "published": "2023-09-07",
        "paragraphs": [
            ["Lao premier visits Hanoi, seeks Vietnamese help with debt and rail link"],
            ["HANOI (AP) - Lao Prime Minister Sonexay Siphandone arrived in Hanoi on Wednesday on his first official "
             "visit to Vietnam since taking office in January, seeking investment in a railway from Vientiane to "
             "the Vietnamese port of Vung Ang."],
            ["Sonexay held talks with his Vietnamese counterpart Pham Minh Chinh on Thursday, and the two watched "
             "ministers sign eight cooperation documents on energy, education and customs, Vietnam's government "
             "said.",
             "A deal on financing the railway was not among them."],
            ["Chinh said Vietnam was ready to help Laos manage its foreign debt, much of it owed to China, but did "
             "not say how.",
             "Laos has struggled to repay loans for its Chinese-built railway and several dams, and its currency "
             "has lost about half its value in two years."],
            ["The Lao leader is scheduled to meet Communist Party chief Nguyen Phu Trong on Friday before flying "
             "home, a Lao embassy spokeswoman said.",
             "She declined to comment on reports that Vientiane had asked Hanoi for a credit line of $500 million.",
             "Vietnamese officials said the railway could be discussed again when Chinh visits Vientiane in "
             "December."],
        ],
        "events": [
            ev("visit", "visits", at="Lao premier visits Hanoi", p=["Sonexay Siphandone", "Vietnam"],
               agent="Sonexay Siphandone", target="Vietnam", loc="Hanoi, Vietnam", date="2023-09-06",
               dt="on Wednesday"),
            ev("meeting", "talks", at="held talks with his Vietnamese", p=["Sonexay Siphandone", "Pham Minh Chinh"],
               agent="Sonexay Siphandone", target="Pham Minh Chinh", loc="Hanoi, Vietnam", date="2023-09-07",
               dt="on Thursday"),
            ev("agreement", "sign", at="ministers sign eight", p=["Laos", "Vietnam"]),
            ev("statement", "said", at="Vietnam's government said", p=["Vietnam"], agent="Vietnam"),
            ev("statement", "said", at="Chinh said", p=["Pham Minh Chinh"], agent="Pham Minh Chinh"),
            ev("statement", "said", at="a Lao embassy spokeswoman said", p=["Lao Embassy in Hanoi"],
               agent="Lao Embassy in Hanoi"),
            ev("statement", "asked", at="had asked Hanoi", p=["Laos", "Vietnam"], agent="Laos", target="Vietnam"),
            ev("statement", "said", at="Vietnamese officials said", p=["Vietnam"], agent="Vietnam"),
        ],
        "irrealis": [
            irr("negated", "agreement", "deal", at="A deal on financing", p=["Laos", "Vietnam"]),
            irr("negated", "statement", "did not say how", p=["Pham Minh Chinh"], agent="Pham Minh Chinh"),
            irr("planned", "meeting", "meet", at="scheduled to meet", p=["Sonexay Siphandone", "Nguyen Phu Trong"],
                agent="Sonexay Siphandone", target="Nguyen Phu Trong", date="2023-09-08", dt="on Friday"),
            irr("negated", "statement", "declined to comment", p=["Lao Embassy in Hanoi"],
                agent="Lao Embassy in Hanoi"),
            irr("hypothetical", "meeting", "discussed", at="could be discussed again", p=["Laos", "Vietnam"]),
            irr("planned", "visit", "visits", at="when Chinh visits Vientiane", p=["Pham Minh Chinh", "Laos"],
                agent="Pham Minh Chinh", target="Laos", loc="Vientiane, Laos", date="2023-12", dt="in December"),
        ],
        "people": ["Sonexay Siphandone", "Pham Minh Chinh", "Nguyen Phu Trong"],
        "places": ["Hanoi", "Vietnam", "Laos", "Vientiane", "Vung Ang", "China"],
        "organizations": ["Communist Party", "Lao Embassy in Hanoi"],
    },
    {
        "id": "hm14", "published": "2024-05-21",
        "paragraphs": [
            ["Dominican President Abinader re-elected in first-round win"],
            ["SANTO DOMINGO (Reuters) - Dominican President Luis Abinader won a second four-year term in Sunday's "
             "election, taking about 57 percent of the vote and avoiding a runoff, according to results published "
             "by the Central Electoral Board on Monday."],
            ["His nearest rival, former President Leonel Fernandez, conceded defeat late on Sunday and wished him "
             "success, though he said his party would watch the government closely.",
             "Third-placed candidate Abel Martinez has not commented on the result."],
            ["Abinader, whose Modern Revolutionary Party also won a majority in both chambers of Congress, "
             "thanked voters at a rally in the capital and vowed to press ahead with a fiscal reform he shelved "
             "last year.",
             "He said he would not seek to change the constitution to run for a third term."],
            ["The president has built a wall along parts of the border with Haiti and deported tens of thousands of "
             "Haitians, a policy he defended in the campaign.",
             "Antony Blinken, the U.S. secretary of state, called Abinader on Tuesday to congratulate him, the State "
             "Department said.",
             "Abinader is expected to visit Washington in the autumn, a Dominican official said, though the trip "
             "has not been scheduled."],
        ],
        "events": [
            ev("election", "re-elected", p=["Luis Abinader", "Dominican Republic"], agent="Luis Abinader",
               target="President of the Dominican Republic", loc="Dominican Republic", date="2024-05-19",
               dt="in Sunday's election"),
            ev("statement", "according to", at="according to results published"),
            ev("statement", "conceded", p=["Leonel Fernandez"], agent="Leonel Fernandez", date="2024-05-19",
               dt="late on Sunday"),
            ev("statement", "wished", p=["Leonel Fernandez", "Luis Abinader"], agent="Leonel Fernandez",
               target="Luis Abinader"),
            ev("statement", "said", at="though he said his party", p=["Leonel Fernandez"], agent="Leonel Fernandez"),
            ev("statement", "thanked", p=["Luis Abinader"], agent="Luis Abinader",
               loc="Santo Domingo, Dominican Republic"),
            ev("statement", "vowed", p=["Luis Abinader"], agent="Luis Abinader"),
            ev("statement", "said", at="He said he would not seek", p=["Luis Abinader"], agent="Luis Abinader"),
            ev("statement", "defended", p=["Luis Abinader"], agent="Luis Abinader"),
            ev("call", "called", at="called Abinader on Tuesday", p=["Antony Blinken", "Luis Abinader"],
               agent="Antony Blinken", target="Luis Abinader", date="2024-05-21", dt="on Tuesday"),
            ev("statement", "said", at="State Department said", p=["United States"], agent="United States"),
            ev("statement", "said", at="a Dominican official said", p=["Dominican Republic"],
               agent="Dominican Republic"),
        ],
        "irrealis": [
            irr("negated", "election", "runoff", at="avoiding a runoff"),
            irr("negated", "statement", "has not commented", p=["Abel Martinez"], agent="Abel Martinez"),
            irr("negated", "statement", "seek", at="would not seek to change the constitution", p=["Luis Abinader"],
                agent="Luis Abinader"),
            irr("negated", "election", "run", at="to run for a third term", p=["Luis Abinader"], agent="Luis Abinader"),
            irr("planned", "visit", "visit", at="expected to visit Washington", p=["Luis Abinader", "United States"],
                agent="Luis Abinader", target="United States", loc="Washington, United States", date="2024",
                dt="in the autumn"),
        ],
        "people": ["Luis Abinader", "Leonel Fernandez", "Abel Martinez", "Antony Blinken"],
        "places": ["Santo Domingo", "Dominican Republic", "Haiti", "Washington"],
        "organizations": ["Central Electoral Board", "Modern Revolutionary Party", "State Department"],
    },
    {
        "id": "hm15", "published": "2024-08-15",
        "paragraphs": [
            ["Jamaican appeal court strikes down bauxite mining licence in Cockpit Country"],
            ["KINGSTON (AP) - Jamaica's Court of Appeal on Wednesday quashed a licence that would have allowed a "
             "mining company to dig for bauxite on the edge of the protected Cockpit Country forest, ruling that "
             "the government had failed to consult nearby communities."],
            ["The three judges ordered the Ministry of Mining to restart the approval process and to hold public "
             "hearings before any new licence is granted.",
             "The company, Blue Mountain Alumina, said it was studying the judgment and had not decided whether "
             "to take the case to the Privy Council in London."],
            ["Residents of the village of Accompong, who had held a sit-in outside the court since Monday, cheered "
             "the ruling and said they would keep fighting any mine near their water sources.",
             "Environmental lawyer Danielle Spence, who represented the communities, told reporters the ruling "
             "set a precedent for the whole island."],
            ["Prime Minister Andrew Holness said on Thursday the government respected the court's decision and "
             "would not appeal.",
             "He denied that his cabinet had rushed the licence through and said officials would meet community "
             "leaders next month.",
             "Mining accounts for about a tenth of Jamaica's exports, and the company had promised 600 jobs."],
        ],
        "events": [
            ev("ruling", "strikes down", p=["Court of Appeal of Jamaica"], agent="Court of Appeal of Jamaica",
               date="2024-08-14", dt="on Wednesday"),
            ev("statement", "said", at="Blue Mountain Alumina, said", p=["Blue Mountain Alumina"],
               agent="Blue Mountain Alumina"),
            ev("protest", "sit-in", loc="Kingston, Jamaica", date="2024-08-12", dt="since Monday"),
            ev("statement", "said", at="ruling and said"),
            ev("statement", "told", at="told reporters the ruling", p=["Danielle Spence"], agent="Danielle Spence"),
            ev("statement", "said", at="Holness said on Thursday", p=["Andrew Holness"], agent="Andrew Holness",
               date="2024-08-15", dt="on Thursday"),
            ev("statement", "denied", p=["Andrew Holness"], agent="Andrew Holness"),
            ev("statement", "said", at="through and said", p=["Andrew Holness"], agent="Andrew Holness"),
            ev("statement", "had promised", p=["Blue Mountain Alumina"], agent="Blue Mountain Alumina"),
        ],
        "irrealis": [
            irr("negated", "consultation", "consult", at="failed to consult", p=["Jamaica"], agent="Jamaica"),
            irr("planned", "hearing", "hearings", at="hold public hearings", p=["Ministry of Mining"],
                agent="Ministry of Mining"),
            irr("hypothetical", "appeal", "case", at="take the case to the Privy Council", p=["Blue Mountain Alumina",
                "Privy Council"], agent="Blue Mountain Alumina", loc="London, United Kingdom"),
            irr("negated", "appeal", "appeal", at="would not appeal", p=["Jamaica"], agent="Jamaica"),
            irr("planned", "meeting", "meet", at="officials would meet community leaders", p=["Jamaica"],
                agent="Jamaica", date="2024-09", dt="next month"),
        ],
        "people": ["Danielle Spence", "Andrew Holness"],
        "places": ["Kingston", "Jamaica", "Cockpit Country", "London", "Accompong"],
        "organizations": ["Court of Appeal of Jamaica", "Ministry of Mining", "Blue Mountain Alumina",
                          "Privy Council"],
    },
    {
        "id": "hm16", "published": "2024-11-21",
        "paragraphs": [
            ["Latvian police detain ship captain after Baltic data cable damaged"],
            ["RIGA (Reuters) - Latvian police detained the captain of a cargo ship on Wednesday on suspicion of "
             "damaging an undersea data cable between Latvia and the Swedish island of Gotland by dragging its "
             "anchor along the seabed, prosecutors said."],
            ["The vessel, the Malta-flagged Kestrel Bay, was escorted into the port of Ventspils by the Latvian "
             "navy on Tuesday night, and investigators boarded it at dawn.",
             "Prosecutor Inese Kalnina told reporters that the captain, a 52-year-old foreign national, had been "
             "questioned but had not yet been charged."],
            ["The ship's Cyprus-based operator, Halcyon Marine, said in an email that its crew was cooperating "
             "and denied that the damage had been deliberate.",
             "Latvian Prime Minister Evika Silina spoke by phone with Swedish Prime Minister Ulf Kristersson on "
             "Wednesday evening, and the two agreed to step up patrols of the Baltic Sea, her office said."],
            ["Silina told parliament on Thursday it was too early to blame any country, but she did not rule out "
             "sabotage.",
             "NATO said it would send two more ships to the region.",
             "Silina said she would also phone Estonian Prime Minister Kristen Michal on Friday.",
             "Repairs to the cable could take several weeks, its owner, the state operator LVRTC, said, adding that "
             "internet traffic had been rerouted and customers would not notice any disruption."],
        ],
        "events": [
            ev("arrest", "detain", at="Latvian police detain ship captain", p=["Latvian police"],
               agent="Latvian police", loc="Latvia", date="2024-11-20", dt="on Wednesday"),
            ev("statement", "said", at="prosecutors said"),
            ev("statement", "told", at="Kalnina told reporters", p=["Inese Kalnina"], agent="Inese Kalnina"),
            ev("questioning", "questioned", at="had been questioned"),
            ev("statement", "said", at="said in an email", p=["Halcyon Marine"], agent="Halcyon Marine"),
            ev("statement", "denied", p=["Halcyon Marine"], agent="Halcyon Marine"),
            ev("call", "spoke by phone", p=["Evika Silina", "Ulf Kristersson"], agent="Evika Silina",
               target="Ulf Kristersson", date="2024-11-20", dt="on Wednesday evening"),
            ev("agreement", "agreed", at="the two agreed to step up", p=["Evika Silina", "Ulf Kristersson"]),
            ev("statement", "said", at="her office said", p=["Evika Silina"], agent="Evika Silina"),
            ev("statement", "told", at="Silina told parliament", p=["Evika Silina", "Saeima"], agent="Evika Silina",
               target="Saeima", date="2024-11-21", dt="on Thursday"),
            ev("statement", "said", at="NATO said", p=["NATO"], agent="NATO"),
            ev("statement", "said", at="Silina said she would", p=["Evika Silina"], agent="Evika Silina"),
            ev("statement", "said", at="LVRTC, said", p=["LVRTC"], agent="LVRTC"),
            ev("statement", "adding", p=["LVRTC"], agent="LVRTC"),
        ],
        "irrealis": [
            irr("negated", "charge", "charged", at="had not yet been charged"),
            irr("negated", "statement", "blame", at="too early to blame any country", p=["Evika Silina"],
                agent="Evika Silina"),
            irr("hypothetical", "attack", "sabotage", at="did not rule out sabotage"),
            irr("negated", "statement", "rule out", at="she did not rule out", p=["Evika Silina"],
                agent="Evika Silina"),
            irr("planned", "deployment", "send", at="would send two more ships", p=["NATO"], agent="NATO"),
            irr("planned", "call", "phone", at="would also phone", p=["Evika Silina", "Kristen Michal"],
                agent="Evika Silina", target="Kristen Michal", date="2024-11-22", dt="on Friday"),
        ],
        "people": ["Inese Kalnina", "Evika Silina", "Ulf Kristersson", "Kristen Michal"],
        "places": ["Riga", "Latvia", "Gotland", "Ventspils", "Baltic Sea", "Cyprus"],
        "organizations": ["Halcyon Marine", "NATO", "LVRTC", "Saeima"],
    },
    {
        "id": "hm17", "published": "2025-03-13",
        "paragraphs": [
            ["Canadian miner to buy Zambian copper mine in $1.2 billion deal"],
            ["LUSAKA (Reuters) - Canadian miner Northgate Copper agreed on Wednesday to buy the Kansenshi West mine "
             "in Zambia's Copperbelt from a local conglomerate, Mwale Holdings, for $1.2 billion in cash and shares, "
             "the two companies said."],
            ["Northgate chief executive Laura Bennett said during a webcast for investors that the company would "
             "invest another $400 million to double output by 2028.",
             "She ruled out cutting jobs at the mine, which employs about 3,500 people."],
            ["The sale needs approval from Zambia's competition regulator and the mines ministry, which holds a "
             "golden share of the project.",
             "Mines Minister Paul Kabuswe said the government welcomed the investment but would not let the mine be "
             "sold on to a third party without its consent."],
            ["President Hakainde Hichilema has set a target of tripling copper production to 3 million tonnes a "
             "year within a decade, and has courted Western miners to balance Chinese investment.",
             "Mwale Holdings chairman Joseph Mwale told the Lusaka Times that the group would use the proceeds to "
             "pay down debt.",
             "Northgate shares rose 4 percent in Toronto on Thursday."],
        ],
        "events": [
            ev("acquisition", "buy", at="to buy Zambian copper mine", p=["Northgate Copper", "Kansenshi West mine"],
               agent="Northgate Copper", target="Kansenshi West mine", amount=(1200000000, "USD"),
               date="2025-03-12", dt="on Wednesday"),
            ev("statement", "said", at="the two companies said", p=["Northgate Copper", "Mwale Holdings"],
               agent="Northgate Copper"),
            ev("statement", "said", at="Bennett said", p=["Laura Bennett"], agent="Laura Bennett"),
            ev("statement", "ruled out", p=["Laura Bennett"], agent="Laura Bennett"),
            ev("statement", "said", at="Kabuswe said", p=["Paul Kabuswe"], agent="Paul Kabuswe"),
            ev("statement", "welcomed", p=["Zambia"], agent="Zambia"),
            ev("statement", "has set", p=["Hakainde Hichilema"], agent="Hakainde Hichilema"),
            ev("statement", "told", at="Mwale told the Lusaka Times", p=["Joseph Mwale", "Lusaka Times"],
               agent="Joseph Mwale", target="Lusaka Times"),
        ],
        "irrealis": [
            irr("planned", "investment", "invest", at="would invest another", p=["Northgate Copper"],
                agent="Northgate Copper"),
            irr("negated", "layoff", "cutting jobs", p=["Laura Bennett"], agent="Laura Bennett"),
            irr("planned", "approval", "approval", at="needs approval", p=["Zambia"]),
            irr("negated", "acquisition", "sold on", at="sold on to a third party", p=["Kansenshi West mine"],
                target="Kansenshi West mine"),
            irr("planned", "payment", "pay down", at="pay down debt", p=["Mwale Holdings"], agent="Mwale Holdings"),
        ],
        "people": ["Laura Bennett", "Paul Kabuswe", "Hakainde Hichilema", "Joseph Mwale"],
        "places": ["Lusaka", "Zambia", "Copperbelt", "Toronto"],
        "organizations": ["Northgate Copper", "Mwale Holdings", "Lusaka Times"],
    },
    {
        "id": "hm18", "published": "2025-07-10",
        "paragraphs": [
            ["Militants storm army post in northern Benin, at least 12 soldiers killed"],
            ["COTONOU (AFP) - Dozens of militants attacked an army post near the town of Karimama in northern Benin "
             "before dawn on Tuesday, killing at least 12 soldiers and wounding eight, an army officer told AFP on "
             "Wednesday on condition of anonymity."],
            ["The attackers, who arrived on motorcycles from across the Niger river, also set fire to two armoured "
             "vehicles before withdrawing, the officer said.",
             "An al Qaeda-linked group, Jama'at Nusrat al-Islam wal-Muslimin, claimed the raid in a message on "
             "Wednesday evening."],
            ["President Patrice Talon chaired an emergency session of the security council on Wednesday and vowed "
             "that the attack would \"not go unanswered\", government spokesman Wilfried Houngbedji said.",
             "He did not say whether Benin would send more troops to the north."],
            ["Benin has asked Niger's military government to resume joint border patrols that were suspended after "
             "the 2023 coup in Niamey, but Niamey has so far refused.",
             "Nigerien officials could not be reached for comment.",
             "A regional security analyst, Aminata Sow, said the militants were likely to strike again before the "
             "rainy season ends in October unless the two countries cooperated."],
        ],
        "events": [
            ev("attack", "storm", at="Militants storm army post", p=["Jama'at Nusrat al-Islam wal-Muslimin"],
               agent="Jama'at Nusrat al-Islam wal-Muslimin", target="army post near Karimama",
               loc="Karimama, Benin", date="2025-07-08", dt="before dawn on Tuesday", killed=12, injured=8),
            ev("death", "killed", at="at least 12 soldiers killed", date="2025-07-08", dt="before dawn on Tuesday",
               killed=12),
            ev("injury", "wounding", at="wounding eight", date="2025-07-08", dt="before dawn on Tuesday", injured=8),
            ev("statement", "told", at="officer told AFP", p=["Beninese army", "AFP"], agent="Beninese army",
               target="AFP", date="2025-07-09", dt="on Wednesday"),
            ev("statement", "said", at="the officer said", p=["Beninese army"], agent="Beninese army"),
            ev("statement", "claimed", at="claimed the raid", p=["Jama'at Nusrat al-Islam wal-Muslimin"],
               agent="Jama'at Nusrat al-Islam wal-Muslimin", date="2025-07-09", dt="on Wednesday evening"),
            ev("meeting", "session", at="emergency session of the security council", p=["Patrice Talon"],
               agent="Patrice Talon", date="2025-07-09", dt="on Wednesday"),
            ev("statement", "vowed", p=["Patrice Talon"], agent="Patrice Talon"),
            ev("statement", "said", at="Houngbedji said", p=["Wilfried Houngbedji"], agent="Wilfried Houngbedji"),
            ev("statement", "asked", at="Benin has asked", p=["Benin", "Niger"], agent="Benin", target="Niger"),
            ev("coup", "coup", at="the 2023 coup in Niamey", p=["Niger"], loc="Niamey, Niger", date="2023", dt="2023"),
            ev("statement", "refused", at="has so far refused", p=["Niger"], agent="Niger"),
            ev("statement", "said", at="Aminata Sow, said", p=["Aminata Sow"], agent="Aminata Sow"),
        ],
        "irrealis": [
            irr("negated", "statement", "did not say", p=["Wilfried Houngbedji"], agent="Wilfried Houngbedji"),
            irr("hypothetical", "deployment", "send", at="would send more troops", p=["Benin"], agent="Benin"),
            irr("planned", "resumption", "resume", at="resume joint border patrols", p=["Benin", "Niger"]),
            irr("negated", "statement", "could not be reached", p=["Niger"], agent="Niger"),
            irr("hypothetical", "attack", "strike", at="likely to strike again",
                p=["Jama'at Nusrat al-Islam wal-Muslimin"], agent="Jama'at Nusrat al-Islam wal-Muslimin"),
            irr("hypothetical", "cooperation", "cooperated", at="unless the two countries cooperated",
                p=["Benin", "Niger"]),
        ],
        "people": ["Patrice Talon", "Wilfried Houngbedji", "Aminata Sow"],
        "places": ["Cotonou", "Karimama", "Benin", "Niger", "Niamey"],
        "organizations": ["AFP", "Jama'at Nusrat al-Islam wal-Muslimin"],
    },
    {
        "id": "hm19", "published": "2026-02-19",
        "paragraphs": [
            ["Britain sanctions Dubai shipping firms it says run Russia's shadow tankers"],
            ["LONDON (Reuters) - Britain on Wednesday imposed sanctions on four shipping companies registered in "
             "Dubai and the Marshall Islands, including Corvina Maritime, that it says manage ageing tankers "
             "carrying Russian oil above the Western price cap, the Foreign Office said."],
            ["The measures also name 22 vessels, which will be barred from British ports and from using "
             "British insurers.",
             "Foreign Secretary Yvette Cooper said Moscow's \"shadow fleet\" was funding the war in Ukraine and "
             "posed a risk to the environment in the North Sea and the Baltic."],
            ["Corvina Maritime rejected the accusations in a statement on Thursday, saying its ships complied with "
             "all international rules, and said it would ask a British court to lift the designation.",
             "The Russian embassy in London called the sanctions illegal and warned of retaliation against British "
             "interests, without giving details."],
            ["The European Union is expected to adopt a similar list next week, diplomats in Brussels said.",
             "Britain has sanctioned more than 500 tankers since 2022.",
             "Cooper met her Norwegian counterpart in London on Wednesday, and the two discussed joint "
             "inspections of tankers in the North Sea, though no agreement was announced."],
        ],
        "events": [
            ev("sanction", "sanctions", at="Britain sanctions Dubai shipping firms", p=["United Kingdom",
               "Corvina Maritime"], agent="United Kingdom", target="Corvina Maritime"),
            ev("statement", "says", at="it says run Russia's", p=["United Kingdom"], agent="United Kingdom"),
            ev("statement", "says", at="that it says manage", p=["United Kingdom"], agent="United Kingdom"),
            ev("statement", "said", at="the Foreign Office said", p=["United Kingdom"], agent="United Kingdom"),
            ev("statement", "said", at="Cooper said", p=["Yvette Cooper"], agent="Yvette Cooper"),
            ev("statement", "rejected", p=["Corvina Maritime"], agent="Corvina Maritime", date="2026-02-19",
               dt="on Thursday"),
            ev("statement", "saying", at="saying its ships", p=["Corvina Maritime"], agent="Corvina Maritime"),
            ev("statement", "said", at="and said it would ask", p=["Corvina Maritime"], agent="Corvina Maritime"),
            ev("statement", "called", at="called the sanctions illegal", p=["Russian Embassy in London"],
               agent="Russian Embassy in London"),
            ev("statement", "warned", p=["Russian Embassy in London"], agent="Russian Embassy in London"),
            ev("statement", "said", at="diplomats in Brussels said"),
            ev("sanction", "has sanctioned", p=["United Kingdom"], agent="United Kingdom"),
            ev("meeting", "met", at="Cooper met her Norwegian", p=["Yvette Cooper", "Norway"], agent="Yvette Cooper",
               target="Norway", loc="London, United Kingdom", date="2026-02-18", dt="on Wednesday"),
        ],
        "irrealis": [
            irr("planned", "lifting", "lift", at="ask a British court to lift", p=["Corvina Maritime"],
                agent="Corvina Maritime"),
            irr("hypothetical", "response", "retaliation", at="warned of retaliation", p=["Russia", "United Kingdom"],
                agent="Russia", target="United Kingdom"),
            irr("negated", "statement", "giving details", at="without giving details", p=["Russian Embassy in London"],
                agent="Russian Embassy in London"),
            irr("planned", "sanction", "adopt", at="expected to adopt a similar list", p=["European Union"],
                agent="European Union", date="2026-W09", dt="next week"),
            irr("negated", "agreement", "agreement", at="no agreement was announced", p=["Yvette Cooper", "Norway"]),
            irr("negated", "statement", "announced", at="no agreement was announced"),
        ],
        "people": ["Yvette Cooper"],
        "places": ["London", "Britain", "Dubai", "Marshall Islands", "Russia", "Ukraine", "North Sea", "Baltic",
                   "Brussels", "Norway"],
        "organizations": ["Corvina Maritime", "Foreign Office", "European Union",
                          "Russian Embassy in London"],
    },
    {
        "id": "hm20", "published": "2026-04-23",
        "paragraphs": [
            ["Tens of thousands protest in Skopje against pension age rise"],
            ["SKOPJE (AP) - A crowd of tens of thousands filled the streets of central Skopje on Wednesday to protest "
             "against a government plan to raise the retirement age to 67, in the largest demonstration in North "
             "Macedonia in a decade, police and organisers said."],
            ["The march, called by the country's two main trade union federations, ended peacefully outside "
             "parliament, where union leader Darko Dimovski demanded that Prime Minister Hristijan Mickoski "
             "withdraw the bill.",
             "\"If parliament votes for this, we will strike,\" he told the crowd."],
            ["Mickoski said on Thursday he was ready to meet the unions next week but would not drop the reform, "
             "arguing that the pension fund would run out of money by 2031 without it.",
             "Finance Minister Gordana Dimitrieska-Kochoska told a news conference that ministers might phase "
             "in the change more slowly."],
            ["Opposition Social Democrats, who joined the march, urged the government to put the plan to a "
             "referendum.",
             "Parliament is due to vote on the bill in May.",
             "The European Commission, which has urged Skopje to reform its pensions, declined to comment on the "
             "protests.",
             "Smaller rallies were held on Wednesday in Bitola and Tetovo, local media reported."],
        ],
        "events": [
            ev("protest", "protest", at="Tens of thousands protest in Skopje", loc="Skopje, North Macedonia",
               date="2026-04-22", dt="on Wednesday"),
            ev("statement", "said", at="police and organisers said"),
            ev("statement", "demanded", p=["Darko Dimovski", "Hristijan Mickoski"], agent="Darko Dimovski",
               target="Hristijan Mickoski"),
            ev("statement", "told", at="he told the crowd", p=["Darko Dimovski"], agent="Darko Dimovski"),
            ev("statement", "said", at="Mickoski said on Thursday", p=["Hristijan Mickoski"],
               agent="Hristijan Mickoski", date="2026-04-23", dt="on Thursday"),
            ev("statement", "arguing", p=["Hristijan Mickoski"], agent="Hristijan Mickoski"),
            ev("statement", "told", at="told a news conference", p=["Gordana Dimitrieska-Kochoska"],
               agent="Gordana Dimitrieska-Kochoska"),
            ev("news_conference", "news conference", p=["Gordana Dimitrieska-Kochoska"],
               agent="Gordana Dimitrieska-Kochoska"),
            ev("statement", "urged", at="Social Democrats, who joined", p=["Social Democratic Union of Macedonia"],
               agent="Social Democratic Union of Macedonia"),
            ev("statement", "has urged", p=["European Commission", "North Macedonia"], agent="European Commission",
               target="North Macedonia"),
            ev("protest", "rallies", at="Smaller rallies were held", loc="Bitola, North Macedonia",
               date="2026-04-22", dt="on Wednesday"),
            ev("statement", "reported", at="local media reported"),
        ],
        "irrealis": [
            irr("planned", "withdrawal", "withdraw", at="withdraw the bill", p=["Hristijan Mickoski"],
                agent="Hristijan Mickoski"),
            irr("hypothetical", "vote", "votes", at="If parliament votes for this", p=["Assembly of North Macedonia"]),
            irr("hypothetical", "strike", "strike", at="we will strike"),
            irr("planned", "meeting", "meet", at="ready to meet the unions", p=["Hristijan Mickoski"],
                agent="Hristijan Mickoski", date="2026-W18", dt="next week"),
            irr("negated", "withdrawal", "drop", at="would not drop the reform", p=["Hristijan Mickoski"],
                agent="Hristijan Mickoski"),
            irr("hypothetical", "change", "phase", at="might phase", p=["North Macedonia"], agent="North Macedonia"),
            irr("hypothetical", "referendum", "referendum", at="to a referendum", p=["North Macedonia"]),
            irr("planned", "vote", "vote", at="due to vote on the bill", p=["Assembly of North Macedonia"],
                date="2026-05", dt="in May"),
            irr("negated", "statement", "declined to comment", p=["European Commission"], agent="European Commission"),
        ],
        "people": ["Darko Dimovski", "Hristijan Mickoski", "Gordana Dimitrieska-Kochoska"],
        "places": ["Skopje", "North Macedonia", "Bitola", "Tetovo"],
        "organizations": ["Social Democratic Union of Macedonia", "European Commission",
                          "Assembly of North Macedonia"],
    },
]
