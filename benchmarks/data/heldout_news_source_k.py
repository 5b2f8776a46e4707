"""The eleventh held-out news set, the test set of round k (the source of heldout-news-k.{in,gold}.jsonl).

Written and annotated at the start of round k, before its rules, while set j became a development set: nobody
develops a rule on this set, and the round's engineers do not see it until it is merged at the round's end.
Every lead was written for it (never copied or paraphrased from ../shared/data, the seed, examples/ or sets a-j;
no topic of theirs taken one to one); real public figures appear in events that are partly or wholly invented,
the companies of the acquisition leads are invented, and the tolls, quotes and other people are invented.
Annotated before kg was run on it. The format and the conventions are those of sets a-j
(`heldout_news_source.py` to `heldout_news_source_j.py`, whose docstrings say them): an article is its
paragraphs, each a list of sentences; an event names its sentence by `at` (by default its trigger); one event per
real-world event at its first mention (a headline included), later mentions ("the deal", "the strike", "the
hour-long meeting", "the verdict") no new event but filling in its details; every reporting verb its own
statement, participial ones ("speaking", "saying", "adding", "pledging") and reporting verbs with a noun object
("gave no date", "send their congratulations") included; participants as full canonical names (an unnamed
official's organisation or country; pronouns, titles and possessive offices resolved); `date` only where a date
expression attaches to the event; casualties on attacks, with the deaths and injuries of their tolls; a vague
count is no number; negated, planned, hypothetical and requested (labelled planned) events in `irrealis`, a
denied, refused, cancelled or called-off event negated, a conditional, asked-about or "could" one hypothetical;
generic, habitual and aggregate mentions are no events; an election won is one election event at the win (agent
the winner, target the office); the control verb of an acquisition is no agreement; cognition verbs ("looked
forward", "was horrified") are no statements; tear gas is no attack.

Two conventions differ from sets a-j, decided in round k by the lead to follow news-dev (kg is judged with
news-dev's conventions): (1) a reporting noun that is the medium of a reporting verb ("said in a statement",
"asserted in a statement", "maintained in a televised address", "told reporters in a video message", "wrote in a
letter", "confirmed the strike in remarks carried by state television", "In a video from his residence, Bongo
asked") is no statement of its own: one statement, at the verb; (2) "invited X to V" is an `invitation` event
(realis, a type the scorer does not score) plus the planned V, and no statement ("invited the protest leaders to
talks": an invitation and a planned meeting).

Like sets h-j, this set is ordinary wire news in the wire's mix (an air strike, a raid and shootings of
protesters with tolls, a coup, phone calls, talks and a summit, deals and accords, readouts and statements,
elections in Cameroon, India, Uganda, Kenya, Gabon and Senegal, court rulings, purchases, arrests, sanctions,
protests and visits), from other regions than sets h-j (South Asia, West, East and Southern Africa, Southeast
Asia, Central America, Eastern Europe) and in other shapes: reporting verbs and frames beyond theirs
("maintained", "contended", "asserted", "remarked", "predicted", "proclaimed", "pledging", "cries fraud",
"presses", "disown", "send their congratulations", "Asked at a news conference", "Speaking on behalf of"),
unnamed speakers and bodies ("a State Department official", "a person close to", "a diplomat at the summit", "a
district official", "lawyers", "residents and a local rebel group", "mining companies"), titles and later mentions
("the bloc's chairman", "the winner", "the hour-long meeting", "the verdict"), possessive offices ("his office",
"Sall's office", "The president's office"), headlines in several tenses and shapes (present "wins", "quits",
"presses"; passive participle "arrested", "shot", "declared winner", "killed"; "to buy"; "set to become"), and
in every lead the everyday irrealis: refusals and denials ("has refused to resign", "refused to debate", "denied
paying"), negated reports ("did not respond", "declined to say", "did not attend", "has not said", "gave no
date"), plans and schedules ("will meet ... on Friday", "is due to give an interview", "will fly to El Salvador
on Monday"), conditions ("if the junta failed", "unless it is overturned"), demands and appeals ("called for the
immediate release", "urged India to send an envoy"), offers, invitations and possibilities ("made an offer",
"invited ... to talks", "could challenge", "may discuss").
"""

from heldout_news_source import ev, irr

