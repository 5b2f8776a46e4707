"""The eighteenth held-out news set, the test set of round r (the source of heldout-news-r.{in,gold}.jsonl).

Written and annotated during round r as its test: nobody develops a rule on this set, and the round's engineers do
not see it until it is merged. Every lead was written for it (never copied or paraphrased from ../shared/data, the
seed, examples/ or sets a-q; no 7-word run shared with any of them, checked by a script over lowercased word 7-grams
before the build); real public figures appear in events that are partly or wholly invented, the companies of the
acquisition leads are invented, and the tolls, quotes and other people are invented or retold in my own words.
Annotated by hand before kg was run on it, with the conventions of sets a-q as the shared docstring of
`heldout_news_source.py` states them after round k (news-dev's), and where those are ambiguous as sets k-q did: one
event per real-world event at its first mention (a headline included), later mentions ("the raid", "the bloodshed",
"the fighting", "the arrests", "the deal", "the ruling", "the accord") filling in its details; every reporting verb
its own statement, participial ones ("saying", "adding", "accusing") included; a headline's reporting verb and the
body's two statements ("orders" and "ordered"); a reporting noun that is the medium of a reporting verb ("said in a
radio address", "said in a televised address") none of its own; a possessive voice ("his office said", "his
spokesman said") its possessor; a national government, ministry, embassy, mission or unnamed officials that speak
("the interior ministry", "Iran's U.N. mission", "The Russian embassy in Berlin", "officials in Bishkek") its
country; "declined to V" and "refused to V" the V negated; "agreed to V" an agreement plus the planned V; "ordered X"
a statement plus the planned X (a judge's order a ruling); requested acts ("urged X to V", "demanding an audit",
"requests to let U.N. trucks through") planned; "threatened to V" the V hypothetical; an election won one election
event at its first mention (agent the winner, target the office); casualties on attacks, with the deaths and
injuries of their tolls ("leave 26 dead" a death at the headline; a headline "kills" of an attack noun no death of
its own, the death at the body's "killing", as hn01 and hnq05 do).

Conventions I had to decide (the shared docstring is silent):
- A condition's consequent keeps its own modality and only the condition is hypothetical: "would march on Lima next
  week if Boluarte did not step down" is a planned protest and a hypothetical resignation; "would take to the
  streets again on Friday unless the price rise was suspended" a planned protest and a hypothetical suspension.
- A boycott of a vote or of parliament is a `protest` of the boycotting party ("vote boycotted by opposition", "keep
  boycotting parliament").
- A purpose phrase of a journey that did happen by the publication date is realis at its first mention: "arrived in
  Baku ... for talks with President Ilham Aliyev" is the realis meeting that "met for three hours on Wednesday
  morning" restates, dated by that restatement.
- A failed attempt ("his failed bid to dissolve Congress") and an offer weighed and never made ("weighed an offer
  ... but never submitted one", "looked at Calizas ... but walked away") are negated.
- "has no known link", "could take years", "looked full but not excessive" and other stative or evaluative clauses
  are no events; coups ("last month's military takeover", "soldiers ousted President Mohamed Bazoum") are not
  annotated (no kind of kg's), and a detention that continues ("held since the Feb. 1 takeover", "he had been held")
  is an `arrest` realis.
- "congratulated Hasina by phone" is a call and a statement, both at their words; "spoke with Bazoum by phone" one
  call.
- A vague toll ("Dozens more were wounded", "dozens of people were injured") is an injury event with no count.
- An organisation named in the text by its short form only ("the OSCE", "ECOWAS", "the BNP") takes its canonical name
  as a participant where the sets have one, and the form the text gives otherwise.
Like sets h-q, this set is ordinary news in the mix the wire carries: a fuel protest and arrests in Banjul, a
haulage takeover in Mombasa, an insurgent raid in Cabo Delgado, militia raids in South Kivu, a missile barrage in
Marib, Belarus's 2020 election and protests, Myanmar's crackdown, an EU-brokered deal in Georgia, air strikes on
Mekelle, the Philippine election, Kyrgyz-Tajik border clashes, a Peruvian court ruling, ECOWAS's standby force for
Niger, Bangladesh's election, Iran's barrage at Israel, a state visit to Brunei, a Mexican cement takeover,
Thai-Cambodian border fighting, sabotage arrests and sanctions in Hamburg, and an Armenian leader in Baku; from
regions sets a-q have few or none of, with seven AP datelines ("BANJUL, Gambia (AP) — "), seven Reuters' (five in
the month-day shape "MOMBASA, Oct 9 (Reuters) - ", two as "MUKALLA (Reuters) - ") and six web leads with no dateline
(the headline, then the body; the place only in the text), no dateline one of sets a-q or news-dev has.
"""

from heldout_news_source import ev, irr

