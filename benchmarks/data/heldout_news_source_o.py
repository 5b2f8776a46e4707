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
    {
        "id": "hno06", "published": "2020-08-13",
        "paragraphs": [
            ["Gang attack on Port-au-Prince slum leaves 12 dead, rights group says"],
            ["PORT-AU-PRINCE (Reuters) - Armed men stormed the Bel Air neighbourhood of Port-au-Prince before dawn on "
             "Monday, torching homes and shooting residents as they fled, a Haitian human rights group said on "
             "Wednesday."],
            ["The National Human Rights Defense Network said 12 people were killed, among them a pastor and two "
             "teenagers, and that at least nine others had been wounded.",
             "It blamed the G9 gang alliance led by former police officer Jimmy Cherizier, known as Barbecue."],
            ["Cherizier denied any role in a video message shared online and accused rival gangs of staging the raid "
             "to discredit him.",
             "He has never been charged over earlier massacres in the capital."],
            ["National police chief Normil Rameau said officers had exchanged fire with the gunmen for several hours "
             "on Monday but could not enter the narrow alleys until reinforcements arrived.",
             "No arrests were made."],
            ["President Jovenel Moise spoke by telephone with U.N. envoy Helen La Lime on Tuesday and promised that "
             "the killers would be brought to justice, his office said.",
             "Opposition parties, who accuse the government of arming the gangs, called a general strike for Friday "
             "and said they would boycott talks on a new constitution."],
        ],
        "events": [
            ev("attack", "attack", at="Gang attack on Port-au-Prince slum", p=["Bel Air"], target="Bel Air",
               loc="Port-au-Prince, Haiti", date="2020-08-10", dt="before dawn on Monday", killed=12, injured=9),
            ev("death", "dead", at="leaves 12 dead", killed=12),
            ev("statement", "says", at="rights group says", p=["National Human Rights Defense Network"],
               agent="National Human Rights Defense Network"),
            ev("statement", "said", at="rights group said on Wednesday", p=["National Human Rights Defense Network"],
               agent="National Human Rights Defense Network", date="2020-08-12", dt="on Wednesday"),
            ev("statement", "said", at="Defense Network said", p=["National Human Rights Defense Network"],
               agent="National Human Rights Defense Network"),
            ev("injury", "wounded", at="nine others had been wounded", injured=9),
            ev("statement", "blamed", p=["National Human Rights Defense Network", "G9"],
               agent="National Human Rights Defense Network", target="G9"),
            ev("statement", "denied", p=["Jimmy Cherizier"], agent="Jimmy Cherizier"),
            ev("statement", "accused", at="accused rival gangs", p=["Jimmy Cherizier"], agent="Jimmy Cherizier"),
            ev("statement", "said", at="Normil Rameau said", p=["Normil Rameau"], agent="Normil Rameau"),
            ev("attack", "exchanged fire", p=["Haitian National Police"], loc="Port-au-Prince, Haiti",
               date="2020-08-10", dt="on Monday"),
            ev("call", "spoke by telephone", p=["Jovenel Moise", "Helen La Lime"], agent="Jovenel Moise",
               target="Helen La Lime", date="2020-08-11", dt="on Tuesday"),
            ev("statement", "promised", p=["Jovenel Moise"], agent="Jovenel Moise"),
            ev("statement", "said", at="his office said", p=["Jovenel Moise"], agent="Jovenel Moise"),
            ev("statement", "accuse", at="who accuse the government"),
            ev("statement", "said", at="and said they would boycott"),
        ],
        "irrealis": [
            irr("negated", "charge", "charged", at="never been charged", p=["Jimmy Cherizier"],
                target="Jimmy Cherizier"),
            irr("negated", "entry", "enter", at="could not enter the narrow alleys", p=["Haitian National Police"]),
            irr("negated", "arrest", "arrests", at="No arrests were made", p=["Haitian National Police"]),
            irr("planned", "trial", "brought to justice", p=["Haiti"]),
            irr("planned", "strike", "general strike", loc="Haiti", date="2020-08-14", dt="for Friday"),
            irr("planned", "boycott", "boycott", at="would boycott talks"),
            irr("negated", "meeting", "talks", at="boycott talks on a new constitution"),
        ],
        "people": ["Jimmy Cherizier", "Normil Rameau", "Jovenel Moise", "Helen La Lime"],
        "places": ["Port-au-Prince", "Bel Air", "Haiti"],
        "organizations": ["Reuters", "National Human Rights Defense Network", "G9", "Haitian National Police",
                          "United Nations"],
    },
    {
        "id": "hno07", "published": "2021-04-21",
        "paragraphs": [
            ["Chad's Deby dies of battlefield wounds, army says; son to lead junta"],
            ["N'DJAMENA (AFP) - Chadian President Idriss Deby died on Tuesday of wounds he suffered while visiting "
             "troops fighting rebels in the north of the country, an army spokesman announced on state television, a "
             "day after he was declared the winner of the April 11 presidential election."],
            ["General Azem Bermandoa Agouna said a military council headed by Deby's son, Mahamat Idriss Deby, would "
             "rule for 18 months before free elections were held.",
             "Parliament has been dissolved and the borders closed, he said."],
            ["The rebels of the Front for Change and Concord in Chad, who crossed from Libya on polling day, said in a "
             "statement that they would advance on the capital and rejected the council.",
             "The army said it had killed more than 300 of the insurgents in weekend fighting in Kanem province, a "
             "figure that could not be independently verified."],
            ["France, which keeps the headquarters of its Sahel force in N'Djamena, called Deby a brave friend.",
             "Opposition leader Saleh Kebzabo urged the generals to hand power to civilians and said he would not "
             "recognise a transition led by soldiers."],
            ["A state funeral is planned for Friday."],
        ],
        "events": [
            ev("death", "dies", at="Chad's Deby dies", p=["Idriss Deby"], date="2021-04-20", dt="on Tuesday"),
            ev("statement", "says", at="army says", p=["Chadian army"], agent="Chadian army"),
            ev("visit", "visiting", at="while visiting troops", p=["Idriss Deby"], agent="Idriss Deby", loc="Chad"),
            ev("attack", "fighting", at="troops fighting rebels", p=["Chadian army", "Front for Change and Concord in Chad"],
               loc="Chad"),
            ev("statement", "announced", p=["Chadian army"], agent="Chadian army"),
            ev("election", "election", at="April 11 presidential election", p=["Idriss Deby"], agent="Idriss Deby",
               target="President of Chad", loc="Chad", date="2021-04-11", dt="April 11"),
            ev("statement", "said", at="Agouna said", p=["Azem Bermandoa Agouna"], agent="Azem Bermandoa Agouna"),
            ev("dissolution", "dissolved", p=["National Assembly of Chad"], target="National Assembly of Chad"),
            ev("closure", "closed", at="borders closed", p=["Chad"]),
            ev("statement", "said", at="closed, he said", p=["Azem Bermandoa Agouna"], agent="Azem Bermandoa Agouna"),
            ev("incursion", "crossed", at="who crossed from Libya", p=["Front for Change and Concord in Chad"],
               agent="Front for Change and Concord in Chad"),
            ev("statement", "said", at="said in a statement that they would advance",
               p=["Front for Change and Concord in Chad"], agent="Front for Change and Concord in Chad"),
            ev("statement", "rejected", at="rejected the council", p=["Front for Change and Concord in Chad"],
               agent="Front for Change and Concord in Chad"),
            ev("statement", "said", at="The army said it had killed", p=["Chadian army"], agent="Chadian army"),
            ev("attack", "fighting", at="weekend fighting in Kanem", p=["Chadian army", "Front for Change and Concord in Chad"],
               agent="Chadian army", target="Front for Change and Concord in Chad", loc="Kanem, Chad", killed=300),
            ev("death", "killed", at="it had killed more than 300", killed=300),
            ev("statement", "called", at="called Deby a brave friend", p=["France"], agent="France"),
            ev("statement", "urged", p=["Saleh Kebzabo", "Transitional Military Council"], agent="Saleh Kebzabo",
               target="Transitional Military Council"),
            ev("statement", "said", at="and said he would not recognise", p=["Saleh Kebzabo"], agent="Saleh Kebzabo"),
        ],
        "irrealis": [
            irr("planned", "leadership", "lead", at="son to lead junta", p=["Mahamat Idriss Deby"],
                agent="Mahamat Idriss Deby"),
            irr("planned", "election", "elections", at="before free elections were held", p=["Chad"], loc="Chad"),
            irr("planned", "attack", "advance", at="would advance on the capital", p=["Front for Change and Concord in Chad"],
                agent="Front for Change and Concord in Chad", target="N'Djamena", loc="N'Djamena, Chad"),
            irr("negated", "verification", "verified", at="could not be independently verified"),
            irr("planned", "handover", "hand power", p=["Transitional Military Council"],
                agent="Transitional Military Council"),
            irr("negated", "recognition", "recognise", at="would not recognise", p=["Saleh Kebzabo"],
                agent="Saleh Kebzabo"),
            irr("planned", "funeral", "state funeral", p=["Idriss Deby"], loc="N'Djamena, Chad", date="2021-04-23",
                dt="for Friday"),
        ],
        "people": ["Idriss Deby", "Azem Bermandoa Agouna", "Mahamat Idriss Deby", "Saleh Kebzabo"],
        "places": ["N'Djamena", "Chad", "Libya", "Kanem", "France", "Sahel"],
        "organizations": ["AFP", "Front for Change and Concord in Chad", "Transitional Military Council"],
    },
    {
        "id": "hno08", "published": "2021-10-14",
        "paragraphs": [
            ["Insurgents kill seven in raid on Mozambique village despite troop surge"],
            ["MAPUTO (Reuters) - Islamist insurgents raided a village near Macomia in Mozambique's northern Cabo "
             "Delgado province on Sunday night, killing at least seven civilians and burning dozens of huts, two local "
             "officials and an aid worker told Reuters."],
            ["Three children were among the dead, said one of the officials, who could not be named because he had no "
             "authority to brief journalists.",
             "Residents who fled into the bush said the attackers had carried off several teenage girls."],
            ["The raid was the deadliest since Rwandan and Mozambican troops recaptured the port town of Mocimboa da "
             "Praia in August.",
             "A spokesman for the Rwandan contingent said its soldiers had not been deployed in the Macomia area and "
             "declined to comment further."],
            ["President Filipe Nyusi, who is in Lisbon for talks with Portuguese Prime Minister Antonio Costa, "
             "condemned the killings in a message on Facebook.",
             "He said his government would never negotiate with \"terrorists\" and thanked regional forces for their "
             "help."],
            ["Southern African leaders extended the mandate of their standby force in the province for three months at "
             "a virtual summit last week, and the European Union has promised to train Mozambican units from "
             "November."],
        ],
        "events": [
            ev("attack", "kill", at="Insurgents kill seven", p=["Macomia"], target="village near Macomia",
               loc="Macomia, Mozambique", date="2021-10-10", dt="on Sunday night", killed=7),
            ev("death", "killing", at="killing at least seven civilians", date="2021-10-10", dt="on Sunday night",
               killed=7),
            ev("statement", "told", at="aid worker told Reuters", p=["Reuters"], target="Reuters"),
            ev("statement", "said", at="said one of the officials"),
            ev("statement", "said", at="fled into the bush said"),
            ev("abduction", "carried off", at="had carried off several teenage girls"),
            ev("capture", "recaptured", p=["Rwanda", "Mozambique"], loc="Mocimboa da Praia, Mozambique",
               date="2021-08", dt="in August"),
            ev("statement", "said", at="Rwandan contingent said", p=["Rwanda Defence Force"],
               agent="Rwanda Defence Force"),
            ev("meeting", "talks", at="for talks with Portuguese", p=["Filipe Nyusi", "Antonio Costa"],
               agent="Filipe Nyusi", target="Antonio Costa", loc="Lisbon, Portugal"),
            ev("statement", "condemned", p=["Filipe Nyusi"], agent="Filipe Nyusi"),
            ev("statement", "said", at="He said his government would never", p=["Filipe Nyusi"],
               agent="Filipe Nyusi"),
            ev("statement", "thanked", p=["Filipe Nyusi"], agent="Filipe Nyusi"),
            ev("extension", "extended", p=["Southern African Development Community"],
               agent="Southern African Development Community", date="2021-10", dt="last week"),
            ev("meeting", "summit", at="a virtual summit last week", p=["Southern African Development Community"],
               date="2021-10", dt="last week"),
            ev("statement", "promised", p=["European Union"], agent="European Union"),
        ],
        "irrealis": [
            irr("negated", "statement", "brief", at="no authority to brief journalists"),
            irr("negated", "deployment", "deployed", at="had not been deployed", p=["Rwanda Defence Force"],
                loc="Macomia, Mozambique"),
            irr("negated", "statement", "comment", at="declined to comment further", p=["Rwanda Defence Force"],
                agent="Rwanda Defence Force"),
            irr("negated", "meeting", "negotiate", at="would never negotiate", p=["Mozambique"], agent="Mozambique"),
            irr("planned", "training", "train", at="promised to train", p=["European Union", "Mozambique"],
                agent="European Union", date="2021-11", dt="from November"),
        ],
        "people": ["Filipe Nyusi", "Antonio Costa"],
        "places": ["Maputo", "Macomia", "Mozambique", "Cabo Delgado", "Mocimboa da Praia", "Lisbon"],
        "organizations": ["Reuters", "Rwanda Defence Force", "Southern African Development Community",
                          "European Union"],
    },
    {
        "id": "hno09", "published": "2022-01-19",
        "paragraphs": [
            ["Finland's Vaskivesi agrees to buy Estonian wind developer for 410 million euros"],
            ["TALLINN (Reuters) - Finnish utility Vaskivesi Oyj has agreed to buy Estonian offshore wind developer "
             "Saarte Tuul AS for 410 million euros ($465 million), the two companies announced on Tuesday, in the "
             "largest takeover of an Estonian firm since 2016."],
            ["Vaskivesi chief executive Mikko Rautio told a conference call that the deal would give the group a "
             "pipeline of projects off the island of Saaremaa and would be financed with debt.",
             "He ruled out selling any of the Estonian assets to outside investors for at least five years."],
            ["Estonia's competition authority must still clear the transaction, and a ruling is not expected before "
             "May, a spokeswoman for the agency said.",
             "Saarte Tuul's founders, who hold 70 percent, backed the offer, while a pension fund that owns a minority "
             "stake has not decided whether to sell."],
            ["Prime Minister Kaja Kallas welcomed the investment on Wednesday and said the government would speed up "
             "permits for turbines in the Baltic Sea.",
             "Environmental groups on Saaremaa have threatened to challenge the projects in court, arguing that they "
             "would harm bird migration routes."],
            ["Vaskivesi dropped a bid for a Latvian solar company last year after the two sides failed to agree on "
             "terms."],
        ],
        "events": [
            ev("acquisition", "buy", at="Vaskivesi agrees to buy", p=["Vaskivesi Oyj", "Saarte Tuul AS"],
               agent="Vaskivesi Oyj", target="Saarte Tuul AS", amount=(410000000, "EUR")),
            ev("statement", "announced", p=["Vaskivesi Oyj", "Saarte Tuul AS"], agent="Vaskivesi Oyj",
               date="2022-01-18", dt="on Tuesday"),
            ev("statement", "told", at="Rautio told a conference call", p=["Mikko Rautio"], agent="Mikko Rautio"),
            ev("statement", "ruled out", p=["Mikko Rautio"], agent="Mikko Rautio"),
            ev("statement", "said", at="a spokeswoman for the agency said", p=["Estonian Competition Authority"],
               agent="Estonian Competition Authority"),
            ev("statement", "backed", at="backed the offer"),
            ev("statement", "welcomed", p=["Kaja Kallas"], agent="Kaja Kallas", date="2022-01-19", dt="on Wednesday"),
            ev("statement", "said", at="and said the government would speed up", p=["Kaja Kallas"],
               agent="Kaja Kallas"),
            ev("statement", "threatened", at="have threatened to challenge"),
            ev("statement", "arguing", at="arguing that they"),
            ev("withdrawal", "dropped", at="Vaskivesi dropped a bid", p=["Vaskivesi Oyj"], agent="Vaskivesi Oyj",
               date="2021", dt="last year"),
        ],
        "irrealis": [
            irr("planned", "financing", "financed", at="would be financed with debt", p=["Vaskivesi Oyj"]),
            irr("negated", "sale", "selling", at="ruled out selling", p=["Vaskivesi Oyj"], agent="Vaskivesi Oyj"),
            irr("planned", "approval", "clear", at="must still clear the transaction",
                p=["Estonian Competition Authority"], agent="Estonian Competition Authority"),
            irr("planned", "ruling", "ruling", at="a ruling is not expected before", p=["Estonian Competition Authority"],
                agent="Estonian Competition Authority", date="2022-05", dt="before May"),
            irr("hypothetical", "sale", "sell", at="has not decided whether to sell"),
            irr("planned", "permit", "speed up", at="would speed up permits", p=["Estonia"], agent="Estonia"),
            irr("planned", "appeal", "challenge", at="threatened to challenge the projects in court"),
            irr("negated", "agreement", "agree", at="failed to agree on terms", p=["Vaskivesi Oyj"]),
        ],
        "people": ["Mikko Rautio", "Kaja Kallas"],
        "places": ["Tallinn", "Estonia", "Saaremaa", "Baltic Sea"],
        "organizations": ["Reuters", "Vaskivesi Oyj", "Saarte Tuul AS", "Estonian Competition Authority"],
    },
    {
        "id": "hno10", "published": "2022-04-28",
        "paragraphs": [
            ["Britain sanctions Bosnian Serb leader Dodik over secession moves"],
            ["SARAJEVO (Reuters) - Britain imposed an asset freeze and a travel ban on Bosnian Serb leader Milorad "
             "Dodik and the president of the Serb Republic, Zeljka Cvijanovic, on Wednesday, accusing them of "
             "undermining the peace deal that ended the 1992-95 war."],
            ["Foreign Secretary Liz Truss said the pair had sought to dismantle state institutions with the "
             "encouragement of Moscow.",
             "The United States blacklisted Dodik in January, but the European Union has been unable to follow "
             "because Hungary has vetoed any such step."],
            ["Dodik dismissed the measures as \"meaningless\" at a rally in Banja Luka on Wednesday evening, telling "
             "several thousand supporters that he owned no property in Britain and had no plans to go there.",
             "He said his party would press ahead with a law creating a separate Serb judiciary."],
            ["Christian Schmidt, the international envoy who oversees the peace accord, welcomed the sanctions and "
             "warned that he could annul the law if the regional assembly adopted it.",
             "Bosnia's three-member presidency, where Dodik holds the Serb seat, failed to meet on Thursday as "
             "planned after he stayed away."],
            ["The Russian embassy in Sarajevo called the British move an interference in Bosnia's internal affairs."],
        ],
        "events": [
            ev("sanction", "sanctions", at="Britain sanctions Bosnian Serb leader",
               p=["United Kingdom", "Milorad Dodik", "Zeljka Cvijanovic"], agent="United Kingdom",
               target="Milorad Dodik", date="2022-04-27", dt="on Wednesday"),
            ev("statement", "accusing", p=["United Kingdom"], agent="United Kingdom"),
            ev("agreement", "peace deal", at="undermining the peace deal", p=["Bosnia and Herzegovina"]),
            ev("statement", "said", at="Liz Truss said", p=["Liz Truss"], agent="Liz Truss"),
            ev("sanction", "blacklisted", p=["United States", "Milorad Dodik"], agent="United States",
               target="Milorad Dodik", date="2022-01", dt="in January"),
            ev("veto", "vetoed", p=["Hungary"], agent="Hungary"),
            ev("statement", "dismissed", p=["Milorad Dodik"], agent="Milorad Dodik"),
            ev("protest", "rally", at="at a rally in Banja Luka", p=["Milorad Dodik"], agent="Milorad Dodik",
               loc="Banja Luka, Bosnia and Herzegovina", date="2022-04-27", dt="on Wednesday evening"),
            ev("statement", "telling", p=["Milorad Dodik"], agent="Milorad Dodik"),
            ev("statement", "said", at="He said his party", p=["Milorad Dodik"], agent="Milorad Dodik"),
            ev("statement", "welcomed", p=["Christian Schmidt"], agent="Christian Schmidt"),
            ev("statement", "warned", p=["Christian Schmidt"], agent="Christian Schmidt"),
            ev("boycott", "stayed away", p=["Milorad Dodik"], agent="Milorad Dodik"),
            ev("statement", "called", at="called the British move", p=["Russia"], agent="Russia"),
        ],
        "irrealis": [
            irr("negated", "sanction", "follow", at="unable to follow", p=["European Union", "Milorad Dodik"],
                agent="European Union", target="Milorad Dodik"),
            irr("negated", "visit", "go there", p=["Milorad Dodik", "United Kingdom"], agent="Milorad Dodik",
                target="United Kingdom"),
            irr("planned", "legislation", "press ahead", p=["Alliance of Independent Social Democrats"],
                agent="Alliance of Independent Social Democrats"),
            irr("hypothetical", "annulment", "annul", p=["Christian Schmidt"], agent="Christian Schmidt"),
            irr("hypothetical", "adoption", "adopted", at="regional assembly adopted it",
                p=["National Assembly of Republika Srpska"], agent="National Assembly of Republika Srpska"),
            irr("negated", "meeting", "meet", at="failed to meet on Thursday",
                p=["Presidency of Bosnia and Herzegovina"], date="2022-04-28", dt="on Thursday"),
        ],
        "people": ["Milorad Dodik", "Zeljka Cvijanovic", "Liz Truss", "Christian Schmidt"],
        "places": ["Sarajevo", "Bosnia", "Moscow", "United States", "Hungary", "Banja Luka", "Britain"],
        "organizations": ["Reuters", "European Union", "Presidency of Bosnia and Herzegovina"],
    },
]