ARTICLES = [
    {
        "id": "hk01", "published": "2018-02-06",
        "paragraphs": [
            ["Maldives judges arrested hours after Yameen declares emergency"],
            ["MALE (Reuters) - Maldives police arrested Chief Justice Abdulla Saeed and another Supreme Court judge, "
             "Ali Hameed, early on Tuesday, hours after President Abdulla Yameen declared a 15-day state of "
             "emergency in his standoff with the country's top court."],
            ["The Supreme Court had ruled on Thursday that the trials of nine opposition figures, among them the "
             "exiled former president Mohamed Nasheed, were flawed, and ordered their release."],
            ["Police also detained former president Maumoon Abdul Gayoom, the president's half-brother, at his "
             "home in the capital late on Monday, his daughter Yumna Maumoon posted on Twitter.",
             "She said officers had shown him no warrant."],
            ["Legal Affairs Minister Aishath Azima Shakoor maintained in a televised address that the judges had "
             "tried to topple the government."],
            ["Speaking from Colombo, Nasheed called the move unconstitutional and urged India to send an envoy, "
             "backed by its military, to free the judges.",
             "India's foreign ministry said it was disturbed by the declaration."],
            ["Washington asked Yameen to respect the rule of law and did not rule out sanctions, a State "
             "Department official told reporters.",
             "The president's office did not respond to a request for comment.",
             "Yameen will address the nation on Wednesday, state broadcaster PSM reported."],
        ],
        "events": [
            ev("arrest", "arrested", at="Maldives judges arrested hours after", p=["Maldives Police Service",
               "Abdulla Saeed", "Ali Hameed"], agent="Maldives Police Service", target="Abdulla Saeed",
               loc="Male, Maldives", date="2018-02-06", dt="early on Tuesday"),
            ev("declaration", "declares", at="Yameen declares emergency", p=["Abdulla Yameen"],
               agent="Abdulla Yameen", loc="Maldives"),
            ev("ruling", "ruled", at="The Supreme Court had ruled on Thursday", p=["Supreme Court of the Maldives",
               "Mohamed Nasheed"], agent="Supreme Court of the Maldives", date="2018-02-01", dt="on Thursday"),
            ev("arrest", "detained", at="Police also detained former president", p=["Maldives Police Service",
               "Maumoon Abdul Gayoom"], agent="Maldives Police Service", target="Maumoon Abdul Gayoom",
               loc="Male, Maldives", date="2018-02-05", dt="late on Monday"),
            ev("statement", "posted", at="Yumna Maumoon posted on Twitter", p=["Yumna Maumoon"],
               agent="Yumna Maumoon"),
            ev("statement", "said", at="She said officers had shown him no warrant", p=["Yumna Maumoon"],
               agent="Yumna Maumoon"),
            ev("statement", "maintained", at="Aishath Azima Shakoor maintained", p=["Aishath Azima Shakoor"],
               agent="Aishath Azima Shakoor"),
            ev("statement", "Speaking", at="Speaking from Colombo", p=["Mohamed Nasheed"], agent="Mohamed Nasheed",
               loc="Colombo, Sri Lanka"),
            ev("statement", "called", at="Nasheed called the move unconstitutional", p=["Mohamed Nasheed"],
               agent="Mohamed Nasheed"),
            ev("statement", "urged", at="urged India to send an envoy", p=["Mohamed Nasheed", "India"],
               agent="Mohamed Nasheed", target="India"),
            ev("statement", "said", at="India's foreign ministry said", p=["Indian Ministry of External Affairs"],
               agent="Indian Ministry of External Affairs"),
            ev("statement", "asked", at="Washington asked Yameen", p=["United States", "Abdulla Yameen"],
               agent="United States", target="Abdulla Yameen"),
            ev("statement", "told", at="a State Department official told reporters", p=["U.S. State Department"],
               agent="U.S. State Department"),
            ev("statement", "reported", at="state broadcaster PSM reported", p=["PSM"], agent="PSM"),
        ],
        "irrealis": [
            irr("planned", "release", "release", at="and ordered their release", p=["Mohamed Nasheed"],
                target="Mohamed Nasheed"),
            irr("negated", "presentation", "shown", at="officers had shown him no warrant",
                p=["Maldives Police Service"], agent="Maldives Police Service"),
            irr("hypothetical", "coup", "topple", at="had tried to topple the government", p=["Ali Hameed",
                "Abdulla Saeed"], agent="Abdulla Saeed"),
            irr("planned", "deployment", "send", at="urged India to send an envoy", p=["India"], agent="India",
                loc="Maldives"),
            irr("planned", "release", "free", at="to free the judges", p=["India", "Abdulla Saeed", "Ali Hameed"],
                agent="India", target="Abdulla Saeed"),
            irr("hypothetical", "sanction", "sanctions", at="did not rule out sanctions", p=["United States",
                "Maldives"], agent="United States", target="Maldives"),
            irr("negated", "statement", "respond", at="did not respond to a request", p=["Abdulla Yameen"],
                agent="Abdulla Yameen"),
            irr("planned", "statement", "address", at="Yameen will address the nation", p=["Abdulla Yameen"],
                agent="Abdulla Yameen", date="2018-02-07", dt="on Wednesday"),
        ],
        "people": ["Abdulla Saeed", "Ali Hameed", "Abdulla Yameen", "Mohamed Nasheed", "Maumoon Abdul Gayoom",
                   "Yumna Maumoon", "Aishath Azima Shakoor"],
        "places": ["Male", "Maldives", "Colombo", "India", "Washington"],
        "organizations": ["Maldives Police Service", "Supreme Court of the Maldives",
                          "Indian Ministry of External Affairs", "U.S. State Department", "PSM"],
    },
    {
        "id": "hk02", "published": "2018-10-22",
        "paragraphs": [
            ["Cameroon's Biya wins seventh term as rival Kamto cries fraud"],
            ["YAOUNDE (AFP) - Cameroon's Constitutional Council on Monday declared President Paul Biya, 85, the "
             "winner of the Oct. 7 election with 71.3 percent of the vote, handing Africa's oldest leader a "
             "seventh term after 36 years in power."],
            ["Opposition candidate Maurice Kamto, who came second with 14.2 percent, had proclaimed himself the "
             "winner two days after the vote, and his lawyers contended before the council last week that "
             "ballots had been stuffed in the northern regions.",
             "The council threw out all 18 of their petitions."],
            ["\"We will not accept this hold-up,\" Kamto declared at his headquarters in Yaounde, where police "
             "dispersed several dozen of his supporters.",
             "He did not say whether he would call for street protests."],
            ["Communication Minister Issa Tchiroma Bakary warned the opposition that any unrest would be put "
             "down.",
             "Biya is due to be sworn in on Nov. 6, his office announced."],
            ["In the English-speaking regions, where separatists have fought the army for a year, turnout was "
             "barely 5 percent, according to election observers from the African Union."],
        ],
        "events": [
            ev("election", "wins", at="Cameroon's Biya wins seventh term", p=["Paul Biya", "Cameroon"],
               agent="Paul Biya", target="President of Cameroon", loc="Cameroon", date="2018-10-07",
               dt="the Oct. 7"),
            ev("statement", "cries", at="rival Kamto cries fraud", p=["Maurice Kamto"], agent="Maurice Kamto"),
            ev("statement", "declared", at="Constitutional Council on Monday declared", p=["Constitutional Council "
               "of Cameroon"], agent="Constitutional Council of Cameroon", date="2018-10-22", dt="on Monday"),
            ev("statement", "proclaimed", at="had proclaimed himself the winner", p=["Maurice Kamto"],
               agent="Maurice Kamto", date="2018-10-09", dt="two days after the vote"),
            ev("statement", "contended", at="his lawyers contended", p=["Maurice Kamto"], agent="Maurice Kamto",
               date="2018-W42", dt="last week"),
            ev("ruling", "threw out", at="The council threw out", p=["Constitutional Council of Cameroon",
               "Maurice Kamto"], agent="Constitutional Council of Cameroon", target="Maurice Kamto"),
            ev("statement", "declared", at="Kamto declared at his headquarters", p=["Maurice Kamto"],
               agent="Maurice Kamto", loc="Yaounde, Cameroon"),
            ev("dispersal", "dispersed", at="police dispersed several dozen", p=["Cameroonian police"],
               agent="Cameroonian police", loc="Yaounde, Cameroon"),
            ev("statement", "warned", at="Issa Tchiroma Bakary warned", p=["Issa Tchiroma Bakary"],
               agent="Issa Tchiroma Bakary"),
            ev("statement", "announced", at="his office announced", p=["Paul Biya"], agent="Paul Biya"),
            ev("statement", "according to", at="according to election observers", p=["African Union"],
               agent="African Union"),
        ],
        "irrealis": [
            irr("negated", "acceptance", "accept", at="We will not accept this hold-up", p=["Maurice Kamto"],
                agent="Maurice Kamto"),
            irr("negated", "statement", "did not say", at="He did not say whether", p=["Maurice Kamto"],
                agent="Maurice Kamto"),
            irr("hypothetical", "statement", "call", at="he would call for street protests", p=["Maurice Kamto"],
                agent="Maurice Kamto"),
            irr("hypothetical", "protest", "protests", at="call for street protests", p=["Maurice Kamto"],
                loc="Cameroon"),
            irr("hypothetical", "unrest", "unrest", at="any unrest would be put down", loc="Cameroon"),
            irr("hypothetical", "crackdown", "put down", at="would be put down", p=["Cameroon"], agent="Cameroon"),
            irr("planned", "inauguration", "sworn in", at="Biya is due to be sworn in", p=["Paul Biya"],
                agent="Paul Biya", date="2018-11-06", dt="on Nov. 6"),
        ],
        "people": ["Paul Biya", "Maurice Kamto", "Issa Tchiroma Bakary"],
        "places": ["Cameroon", "Yaounde", "Africa"],
        "organizations": ["Constitutional Council of Cameroon", "African Union"],
    },
    {
        "id": "hk03", "published": "2019-05-23",
        "paragraphs": [
            ["Modi storms back to power as his party heads for a landslide"],
            ["NEW DELHI (Reuters) - Prime Minister Narendra Modi's Bharatiya Janata Party was ahead in 300 of the "
             "542 seats being counted on Thursday, Election Commission figures showed, putting the Hindu nationalist "
             "leader on course for a second five-year term with a bigger majority than in 2014."],
            ["\"Together we will build a strong and inclusive India,\" Modi tweeted as supporters let off "
             "firecrackers outside party offices."],
            ["Congress party president Rahul Gandhi conceded defeat at a news conference in the capital and said "
             "he had congratulated Modi.",
             "Gandhi, who also appeared to have lost the family seat of Amethi, declined to answer questions "
             "about his future as party leader."],
            ["Chinese President Xi Jinping and Israeli Prime Minister Benjamin Netanyahu were among the first to "
             "send their congratulations, and Pakistan's Prime Minister Imran Khan wrote that he looked forward to "
             "working with Modi for peace."],
            ["Khan would call Modi in the coming days, a Pakistani foreign ministry spokesman said, in what would "
             "be the first contact between the two leaders since Indian jets struck a militant camp in Pakistan "
             "in February."],
            ["Modi will meet the party's newly elected lawmakers on Saturday before he is sworn in next week, "
             "party spokesman Sambit Patra said.",
             "Patra gave no date for the ceremony."],
        ],
        "events": [
            ev("election", "storms back to power", at="Modi storms back to power", p=["Narendra Modi",
               "Bharatiya Janata Party", "India"], agent="Narendra Modi", target="Prime Minister of India",
               loc="India"),
            ev("statement", "tweeted", at="Modi tweeted as supporters", p=["Narendra Modi"], agent="Narendra Modi"),
            ev("statement", "conceded", at="Rahul Gandhi conceded defeat", p=["Rahul Gandhi"], agent="Rahul Gandhi",
               loc="New Delhi, India"),
            ev("statement", "said", at="said he had congratulated Modi", p=["Rahul Gandhi"], agent="Rahul Gandhi"),
            ev("statement", "congratulated", at="he had congratulated Modi", p=["Rahul Gandhi", "Narendra Modi"],
               agent="Rahul Gandhi", target="Narendra Modi"),
            ev("statement", "send their congratulations", at="send their congratulations", p=["Xi Jinping",
               "Benjamin Netanyahu", "Narendra Modi"], agent="Xi Jinping", target="Narendra Modi"),
            ev("statement", "wrote", at="Imran Khan wrote that he looked forward", p=["Imran Khan"],
               agent="Imran Khan"),
            ev("statement", "said", at="a Pakistani foreign ministry spokesman said", p=["Pakistani Ministry of "
               "Foreign Affairs"], agent="Pakistani Ministry of Foreign Affairs"),
            ev("attack", "struck", at="Indian jets struck a militant camp", p=["India", "Pakistan"], agent="India",
               target="militant camp", loc="Pakistan", date="2019-02", dt="in February"),
            ev("statement", "said", at="party spokesman Sambit Patra said", p=["Sambit Patra"], agent="Sambit Patra"),
        ],
        "irrealis": [
            irr("negated", "statement", "answer", at="declined to answer questions", p=["Rahul Gandhi"],
                agent="Rahul Gandhi"),
            irr("planned", "call", "call", at="Khan would call Modi", p=["Imran Khan", "Narendra Modi"],
                agent="Imran Khan", target="Narendra Modi"),
            irr("planned", "meeting", "meet", at="Modi will meet the party's newly elected", p=["Narendra Modi",
                "Bharatiya Janata Party"], agent="Narendra Modi", target="Bharatiya Janata Party", date="2019-05-25",
                dt="on Saturday"),
            irr("planned", "inauguration", "sworn in", at="before he is sworn in next week", p=["Narendra Modi"],
                agent="Narendra Modi", date="2019-W22", dt="next week"),
            irr("negated", "statement", "gave no date", at="Patra gave no date", p=["Sambit Patra"],
                agent="Sambit Patra"),
        ],
        "people": ["Narendra Modi", "Rahul Gandhi", "Xi Jinping", "Benjamin Netanyahu", "Imran Khan", "Sambit Patra"],
        "places": ["New Delhi", "India", "Amethi", "Pakistan"],
        "organizations": ["Bharatiya Janata Party", "Election Commission of India", "Congress party",
                          "Pakistani Ministry of Foreign Affairs"],
    },
    {
        "id": "hk04", "published": "2019-08-28",
        "paragraphs": [
            ["Chile's Cordillera to buy Peruvian pharmacy chain Botica Andina for $410 million"],
            ["SANTIAGO (Reuters) - Chilean retailer Almacenes Cordillera has agreed to buy Peru's largest pharmacy "
             "chain, Botica Andina, from its founding Rojas family for $410 million in cash, the companies "
             "announced on Wednesday."],
            ["The purchase must still be cleared by Peru's competition regulator Indecopi and is expected to close "
             "by March next year."],
            ["Cordillera's finance chief, Carla Munoz, said in a webcast for investors that the Botica Andina name "
             "would stay on all of its 900 stores.",
             "Chief executive Ignacio Valdes is due to meet Peruvian Economy Minister Carlos Oliva in Lima next "
             "week to present the plan, she added."],
            ["Cordillera bought Colombian supermarket operator Mercados del Valle for $230 million in 2016."],
            ["Mexican drugstore group Farmacias Robledo, which made an offer for Botica Andina in May, said on "
             "Wednesday it would not raise its bid.",
             "Peru's pharmacists' union asked Indecopi to block the purchase, arguing that it would hand one "
             "company a third of the market.",
             "Indecopi declined to comment."],
        ],
        "events": [
            ev("statement", "announced", at="the companies announced on Wednesday", p=["Almacenes Cordillera",
               "Botica Andina"], agent="Almacenes Cordillera", date="2019-08-28", dt="on Wednesday"),
            ev("statement", "said", at="Carla Munoz, said in a webcast", p=["Carla Munoz"], agent="Carla Munoz"),
            ev("statement", "added", at="present the plan, she added", p=["Carla Munoz"], agent="Carla Munoz"),
            ev("acquisition", "bought", at="Cordillera bought Colombian supermarket", p=["Almacenes Cordillera",
               "Mercados del Valle"], agent="Almacenes Cordillera", target="Mercados del Valle", date="2016",
               dt="in 2016", amount=[230000000.0, "USD"]),
            ev("statement", "said", at="said on Wednesday it would not raise", p=["Farmacias Robledo"],
               agent="Farmacias Robledo", date="2019-08-28", dt="on Wednesday"),
            ev("statement", "asked", at="pharmacists' union asked Indecopi", p=["Indecopi"], target="Indecopi"),
            ev("statement", "arguing", at="arguing that it would hand one company"),
        ],
        "irrealis": [
            irr("planned", "acquisition", "buy", at="to buy Peruvian pharmacy chain", p=["Almacenes Cordillera",
                "Botica Andina"], agent="Almacenes Cordillera", target="Botica Andina",
                amount=[410000000.0, "USD"]),
            irr("planned", "approval", "cleared", at="must still be cleared", p=["Indecopi"], agent="Indecopi"),
            irr("planned", "closing", "close", at="expected to close by March", date="2020-03",
                dt="by March next year"),
            irr("planned", "meeting", "meet", at="is due to meet Peruvian Economy Minister", p=["Ignacio Valdes",
                "Carlos Oliva"], agent="Ignacio Valdes", target="Carlos Oliva", loc="Lima, Peru", date="2019-W36",
                dt="next week"),
            irr("planned", "statement", "present", at="to present the plan", p=["Ignacio Valdes"],
                agent="Ignacio Valdes"),
            irr("hypothetical", "acquisition", "offer", at="which made an offer for Botica Andina",
                p=["Farmacias Robledo", "Botica Andina"], agent="Farmacias Robledo", target="Botica Andina",
                date="2019-05", dt="in May"),
            irr("negated", "bid increase", "raise", at="it would not raise its bid", p=["Farmacias Robledo"],
                agent="Farmacias Robledo"),
            irr("planned", "blocking", "block", at="to block the purchase", p=["Indecopi"], agent="Indecopi"),
            irr("negated", "statement", "declined to comment", at="Indecopi declined to comment", p=["Indecopi"],
                agent="Indecopi"),
        ],
        "people": ["Carla Munoz", "Ignacio Valdes", "Carlos Oliva"],
        "places": ["Santiago", "Chile", "Peru", "Lima"],
        "organizations": ["Almacenes Cordillera", "Botica Andina", "Indecopi", "Mercados del Valle",
                          "Farmacias Robledo"],
    },
    {
        "id": "hk05", "published": "2020-02-25",
        "paragraphs": [
            ["Trump and Modi seal $3 billion helicopter deal on state visit"],
            ["NEW DELHI (AP) — U.S. President Donald Trump and Prime Minister Narendra Modi agreed on Tuesday that "
             "India would buy more than $3 billion of American military helicopters, while clashes over a new "
             "citizenship law killed at least 11 people in the northeast of the capital."],
            ["The two leaders held talks at Hyderabad House after a ceremonial welcome at the presidential palace, "
             "and Trump remarked that relations had never been better."],
            ["Asked at a news conference about the violence, which began on Sunday, Trump said he had not "
             "discussed it with Modi and that it was \"up to India.\""],
            ["A police officer was among the dead, Delhi police spokesman Mandeep Randhawa said, adding that more "
             "than 50 officers had been hurt.",
             "Modi has not commented publicly on the riots."],
            ["The two sides did not conclude a limited trade deal, though Trump predicted that one could be signed "
             "by the end of the year.",
             "He will fly back to Washington on Tuesday night after a state banquet hosted by President Ram Nath "
             "Kovind."],
        ],
        "events": [
            ev("agreement", "seal", at="Trump and Modi seal $3 billion", p=["Donald Trump", "Narendra Modi"],
               agent="Donald Trump", target="Narendra Modi", date="2020-02-25", dt="on Tuesday"),
            ev("visit", "state visit", at="helicopter deal on state visit", p=["Donald Trump", "India"],
               agent="Donald Trump", loc="India"),
            ev("attack", "clashes", at="while clashes over a new citizenship law", loc="New Delhi, India",
               date="2020-02-23", dt="on Sunday", killed=11, injured=50),
            ev("death", "killed", at="killed at least 11 people", killed=11),
            ev("meeting", "talks", at="The two leaders held talks", p=["Donald Trump", "Narendra Modi"],
               agent="Donald Trump", target="Narendra Modi", loc="Hyderabad House, New Delhi"),
            ev("ceremony", "welcome", at="after a ceremonial welcome", p=["Donald Trump"], target="Donald Trump",
               loc="presidential palace, New Delhi"),
            ev("statement", "remarked", at="Trump remarked that relations", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "Asked", at="Asked at a news conference"),
            ev("statement", "said", at="Trump said he had not discussed", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "said", at="Mandeep Randhawa said", p=["Mandeep Randhawa"], agent="Mandeep Randhawa"),
            ev("statement", "adding", at="adding that more than 50 officers", p=["Mandeep Randhawa"],
               agent="Mandeep Randhawa"),
            ev("injury", "hurt", at="50 officers had been hurt", injured=50),
            ev("statement", "predicted", at="Trump predicted that one could be signed", p=["Donald Trump"],
               agent="Donald Trump"),
        ],
        "irrealis": [
            irr("planned", "purchase", "buy", at="India would buy more than", p=["India"], agent="India"),
            irr("negated", "discussion", "discussed", at="he had not discussed it", p=["Donald Trump",
                "Narendra Modi"], agent="Donald Trump"),
            irr("negated", "statement", "commented", at="Modi has not commented", p=["Narendra Modi"],
                agent="Narendra Modi"),
            irr("negated", "agreement", "conclude", at="did not conclude a limited trade deal", p=["United States",
                "India"], agent="United States", target="India"),
            irr("hypothetical", "agreement", "signed", at="one could be signed", p=["United States", "India"],
                agent="United States", target="India", date="2020-12", dt="by the end of the year"),
            irr("planned", "travel", "fly", at="He will fly back to Washington", p=["Donald Trump"],
                agent="Donald Trump", loc="Washington", date="2020-02-25", dt="on Tuesday night"),
            irr("planned", "banquet", "banquet", at="after a state banquet", p=["Ram Nath Kovind", "Donald Trump"],
                agent="Ram Nath Kovind"),
        ],
        "people": ["Donald Trump", "Narendra Modi", "Mandeep Randhawa", "Ram Nath Kovind"],
        "places": ["New Delhi", "India", "Hyderabad House", "Washington"],
        "organizations": ["Delhi Police"],
    },
    {
        "id": "hk06", "published": "2020-10-21",
        "paragraphs": [
            ["Lagos protesters shot at toll gate as curfew takes hold"],
            ["LAGOS (Reuters) - Nigerian soldiers opened fire on hundreds of people protesting against police "
             "brutality at the Lekki toll gate in Lagos on Tuesday evening, killing at least 12, Amnesty "
             "International said on Wednesday."],
            ["The army denied that its troops had been at the scene, calling the reports \"fake news\" in a post "
             "on Twitter."],
            ["Lagos State Governor Babajide Sanwo-Olu said 25 people were being treated in hospital for gunshot "
             "wounds, but insisted that no one had died.",
             "He has imposed a 24-hour curfew on the city and ordered an inquiry."],
            ["President Muhammadu Buhari has not spoken publicly since the shooting.",
             "His spokesman Femi Adesina said the president would address the nation soon."],
            ["Police did not say if anyone had been detained.",
             "Former U.S. Vice President Joe Biden urged the Nigerian authorities to end the use of force against "
             "the demonstrators, who have blocked roads across the country for two weeks."],
            ["Organisers of the movement called off a march planned for Thursday."],
        ],
        "events": [
            ev("attack", "shot", at="Lagos protesters shot at toll gate", p=["Nigerian Army"], agent="Nigerian Army",
               target="protesters", loc="Lekki toll gate, Lagos", date="2020-10-20", dt="on Tuesday evening",
               killed=12, injured=25),
            ev("curfew", "curfew", at="as curfew takes hold", p=["Babajide Sanwo-Olu"], agent="Babajide Sanwo-Olu",
               loc="Lagos, Nigeria"),
            ev("protest", "protesting", at="hundreds of people protesting against police", loc="Lekki toll gate, "
               "Lagos", date="2020-10-20", dt="on Tuesday evening"),
            ev("death", "killing", at="killing at least 12", killed=12),
            ev("statement", "said", at="Amnesty International said on Wednesday", p=["Amnesty International"],
               agent="Amnesty International", date="2020-10-21", dt="on Wednesday"),
            ev("statement", "denied", at="The army denied that its troops", p=["Nigerian Army"],
               agent="Nigerian Army"),
            ev("statement", "calling", at="calling the reports", p=["Nigerian Army"], agent="Nigerian Army"),
            ev("statement", "said", at="Babajide Sanwo-Olu said 25 people", p=["Babajide Sanwo-Olu"],
               agent="Babajide Sanwo-Olu"),
            ev("injury", "wounds", at="for gunshot wounds", injured=25),
            ev("statement", "insisted", at="but insisted that no one had died", p=["Babajide Sanwo-Olu"],
               agent="Babajide Sanwo-Olu"),
            ev("statement", "said", at="Femi Adesina said", p=["Femi Adesina"], agent="Femi Adesina"),
            ev("statement", "urged", at="Joe Biden urged the Nigerian authorities", p=["Joe Biden", "Nigeria"],
               agent="Joe Biden", target="Nigeria"),
            ev("blockade", "blocked", at="who have blocked roads", loc="Nigeria"),
        ],
        "irrealis": [
            irr("negated", "death", "died", at="no one had died"),
            irr("planned", "investigation", "inquiry", at="ordered an inquiry", p=["Babajide Sanwo-Olu"],
                agent="Babajide Sanwo-Olu"),
            irr("negated", "statement", "spoken", at="Buhari has not spoken publicly", p=["Muhammadu Buhari"],
                agent="Muhammadu Buhari"),
            irr("planned", "statement", "address", at="the president would address the nation", p=["Muhammadu Buhari"],
                agent="Muhammadu Buhari"),
            irr("negated", "statement", "did not say", at="Police did not say if", p=["Nigeria Police Force"],
                agent="Nigeria Police Force"),
            irr("hypothetical", "arrest", "detained", at="if anyone had been detained",
                p=["Nigeria Police Force"], agent="Nigeria Police Force"),
            irr("planned", "cessation", "end", at="to end the use of force", p=["Nigeria"], agent="Nigeria"),
            irr("negated", "protest", "march", at="called off a march planned for Thursday", date="2020-10-22",
                dt="for Thursday"),
        ],
        "people": ["Babajide Sanwo-Olu", "Muhammadu Buhari", "Femi Adesina", "Joe Biden"],
        "places": ["Lagos", "Lekki toll gate", "Nigeria"],
        "organizations": ["Nigerian Army", "Amnesty International", "Nigeria Police Force"],
    },
    {
        "id": "hk07", "published": "2021-01-16",
        "paragraphs": [
            ["Museveni declared winner in Uganda as Bobi Wine says troops besiege his home"],
            ["KAMPALA (Reuters) - Ugandan President Yoweri Museveni has won a sixth term with 58.6 percent of "
             "Thursday's vote, the Electoral Commission announced late on Saturday, against 34.8 percent for "
             "singer-turned-lawmaker Bobi Wine."],
            ["Wine, whose real name is Robert Kyagulanyi, rejected the result as a fraud and told reporters in a "
             "video message that soldiers had surrounded his home in Magere and would not let anyone leave."],
            ["Army spokeswoman Flavia Byekwaso denied that he was under house arrest, saying the troops were there "
             "for his safety."],
            ["The internet has been cut since Wednesday.",
             "The United States, which had cancelled its observer mission, said the vote had been marred by "
             "violence against opposition candidates."],
            ["Museveni, in a televised address on Saturday night, dismissed the fraud claims and called the "
             "election the most cheat-free since independence."],
            ["Wine said he would challenge the result in court but would not urge his supporters to take to the "
             "streets.",
             "Electoral Commission chairman Simon Byabakama said there would be no recount.",
             "European Union envoy Attilio Pacifici was turned away from Wine's home on Friday."],
        ],
        "events": [
            ev("election", "declared winner", at="Museveni declared winner in Uganda", p=["Yoweri Museveni", "Uganda"],
               agent="Yoweri Museveni", target="President of Uganda", loc="Uganda", date="2021-01-14",
               dt="Thursday's"),
            ev("statement", "says", at="Bobi Wine says troops", p=["Bobi Wine"], agent="Bobi Wine"),
            ev("siege", "besiege", at="troops besiege his home", p=["Uganda People's Defence Force", "Bobi Wine"],
               agent="Uganda People's Defence Force", target="Bobi Wine", loc="Magere, Uganda"),
            ev("statement", "announced", at="the Electoral Commission announced late on Saturday",
               p=["Electoral Commission of Uganda"], agent="Electoral Commission of Uganda", date="2021-01-16",
               dt="late on Saturday"),
            ev("statement", "rejected", at="rejected the result as a fraud", p=["Bobi Wine"], agent="Bobi Wine"),
            ev("statement", "told", at="told reporters in a video message", p=["Bobi Wine"], agent="Bobi Wine"),
            ev("statement", "denied", at="Flavia Byekwaso denied", p=["Flavia Byekwaso"], agent="Flavia Byekwaso"),
            ev("statement", "saying", at="saying the troops were there", p=["Flavia Byekwaso"],
               agent="Flavia Byekwaso"),
            ev("shutdown", "cut", at="The internet has been cut", loc="Uganda", date="2021-01-13",
               dt="since Wednesday"),
            ev("statement", "said", at="said the vote had been marred", p=["United States"], agent="United States"),
            ev("statement", "dismissed", at="dismissed the fraud claims", p=["Yoweri Museveni"],
               agent="Yoweri Museveni", date="2021-01-16", dt="on Saturday night"),
            ev("statement", "called", at="called the election the most cheat-free", p=["Yoweri Museveni"],
               agent="Yoweri Museveni", date="2021-01-16", dt="on Saturday night"),
            ev("statement", "said", at="Wine said he would challenge", p=["Bobi Wine"], agent="Bobi Wine"),
            ev("statement", "said", at="Simon Byabakama said", p=["Simon Byabakama"], agent="Simon Byabakama"),
            ev("expulsion", "turned away", at="Attilio Pacifici was turned away", p=["Attilio Pacifici"],
               target="Attilio Pacifici", loc="Magere, Uganda", date="2021-01-15", dt="on Friday"),
        ],
        "irrealis": [
            irr("negated", "departure", "leave", at="would not let anyone leave"),
            irr("negated", "arrest", "house arrest", at="he was under house arrest", p=["Uganda People's Defence "
                "Force", "Bobi Wine"], agent="Uganda People's Defence Force", target="Bobi Wine"),
            irr("negated", "observation", "observer mission", at="which had cancelled its observer mission",
                p=["United States"], agent="United States"),
            irr("planned", "lawsuit", "challenge", at="he would challenge the result in court", p=["Bobi Wine"],
                agent="Bobi Wine"),
            irr("negated", "statement", "urge", at="would not urge his supporters", p=["Bobi Wine"],
                agent="Bobi Wine"),
            irr("hypothetical", "protest", "take to the streets", at="to take to the streets", loc="Uganda"),
            irr("negated", "recount", "recount", at="there would be no recount", p=["Electoral Commission of Uganda"],
                agent="Electoral Commission of Uganda"),
        ],
        "people": ["Yoweri Museveni", "Bobi Wine", "Flavia Byekwaso", "Simon Byabakama", "Attilio Pacifici"],
        "places": ["Kampala", "Uganda", "Magere"],
        "organizations": ["Electoral Commission of Uganda", "Uganda People's Defence Force", "European Union"],
    },
    {
        "id": "hk08", "published": "2021-07-08",
        "paragraphs": [
            ["South Africa's Zuma begins prison term after handing himself in"],
            ["ESTCOURT, South Africa (Reuters) - Former South African President Jacob Zuma was taken to a prison in "
             "Estcourt early on Thursday, after he handed himself in to police late on Wednesday, minutes before a "
             "midnight deadline, to serve a 15-month sentence for contempt of court."],
            ["The Constitutional Court sentenced him last week for defying its order to testify before an inquiry "
             "into corruption during his nine years in office."],
            ["The Jacob Zuma Foundation confirmed on Twitter that he was in custody.",
             "Zuma, 79, had told supporters at the weekend that he was not afraid of prison, and hundreds of them "
             "had gathered outside his Nkandla homestead in the days before the deadline."],
            ["Police Minister Bheki Cele noted that officers had been ready to arrest Zuma if he failed to hand "
             "himself in."],
            ["President Cyril Ramaphosa's office declined to comment on the case, saying it was a matter for the "
             "courts.",
             "Ramaphosa will meet leaders of the governing African National Congress on Friday."],
            ["Zuma's lawyers have asked the court to rescind its ruling, and a hearing is set for Monday."],
        ],
        "events": [
            ev("imprisonment", "prison term", at="Zuma begins prison term", p=["Jacob Zuma"], target="Jacob Zuma",
               loc="Estcourt, South Africa", date="2021-07-08", dt="early on Thursday"),
            ev("surrender", "handing himself in", at="after handing himself in", p=["Jacob Zuma"], agent="Jacob Zuma",
               date="2021-07-07", dt="late on Wednesday"),
            ev("ruling", "sentenced", at="The Constitutional Court sentenced him", p=["Constitutional Court of South "
               "Africa", "Jacob Zuma"], agent="Constitutional Court of South Africa", target="Jacob Zuma",
               date="2021-W26", dt="last week"),
            ev("ruling", "order", at="for defying its order to testify", p=["Constitutional Court of South Africa",
               "Jacob Zuma"], agent="Constitutional Court of South Africa", target="Jacob Zuma"),
            ev("statement", "confirmed", at="Foundation confirmed on Twitter", p=["Jacob Zuma Foundation"],
               agent="Jacob Zuma Foundation"),
            ev("statement", "told", at="had told supporters at the weekend", p=["Jacob Zuma"], agent="Jacob Zuma"),
            ev("protest", "gathered", at="had gathered outside his Nkandla homestead", loc="Nkandla, South Africa"),
            ev("statement", "noted", at="Bheki Cele noted", p=["Bheki Cele"], agent="Bheki Cele"),
            ev("statement", "saying", at="saying it was a matter for the courts", p=["Cyril Ramaphosa"],
               agent="Cyril Ramaphosa"),
            ev("statement", "asked", at="Zuma's lawyers have asked the court", p=["Jacob Zuma",
               "Constitutional Court of South Africa"], agent="Jacob Zuma", target="Constitutional Court of South "
               "Africa"),
        ],
        "irrealis": [
            irr("negated", "testimony", "testify", at="its order to testify", p=["Jacob Zuma"], agent="Jacob Zuma"),
            irr("hypothetical", "arrest", "arrest", at="ready to arrest Zuma", p=["South African Police Service",
                "Jacob Zuma"], agent="South African Police Service", target="Jacob Zuma"),
            irr("negated", "statement", "declined to comment", at="office declined to comment", p=["Cyril Ramaphosa"],
                agent="Cyril Ramaphosa"),
            irr("planned", "meeting", "meet", at="Ramaphosa will meet leaders", p=["Cyril Ramaphosa",
                "African National Congress"], agent="Cyril Ramaphosa", target="African National Congress",
                date="2021-07-09", dt="on Friday"),
            irr("planned", "rescission", "rescind", at="to rescind its ruling", p=["Constitutional Court of South "
                "Africa"], agent="Constitutional Court of South Africa"),
            irr("planned", "hearing", "hearing", at="a hearing is set for Monday", p=["Constitutional Court of South "
                "Africa", "Jacob Zuma"], date="2021-07-12", dt="for Monday"),
        ],
        "people": ["Jacob Zuma", "Bheki Cele", "Cyril Ramaphosa"],
        "places": ["Estcourt", "South Africa", "Nkandla"],
        "organizations": ["Constitutional Court of South Africa", "Jacob Zuma Foundation", "African National Congress",
                          "South African Police Service"],
    },
    {
        "id": "hk09", "published": "2021-09-17",
        "paragraphs": [
            ["West African leaders slap sanctions on Guinea's junta, demand a vote within six months"],
            ["ACCRA (Reuters) - West African leaders meeting in Accra on Thursday imposed travel bans and asset "
             "freezes on members of the military junta that seized power in Guinea on Sept. 5."],
            ["The Economic Community of West African States also called for the immediate release of ousted "
             "President Alpha Conde, who has been held by soldiers since the coup.",
             "\"The junta must hand power back to civilians without delay,\" Ghanaian President Nana Akufo-Addo, the "
             "bloc's chairman, told the summit."],
            ["Junta leader Colonel Mamady Doumbouya, who met envoys of the bloc in Conakry last week, did not "
             "attend.",
             "He has not said when elections would be held."],
            ["A spokesman for the junta said the sanctions would not change its plans and that it would name a "
             "transitional government next week.",
             "The leaders could impose wider trade sanctions if the junta failed to meet the deadline, a diplomat "
             "at the summit said."],
            ["Guinea, the world's second-largest bauxite producer, was suspended from the bloc last week.",
             "Bauxite exports have not been affected, mining companies said."],
        ],
        "events": [
            ev("sanction", "sanctions", at="slap sanctions on Guinea's junta", p=["Economic Community of West African "
               "States", "National Committee of Reconciliation and Development"], agent="Economic Community of West "
               "African States", target="National Committee of Reconciliation and Development", loc="Accra, Ghana",
               date="2021-09-16", dt="on Thursday"),
            ev("statement", "demand", at="demand a vote within six months", p=["Economic Community of West African "
               "States"], agent="Economic Community of West African States"),
            ev("meeting", "meeting", at="West African leaders meeting in Accra", p=["Economic Community of West "
               "African States"], agent="Economic Community of West African States", loc="Accra, Ghana",
               date="2021-09-16", dt="on Thursday"),
            ev("coup", "seized power", at="junta that seized power in Guinea", p=["National Committee of "
               "Reconciliation and Development"], agent="National Committee of Reconciliation and Development",
               loc="Guinea", date="2021-09-05", dt="on Sept. 5"),
            ev("statement", "called for", at="also called for the immediate release", p=["Economic Community of "
               "West African States"], agent="Economic Community of West African States"),
            ev("arrest", "held", at="who has been held by soldiers", p=["National Committee of Reconciliation and "
               "Development", "Alpha Conde"], agent="National Committee of Reconciliation and Development",
               target="Alpha Conde"),
            ev("statement", "told", at="told the summit", p=["Nana Akufo-Addo"], agent="Nana Akufo-Addo"),
            ev("meeting", "met", at="who met envoys of the bloc", p=["Mamady Doumbouya", "Economic Community of "
               "West African States"], agent="Mamady Doumbouya", target="Economic Community of West African States",
               loc="Conakry, Guinea", date="2021-W36", dt="last week"),
            ev("statement", "said", at="A spokesman for the junta said", p=["National Committee of Reconciliation "
               "and Development"], agent="National Committee of Reconciliation and Development"),
            ev("statement", "said", at="a diplomat at the summit said"),
            ev("suspension", "suspended", at="was suspended from the bloc last week", p=["Economic Community of West "
               "African States", "Guinea"], agent="Economic Community of West African States", target="Guinea",
               date="2021-W36", dt="last week"),
            ev("statement", "said", at="mining companies said"),
        ],
        "irrealis": [
            irr("planned", "election", "vote", at="demand a vote within six months", p=["Guinea"], loc="Guinea"),
            irr("planned", "release", "release", at="the immediate release", p=["Alpha Conde"], target="Alpha Conde"),
            irr("planned", "transfer of power", "hand power back", at="must hand power back", p=["National "
                "Committee of Reconciliation and Development"], agent="National Committee of Reconciliation and "
                "Development"),
            irr("negated", "meeting", "attend", at="did not attend", p=["Mamady Doumbouya"], agent="Mamady Doumbouya"),
            irr("negated", "statement", "has not said", at="He has not said when", p=["Mamady Doumbouya"],
                agent="Mamady Doumbouya"),
            irr("planned", "appointment", "name", at="it would name a transitional government", p=["National "
                "Committee of Reconciliation and Development"], agent="National Committee of Reconciliation and "
                "Development", date="2021-W38", dt="next week"),
            irr("hypothetical", "sanction", "sanctions", at="could impose wider trade sanctions", p=["Economic "
                "Community of West African States", "Guinea"], agent="Economic Community of West African States",
                target="Guinea"),
        ],
        "people": ["Alpha Conde", "Nana Akufo-Addo", "Mamady Doumbouya"],
        "places": ["Accra", "Guinea", "Conakry"],
        "organizations": ["Economic Community of West African States",
                          "National Committee of Reconciliation and Development"],
    },
    {
        "id": "hk10", "published": "2022-04-01",
        "paragraphs": [
            ["Sri Lanka imposes curfew after protest outside president's home turns violent"],
            ["COLOMBO (AFP) - Sri Lankan police arrested 54 people after hundreds of demonstrators angered by fuel "
             "shortages and 13-hour power cuts set fire to a bus outside President Gotabaya Rajapaksa's private "
             "residence late on Thursday, police said on Friday."],
            ["Police fired tear gas and water cannon, and at least 24 people, among them five journalists, were "
             "injured, the Colombo National Hospital said."],
            ["The president's office blamed \"extremist elements\" for the unrest and asserted in a statement that "
             "the protest had been organised to bring an \"Arab Spring\" to the country."],
            ["Opposition leader Sajith Premadasa condemned the arrests and called on the government to free those "
             "held.",
             "Rajapaksa has refused to resign and will hold talks with the International Monetary Fund on a "
             "bailout later this month, Finance Minister Basil Rajapaksa said."],
            ["India, which has extended a $1 billion credit line for food and medicine, did not comment.",
             "Police did not say how many of the detainees had been charged."],
        ],
        "events": [
            ev("curfew", "curfew", at="Sri Lanka imposes curfew", p=["Sri Lanka"], agent="Sri Lanka", loc="Colombo, "
               "Sri Lanka"),
            ev("protest", "protest", at="after protest outside president's home", loc="Colombo, Sri Lanka",
               date="2022-03-31", dt="late on Thursday"),
            ev("arrest", "arrested", at="Sri Lankan police arrested 54 people", p=["Sri Lanka Police"],
               agent="Sri Lanka Police", target="54 people", loc="Colombo, Sri Lanka"),
            ev("arson", "set fire", at="set fire to a bus", loc="Colombo, Sri Lanka", date="2022-03-31",
               dt="late on Thursday"),
            ev("statement", "said", at="police said on Friday", p=["Sri Lanka Police"], agent="Sri Lanka Police",
               date="2022-04-01", dt="on Friday"),
            ev("injury", "injured", at="were injured, the Colombo National Hospital said", injured=24),
            ev("statement", "said", at="the Colombo National Hospital said", p=["Colombo National Hospital"],
               agent="Colombo National Hospital"),
            ev("statement", "blamed", at="The president's office blamed", p=["Gotabaya Rajapaksa"],
               agent="Gotabaya Rajapaksa"),
            ev("statement", "asserted", at="asserted in a statement", p=["Gotabaya Rajapaksa"],
               agent="Gotabaya Rajapaksa"),
            ev("statement", "condemned", at="Sajith Premadasa condemned the arrests", p=["Sajith Premadasa"],
               agent="Sajith Premadasa"),
            ev("statement", "called on", at="called on the government to free", p=["Sajith Premadasa", "Sri Lanka"],
               agent="Sajith Premadasa", target="Sri Lanka"),
            ev("statement", "said", at="Finance Minister Basil Rajapaksa said", p=["Basil Rajapaksa"],
               agent="Basil Rajapaksa"),
        ],
        "irrealis": [
            irr("planned", "release", "free", at="to free those held", p=["Sri Lanka"], agent="Sri Lanka"),
            irr("negated", "resignation", "resign", at="Rajapaksa has refused to resign", p=["Gotabaya Rajapaksa"],
                agent="Gotabaya Rajapaksa"),
            irr("planned", "meeting", "talks", at="will hold talks with the International Monetary Fund",
                p=["Gotabaya Rajapaksa", "International Monetary Fund"], agent="Gotabaya Rajapaksa",
                target="International Monetary Fund", date="2022-04", dt="later this month"),
            irr("negated", "statement", "did not comment", at="India, which has extended", p=["India"],
                agent="India"),
            irr("negated", "statement", "did not say", at="Police did not say how many", p=["Sri Lanka Police"],
                agent="Sri Lanka Police"),
        ],
        "people": ["Gotabaya Rajapaksa", "Sajith Premadasa", "Basil Rajapaksa"],
        "places": ["Colombo", "Sri Lanka", "India"],
        "organizations": ["Sri Lanka Police", "Colombo National Hospital", "International Monetary Fund"],
    },
    {
        "id": "hk11", "published": "2022-08-15",
        "paragraphs": [
            ["Ruto named Kenya's president-elect as four election officials disown result"],
            ["NAIROBI (Reuters) - Deputy President William Ruto won Kenya's presidential election with 50.49 percent "
             "of the vote, narrowly defeating former Prime Minister Raila Odinga in last Tuesday's poll, electoral "
             "commission chairman Wafula Chebukati announced on Monday."],
            ["Minutes before the declaration, four of the commission's seven members, led by vice-chair Juliana "
             "Cherera, told a news conference at a Nairobi hotel that the tallying had been \"opaque\"."],
            ["Odinga's agents walked out of the national tallying centre before the result was read.",
             "\"There is no loser in this election,\" Ruto told supporters there, pledging to work with outgoing "
             "President Uhuru Kenyatta, who had backed Odinga."],
            ["Odinga did not appear in public on Monday, and his spokesman said he would address the country on "
             "Tuesday.",
             "Kenyatta has not congratulated Ruto."],
            ["Odinga could challenge the result at the Supreme Court, which would have 14 days to rule, lawyers "
             "said.",
             "U.S. Ambassador Meg Whitman will meet both candidates this week, the embassy said."],
        ],
        "events": [
            ev("election", "named", at="Ruto named Kenya's president-elect", p=["William Ruto", "Kenya"],
               agent="William Ruto", target="President of Kenya", loc="Kenya", date="2022-08-09",
               dt="last Tuesday's"),
            ev("statement", "disown", at="four election officials disown result", p=["Juliana Cherera"],
               agent="Juliana Cherera"),
            ev("statement", "told", at="told a news conference at a Nairobi hotel", p=["Juliana Cherera"],
               agent="Juliana Cherera", loc="Nairobi, Kenya"),
            ev("statement", "announced", at="Wafula Chebukati announced on Monday", p=["Wafula Chebukati"],
               agent="Wafula Chebukati", date="2022-08-15", dt="on Monday"),
            ev("walkout", "walked out", at="Odinga's agents walked out", p=["Raila Odinga"], agent="Raila Odinga",
               loc="Nairobi, Kenya"),
            ev("statement", "told", at="Ruto told supporters there", p=["William Ruto"], agent="William Ruto"),
            ev("statement", "pledging", at="pledging to work with outgoing", p=["William Ruto"],
               agent="William Ruto"),
            ev("statement", "said", at="his spokesman said he would address", p=["Raila Odinga"],
               agent="Raila Odinga"),
            ev("statement", "said", at="which would have 14 days to rule, lawyers said"),
            ev("statement", "said", at="the embassy said", p=["U.S. Embassy in Nairobi"],
               agent="U.S. Embassy in Nairobi"),
        ],
        "irrealis": [
            irr("negated", "appearance", "appear", at="Odinga did not appear in public", p=["Raila Odinga"],
                agent="Raila Odinga", date="2022-08-15", dt="on Monday"),
            irr("planned", "statement", "address", at="he would address the country", p=["Raila Odinga"],
                agent="Raila Odinga", date="2022-08-16", dt="on Tuesday"),
            irr("negated", "statement", "congratulated", at="Kenyatta has not congratulated Ruto",
                p=["Uhuru Kenyatta", "William Ruto"], agent="Uhuru Kenyatta", target="William Ruto"),
            irr("hypothetical", "lawsuit", "challenge", at="Odinga could challenge the result", p=["Raila Odinga",
                "Supreme Court of Kenya"], agent="Raila Odinga", target="Supreme Court of Kenya"),
            irr("hypothetical", "ruling", "rule", at="would have 14 days to rule", p=["Supreme Court of Kenya"],
                agent="Supreme Court of Kenya"),
            irr("planned", "meeting", "meet", at="Meg Whitman will meet both candidates", p=["Meg Whitman",
                "William Ruto", "Raila Odinga"], agent="Meg Whitman", target="William Ruto", date="2022-W33",
                dt="this week"),
        ],
        "people": ["William Ruto", "Raila Odinga", "Wafula Chebukati", "Juliana Cherera", "Uhuru Kenyatta",
                   "Meg Whitman"],
        "places": ["Nairobi", "Kenya"],
        "organizations": ["Independent Electoral and Boundaries Commission", "Supreme Court of Kenya",
                          "U.S. Embassy in Nairobi"],
    },
    {
        "id": "hk12", "published": "2023-04-12",
        "paragraphs": [
            ["Dozens killed as Myanmar jets bomb village gathering in Sagaing"],
            ["BANGKOK (Reuters) - Myanmar military aircraft bombed a ceremony held by opponents of the junta in the "
             "village of Pa Zi Gyi in the central Sagaing region on Tuesday morning, killing at least 53 people, "
             "among them children, residents and a local rebel group said."],
            ["A helicopter gunship then fired on people who rushed to help the wounded, a witness told the BBC "
             "Burmese service."],
            ["Junta spokesman Zaw Min Tun confirmed the strike in remarks carried by state television, saying the "
             "gathering marked the opening of an office of the opposition People's Defence Force.",
             "He said some of the dead were fighters and that the military would keep targeting the group."],
            ["U.N. human rights chief Volker Turk said he was horrified and called for those responsible to be "
             "brought to justice.",
             "The shadow National Unity Government asked foreign governments to stop jet fuel from reaching the "
             "junta."],
            ["China, which has close ties with the generals, did not respond to a request for comment, and Russia "
             "declined to condemn the attack.",
             "Southeast Asian foreign ministers may discuss the strike at a meeting in Jakarta next month."],
        ],
        "events": [
            ev("death", "killed", at="Dozens killed as Myanmar jets", killed=53),
            ev("attack", "bomb", at="Myanmar jets bomb village gathering", p=["Myanmar military"],
               agent="Myanmar military", target="ceremony", loc="Pa Zi Gyi, Sagaing region", date="2023-04-11",
               dt="on Tuesday morning", killed=53),
            ev("statement", "said", at="residents and a local rebel group said"),
            ev("attack", "fired", at="A helicopter gunship then fired", p=["Myanmar military"],
               agent="Myanmar military", target="people", loc="Pa Zi Gyi, Sagaing region"),
            ev("statement", "told", at="a witness told the BBC", p=["BBC Burmese"], target="BBC Burmese"),
            ev("statement", "confirmed", at="Zaw Min Tun confirmed the strike", p=["Zaw Min Tun"],
               agent="Zaw Min Tun"),
            ev("statement", "saying", at="saying the gathering marked", p=["Zaw Min Tun"], agent="Zaw Min Tun"),
            ev("opening", "opening", at="marked the opening of an office", p=["People's Defence Force"],
               agent="People's Defence Force"),
            ev("statement", "said", at="He said some of the dead were fighters", p=["Zaw Min Tun"],
               agent="Zaw Min Tun"),
            ev("statement", "said", at="Volker Turk said he was horrified", p=["Volker Turk"], agent="Volker Turk"),
            ev("statement", "called for", at="called for those responsible", p=["Volker Turk"], agent="Volker Turk"),
            ev("statement", "asked", at="National Unity Government asked foreign governments",
               p=["National Unity Government"], agent="National Unity Government"),
        ],
        "irrealis": [
            irr("planned", "attack", "targeting", at="the military would keep targeting the group",
                p=["Myanmar military", "People's Defence Force"], agent="Myanmar military",
                target="People's Defence Force"),
            irr("planned", "prosecution", "brought to justice", at="to be brought to justice"),
            irr("planned", "blocking", "stop", at="to stop jet fuel from reaching", p=["National Unity Government"]),
            irr("negated", "statement", "respond", at="did not respond to a request for comment", p=["China"],
                agent="China"),
            irr("negated", "statement", "condemn", at="Russia declined to condemn", p=["Russia"], agent="Russia"),
            irr("hypothetical", "meeting", "meeting", at="at a meeting in Jakarta next month",
                p=["Association of Southeast Asian Nations"], agent="Association of Southeast Asian Nations",
                loc="Jakarta, Indonesia", date="2023-05", dt="next month"),
        ],
        "people": ["Zaw Min Tun", "Volker Turk"],
        "places": ["Bangkok", "Myanmar", "Pa Zi Gyi", "Sagaing region", "Jakarta"],
        "organizations": ["Myanmar military", "BBC Burmese", "People's Defence Force", "National Unity Government",
                          "United Nations"],
    },
    {
        "id": "hk13", "published": "2023-08-30",
        "paragraphs": [
            ["Gabon officers say they have seized power, place Bongo under house arrest"],
            ["LIBREVILLE (Reuters) - A group of senior Gabonese military officers appeared on national television "
             "in the early hours of Wednesday to announce that they had taken power, minutes after the election "
             "body declared President Ali Bongo the winner of Saturday's election."],
            ["Speaking on behalf of what they called the Committee for the Transition and Restoration of "
             "Institutions, the officers said the results had been cancelled and the borders closed."],
            ["One of Bongo's sons, Noureddin Bongo Valentin, had been arrested for treason, they said in a later "
             "broadcast, without saying who would lead the country."],
            ["In a video from his residence, Bongo asked \"friends all over the world\" to \"make noise\" on his "
             "behalf.",
             "He did not say whether he would step down."],
            ["France, the former colonial power, condemned the coup, and the African Union's Peace and Security "
             "Council will meet on Thursday to discuss it.",
             "Crowds celebrated in the streets of Libreville.",
             "French mining group Eramet, which employs 1,200 people in Gabon, halted its operations."],
        ],
        "events": [
            ev("statement", "say", at="Gabon officers say they have seized power", p=["Committee for the Transition "
               "and Restoration of Institutions"], agent="Committee for the Transition and Restoration of "
               "Institutions"),
            ev("statement", "announce", at="to announce that they had taken power", p=["Committee for the "
               "Transition and Restoration of Institutions"], agent="Committee for the Transition and Restoration "
               "of Institutions", date="2023-08-30", dt="in the early hours of Wednesday"),
            ev("coup", "seized power", at="say they have seized power", p=["Committee for the Transition and "
               "Restoration of Institutions"], agent="Committee for the Transition and Restoration of Institutions",
               loc="Gabon"),
            ev("arrest", "house arrest", at="place Bongo under house arrest", p=["Committee for the Transition and "
               "Restoration of Institutions", "Ali Bongo"], agent="Committee for the Transition and Restoration of "
               "Institutions", target="Ali Bongo", loc="Libreville, Gabon"),
            ev("statement", "declared", at="the election body declared President Ali Bongo", p=["Gabonese Elections "
               "Centre"], agent="Gabonese Elections Centre"),
            ev("election", "winner", at="the winner of Saturday's election", p=["Ali Bongo", "Gabon"],
               agent="Ali Bongo", target="President of Gabon", loc="Gabon", date="2023-08-26", dt="Saturday's"),
            ev("statement", "Speaking", at="Speaking on behalf of", p=["Committee for the Transition and Restoration "
               "of Institutions"], agent="Committee for the Transition and Restoration of Institutions"),
            ev("statement", "said", at="the officers said the results had been cancelled", p=["Committee for the "
               "Transition and Restoration of Institutions"], agent="Committee for the Transition and Restoration "
               "of Institutions"),
            ev("annulment", "cancelled", at="the results had been cancelled", p=["Committee for the Transition and "
               "Restoration of Institutions"], agent="Committee for the Transition and Restoration of Institutions"),
            ev("closure", "closed", at="the borders closed", loc="Gabon"),
            ev("arrest", "arrested", at="Noureddin Bongo Valentin, had been arrested", p=["Committee for the "
               "Transition and Restoration of Institutions", "Noureddin Bongo Valentin"], agent="Committee for the "
               "Transition and Restoration of Institutions", target="Noureddin Bongo Valentin"),
            ev("statement", "said", at="they said in a later broadcast", p=["Committee for the Transition and "
               "Restoration of Institutions"], agent="Committee for the Transition and Restoration of Institutions"),
            ev("statement", "asked", at="Bongo asked", p=["Ali Bongo"], agent="Ali Bongo"),
            ev("statement", "condemned", at="condemned the coup", p=["France"], agent="France"),
            ev("celebration", "celebrated", at="Crowds celebrated", loc="Libreville, Gabon"),
            ev("suspension", "halted", at="halted its operations", p=["Eramet"], agent="Eramet", loc="Gabon"),
        ],
        "irrealis": [
            irr("negated", "statement", "without saying", at="without saying who would lead", p=["Committee for the "
                "Transition and Restoration of Institutions"], agent="Committee for the Transition and Restoration "
                "of Institutions"),
            irr("negated", "statement", "did not say", at="He did not say whether", p=["Ali Bongo"],
                agent="Ali Bongo"),
            irr("hypothetical", "resignation", "step down", at="he would step down", p=["Ali Bongo"],
                agent="Ali Bongo"),
            irr("planned", "meeting", "meet", at="Council will meet on Thursday", p=["African Union Peace and "
                "Security Council"], agent="African Union Peace and Security Council", date="2023-08-31",
                dt="on Thursday"),
        ],
        "people": ["Ali Bongo", "Noureddin Bongo Valentin"],
        "places": ["Libreville", "Gabon", "France"],
        "organizations": ["Committee for the Transition and Restoration of Institutions", "Gabonese Elections Centre",
                          "African Union Peace and Security Council", "African Union", "Eramet"],
    },
    {
        "id": "hk14", "published": "2024-03-26",
        "paragraphs": [
            ["Senegal's Faye, freed from jail this month, set to become president as rival concedes"],
            ["DAKAR (Reuters) - Senegal's ruling coalition candidate Amadou Ba conceded defeat on Monday to "
             "opposition candidate Bassirou Diomaye Faye, who was released from prison 10 days before Sunday's "
             "presidential election."],
            ["Provisional results showed Faye winning 54 percent of the vote in the first round.",
             "\"I congratulate him and wish him success,\" Ba said in a statement, adding that he had phoned Faye."],
            ["Outgoing President Macky Sall, who had tried to postpone the vote until December, also congratulated "
             "the winner.",
             "Faye will meet Sall at the presidential palace on Wednesday to prepare the handover, Sall's office "
             "said."],
            ["Faye, a 44-year-old former tax inspector, has pledged to renegotiate oil and gas contracts.",
             "His inauguration is set for April 2, once the Constitutional Council validates the results."],
            ["His mentor Ousmane Sonko, who was disqualified from the race, did not speak at the celebrations in "
             "Dakar.",
             "The African Union praised the peaceful vote."],
        ],
        "events": [
            ev("release", "freed", at="Senegal's Faye, freed from jail", p=["Bassirou Diomaye Faye"],
               target="Bassirou Diomaye Faye", date="2024-03", dt="this month"),
            ev("statement", "concedes", at="as rival concedes", p=["Amadou Ba", "Bassirou Diomaye Faye"],
               agent="Amadou Ba", target="Bassirou Diomaye Faye", date="2024-03-25", dt="on Monday"),
            ev("election", "winning", at="Provisional results showed Faye winning", p=["Bassirou Diomaye Faye",
               "Senegal"], agent="Bassirou Diomaye Faye", target="President of Senegal", loc="Senegal",
               date="2024-03-24", dt="Sunday's"),
            ev("statement", "said", at="Ba said in a statement", p=["Amadou Ba"], agent="Amadou Ba"),
            ev("statement", "adding", at="adding that he had phoned Faye", p=["Amadou Ba"], agent="Amadou Ba"),
            ev("call", "phoned", at="he had phoned Faye", p=["Amadou Ba", "Bassirou Diomaye Faye"], agent="Amadou Ba",
               target="Bassirou Diomaye Faye"),
            ev("statement", "congratulated", at="also congratulated the winner", p=["Macky Sall",
               "Bassirou Diomaye Faye"], agent="Macky Sall", target="Bassirou Diomaye Faye"),
            ev("statement", "said", at="Sall's office said", p=["Macky Sall"], agent="Macky Sall"),
            ev("statement", "pledged", at="has pledged to renegotiate", p=["Bassirou Diomaye Faye"],
               agent="Bassirou Diomaye Faye"),
            ev("disqualification", "disqualified", at="who was disqualified from the race", p=["Ousmane Sonko"],
               target="Ousmane Sonko"),
            ev("celebration", "celebrations", at="at the celebrations in Dakar", loc="Dakar, Senegal"),
            ev("statement", "praised", at="The African Union praised", p=["African Union"], agent="African Union"),
        ],
        "irrealis": [
            irr("negated", "postponement", "postpone", at="had tried to postpone the vote", p=["Macky Sall"],
                agent="Macky Sall"),
            irr("planned", "meeting", "meet", at="Faye will meet Sall", p=["Bassirou Diomaye Faye", "Macky Sall"],
                agent="Bassirou Diomaye Faye", target="Macky Sall", loc="presidential palace, Dakar",
                date="2024-03-27", dt="on Wednesday"),
            irr("planned", "handover", "handover", at="to prepare the handover", p=["Macky Sall",
                "Bassirou Diomaye Faye"], agent="Macky Sall", target="Bassirou Diomaye Faye"),
            irr("planned", "renegotiation", "renegotiate", at="pledged to renegotiate", p=["Bassirou Diomaye Faye"],
                agent="Bassirou Diomaye Faye"),
            irr("planned", "inauguration", "inauguration", at="inauguration is set for April 2",
                p=["Bassirou Diomaye Faye"], agent="Bassirou Diomaye Faye", date="2024-04-02", dt="on April 2"),
            irr("planned", "validation", "validates", at="Constitutional Council validates",
                p=["Constitutional Council of Senegal"], agent="Constitutional Council of Senegal"),
            irr("negated", "statement", "speak", at="did not speak at the celebrations", p=["Ousmane Sonko"],
                agent="Ousmane Sonko"),
        ],
        "people": ["Amadou Ba", "Bassirou Diomaye Faye", "Macky Sall", "Ousmane Sonko"],
        "places": ["Dakar", "Senegal"],
        "organizations": ["Constitutional Council of Senegal", "African Union"],
    },
    {
        "id": "hk15", "published": "2024-10-24",
        "paragraphs": [
            ["EU sanctions five over Moldova vote-buying scheme after narrow referendum win"],
            ["BRUSSELS (Reuters) - The European Union on Thursday imposed asset freezes and travel bans on five "
             "people it accuses of running a Russian-funded network that paid voters in Moldova's referendum on EU "
             "membership, which passed by fewer than 12,000 votes on Sunday."],
            ["Those listed include a lawmaker allied with fugitive businessman Ilan Shor and two officials of a "
             "Chisinau bank, the bloc's official journal showed."],
            ["President Maia Sandu welcomed the move and vowed that Moldova would not be intimidated.",
             "Shor, who lives in Moscow, denied paying anyone in a video posted on Telegram and called the "
             "sanctions \"a political order\"."],
            ["Kremlin spokesman Dmitry Peskov insisted that Russia had not interfered in the vote."],
            ["Sandu faces former prosecutor general Alexandr Stoianoglo in a runoff on Nov. 3.",
             "Stoianoglo has refused to debate her and did not comment on the sanctions."],
            ["EU foreign ministers could add more names at their meeting in Brussels next month, a European "
             "diplomat said."],
        ],
        "events": [
            ev("sanction", "sanctions", at="EU sanctions five over Moldova", p=["European Union"],
               agent="European Union", target="five people", loc="Brussels, Belgium", date="2024-10-24",
               dt="on Thursday"),
            ev("referendum", "referendum", at="after narrow referendum win", p=["Moldova"], loc="Moldova",
               date="2024-10-20", dt="on Sunday"),
            ev("statement", "accuses", at="five people it accuses of running", p=["European Union"],
               agent="European Union"),
            ev("payment", "paid", at="network that paid voters", loc="Moldova"),
            ev("statement", "welcomed", at="Maia Sandu welcomed the move", p=["Maia Sandu"], agent="Maia Sandu"),
            ev("statement", "vowed", at="vowed that Moldova would not be intimidated", p=["Maia Sandu"],
               agent="Maia Sandu"),
            ev("statement", "denied", at="denied paying anyone", p=["Ilan Shor"], agent="Ilan Shor"),
            ev("statement", "called", at="called the sanctions", p=["Ilan Shor"], agent="Ilan Shor"),
            ev("statement", "insisted", at="Dmitry Peskov insisted", p=["Dmitry Peskov"], agent="Dmitry Peskov"),
            ev("statement", "said", at="a European diplomat said", p=["European Union"], agent="European Union"),
        ],
        "irrealis": [
            irr("negated", "payment", "paying", at="denied paying anyone", p=["Ilan Shor"], agent="Ilan Shor"),
            irr("negated", "interference", "interfered", at="Russia had not interfered", p=["Russia"], agent="Russia",
                loc="Moldova"),
            irr("planned", "election", "runoff", at="in a runoff on Nov. 3", p=["Maia Sandu", "Alexandr Stoianoglo"],
                loc="Moldova", date="2024-11-03", dt="on Nov. 3"),
            irr("negated", "debate", "debate", at="has refused to debate her", p=["Alexandr Stoianoglo",
                "Maia Sandu"], agent="Alexandr Stoianoglo", target="Maia Sandu"),
            irr("negated", "statement", "comment", at="did not comment on the sanctions", p=["Alexandr Stoianoglo"],
                agent="Alexandr Stoianoglo"),
            irr("hypothetical", "sanction", "add", at="could add more names", p=["European Union"],
                agent="European Union"),
            irr("planned", "meeting", "meeting", at="at their meeting in Brussels next month", p=["European Union"],
                agent="European Union", loc="Brussels, Belgium", date="2024-11", dt="next month"),
        ],
        "people": ["Ilan Shor", "Maia Sandu", "Dmitry Peskov", "Alexandr Stoianoglo"],
        "places": ["Brussels", "Moldova", "Chisinau", "Moscow", "Russia"],
        "organizations": ["European Union", "Kremlin", "Telegram"],
    },
    {
        "id": "hk16", "published": "2025-02-03",
        "paragraphs": [
            ["Rubio presses Panama over canal; Mulino says ports are not up for negotiation"],
            ["PANAMA CITY (AP) — U.S. Secretary of State Marco Rubio warned Panamanian President Jose Raul Mulino "
             "during talks on Sunday that Washington would take \"necessary measures\" unless China's influence "
             "over the Panama Canal was curbed, the State Department said."],
            ["Mulino told reporters after the hour-long meeting that he saw no real threat to the treaty that "
             "governs the waterway.",
             "He said Panama would not renew the 2017 agreement under which it joined China's Belt and Road "
             "Initiative."],
            ["Rubio, who toured the canal's Miraflores locks on his first trip abroad as America's top diplomat, "
             "will fly to El Salvador on Monday to meet President Nayib Bukele."],
            ["Several hundred protesters marched near the presidential palace, burning a U.S. flag."],
            ["President Donald Trump, who has refused to rule out using military force to take back the canal, "
             "told reporters in Washington that Panama had violated the treaty.",
             "China's foreign ministry did not respond to questions about the talks."],
        ],
        "events": [
            ev("statement", "presses", at="Rubio presses Panama over canal", p=["Marco Rubio", "Panama"],
               agent="Marco Rubio", target="Panama"),
            ev("statement", "warned", at="Marco Rubio warned Panamanian President", p=["Marco Rubio",
               "Jose Raul Mulino"], agent="Marco Rubio", target="Jose Raul Mulino", date="2025-02-02",
               dt="on Sunday"),
            ev("statement", "says", at="Mulino says ports are not up", p=["Jose Raul Mulino"],
               agent="Jose Raul Mulino"),
            ev("meeting", "talks", at="during talks on Sunday", p=["Marco Rubio", "Jose Raul Mulino"],
               agent="Marco Rubio", target="Jose Raul Mulino", loc="Panama City, Panama", date="2025-02-02",
               dt="on Sunday"),
            ev("statement", "said", at="the State Department said", p=["U.S. State Department"],
               agent="U.S. State Department"),
            ev("statement", "told", at="Mulino told reporters after", p=["Jose Raul Mulino"],
               agent="Jose Raul Mulino"),
            ev("statement", "said", at="He said Panama would not renew", p=["Jose Raul Mulino"],
               agent="Jose Raul Mulino"),
            ev("agreement", "agreement", at="the 2017 agreement under which", p=["Panama", "China"], agent="Panama",
               target="China", date="2017", dt="2017"),
            ev("visit", "toured", at="who toured the canal's Miraflores locks", p=["Marco Rubio"],
               agent="Marco Rubio", loc="Miraflores locks, Panama"),
            ev("protest", "marched", at="Several hundred protesters marched", loc="Panama City, Panama"),
            ev("statement", "told", at="told reporters in Washington", p=["Donald Trump"], agent="Donald Trump",
               loc="Washington"),
        ],
        "irrealis": [
            irr("hypothetical", "measures", "measures", at="would take \"necessary measures\"", p=["United States"],
                agent="United States"),
            irr("negated", "negotiation", "negotiation", at="ports are not up for negotiation", p=["Panama"]),
            irr("negated", "renewal", "renew", at="would not renew the 2017 agreement", p=["Panama"],
                agent="Panama"),
            irr("planned", "travel", "fly", at="will fly to El Salvador", p=["Marco Rubio"], agent="Marco Rubio",
                loc="El Salvador", date="2025-02-03", dt="on Monday"),
            irr("planned", "meeting", "meet", at="to meet President Nayib Bukele", p=["Marco Rubio", "Nayib Bukele"],
                agent="Marco Rubio", target="Nayib Bukele", loc="El Salvador", date="2025-02-03", dt="on Monday"),
            irr("hypothetical", "attack", "military force", at="using military force", p=["United States",
                "Panama"], agent="United States", target="Panama"),
            irr("negated", "statement", "respond", at="did not respond to questions", p=["Chinese Ministry of Foreign "
                "Affairs"], agent="Chinese Ministry of Foreign Affairs"),
        ],
        "people": ["Marco Rubio", "Jose Raul Mulino", "Nayib Bukele", "Donald Trump"],
        "places": ["Panama City", "Panama", "Panama Canal", "Miraflores locks", "El Salvador", "Washington", "China"],
        "organizations": ["U.S. State Department", "Belt and Road Initiative", "Chinese Ministry of Foreign Affairs"],
    },
    {
        "id": "hk17", "published": "2025-03-31",
        "paragraphs": [
            ["French court bars Le Pen from office, upending 2027 race"],
            ["PARIS (Reuters) - A Paris court on Monday found far-right leader Marine Le Pen guilty of embezzling "
             "European Parliament funds and barred her from running for office for five years with immediate "
             "effect, a ruling that would keep her out of the 2027 presidential election unless it is overturned "
             "on appeal."],
            ["The sentence also includes four years in prison, two of them suspended and two to be served under "
             "an electronic tag."],
            ["Le Pen left the courtroom before the judge had finished reading the verdict and will appeal, her "
             "lawyer Rodolphe Bosselut told reporters.",
             "She did not speak to journalists as she left."],
            ["Party president Jordan Bardella described the ruling on X as \"the execution of French democracy\"."],
            ["The government would not comment on a court decision, spokeswoman Sophie Primas said.",
             "Kremlin spokesman Dmitry Peskov remarked that European capitals were trampling on democratic norms, "
             "and Hungarian Prime Minister Viktor Orban posted \"Je suis Marine\"."],
            ["Le Pen is due to give an interview to TF1 television on Monday evening.",
             "The appeals court said it would try to rule by the summer of 2026."],
        ],
        "events": [
            ev("ruling", "bars", at="French court bars Le Pen", p=["Paris Criminal Court", "Marine Le Pen"],
               agent="Paris Criminal Court", target="Marine Le Pen", loc="Paris, France", date="2025-03-31",
               dt="on Monday"),
            ev("departure", "left", at="Le Pen left the courtroom", p=["Marine Le Pen"], agent="Marine Le Pen"),
            ev("statement", "told", at="Rodolphe Bosselut told reporters", p=["Rodolphe Bosselut"],
               agent="Rodolphe Bosselut"),
            ev("statement", "described", at="Jordan Bardella described the ruling", p=["Jordan Bardella"],
               agent="Jordan Bardella"),
            ev("statement", "said", at="spokeswoman Sophie Primas said", p=["Sophie Primas"], agent="Sophie Primas"),
            ev("statement", "remarked", at="Dmitry Peskov remarked", p=["Dmitry Peskov"], agent="Dmitry Peskov"),
            ev("statement", "posted", at="Viktor Orban posted", p=["Viktor Orban"], agent="Viktor Orban"),
            ev("statement", "said", at="The appeals court said", p=["Paris Court of Appeal"],
               agent="Paris Court of Appeal"),
        ],
        "irrealis": [
            irr("planned", "election", "election", at="the 2027 presidential election", p=["France"], loc="France",
                date="2027", dt="2027"),
            irr("hypothetical", "ruling", "overturned", at="unless it is overturned on appeal",
                p=["Paris Court of Appeal"], agent="Paris Court of Appeal"),
            irr("planned", "appeal", "appeal", at="and will appeal, her lawyer", p=["Marine Le Pen"],
                agent="Marine Le Pen"),
            irr("negated", "statement", "speak", at="She did not speak to journalists", p=["Marine Le Pen"],
                agent="Marine Le Pen"),
            irr("negated", "statement", "comment", at="The government would not comment", p=["French government"],
                agent="French government"),
            irr("planned", "statement", "interview", at="Le Pen is due to give an interview", p=["Marine Le Pen",
                "TF1"], agent="Marine Le Pen", date="2025-03-31", dt="on Monday evening"),
            irr("planned", "ruling", "rule", at="it would try to rule by the summer", p=["Paris Court of Appeal"],
                agent="Paris Court of Appeal", date="2026", dt="by the summer of 2026"),
        ],
        "people": ["Marine Le Pen", "Rodolphe Bosselut", "Jordan Bardella", "Sophie Primas", "Dmitry Peskov",
                   "Viktor Orban"],
        "places": ["Paris", "France"],
        "organizations": ["Paris Criminal Court", "European Parliament", "Kremlin", "TF1",
                          "Paris Court of Appeal"],
    },
    {
        "id": "hk18", "published": "2025-09-09",
        "paragraphs": [
            ["Nepal's Oli quits as protesters torch parliament a day after deadly crackdown"],
            ["KATHMANDU (AFP) - Nepali Prime Minister K.P. Sharma Oli resigned on Tuesday, a day after police fired "
             "on young demonstrators protesting against a ban on social media, killing 19 people and wounding more "
             "than 300, officials said."],
            ["Thousands defied a curfew on Tuesday and set fire to the parliament building in Kathmandu.",
             "\"I have stepped down to allow a political solution,\" Oli wrote in a letter to President Ram Chandra "
             "Poudel."],
            ["Home Minister Ramesh Lekhak had resigned on Monday night, taking responsibility for the deaths.",
             "The government lifted the social media ban overnight, Communications Minister Prithvi Subba Gurung "
             "said."],
            ["Army chief General Ashok Raj Sigdel appealed for calm in a televised message and invited the protest "
             "leaders to talks.",
             "The leaders did not say whether they would accept.",
             "Poudel has not yet named a successor."],
            ["The U.N. human rights office called for a prompt and transparent investigation into the killings.",
             "India, which shares a long open border with Nepal, said it was following events closely."],
        ],
        "events": [
            ev("resignation", "quits", at="Nepal's Oli quits as protesters", p=["K.P. Sharma Oli"],
               agent="K.P. Sharma Oli", date="2025-09-09", dt="on Tuesday"),
            ev("arson", "torch", at="protesters torch parliament", loc="Kathmandu, Nepal", date="2025-09-09",
               dt="on Tuesday"),
            ev("attack", "crackdown", at="a day after deadly crackdown", p=["Nepal Police"], agent="Nepal Police",
               target="demonstrators", loc="Kathmandu, Nepal", date="2025-09-08", dt="a day after", killed=19,
               injured=300),
            ev("protest", "protesting", at="young demonstrators protesting against a ban", loc="Kathmandu, Nepal",
               date="2025-09-08", dt="a day after"),
            ev("death", "killing", at="killing 19 people", killed=19),
            ev("injury", "wounding", at="wounding more than 300", injured=300),
            ev("statement", "said", at="than 300, officials said", p=["Nepal"], agent="Nepal"),
            ev("statement", "wrote", at="Oli wrote in a letter", p=["K.P. Sharma Oli", "Ram Chandra Poudel"],
               agent="K.P. Sharma Oli", target="Ram Chandra Poudel"),
            ev("resignation", "resigned", at="Ramesh Lekhak had resigned", p=["Ramesh Lekhak"], agent="Ramesh Lekhak",
               date="2025-09-08", dt="on Monday night"),
            ev("lifting", "lifted", at="The government lifted the social media ban", p=["Nepal"], agent="Nepal"),
            ev("statement", "said", at="Prithvi Subba Gurung said", p=["Prithvi Subba Gurung"],
               agent="Prithvi Subba Gurung"),
            ev("statement", "appealed", at="Ashok Raj Sigdel appealed for calm", p=["Ashok Raj Sigdel"],
               agent="Ashok Raj Sigdel"),
            ev("invitation", "invited", at="invited the protest leaders to talks", p=["Ashok Raj Sigdel"],
               agent="Ashok Raj Sigdel"),
            ev("statement", "called for", at="human rights office called for", p=["Office of the U.N. High "
               "Commissioner for Human Rights"], agent="Office of the U.N. High Commissioner for Human Rights"),
            ev("statement", "said", at="said it was following events closely", p=["India"], agent="India"),
        ],
        "irrealis": [
            irr("planned", "meeting", "talks", at="invited the protest leaders to talks", p=["Ashok Raj Sigdel"],
                agent="Ashok Raj Sigdel"),
            irr("negated", "statement", "did not say", at="The leaders did not say whether"),
            irr("hypothetical", "acceptance", "accept", at="whether they would accept"),
            irr("negated", "appointment", "named", at="has not yet named a successor", p=["Ram Chandra Poudel"],
                agent="Ram Chandra Poudel"),
            irr("planned", "investigation", "investigation", at="transparent investigation into the killings"),
        ],
        "people": ["K.P. Sharma Oli", "Ram Chandra Poudel", "Ramesh Lekhak", "Prithvi Subba Gurung",
                   "Ashok Raj Sigdel"],
        "places": ["Kathmandu", "Nepal", "India"],
        "organizations": ["Nepal Police", "Office of the U.N. High Commissioner for Human Rights"],
    },
    {
        "id": "hk19", "published": "2026-02-17",
        "paragraphs": [
            ["Insurgents kill 14 in raid on northern Mozambique town; Rwanda sends more troops"],
            ["PEMBA, Mozambique (Reuters) - Insurgents known locally as al-Shabab killed at least 14 civilians and "
             "wounded eight in a raid on the town of Macomia in Cabo Delgado province on Monday night, a district "
             "official said on Tuesday."],
            ["The attackers, who came on motorbikes, burned dozens of homes and abducted at least six children, "
             "district administrator Celestino Muianga told state radio."],
            ["Rwanda's defence ministry said it had sent 600 more soldiers to the province on Sunday.",
             "Mozambican President Daniel Chapo spoke by telephone with Rwandan President Paul Kagame on Monday and "
             "thanked him for the support, his office said."],
            ["Chapo will travel to Cabo Delgado on Thursday and is expected to meet Rwandan commanders in Pemba, "
             "the office added."],
            ["The raid has not been claimed.",
             "TotalEnergies, which halted work on its $20 billion gas project in the province in 2021, declined to "
             "say whether the attack would delay its restart."],
        ],
        "events": [
            ev("death", "kill", at="Insurgents kill 14 in raid", killed=14),
            ev("attack", "raid", at="Insurgents kill 14 in raid", p=["al-Shabab", "Macomia"], agent="al-Shabab",
               target="Macomia", loc="Macomia, Mozambique", date="2026-02-16", dt="on Monday night", killed=14,
               injured=8),
            ev("deployment", "sends", at="Rwanda sends more troops", p=["Rwanda"], agent="Rwanda", loc="Cabo Delgado, "
               "Mozambique", date="2026-02-15", dt="on Sunday"),
            ev("injury", "wounded", at="wounded eight in a raid", injured=8),
            ev("statement", "said", at="a district official said on Tuesday", p=["Macomia"], agent="Macomia",
               date="2026-02-17", dt="on Tuesday"),
            ev("arson", "burned", at="burned dozens of homes", p=["al-Shabab"], agent="al-Shabab",
               loc="Macomia, Mozambique"),
            ev("kidnapping", "abducted", at="abducted at least six children", p=["al-Shabab"], agent="al-Shabab",
               loc="Macomia, Mozambique"),
            ev("statement", "told", at="Celestino Muianga told state radio", p=["Celestino Muianga"],
               agent="Celestino Muianga"),
            ev("statement", "said", at="Rwanda's defence ministry said", p=["Rwandan Ministry of Defence"],
               agent="Rwandan Ministry of Defence"),
            ev("call", "spoke by telephone", at="Daniel Chapo spoke by telephone", p=["Daniel Chapo", "Paul Kagame"],
               agent="Daniel Chapo", target="Paul Kagame", date="2026-02-16", dt="on Monday"),
            ev("statement", "thanked", at="thanked him for the support", p=["Daniel Chapo", "Paul Kagame"],
               agent="Daniel Chapo", target="Paul Kagame"),
            ev("statement", "said", at="for the support, his office said", p=["Daniel Chapo"], agent="Daniel Chapo"),
            ev("statement", "added", at="the office added", p=["Daniel Chapo"], agent="Daniel Chapo"),
            ev("suspension", "halted", at="which halted work on its $20 billion", p=["TotalEnergies"],
               agent="TotalEnergies", loc="Cabo Delgado, Mozambique", date="2021", dt="in 2021"),
        ],
        "irrealis": [
            irr("planned", "travel", "travel", at="Chapo will travel to Cabo Delgado", p=["Daniel Chapo"],
                agent="Daniel Chapo", loc="Cabo Delgado, Mozambique", date="2026-02-19", dt="on Thursday"),
            irr("planned", "meeting", "meet", at="expected to meet Rwandan commanders", p=["Daniel Chapo",
                "Rwanda Defence Force"], agent="Daniel Chapo", target="Rwanda Defence Force", loc="Pemba, Mozambique"),
            irr("negated", "statement", "claimed", at="The raid has not been claimed"),
            irr("negated", "statement", "declined to say", at="declined to say whether the attack", p=["TotalEnergies"],
                agent="TotalEnergies"),
            irr("hypothetical", "delay", "delay", at="would delay its restart", p=["TotalEnergies"]),
            irr("planned", "restart", "restart", at="would delay its restart", p=["TotalEnergies"],
                agent="TotalEnergies"),
        ],
        "people": ["Celestino Muianga", "Daniel Chapo", "Paul Kagame"],
        "places": ["Pemba", "Mozambique", "Macomia", "Cabo Delgado", "Rwanda"],
        "organizations": ["al-Shabab", "Rwandan Ministry of Defence", "TotalEnergies"],
    },
    {
        "id": "hk20", "published": "2026-08-19",
        "paragraphs": [
            ["Vietnam's Phuoc Long Steel wins shareholder approval for $1.2 billion takeover of Thai rival"],
            ["HANOI (Reuters) - Shareholders of Thai steelmaker Siam Kraft Steel on Wednesday approved a $1.2 "
             "billion takeover by Vietnam's Phuoc Long Steel, clearing the way for the largest cross-border deal in "
             "Southeast Asia's steel industry this year."],
            ["About 91 percent of votes cast backed the offer, Siam Kraft disclosed in a filing to the Stock "
             "Exchange of Thailand."],
            ["Phuoc Long chairman Tran Van Hieu said the group would invest a further $300 million in Siam Kraft's "
             "Rayong mill over five years and would not cut jobs.",
             "He will meet Thai Industry Minister Akanat Promphan in Bangkok next week, he added."],
            ["The deal still needs clearance from Thailand's Trade Competition Commission, which is due to decide "
             "by October.",
             "Phuoc Long completed its purchase of a 51 percent stake in Malaysian mill operator Baja Timur in "
             "March."],
            ["Japanese trading house Marukawa bought 9 percent of Siam Kraft from its founding family for $110 "
             "million on Monday.",
             "Thai steelworkers' union leader Somchai Prasert asked the government to review the deal, and a small "
             "group of workers protested outside the company's Bangkok offices.",
             "Phuoc Long did not respond to a request for comment on the union's demand."],
        ],
        "events": [
            ev("approval", "approval", at="wins shareholder approval", p=["Siam Kraft Steel"],
               agent="Siam Kraft Steel", date="2026-08-19", dt="on Wednesday"),
            ev("statement", "disclosed", at="Siam Kraft disclosed", p=["Siam Kraft Steel"], agent="Siam Kraft Steel"),
            ev("statement", "said", at="Tran Van Hieu said the group", p=["Tran Van Hieu"], agent="Tran Van Hieu"),
            ev("statement", "added", at="next week, he added", p=["Tran Van Hieu"], agent="Tran Van Hieu"),
            ev("acquisition", "purchase", at="completed its purchase of a 51 percent stake", p=["Phuoc Long Steel",
               "Baja Timur"], agent="Phuoc Long Steel", target="Baja Timur", date="2026-03", dt="in March"),
            ev("acquisition", "bought", at="Marukawa bought 9 percent", p=["Marukawa", "Siam Kraft Steel"],
               agent="Marukawa", target="Siam Kraft Steel", date="2026-08-17", dt="on Monday",
               amount=[110000000.0, "USD"]),
            ev("statement", "asked", at="Somchai Prasert asked the government", p=["Somchai Prasert", "Thailand"],
               agent="Somchai Prasert", target="Thailand"),
            ev("protest", "protested", at="a small group of workers protested", loc="Bangkok, Thailand"),
        ],
        "irrealis": [
            irr("planned", "acquisition", "takeover", at="$1.2 billion takeover of Thai rival", p=["Phuoc Long Steel",
                "Siam Kraft Steel"], agent="Phuoc Long Steel", target="Siam Kraft Steel",
                amount=[1200000000.0, "USD"]),
            irr("planned", "investment", "invest", at="would invest a further $300 million", p=["Phuoc Long Steel"],
                agent="Phuoc Long Steel"),
            irr("negated", "job cut", "cut jobs", at="would not cut jobs", p=["Phuoc Long Steel"],
                agent="Phuoc Long Steel"),
            irr("planned", "meeting", "meet", at="He will meet Thai Industry Minister", p=["Tran Van Hieu",
                "Akanat Promphan"], agent="Tran Van Hieu", target="Akanat Promphan", loc="Bangkok, Thailand",
                date="2026-W35", dt="next week"),
            irr("planned", "approval", "clearance", at="still needs clearance", p=["Trade Competition Commission of "
                "Thailand"], agent="Trade Competition Commission of Thailand"),
            irr("planned", "decision", "decide", at="due to decide by October", p=["Trade Competition Commission of "
                "Thailand"], agent="Trade Competition Commission of Thailand", date="2026-10", dt="by October"),
            irr("planned", "review", "review", at="to review the deal", p=["Thailand"], agent="Thailand"),
            irr("negated", "statement", "respond", at="Phuoc Long did not respond", p=["Phuoc Long Steel"],
                agent="Phuoc Long Steel"),
        ],
        "people": ["Tran Van Hieu", "Akanat Promphan", "Somchai Prasert"],
        "places": ["Hanoi", "Vietnam", "Thailand", "Rayong", "Bangkok", "Malaysia"],
        "organizations": ["Phuoc Long Steel", "Siam Kraft Steel", "Stock Exchange of Thailand",
                          "Trade Competition Commission of Thailand", "Baja Timur", "Marukawa"],
    },
]