ARTICLES = [
    {
        "id": "hnr01", "published": "2018-04-17",
        "paragraphs": [
            ["Gambian police arrest dozens as fuel price protest turns violent"],
            ["BANJUL, Gambia (AP) — Police in the Gambian capital fired tear gas and rounded up at least 34 people on "
             "Monday as hundreds of young men blocked roads and burned tyres to protest a sharp rise in fuel prices, "
             "the interior ministry said."],
            ["Two protesters were hurt when officers charged the crowd near the Westfield junction, a nurse at the "
             "Edward Francis Small Teaching Hospital said."],
            ["President Adama Barrow, who took office after defeating Yahya Jammeh in the 2016 election, said in a "
             "radio address that the government would not reverse the increase, but he promised to meet youth "
             "leaders later this week."],
            ["\"We are not criminals, we are only asking to feed our families,\" said Lamin Ceesay, one of the "
             "organisers, who was freed on bail late on Monday.",
             "He said the group would take to the streets again on Friday unless the price rise was suspended."],
            ["The opposition United Democratic Party denied that it was behind the unrest and urged the police to "
             "release those still held.",
             "Interior Minister Ebrima Mballow did not say whether the detainees would be charged, and a police "
             "spokesman could not be reached for comment on Tuesday."],
        ],
        "events": [
            ev("arrest", "arrest", at="Gambian police arrest dozens", p=["Gambia Police Force"],
               agent="Gambia Police Force", loc="Banjul, Gambia", date="2018-04-16", dt="on Monday"),
            ev("protest", "protest", at="as fuel price protest turns violent", loc="Banjul, Gambia",
               date="2018-04-16", dt="on Monday"),
            ev("statement", "said", at="the interior ministry said", p=["Gambia"], agent="Gambia"),
            ev("attack", "charged", at="officers charged the crowd", p=["Gambia Police Force"],
               agent="Gambia Police Force", target="crowd near the Westfield junction", loc="Banjul, Gambia",
               injured=2),
            ev("injury", "hurt", at="Two protesters were hurt", injured=2),
            ev("statement", "said", at="Teaching Hospital said"),
            ev("election", "election", at="in the 2016 election", p=["Adama Barrow", "Yahya Jammeh"],
               agent="Adama Barrow", target="President of the Gambia", loc="Gambia", date="2016", dt="2016"),
            ev("statement", "said", at="said in a radio address", p=["Adama Barrow"], agent="Adama Barrow"),
            ev("statement", "promised", p=["Adama Barrow"], agent="Adama Barrow"),
            ev("statement", "said", at="said Lamin Ceesay", p=["Lamin Ceesay"], agent="Lamin Ceesay"),
            ev("release", "freed", at="freed on bail", p=["Lamin Ceesay"], target="Lamin Ceesay",
               date="2018-04-16", dt="late on Monday"),
            ev("statement", "said", at="He said the group would", p=["Lamin Ceesay"], agent="Lamin Ceesay"),
            ev("statement", "denied", p=["United Democratic Party"], agent="United Democratic Party"),
            ev("statement", "urged", p=["United Democratic Party", "Gambia Police Force"],
               agent="United Democratic Party", target="Gambia Police Force"),
        ],
        "irrealis": [
            irr("negated", "reversal", "reverse", at="would not reverse the increase", p=["Gambia"], agent="Gambia"),
            irr("planned", "meeting", "meet", at="promised to meet youth leaders", p=["Adama Barrow"],
                agent="Adama Barrow", date="2018-W16", dt="later this week"),
            irr("planned", "protest", "take to the streets", at="would take to the streets again",
                p=["Lamin Ceesay"], agent="Lamin Ceesay", loc="Banjul, Gambia", date="2018-04-20", dt="on Friday"),
            irr("hypothetical", "suspension", "suspended", at="price rise was suspended", p=["Gambia"]),
            irr("planned", "release", "release", at="release those still held", p=["Gambia Police Force"],
                agent="Gambia Police Force"),
            irr("negated", "statement", "did not say", at="Mballow did not say", p=["Ebrima Mballow"],
                agent="Ebrima Mballow"),
            irr("hypothetical", "charge", "charged", at="detainees would be charged", p=["Gambia Police Force"]),
            irr("negated", "statement", "could not be reached", p=["Gambia Police Force"],
                agent="Gambia Police Force", date="2018-04-17", dt="on Tuesday"),
        ],
        "people": ["Adama Barrow", "Yahya Jammeh", "Lamin Ceesay", "Ebrima Mballow"],
        "places": ["Banjul", "Gambia", "Westfield"],
        "organizations": ["Gambia Police Force", "Edward Francis Small Teaching Hospital", "United Democratic Party"],
    },
    {
        "id": "hnr02", "published": "2018-10-09",
        "paragraphs": [
            ["Kenya's Pwani Freight buys Tanzanian haulier Kilwa Cargo for $85 million"],
            ["MOMBASA, Oct 9 (Reuters) - Pwani Freight, Kenya's largest privately owned port trucking group, has "
             "acquired Tanzanian rival Kilwa Cargo for 8.6 billion shillings ($85 million), it said on Tuesday, "
             "gaining a foothold in the port of Dar es Salaam."],
            ["The purchase, agreed with Kilwa's founding Mrema family last month, needs no approval from Tanzania's "
             "competition regulator because the two firms serve different routes, finance director Grace Wanjiru "
             "told reporters in Mombasa."],
            ["She said Pwani was not planning to cut jobs at Kilwa's depots and would not seek a listing on the "
             "Nairobi bourse before 2020, though it might bid for a stake in Uganda's state rail operator.",
             "\"We are in no hurry,\" Wanjiru said."],
            ["Analysts at Kestrel Capital called the price fair but warned that a weaker Tanzanian shilling could "
             "eat into Kilwa's earnings."],
            ["Pwani first approached Kilwa in 2016, but those negotiations broke down over the valuation.",
             "French group Bollore Africa Logistics weighed an offer earlier this year but never submitted one, two "
             "bankers involved in the sale said."],
            ["The Tanzanian government, which holds a 10 percent stake in Kilwa, has not commented on the takeover "
             "and is due to hand its shares to Pwani by December."],
        ],
        "events": [
            ev("acquisition", "buys", at="Pwani Freight buys Tanzanian haulier", p=["Pwani Freight", "Kilwa Cargo"],
               agent="Pwani Freight", target="Kilwa Cargo", amount=(85000000, "USD")),
            ev("statement", "said", at="it said on Tuesday", p=["Pwani Freight"], agent="Pwani Freight",
               date="2018-10-09", dt="on Tuesday"),
            ev("agreement", "agreed", at="agreed with Kilwa's founding", p=["Pwani Freight", "Mrema family"],
               date="2018-09", dt="last month"),
            ev("statement", "told", at="Wanjiru told reporters", p=["Grace Wanjiru"], agent="Grace Wanjiru"),
            ev("statement", "said", at="She said Pwani", p=["Grace Wanjiru"], agent="Grace Wanjiru"),
            ev("statement", "said", at="Wanjiru said.", p=["Grace Wanjiru"], agent="Grace Wanjiru"),
            ev("statement", "called", at="Kestrel Capital called", p=["Kestrel Capital"], agent="Kestrel Capital"),
            ev("statement", "warned", p=["Kestrel Capital"], agent="Kestrel Capital"),
            ev("meeting", "negotiations", at="those negotiations broke down", p=["Pwani Freight", "Kilwa Cargo"],
               date="2016", dt="in 2016"),
            ev("statement", "said", at="bankers involved in the sale said"),
        ],
        "irrealis": [
            irr("negated", "approval", "approval", at="needs no approval", p=["Tanzania"]),
            irr("negated", "layoff", "cut", at="not planning to cut jobs", p=["Pwani Freight"],
                agent="Pwani Freight"),
            irr("negated", "listing", "listing", at="would not seek a listing", p=["Pwani Freight"],
                agent="Pwani Freight", date="2020", dt="before 2020"),
            irr("hypothetical", "acquisition", "bid", at="might bid for a stake", p=["Pwani Freight"],
                agent="Pwani Freight"),
            irr("negated", "acquisition", "offer", at="weighed an offer", p=["Bollore Africa Logistics",
                "Kilwa Cargo"], agent="Bollore Africa Logistics", target="Kilwa Cargo", date="2018",
                dt="earlier this year"),
            irr("negated", "statement", "has not commented", p=["Tanzania"], agent="Tanzania"),
            irr("planned", "transfer", "hand", at="due to hand its shares", p=["Tanzania", "Pwani Freight"],
                agent="Tanzania", target="Pwani Freight", date="2018-12", dt="by December"),
        ],
        "people": ["Grace Wanjiru"],
        "places": ["Mombasa", "Kenya", "Dar es Salaam", "Tanzania", "Nairobi", "Uganda"],
        "organizations": ["Pwani Freight", "Kilwa Cargo", "Kestrel Capital", "Bollore Africa Logistics"],
    },
    {
        "id": "hnr03", "published": "2019-03-21",
        "paragraphs": [
            ["Seven dead in raid on fishing village in northern Mozambique"],
            ["Armed men stormed a fishing village in Mozambique's Cabo Delgado province before dawn on Tuesday, "
             "shooting seven residents and setting fire to dozens of homes, police and local officials said on "
             "Wednesday."],
            ["Saide Amade, the district administrator, said the attackers came ashore in small boats and escaped into "
             "the forest when soldiers reached the village, about 40 km north of the town of Palma, several hours "
             "later.",
             "Three soldiers were wounded in an exchange of fire, he said."],
            ["No group has claimed the raid, the latest in a string of killings since October 2017 that rights groups "
             "blame on an Islamist movement known locally as al-Shabaab, which has no known link to the Somali group "
             "of that name."],
            ["President Filipe Nyusi, who is seeking a second term in October's election, did not mention the "
             "violence in a speech in Maputo on Wednesday.",
             "His government has refused to let reporters into the province and has denied that the insurgency "
             "threatens the gas projects led by U.S. company Anadarko off the coast."],
            ["Anadarko said it had no plans to pull staff out of Palma but would review its security arrangements "
             "with the authorities.",
             "A company spokesman declined to say whether any of its contractors had been targeted."],
        ],
        "events": [
            ev("attack", "raid", at="Seven dead in raid", target="fishing village in Cabo Delgado",
               loc="Cabo Delgado, Mozambique", date="2019-03-19", dt="before dawn on Tuesday", killed=7),
            ev("death", "dead", at="Seven dead", killed=7),
            ev("statement", "said", at="local officials said on", date="2019-03-20", dt="on Wednesday"),
            ev("statement", "said", at="the district administrator, said", p=["Saide Amade"], agent="Saide Amade"),
            ev("attack", "exchange of fire", p=["Mozambique Armed Defence Forces"], loc="Cabo Delgado, Mozambique",
               injured=3),
            ev("injury", "wounded", at="Three soldiers were wounded", injured=3),
            ev("statement", "said", at="exchange of fire, he said", p=["Saide Amade"], agent="Saide Amade"),
            ev("statement", "blame", at="rights groups blame"),
            ev("statement", "has denied", at="has denied that the insurgency", p=["Mozambique"], agent="Mozambique"),
            ev("statement", "said", at="Anadarko said", p=["Anadarko"], agent="Anadarko"),
        ],
        "irrealis": [
            irr("negated", "statement", "claimed", at="No group has claimed"),
            irr("planned", "election", "election", at="in October's election", p=["Filipe Nyusi"],
                agent="Filipe Nyusi", target="President of Mozambique", loc="Mozambique", date="2019-10",
                dt="October's"),
            irr("negated", "statement", "did not mention", p=["Filipe Nyusi"], agent="Filipe Nyusi",
                loc="Maputo, Mozambique", date="2019-03-20", dt="on Wednesday"),
            irr("negated", "permission", "let", at="refused to let reporters", p=["Mozambique"], agent="Mozambique"),
            irr("negated", "evacuation", "pull", at="no plans to pull staff", p=["Anadarko"], agent="Anadarko",
                loc="Palma, Mozambique"),
            irr("planned", "review", "review", at="would review its security", p=["Anadarko", "Mozambique"],
                agent="Anadarko"),
            irr("negated", "statement", "declined to say", p=["Anadarko"], agent="Anadarko"),
            irr("hypothetical", "attack", "targeted", at="had been targeted", target="Anadarko contractors"),
        ],
        "people": ["Saide Amade", "Filipe Nyusi"],
        "places": ["Mozambique", "Cabo Delgado", "Palma", "Maputo"],
        "organizations": ["al-Shabaab", "Anadarko"],
    },
    {
        "id": "hnr04", "published": "2019-11-26",
        "paragraphs": [
            ["Militia raids on eastern Congo villages leave 26 dead"],
            ["BUKAVU, Congo (AP) — Militia fighters armed with machetes and rifles raided three villages in the "
             "highlands of South Kivu province late on Sunday, killing at least 26 civilians, among them 11 children, "
             "a local rights group said on Tuesday."],
            ["Dozens more were wounded and several hundred families fled toward the lakeside town of Baraka, said "
             "Espoir Bulambo, who heads the group, the Fizi Civil Society."],
            ["The army blamed the Mai-Mai Yakutumba militia, which has fought government troops in the area for a "
             "decade.",
             "A spokesman for the militia denied that its men had taken part and accused the army of spreading lies."],
            ["Local leaders said MONUSCO, the U.N. peacekeeping mission, had been warned of an attack but sent no "
             "troops to the area.",
             "A mission spokeswoman, Mathilde Rousseau, said patrols would be stepped up, but she gave no date for "
             "the new base the mission promised in August."],
            ["President Felix Tshisekedi, who is due to visit Bukavu next month, has ordered an inquiry, his "
             "spokesman said.",
             "Officials in Kinshasa gave no answer when asked whether the army would launch an offensive against "
             "the militia before the rainy season."],
        ],
        "events": [
            ev("attack", "raids", at="Militia raids on eastern Congo", p=["Mai-Mai Yakutumba"],
               target="three villages in the highlands of South Kivu", loc="South Kivu, Democratic Republic of the "
               "Congo", date="2019-11-24", dt="late on Sunday", killed=26),
            ev("death", "dead", at="leave 26 dead", killed=26),
            ev("statement", "said", at="rights group said", date="2019-11-26", dt="on Tuesday"),
            ev("injury", "wounded", at="Dozens more were wounded"),
            ev("statement", "said", at="said Espoir Bulambo", p=["Espoir Bulambo"], agent="Espoir Bulambo"),
            ev("statement", "blamed", p=["Armed Forces of the Democratic Republic of the Congo", "Mai-Mai Yakutumba"],
               agent="Armed Forces of the Democratic Republic of the Congo", target="Mai-Mai Yakutumba"),
            ev("statement", "denied", at="militia denied", p=["Mai-Mai Yakutumba"], agent="Mai-Mai Yakutumba"),
            ev("statement", "accused", p=["Mai-Mai Yakutumba", "Armed Forces of the Democratic Republic of the Congo"],
               agent="Mai-Mai Yakutumba", target="Armed Forces of the Democratic Republic of the Congo"),
            ev("statement", "said", at="Local leaders said"),
            ev("statement", "warned", at="had been warned of an attack", p=["MONUSCO"], target="MONUSCO"),
            ev("statement", "said", at="Mathilde Rousseau, said", p=["Mathilde Rousseau"], agent="Mathilde Rousseau"),
            ev("statement", "promised", at="the mission promised", p=["MONUSCO"], agent="MONUSCO", date="2019-08",
               dt="in August"),
            ev("statement", "ordered", at="has ordered an inquiry", p=["Felix Tshisekedi"], agent="Felix Tshisekedi"),
            ev("statement", "said", at="his spokesman said", p=["Felix Tshisekedi"], agent="Felix Tshisekedi"),
        ],
        "irrealis": [
            irr("negated", "deployment", "sent", at="sent no troops", p=["MONUSCO"], agent="MONUSCO"),
            irr("planned", "patrol", "stepped up", at="patrols would be stepped up", p=["MONUSCO"], agent="MONUSCO"),
            irr("negated", "statement", "gave no date", p=["Mathilde Rousseau"], agent="Mathilde Rousseau"),
            irr("planned", "visit", "visit", at="due to visit Bukavu", p=["Felix Tshisekedi", "Bukavu"],
                agent="Felix Tshisekedi", loc="Bukavu, Democratic Republic of the Congo", date="2019-12",
                dt="next month"),
            irr("planned", "investigation", "inquiry", at="has ordered an inquiry", p=["Felix Tshisekedi"]),
            irr("negated", "statement", "gave no answer", p=["Democratic Republic of the Congo"],
                agent="Democratic Republic of the Congo"),
            irr("hypothetical", "attack", "offensive", at="launch an offensive",
                p=["Armed Forces of the Democratic Republic of the Congo", "Mai-Mai Yakutumba"],
                agent="Armed Forces of the Democratic Republic of the Congo", target="Mai-Mai Yakutumba"),
        ],
        "people": ["Espoir Bulambo", "Mathilde Rousseau", "Felix Tshisekedi"],
        "places": ["Bukavu", "Congo", "South Kivu", "Baraka", "Kinshasa"],
        "organizations": ["Fizi Civil Society", "Mai-Mai Yakutumba", "MONUSCO", "United Nations",
                          "Armed Forces of the Democratic Republic of the Congo"],
    },
    {
        "id": "hnr05", "published": "2020-01-20",
        "paragraphs": [
            ["Houthi missile barrage on Yemen army camp kills dozens of recruits"],
            ["MUKALLA (Reuters) - Missiles and drones launched by Yemen's Houthi movement slammed into a mosque at "
             "an army training camp in Marib province during evening prayers on Saturday, killing at least 79 "
             "recruits, military and medical sources said on Monday."],
            ["More than 100 others were wounded, a doctor at Marib's main hospital said, adding that many of them "
             "had lost limbs and that more deaths were feared."],
            ["The Houthis did not claim the strike, which came a day after government forces launched an offensive "
             "against them in the Nihm district east of Sanaa.",
             "Their spokesman Mohammed Abdulsalam said on Twitter that the Saudi-led coalition had chosen escalation "
             "and would bear the consequences."],
            ["President Abd-Rabbu Mansour Hadi condemned the attack, which he called a cowardly act of terror.",
             "U.N. envoy Martin Griffiths, who has spent months trying to bring the warring parties back to peace "
             "talks, said the bloodshed put at risk a fragile calm that had held since October.",
             "He is due to brief the Security Council on Thursday."],
            ["Saudi Arabia has not commented.",
             "Diplomats said a prisoner swap agreed in Stockholm in December 2018 had still not been carried out, "
             "and that no date had been set for another round of talks."],
        ],
        "events": [
            ev("attack", "barrage", at="Houthi missile barrage", p=["Houthis"], agent="Houthis",
               target="army training camp in Marib province", loc="Marib, Yemen", date="2020-01-18",
               dt="on Saturday", killed=79, injured=100),
            ev("death", "killing", at="killing at least 79", date="2020-01-18", dt="on Saturday", killed=79),
            ev("statement", "said", at="medical sources said", date="2020-01-20", dt="on Monday"),
            ev("injury", "wounded", at="More than 100 others were wounded", injured=100),
            ev("statement", "said", at="main hospital said"),
            ev("statement", "adding", at="adding that many"),
            ev("attack", "offensive", at="launched an offensive", p=["Yemen", "Houthis"], agent="Yemen",
               target="Houthis", loc="Nihm, Yemen", date="2020-01-17", dt="a day after"),
            ev("statement", "said", at="Abdulsalam said", p=["Mohammed Abdulsalam"], agent="Mohammed Abdulsalam"),
            ev("statement", "condemned", p=["Abd-Rabbu Mansour Hadi"], agent="Abd-Rabbu Mansour Hadi"),
            ev("statement", "called", at="which he called", p=["Abd-Rabbu Mansour Hadi"],
               agent="Abd-Rabbu Mansour Hadi"),
            ev("statement", "said", at="talks, said the bloodshed", p=["Martin Griffiths"], agent="Martin Griffiths"),
            ev("agreement", "agreed", at="swap agreed in Stockholm", p=["Yemen", "Houthis"],
               loc="Stockholm, Sweden", date="2018-12", dt="in December 2018"),
            ev("statement", "said", at="Diplomats said"),
        ],
        "irrealis": [
            irr("negated", "statement", "did not claim", p=["Houthis"], agent="Houthis"),
            irr("planned", "meeting", "talks", at="back to peace talks", p=["Yemen", "Houthis"]),
            irr("planned", "statement", "brief", at="due to brief the Security Council", p=["Martin Griffiths",
                "United Nations Security Council"], agent="Martin Griffiths", target="United Nations Security Council",
                date="2020-01-23", dt="on Thursday"),
            irr("negated", "statement", "has not commented", p=["Saudi Arabia"], agent="Saudi Arabia"),
            irr("negated", "exchange", "swap", at="prisoner swap agreed", p=["Yemen", "Houthis"]),
            irr("negated", "meeting", "talks", at="another round of talks", p=["Yemen", "Houthis"]),
        ],
        "people": ["Mohammed Abdulsalam", "Abd-Rabbu Mansour Hadi", "Martin Griffiths"],
        "places": ["Yemen", "Marib", "Nihm", "Sanaa", "Stockholm", "Saudi Arabia"],
        "organizations": ["Houthis", "United Nations", "United Nations Security Council"],
    },
    {
        "id": "hnr06", "published": "2020-08-10",
        "paragraphs": [
            ["Lukashenko declared winner of Belarus vote as police crush protests"],
            ["Belarus's election commission said on Monday that President Alexander Lukashenko had won a sixth term "
             "with 80 percent of the vote, a result his main rival Sviatlana Tsikhanouskaya refused to accept after "
             "a night of clashes in which police fired rubber bullets and stun grenades at crowds in Minsk."],
            ["One man was killed when an explosive device he was about to throw blew up in his hands, the interior "
             "ministry said, and dozens of people were injured.",
             "About 3,000 people were detained across the country, it said."],
            ["Tsikhanouskaya, a former teacher who entered the race after her husband, the blogger Siarhei "
             "Tsikhanouski, was arrested in May, told reporters she considered herself the winner and urged the "
             "officials to give up power peacefully.",
             "She did not say whether her supporters would return to the streets on Monday night."],
            ["Lukashenko, in power since 1994, dismissed the demonstrators as puppets of foreign governments.",
             "Russian President Vladimir Putin congratulated him on Monday, the Kremlin said, while Poland pressed "
             "for an emergency meeting of EU leaders."],
            ["EU foreign ministers could weigh sanctions on Belarusian officials as early as Friday, a diplomat in "
             "Brussels said.",
             "Observers from the OSCE, Europe's main security watchdog, were not invited to monitor the election."],
        ],
        "events": [
            ev("election", "vote", at="winner of Belarus vote", p=["Alexander Lukashenko",
               "Sviatlana Tsikhanouskaya"], agent="Alexander Lukashenko", target="President of Belarus",
               loc="Belarus"),
            ev("statement", "declared", at="Lukashenko declared winner", p=["Central Election Commission of Belarus"],
               agent="Central Election Commission of Belarus"),
            ev("protest", "protests", at="police crush protests", loc="Minsk, Belarus"),
            ev("statement", "said", at="election commission said", p=["Central Election Commission of Belarus"],
               agent="Central Election Commission of Belarus", date="2020-08-10", dt="on Monday"),
            ev("attack", "clashes", at="a night of clashes", p=["Belarusian police"], loc="Minsk, Belarus", killed=1),
            ev("death", "killed", at="One man was killed", killed=1),
            ev("statement", "said", at="interior ministry said", p=["Belarus"], agent="Belarus"),
            ev("injury", "injured", at="dozens of people were injured"),
            ev("arrest", "detained", at="3,000 people were detained", p=["Belarusian police"],
               agent="Belarusian police", loc="Belarus"),
            ev("statement", "said", at="country, it said", p=["Belarus"], agent="Belarus"),
            ev("arrest", "arrested", at="was arrested in May", p=["Siarhei Tsikhanouski"],
               target="Siarhei Tsikhanouski", date="2020-05", dt="in May"),
            ev("statement", "told", at="told reporters she considered", p=["Sviatlana Tsikhanouskaya"],
               agent="Sviatlana Tsikhanouskaya"),
            ev("statement", "urged", p=["Sviatlana Tsikhanouskaya"], agent="Sviatlana Tsikhanouskaya"),
            ev("statement", "dismissed", p=["Alexander Lukashenko"], agent="Alexander Lukashenko"),
            ev("statement", "congratulated", p=["Vladimir Putin", "Alexander Lukashenko"], agent="Vladimir Putin",
               target="Alexander Lukashenko", date="2020-08-10", dt="on Monday"),
            ev("statement", "said", at="the Kremlin said", p=["Kremlin"], agent="Kremlin"),
            ev("statement", "pressed", at="Poland pressed", p=["Poland"], agent="Poland"),
            ev("statement", "said", at="diplomat in Brussels said"),
        ],
        "irrealis": [
            irr("negated", "statement", "accept", at="refused to accept", p=["Sviatlana Tsikhanouskaya"],
                agent="Sviatlana Tsikhanouskaya"),
            irr("planned", "transfer", "give up", at="give up power", p=["Belarus"], agent="Belarus"),
            irr("negated", "statement", "did not say", p=["Sviatlana Tsikhanouskaya"],
                agent="Sviatlana Tsikhanouskaya"),
            irr("hypothetical", "protest", "return to the streets", loc="Minsk, Belarus", date="2020-08-10",
                dt="on Monday night"),
            irr("planned", "meeting", "meeting", at="emergency meeting", p=["European Union"]),
            irr("hypothetical", "sanction", "sanctions", at="weigh sanctions", p=["European Union", "Belarus"],
                agent="European Union", target="Belarus", date="2020-08-14", dt="as early as Friday"),
            irr("negated", "invitation", "invited", at="were not invited", p=["Belarus",
                "Organization for Security and Co-operation in Europe"], agent="Belarus",
                target="Organization for Security and Co-operation in Europe"),
            irr("negated", "monitoring", "monitor", at="invited to monitor", p=["Organization for Security and "
                "Co-operation in Europe"], agent="Organization for Security and Co-operation in Europe"),
        ],
        "people": ["Alexander Lukashenko", "Sviatlana Tsikhanouskaya", "Siarhei Tsikhanouski", "Vladimir Putin"],
        "places": ["Belarus", "Minsk", "Poland", "Brussels"],
        "organizations": ["Central Election Commission of Belarus", "Kremlin", "European Union",
                          "Organization for Security and Co-operation in Europe"],
    },
    {
        "id": "hnr07", "published": "2021-02-28",
        "paragraphs": [
            ["Myanmar security forces open fire on anti-coup marchers, killing at least 18"],
            ["MANDALAY, Myanmar (AP) — Police and soldiers fired live rounds and tear gas at crowds rallying against "
             "last month's military takeover in several Myanmar cities on Sunday, the bloodiest day since the "
             "generals seized power, the U.N. human rights office said."],
            ["At least 18 people were killed and more than 30 wounded, the office said.",
             "In Mandalay, a young man was shot in the head near the main university campus, a volunteer medic said."],
            ["State television said the security forces had used minimum force and that 479 people had been "
             "arrested nationwide on Saturday.",
             "It did not say how many had since been released."],
            ["Ousted leader Aung San Suu Kyi, held since the Feb. 1 takeover, is due to appear in court by video link "
             "on Monday on charges that her lawyer, Khin Maung Zaw, called baseless."],
            ["U.N. chief Antonio Guterres condemned the bloodshed and urged the army to respect the outcome of "
             "November's election, which Suu Kyi's party won in a landslide.",
             "The junta has refused to hand back power and says a fresh vote will be held within a year."],
            ["Strike leaders in Mandalay said they would not back down and called on civil servants to stay away from "
             "work from Monday."],
        ],
        "events": [
            ev("attack", "open fire", at="Myanmar security forces open fire", p=["Tatmadaw"], agent="Tatmadaw",
               target="anti-coup marchers", loc="Myanmar", date="2021-02-28", dt="on Sunday", killed=18,
               injured=30),
            ev("death", "killing", at="killing at least 18", killed=18),
            ev("protest", "marchers", at="anti-coup marchers", loc="Myanmar", date="2021-02-28", dt="on Sunday"),
            ev("statement", "said", at="human rights office said", p=["United Nations"], agent="United Nations"),
            ev("injury", "wounded", at="more than 30 wounded", injured=30),
            ev("statement", "said", at="the office said", p=["United Nations"], agent="United Nations"),
            ev("statement", "said", at="volunteer medic said"),
            ev("statement", "said", at="State television said", p=["MRTV"], agent="MRTV"),
            ev("arrest", "arrested", at="479 people had been arrested", p=["Tatmadaw"], agent="Tatmadaw",
               loc="Myanmar", date="2021-02-27", dt="on Saturday"),
            ev("arrest", "held", at="held since the Feb. 1", p=["Aung San Suu Kyi", "Tatmadaw"], agent="Tatmadaw",
               target="Aung San Suu Kyi", date="2021-02-01", dt="the Feb. 1"),
            ev("statement", "called", at="Khin Maung Zaw, called", p=["Khin Maung Zaw"], agent="Khin Maung Zaw"),
            ev("statement", "condemned", p=["Antonio Guterres"], agent="Antonio Guterres"),
            ev("statement", "urged", p=["Antonio Guterres", "Tatmadaw"], agent="Antonio Guterres",
               target="Tatmadaw"),
            ev("election", "election", at="November's election", p=["National League for Democracy"],
               agent="National League for Democracy", target="Assembly of the Union", loc="Myanmar",
               date="2020-11", dt="November's"),
            ev("statement", "says", at="says a fresh vote", p=["Tatmadaw"], agent="Tatmadaw"),
            ev("statement", "said", at="Strike leaders in Mandalay said"),
            ev("statement", "called on", at="called on civil servants"),
        ],
        "irrealis": [
            irr("negated", "statement", "did not say", at="It did not say how many", p=["MRTV"], agent="MRTV"),
            irr("hypothetical", "release", "released", at="had since been released"),
            irr("planned", "trial", "appear in court", p=["Aung San Suu Kyi"], target="Aung San Suu Kyi",
                date="2021-03-01", dt="on Monday"),
            irr("planned", "recognition", "respect", at="respect the outcome", p=["Tatmadaw"], agent="Tatmadaw"),
            irr("negated", "transfer", "hand back", at="refused to hand back power", p=["Tatmadaw"],
                agent="Tatmadaw"),
            irr("planned", "election", "vote", at="a fresh vote", loc="Myanmar"),
            irr("planned", "protest", "stay away from work", p=["Myanmar"], loc="Myanmar", date="2021-03-01",
                dt="from Monday"),
        ],
        "people": ["Aung San Suu Kyi", "Khin Maung Zaw", "Antonio Guterres"],
        "places": ["Mandalay", "Myanmar"],
        "organizations": ["United Nations", "MRTV", "National League for Democracy"],
    },
    {
        "id": "hnr08", "published": "2021-06-14",
        "paragraphs": [
            ["Georgian ruling party, opposition agree on electoral reform at EU-brokered talks"],
            ["BATUMI, June 14 (Reuters) - Georgia's ruling Georgian Dream party and four opposition parties signed a "
             "deal on Monday that lowers the threshold for entering parliament and commits the government to early "
             "elections if the ruling party wins less than 43 percent in October's local vote."],
            ["The largest opposition group, the United National Movement founded by former President Mikheil "
             "Saakashvili, refused to sign, saying the reforms did not go far enough."],
            ["European Council President Charles Michel, who mediated the talks, spoke by phone with Prime Minister "
             "Irakli Garibashvili late on Sunday and urged both camps to set aside their feud, his office said.",
             "Michel is expected to visit Tbilisi next month, and he will call the opposition leaders before then."],
            ["\"This is not the end of the road, but it is a road out of the crisis,\" Garibashvili told reporters "
             "after the signing ceremony.",
             "He said lawmakers would vote on the changes before the end of the month."],
            ["UNM chairman Nika Melia, who was released last month after the EU posted his bail, said his party would "
             "keep boycotting parliament unless snap elections were called.",
             "His supporters plan to rally outside parliament in Tbilisi on Thursday."],
        ],
        "events": [
            ev("agreement", "agree", at="opposition agree on electoral reform", p=["Georgian Dream",
               "Georgian opposition"], loc="Batumi, Georgia", date="2021-06-14", dt="on Monday"),
            ev("meeting", "talks", at="at EU-brokered talks", p=["Georgian Dream", "Georgian opposition",
               "European Union"], loc="Batumi, Georgia"),
            ev("statement", "saying", at="saying the reforms", p=["United National Movement"],
               agent="United National Movement"),
            ev("call", "spoke by phone", p=["Charles Michel", "Irakli Garibashvili"], agent="Charles Michel",
               target="Irakli Garibashvili", date="2021-06-13", dt="late on Sunday"),
            ev("statement", "urged", at="urged both camps", p=["Charles Michel"], agent="Charles Michel",
               date="2021-06-13", dt="late on Sunday"),
            ev("statement", "said", at="his office said", p=["Charles Michel"], agent="Charles Michel"),
            ev("statement", "told", at="Garibashvili told reporters", p=["Irakli Garibashvili"],
               agent="Irakli Garibashvili"),
            ev("statement", "said", at="He said lawmakers", p=["Irakli Garibashvili"], agent="Irakli Garibashvili"),
            ev("release", "released", at="was released last month", p=["Nika Melia"], target="Nika Melia",
               date="2021-05", dt="last month"),
            ev("statement", "said", at="said his party would", p=["Nika Melia"], agent="Nika Melia"),
            ev("protest", "boycotting", at="keep boycotting parliament", p=["United National Movement"],
               agent="United National Movement", target="Parliament of Georgia"),
        ],
        "irrealis": [
            irr("hypothetical", "election", "elections", at="early elections", target="Parliament of Georgia",
                loc="Georgia"),
            irr("planned", "election", "vote", at="October's local vote", loc="Georgia", date="2021-10",
                dt="October's"),
            irr("negated", "agreement", "sign", at="refused to sign", p=["United National Movement"],
                agent="United National Movement"),
            irr("planned", "visit", "visit", at="expected to visit Tbilisi", p=["Charles Michel", "Georgia"],
                agent="Charles Michel", target="Georgia", loc="Tbilisi, Georgia", date="2021-07", dt="next month"),
            irr("planned", "call", "call", at="will call the opposition leaders", p=["Charles Michel",
                "Georgian opposition"], agent="Charles Michel", target="Georgian opposition"),
            irr("planned", "approval", "vote", at="lawmakers would vote", p=["Parliament of Georgia"],
                agent="Parliament of Georgia", date="2021-06", dt="before the end of the month"),
            irr("hypothetical", "election", "snap elections", target="Parliament of Georgia", loc="Georgia"),
            irr("planned", "protest", "rally", at="plan to rally", p=["United National Movement"],
                agent="United National Movement", loc="Tbilisi, Georgia", date="2021-06-17", dt="on Thursday"),
        ],
        "people": ["Mikheil Saakashvili", "Charles Michel", "Irakli Garibashvili", "Nika Melia"],
        "places": ["Batumi", "Georgia", "Tbilisi"],
        "organizations": ["Georgian Dream", "United National Movement", "European Council", "European Union",
                          "Parliament of Georgia"],
    },
    {
        "id": "hnr09", "published": "2021-11-05",
        "paragraphs": [
            ["Ethiopian jets strike Tigray capital for third time in a week, hospital says"],
            ["Ethiopian military aircraft bombed the outskirts of Mekelle, the capital of the northern Tigray region, "
             "on Thursday morning, killing four people and wounding 13, a doctor at the city's Ayder hospital said."],
            ["Government spokesman Legesse Tulu said the air force had hit a weapons depot used by the Tigray "
             "People's Liberation Front and denied that civilians had been harmed.",
             "\"We do not bomb our own people,\" he said."],
            ["The TPLF, whose fighters have pushed to within 400 km of Addis Ababa, said it would not negotiate while "
             "the bombing went on, and it rejected an African Union call for an immediate ceasefire.",
             "Its spokesman Getachew Reda said the rebels had no plan to enter the capital."],
            ["Prime Minister Abiy Ahmed, who declared a nationwide state of emergency on Tuesday, has urged citizens "
             "to take up arms.",
             "Washington has threatened to impose sanctions on both sides, and U.S. envoy Jeffrey Feltman is due in "
             "Addis Ababa on Friday for talks with Abiy."],
            ["Aid agencies said no food convoy had reached Tigray since Oct. 18, and the government did not respond "
             "to their requests to let U.N. trucks through."],
        ],
        "events": [
            ev("attack", "strike", at="Ethiopian jets strike Tigray capital", p=["Ethiopian Air Force", "Mekelle"],
               agent="Ethiopian Air Force", target="outskirts of Mekelle", loc="Mekelle, Ethiopia",
               date="2021-11-04", dt="on Thursday morning", killed=4, injured=13),
            ev("statement", "says", at="hospital says", p=["Ayder Referral Hospital"],
               agent="Ayder Referral Hospital"),
            ev("death", "killing", at="killing four people", date="2021-11-04", dt="on Thursday morning", killed=4),
            ev("injury", "wounding", at="wounding 13", date="2021-11-04", dt="on Thursday morning", injured=13),
            ev("statement", "said", at="Ayder hospital said"),
            ev("statement", "said", at="Legesse Tulu said", p=["Legesse Tulu"], agent="Legesse Tulu"),
            ev("statement", "denied", at="denied that civilians", p=["Legesse Tulu"], agent="Legesse Tulu"),
            ev("statement", "said", at="own people,\" he said", p=["Legesse Tulu"], agent="Legesse Tulu"),
            ev("statement", "said", at="said it would not negotiate", p=["Tigray People's Liberation Front"],
               agent="Tigray People's Liberation Front"),
            ev("statement", "rejected", p=["Tigray People's Liberation Front"],
               agent="Tigray People's Liberation Front"),
            ev("statement", "call", at="African Union call", p=["African Union"], agent="African Union"),
            ev("statement", "said", at="Getachew Reda said", p=["Getachew Reda"], agent="Getachew Reda"),
            ev("statement", "declared", at="declared a nationwide state", p=["Abiy Ahmed"], agent="Abiy Ahmed",
               date="2021-11-02", dt="on Tuesday"),
            ev("statement", "has urged", p=["Abiy Ahmed"], agent="Abiy Ahmed"),
            ev("statement", "threatened", p=["United States"], agent="United States"),
            ev("statement", "said", at="Aid agencies said"),
        ],
        "irrealis": [
            irr("negated", "meeting", "negotiate", at="would not negotiate", p=["Tigray People's Liberation Front",
                "Ethiopia"], agent="Tigray People's Liberation Front"),
            irr("planned", "ceasefire", "ceasefire", at="an immediate ceasefire", p=["Ethiopia",
                "Tigray People's Liberation Front"]),
            irr("negated", "capture", "enter", at="no plan to enter the capital", p=["Tigray People's Liberation "
                "Front"], agent="Tigray People's Liberation Front", target="Addis Ababa"),
            irr("hypothetical", "sanction", "sanctions", at="impose sanctions on both sides", p=["United States",
                "Ethiopia", "Tigray People's Liberation Front"], agent="United States"),
            irr("planned", "visit", "due in", at="is due in Addis Ababa", p=["Jeffrey Feltman", "Ethiopia"],
                agent="Jeffrey Feltman", target="Ethiopia", loc="Addis Ababa, Ethiopia", date="2021-11-05",
                dt="on Friday"),
            irr("planned", "meeting", "talks", at="for talks with Abiy", p=["Jeffrey Feltman", "Abiy Ahmed"],
                agent="Jeffrey Feltman", target="Abiy Ahmed", loc="Addis Ababa, Ethiopia"),
            irr("negated", "aid", "convoy", at="no food convoy", loc="Tigray, Ethiopia", date="2021-10-18",
                dt="since Oct. 18"),
            irr("negated", "statement", "did not respond", p=["Ethiopia"], agent="Ethiopia"),
            irr("planned", "permission", "let", at="let U.N. trucks through", p=["Ethiopia"], agent="Ethiopia"),
        ],
        "people": ["Legesse Tulu", "Getachew Reda", "Abiy Ahmed", "Jeffrey Feltman"],
        "places": ["Ethiopia", "Tigray", "Mekelle", "Addis Ababa", "United States"],
        "organizations": ["Ayder Referral Hospital", "Ethiopian Air Force", "Tigray People's Liberation Front",
                          "African Union", "United Nations"],
    },
    {
        "id": "hnr10", "published": "2022-05-10",
        "paragraphs": [
            ["Marcos wins Philippine presidency in landslide"],
            ["DAVAO, Philippines (AP) — Ferdinand Marcos Jr., the son and namesake of the late dictator, won Monday's "
             "presidential election by a huge margin, taking more than 30 million votes with nearly all ballots "
             "counted, according to an unofficial tally by the election commission."],
            ["His running mate, Sara Duterte, the daughter of outgoing President Rodrigo Duterte and mayor of this "
             "southern city, also won the vice presidency by a wide margin."],
            ["Marcos has not declared victory, but he thanked supporters in a video message late on Monday and asked "
             "them to stay vigilant until the count was complete.",
             "\"Judge me not by my ancestors, but by my actions,\" he said."],
            ["His closest rival, Vice President Leni Robredo, stopped short of conceding and said her campaign was "
             "looking into reports of faulty counting machines.",
             "Several hundred of her supporters, many of them students, protested outside the commission's offices "
             "in Manila on Tuesday, demanding an audit."],
            ["The commission said it would proclaim the winners by the end of the month.",
             "Marcos, 64, is due to take office on June 30, and he has declined to say whether he would travel to the "
             "United States, where a court in Hawaii ruled in 1995 that his family owed $2 billion to victims of his "
             "father's rule."],
        ],
        "events": [
            ev("election", "wins", at="Marcos wins Philippine presidency", p=["Ferdinand Marcos Jr.",
               "Leni Robredo"], agent="Ferdinand Marcos Jr.", target="President of the Philippines",
               loc="Philippines", date="2022-05-09", dt="Monday's"),
            ev("statement", "according to", p=["Commission on Elections"], agent="Commission on Elections"),
            ev("election", "won", at="also won the vice presidency", p=["Sara Duterte"], agent="Sara Duterte",
               target="Vice President of the Philippines", loc="Philippines"),
            ev("statement", "thanked", p=["Ferdinand Marcos Jr."], agent="Ferdinand Marcos Jr.", date="2022-05-09",
               dt="late on Monday"),
            ev("statement", "asked", at="asked them to stay", p=["Ferdinand Marcos Jr."], agent="Ferdinand Marcos Jr."),
            ev("statement", "said", at="my actions,\" he said", p=["Ferdinand Marcos Jr."],
               agent="Ferdinand Marcos Jr."),
            ev("statement", "said", at="conceding and said", p=["Leni Robredo"], agent="Leni Robredo"),
            ev("investigation", "looking into", p=["Leni Robredo"], agent="Leni Robredo"),
            ev("protest", "protested", at="protested outside the commission", p=["Commission on Elections"],
               target="Commission on Elections", loc="Manila, Philippines", date="2022-05-10", dt="on Tuesday"),
            ev("statement", "said", at="The commission said", p=["Commission on Elections"],
               agent="Commission on Elections"),
            ev("ruling", "ruled", at="court in Hawaii ruled", p=["Marcos family"], target="Marcos family",
               loc="Hawaii, United States", date="1995", dt="in 1995"),
        ],
        "irrealis": [
            irr("negated", "statement", "declared", at="has not declared victory", p=["Ferdinand Marcos Jr."],
                agent="Ferdinand Marcos Jr."),
            irr("negated", "statement", "conceding", at="stopped short of conceding", p=["Leni Robredo"],
                agent="Leni Robredo"),
            irr("planned", "audit", "audit", at="demanding an audit", p=["Commission on Elections"],
                agent="Commission on Elections"),
            irr("planned", "proclamation", "proclaim", at="would proclaim the winners", p=["Commission on Elections"],
                agent="Commission on Elections", date="2022-05", dt="by the end of the month"),
            irr("planned", "inauguration", "take office", at="due to take office", p=["Ferdinand Marcos Jr."],
                agent="Ferdinand Marcos Jr.", date="2022-06-30", dt="on June 30"),
            irr("negated", "statement", "declined to say", p=["Ferdinand Marcos Jr."], agent="Ferdinand Marcos Jr."),
            irr("hypothetical", "visit", "travel", at="whether he would travel", p=["Ferdinand Marcos Jr.",
                "United States"], agent="Ferdinand Marcos Jr.", target="United States"),
        ],
        "people": ["Ferdinand Marcos Jr.", "Sara Duterte", "Rodrigo Duterte", "Leni Robredo"],
        "places": ["Davao", "Philippines", "Manila", "United States", "Hawaii"],
        "organizations": ["Commission on Elections"],
    },
    {
        "id": "hnr11", "published": "2022-09-17",
        "paragraphs": [
            ["Kyrgyz, Tajik leaders agree ceasefire after border clashes kill dozens"],
            ["KHUJAND, Sept 17 (Reuters) - The presidents of Kyrgyzstan and Tajikistan agreed in a phone call on "
             "Friday evening to pull troops back from their disputed frontier, after three days of fighting with "
             "tanks, mortars and drones that the Kyrgyz side said had killed 24 of its citizens."],
            ["Kyrgyzstan's health ministry said 87 people had been wounded and that about 136,000 residents had been "
             "evacuated from villages in the Batken region.",
             "Tajikistan has given no casualty figures, but its state news agency Khovar said on Saturday that Kyrgyz "
             "drones had struck a mosque near the town of Isfara, killing nine people."],
            ["Each side blamed the other for the first shots.",
             "Kyrgyz President Sadyr Japarov said in a televised address that his country would not give up a single "
             "metre of its land, while Tajik leader Emomali Rahmon, who met Japarov in Samarkand on Friday at a "
             "regional summit, did not comment publicly."],
            ["Russian President Vladimir Putin urged both leaders to settle the dispute through talks, the Kremlin "
             "said.",
             "A joint commission is due to meet next week to discuss withdrawing heavy weapons, though officials in "
             "Bishkek said a full border deal could take years."],
        ],
        "events": [
            ev("agreement", "agree", at="leaders agree ceasefire", p=["Sadyr Japarov", "Emomali Rahmon"],
               date="2022-09-16", dt="on Friday evening"),
            ev("attack", "clashes", at="after border clashes kill dozens", p=["Kyrgyzstan", "Tajikistan"],
               loc="Batken, Kyrgyzstan", killed=24, injured=87),
            ev("call", "phone call", p=["Sadyr Japarov", "Emomali Rahmon"], date="2022-09-16",
               dt="on Friday evening"),
            ev("statement", "said", at="the Kyrgyz side said", p=["Kyrgyzstan"], agent="Kyrgyzstan"),
            ev("death", "killed", at="had killed 24", killed=24),
            ev("statement", "said", at="health ministry said", p=["Kyrgyzstan"], agent="Kyrgyzstan"),
            ev("injury", "wounded", at="87 people had been wounded", injured=87),
            ev("evacuation", "evacuated", at="had been evacuated", loc="Batken, Kyrgyzstan"),
            ev("statement", "said", at="Khovar said", p=["Khovar"], agent="Khovar", date="2022-09-17",
               dt="on Saturday"),
            ev("attack", "struck", at="drones had struck a mosque", p=["Kyrgyzstan"], agent="Kyrgyzstan",
               target="mosque near Isfara", loc="Isfara, Tajikistan", killed=9),
            ev("death", "killing", at="killing nine people", killed=9),
            ev("statement", "blamed", p=["Kyrgyzstan", "Tajikistan"]),
            ev("statement", "said", at="Sadyr Japarov said", p=["Sadyr Japarov"], agent="Sadyr Japarov"),
            ev("meeting", "met", at="who met Japarov", p=["Emomali Rahmon", "Sadyr Japarov"], agent="Emomali Rahmon",
               target="Sadyr Japarov", loc="Samarkand, Uzbekistan", date="2022-09-16", dt="on Friday"),
            ev("meeting", "summit", at="at a "
               "regional summit", p=["Shanghai Cooperation Organisation"],
               loc="Samarkand, Uzbekistan", date="2022-09-16", dt="on Friday"),
            ev("statement", "urged", p=["Vladimir Putin"], agent="Vladimir Putin"),
            ev("statement", "said", at="the Kremlin said", p=["Kremlin"], agent="Kremlin"),
            ev("statement", "said", at="officials in Bishkek said", p=["Kyrgyzstan"], agent="Kyrgyzstan"),
        ],
        "irrealis": [
            irr("planned", "withdrawal", "pull", at="to pull troops back", p=["Kyrgyzstan", "Tajikistan"]),
            irr("negated", "statement", "has given no", at="Tajikistan has given no casualty figures",
                p=["Tajikistan"], agent="Tajikistan"),
            irr("negated", "surrender", "give up", at="would not give up", p=["Kyrgyzstan"], agent="Kyrgyzstan"),
            irr("negated", "statement", "did not comment", p=["Emomali Rahmon"], agent="Emomali Rahmon"),
            irr("planned", "meeting", "talks", at="dispute through talks", p=["Sadyr Japarov", "Emomali Rahmon"]),
            irr("planned", "meeting", "meet", at="due to meet next week", p=["Kyrgyzstan", "Tajikistan"],
                date="2022-W38", dt="next week"),
            irr("hypothetical", "withdrawal", "withdrawing", at="withdrawing heavy weapons",
                p=["Kyrgyzstan", "Tajikistan"]),
            irr("hypothetical", "agreement", "deal", at="a full border deal", p=["Kyrgyzstan", "Tajikistan"]),
        ],
        "people": ["Sadyr Japarov", "Emomali Rahmon", "Vladimir Putin"],
        "places": ["Khujand", "Kyrgyzstan", "Tajikistan", "Batken", "Isfara", "Samarkand", "Bishkek"],
        "organizations": ["Khovar", "Kremlin", "Shanghai Cooperation Organisation"],
    },
    {
        "id": "hnr12", "published": "2023-01-12",
        "paragraphs": [
            ["Peruvian court upholds 18-month detention of ousted president Castillo"],
            ["A Peruvian appeals court on Wednesday upheld an order to keep former President Pedro Castillo in "
             "custody for 18 months while prosecutors investigate him for rebellion over his failed bid to dissolve "
             "Congress last month."],
            ["Castillo, who was arrested on Dec. 7 as he was driven toward the Mexican embassy in Lima, did not attend "
             "the hearing.",
             "His lawyer, Eduardo Pachas, told reporters the decision was political and that he would take the case "
             "to the Inter-American Commission on Human Rights."],
            ["The ruling came two days after 17 people were killed in clashes between police and protesters near the "
             "airport of Juliaca, in the southern Puno region, the deadliest day of unrest since Castillo's ouster.",
             "The ombudsman's office said a mob set fire to a patrol car there early on Tuesday, killing the officer "
             "inside."],
            ["President Dina Boluarte, Castillo's former deputy, has refused to resign and said on Wednesday that the "
             "protests were being funded by illegal gold miners.",
             "Congress has yet to vote on bringing forward the elections due in 2026."],
            ["The U.N. human rights office urged Peru to investigate the deaths and to open talks with protest "
             "groups.",
             "Protest leaders in Puno said they would march on Lima next week if Boluarte did not step down."],
        ],
        "events": [
            ev("ruling", "upholds", at="Peruvian court upholds", p=["Supreme Court of Peru", "Pedro Castillo"],
               agent="Supreme Court of Peru", target="Pedro Castillo", loc="Lima, Peru", date="2023-01-11",
               dt="on Wednesday"),
            ev("investigation", "investigate", at="prosecutors investigate him", p=["Public Ministry of Peru",
               "Pedro Castillo"], agent="Public Ministry of Peru", target="Pedro Castillo"),
            ev("arrest", "arrested", at="was arrested on Dec. 7", p=["Pedro Castillo"], target="Pedro Castillo",
               loc="Lima, Peru", date="2022-12-07", dt="on Dec. 7"),
            ev("statement", "told", at="Pachas, told reporters", p=["Eduardo Pachas"], agent="Eduardo Pachas"),
            ev("attack", "clashes", at="killed in clashes between police", p=["National Police of Peru"],
               loc="Juliaca, Peru", date="2023-01-09", dt="two days after", killed=17),
            ev("death", "killed", at="17 people were killed", date="2023-01-09", dt="two days after", killed=17),
            ev("protest", "protesters", at="between police and protesters", loc="Juliaca, Peru", date="2023-01-09",
               dt="two days after"),
            ev("statement", "said", at="ombudsman's office said", p=["Ombudsman's Office of Peru"],
               agent="Ombudsman's Office of Peru"),
            ev("attack", "set fire", at="a mob set fire", target="patrol car", loc="Juliaca, Peru",
               date="2023-01-10", dt="early on Tuesday", killed=1),
            ev("death", "killing", at="killing the officer", date="2023-01-10", dt="early on Tuesday", killed=1),
            ev("statement", "said", at="resign and said", p=["Dina Boluarte"], agent="Dina Boluarte",
               date="2023-01-11", dt="on Wednesday"),
            ev("statement", "urged", p=["United Nations", "Peru"], agent="United Nations", target="Peru"),
            ev("statement", "said", at="Protest leaders in Puno said"),
        ],
        "irrealis": [
            irr("negated", "dissolution", "dissolve", at="failed bid to dissolve Congress", p=["Pedro Castillo",
                "Congress of Peru"], agent="Pedro Castillo", target="Congress of Peru", date="2022-12",
                dt="last month"),
            irr("negated", "hearing", "attend", at="did not attend the hearing", p=["Pedro Castillo"],
                agent="Pedro Castillo"),
            irr("planned", "lawsuit", "take the case", p=["Eduardo Pachas",
                "Inter-American Commission on Human Rights"], agent="Eduardo Pachas"),
            irr("negated", "resignation", "resign", at="has refused to resign", p=["Dina Boluarte"],
                agent="Dina Boluarte"),
            irr("negated", "approval", "vote", at="has yet to vote", p=["Congress of Peru"],
                agent="Congress of Peru"),
            irr("planned", "election", "elections", at="the elections due in 2026", loc="Peru", date="2026",
                dt="in 2026"),
            irr("planned", "investigation", "investigate", at="Peru to investigate the deaths", p=["Peru"],
                agent="Peru"),
            irr("planned", "meeting", "talks", at="open talks with protest", p=["Peru"], agent="Peru"),
            irr("planned", "protest", "march", at="would march on Lima", loc="Lima, Peru", date="2023-W03",
                dt="next week"),
            irr("hypothetical", "resignation", "step down", p=["Dina Boluarte"], agent="Dina Boluarte"),
        ],
        "people": ["Pedro Castillo", "Eduardo Pachas", "Dina Boluarte"],
        "places": ["Peru", "Lima", "Juliaca", "Puno"],
        "organizations": ["Supreme Court of Peru", "Public Ministry of Peru", "Congress of Peru",
                          "Inter-American Commission on Human Rights", "National Police of Peru",
                          "Ombudsman's Office of Peru", "United Nations"],
    },
    {
        "id": "hnr13", "published": "2023-08-11",
        "paragraphs": [
            ["West African bloc orders standby force for Niger, keeps door open to talks"],
            ["ZINDER, Niger (AP) — West African heads of state meeting in Abuja on Thursday ordered the activation of "
             "a regional standby force to restore constitutional order in Niger, two weeks after soldiers ousted "
             "President Mohamed Bazoum."],
            ["Nigerian President Bola Tinubu, who chairs the ECOWAS bloc, said no option had been taken off the table, "
             "including the use of force as a last resort.",
             "But he told the summit that a peaceful settlement remained the priority, and the leaders did not set a "
             "date for any intervention."],
            ["The junta, led by Gen. Abdourahamane Tchiani, has refused to receive envoys from the bloc and warned "
             "that any foreign attack would be met with force.",
             "It said on Thursday it would put Bazoum on trial for high treason, and his party said he had been held "
             "without electricity or fresh food for a week."],
            ["Sanctions the bloc imposed on July 30, among them border closures and a freeze on state assets, have "
             "caused shortages of rice and medicine in Niamey.",
             "Thousands of junta supporters rallied outside a French military base there on Friday, demanding that "
             "the French troops leave."],
            ["Antony Blinken, America's top diplomat, spoke with Bazoum by phone on Tuesday and said Washington would "
             "not recognise the junta."],
        ],
        "events": [
            ev("statement", "orders", at="bloc orders standby force", p=["ECOWAS"], agent="ECOWAS"),
            ev("meeting", "meeting", at="heads of state meeting in Abuja", p=["ECOWAS"], loc="Abuja, Nigeria",
               date="2023-08-10", dt="on Thursday"),
            ev("statement", "ordered", at="ordered the activation", p=["ECOWAS"], agent="ECOWAS", date="2023-08-10",
               dt="on Thursday"),
            ev("statement", "said", at="said no option", p=["Bola Tinubu"], agent="Bola Tinubu"),
            ev("statement", "told", at="he told the summit", p=["Bola Tinubu"], agent="Bola Tinubu"),
            ev("statement", "warned", at="and warned that any", p=["National Council for the Safeguard of the "
               "Homeland"], agent="National Council for the Safeguard of the Homeland"),
            ev("statement", "said", at="It said on Thursday", p=["National Council for the Safeguard of the "
               "Homeland"], agent="National Council for the Safeguard of the Homeland", date="2023-08-10",
               dt="on Thursday"),
            ev("statement", "said", at="his party said", p=["Nigerien Party for Democracy and Socialism"],
               agent="Nigerien Party for Democracy and Socialism"),
            ev("arrest", "held", at="he had been held", p=["Mohamed Bazoum", "National Council for the Safeguard of "
               "the Homeland"], agent="National Council for the Safeguard of the Homeland", target="Mohamed Bazoum"),
            ev("sanction", "Sanctions", at="Sanctions the bloc imposed", p=["ECOWAS", "Niger"], agent="ECOWAS",
               target="Niger", date="2023-07-30", dt="on July 30"),
            ev("protest", "rallied", at="junta supporters rallied", p=["France"], target="France",
               loc="Niamey, Niger", date="2023-08-11", dt="on Friday"),
            ev("call", "spoke", at="spoke with Bazoum by phone", p=["Antony Blinken", "Mohamed Bazoum"],
               agent="Antony Blinken", target="Mohamed Bazoum", date="2023-08-08", dt="on Tuesday"),
            ev("statement", "said", at="said Washington would not", p=["Antony Blinken"], agent="Antony Blinken"),
        ],
        "irrealis": [
            irr("planned", "deployment", "standby force", at="bloc orders standby force", p=["ECOWAS", "Niger"],
                agent="ECOWAS", target="Niger"),
            irr("hypothetical", "meeting", "talks", at="keeps door open to talks", p=["ECOWAS",
                "National Council for the Safeguard of the Homeland"]),
            irr("hypothetical", "attack", "use of force", p=["ECOWAS", "Niger"], agent="ECOWAS", target="Niger"),
            irr("hypothetical", "agreement", "settlement", at="a peaceful settlement", p=["ECOWAS",
                "National Council for the Safeguard of the Homeland"]),
            irr("negated", "attack", "intervention", at="date for any intervention", p=["ECOWAS", "Niger"],
                agent="ECOWAS", target="Niger"),
            irr("negated", "meeting", "receive", at="refused to receive envoys", p=["National Council for the "
                "Safeguard of the Homeland", "ECOWAS"], agent="National Council for the Safeguard of the Homeland",
                target="ECOWAS"),
            irr("hypothetical", "attack", "attack", at="any foreign attack", target="Niger"),
            irr("planned", "trial", "trial", at="put Bazoum on trial", p=["Mohamed Bazoum"], target="Mohamed Bazoum"),
            irr("planned", "withdrawal", "leave", at="the French troops leave", p=["France"], agent="France"),
            irr("negated", "recognition", "recognise", at="would not recognise the junta", p=["United States",
                "National Council for the Safeguard of the Homeland"], agent="United States"),
        ],
        "people": ["Mohamed Bazoum", "Bola Tinubu", "Abdourahamane Tchiani", "Antony Blinken"],
        "places": ["Zinder", "Niger", "Abuja", "Niamey", "Washington"],
        "organizations": ["ECOWAS", "National Council for the Safeguard of the Homeland",
                          "Nigerien Party for Democracy and Socialism"],
    },
    {
        "id": "hnr14", "published": "2024-01-08",
        "paragraphs": [
            ["Bangladesh's Hasina wins fourth straight term in vote boycotted by opposition"],
            ["CHITTAGONG, Jan 8 (Reuters) - Prime Minister Sheikh Hasina's Awami League won about two thirds of the "
             "299 seats contested in Sunday's general election, the Election Commission said on Monday, in a vote "
             "marked by low turnout and a boycott by the main opposition party."],
            ["Turnout was about 40 percent, the commission said, a figure the Bangladesh Nationalist Party called "
             "inflated.",
             "The BNP, whose leader Khaleda Zia is under house arrest, said it would not recognise the result and "
             "called a two-day general strike from Tuesday."],
            ["Hasina, 76, told foreign observers in Dhaka that the election had been free and that she did not need "
             "the BNP's approval.",
             "\"I am accountable to the people, not to them,\" she said."],
            ["Police said 18 polling stations were set on fire in the days before the vote and that two people died "
             "in clashes between rival supporters in Chittagong on Sunday.",
             "Some 25,000 opposition activists have been detained since October, Human Rights Watch said."],
            ["The United States said the election had not been free or fair and urged Dhaka to free jailed "
             "opposition members, but it stopped short of announcing sanctions.",
             "Indian Prime Minister Narendra Modi congratulated Hasina by phone on Monday and said he looked forward "
             "to visiting Dhaka."],
        ],
        "events": [
            ev("election", "wins", at="Hasina wins fourth straight term", p=["Sheikh Hasina",
               "Bangladesh Nationalist Party"], agent="Sheikh Hasina", target="Prime Minister of Bangladesh",
               loc="Bangladesh", date="2024-01-07", dt="Sunday's"),
            ev("protest", "boycotted", at="vote boycotted by opposition", p=["Bangladesh Nationalist Party"],
               agent="Bangladesh Nationalist Party"),
            ev("statement", "said", at="Election Commission said", p=["Election Commission of Bangladesh"],
               agent="Election Commission of Bangladesh", date="2024-01-08", dt="on Monday"),
            ev("statement", "said", at="the commission said, a figure", p=["Election Commission of Bangladesh"],
               agent="Election Commission of Bangladesh"),
            ev("statement", "called", at="Party called inflated", p=["Bangladesh Nationalist Party"],
               agent="Bangladesh Nationalist Party"),
            ev("statement", "said", at="house arrest, said", p=["Bangladesh Nationalist Party"],
               agent="Bangladesh Nationalist Party"),
            ev("arrest", "arrest", at="is under house arrest", p=["Khaleda Zia"], target="Khaleda Zia"),
            ev("statement", "told", at="told foreign observers", p=["Sheikh Hasina"], agent="Sheikh Hasina",
               loc="Dhaka, Bangladesh"),
            ev("statement", "said", at="not to them,\" she said", p=["Sheikh Hasina"], agent="Sheikh Hasina"),
            ev("statement", "said", at="Police said 18 polling", p=["Bangladesh Police"], agent="Bangladesh Police"),
            ev("attack", "set on fire", target="18 polling stations", loc="Bangladesh"),
            ev("attack", "clashes", at="died in clashes", loc="Chittagong, Bangladesh", date="2024-01-07",
               dt="on Sunday", killed=2),
            ev("death", "died", at="two people died", date="2024-01-07", dt="on Sunday", killed=2),
            ev("arrest", "detained", at="have been detained since October", p=["Bangladesh Police"],
               agent="Bangladesh Police", loc="Bangladesh", date="2023-10", dt="since October"),
            ev("statement", "said", at="Human Rights Watch said", p=["Human Rights Watch"], agent="Human Rights Watch"),
            ev("statement", "said", at="The United States said", p=["United States"], agent="United States"),
            ev("statement", "urged", p=["United States", "Bangladesh"], agent="United States", target="Bangladesh"),
            ev("call", "by phone", at="congratulated Hasina by phone", p=["Narendra Modi", "Sheikh Hasina"],
               agent="Narendra Modi", target="Sheikh Hasina", date="2024-01-08", dt="on Monday"),
            ev("statement", "congratulated", p=["Narendra Modi", "Sheikh Hasina"], agent="Narendra Modi",
               target="Sheikh Hasina", date="2024-01-08", dt="on Monday"),
            ev("statement", "said", at="said he looked forward", p=["Narendra Modi"], agent="Narendra Modi"),
        ],
        "irrealis": [
            irr("negated", "recognition", "recognise", at="would not recognise the result",
                p=["Bangladesh Nationalist Party"], agent="Bangladesh Nationalist Party"),
            irr("planned", "protest", "general strike", p=["Bangladesh Nationalist Party"],
                agent="Bangladesh Nationalist Party", loc="Bangladesh", date="2024-01-09", dt="from Tuesday"),
            irr("negated", "approval", "approval", at="the BNP's approval", p=["Bangladesh Nationalist Party"],
                agent="Bangladesh Nationalist Party"),
            irr("planned", "release", "free", at="urged Dhaka to free", p=["Bangladesh"], agent="Bangladesh"),
            irr("negated", "statement", "stopped short", p=["United States"], agent="United States"),
            irr("hypothetical", "sanction", "sanctions", at="announcing sanctions", p=["United States", "Bangladesh"],
                agent="United States", target="Bangladesh"),
            irr("planned", "visit", "visiting", at="to visiting Dhaka", p=["Narendra Modi", "Bangladesh"],
                agent="Narendra Modi", target="Bangladesh", loc="Dhaka, Bangladesh"),
        ],
        "people": ["Sheikh Hasina", "Khaleda Zia", "Narendra Modi"],
        "places": ["Chittagong", "Bangladesh", "Dhaka", "United States"],
        "organizations": ["Awami League", "Election Commission of Bangladesh", "Bangladesh Nationalist Party",
                          "Bangladesh Police", "Human Rights Watch"],
    },
    {
        "id": "hnr15", "published": "2024-04-14",
        "paragraphs": [
            ["Iran launches drone and missile barrage at Israel, most shot down"],
            ["Iran launched upwards of 300 drones, cruise missiles and ballistic missiles toward Israel late on "
             "Saturday and early on Sunday in its "
             "first direct assault on Israeli territory, but nearly all were downed by Israeli air defences and by "
             "U.S., British and Jordanian warplanes, the Israeli military said."],
            ["A 7-year-old girl in a Bedouin village in the Negev desert was badly hurt by shrapnel and an air base in "
             "southern Israel suffered light damage, military spokesman Daniel Hagari said.",
             "No one was killed."],
            ["Iran's U.N. mission in New York said the barrage was retaliation for the April 1 air strike on its "
             "consular building in Damascus that killed seven Revolutionary Guards officers.",
             "It warned that Tehran would respond far more harshly if Israel struck back."],
            ["President Joe Biden spoke with Prime Minister Benjamin Netanyahu by phone on Saturday night and told "
             "him Washington would not join any Israeli counterattack, according to a White House official.",
             "Biden is due to convene leaders of the Group of Seven by video on Sunday."],
            ["Israel's war cabinet met for several hours on Sunday but did not decide on a response, an Israeli "
             "official said, and the U.S. Treasury said it was preparing new sanctions on Iranian drone makers."],
        ],
        "events": [
            ev("attack", "barrage", at="drone and missile barrage at Israel", p=["Iran", "Israel"], agent="Iran",
               target="Israel", loc="Israel", date="2024-04-13", dt="late on Saturday", injured=1),
            ev("interception", "shot down", p=["Israel"], agent="Israel"),
            ev("statement", "said", at="the Israeli military said", p=["Israel Defense Forces"],
               agent="Israel Defense Forces"),
            ev("injury", "hurt", at="was badly hurt", injured=1),
            ev("statement", "said", at="Daniel Hagari said", p=["Daniel Hagari"], agent="Daniel Hagari"),
            ev("statement", "said", at="mission in New York said", p=["Iran"], agent="Iran"),
            ev("attack", "air strike", at="the April 1 air strike", p=["Israel", "Iran"], agent="Israel",
               target="Iranian consular building in Damascus", loc="Damascus, Syria", date="2024-04-01",
               dt="the April 1", killed=7),
            ev("death", "killed", at="that killed seven", date="2024-04-01", dt="the April 1", killed=7),
            ev("statement", "warned", p=["Iran"], agent="Iran"),
            ev("call", "spoke", at="Biden spoke with", p=["Joe Biden", "Benjamin Netanyahu"], agent="Joe Biden",
               target="Benjamin Netanyahu", date="2024-04-13", dt="on Saturday night"),
            ev("statement", "told", at="told him Washington", p=["Joe Biden", "Benjamin Netanyahu"],
               agent="Joe Biden", target="Benjamin Netanyahu", date="2024-04-13", dt="on Saturday night"),
            ev("statement", "according to", p=["White House"], agent="White House"),
            ev("meeting", "met", at="war cabinet met", p=["Israeli war cabinet"], agent="Israeli war cabinet",
               date="2024-04-14", dt="on Sunday"),
            ev("statement", "said", at="an Israeli official said", p=["Israel"], agent="Israel"),
            ev("statement", "said", at="Treasury said", p=["United States Department of the Treasury"],
               agent="United States Department of the Treasury"),
        ],
        "irrealis": [
            irr("negated", "death", "killed", at="No one was killed"),
            irr("hypothetical", "attack", "respond", at="would respond far more harshly", p=["Iran", "Israel"],
                agent="Iran", target="Israel"),
            irr("hypothetical", "attack", "struck back", p=["Israel", "Iran"], agent="Israel", target="Iran"),
            irr("negated", "participation", "join", at="would not join", p=["United States"],
                agent="United States"),
            irr("hypothetical", "attack", "counterattack", at="any Israeli counterattack", p=["Israel", "Iran"],
                agent="Israel", target="Iran"),
            irr("planned", "meeting", "convene", at="due to convene leaders", p=["Joe Biden", "Group of Seven"],
                agent="Joe Biden", date="2024-04-14", dt="on Sunday"),
            irr("negated", "decision", "decide", at="did not decide", p=["Israeli war cabinet"],
                agent="Israeli war cabinet"),
            irr("planned", "sanction", "sanctions", at="preparing new sanctions", p=["United States "
                "Department of the Treasury", "Iran"], agent="United States Department of the Treasury",
                target="Iran"),
        ],
        "people": ["Daniel Hagari", "Joe Biden", "Benjamin Netanyahu"],
        "places": ["Iran", "Israel", "Negev", "Damascus", "Tehran", "United States"],
        "organizations": ["Israel Defense Forces", "United Nations", "Islamic Revolutionary Guard Corps",
                          "White House", "Group of Seven", "United States Department of the Treasury"],
    },
    {
        "id": "hnr16", "published": "2024-09-04",
        "paragraphs": [
            ["Modi lands in Brunei on first visit by an Indian prime minister"],
            ["BANDAR SERI BEGAWAN, Brunei (AP) — Narendra Modi, India's prime minister, arrived in Brunei on Tuesday "
             "afternoon for a two-day stay, the first by an Indian head of government, and was welcomed on the "
             "tarmac by Crown Prince Al-Muhtadee Billah."],
            ["Modi held talks with Sultan Hassanal Bolkiah at the Istana Nurul Iman palace on Wednesday, and the two "
             "sides signed a pact on satellite tracking and agreed to open direct flights between Bandar Seri Begawan "
             "and Chennai, India's foreign ministry said."],
            ["They did not reach agreement on a long-term supply of liquefied natural gas, which New Delhi has sought "
             "for two years, but officials said talks would continue.",
             "\"Our ties are old, but our partnership is young,\" Modi told the sultan at a state banquet."],
            ["The sultan, who has reigned since 1967, accepted an invitation to visit India next year, the ministry "
             "said.",
             "Neither leader mentioned the South China Sea, where Brunei has overlapping claims with China, in public "
             "remarks."],
            ["Modi is due to fly on to Singapore later on Wednesday for talks with Prime Minister Lawrence Wong.",
             "He will not stop in Malaysia, an Indian official said, as a planned visit there was put off in August."],
        ],
        "events": [
            ev("visit", "lands", at="Modi lands in Brunei", p=["Narendra Modi", "Brunei"], agent="Narendra Modi",
               target="Brunei", loc="Bandar Seri Begawan, Brunei", date="2024-09-03", dt="on Tuesday afternoon"),
            ev("meeting", "held talks", p=["Narendra Modi", "Hassanal Bolkiah"], agent="Narendra Modi",
               target="Hassanal Bolkiah", loc="Bandar Seri Begawan, Brunei", date="2024-09-04", dt="on Wednesday"),
            ev("agreement", "signed", at="signed a pact", p=["India", "Brunei"]),
            ev("agreement", "agreed", at="agreed to open direct flights", p=["India", "Brunei"]),
            ev("statement", "said", at="foreign ministry said", p=["India"], agent="India"),
            ev("statement", "said", at="officials said talks", p=["India", "Brunei"]),
            ev("statement", "told", at="Modi told the sultan", p=["Narendra Modi", "Hassanal Bolkiah"],
               agent="Narendra Modi", target="Hassanal Bolkiah"),
            ev("statement", "accepted", at="accepted an invitation", p=["Hassanal Bolkiah"],
               agent="Hassanal Bolkiah"),
            ev("statement", "said", at="the ministry said", p=["India"], agent="India"),
            ev("statement", "said", at="an Indian official said", p=["India"], agent="India"),
        ],
        "irrealis": [
            irr("planned", "flights", "open", at="agreed to open direct flights", p=["India", "Brunei"]),
            irr("negated", "agreement", "agreement", at="did not reach agreement", p=["India", "Brunei"]),
            irr("planned", "meeting", "talks", at="talks would continue", p=["India", "Brunei"]),
            irr("planned", "visit", "visit", at="invitation to visit India", p=["Hassanal Bolkiah", "India"],
                agent="Hassanal Bolkiah", target="India", loc="India", date="2025", dt="next year"),
            irr("negated", "statement", "mentioned", at="Neither leader mentioned", p=["Narendra Modi",
                "Hassanal Bolkiah"]),
            irr("planned", "visit", "fly on", at="due to fly on to Singapore", p=["Narendra Modi", "Singapore"],
                agent="Narendra Modi", target="Singapore", loc="Singapore", date="2024-09-04",
                dt="later on Wednesday"),
            irr("planned", "meeting", "talks", at="for talks with Prime Minister Lawrence Wong", p=["Narendra Modi",
                "Lawrence Wong"], agent="Narendra Modi", target="Lawrence Wong", loc="Singapore"),
            irr("negated", "visit", "stop", at="will not stop in Malaysia", p=["Narendra Modi", "Malaysia"],
                agent="Narendra Modi", target="Malaysia", loc="Malaysia"),
            irr("negated", "visit", "visit", at="a planned visit there", p=["Narendra Modi", "Malaysia"],
                agent="Narendra Modi", target="Malaysia", date="2024-08", dt="in August"),
        ],
        "people": ["Narendra Modi", "Al-Muhtadee Billah", "Hassanal Bolkiah", "Lawrence Wong"],
        "places": ["Bandar Seri Begawan", "Brunei", "Chennai", "India", "New Delhi", "South China Sea", "China",
                   "Singapore", "Malaysia"],
        "organizations": [],
    },
    {
        "id": "hnr17", "published": "2025-02-11",
        "paragraphs": [
            ["Mexico's Grupo Sierra Alta agrees to buy cement rival Calizas del Norte for $1.1 billion"],
            ["MONTERREY, Feb 11 (Reuters) - Mexican building materials maker Grupo Sierra Alta on Tuesday "
             "announced a deal to acquire smaller rival Calizas del Norte for 22.6 billion pesos ($1.1 billion), "
             "including debt, to expand in the industrial north as factories move closer to the U.S. border."],
            ["The deal needs the approval of Mexico's antitrust commission, which is expected to decide by June, and "
             "of Calizas shareholders, who will vote at a meeting on March 20, Chief Executive Rodrigo Elizondo said "
             "on a call with analysts."],
            ["Elizondo said Sierra Alta would not close any of Calizas' three kilns and had no plans to sell its "
             "quarries in Coahuila.",
             "Asked whether U.S. tariffs on Mexican goods could derail the deal, he said he did not expect them to "
             "touch cement."],
            ["Shares in Calizas rose 14 percent in Mexico City, while Sierra Alta's fell 3 percent.",
             "Analysts at Banorte said the price looked full but not excessive."],
            ["Swiss group Holcim looked at Calizas in 2023 but walked away over the family's asking price, two people "
             "familiar with those talks said.",
             "The Garza family, which owns 61 percent of Calizas, has pledged to back the offer and will keep a seat "
             "on the combined board, Sierra Alta said."],
        ],
        "events": [
            ev("agreement", "agrees", at="Sierra Alta agrees to buy", p=["Grupo Sierra Alta", "Calizas del Norte"]),
            ev("statement", "announced", at="Tuesday announced a", p=["Grupo Sierra Alta"],
               agent="Grupo Sierra Alta", date="2025-02-11", dt="on Tuesday"),
            ev("statement", "said", at="Rodrigo Elizondo said", p=["Rodrigo Elizondo"], agent="Rodrigo Elizondo"),
            ev("statement", "said", at="Elizondo said Sierra Alta", p=["Rodrigo Elizondo"],
               agent="Rodrigo Elizondo"),
            ev("statement", "said", at="he said he did not expect", p=["Rodrigo Elizondo"],
               agent="Rodrigo Elizondo"),
            ev("statement", "said", at="Analysts at Banorte said", p=["Banorte"], agent="Banorte"),
            ev("meeting", "talks", at="familiar with those talks", p=["Holcim", "Garza family"], date="2023",
               dt="in 2023"),
            ev("statement", "said", at="familiar with those talks said"),
            ev("statement", "has pledged", p=["Garza family"], agent="Garza family"),
            ev("statement", "said", at="board, Sierra Alta said", p=["Grupo Sierra Alta"], agent="Grupo Sierra Alta"),
        ],
        "irrealis": [
            irr("planned", "acquisition", "buy", at="agrees to buy cement rival", p=["Grupo Sierra Alta",
                "Calizas del Norte"], agent="Grupo Sierra Alta", target="Calizas del Norte",
                amount=(1100000000, "USD")),
            irr("planned", "ruling", "decide", at="expected to decide by June", p=["Federal Economic Competition "
                "Commission"], agent="Federal Economic Competition Commission", date="2025-06", dt="by June"),
            irr("planned", "meeting", "meeting", at="vote at a meeting on March 20", p=["Calizas del Norte"],
                date="2025-03-20", dt="on March 20"),
            irr("negated", "closure", "close", at="would not close any", p=["Grupo Sierra Alta"],
                agent="Grupo Sierra Alta"),
            irr("negated", "sale", "sell", at="no plans to sell its quarries", p=["Grupo Sierra Alta"],
                agent="Grupo Sierra Alta"),
            irr("hypothetical", "cancellation", "derail", at="could derail the deal", p=["United States"]),
            irr("negated", "acquisition", "walked away", p=["Holcim", "Calizas del Norte"], agent="Holcim",
                target="Calizas del Norte", date="2023", dt="in 2023"),
            irr("planned", "support", "back", at="pledged to back the offer", p=["Garza family"],
                agent="Garza family"),
        ],
        "people": ["Rodrigo Elizondo"],
        "places": ["Monterrey", "Mexico", "Mexico City", "Coahuila", "United States"],
        "organizations": ["Grupo Sierra Alta", "Calizas del Norte", "Federal Economic Competition Commission",
                          "Banorte", "Holcim"],
    },
    {
        "id": "hnr18", "published": "2025-07-25",
        "paragraphs": [
            ["Thai and Cambodian troops trade rocket and artillery fire, 15 dead"],
            ["SURIN, Thailand (AP) — Thai and Cambodian forces exchanged artillery and rocket fire along their "
             "disputed border for a second day on Friday, and Thai officials said the death toll on their side had "
             "risen to 14, most of them civilians."],
            ["A rocket hit a petrol station near a market in Sisaket province on Thursday, killing eight people, "
             "Thailand's health ministry said.",
             "Cambodia said one of its civilians was killed and five were hurt when Thai F-16 jets bombed a road near "
             "a temple in Oddar Meanchey province overnight."],
            ["More than 100,000 people have fled villages on the Thai side, the interior ministry said.",
             "Each government accused the other of firing first."],
            ["Anwar Ibrahim, Malaysia's prime minister and this year's chair of ASEAN, said he had phoned both "
             "leaders and offered to host talks in Kuala Lumpur.",
             "Thailand said it was open to talks but would not accept mediation by a third country."],
            ["Cambodian Prime Minister Hun Manet asked the U.N. Security Council to hold an urgent meeting, which "
             "diplomats said could take place as early as Friday evening.",
             "Thai acting Prime Minister Phumtham Wechayachai said Bangkok had no plans to declare war, but he warned "
             "that the army would respond if Cambodian rockets kept falling on Thai towns."],
        ],
        "events": [
            ev("attack", "trade", at="troops trade rocket and artillery fire", p=["Royal Thai Army",
               "Royal Cambodian Armed Forces"], loc="Surin, Thailand", date="2025-07-25", dt="on Friday", killed=15),
            ev("death", "dead", at="artillery fire, 15 dead", killed=15),
            ev("statement", "said", at="Thai officials said", p=["Thailand"], agent="Thailand"),
            ev("attack", "hit", at="A rocket hit a petrol station", p=["Royal Cambodian Armed Forces"],
               agent="Royal Cambodian Armed Forces", target="petrol station near a market in Sisaket",
               loc="Sisaket, Thailand", date="2025-07-24", dt="on Thursday", killed=8),
            ev("death", "killing", at="killing eight people", date="2025-07-24", dt="on Thursday", killed=8),
            ev("statement", "said", at="health ministry said", p=["Thailand"], agent="Thailand"),
            ev("statement", "said", at="Cambodia said one", p=["Cambodia"], agent="Cambodia"),
            ev("attack", "bombed", p=["Royal Thai Air Force"], agent="Royal Thai Air Force",
               target="road near a temple in Oddar Meanchey", loc="Oddar Meanchey, Cambodia", date="2025-07-25",
               dt="overnight", killed=1, injured=5),
            ev("death", "killed", at="one of its civilians was killed", killed=1),
            ev("injury", "hurt", at="five were hurt", injured=5),
            ev("statement", "said", at="the interior ministry said", p=["Thailand"], agent="Thailand"),
            ev("statement", "accused", p=["Thailand", "Cambodia"]),
            ev("statement", "said", at="ASEAN, said he had phoned", p=["Anwar Ibrahim"], agent="Anwar Ibrahim"),
            ev("call", "phoned", p=["Anwar Ibrahim", "Hun Manet", "Phumtham Wechayachai"], agent="Anwar Ibrahim"),
            ev("statement", "offered", p=["Anwar Ibrahim"], agent="Anwar Ibrahim"),
            ev("statement", "said", at="Thailand said it was open", p=["Thailand"], agent="Thailand"),
            ev("statement", "asked", at="Hun Manet asked", p=["Hun Manet", "United Nations Security Council"],
               agent="Hun Manet", target="United Nations Security Council"),
            ev("statement", "said", at="diplomats said could", p=[]),
            ev("statement", "said", at="Phumtham Wechayachai said", p=["Phumtham Wechayachai"],
               agent="Phumtham Wechayachai"),
            ev("statement", "warned", p=["Phumtham Wechayachai"], agent="Phumtham Wechayachai"),
        ],
        "irrealis": [
            irr("planned", "meeting", "talks", at="offered to host talks", p=["Thailand", "Cambodia", "Malaysia"],
                loc="Kuala Lumpur, Malaysia"),
            irr("hypothetical", "meeting", "talks", at="open to talks", p=["Thailand", "Cambodia"]),
            irr("negated", "mediation", "mediation", at="would not accept mediation", p=["Thailand"]),
            irr("planned", "meeting", "meeting", at="hold an urgent meeting", p=["United Nations Security Council"],
                agent="United Nations Security Council", date="2025-07-25", dt="as early as Friday evening"),
            irr("negated", "statement", "declare war", at="no plans to declare war", p=["Thailand"],
                agent="Thailand"),
            irr("hypothetical", "attack", "respond", at="the army would respond", p=["Royal Thai Army", "Cambodia"],
                agent="Royal Thai Army", target="Cambodia"),
            irr("hypothetical", "attack", "falling", at="rockets kept falling", p=["Royal Cambodian Armed Forces"],
                agent="Royal Cambodian Armed Forces", target="Thai towns"),
        ],
        "people": ["Anwar Ibrahim", "Hun Manet", "Phumtham Wechayachai"],
        "places": ["Surin", "Thailand", "Cambodia", "Sisaket", "Oddar Meanchey", "Kuala Lumpur", "Bangkok"],
        "organizations": ["ASEAN", "United Nations Security Council", "Royal Thai Army",
                          "Royal Cambodian Armed Forces", "Royal Thai Air Force"],
    },
    {
        "id": "hnr19", "published": "2026-01-22",
        "paragraphs": [
            ["German police arrest three over suspected sabotage plot at Hamburg port"],
            ["HAMBURG (Reuters) - German police arrested three men in Hamburg on Wednesday on suspicion of planning to "
             "sabotage cargo cranes at the city's container port on behalf of a foreign intelligence service, "
             "federal prosecutors said on Thursday."],
            ["A judge at the Federal Court of Justice ordered the suspects, two Germans and a Moldovan national, held "
             "in custody pending trial, the prosecutors said.",
             "They did not name the foreign service, but two security officials said investigators suspected Russian "
             "military intelligence."],
            ["The Russian embassy in Berlin denied any involvement and called the arrests a provocation.",
             "Interior Minister Alexander Dobrindt said Germany would not be intimidated and would expel diplomats if "
             "the link to Moscow was confirmed."],
            ["The arrests came a week after the European Union imposed sanctions on Baltic Horizon Shipping, a "
             "Dubai-registered firm that bought 12 ageing oil tankers last year and that Brussels says helps Moscow "
             "get around a price cap on its crude.",
             "Baltic Horizon could not be reached."],
            ["Port operator HHLA said cargo handling had not been disrupted and that police had not warned it before "
             "the raids.",
             "The suspects face up to 10 years in prison if convicted."],
        ],
        "events": [
            ev("arrest", "arrest", at="German police arrest three", p=["German police"], agent="German police",
               loc="Hamburg, Germany", date="2026-01-21", dt="on Wednesday"),
            ev("statement", "said", at="federal prosecutors said", p=["Federal Prosecutor General of Germany"],
               agent="Federal Prosecutor General of Germany", date="2026-01-22", dt="on Thursday"),
            ev("ruling", "ordered", at="Federal Court of Justice ordered", p=["Federal Court of Justice"],
               agent="Federal Court of Justice"),
            ev("statement", "said", at="the prosecutors said", p=["Federal Prosecutor General of Germany"],
               agent="Federal Prosecutor General of Germany"),
            ev("statement", "said", at="security officials said"),
            ev("statement", "suspected", at="investigators suspected"),
            ev("statement", "denied", at="embassy in Berlin denied", p=["Russia"], agent="Russia"),
            ev("statement", "called", at="called the arrests", p=["Russia"], agent="Russia"),
            ev("statement", "said", at="Alexander Dobrindt said", p=["Alexander Dobrindt"],
               agent="Alexander Dobrindt"),
            ev("sanction", "sanctions", at="imposed sanctions on Baltic Horizon", p=["European Union",
               "Baltic Horizon Shipping"], agent="European Union", target="Baltic Horizon Shipping",
               date="2026-01-14", dt="a week after"),
            ev("acquisition", "bought", at="bought 12 ageing oil tankers", p=["Baltic Horizon Shipping"],
               agent="Baltic Horizon Shipping", target="12 ageing oil tankers", date="2025", dt="last year"),
            ev("statement", "says", at="Brussels says", p=["European Union"], agent="European Union"),
            ev("statement", "said", at="HHLA said", p=["HHLA"], agent="HHLA"),
        ],
        "irrealis": [
            irr("planned", "attack", "sabotage", at="planning to sabotage", target="cargo cranes at the Hamburg port",
                loc="Hamburg, Germany"),
            irr("planned", "trial", "trial", at="pending trial"),
            irr("negated", "statement", "did not name", p=["Federal Prosecutor General of Germany"],
                agent="Federal Prosecutor General of Germany"),
            irr("hypothetical", "expulsion", "expel", at="would expel diplomats", p=["Germany", "Russia"],
                agent="Germany", target="Russia"),
            irr("negated", "statement", "could not be reached", p=["Baltic Horizon Shipping"],
                agent="Baltic Horizon Shipping"),
            irr("negated", "statement", "warned", at="police had not warned it", p=["German police", "HHLA"],
                agent="German police", target="HHLA"),
            irr("hypothetical", "conviction", "convicted", at="if convicted"),
        ],
        "people": ["Alexander Dobrindt"],
        "places": ["Hamburg", "Germany", "Berlin", "Moscow", "Dubai", "Brussels"],
        "organizations": ["Federal Court of Justice", "European Union", "Baltic Horizon Shipping", "HHLA"],
    },
    {
        "id": "hnr20", "published": "2026-03-18",
        "paragraphs": [
            ["Armenian leader makes first visit to Baku as peace treaty nears"],
            ["Armenian Prime Minister Nikol Pashinyan arrived in Baku on Tuesday evening, the first trip by an "
             "Armenian leader to Azerbaijan's capital since the Soviet collapse, for talks with President Ilham Aliyev "
             "on a peace accord the two sides initialled in Washington last August."],
            ["The two leaders met for three hours on Wednesday morning but did not sign the treaty, which Aliyev says "
             "cannot take effect until Armenia removes from its constitution a claim to the Nagorno-Karabakh region."],
            ["Pashinyan told reporters that a referendum on a new constitution would be held next year and that he "
             "would not put the treaty to parliament before then.",
             "\"Peace is not a single signature, it is a road,\" he said."],
            ["Hundreds of Armenians gathered outside the government building in Yerevan on Tuesday night, accusing "
             "Pashinyan of giving away land, and police detained 12 of them, the interior ministry said."],
            ["Azerbaijan's state energy company SOCAR, which completed its purchase of a stake in a Georgian pipeline "
             "operator this month, said it was ready to supply gas to Armenia once the accord is signed.",
             "U.S. envoy Steve Witkoff is expected in Baku on Thursday."],
        ],
        "events": [
            ev("visit", "visit", at="makes first visit to Baku", p=["Nikol Pashinyan", "Azerbaijan"],
               agent="Nikol Pashinyan", target="Azerbaijan", loc="Baku, Azerbaijan", date="2026-03-17",
               dt="on Tuesday evening"),
            ev("meeting", "talks", at="for talks with President Ilham Aliyev", p=["Nikol Pashinyan", "Ilham Aliyev"],
               agent="Nikol Pashinyan", target="Ilham Aliyev", loc="Baku, Azerbaijan", date="2026-03-18",
               dt="on Wednesday morning"),
            ev("agreement", "initialled", p=["Armenia", "Azerbaijan"], loc="Washington, United States",
               date="2025-08", dt="last August"),
            ev("statement", "says", at="Aliyev says", p=["Ilham Aliyev"], agent="Ilham Aliyev"),
            ev("statement", "told", at="Pashinyan told reporters", p=["Nikol Pashinyan"], agent="Nikol Pashinyan"),
            ev("statement", "said", at="it is a road,\" he said", p=["Nikol Pashinyan"], agent="Nikol Pashinyan"),
            ev("protest", "gathered", at="Armenians gathered outside", p=["Nikol Pashinyan"], target="Nikol Pashinyan",
               loc="Yerevan, Armenia", date="2026-03-17", dt="on Tuesday night"),
            ev("statement", "accusing", p=["Nikol Pashinyan"], target="Nikol Pashinyan"),
            ev("arrest", "detained", at="police detained 12", p=["Armenian police"], agent="Armenian police",
               loc="Yerevan, Armenia"),
            ev("statement", "said", at="the interior ministry said", p=["Armenia"], agent="Armenia"),
            ev("acquisition", "purchase", at="completed its purchase", p=["SOCAR"], agent="SOCAR",
               target="Georgian pipeline operator", date="2026-03", dt="this month"),
            ev("statement", "said", at="said it was ready", p=["SOCAR"], agent="SOCAR"),
        ],
        "irrealis": [
            irr("planned", "agreement", "treaty", at="as peace treaty nears", p=["Armenia", "Azerbaijan"]),
            irr("negated", "agreement", "did not sign", p=["Nikol Pashinyan", "Ilham Aliyev"]),
            irr("negated", "entry into force", "take effect", at="cannot take effect", p=["Armenia", "Azerbaijan"]),
            irr("hypothetical", "amendment", "removes", at="until Armenia removes", p=["Armenia"], agent="Armenia"),
            irr("planned", "referendum", "referendum", at="a referendum on a new constitution", loc="Armenia",
                date="2027", dt="next year"),
            irr("negated", "ratification", "put", at="would not put the treaty", p=["Nikol Pashinyan",
                "National Assembly of Armenia"], agent="Nikol Pashinyan"),
            irr("hypothetical", "supply", "supply", at="ready to supply gas", p=["SOCAR", "Armenia"], agent="SOCAR",
                target="Armenia"),
            irr("hypothetical", "agreement", "signed", at="once the accord is signed", p=["Armenia", "Azerbaijan"]),
            irr("planned", "visit", "expected in", at="is expected in Baku", p=["Steve Witkoff", "Azerbaijan"],
                agent="Steve Witkoff", target="Azerbaijan", loc="Baku, Azerbaijan", date="2026-03-19",
                dt="on Thursday"),
        ],
        "people": ["Nikol Pashinyan", "Ilham Aliyev", "Steve Witkoff"],
        "places": ["Baku", "Azerbaijan", "Armenia", "Washington", "Nagorno-Karabakh", "Yerevan"],
        "organizations": ["SOCAR"],
    },
]
