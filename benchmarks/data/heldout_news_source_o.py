"""The fifteenth held-out news set, the test set of round o (the source of heldout-news-o.{in,gold}.jsonl).

(docstring completed below)
"""

from heldout_news_source import ev, irr

ARTICLES = [
    {
        "id": "hno01", "published": "2018-05-17",
        "paragraphs": [
            ["Polish president pledges air defence help on visit to Vilnius"],
            ["VILNIUS (Reuters) - Polish President Andrzej Duda began a two-day state visit to Lithuania on Wednesday "
             "and pledged to station more air defence units in the Baltic region, a spokesman for his Lithuanian host "
             "said."],
            ["Duda and Lithuanian President Dalia Grybauskaite held talks at the presidential palace in the old town, "
             "after which their defence ministers signed a memorandum on joint exercises near the Suwalki gap, the "
             "narrow strip of land that links the Baltic states to Poland.",
             "Grybauskaite told reporters the two countries had left behind years of quarrels over the spelling of "
             "Polish surnames."],
            ["She stopped short of promising that parliament would change the rules, which Warsaw has demanded for a "
             "decade.",
             "A bill on Polish letters in passports has stalled in the Seimas, and officials in Vilnius declined to "
             "predict when lawmakers would vote on it."],
            ["Moscow criticised the trip, with the Russian foreign ministry accusing both governments of stoking "
             "tension along the borders of its Kaliningrad exclave.",
             "Duda is due to lay flowers on Thursday at the tomb in Rasos cemetery that holds the heart of Jozef "
             "Pilsudski before he flies back to Warsaw."],
            ["Lithuanian officials said Grybauskaite had accepted an invitation to attend the celebrations of the "
             "centenary of Polish independence in November."],
        ],
        "events": [
            ev("visit", "visit", at="help on visit to Vilnius", p=["Andrzej Duda", "Lithuania"], agent="Andrzej Duda",
               target="Lithuania", loc="Vilnius, Lithuania", date="2018-05-16", dt="on Wednesday"),
            ev("statement", "pledges", p=["Andrzej Duda"], agent="Andrzej Duda"),
            ev("statement", "pledged", p=["Andrzej Duda"], agent="Andrzej Duda"),
            ev("statement", "said", at="his Lithuanian host said", p=["Dalia Grybauskaite"], agent="Dalia Grybauskaite"),
            ev("meeting", "talks", at="held talks at the presidential palace", p=["Andrzej Duda", "Dalia Grybauskaite"],
               agent="Andrzej Duda", target="Dalia Grybauskaite", loc="Vilnius, Lithuania"),
            ev("agreement", "signed", at="defence ministers signed a memorandum", p=["Poland", "Lithuania"],
               loc="Vilnius, Lithuania"),
            ev("statement", "told", at="Grybauskaite told reporters", p=["Dalia Grybauskaite"],
               agent="Dalia Grybauskaite"),
            ev("statement", "demanded", at="which Warsaw has demanded", p=["Poland"], agent="Poland"),
            ev("statement", "criticised", p=["Russia"], agent="Russia"),
            ev("statement", "accusing", p=["Russia", "Poland", "Lithuania"], agent="Russia"),
            ev("statement", "said", at="Lithuanian officials said", p=["Lithuania"], agent="Lithuania"),
            ev("statement", "accepted", at="had accepted an invitation", p=["Dalia Grybauskaite"],
               agent="Dalia Grybauskaite"),
        ],
        "irrealis": [
            irr("planned", "deployment", "station", at="pledged to station more air defence", p=["Poland"],
                agent="Poland"),
            irr("negated", "statement", "promising", at="stopped short of promising", p=["Dalia Grybauskaite"],
                agent="Dalia Grybauskaite"),
            irr("hypothetical", "change", "change", at="parliament would change the rules", p=["Seimas"],
                agent="Seimas"),
            irr("negated", "statement", "predict", at="declined to predict", p=["Lithuania"], agent="Lithuania"),
            irr("planned", "vote", "vote", at="lawmakers would vote on it", p=["Seimas"], agent="Seimas"),
            irr("planned", "commemoration", "lay flowers", p=["Andrzej Duda"], agent="Andrzej Duda",
                loc="Vilnius, Lithuania", date="2018-05-17", dt="on Thursday"),
            irr("planned", "travel", "flies back", p=["Andrzej Duda"], agent="Andrzej Duda", loc="Warsaw, Poland"),
            irr("planned", "visit", "attend", at="to attend the celebrations", p=["Dalia Grybauskaite", "Poland"],
                agent="Dalia Grybauskaite", target="Poland", date="2018-11", dt="in November"),
        ],
        "people": ["Andrzej Duda", "Dalia Grybauskaite", "Jozef Pilsudski"],
        "places": ["Vilnius", "Lithuania", "Poland", "Warsaw", "Moscow", "Kaliningrad"],
        "organizations": ["Reuters", "Seimas"],
    },
    {
        "id": "hno02", "published": "2018-11-22",
        "paragraphs": [
            ["Zimbabwe police arrest 23 vendors after Harare clashes"],
            ["HARARE (AFP) - Zimbabwean police arrested 23 street vendors on Tuesday after they fought running battles "
             "with officers who were clearing stalls from the pavements of central Harare, a police spokeswoman said."],
            ["Charity Charamba told state broadcaster ZBC that six officers were injured and that those held would "
             "appear in court on Friday on charges of public violence.",
             "She did not say whether any of the traders had been hurt."],
            ["The Zimbabwe Congress of Trade Unions condemned the crackdown and threatened a nationwide stay-away if "
             "the city council kept the traders off the streets.",
             "Vendors have crowded the pavements since the economy collapsed, and many say they have no other way to "
             "feed their families."],
            ["Nelson Chamisa, who lost the July presidential election to Emmerson Mnangagwa, led a rally of several "
             "hundred supporters outside the magistrates court on Wednesday.",
             "He accused the ruling ZANU-PF party of punishing the poor for the country's currency crisis.",
             "Police watched the rally but made no move to break it up."],
            ["Information ministry officials refused to comment on the arrests.",
             "Mnangagwa, who is attending a regional summit in Gaborone, is expected to meet union leaders on Monday, "
             "his spokesman George Charamba said."],
        ],
        "events": [
            ev("arrest", "arrest", at="Zimbabwe police arrest 23 vendors", p=["Zimbabwe Republic Police"],
               agent="Zimbabwe Republic Police", loc="Harare, Zimbabwe", date="2018-11-20", dt="on Tuesday"),
            ev("attack", "clashes", at="after Harare clashes", p=["Zimbabwe Republic Police"],
               target="Zimbabwe Republic Police", loc="Harare, Zimbabwe", injured=6),
            ev("statement", "said", at="a police spokeswoman said", p=["Zimbabwe Republic Police"],
               agent="Zimbabwe Republic Police"),
            ev("statement", "told", at="Charity Charamba told", p=["Charity Charamba", "ZBC"], agent="Charity Charamba",
               target="ZBC"),
            ev("injury", "injured", at="six officers were injured", injured=6),
            ev("statement", "condemned", p=["Zimbabwe Congress of Trade Unions"],
               agent="Zimbabwe Congress of Trade Unions"),
            ev("statement", "threatened", p=["Zimbabwe Congress of Trade Unions"],
               agent="Zimbabwe Congress of Trade Unions"),
            ev("statement", "say", at="many say they have"),
            ev("election", "election", at="lost the July presidential election",
               p=["Emmerson Mnangagwa", "Nelson Chamisa"], agent="Emmerson Mnangagwa", target="President of Zimbabwe",
               loc="Zimbabwe", date="2018-07", dt="July"),
            ev("protest", "rally", at="led a rally of several", p=["Nelson Chamisa"], agent="Nelson Chamisa",
               loc="Harare, Zimbabwe", date="2018-11-21", dt="on Wednesday"),
            ev("statement", "accused", p=["Nelson Chamisa", "ZANU-PF"], agent="Nelson Chamisa", target="ZANU-PF"),
            ev("meeting", "summit", at="attending a regional summit", p=["Emmerson Mnangagwa"],
               loc="Gaborone, Botswana"),
            ev("statement", "said", at="George Charamba said", p=["George Charamba"], agent="George Charamba"),
        ],
        "irrealis": [
            irr("planned", "hearing", "appear in court", p=["Zimbabwe Republic Police"], loc="Harare, Zimbabwe",
                date="2018-11-23", dt="on Friday"),
            irr("negated", "statement", "did not say", p=["Charity Charamba"], agent="Charity Charamba"),
            irr("hypothetical", "injury", "hurt", at="traders had been hurt"),
            irr("hypothetical", "strike", "stay-away", p=["Zimbabwe Congress of Trade Unions"],
                agent="Zimbabwe Congress of Trade Unions", loc="Zimbabwe"),
            irr("negated", "dispersal", "break it up", p=["Zimbabwe Republic Police"], agent="Zimbabwe Republic Police"),
            irr("negated", "statement", "comment", at="refused to comment on the arrests", p=["Zimbabwe"],
                agent="Zimbabwe"),
            irr("planned", "meeting", "meet", at="expected to meet union leaders",
                p=["Emmerson Mnangagwa", "Zimbabwe Congress of Trade Unions"], agent="Emmerson Mnangagwa",
                target="Zimbabwe Congress of Trade Unions", date="2018-11-26", dt="on Monday"),
        ],
        "people": ["Charity Charamba", "Nelson Chamisa", "Emmerson Mnangagwa", "George Charamba"],
        "places": ["Harare", "Zimbabwe", "Gaborone"],
        "organizations": ["AFP", "Zimbabwe Republic Police", "ZBC", "Zimbabwe Congress of Trade Unions", "ZANU-PF"],
    },
    {
        "id": "hno03", "published": "2019-06-25",
        "paragraphs": [
            ["Mauritania's former army chief wins presidency as rivals cry foul"],
            ["NOUAKCHOTT (Reuters) - Former army chief Mohamed Ould Ghazouani won Mauritania's presidential election "
             "with 52 percent of the vote, the Independent National Electoral Commission announced on Sunday, but "
             "four opposition candidates rejected the result and called their supporters onto the streets."],
            ["Police used tear gas to disperse hundreds of protesters in the capital's Sebkha district on Monday, and "
             "dozens were detained, witnesses said.",
             "The interior minister told a news conference that foreign nationals were among those held, without "
             "naming their countries."],
            ["Anti-slavery campaigner Biram Dah Abeid, who came second with 18 percent, said his camp would not accept "
             "what he called a stolen vote and would file an appeal with the Constitutional Council.",
             "The council is due to confirm the final figures within a week."],
            ["Ghazouani, a close ally of outgoing President Mohamed Ould Abdel Aziz, promised to govern for all "
             "Mauritanians.",
             "Mobile internet has been cut across the country since Monday, a step the government has not explained."],
            ["Observers from the African Union described the vote as largely peaceful, and France congratulated the "
             "winner.",
             "It would be the first handover between two elected leaders since independence in 1960 if Aziz steps "
             "down as planned on August 1."],
        ],
        "events": [
            ev("election", "wins", at="army chief wins presidency", p=["Mohamed Ould Ghazouani"],
               agent="Mohamed Ould Ghazouani", target="President of Mauritania", loc="Mauritania"),
            ev("statement", "cry foul"),
            ev("statement", "announced", p=["Independent National Electoral Commission"],
               agent="Independent National Electoral Commission", date="2019-06-23", dt="on Sunday"),
            ev("statement", "rejected", at="rejected the result"),
            ev("statement", "called", at="called their supporters onto the streets"),
            ev("protest", "protesters", at="hundreds of protesters", loc="Nouakchott, Mauritania", date="2019-06-24",
               dt="on Monday"),
            ev("arrest", "detained", at="dozens were detained", p=["Mauritanian police"], agent="Mauritanian police",
               loc="Nouakchott, Mauritania"),
            ev("statement", "said", at="witnesses said"),
            ev("statement", "told", at="interior minister told", p=["Mauritania"], agent="Mauritania"),
            ev("statement", "said", at="18 percent, said", p=["Biram Dah Abeid"], agent="Biram Dah Abeid"),
            ev("statement", "called", at="what he called a stolen vote", p=["Biram Dah Abeid"],
               agent="Biram Dah Abeid"),
            ev("statement", "promised", p=["Mohamed Ould Ghazouani"], agent="Mohamed Ould Ghazouani"),
            ev("shutdown", "cut", at="Mobile internet has been cut", p=["Mauritania"], loc="Mauritania",
               date="2019-06-24", dt="since Monday"),
            ev("statement", "described", at="described the vote", p=["African Union"], agent="African Union"),
            ev("statement", "congratulated", p=["France", "Mohamed Ould Ghazouani"], agent="France",
               target="Mohamed Ould Ghazouani"),
        ],
        "irrealis": [
            irr("negated", "statement", "naming", at="without naming their countries", p=["Mauritania"],
                agent="Mauritania"),
            irr("negated", "statement", "accept", at="would not accept", p=["Biram Dah Abeid"], agent="Biram Dah Abeid"),
            irr("planned", "appeal", "appeal", at="file an appeal", p=["Biram Dah Abeid", "Constitutional Council"],
                agent="Biram Dah Abeid", target="Constitutional Council"),
            irr("planned", "ruling", "confirm", at="due to confirm the final figures", p=["Constitutional Council"],
                agent="Constitutional Council"),
            irr("negated", "statement", "not explained", p=["Mauritania"], agent="Mauritania"),
            irr("hypothetical", "handover", "handover", p=["Mohamed Ould Abdel Aziz", "Mohamed Ould Ghazouani"]),
            irr("hypothetical", "resignation", "steps down", p=["Mohamed Ould Abdel Aziz"],
                agent="Mohamed Ould Abdel Aziz", date="2019-08-01", dt="on August 1"),
        ],
        "people": ["Mohamed Ould Ghazouani", "Biram Dah Abeid", "Mohamed Ould Abdel Aziz"],
        "places": ["Nouakchott", "Mauritania", "Sebkha", "France"],
        "organizations": ["Reuters", "Independent National Electoral Commission", "Constitutional Council",
                          "African Union"],
    },
    {
        "id": "hno04", "published": "2019-09-12",
        "paragraphs": [
            ["Gunmen kill eight on Honduran city bus; two suspects held"],
            ["TEGUCIGALPA (AP) - Gunmen boarded a city bus in San Pedro Sula on Tuesday evening and opened fire on "
             "the passengers, killing eight people and wounding five, Honduran police said."],
            ["Two suspected members of the Barrio 18 gang were caught hours later in a raid on a house in the Rivera "
             "Hernandez neighbourhood, police spokesman Jair Meza told HCH television on Wednesday.",
             "He said the attackers had apparently targeted the driver, who had refused to pay extortion money to "
             "the gang."],
            ["The driver survived with gunshot wounds to his arm.",
             "A third suspect was still at large, and investigators did not rule out that more people had taken "
             "part."],
            ["President Juan Orlando Hernandez ordered military police onto the routes of the city's bus companies and "
             "vowed that those behind the massacre would face the full weight of the law.",
             "Transport unions said drivers would stop work on Monday unless the government guaranteed their safety."],
            ["Opposition lawmakers demanded the resignation of Security Minister Julian Pacheco, who has said the "
             "murder rate fell last year.",
             "Pacheco's office did not answer calls seeking his comment."],
        ],
        "events": [
            ev("attack", "kill", at="Gunmen kill eight", p=["San Pedro Sula"], target="city bus",
               loc="San Pedro Sula, Honduras", date="2019-09-10", dt="on Tuesday evening", killed=8, injured=5),
            ev("arrest", "held", at="two suspects held", p=["Honduran police"], agent="Honduran police",
               loc="San Pedro Sula, Honduras"),
            ev("death", "killing", at="killing eight people", date="2019-09-10", dt="on Tuesday evening", killed=8),
            ev("injury", "wounding", at="wounding five", date="2019-09-10", dt="on Tuesday evening", injured=5),
            ev("statement", "said", at="Honduran police said", p=["Honduran police"], agent="Honduran police"),
            ev("statement", "told", at="Jair Meza told", p=["Jair Meza", "HCH"], agent="Jair Meza", target="HCH",
               date="2019-09-11", dt="on Wednesday"),
            ev("statement", "said", at="He said the attackers", p=["Jair Meza"], agent="Jair Meza"),
            ev("deployment", "ordered", at="ordered military police", p=["Juan Orlando Hernandez"],
               agent="Juan Orlando Hernandez", loc="San Pedro Sula, Honduras"),
            ev("statement", "vowed", p=["Juan Orlando Hernandez"], agent="Juan Orlando Hernandez"),
            ev("statement", "said", at="Transport unions said"),
            ev("statement", "demanded", at="lawmakers demanded"),
            ev("statement", "has said", at="who has said the murder rate", p=["Julian Pacheco"], agent="Julian Pacheco"),
        ],
        "irrealis": [
            irr("negated", "payment", "pay", at="refused to pay extortion"),
            irr("negated", "statement", "rule out", at="did not rule out"),
            irr("planned", "trial", "face the full weight", p=["Juan Orlando Hernandez"]),
            irr("hypothetical", "strike", "stop work", loc="San Pedro Sula, Honduras", date="2019-09-16",
                dt="on Monday"),
            irr("planned", "resignation", "resignation", p=["Julian Pacheco"], agent="Julian Pacheco"),
            irr("negated", "statement", "did not answer", p=["Julian Pacheco"], agent="Julian Pacheco"),
        ],
        "people": ["Jair Meza", "Juan Orlando Hernandez", "Julian Pacheco"],
        "places": ["Tegucigalpa", "San Pedro Sula", "Rivera Hernandez"],
        "organizations": ["AP", "Barrio 18", "HCH"],
    },
    {
        "id": "hno05", "published": "2020-02-26",
        "paragraphs": [
            ["Oman's new sultan holds talks with Iran's Zarif, calls Saudi king"],
            ["MUSCAT (Reuters) - Oman's Sultan Haitham bin Tarik met Iranian Foreign Minister Mohammad Javad Zarif in "
             "Muscat on Tuesday, the first senior Iranian official he has received since he succeeded his late "
             "cousin Qaboos bin Said last month, the state news agency ONA reported."],
            ["The two discussed ways to ease tension in the Gulf and the war in Yemen, the agency said, without "
             "elaborating.",
             "Zarif wrote on Twitter that he had found the sultan committed to dialogue."],
            ["Hours earlier, Haitham had spoken by telephone with Saudi Arabia's King Salman, who invited him to visit "
             "Riyadh at a date to be agreed.",
             "A Saudi statement said the king had stressed the kingdom's support for Oman's stability."],
            ["Diplomats in Muscat said the sultan was expected to keep his predecessor's policy of neutrality and "
             "would not join the Saudi-led boycott of Qatar.",
             "Oman has quietly hosted talks between Washington and Tehran in the past, but an official at the foreign "
             "ministry denied that any such meeting was being planned."],
            ["The government is also preparing to cut spending after the fall in oil prices, and the sultan has asked "
             "ministries to trim their budgets by March, two sources familiar with the matter said."],
        ],
        "events": [
            ev("meeting", "talks", at="holds talks with Iran's Zarif", p=["Haitham bin Tarik", "Mohammad Javad Zarif"],
               agent="Haitham bin Tarik", target="Mohammad Javad Zarif", loc="Muscat, Oman", date="2020-02-25",
               dt="on Tuesday"),
            ev("call", "calls", at="calls Saudi king", p=["Haitham bin Tarik", "Salman bin Abdulaziz"],
               agent="Haitham bin Tarik", target="Salman bin Abdulaziz"),
            ev("succession", "succeeded", p=["Haitham bin Tarik", "Qaboos bin Said"], agent="Haitham bin Tarik",
               target="Qaboos bin Said", date="2020-01", dt="last month"),
            ev("statement", "reported", at="ONA reported", p=["Oman News Agency"], agent="Oman News Agency"),
            ev("statement", "said", at="the agency said", p=["Oman News Agency"], agent="Oman News Agency"),
            ev("statement", "wrote", at="Zarif wrote on Twitter", p=["Mohammad Javad Zarif"],
               agent="Mohammad Javad Zarif"),
            ev("invitation", "invited", p=["Salman bin Abdulaziz", "Haitham bin Tarik"], agent="Salman bin Abdulaziz",
               target="Haitham bin Tarik"),
            ev("statement", "said", at="A Saudi statement said", p=["Saudi Arabia"], agent="Saudi Arabia"),
            ev("statement", "stressed", p=["Salman bin Abdulaziz"], agent="Salman bin Abdulaziz"),
            ev("statement", "said", at="Diplomats in Muscat said"),
            ev("meeting", "talks", at="hosted talks between Washington", p=["United States", "Iran"], loc="Oman"),
            ev("statement", "denied", p=["Oman"], agent="Oman"),
            ev("statement", "asked", at="has asked ministries", p=["Haitham bin Tarik"], agent="Haitham bin Tarik"),
            ev("statement", "said", at="familiar with the matter said"),
        ],
        "irrealis": [
            irr("negated", "statement", "elaborating", at="without elaborating", p=["Oman News Agency"],
                agent="Oman News Agency"),
            irr("planned", "visit", "visit", at="to visit Riyadh", p=["Haitham bin Tarik", "Saudi Arabia"],
                agent="Haitham bin Tarik", target="Saudi Arabia", loc="Riyadh, Saudi Arabia"),
            irr("planned", "agreement", "agreed", at="a date to be agreed", p=["Saudi Arabia", "Oman"]),
            irr("negated", "boycott", "join", at="would not join the Saudi-led boycott", p=["Oman", "Qatar"],
                agent="Oman", target="Qatar"),
            irr("negated", "meeting", "meeting", at="any such meeting", p=["United States", "Iran"], loc="Oman"),
            irr("planned", "spending cut", "cut spending", p=["Oman"], agent="Oman"),
            irr("planned", "budget cut", "trim", at="trim their budgets", p=["Oman"], date="2020-03", dt="by March"),
        ],
        "people": ["Haitham bin Tarik", "Mohammad Javad Zarif", "Qaboos bin Said", "Salman bin Abdulaziz"],
        "places": ["Muscat", "Oman", "Gulf", "Yemen", "Saudi Arabia", "Riyadh", "Qatar", "Washington", "Tehran"],
        "organizations": ["Reuters", "Oman News Agency"],
    },
]
