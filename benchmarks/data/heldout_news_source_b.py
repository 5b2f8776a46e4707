"""The second held-out news set, the test set (the source of heldout-news-b.{in,gold}.jsonl).

No rule is developed on this set: it measures kg on news it has never seen. Every lead was written for it
(never copied or paraphrased from ../shared/data, the seed, examples/ or the first held-out set); real public
figures appear in events that are partly or wholly invented, and the other people are invented. The format
and conventions are those of the first set (`heldout_news_source.py`, whose docstring says them): an
article is its paragraphs, each a list of sentences; an event names its sentence by `at` (by default its
trigger); one event per real-world event at its first mention (a headline included), later mentions
("the call", "the attacks") no new event; every reporting verb its own statement; participants as full
canonical names (an unnamed official's organisation); `date` only where a date expression attaches to the
event (a relation to another event, "hours before the signing", is no date expression); casualties on
attacks, with the deaths and injuries of their tolls; a vague count ("dozens") is no number; negated,
planned, hypothetical and requested (labelled planned, as news-dev does) events in `irrealis`; generic,
habitual and aggregate mentions ("has used drones against jihadist groups since 2022") and named
documents ("the 2015 nuclear deal") are no events. Disaster tolls carry no death events, as in the first
set. Annotated: the five scored types and the other kinds kg knows (election, ruling, acquisition,
arrest, sanction, protest, visit).
"""

from heldout_news_source import ev, irr

ARTICLES = [
    {
        "id": "hb01", "published": "2019-03-13",
        "paragraphs": [
            ["U.S. air strike kills 12 al Shabaab fighters in Somalia, military says"],
            ["MOGADISHU (Reuters) - A U.S. air strike killed 12 al Shabaab militants near the town of Jilib in "
             "southern Somalia on Monday, the U.S. military's Africa Command said on Tuesday."],
            ["The strike targeted a camp the Islamist group used to plan attacks on government forces, the "
             "command said in a statement, adding that it had found no evidence of civilian casualties."],
            ["Residents of a nearby village told Reuters by phone that three herders, including a boy, were "
             "among the dead."],
            ['"We take all reports of civilian harm seriously and will review them," said Africa Command '
             "spokeswoman Colonel Dana Whitfield."],
            ["Al Shabaab, which is allied to al Qaeda, has been fighting for more than a decade to topple "
             "Somalia's central government.",
             "The group claimed responsibility for a car bomb that killed at least 20 people outside a hotel in "
             "Mogadishu on Feb. 28."],
            ["Washington has relied increasingly on air power against the militants since 2017, according to "
             "figures compiled by the New America think tank."],
        ],
        "events": [
            ev("attack", "air strike", at="U.S. air strike kills", p=["United States", "al Shabaab", "Jilib"],
               agent="United States", target="al Shabaab", loc="Jilib, Somalia", date="2019-03-11",
               dt="on Monday", killed=12),
            ev("statement", "says", at="military says"),
            ev("death", "killed", at="air strike killed 12", date="2019-03-11", dt="on Monday", killed=12),
            ev("statement", "said", at="Africa Command said on Tuesday", p=["U.S. Africa Command"],
               agent="U.S. Africa Command", date="2019-03-12", dt="on Tuesday"),
            ev("statement", "said", at="command said in a statement", p=["U.S. Africa Command"],
               agent="U.S. Africa Command"),
            ev("statement", "adding", p=["U.S. Africa Command"], agent="U.S. Africa Command"),
            ev("statement", "told", at="told Reuters", p=["Reuters"], target="Reuters"),
            ev("call", "by phone", at="told Reuters", p=["Reuters"], target="Reuters"),
            ev("statement", "said", at="said Africa Command", p=["Dana Whitfield"], agent="Dana Whitfield"),
            ev("attack", "car bomb", p=["al Shabaab", "Mogadishu"], agent="al Shabaab",
               target="hotel in Mogadishu", loc="Mogadishu, Somalia", date="2019-02-28", dt="on Feb. 28",
               killed=20),
            ev("death", "killed", at="killed at least 20", date="2019-02-28", dt="on Feb. 28", killed=20),
            ev("statement", "according to", p=["New America"], agent="New America"),
        ],
        "irrealis": [],
        "people": ["Dana Whitfield"],
        "places": ["Somalia", "Jilib", "Mogadishu", "Washington"],
        "organizations": ["al Shabaab", "U.S. Africa Command", "Reuters", "al Qaeda", "New America"],
    },
    {
        "id": "hb02", "published": "2020-04-03",
        "paragraphs": [
            ["Putin and Saudi crown prince discuss oil cuts in phone call"],
            ["MOSCOW (Reuters) - Russian President Vladimir Putin spoke by phone with Saudi Crown Prince "
             "Mohammed bin Salman on Friday, and the two leaders agreed that a deal to cut oil output was needed "
             "to steady prices, the Kremlin said."],
            ["The call came a day after U.S. President Donald Trump said he had telephoned the crown prince and "
             "expected Riyadh and Moscow to cut production by as much as 10 million barrels a day."],
            ["The Saudi Press Agency said the conversation took place at Putin's initiative."],
            ["OPEC and its allies will hold an emergency video conference on Monday, two sources familiar with "
             "the plan told Reuters."],
            ["A pact between the producers fell apart in March, when Russia refused to back deeper cuts and Saudi "
             "Arabia answered by flooding the market with cheap crude."],
            ['"Nobody wants a price war that ruins everyone," Kremlin spokesman Dmitry Peskov told reporters, '
             "adding that Putin had no plans to speak with Trump on Friday.",
             "Brent crude rose more than 10% after jumping a record 21% on Thursday."],
        ],
        "events": [
            ev("call", "phone call", at="discuss oil cuts in phone call",
               p=["Vladimir Putin", "Mohammed bin Salman"], agent="Vladimir Putin", target="Mohammed bin Salman",
               date="2020-04-03", dt="on Friday"),
            ev("agreement", "agreed", p=["Vladimir Putin", "Mohammed bin Salman"]),
            ev("statement", "said", at="the Kremlin said", p=["Kremlin"], agent="Kremlin"),
            ev("statement", "said", at="Trump said", p=["Donald Trump"], agent="Donald Trump"),
            ev("call", "telephoned", p=["Donald Trump", "Mohammed bin Salman"], agent="Donald Trump",
               target="Mohammed bin Salman"),
            ev("statement", "said", at="Saudi Press Agency said", p=["Saudi Press Agency"],
               agent="Saudi Press Agency"),
            ev("statement", "told", at="told Reuters", p=["Reuters"], target="Reuters"),
            ev("statement", "told", at="Peskov told", p=["Dmitry Peskov"], agent="Dmitry Peskov"),
            ev("statement", "adding", p=["Dmitry Peskov"], agent="Dmitry Peskov"),
        ],
        "irrealis": [
            irr("planned", "agreement", "deal", at="a deal to cut oil output", p=["Russia", "Saudi Arabia"]),
            irr("planned", "meeting", "video conference", p=["OPEC"], date="2020-04-06", dt="on Monday"),
            irr("negated", "agreement", "refused to back", p=["Russia", "Saudi Arabia"], agent="Russia",
                date="2020-03", dt="in March"),
            irr("negated", "call", "speak with", p=["Vladimir Putin", "Donald Trump"], agent="Vladimir Putin",
                target="Donald Trump", date="2020-04-03", dt="on Friday"),
        ],
        "people": ["Vladimir Putin", "Mohammed bin Salman", "Donald Trump", "Dmitry Peskov"],
        "places": ["Moscow", "Riyadh", "Russia", "Saudi Arabia"],
        "organizations": ["Kremlin", "Saudi Press Agency", "OPEC", "Reuters"],
    },
    {
        "id": "hb03", "published": "2022-09-14",
        "paragraphs": [
            ["Armenia says 49 soldiers killed in Azerbaijani shelling; truce agreed"],
            ["YEREVAN (AFP) - Armenia said on Wednesday that 49 of its soldiers had been killed when Azerbaijani "
             "forces shelled towns and army positions along the border early on Tuesday, the worst fighting "
             "between the two neighbours since their 2020 war."],
            ["Azerbaijan's Defence Ministry said its troops had responded to \"large-scale provocations\" by "
             "Armenia and denied targeting civilian areas."],
            ["A Russian-brokered ceasefire was agreed on Wednesday morning, the secretary of Armenia's Security "
             "Council, Armen Grigoryan, said in a televised address."],
            ["Prime Minister Nikol Pashinyan asked the Russian-led Collective Security Treaty Organization for "
             "military help, and the alliance said it would send a mission to the border."],
            ["U.S. Secretary of State Antony Blinken telephoned Azerbaijani President Ilham Aliyev and urged him "
             "to halt hostilities, the State Department said.",
             "Aliyev told Blinken that Baku had no territorial claims on Armenia, according to his office."],
            ["The neighbours fought a six-week war in 2020 over Nagorno-Karabakh, which ended with a truce "
             "brokered by Moscow."],
        ],
        "events": [
            ev("attack", "shelling", at="Azerbaijani shelling", p=["Azerbaijan", "Armenia"], agent="Azerbaijan",
               target="towns and army positions along the border", loc="Armenia", date="2022-09-13",
               dt="early on Tuesday", killed=49),
            ev("statement", "says", at="Armenia says", p=["Armenia"], agent="Armenia"),
            ev("agreement", "truce", at="truce agreed", p=["Armenia", "Azerbaijan"], date="2022-09-14",
               dt="on Wednesday morning"),
            ev("statement", "said", at="Armenia said on Wednesday", p=["Armenia"], agent="Armenia",
               date="2022-09-14", dt="on Wednesday"),
            ev("death", "killed", at="had been killed", date="2022-09-13", dt="early on Tuesday", killed=49),
            ev("statement", "said", at="Defence Ministry said", p=["Azerbaijani Defence Ministry"],
               agent="Azerbaijani Defence Ministry"),
            ev("statement", "denied", p=["Azerbaijani Defence Ministry"], agent="Azerbaijani Defence Ministry"),
            ev("statement", "said", at="said in a televised address", p=["Armen Grigoryan"], agent="Armen Grigoryan"),
            ev("statement", "asked", p=["Nikol Pashinyan", "Collective Security Treaty Organization"],
               agent="Nikol Pashinyan", target="Collective Security Treaty Organization"),
            ev("statement", "said", at="the alliance said", p=["Collective Security Treaty Organization"],
               agent="Collective Security Treaty Organization"),
            ev("call", "telephoned", p=["Antony Blinken", "Ilham Aliyev"], agent="Antony Blinken",
               target="Ilham Aliyev"),
            ev("statement", "urged", p=["Antony Blinken", "Ilham Aliyev"], agent="Antony Blinken",
               target="Ilham Aliyev"),
            ev("statement", "said", at="State Department said", p=["State Department"], agent="State Department"),
            ev("statement", "told", at="Aliyev told Blinken", p=["Ilham Aliyev", "Antony Blinken"],
               agent="Ilham Aliyev", target="Antony Blinken"),
            ev("statement", "according to", p=["Ilham Aliyev"], agent="Ilham Aliyev"),
            ev("agreement", "truce", at="truce brokered by Moscow", p=["Armenia", "Azerbaijan"]),
        ],
        "irrealis": [],
        "people": ["Armen Grigoryan", "Nikol Pashinyan", "Antony Blinken", "Ilham Aliyev"],
        "places": ["Armenia", "Azerbaijan", "Yerevan", "Baku", "Nagorno-Karabakh", "Moscow"],
        "organizations": ["Azerbaijani Defence Ministry", "Armenian Security Council",
                          "Collective Security Treaty Organization", "State Department"],
    },
    {
        "id": "hb04", "published": "2023-11-20",
        "paragraphs": [
            ["Outsider Milei wins Argentina's presidency"],
            ["BUENOS AIRES (Reuters) - Libertarian economist Javier Milei won Argentina's presidential runoff on "
             "Sunday, defeating Economy Minister Sergio Massa by more than 11 percentage points as voters "
             "punished the ruling Peronists for triple-digit inflation."],
            ["With almost all ballots counted, Milei had 55.7% of the vote against 44.3% for Massa, the National "
             "Electoral Directorate said."],
            ["Massa conceded defeat before the official results were released and said he had phoned Milei."],
            ['"Today the reconstruction of Argentina begins," Milei told cheering supporters at his campaign '
             "headquarters."],
            ["He said on Monday that former U.S. President Donald Trump had called him to offer his "
             "congratulations.", "Milei takes office on Dec. 10."],
            ["Brazilian President Luiz Inacio Lula da Silva wished the new government luck in a post on social "
             "media but did not mention Milei by name."],
            ["Milei has promised to slash public spending, close the central bank and replace the peso with the "
             "U.S. dollar, plans that economists say would be hard to carry out."],
        ],
        "events": [
            ev("election", "wins", at="Milei wins", p=["Javier Milei", "Argentina"], agent="Javier Milei",
               target="presidency", loc="Argentina", date="2023-11-19", dt="on Sunday"),
            ev("statement", "said", at="Electoral Directorate said", p=["National Electoral Directorate"],
               agent="National Electoral Directorate"),
            ev("statement", "conceded", p=["Sergio Massa"], agent="Sergio Massa"),
            ev("statement", "said", at="released and said", p=["Sergio Massa"], agent="Sergio Massa"),
            ev("call", "phoned", p=["Sergio Massa", "Javier Milei"], agent="Sergio Massa", target="Javier Milei"),
            ev("statement", "told", p=["Javier Milei"], agent="Javier Milei"),
            ev("statement", "said", at="He said on Monday", p=["Javier Milei"], agent="Javier Milei",
               date="2023-11-20", dt="on Monday"),
            ev("call", "called", at="had called him", p=["Donald Trump", "Javier Milei"], agent="Donald Trump",
               target="Javier Milei"),
            ev("statement", "wished", p=["Luiz Inacio Lula da Silva"], agent="Luiz Inacio Lula da Silva"),
            ev("statement", "has promised", p=["Javier Milei"], agent="Javier Milei"),
            ev("statement", "say", at="economists say"),
        ],
        "irrealis": [
            irr("negated", "statement", "did not mention", p=["Luiz Inacio Lula da Silva"],
                agent="Luiz Inacio Lula da Silva"),
        ],
        "people": ["Javier Milei", "Sergio Massa", "Donald Trump", "Luiz Inacio Lula da Silva"],
        "places": ["Argentina", "Buenos Aires"],
        "organizations": ["National Electoral Directorate"],
    },
    {
        "id": "hb05", "published": "2024-10-18",
        "paragraphs": [
            ["World Court sides with Guyana in Essequibo dispute"],
            ["THE HAGUE (Reuters) - The International Court of Justice ruled on Thursday that Venezuela must not "
             "take any action to change the status of the Essequibo region, a swath of Guyana that Caracas claims "
             "as its own, while the court weighs the border dispute."],
            ["In a 15-1 decision, the judges rejected Venezuela's argument that the court had no jurisdiction and "
             "ordered both countries to refrain from steps that could aggravate the conflict."],
            ['Guyanese President Irfaan Ali welcomed the ruling as "a victory for international law" in a '
             "televised address."],
            ["Venezuelan Foreign Minister Yvan Gil said his government did not recognise the court's authority "
             'and would not comply with "any decision imposed from outside".'],
            ["President Nicolas Maduro has threatened to annex the region since a referendum last December in "
             "which, officials said, 95% of voters backed Venezuela's claim."],
            ["Guyana and Venezuela held talks in St. Vincent and the Grenadines in December and agreed not to use "
             "force, but a second meeting planned for this year has not taken place."],
            ["Exxon Mobil leads a consortium that pumps more than 600,000 barrels of oil a day off Guyana's "
             "coast, near the disputed area."],
        ],
        "events": [
            ev("ruling", "sides", at="World Court sides",
               p=["International Court of Justice", "Guyana", "Venezuela"], agent="International Court of Justice",
               target="Venezuela", loc="The Hague, Netherlands", date="2024-10-17", dt="on Thursday"),
            ev("statement", "welcomed", p=["Irfaan Ali"], agent="Irfaan Ali"),
            ev("statement", "said", at="Yvan Gil said", p=["Yvan Gil"], agent="Yvan Gil"),
            ev("statement", "has threatened", p=["Nicolas Maduro"], agent="Nicolas Maduro"),
            ev("statement", "said", at="officials said"),
            ev("meeting", "talks", at="held talks", p=["Guyana", "Venezuela"], loc="St. Vincent and the Grenadines",
               date="2023-12", dt="in December"),
            ev("agreement", "agreed", at="agreed not to use force", p=["Guyana", "Venezuela"], date="2023-12",
               dt="in December"),
        ],
        "irrealis": [
            irr("hypothetical", "ruling", "decision", at="any decision imposed", p=["Venezuela"]),
            irr("negated", "meeting", "meeting", at="second meeting planned", p=["Guyana", "Venezuela"]),
        ],
        "people": ["Irfaan Ali", "Yvan Gil", "Nicolas Maduro"],
        "places": ["Guyana", "Venezuela", "Essequibo", "Caracas", "The Hague", "St. Vincent and the Grenadines"],
        "organizations": ["International Court of Justice", "Exxon Mobil"],
    },
    {
        "id": "hb06", "published": "2025-02-25",
        "paragraphs": [
            ["Kanto Steel completes takeover of Australian iron ore miner"],
            ["TOKYO (Reuters) - Japan's Kanto Steel Holdings said on Tuesday it had completed its purchase of "
             "Australian iron ore producer Pilbara Red Metals for A$6.8 billion ($4.3 billion), ending a "
             "four-month bidding battle with a Chinese rival."],
            ["Pilbara's board had rejected a rival A$6.1 billion offer from Shanghai-based Huaxin Mining in "
             "January, saying it undervalued the company's reserves."],
            ["Kanto chief executive Hiroshi Tanabe told a news conference in Tokyo that the mine would supply "
             "about a fifth of the group's ore for two decades."],
            ["Australia's Foreign Investment Review Board cleared the transaction last week on condition that the "
             "mine's management stay in Perth, Treasurer Jim Chalmers said.",
             "A Huaxin spokesman declined to comment."],
            ["Kanto also plans to sell its stake in a Brazilian nickel venture to raise about $800 million, two "
             "people familiar with the matter said."],
            ["Shares of Kanto rose 2.1% in Tokyo, while Pilbara was removed from the Australian Securities "
             "Exchange's benchmark index."],
        ],
        "events": [
            ev("acquisition", "takeover", p=["Kanto Steel Holdings", "Pilbara Red Metals"],
               agent="Kanto Steel Holdings", target="Pilbara Red Metals", amount=[6800000000.0, "AUD"]),
            ev("statement", "said", at="Holdings said on Tuesday", p=["Kanto Steel Holdings"],
               agent="Kanto Steel Holdings", date="2025-02-25", dt="on Tuesday"),
            ev("statement", "saying", p=["Pilbara Red Metals"], agent="Pilbara Red Metals"),
            ev("statement", "told", p=["Hiroshi Tanabe"], agent="Hiroshi Tanabe", loc="Tokyo, Japan"),
            ev("statement", "said", at="Chalmers said", p=["Jim Chalmers"], agent="Jim Chalmers"),
            ev("statement", "said", at="familiar with the matter said"),
        ],
        "irrealis": [
            irr("negated", "acquisition", "offer", at="rival A$6.1 billion offer",
                p=["Huaxin Mining", "Pilbara Red Metals"], agent="Huaxin Mining", target="Pilbara Red Metals",
                amount=[6100000000.0, "AUD"], date="2025-01", dt="in January"),
            irr("negated", "statement", "declined to comment", p=["Huaxin Mining"], agent="Huaxin Mining"),
            irr("planned", "acquisition", "sell", at="plans to sell", p=["Kanto Steel Holdings"],
                amount=[800000000.0, "USD"]),
        ],
        "people": ["Hiroshi Tanabe", "Jim Chalmers"],
        "places": ["Japan", "Australia", "Tokyo", "Perth", "Shanghai"],
        "organizations": ["Kanto Steel Holdings", "Pilbara Red Metals", "Huaxin Mining",
                          "Foreign Investment Review Board", "Australian Securities Exchange"],
    },
    {
        "id": "hb07", "published": "2026-03-05",
        "paragraphs": [
            ["RIYADH (AFP) - Britain and the six-nation Gulf Cooperation Council failed to conclude a free trade "
             "agreement on Wednesday after a week of negotiations in Riyadh stalled over access for British "
             "banks and insurers, officials from both sides said."],
            ['British Trade Secretary Peter Kyle said the talks had made "real progress" and that he expected a '
             "deal to be signed before the end of the year."],
            ["GCC Secretary-General Jasem Albudaiwi told reporters that the bloc would not accept terms that "
             "harmed its own lenders."],
            ["Negotiators will meet again in London in May, a British government spokesman said."],
            ["Separately, Kyle met Saudi Energy Minister Prince Abdulaziz bin Salman on Tuesday to discuss "
             "investment in British offshore wind farms, Saudi state media reported."],
            ["Trade deals of this kind typically take years to negotiate and ratify.",
             "Trade between Britain and the Gulf states was worth about 57 billion pounds last year, according to "
             "British government figures."],
        ],
        "events": [
            ev("meeting", "negotiations", p=["United Kingdom", "Gulf Cooperation Council"], loc="Riyadh, Saudi Arabia"),
            ev("statement", "said", at="officials from both sides said"),
            ev("statement", "said", at="Peter Kyle said", p=["Peter Kyle"], agent="Peter Kyle"),
            ev("statement", "told", p=["Jasem Albudaiwi"], agent="Jasem Albudaiwi"),
            ev("statement", "said", at="government spokesman said", p=["United Kingdom"],
               agent="United Kingdom"),
            ev("meeting", "met", p=["Peter Kyle", "Abdulaziz bin Salman"], agent="Peter Kyle",
               target="Abdulaziz bin Salman", date="2026-03-03", dt="on Tuesday"),
            ev("statement", "reported"),
            ev("statement", "according to", p=["United Kingdom"], agent="United Kingdom"),
        ],
        "irrealis": [
            irr("negated", "agreement", "failed to conclude", p=["United Kingdom", "Gulf Cooperation Council"],
                date="2026-03-04", dt="on Wednesday"),
            irr("planned", "agreement", "deal", at="expected a deal", p=["United Kingdom", "Gulf Cooperation Council"]),
            irr("planned", "meeting", "meet", at="will meet again", p=["United Kingdom", "Gulf Cooperation Council"],
                loc="London, United Kingdom", date="2026-05", dt="in May"),
        ],
        "people": ["Peter Kyle", "Jasem Albudaiwi", "Abdulaziz bin Salman"],
        "places": ["Britain", "Riyadh", "London"],
        "organizations": ["Gulf Cooperation Council"],
    },
    {
        "id": "hb08", "published": "2023-06-10",
        "paragraphs": [
            ["HAVANA (Reuters) - Colombia's government and the National Liberation Army (ELN) rebel group signed a "
             "six-month bilateral ceasefire in Havana on Friday, the biggest step yet toward ending nearly six "
             "decades of conflict with the guerrillas."],
            ["President Gustavo Petro and ELN commander Antonio Garcia shook hands at the ceremony, which was "
             "attended by Cuban President Miguel Diaz-Canel."],
            ["The truce will take effect on Aug. 3 and will be monitored by the United Nations and the Catholic "
             "Church, the two sides said in a joint statement."],
            ['"We are not going to fail Colombia," Petro told reporters after the ceremony.',
             "Garcia said the rebels would stop kidnapping for ransom only if the government met social demands "
             "in the regions they control."],
            ["Negotiators will resume talks in Caracas next month to discuss the rebels' role in politics."],
            ["Hours before the signing, a roadside bomb killed two soldiers in the northeastern province of Norte "
             "de Santander, the army said, blaming a dissident faction of the former FARC rebels."],
        ],
        "events": [
            ev("agreement", "signed", p=["Colombia", "National Liberation Army"], loc="Havana, Cuba",
               date="2023-06-09", dt="on Friday"),
            ev("statement", "said", at="said in a joint statement", p=["Colombia", "National Liberation Army"]),
            ev("statement", "told", p=["Gustavo Petro"], agent="Gustavo Petro"),
            ev("statement", "said", at="Garcia said", p=["Antonio Garcia"], agent="Antonio Garcia"),
            ev("attack", "roadside bomb", p=["Norte de Santander"], target="Colombian soldiers",
               loc="Norte de Santander, Colombia", killed=2),
            ev("death", "killed", at="bomb killed two", killed=2),
            ev("statement", "said", at="the army said", p=["Colombian army"], agent="Colombian army"),
            ev("statement", "blaming", p=["Colombian army", "FARC"], agent="Colombian army", target="FARC"),
        ],
        "irrealis": [
            irr("planned", "meeting", "talks", at="resume talks", p=["Colombia", "National Liberation Army"],
                loc="Caracas, Venezuela", date="2023-07", dt="next month"),
        ],
        "people": ["Gustavo Petro", "Antonio Garcia", "Miguel Diaz-Canel"],
        "places": ["Colombia", "Havana", "Caracas", "Norte de Santander"],
        "organizations": ["National Liberation Army", "United Nations", "Catholic Church", "FARC"],
    },
    {
        "id": "hb09", "published": "2020-07-02",
        "paragraphs": [
            ["HONG KONG (AP) — Hong Kong police arrested more than 370 people on Wednesday as thousands of "
             "protesters defied a ban to march against a sweeping national security law imposed by Beijing, "
             "the first arrests under the new legislation."],
            ["Ten of those detained were held on suspicion of breaking the security law, including a 15-year-old "
             "girl who waved a pro-independence flag, the police said on Twitter."],
            ["An officer was stabbed in the arm by a man who then escaped on a motorcycle, a police spokesman "
             "said."],
            ["Chief Executive Carrie Lam said the law would restore stability and denied that it would end the "
             "city's freedoms."],
            ["Britain said it would offer a path to citizenship to up to 3 million Hong Kong residents, and "
             'Foreign Secretary Dominic Raab called the law "a clear and serious breach" of the 1984 Sino-British '
             "Joint Declaration."],
            ["China's foreign ministry warned London to stop meddling in China's internal affairs."],
        ],
        "events": [
            ev("arrest", "arrested", p=["Hong Kong Police Force"], agent="Hong Kong Police Force",
               loc="Hong Kong", date="2020-07-01", dt="on Wednesday"),
            ev("protest", "march", loc="Hong Kong"),
            ev("statement", "said", at="the police said on Twitter", p=["Hong Kong Police Force"],
               agent="Hong Kong Police Force"),
            ev("attack", "stabbed", target="police officer", loc="Hong Kong", injured=1),
            ev("injury", "stabbed", injured=1),
            ev("statement", "said", at="a police spokesman", p=["Hong Kong Police Force"],
               agent="Hong Kong Police Force"),
            ev("statement", "said", at="Carrie Lam said", p=["Carrie Lam"], agent="Carrie Lam"),
            ev("statement", "denied", p=["Carrie Lam"], agent="Carrie Lam"),
            ev("statement", "said", at="Britain said", p=["United Kingdom"], agent="United Kingdom"),
            ev("statement", "called", at="Raab called", p=["Dominic Raab"], agent="Dominic Raab"),
            ev("statement", "warned", p=["Chinese Foreign Ministry", "United Kingdom"],
               agent="Chinese Foreign Ministry", target="United Kingdom"),
        ],
        "irrealis": [],
        "people": ["Carrie Lam", "Dominic Raab"],
        "places": ["Hong Kong", "Beijing", "Britain", "London", "China"],
        "organizations": ["Hong Kong Police Force", "Chinese Foreign Ministry"],
    },
    {
        "id": "hb10", "published": "2024-03-26",
        "paragraphs": [
            ["WASHINGTON (Reuters) - The United States on Monday imposed sanctions on 14 companies and people in "
             "Iran, China and Turkey that it accused of supplying parts for the Iranian drones Russia has used "
             "against Ukraine."],
            ["The Treasury Department said the network had shipped engines and guidance components to Iran's "
             "Shahed Aviation Industries through front companies in Hong Kong and Istanbul."],
            ['"We will keep targeting anyone who helps arm Russia\'s war," Deputy Treasury Secretary Wally Adeyemo '
             "said in a statement."],
            ["Iranian foreign ministry spokesman Nasser Kanaani rejected the accusation as baseless and denied "
             "that Tehran had sent any drones to Russia for use in Ukraine.",
             "Iran's mission to the United Nations said in a statement on Tuesday that the measures broke "
             "international law."],
            ["Britain and Canada announced parallel measures against five of the same firms.",
             "The sanctions freeze any U.S. assets of those targeted and bar Americans from dealing with them."],
            ["Washington says Iranian-designed drones are a mainstay of Russia's strikes on Ukraine's power "
             "grid."],
        ],
        "events": [
            ev("sanction", "sanctions", at="imposed sanctions", p=["United States", "Iran", "China", "Turkey"],
               agent="United States", target="companies and people in Iran, China and Turkey", date="2024-03-25",
               dt="on Monday"),
            ev("statement", "accused", p=["United States"], agent="United States"),
            ev("statement", "said", at="Treasury Department said", p=["Treasury Department"],
               agent="Treasury Department"),
            ev("statement", "said", at="Adeyemo said", p=["Wally Adeyemo"], agent="Wally Adeyemo"),
            ev("statement", "rejected", p=["Nasser Kanaani"], agent="Nasser Kanaani"),
            ev("statement", "denied", p=["Nasser Kanaani"], agent="Nasser Kanaani"),
            ev("statement", "said", at="mission to the United Nations said",
               p=["Iranian mission to the United Nations"], agent="Iranian mission to the United Nations",
               date="2024-03-26", dt="on Tuesday"),
            ev("statement", "announced", p=["United Kingdom", "Canada"], agent="United Kingdom"),
            ev("sanction", "measures", at="parallel measures", p=["United Kingdom", "Canada"], agent="United Kingdom"),
            ev("statement", "says", at="Washington says", p=["United States"], agent="United States"),
        ],
        "irrealis": [],
        "people": ["Wally Adeyemo", "Nasser Kanaani"],
        "places": ["United States", "Iran", "China", "Turkey", "Russia", "Ukraine", "Hong Kong", "Istanbul",
                   "Tehran", "Britain", "Canada", "Washington"],
        "organizations": ["Treasury Department", "Shahed Aviation Industries", "Iranian Foreign Ministry",
                          "Iranian mission to the United Nations"],
    },
    {
        "id": "hb11", "published": "2022-08-30",
        "paragraphs": [
            ["ISLAMABAD (AP) — Floods caused by record monsoon rains have killed at least 1,136 people in Pakistan "
             "since mid-June, including 75 in the past 24 hours, the National Disaster Management Authority said "
             "on Tuesday."],
            ["Prime Minister Shehbaz Sharif toured flooded areas of Sindh province by helicopter and appealed for "
             "international aid, saying the damage would cost at least $10 billion to repair."],
            ["U.N. Secretary-General Antonio Guterres will visit Pakistan on Sept. 9 to see the devastation, his "
             "spokesman said, after the world body launched a $160 million appeal."],
            ["The United States announced $30 million in aid, and the United Arab Emirates and China sent planes "
             "carrying tents and food."],
            ["Climate Change Minister Sherry Rehman told The Associated Press that a third of the country was "
             "under water."],
            ["In the southern town of Dadu, residents said no government help had arrived.",
             "Scientists say a warming climate makes such extreme rainfall more likely."],
        ],
        "events": [
            ev("statement", "said", at="Management Authority said", p=["National Disaster Management Authority"],
               agent="National Disaster Management Authority", date="2022-08-30", dt="on Tuesday"),
            ev("visit", "toured", p=["Shehbaz Sharif", "Sindh"], agent="Shehbaz Sharif", loc="Sindh, Pakistan"),
            ev("statement", "appealed", p=["Shehbaz Sharif"], agent="Shehbaz Sharif"),
            ev("statement", "saying", p=["Shehbaz Sharif"], agent="Shehbaz Sharif"),
            ev("statement", "said", at="his spokesman said", p=["Antonio Guterres"], agent="Antonio Guterres"),
            ev("statement", "announced", p=["United States"], agent="United States"),
            ev("statement", "told", p=["Sherry Rehman", "Associated Press"], agent="Sherry Rehman",
               target="Associated Press"),
            ev("statement", "said", at="residents said", loc="Dadu, Pakistan"),
            ev("statement", "say", at="Scientists say"),
        ],
        "irrealis": [
            irr("planned", "visit", "visit", at="will visit Pakistan", p=["Antonio Guterres", "Pakistan"],
                agent="Antonio Guterres", date="2022-09-09", dt="on Sept. 9"),
        ],
        "people": ["Shehbaz Sharif", "Antonio Guterres", "Sherry Rehman"],
        "places": ["Pakistan", "Islamabad", "Sindh", "Dadu", "United States", "United Arab Emirates", "China"],
        "organizations": ["National Disaster Management Authority", "United Nations", "Associated Press"],
    },
    {
        "id": "hb12", "published": "2025-10-27",
        "paragraphs": [
            ["KUALA LUMPUR (Reuters) - Southeast Asian leaders opened their annual summit in Kuala Lumpur on "
             "Sunday by admitting East Timor as the bloc's 11th member, the first expansion of the Association of "
             "Southeast Asian Nations in more than a quarter of a century."],
            ['Malaysian Prime Minister Anwar Ibrahim, who chairs the bloc this year, said East Timor\'s entry '
             '"completes the ASEAN family".'],
            ["The leaders also signed an agreement to link their national power grids by 2035, and Anwar said "
             "the bloc would press ahead with a regional carbon market."],
            ["U.S. President Donald Trump later met Anwar and said Washington had reached a trade deal with "
             "Malaysia, without giving details."],
            ["Myanmar's military leader, Min Aung Hlaing, was again not invited, and the bloc called on the junta "
             "to hold talks with its opponents before elections planned for December."],
            ["Chinese Premier Li Qiang is due to attend talks with ASEAN leaders on Tuesday."],
        ],
        "events": [
            ev("meeting", "summit", p=["Association of Southeast Asian Nations"], loc="Kuala Lumpur, Malaysia",
               date="2025-10-26", dt="on Sunday"),
            ev("statement", "said", at="chairs the bloc this year", p=["Anwar Ibrahim"], agent="Anwar Ibrahim"),
            ev("agreement", "signed", p=["Association of Southeast Asian Nations"], loc="Kuala Lumpur, Malaysia"),
            ev("statement", "said", at="Anwar said the bloc", p=["Anwar Ibrahim"], agent="Anwar Ibrahim"),
            ev("meeting", "met", p=["Donald Trump", "Anwar Ibrahim"], agent="Donald Trump", target="Anwar Ibrahim",
               loc="Kuala Lumpur, Malaysia"),
            ev("statement", "said", at="Anwar and said", p=["Donald Trump"], agent="Donald Trump"),
            ev("agreement", "trade deal", p=["United States", "Malaysia"]),
            ev("statement", "called on", p=["Association of Southeast Asian Nations"],
               agent="Association of Southeast Asian Nations"),
        ],
        "irrealis": [
            irr("negated", "statement", "giving details", p=["Donald Trump"], agent="Donald Trump"),
            irr("planned", "meeting", "talks", at="hold talks with its opponents", p=["Myanmar"]),
            irr("planned", "election", "elections", at="elections planned for December", p=["Myanmar"],
                date="2025-12", dt="for December"),
            irr("planned", "meeting", "talks", at="Li Qiang is due",
                p=["Li Qiang", "Association of Southeast Asian Nations"], agent="Li Qiang", date="2025-10-28",
                dt="on Tuesday"),
        ],
        "people": ["Anwar Ibrahim", "Donald Trump", "Min Aung Hlaing", "Li Qiang"],
        "places": ["Kuala Lumpur", "East Timor", "Malaysia", "Myanmar", "Washington"],
        "organizations": ["Association of Southeast Asian Nations"],
    },
    {
        "id": "hb13", "published": "2019-06-14",
        "paragraphs": [
            ["Tankers attacked in Gulf of Oman as Abe visits Tehran"],
            ["DUBAI (Reuters) - Two oil tankers were attacked in the Gulf of Oman on Thursday, leaving one of them "
             "ablaze and forcing the crews of both to abandon ship."],
            ["The U.S. Navy's Fifth Fleet said it was assisting the Norwegian-owned Front Altair and the "
             "Japanese-owned Kokuka Courageous, and that all 44 sailors had been picked up."],
            ["Hours earlier on Thursday, Japanese Prime Minister Shinzo Abe met Supreme Leader Ayatollah Ali "
             "Khamenei, who told him that Iran had \"no intention\" of building nuclear weapons but would not "
             "negotiate with the United States."],
            ["U.S. Secretary of State Mike Pompeo blamed Iran for the attacks, citing intelligence, the weapons "
             "used and the expertise needed."],
            ['Iranian Foreign Minister Mohammad Javad Zarif denied any role and said the timing was "suspicious".'],
            ["The Japanese operator of the Kokuka Courageous, Kokuka Sangyo, said its crew had seen a \"flying "
             "object\" before a second blast.", "Oil prices jumped 4% on the news."],
        ],
        "events": [
            ev("attack", "attacked", at="Tankers attacked", p=[], target="two oil tankers", loc="Gulf of Oman",
               date="2019-06-13", dt="on Thursday"),
            ev("visit", "visits", at="Abe visits Tehran", p=["Shinzo Abe", "Tehran"], agent="Shinzo Abe",
               loc="Tehran, Iran"),
            ev("statement", "said", at="Fifth Fleet said", p=["Fifth Fleet"], agent="Fifth Fleet"),
            ev("meeting", "met", p=["Shinzo Abe", "Ali Khamenei"], agent="Shinzo Abe", target="Ali Khamenei",
               loc="Tehran, Iran", date="2019-06-13", dt="earlier on Thursday"),
            ev("statement", "told", at="who told him", p=["Ali Khamenei", "Shinzo Abe"], agent="Ali Khamenei",
               target="Shinzo Abe"),
            ev("statement", "blamed", p=["Mike Pompeo", "Iran"], agent="Mike Pompeo", target="Iran"),
            ev("statement", "citing", p=["Mike Pompeo"], agent="Mike Pompeo"),
            ev("statement", "denied", p=["Mohammad Javad Zarif"], agent="Mohammad Javad Zarif"),
            ev("statement", "said", at="role and said", p=["Mohammad Javad Zarif"], agent="Mohammad Javad Zarif"),
            ev("statement", "said", at="Kokuka Sangyo, said", p=["Kokuka Sangyo"], agent="Kokuka Sangyo"),
        ],
        "irrealis": [
            irr("negated", "meeting", "negotiate", p=["Iran", "United States"], agent="Iran", target="United States"),
        ],
        "people": ["Shinzo Abe", "Ali Khamenei", "Mike Pompeo", "Mohammad Javad Zarif"],
        "places": ["Gulf of Oman", "Tehran", "Iran", "United States", "Dubai"],
        "organizations": ["Fifth Fleet", "Kokuka Sangyo"],
    },
    {
        "id": "hb14", "published": "2026-02-09",
        "paragraphs": [
            ["BAMAKO (AFP) - A drone strike on a wedding party in the village of Djiguibombo in central Mali "
             "killed at least 23 civilians, including women and children, on Saturday, local officials and a "
             "rights group said on Monday."],
            ["Dozens more were wounded and taken to hospitals in Mopti, a local youth leader, Amadou Guindo, told "
             "AFP by telephone."],
            ["Residents blamed the Malian army, which has used Turkish-made drones against jihadist groups in the "
             "region since 2022."],
            ['The army said in a statement on Sunday that it had carried out a strike on "terrorists" gathering '
             "in the area and denied that civilians had been hit."],
            ["The United Nations human rights office called for an independent investigation."],
            ["Mali's military government, which seized power in a 2020 coup, expelled French troops in 2022 and "
             "has since turned to Russian mercenaries."],
            ["In a separate incident, gunmen attacked a bus near the town of Bandiagara on Friday, killing eight "
             "passengers, the regional governor said."],
        ],
        "events": [
            ev("attack", "drone strike", p=["Malian army", "Djiguibombo"], agent="Malian army",
               target="wedding party", loc="Djiguibombo, Mali", date="2026-02-07", dt="on Saturday", killed=23),
            ev("death", "killed", at="killed at least 23", date="2026-02-07", dt="on Saturday", killed=23),
            ev("statement", "said", at="rights group said", date="2026-02-09", dt="on Monday"),
            ev("injury", "wounded", at="Dozens more were wounded"),
            ev("statement", "told", p=["Amadou Guindo", "AFP"], agent="Amadou Guindo", target="AFP"),
            ev("call", "by telephone", p=["Amadou Guindo", "AFP"], agent="Amadou Guindo", target="AFP"),
            ev("statement", "blamed", p=["Malian army"], target="Malian army"),
            ev("statement", "said", at="army said in a statement", p=["Malian army"], agent="Malian army",
               date="2026-02-08", dt="on Sunday"),
            ev("statement", "denied", p=["Malian army"], agent="Malian army"),
            ev("statement", "called for", p=["United Nations"], agent="United Nations"),
            ev("attack", "attacked", at="gunmen attacked a bus", p=["Bandiagara"], target="bus",
               loc="Bandiagara, Mali", date="2026-02-06", dt="on Friday", killed=8),
            ev("death", "killing", at="killing eight", date="2026-02-06", dt="on Friday", killed=8),
            ev("statement", "said", at="regional governor said"),
        ],
        "irrealis": [],
        "people": ["Amadou Guindo"],
        "places": ["Mali", "Bamako", "Djiguibombo", "Mopti", "Bandiagara"],
        "organizations": ["Malian army", "United Nations", "AFP"],
    },
    {
        "id": "hb15", "published": "2023-03-24",
        "paragraphs": [
            ["PARIS (AP) — More than a million people marched across France on Thursday against President "
             "Emmanuel Macron's decision to raise the retirement age without a vote in parliament, and some of "
             "the protests turned violent."],
            ["Police made 457 arrests nationwide and 441 officers were injured, Interior Minister Gerald Darmanin "
             "said on Friday."],
            ["In Paris, protesters set fire to piles of rubbish and clashed with riot police, who fired tear gas."],
            ["Unions called a new day of strikes and protests for Tuesday, the tenth since January."],
            ["Macron said on Wednesday that the reform would take effect by the end of the year and that he was "
             "ready to accept being unpopular."],
            ["King Charles III's state visit to France, due to begin on Sunday, could be postponed because of the "
             "unrest, two officials at the Elysee said."],
            ["Opposition lawmakers have filed a motion asking the Constitutional Council to strike down the law."],
        ],
        "events": [
            ev("protest", "marched", loc="France", date="2023-03-23", dt="on Thursday"),
            ev("arrest", "arrests", at="457 arrests", p=["French police"], agent="French police", loc="France"),
            ev("injury", "injured", at="441 officers were injured", injured=441),
            ev("statement", "said", at="Darmanin said", p=["Gerald Darmanin"], agent="Gerald Darmanin",
               date="2023-03-24", dt="on Friday"),
            ev("statement", "said", at="Macron said on Wednesday", p=["Emmanuel Macron"], agent="Emmanuel Macron",
               date="2023-03-22", dt="on Wednesday"),
            ev("statement", "said", at="Elysee said", p=["Elysee"], agent="Elysee"),
            ev("statement", "asking", p=["Constitutional Council"], target="Constitutional Council"),
        ],
        "irrealis": [
            irr("planned", "protest", "protests", at="strikes and protests for Tuesday", date="2023-03-28",
                dt="for Tuesday"),
            irr("planned", "visit", "state visit", p=["Charles III", "France"], agent="Charles III",
                date="2023-03-26", dt="on Sunday"),
            irr("planned", "ruling", "strike down", p=["Constitutional Council"], agent="Constitutional Council"),
        ],
        "people": ["Emmanuel Macron", "Gerald Darmanin", "Charles III"],
        "places": ["France", "Paris"],
        "organizations": ["Elysee", "Constitutional Council"],
    },
    {
        "id": "hb16", "published": "2021-06-21",
        "paragraphs": [
            ["VIENNA (Reuters) - Talks to revive the 2015 Iran nuclear deal adjourned on Sunday without an "
             "agreement, two days after hardline judiciary chief Ebrahim Raisi won Iran's presidential election."],
            ["Diplomats said a seventh round of talks would probably not begin before the new Iranian government "
             "takes office in August."],
            ['"We are closer than ever to a deal, but the last steps are the hardest," Iran\'s chief negotiator '
             "Abbas Araqchi told state television."],
            ["EU official Enrique Mora, who chairs the talks, said the sides had drafted most of the text but "
             "still differed on the lifting of sanctions."],
            ["The United States, which quit the deal in 2018 under President Donald Trump, has taken part only "
             "indirectly, with European diplomats shuttling between the two delegations."],
            ["Raisi, who is under U.S. sanctions over alleged human rights abuses, told a news conference on "
             "Monday that he would not meet U.S. President Joe Biden.",
             "Israel's new prime minister, Naftali Bennett, said the election showed Iran's true face."],
        ],
        "events": [
            ev("meeting", "Talks", at="Talks to revive", p=["Iran"], loc="Vienna, Austria", date="2021-06-20",
               dt="on Sunday"),
            ev("election", "won", p=["Ebrahim Raisi", "Iran"], agent="Ebrahim Raisi", target="presidency", loc="Iran"),
            ev("statement", "said", at="Diplomats said"),
            ev("statement", "told", at="told state television", p=["Abbas Araqchi"], agent="Abbas Araqchi"),
            ev("statement", "said", at="Enrique Mora, who chairs", p=["Enrique Mora"], agent="Enrique Mora"),
            ev("statement", "told", at="told a news conference", p=["Ebrahim Raisi"], agent="Ebrahim Raisi",
               date="2021-06-21", dt="on Monday"),
            ev("statement", "said", at="Naftali Bennett, said", p=["Naftali Bennett"], agent="Naftali Bennett"),
        ],
        "irrealis": [
            irr("negated", "agreement", "agreement", at="without an agreement", p=["Iran"]),
            irr("planned", "meeting", "talks", at="seventh round of talks", p=["Iran"]),
            irr("planned", "agreement", "deal", at="closer than ever to a deal", p=["Iran"]),
            irr("negated", "meeting", "meet", at="would not meet", p=["Ebrahim Raisi", "Joe Biden"],
                agent="Ebrahim Raisi", target="Joe Biden"),
        ],
        "people": ["Ebrahim Raisi", "Abbas Araqchi", "Enrique Mora", "Donald Trump", "Joe Biden", "Naftali Bennett"],
        "places": ["Vienna", "Iran", "United States", "Israel"],
        "organizations": ["European Union"],
    },
    {
        "id": "hb17", "published": "2024-05-04",
        "paragraphs": [
            ["GOMA, Congo (AP) — Shells slammed into two camps for displaced people on the outskirts of Goma on "
             "Friday, killing at least 14 people, most of them women and children, and wounding 30, Congo's army "
             "and aid workers said."],
            ["Army spokesman Lt. Col. Guillaume Ndjike blamed the M23 rebels and their Rwandan backers."],
            ["Rwandan government spokeswoman Yolande Makolo denied on Saturday that Rwandan forces were involved "
             "and blamed the Congolese army."],
            ['The United States condemned the attack and said it was "deeply concerned" by the M23\'s advance '
             "toward the city."],
            ["Aid groups said the camps, home to about 200,000 people, had no shelters to protect residents from "
             "artillery.",
             "A woman who lost two sons in the shelling told the AP she had nowhere else to go."],
            ["The fighting has displaced more than 1.7 million people in North Kivu province since 2022, "
             "according to the U.N. refugee agency."],
            ["Angolan President Joao Lourenco, who has mediated between Kinshasa and Kigali, telephoned Congolese "
             "President Felix Tshisekedi on Saturday to express his condolences, the Congolese presidency said."],
        ],
        "events": [
            ev("attack", "slammed", at="Shells slammed", p=["Goma"], target="camps for displaced people",
               loc="Goma, Congo", date="2024-05-03", dt="on Friday", killed=14, injured=30),
            ev("death", "killing", date="2024-05-03", dt="on Friday", killed=14),
            ev("injury", "wounding", date="2024-05-03", dt="on Friday", injured=30),
            ev("statement", "said", at="aid workers said", p=["Congolese army"], agent="Congolese army"),
            ev("statement", "blamed", at="Ndjike blamed", p=["Guillaume Ndjike", "M23"], agent="Guillaume Ndjike",
               target="M23"),
            ev("statement", "denied", p=["Yolande Makolo"], agent="Yolande Makolo", date="2024-05-04",
               dt="on Saturday"),
            ev("statement", "blamed", at="blamed the Congolese army", p=["Yolande Makolo", "Congolese army"],
               agent="Yolande Makolo", target="Congolese army", date="2024-05-04", dt="on Saturday"),
            ev("statement", "condemned", p=["United States"], agent="United States"),
            ev("statement", "said", at="attack and said", p=["United States"], agent="United States"),
            ev("statement", "said", at="Aid groups said"),
            ev("statement", "told", at="told the AP", p=["Associated Press"], target="Associated Press"),
            ev("statement", "according to", p=["United Nations"], agent="United Nations"),
            ev("call", "telephoned", p=["Joao Lourenco", "Felix Tshisekedi"], agent="Joao Lourenco",
               target="Felix Tshisekedi", date="2024-05-04", dt="on Saturday"),
            ev("statement", "said", at="Congolese presidency said", p=["Congolese presidency"],
               agent="Congolese presidency"),
        ],
        "irrealis": [],
        "people": ["Guillaume Ndjike", "Yolande Makolo", "Joao Lourenco", "Felix Tshisekedi"],
        "places": ["Goma", "Congo", "North Kivu", "Kinshasa", "Kigali", "United States"],
        "organizations": ["Congolese army", "M23", "United Nations", "Congolese presidency", "Associated Press"],
    },
    {
        "id": "hb18", "published": "2025-07-16",
        "paragraphs": [
            ["SEOUL (Yonhap) - South Korean President Lee Jae-myung and Chinese President Xi Jinping agreed in a "
             "phone call on Tuesday to resume high-level exchanges and to work toward a visit by Xi to South "
             "Korea in the autumn, Lee's office said."],
            ["The 30-minute call was held at Beijing's request, presidential spokeswoman Kang Yu-jung told "
             "reporters."],
            ['In Beijing\'s account, Xi told Lee that the two countries should "oppose unilateralism and '
             'protectionism", according to the official Xinhua news agency.',
             "The Chinese account did not refer to the visit."],
            ["Lee, who took office in June after winning a snap election, spoke by phone with U.S. President "
             "Donald Trump and Japanese Prime Minister Shigeru Ishiba in his first week in office."],
            ["North Korea has ignored Lee's offer to restore a military hotline, the Unification Ministry said on "
             "Wednesday."],
            ["Relations between Seoul and Beijing cooled under Lee's predecessor, Yoon Suk Yeol, who was removed "
             "from office in April over a brief declaration of martial law.",
             "China is South Korea's largest trading partner."],
        ],
        "events": [
            ev("agreement", "agreed", p=["Lee Jae-myung", "Xi Jinping"], date="2025-07-15", dt="on Tuesday"),
            ev("call", "phone call", p=["Xi Jinping", "Lee Jae-myung"], agent="Xi Jinping", target="Lee Jae-myung",
               date="2025-07-15", dt="on Tuesday"),
            ev("statement", "said", at="Lee's office said", p=["Lee Jae-myung"], agent="Lee Jae-myung"),
            ev("statement", "declaration", at="brief declaration of martial law", p=["Yoon Suk Yeol"],
               agent="Yoon Suk Yeol"),
            ev("statement", "told", at="Kang Yu-jung told", p=["Kang Yu-jung"], agent="Kang Yu-jung"),
            ev("statement", "told", at="Xi told Lee", p=["Xi Jinping", "Lee Jae-myung"], agent="Xi Jinping",
               target="Lee Jae-myung"),
            ev("statement", "according to", p=["Xinhua"], agent="Xinhua"),
            ev("election", "winning", p=["Lee Jae-myung", "South Korea"], agent="Lee Jae-myung", target="presidency",
               loc="South Korea"),
            ev("call", "spoke by phone", p=["Lee Jae-myung", "Donald Trump"], agent="Lee Jae-myung",
               target="Donald Trump"),
            ev("call", "spoke by phone", p=["Lee Jae-myung", "Shigeru Ishiba"], agent="Lee Jae-myung",
               target="Shigeru Ishiba"),
            ev("statement", "offer", p=["Lee Jae-myung"], agent="Lee Jae-myung"),
            ev("statement", "said", at="Unification Ministry said", p=["Unification Ministry"],
               agent="Unification Ministry", date="2025-07-16", dt="on Wednesday"),
        ],
        "irrealis": [
            irr("planned", "visit", "visit", at="work toward a visit", p=["Xi Jinping", "South Korea"],
                agent="Xi Jinping", date="2025-FA", dt="in the autumn"),
            irr("negated", "statement", "did not refer", p=["China"], agent="China"),
        ],
        "people": ["Lee Jae-myung", "Xi Jinping", "Kang Yu-jung", "Donald Trump", "Shigeru Ishiba", "Yoon Suk Yeol"],
        "places": ["South Korea", "Seoul", "Beijing", "North Korea", "China"],
        "organizations": ["Xinhua", "Unification Ministry"],
    },
    {
        "id": "hb19", "published": "2022-12-09",
        "paragraphs": [
            ["LIMA, Peru (AP) — Peruvian police arrested former President Pedro Castillo on Wednesday, hours after "
             "Congress removed him from office for trying to dissolve the legislature and rule by decree."],
            ["Dina Boluarte, his vice president, was sworn in as Peru's first female president the same day."],
            ["A judge on Thursday ruled that Castillo must stay in custody for seven days while prosecutors "
             "investigate him for rebellion, and rejected a request by his lawyers to free him."],
            ["Mexican Foreign Minister Marcelo Ebrard said Castillo had telephoned the Mexican ambassador to ask "
             "for asylum shortly before his arrest."],
            ["Supporters of Castillo blocked highways in the southern regions of Cusco and Arequipa on Thursday, "
             "demanding his release and new elections."],
            ["Boluarte said she would serve out Castillo's term until 2026 but was open to bringing forward "
             "elections if Congress agreed.",
             "The U.S. ambassador to Peru, Lisa Kenna, said Washington rejected any unconstitutional act."],
        ],
        "events": [
            ev("arrest", "arrested", p=["Pedro Castillo", "Peruvian police"], agent="Peruvian police",
               target="Pedro Castillo", loc="Lima, Peru", date="2022-12-07", dt="on Wednesday"),
            ev("ruling", "ruled", p=["Pedro Castillo"], target="Pedro Castillo", date="2022-12-08",
               dt="on Thursday"),
            ev("statement", "request", at="request by his lawyers"),
            ev("statement", "said", at="Marcelo Ebrard said", p=["Marcelo Ebrard"], agent="Marcelo Ebrard"),
            ev("call", "telephoned", p=["Pedro Castillo", "Mexico"], agent="Pedro Castillo", target="Mexico"),
            ev("protest", "blocked highways", date="2022-12-08", dt="on Thursday"),
            ev("statement", "demanding"),
            ev("statement", "said", at="Boluarte said", p=["Dina Boluarte"], agent="Dina Boluarte"),
            ev("statement", "said", at="Lisa Kenna, said", p=["Lisa Kenna"], agent="Lisa Kenna"),
        ],
        "irrealis": [
            irr("planned", "election", "elections", at="demanding his release and new elections", p=["Peru"]),
            irr("hypothetical", "election", "elections", at="bringing forward elections", p=["Peru"]),
            irr("hypothetical", "agreement", "agreed", at="if Congress agreed", p=["Congress of Peru"]),
        ],
        "people": ["Pedro Castillo", "Dina Boluarte", "Marcelo Ebrard", "Lisa Kenna"],
        "places": ["Peru", "Lima", "Mexico", "Cusco", "Arequipa", "Washington"],
        "organizations": ["Congress of Peru", "Peruvian police"],
    },
]
