"""The sixth held-out news set, the test set of round f (the source of heldout-news-f.{in,gold}.jsonl).

Written and annotated at the start of round f, before its rules, while set e became a development set: nobody
develops a rule on this set, and the round's engineers do not see it until it is merged at the round's end.
Every lead was written for it (never copied or paraphrased from ../shared/data, the seed, examples/ or sets a-e;
no topic of theirs taken one to one); real public figures appear in events that are partly or wholly invented,
the shipbuilders of the acquisition lead are invented, and the tolls, quotes and other people are invented.
Annotated before kg was run on it. The format and the conventions are those of sets a-e
(`heldout_news_source.py` to `heldout_news_source_e.py`, whose docstrings say them): an article is its
paragraphs, each a list of sentences; an event names its sentence by `at` (by default its trigger); one event per
real-world event at its first mention (a headline included), later mentions ("the strikes", "the accord", "the
detention", "the vote") no new event but filling in its details (a date, a toll told in another sentence); every
reporting verb its own statement, participial ones and reporting verbs with a noun object ("expressed strong
dissatisfaction", "called the ruling") included; participants as full canonical names (an unnamed official's
organisation or country; "the two leaders", "both sides" resolved); `date` only where a date expression attaches
to the event (a coordinated verb shares its conjunct's date); casualties on attacks (clashes with a toll
included), with the deaths and injuries of their tolls; a vague count is no number; negated, planned,
hypothetical and requested (labelled planned, as news-dev does) events in `irrealis`, a denied, postponed,
cancelled, refused or banned event negated, an offered, conditional or hoped one hypothetical; generic, habitual
and aggregate mentions and named documents are no events; a dam collapse with no attacker is no attack and its
toll carries no death events; the control verb of an acquisition ("agreed to buy") is no agreement; a missile
test and an interception are no attacks. Irrealis events weigh as much as in set e, on every kind, nouns and
verbs.
"""

from heldout_news_source import ev, irr

ARTICLES = [
    {
        "id": "hf01", "published": "2018-09-19",
        "paragraphs": [
            ["Moon and Kim sign military accord in Pyongyang, Kim to visit Seoul"],
            ["PYONGYANG (Reuters) - South Korean President Moon Jae-in and North Korean leader Kim Jong Un signed a "
             "military agreement on Wednesday aimed at easing tensions along their fortified border, on the second "
             "day of their summit in Pyongyang."],
            ["Under the accord, the two sides will halt all hostile acts against each other and remove some guard "
             "posts from the demilitarised zone by the end of the year, South Korea's defence minister, Song "
             "Young-moo, told reporters."],
            ["Kim said he would permanently dismantle a missile engine test site in the presence of foreign experts, "
             "and that he would visit Seoul \"in the near future.\""],
            ["The North is also willing to close its main nuclear complex at Yongbyon if the United States takes "
             "corresponding measures, Moon said, without saying what those measures might be."],
            ["U.S. President Donald Trump welcomed the meeting on Twitter, calling it \"very exciting,\" but the White "
             "House did not say whether talks between Washington and Pyongyang would resume soon."],
            ["The two leaders will travel together to Mount Paektu on Thursday, Moon's office said.",
             "Japan, which was not consulted on the accord, said it would seek a meeting of its own with Kim."],
        ],
        "events": [
            ev("agreement", "sign", at="Moon and Kim sign military accord", p=["Moon Jae-in", "Kim Jong Un"],
               loc="Pyongyang, North Korea", date="2018-09-19", dt="on Wednesday"),
            ev("meeting", "summit", at="day of their summit in Pyongyang", p=["Moon Jae-in", "Kim Jong Un"],
               agent="Moon Jae-in", target="Kim Jong Un", loc="Pyongyang, North Korea"),
            ev("statement", "told", at="Young-moo, told reporters", p=["Song Young-moo"], agent="Song Young-moo"),
            ev("statement", "said", at="Kim said he would permanently", p=["Kim Jong Un"], agent="Kim Jong Un"),
            ev("statement", "said", at="measures, Moon said", p=["Moon Jae-in"], agent="Moon Jae-in"),
            ev("statement", "welcomed", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "calling", at="calling it", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "said", at="Moon's office said", p=["Moon Jae-in"], agent="Moon Jae-in"),
            ev("statement", "said", at="said it would seek a meeting", p=["Japan"], agent="Japan"),
        ],
        "irrealis": [
            irr("planned", "visit", "visit", at="Kim to visit Seoul", p=["Kim Jong Un", "Seoul"], agent="Kim Jong Un",
                loc="Seoul, South Korea"),
            irr("planned", "halt", "halt", at="will halt all hostile acts", p=["North Korea", "South Korea"]),
            irr("planned", "removal", "remove", at="remove some guard posts", p=["North Korea", "South Korea"]),
            irr("planned", "dismantling", "dismantle", p=["Kim Jong Un"], agent="Kim Jong Un"),
            irr("hypothetical", "closure", "close", at="close its main nuclear complex", p=["North Korea", "Yongbyon"],
                agent="North Korea", loc="Yongbyon, North Korea"),
            irr("negated", "statement", "saying", at="without saying what", p=["Moon Jae-in"], agent="Moon Jae-in"),
            irr("negated", "statement", "did not say", p=["White House"], agent="White House"),
            irr("hypothetical", "meeting", "talks", at="talks between Washington and Pyongyang",
                p=["United States", "North Korea"]),
            irr("planned", "visit", "travel", at="travel together to Mount Paektu", p=["Moon Jae-in", "Kim Jong Un",
                "Mount Paektu"], agent="Moon Jae-in", loc="Mount Paektu", date="2018-09-20", dt="on Thursday"),
            irr("negated", "consultation", "consulted", at="was not consulted", p=["Japan"], target="Japan"),
            irr("planned", "meeting", "meeting", at="seek a meeting of its own", p=["Japan", "Kim Jong Un"],
                agent="Japan", target="Kim Jong Un"),
        ],
        "people": ["Moon Jae-in", "Kim Jong Un", "Song Young-moo", "Donald Trump"],
        "places": ["Pyongyang", "Seoul", "South Korea", "Yongbyon", "United States", "Washington", "Mount Paektu",
                   "Japan"],
        "organizations": ["Twitter", "White House"],
    },
    {
        "id": "hf02", "published": "2018-03-14",
        "paragraphs": [
            ["Britain expels 23 Russian diplomats over nerve agent attack on ex-spy"],
            ["LONDON (Reuters) - Britain will expel 23 Russian diplomats, its largest such expulsion in more than 30 "
             "years, after Moscow failed to explain how a Soviet-designed nerve agent came to be used against a "
             "former double agent and his daughter in Salisbury, Prime Minister Theresa May said on Wednesday."],
            ["Sergei Skripal, 66, and his daughter Yulia, 33, were found slumped on a bench in the English city on "
             "March 4 and remain in a critical condition."],
            ["May told parliament that the government would also suspend high-level contacts with Moscow and that no "
             "ministers or members of the royal family would attend the World Cup in Russia this summer."],
            ["Russia's Foreign Ministry denied any role in the poisoning and said the expulsions were \"a crude "
             "provocation\" to which Moscow would respond very soon."],
            ["Kremlin spokesman Dmitry Peskov said Russia had not received any formal request for information, and "
             "Foreign Minister Sergei Lavrov said Moscow would cooperate only if London handed over samples of the "
             "substance."],
            ["NATO allies said they stood with London, and French President Emmanuel Macron promised to discuss a "
             "joint response with May in a phone call on Thursday.",
             "The U.N. Security Council will meet at Britain's request later on Wednesday."],
        ],
        "events": [
            ev("expulsion", "expels", at="Britain expels 23", p=["United Kingdom", "Russia"], agent="United Kingdom",
               target="Russia"),
            ev("attack", "nerve agent attack", at="over nerve agent attack", p=["Sergei Skripal", "Yulia Skripal"],
               target="Sergei Skripal", loc="Salisbury, United Kingdom"),
            ev("statement", "said", at="Theresa May said on Wednesday", p=["Theresa May"], agent="Theresa May",
               date="2018-03-14", dt="on Wednesday"),
            ev("statement", "told", at="May told parliament", p=["Theresa May", "British parliament"],
               agent="Theresa May", target="British parliament"),
            ev("statement", "denied", at="Foreign Ministry denied", p=["Russian Foreign Ministry"],
               agent="Russian Foreign Ministry"),
            ev("statement", "said", at="said the expulsions were", p=["Russian Foreign Ministry"],
               agent="Russian Foreign Ministry"),
            ev("statement", "said", at="Peskov said", p=["Dmitry Peskov"], agent="Dmitry Peskov"),
            ev("statement", "said", at="Sergei Lavrov said", p=["Sergei Lavrov"], agent="Sergei Lavrov"),
            ev("statement", "said", at="NATO allies said", p=["NATO"], agent="NATO"),
            ev("statement", "promised", p=["Emmanuel Macron"], agent="Emmanuel Macron"),
        ],
        "irrealis": [
            irr("negated", "statement", "explain", at="failed to explain", p=["Russia"], agent="Russia"),
            irr("planned", "suspension", "suspend", at="suspend high-level contacts", p=["United Kingdom", "Russia"],
                agent="United Kingdom"),
            irr("negated", "visit", "attend", at="would attend the World Cup", p=["United Kingdom", "Russia"],
                agent="United Kingdom", loc="Russia"),
            irr("planned", "retaliation", "respond", at="Moscow would respond very soon", p=["Russia"],
                agent="Russia"),
            irr("negated", "statement", "request", at="any formal request for information",
                p=["United Kingdom", "Russia"], agent="United Kingdom", target="Russia"),
            irr("hypothetical", "cooperation", "cooperate", p=["Russia"], agent="Russia"),
            irr("hypothetical", "handover", "handed over", p=["United Kingdom"], agent="United Kingdom"),
            irr("planned", "call", "phone call", at="in a phone call on Thursday", p=["Emmanuel Macron",
                "Theresa May"], agent="Emmanuel Macron", target="Theresa May", date="2018-03-15", dt="on Thursday"),
            irr("planned", "meeting", "meet", at="Security Council will meet", p=["United Nations Security Council"],
                date="2018-03-14", dt="later on Wednesday"),
        ],
        "people": ["Theresa May", "Sergei Skripal", "Yulia Skripal", "Dmitry Peskov", "Sergei Lavrov",
                   "Emmanuel Macron"],
        "places": ["Britain", "London", "Moscow", "Salisbury", "Russia"],
        "organizations": ["British parliament", "Russian Foreign Ministry", "Kremlin", "NATO",
                          "United Nations Security Council"],
    },
    {
        "id": "hf03", "published": "2018-12-09",
        "paragraphs": [
            ["French police detain more than 1,700 as 'yellow vest' protests turn violent"],
            ["PARIS (AFP) - French police detained more than 1,700 people on Saturday as tens of thousands of "
             "\"yellow vest\" protesters marched across France for a fourth weekend, the Interior Ministry said on "
             "Sunday."],
            ["Riot officers used tear gas and water cannon against demonstrators who set cars alight near the "
             "Champs-Elysees, and 135 people were injured, among them 17 police officers."],
            ["Interior Minister Christophe Castaner said the violence had been less severe than a week earlier, but "
             "warned that the movement had been infiltrated by extremists who wanted to overturn the republic."],
            ["President Emmanuel Macron, who has not spoken publicly since the unrest began, will address the nation "
             "on Monday evening after meeting union leaders and employers, his office said."],
            ["The protests began on Nov. 17 over a fuel tax increase, which the government has since scrapped, and "
             "have grown into a revolt against Macron's economic policies."],
            ["Organisers called for a fifth day of demonstrations next Saturday, and Prime Minister Edouard Philippe "
             "said he was ready to meet representatives of the movement, although several of them have refused to "
             "talk to the government."],
        ],
        "events": [
            ev("arrest", "detain", at="French police detain more than", p=["French police"], agent="French police",
               loc="France", date="2018-12-08", dt="on Saturday"),
            ev("protest", "protests", at="'yellow vest' protests turn violent", loc="France", date="2018-12-08",
               dt="on Saturday"),
            ev("statement", "said", at="the Interior Ministry said on", p=["French Interior Ministry"],
               agent="French Interior Ministry", date="2018-12-09", dt="on Sunday"),
            ev("injury", "injured", at="135 people were injured", injured=135),
            ev("statement", "said", at="Castaner said", p=["Christophe Castaner"], agent="Christophe Castaner"),
            ev("statement", "warned", at="warned that the movement", p=["Christophe Castaner"],
               agent="Christophe Castaner"),
            ev("statement", "said", at="his office said", p=["Emmanuel Macron"], agent="Emmanuel Macron"),
            ev("statement", "called for", at="Organisers called for"),
            ev("statement", "said", at="Philippe said", p=["Edouard Philippe"], agent="Edouard Philippe"),
        ],
        "irrealis": [
            irr("hypothetical", "overthrow", "overturn", at="wanted to overturn the republic"),
            irr("negated", "statement", "spoken", at="has not spoken publicly", p=["Emmanuel Macron"],
                agent="Emmanuel Macron"),
            irr("planned", "statement", "address", at="will address the nation", p=["Emmanuel Macron"],
                agent="Emmanuel Macron", date="2018-12-10", dt="on Monday evening"),
            irr("planned", "meeting", "meeting", at="after meeting union leaders", p=["Emmanuel Macron"],
                agent="Emmanuel Macron"),
            irr("planned", "protest", "demonstrations", at="fifth day of demonstrations", loc="France",
                date="2018-12-15", dt="next Saturday"),
            irr("hypothetical", "meeting", "meet", at="ready to meet representatives", p=["Edouard Philippe"],
                agent="Edouard Philippe"),
            irr("negated", "meeting", "talk", at="refused to talk to the government", p=["France"],
                target="France"),
        ],
        "people": ["Christophe Castaner", "Emmanuel Macron", "Edouard Philippe"],
        "places": ["France", "Paris", "Champs-Elysees"],
        "organizations": ["French police", "French Interior Ministry"],
    },
    {
        "id": "hf04", "published": "2019-01-29",
        "paragraphs": [
            ["Brazil arrests five over deadly Vale dam collapse"],
            ["BELO HORIZONTE, Brazil (Reuters) - Brazilian police arrested three employees of mining company Vale "
             "and two engineers from a German inspection firm on Tuesday over the collapse of a tailings dam that "
             "killed at least 65 people, prosecutors said."],
            ["More than 280 people are still missing after the dam at the Corrego do Feijao mine near the town of "
             "Brumadinho burst on Friday, burying the company's canteen and nearby homes under a torrent of mud."],
            ["Vale chief executive Fabio Schvartsman said the company was working with the authorities and denied "
             "that it had ignored warnings about the dam's stability.",
             "He said Vale would decommission all ten of its dams of the same design."],
            ["A judge froze 11 billion reais of Vale's assets to pay for damages, and the environment agency Ibama "
             "fined the company 250 million reais."],
            ["President Jair Bolsonaro, who flew over the site on Saturday, said the government would do everything "
             "to prevent another disaster, and the Mines and Energy Ministry said it would not grant new licences "
             "to dams of that kind."],
            ["Families of the missing protested outside Vale's offices in Belo Horizonte on Monday, and unions have "
             "called for a national day of action on Friday."],
        ],
        "events": [
            ev("arrest", "arrests", at="Brazil arrests five", p=["Brazilian police"], agent="Brazilian police",
               loc="Brazil", date="2019-01-29", dt="on Tuesday"),
            ev("collapse", "dam collapse", at="deadly Vale dam collapse", p=["Vale", "Brumadinho"],
               loc="Brumadinho, Brazil", date="2019-01-25", dt="on Friday"),
            ev("statement", "said", at="prosecutors said"),
            ev("statement", "said", at="Schvartsman said", p=["Fabio Schvartsman"], agent="Fabio Schvartsman"),
            ev("statement", "denied", at="denied that it had ignored", p=["Fabio Schvartsman"],
               agent="Fabio Schvartsman"),
            ev("statement", "said", at="He said Vale would decommission", p=["Fabio Schvartsman"],
               agent="Fabio Schvartsman"),
            ev("ruling", "froze", at="A judge froze", p=["Vale"], target="Vale"),
            ev("penalty", "fined", p=["Ibama", "Vale"], agent="Ibama", target="Vale"),
            ev("visit", "flew over", p=["Jair Bolsonaro", "Brumadinho"], agent="Jair Bolsonaro",
               loc="Brumadinho, Brazil", date="2019-01-26", dt="on Saturday"),
            ev("statement", "said", at="said the government would do", p=["Jair Bolsonaro"], agent="Jair Bolsonaro"),
            ev("statement", "said", at="Energy Ministry said", p=["Brazilian Mines and Energy Ministry"],
               agent="Brazilian Mines and Energy Ministry"),
            ev("protest", "protested", at="Families of the missing protested", loc="Belo Horizonte, Brazil",
               date="2019-01-28", dt="on Monday"),
            ev("statement", "called for", at="unions have called for"),
        ],
        "irrealis": [
            irr("negated", "neglect", "ignored", at="it had ignored warnings", p=["Vale"], agent="Vale"),
            irr("planned", "decommissioning", "decommission", p=["Vale"], agent="Vale"),
            irr("hypothetical", "collapse", "disaster", at="prevent another disaster"),
            irr("negated", "licensing", "grant", at="would not grant new licences",
                p=["Brazilian Mines and Energy Ministry"], agent="Brazilian Mines and Energy Ministry"),
            irr("planned", "protest", "day of action", at="national day of action", loc="Brazil", date="2019-02-01",
                dt="on Friday"),
        ],
        "people": ["Fabio Schvartsman", "Jair Bolsonaro"],
        "places": ["Brazil", "Belo Horizonte", "Brumadinho"],
        "organizations": ["Brazilian police", "Vale", "Ibama", "Brazilian Mines and Energy Ministry"],
    },
    {
        "id": "hf05", "published": "2019-07-05",
        "paragraphs": [
            ["Sudan's generals and protest leaders agree to share power"],
            ["KHARTOUM (Reuters) - Sudan's Transitional Military Council and the main opposition coalition, the "
             "Forces of Freedom and Change, agreed early on Friday to share power for a little over three years, "
             "after two days of talks brokered by the African Union and Ethiopia."],
            ["Security forces stormed a protest camp outside the Defence Ministry in Khartoum on June 3, killing at "
             "least 128 people, doctors linked to the protest movement said.",
             "The council has denied ordering the raid."],
            ["African Union envoy Mohamed Hassan Lebatt told a news conference that the two sides would take turns "
             "to lead a sovereign council and that an independent inquiry would investigate the killings."],
            ["Protest leader Omar al-Digeir said the agreement opened the way to a civilian government, but some "
             "activists said they would keep up street protests until those responsible were put on trial."],
            ["The deal is expected to be signed next week.",
             "Mohamed Hamdan Dagalo, the council's deputy head, said the military would honour it and would not seek "
             "revenge against anyone."],
            ["U.S. and British diplomats welcomed the accord, and Ethiopian Prime Minister Abiy Ahmed, who shuttled "
             "between the two sides for weeks, called it a victory for the Sudanese people."],
        ],
        "events": [
            ev("agreement", "agree", at="protest leaders agree to share", p=["Transitional Military Council",
               "Forces of Freedom and Change"], date="2019-07-05", dt="early on Friday"),
            ev("meeting", "talks", at="two days of talks brokered", p=["Transitional Military Council",
               "Forces of Freedom and Change", "African Union", "Ethiopia"]),
            ev("attack", "stormed", p=["Sudanese security forces", "Khartoum"], agent="Sudanese security forces",
               target="protest camp", loc="Khartoum, Sudan", date="2019-06-03", dt="on June 3", killed=128),
            ev("death", "killing", at="killing at least 128", date="2019-06-03", dt="on June 3", killed=128),
            ev("statement", "said", at="protest movement said"),
            ev("statement", "denied", at="council has denied", p=["Transitional Military Council"],
               agent="Transitional Military Council"),
            ev("statement", "told", at="Lebatt told", p=["Mohamed Hassan Lebatt"], agent="Mohamed Hassan Lebatt"),
            ev("statement", "said", at="al-Digeir said", p=["Omar al-Digeir"], agent="Omar al-Digeir"),
            ev("statement", "said", at="some activists said"),
            ev("statement", "said", at="deputy head, said", p=["Mohamed Hamdan Dagalo"], agent="Mohamed Hamdan Dagalo"),
            ev("statement", "welcomed", p=["United States", "United Kingdom"]),
            ev("statement", "called", at="called it a victory", p=["Abiy Ahmed"], agent="Abiy Ahmed"),
        ],
        "irrealis": [
            irr("negated", "statement", "ordering", at="denied ordering the raid", p=["Transitional Military Council"],
                agent="Transitional Military Council"),
            irr("planned", "investigation", "investigate", at="inquiry would investigate"),
            irr("planned", "protest", "protests", at="keep up street protests", loc="Sudan"),
            irr("planned", "trial", "put on trial", at="were put on trial"),
            irr("planned", "signing", "signed", at="expected to be signed next week",
                p=["Transitional Military Council", "Forces of Freedom and Change"], date="2019-W28", dt="next week"),
            irr("negated", "attack", "revenge", at="would not seek revenge", p=["Transitional Military Council"],
                agent="Transitional Military Council"),
        ],
        "people": ["Mohamed Hassan Lebatt", "Omar al-Digeir", "Mohamed Hamdan Dagalo", "Abiy Ahmed"],
        "places": ["Sudan", "Khartoum", "Ethiopia"],
        "organizations": ["Transitional Military Council", "Forces of Freedom and Change", "African Union",
                          "Sudanese security forces", "Defence Ministry"],
    },
    {
        "id": "hf06", "published": "2019-10-14",
        "paragraphs": [
            ["Ecuador's Moreno scraps fuel decree after deal with indigenous leaders"],
            ["QUITO (Reuters) - Ecuadorean President Lenin Moreno agreed on Sunday to withdraw a decree that had ended "
             "fuel subsidies, after televised talks with indigenous leaders that ended 11 days of protests in which "
             "seven people were killed."],
            ["Under the agreement, reached at a U.N. office in Quito, a commission of both sides will draft a new "
             "decree, and the Confederation of Indigenous Nationalities of Ecuador (CONAIE) will call on its members "
             "to lift their roadblocks."],
            ["\"We have achieved what we came for,\" CONAIE leader Jaime Vargas told thousands of supporters who "
             "celebrated in the streets of the capital.",
             "He said the movement would hold the government to its word."],
            ["Moreno had moved the seat of government to the port city of Guayaquil last week and imposed a curfew "
             "around Quito on Saturday after a night of rioting."],
            ["Moreno, who blamed the violence on supporters of his predecessor Rafael Correa, said the deal showed "
             "that dialogue worked.",
             "Correa, who lives in Belgium, denied any role and said he would not return to Ecuador while he faced "
             "charges."],
            ["The International Monetary Fund, which had asked for the subsidy cuts as a condition of a $4.2 billion "
             "loan, said it would work with the government on alternatives.",
             "Business groups said they would not accept new taxes."],
        ],
        "events": [
            ev("withdrawal", "scraps", at="Moreno scraps fuel decree", p=["Lenin Moreno"], agent="Lenin Moreno"),
            ev("agreement", "deal", at="after deal with indigenous leaders", p=["Lenin Moreno",
               "Confederation of Indigenous Nationalities of Ecuador"], loc="Quito, Ecuador", date="2019-10-13",
               dt="on Sunday"),
            ev("meeting", "talks", at="televised talks with indigenous leaders", p=["Lenin Moreno",
               "Confederation of Indigenous Nationalities of Ecuador"], agent="Lenin Moreno",
               target="Confederation of Indigenous Nationalities of Ecuador"),
            ev("protest", "protests", at="11 days of protests", loc="Ecuador"),
            ev("death", "killed", at="seven people were killed", killed=7),
            ev("statement", "told", at="Vargas told", p=["Jaime Vargas"], agent="Jaime Vargas"),
            ev("statement", "said", at="He said the movement", p=["Jaime Vargas"], agent="Jaime Vargas"),
            ev("relocation", "moved", at="moved the seat of government", p=["Lenin Moreno", "Guayaquil"],
               agent="Lenin Moreno", date="2019-W41", dt="last week"),
            ev("curfew", "curfew", at="imposed a curfew", p=["Lenin Moreno", "Quito"], agent="Lenin Moreno",
               date="2019-10-12", dt="on Saturday"),
            ev("statement", "blamed", p=["Lenin Moreno", "Rafael Correa"], agent="Lenin Moreno",
               target="Rafael Correa"),
            ev("statement", "said", at="said the deal showed", p=["Lenin Moreno"], agent="Lenin Moreno"),
            ev("statement", "denied", at="denied any role", p=["Rafael Correa"], agent="Rafael Correa"),
            ev("statement", "said", at="said he would not return", p=["Rafael Correa"], agent="Rafael Correa"),
            ev("statement", "asked for", at="had asked for the subsidy cuts", p=["International Monetary Fund"],
               agent="International Monetary Fund"),
            ev("statement", "said", at="said it would work with", p=["International Monetary Fund"],
               agent="International Monetary Fund"),
            ev("statement", "said", at="Business groups said"),
        ],
        "irrealis": [
            irr("planned", "drafting", "draft", at="will draft a new decree"),
            irr("planned", "statement", "call on", at="will call on its members",
                p=["Confederation of Indigenous Nationalities of Ecuador"],
                agent="Confederation of Indigenous Nationalities of Ecuador"),
            irr("negated", "return", "return", at="he would not return to Ecuador", p=["Rafael Correa", "Ecuador"],
                agent="Rafael Correa"),
            irr("planned", "cooperation", "work", at="it would work with the government",
                p=["International Monetary Fund"], agent="International Monetary Fund"),
            irr("negated", "acceptance", "accept", at="would not accept new taxes"),
        ],
        "people": ["Lenin Moreno", "Jaime Vargas", "Rafael Correa"],
        "places": ["Ecuador", "Quito", "Guayaquil", "Belgium"],
        "organizations": ["United Nations", "Confederation of Indigenous Nationalities of Ecuador",
                          "International Monetary Fund"],
    },
    {
        "id": "hf07", "published": "2020-09-15",
        "paragraphs": [
            ["Israel, UAE and Bahrain sign accords at White House"],
            ["WASHINGTON (AP) — Israel, the United Arab Emirates and Bahrain signed agreements on Tuesday to establish "
             "full diplomatic relations, at a White House ceremony hosted by President Donald Trump, who called the "
             "accords \"the dawn of a new Middle East.\""],
            ["Israeli Prime Minister Benjamin Netanyahu signed for Israel, and the foreign ministers of the two Gulf "
             "states, Abdullah bin Zayed al-Nahyan and Abdullatif al-Zayani, signed for their countries."],
            ["Netanyahu said Israel would open an embassy in Abu Dhabi within months, and the two countries plan "
             "direct flights and trade deals on banking, tourism and technology."],
            ["Palestinian President Mahmoud Abbas said the accords would not bring peace until the occupation ended, "
             "and thousands of Palestinians protested in Gaza and the West Bank."],
            ["Rockets were fired from Gaza toward the Israeli city of Ashdod during the ceremony, wounding two people, "
             "the Israeli military said.",
             "No group claimed the attack."],
            ["Trump told reporters that five or six other Arab countries were close to joining the accords, but Saudi "
             "Arabia has said it will not sign such an accord with Israel before a Palestinian state is created.",
             "Trump said he could visit Israel before the U.S. presidential election in November."],
        ],
        "events": [
            ev("agreement", "sign", at="Bahrain sign accords at White House", p=["Israel", "United Arab Emirates",
               "Bahrain"], loc="Washington, United States", date="2020-09-15", dt="on Tuesday"),
            ev("statement", "called", at="who called the", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "said", at="Netanyahu said Israel would open", p=["Benjamin Netanyahu"],
               agent="Benjamin Netanyahu"),
            ev("statement", "said", at="Mahmoud Abbas said", p=["Mahmoud Abbas"], agent="Mahmoud Abbas"),
            ev("protest", "protested", at="thousands of Palestinians protested", loc="Gaza"),
            ev("attack", "fired", at="Rockets were fired from Gaza", p=["Ashdod"], target="Ashdod",
               loc="Ashdod, Israel", injured=2),
            ev("injury", "wounding", at="wounding two people", injured=2),
            ev("statement", "said", at="the Israeli military said", p=["Israeli military"], agent="Israeli military"),
            ev("statement", "told", at="Trump told reporters", p=["Donald Trump"], agent="Donald Trump"),
            ev("statement", "has said", at="Arabia has said", p=["Saudi Arabia"], agent="Saudi Arabia"),
            ev("statement", "said", at="Trump said he could visit", p=["Donald Trump"], agent="Donald Trump"),
        ],
        "irrealis": [
            irr("planned", "opening", "open", at="would open an embassy", p=["Israel", "Abu Dhabi"], agent="Israel",
                loc="Abu Dhabi, United Arab Emirates"),
            irr("planned", "flights", "flights", at="plan direct flights", p=["Israel", "United Arab Emirates"]),
            irr("planned", "agreement", "trade deals", at="trade deals on banking", p=["Israel",
                "United Arab Emirates"]),
            irr("negated", "statement", "claimed", at="No group claimed the attack"),
            irr("hypothetical", "agreement", "joining", at="close to joining the accords"),
            irr("negated", "agreement", "sign", at="will not sign such an accord", p=["Saudi Arabia", "Israel"],
                agent="Saudi Arabia", target="Israel"),
            irr("hypothetical", "visit", "visit", at="he could visit Israel", p=["Donald Trump", "Israel"],
                agent="Donald Trump", loc="Israel"),
            irr("planned", "election", "presidential election", at="U.S. presidential election in November",
                p=["United States"], loc="United States", date="2020-11", dt="in November"),
        ],
        "people": ["Donald Trump", "Benjamin Netanyahu", "Abdullah bin Zayed al-Nahyan", "Abdullatif al-Zayani",
                   "Mahmoud Abbas"],
        "places": ["Israel", "United Arab Emirates", "Bahrain", "Washington", "Abu Dhabi", "Gaza", "West Bank",
                   "Ashdod", "Saudi Arabia"],
        "organizations": ["White House", "Israeli military"],
    },
    {
        "id": "hf08", "published": "2020-10-07",
        "paragraphs": [
            ["Kyrgyz election annulled after protesters seize government buildings"],
            ["BISHKEK (Reuters) - Kyrgyzstan's Central Election Commission on Tuesday annulled the results of "
             "Sunday's parliamentary election, hours after protesters stormed government buildings in the capital "
             "and freed former President Almazbek Atambayev from prison."],
            ["One person was killed and more than 590 were injured in clashes between protesters and police on Monday "
             "night, the Health Ministry said."],
            ["President Sooronbai Jeenbekov said he was ready to hand over power to \"new, responsible leaders\" but "
             "would not resign until order was restored, and called on all political forces to calm their "
             "supporters."],
            ["Opposition parties named Sadyr Japarov, a nationalist politician who was also freed from jail "
             "overnight, as prime minister, but parliament failed to vote on the appointment because too few deputies "
             "attended."],
            ["Russia, the country's main ally, said it was worried by the chaos and had not been asked for help, "
             "while the European Union urged all sides to settle the crisis through dialogue.",
             "No date has been set for a new election."],
        ],
        "events": [
            ev("ruling", "annulled", at="Kyrgyz election annulled", p=["Central Election Commission", "Kyrgyzstan"],
               agent="Central Election Commission", loc="Kyrgyzstan", date="2020-10-06", dt="on Tuesday"),
            ev("election", "election", at="Kyrgyz election annulled", p=["Kyrgyzstan"], loc="Kyrgyzstan",
               date="2020-10-04", dt="Sunday's"),
            ev("protest", "seize", at="protesters seize government buildings", loc="Bishkek, Kyrgyzstan"),
            ev("release", "freed", at="freed former President", p=["Almazbek Atambayev"],
               target="Almazbek Atambayev"),
            ev("attack", "clashes", at="injured in clashes between protesters", loc="Kyrgyzstan", date="2020-10-05",
               dt="on Monday night", killed=1, injured=590),
            ev("death", "killed", at="One person was killed", date="2020-10-05", dt="on Monday night", killed=1),
            ev("injury", "injured", at="more than 590 were injured", date="2020-10-05", dt="on Monday night",
               injured=590),
            ev("statement", "said", at="the Health Ministry said", p=["Kyrgyz Health Ministry"],
               agent="Kyrgyz Health Ministry"),
            ev("statement", "said", at="Jeenbekov said", p=["Sooronbai Jeenbekov"], agent="Sooronbai Jeenbekov"),
            ev("statement", "called on", p=["Sooronbai Jeenbekov"], agent="Sooronbai Jeenbekov"),
            ev("appointment", "named", at="Opposition parties named", p=["Sadyr Japarov"], target="Sadyr Japarov"),
            ev("release", "freed", at="also freed from jail overnight", p=["Sadyr Japarov"], target="Sadyr Japarov"),
            ev("statement", "said", at="Russia, the country's main ally, said", p=["Russia"], agent="Russia"),
            ev("statement", "urged", p=["European Union"], agent="European Union"),
        ],
        "irrealis": [
            irr("hypothetical", "transfer", "hand over", at="ready to hand over power", p=["Sooronbai Jeenbekov"],
                agent="Sooronbai Jeenbekov"),
            irr("negated", "resignation", "resign", at="would not resign", p=["Sooronbai Jeenbekov"],
                agent="Sooronbai Jeenbekov"),
            irr("negated", "vote", "vote", at="failed to vote on the appointment", p=["Kyrgyz parliament"],
                agent="Kyrgyz parliament"),
            irr("negated", "statement", "asked", at="had not been asked for help", p=["Russia"], target="Russia"),
            irr("planned", "meeting", "dialogue", at="settle the crisis through dialogue"),
            irr("planned", "election", "new election", at="No date has been set", p=["Kyrgyzstan"],
                loc="Kyrgyzstan"),
        ],
        "people": ["Almazbek Atambayev", "Sooronbai Jeenbekov", "Sadyr Japarov"],
        "places": ["Kyrgyzstan", "Bishkek", "Russia"],
        "organizations": ["Central Election Commission", "Kyrgyz Health Ministry", "Kyrgyz parliament",
                          "European Union"],
    },
    {
        "id": "hf09", "published": "2021-05-24",
        "paragraphs": [
            ["EU to impose sanctions on Belarus over diverted Ryanair flight"],
            ["BRUSSELS (Reuters) - European Union leaders decided on Monday to impose new sanctions on Belarus and "
             "asked EU airlines to avoid its airspace, after Belarusian authorities forced a Ryanair jet to land in "
             "Minsk on Sunday and arrested a dissident journalist who was on board."],
            ["The journalist, Roman Protasevich, 26, ran an opposition channel on the Telegram app that helped "
             "organise mass protests against President Alexander Lukashenko last year."],
            ["Ryanair chief executive Michael O'Leary called the diversion \"state-sponsored hijacking\" and said "
             "Belarusian officials had told the pilot there was a bomb on board, although none was found."],
            ["Lukashenko has not commented on the incident, but his spokeswoman, Natalya Eismont, said the pilot had "
             "decided to land.",
             "State television later broadcast a video in which Protasevich said he was being treated well and was "
             "confessing to organising riots."],
            ["U.S. President Joe Biden called the forced landing an outrageous affront and said he had asked his team "
             "to develop options to hold those responsible to account.",
             "Britain told its airlines to stay out of Belarusian airspace."],
            ["Belarus's foreign ministry said the EU's response was \"belligerent\" and that Minsk would not release "
             "Protasevich under pressure.",
             "The EU first imposed sanctions on Lukashenko's government after the disputed election last August."],
        ],
        "events": [
            ev("statement", "asked", at="asked EU airlines to avoid", p=["European Union"], agent="European Union",
               date="2021-05-24", dt="on Monday"),
            ev("diversion", "forced", at="forced a Ryanair jet to land", p=["Belarus", "Ryanair"], agent="Belarus",
               loc="Minsk, Belarus", date="2021-05-23", dt="on Sunday"),
            ev("arrest", "arrested", at="arrested a dissident journalist", p=["Belarus", "Roman Protasevich"],
               agent="Belarus", target="Roman Protasevich", loc="Minsk, Belarus", date="2021-05-23", dt="on Sunday"),
            ev("protest", "protests", at="organise mass protests", p=["Alexander Lukashenko"], loc="Belarus",
               date="2020", dt="last year"),
            ev("statement", "called", at="O'Leary called the diversion", p=["Michael O'Leary"],
               agent="Michael O'Leary"),
            ev("statement", "said", at="said Belarusian officials", p=["Michael O'Leary"], agent="Michael O'Leary"),
            ev("statement", "told", at="had told the pilot", p=["Belarus"], agent="Belarus"),
            ev("statement", "said", at="Natalya Eismont, said", p=["Natalya Eismont"], agent="Natalya Eismont"),
            ev("statement", "said", at="in which Protasevich said", p=["Roman Protasevich"], agent="Roman Protasevich"),
            ev("statement", "confessing", p=["Roman Protasevich"], agent="Roman Protasevich"),
            ev("statement", "called", at="Biden called the forced landing", p=["Joe Biden"], agent="Joe Biden"),
            ev("statement", "said", at="said he had asked his team", p=["Joe Biden"], agent="Joe Biden"),
            ev("statement", "asked", at="he had asked his team", p=["Joe Biden"], agent="Joe Biden"),
            ev("statement", "told", at="Britain told its airlines", p=["United Kingdom"], agent="United Kingdom"),
            ev("statement", "said", at="foreign ministry said", p=["Belarusian Foreign Ministry"],
               agent="Belarusian Foreign Ministry"),
            ev("sanction", "imposed sanctions", at="The EU first imposed sanctions", p=["European Union", "Belarus"],
               agent="European Union", target="Belarus"),
            ev("election", "election", at="after the disputed election last August", p=["Belarus"], loc="Belarus",
               date="2020-08", dt="last August"),
        ],
        "irrealis": [
            irr("planned", "sanction", "sanctions", at="EU to impose sanctions on Belarus", p=["European Union",
                "Belarus"], agent="European Union", target="Belarus"),
            irr("planned", "avoidance", "avoid", at="avoid its airspace"),
            irr("negated", "statement", "commented", at="has not commented", p=["Alexander Lukashenko"],
                agent="Alexander Lukashenko"),
            irr("planned", "planning", "develop options", p=["Joe Biden"]),
            irr("negated", "release", "release", at="would not release", p=["Belarus", "Roman Protasevich"],
                agent="Belarus", target="Roman Protasevich"),
        ],
        "people": ["Roman Protasevich", "Alexander Lukashenko", "Michael O'Leary", "Natalya Eismont", "Joe Biden"],
        "places": ["Belarus", "Minsk", "Britain"],
        "organizations": ["European Union", "Ryanair", "Telegram", "Belarusian Foreign Ministry"],
    },
    {
        "id": "hf10", "published": "2021-09-17",
        "paragraphs": [
            ["France recalls envoys from U.S. and Australia over submarine pact"],
            ["PARIS (Reuters) - France recalled its ambassadors to the United States and Australia on Friday, an "
             "unprecedented step taken after Canberra scrapped a $40 billion order for French submarines in favour "
             "of a new security partnership with Washington and London."],
            ["The pact, announced on Wednesday by U.S. President Joe Biden, British Prime Minister Boris Johnson and "
             "Australian Prime Minister Scott Morrison, will give Australia the technology to build nuclear-powered "
             "submarines."],
            ["Foreign Minister Jean-Yves Le Drian said the decision was \"a stab in the back\" and accused Washington "
             "of behaving like the previous administration.",
             "He said France had not been consulted and had learned of the pact from the press."],
            ["A White House official said Biden would speak by phone with French President Emmanuel Macron in the "
             "coming days, and Secretary of State Antony Blinken said the United States had no intention of "
             "abandoning its oldest ally."],
            ["Morrison said he had told Macron in June that Australia had concerns about the submarines, and denied "
             "that Canberra had misled Paris.",
             "A meeting of French and British defence ministers planned for this week has been cancelled."],
            ["China condemned the pact as \"extremely irresponsible,\" and the European Union said it would review "
             "talks on a trade agreement with Australia due to resume next month."],
        ],
        "events": [
            ev("recall", "recalls", at="France recalls envoys", p=["France"], agent="France", date="2021-09-17",
               dt="on Friday"),
            ev("agreement", "pact", at="over submarine pact", p=["Australia", "United States", "United Kingdom"]),
            ev("cancellation", "scrapped", p=["Australia"], agent="Australia"),
            ev("statement", "announced", p=["Joe Biden", "Boris Johnson", "Scott Morrison"], agent="Joe Biden",
               date="2021-09-15", dt="on Wednesday"),
            ev("statement", "said", at="Le Drian said", p=["Jean-Yves Le Drian"], agent="Jean-Yves Le Drian"),
            ev("statement", "accused", p=["Jean-Yves Le Drian", "United States"], agent="Jean-Yves Le Drian",
               target="United States"),
            ev("statement", "said", at="He said France had not", p=["Jean-Yves Le Drian"], agent="Jean-Yves Le Drian"),
            ev("statement", "said", at="A White House official said", p=["White House"], agent="White House"),
            ev("statement", "said", at="Antony Blinken said", p=["Antony Blinken"], agent="Antony Blinken"),
            ev("statement", "said", at="Morrison said he had told", p=["Scott Morrison"], agent="Scott Morrison"),
            ev("statement", "told", at="he had told Macron in June", p=["Scott Morrison", "Emmanuel Macron"],
               agent="Scott Morrison", target="Emmanuel Macron", date="2021-06", dt="in June"),
            ev("statement", "denied", at="denied that Canberra", p=["Scott Morrison"], agent="Scott Morrison"),
            ev("statement", "condemned", p=["China"], agent="China"),
            ev("statement", "said", at="the European Union said", p=["European Union"], agent="European Union"),
        ],
        "irrealis": [
            irr("planned", "construction", "build", at="technology to build", p=["Australia"], agent="Australia"),
            irr("negated", "consultation", "consulted", at="France had not been consulted", p=["France"],
                target="France"),
            irr("planned", "call", "speak by phone", p=["Joe Biden", "Emmanuel Macron"], agent="Joe Biden",
                target="Emmanuel Macron"),
            irr("negated", "abandonment", "abandoning", p=["United States"], agent="United States"),
            irr("negated", "deception", "misled", p=["Australia", "France"], agent="Australia", target="France"),
            irr("negated", "meeting", "meeting", at="A meeting of French and British defence ministers",
                p=["France", "United Kingdom"], date="2021-W37", dt="for this week"),
            irr("planned", "meeting", "talks", at="review talks on a trade agreement", p=["European Union",
                "Australia"], date="2021-10", dt="next month"),
            irr("planned", "agreement", "trade agreement", at="talks on a trade agreement with Australia",
                p=["European Union", "Australia"]),
        ],
        "people": ["Joe Biden", "Boris Johnson", "Scott Morrison", "Jean-Yves Le Drian", "Emmanuel Macron",
                   "Antony Blinken"],
        "places": ["France", "United States", "Australia", "Canberra", "Washington", "London", "Paris", "China"],
        "organizations": ["White House", "European Union"],
    },
    {
        "id": "hf11", "published": "2022-07-08",
        "paragraphs": [
            ["Japan's former leader Shinzo Abe shot dead during campaign speech"],
            ["NARA, Japan (Reuters) - Former Japanese Prime Minister Shinzo Abe was shot on Friday while giving a "
             "speech in the western city of Nara, two days before an election for the upper house of parliament."],
            ["Police arrested a 41-year-old man at the scene, Tetsuya Yamagami, who fired at Abe from behind with a "
             "homemade gun.",
             "Abe, 67, was flown to hospital by helicopter but had no vital signs and died hours later, doctors said."],
            ["Yamagami told investigators he had planned the attack for months because of a grudge against a "
             "religious group he believed Abe supported, police said."],
            ["Prime Minister Fumio Kishida, his voice shaking, called the shooting \"an act of barbarity\" and said "
             "campaigning for Sunday's vote would go on.",
             "\"We must never yield to violence,\" he said."],
            ["U.S. President Joe Biden said he was stunned and saddened, and Secretary of State Antony Blinken, who "
             "was attending a Group of 20 meeting in Bali, said he would travel to Tokyo on Monday to pay his "
             "respects."],
            ["Chinese Foreign Ministry spokesman Zhao Lijian said the killing had nothing to do with relations "
             "between China and Japan, and Taiwan's President Tsai Ing-wen said she would not attend the funeral "
             "but would send an envoy."],
        ],
        "events": [
            ev("attack", "shot", at="Shinzo Abe shot dead", p=["Tetsuya Yamagami", "Shinzo Abe"],
               agent="Tetsuya Yamagami", target="Shinzo Abe", loc="Nara, Japan", date="2022-07-08", dt="on Friday",
               killed=1),
            ev("death", "dead", at="Shinzo Abe shot dead", p=["Shinzo Abe"], killed=1),
            ev("arrest", "arrested", at="Police arrested a 41-year-old", p=["Japanese police", "Tetsuya Yamagami"],
               agent="Japanese police", target="Tetsuya Yamagami", loc="Nara, Japan"),
            ev("statement", "said", at="doctors said"),
            ev("statement", "told", at="Yamagami told investigators", p=["Tetsuya Yamagami"], agent="Tetsuya Yamagami"),
            ev("statement", "said", at="Abe supported, police said", p=["Japanese police"], agent="Japanese police"),
            ev("statement", "called", at="called the shooting", p=["Fumio Kishida"], agent="Fumio Kishida"),
            ev("statement", "said", at="and said campaigning", p=["Fumio Kishida"], agent="Fumio Kishida"),
            ev("statement", "said", at="he said.", p=["Fumio Kishida"], agent="Fumio Kishida"),
            ev("statement", "said", at="Biden said he was stunned", p=["Joe Biden"], agent="Joe Biden"),
            ev("meeting", "meeting", at="Group of 20 meeting in Bali", p=["Antony Blinken", "Group of 20"],
               loc="Bali, Indonesia"),
            ev("statement", "said", at="said he would travel to Tokyo", p=["Antony Blinken"], agent="Antony Blinken"),
            ev("statement", "said", at="Zhao Lijian said", p=["Zhao Lijian"], agent="Zhao Lijian"),
            ev("statement", "said", at="Tsai Ing-wen said", p=["Tsai Ing-wen"], agent="Tsai Ing-wen"),
        ],
        "irrealis": [
            irr("planned", "election", "election", at="two days before an election", p=["Japan"], loc="Japan",
                date="2022-07-10", dt="Sunday's"),
            irr("planned", "visit", "travel", at="would travel to Tokyo", p=["Antony Blinken", "Tokyo"],
                agent="Antony Blinken", loc="Tokyo, Japan", date="2022-07-11", dt="on Monday"),
            irr("negated", "visit", "attend", at="would not attend the funeral", p=["Tsai Ing-wen"],
                agent="Tsai Ing-wen"),
            irr("planned", "funeral", "funeral", at="would not attend the funeral", p=["Shinzo Abe"]),
            irr("planned", "dispatch", "send", at="would send an envoy", p=["Tsai Ing-wen"], agent="Tsai Ing-wen"),
        ],
        "people": ["Shinzo Abe", "Tetsuya Yamagami", "Fumio Kishida", "Joe Biden", "Antony Blinken", "Zhao Lijian",
                   "Tsai Ing-wen"],
        "places": ["Japan", "Nara", "Bali", "Tokyo", "China", "Taiwan"],
        "organizations": ["Group of 20", "Chinese Foreign Ministry"],
    },
    {
        "id": "hf12", "published": "2022-10-10",
        "paragraphs": [
            ["Russia pounds Kyiv and other cities with missiles after Crimea bridge blast"],
            ["KYIV (Reuters) - Russia fired more than 80 missiles at cities across Ukraine on Monday, killing at least "
             "14 people and wounding 97 in its heaviest strikes in months, two days after a blast damaged its bridge "
             "to Crimea."],
            ["Missiles hit a children's playground, a university and a power station in central Kyiv during the "
             "morning rush hour, and power was cut in parts of the Lviv and Kharkiv regions."],
            ["In a televised address, President Vladimir Putin said the strikes were a response to Saturday's "
             "explosion on the Kerch bridge, which he called a terrorist act by Ukraine's special services, and "
             "warned that further attacks would follow if Kyiv staged more."],
            ["The explosion, which killed three people, brought down part of the road bridge.",
             "Ukraine has not claimed responsibility."],
            ["President Volodymyr Zelenskiy said Russia was trying to wipe Ukraine off the face of the earth and "
             "spoke by phone with French President Emmanuel Macron and German Chancellor Olaf Scholz, asking for more "
             "air defence systems."],
            ["Group of Seven leaders will hold an emergency video conference on Tuesday, Germany said.",
             "Belarus said it would deploy troops with Russia near its border with Ukraine."],
        ],
        "events": [
            ev("attack", "pounds", at="Russia pounds Kyiv", p=["Russia", "Ukraine"], agent="Russia",
               target="cities across Ukraine", loc="Ukraine", date="2022-10-10", dt="on Monday", killed=14,
               injured=97),
            ev("attack", "blast", at="after Crimea bridge blast", p=["Kerch bridge", "Crimea"], target="Kerch bridge",
               loc="Crimea", date="2022-10-08", dt="Saturday's", killed=3),
            ev("death", "killing", at="killing at least 14", date="2022-10-10", dt="on Monday", killed=14),
            ev("injury", "wounding", at="wounding 97", date="2022-10-10", dt="on Monday", injured=97),
            ev("statement", "said", at="Vladimir Putin said", p=["Vladimir Putin"], agent="Vladimir Putin"),
            ev("statement", "called", at="which he called a terrorist act", p=["Vladimir Putin"],
               agent="Vladimir Putin"),
            ev("statement", "warned", at="warned that further attacks", p=["Vladimir Putin"], agent="Vladimir Putin"),
            ev("death", "killed", at="which killed three people", killed=3),
            ev("statement", "said", at="Zelenskiy said", p=["Volodymyr Zelenskiy"], agent="Volodymyr Zelenskiy"),
            ev("call", "spoke by phone", p=["Volodymyr Zelenskiy", "Emmanuel Macron", "Olaf Scholz"],
               agent="Volodymyr Zelenskiy", target="Emmanuel Macron"),
            ev("statement", "asking", at="asking for more", p=["Volodymyr Zelenskiy"], agent="Volodymyr Zelenskiy"),
            ev("statement", "said", at="Germany said", p=["Germany"], agent="Germany"),
            ev("statement", "said", at="Belarus said", p=["Belarus"], agent="Belarus"),
        ],
        "irrealis": [
            irr("hypothetical", "attack", "attacks", at="further attacks would follow", p=["Russia", "Ukraine"],
                agent="Russia", target="Ukraine"),
            irr("hypothetical", "attack", "staged", at="if Kyiv staged more", p=["Ukraine"], agent="Ukraine"),
            irr("negated", "statement", "claimed", at="Ukraine has not claimed", p=["Ukraine"], agent="Ukraine"),
            irr("planned", "meeting", "video conference", at="emergency video conference", p=["Group of Seven"],
                date="2022-10-11", dt="on Tuesday"),
            irr("planned", "deployment", "deploy", at="would deploy troops", p=["Belarus", "Russia"], agent="Belarus"),
        ],
        "people": ["Vladimir Putin", "Volodymyr Zelenskiy", "Emmanuel Macron", "Olaf Scholz"],
        "places": ["Russia", "Kyiv", "Crimea", "Ukraine", "Lviv", "Kharkiv", "Germany", "Belarus"],
        "organizations": ["Group of Seven"],
    },
    {
        "id": "hf13", "published": "2023-02-05",
        "paragraphs": [
            ["U.S. shoots down suspected Chinese spy balloon off Carolina coast"],
            ["WASHINGTON (AP) — A U.S. fighter jet shot down a suspected Chinese surveillance balloon off the coast of "
             "South Carolina on Saturday, days after it drifted across the continental United States, the Pentagon "
             "said."],
            ["Defense Secretary Lloyd Austin said the operation was carried out over U.S. territorial waters after "
             "President Joe Biden approved it on Wednesday, and that the Navy would try to recover debris from the "
             "sea."],
            ["China's Foreign Ministry expressed \"strong dissatisfaction\" and said the balloon was a civilian "
             "airship used for weather research that had blown off course.",
             "It said Beijing reserved the right to respond."],
            ["Secretary of State Antony Blinken postponed a trip to Beijing that had been due to start on Sunday, "
             "telling senior Chinese diplomat Wang Yi in a phone call on Friday that the flight was an irresponsible "
             "act."],
            ["Blinken's visit would have been the first by a U.S. secretary of state in five years, and officials had "
             "hoped it would lead to a meeting with President Xi Jinping."],
            ["Republican lawmakers criticised Biden for not ordering the balloon to be shot down sooner, while the "
             "White House said it had posed no military threat.",
             "A second balloon was spotted over Latin America, the Pentagon said on Friday."],
            ["The Commerce Department also imposed export sanctions on six Chinese aerospace companies that it said "
             "had supported the balloon programme."],
        ],
        "events": [
            ev("attack", "shoots down", at="U.S. shoots down suspected", p=["United States"], agent="United States",
               target="Chinese surveillance balloon", loc="South Carolina", date="2023-02-04", dt="on Saturday"),
            ev("statement", "said", at="United States, the Pentagon said", p=["Pentagon"], agent="Pentagon"),
            ev("statement", "said", at="Lloyd Austin said", p=["Lloyd Austin"], agent="Lloyd Austin"),
            ev("approval", "approved", p=["Joe Biden"], agent="Joe Biden", date="2023-02-01", dt="on Wednesday"),
            ev("statement", "expressed", p=["Chinese Foreign Ministry"], agent="Chinese Foreign Ministry"),
            ev("statement", "said", at="said the balloon was", p=["Chinese Foreign Ministry"],
               agent="Chinese Foreign Ministry"),
            ev("statement", "said", at="It said Beijing reserved", p=["Chinese Foreign Ministry"],
               agent="Chinese Foreign Ministry"),
            ev("statement", "telling", p=["Antony Blinken", "Wang Yi"], agent="Antony Blinken", target="Wang Yi"),
            ev("call", "phone call", at="in a phone call on Friday", p=["Antony Blinken", "Wang Yi"],
               agent="Antony Blinken", target="Wang Yi", date="2023-02-03", dt="on Friday"),
            ev("statement", "criticised", p=["Joe Biden"], target="Joe Biden"),
            ev("statement", "said", at="White House said", p=["White House"], agent="White House"),
            ev("statement", "said", at="the Pentagon said on Friday", p=["Pentagon"], agent="Pentagon",
               date="2023-02-03", dt="on Friday"),
            ev("sanction", "sanctions", at="imposed export sanctions", p=["U.S. Commerce Department", "China"],
               agent="U.S. Commerce Department", target="six Chinese aerospace companies"),
            ev("statement", "said", at="that it said had supported", p=["U.S. Commerce Department"],
               agent="U.S. Commerce Department"),
        ],
        "irrealis": [
            irr("planned", "recovery", "recover", at="try to recover debris", p=["U.S. Navy"], agent="U.S. Navy"),
            irr("hypothetical", "retaliation", "respond", at="reserved the right to respond", p=["China"],
                agent="China"),
            irr("negated", "visit", "trip", at="postponed a trip to Beijing", p=["Antony Blinken", "Beijing"],
                agent="Antony Blinken", loc="Beijing, China", date="2023-02-05", dt="on Sunday"),
            irr("hypothetical", "meeting", "meeting", at="lead to a meeting with President Xi",
                p=["Antony Blinken", "Xi Jinping"], agent="Antony Blinken", target="Xi Jinping"),
            irr("negated", "statement", "ordering", at="for not ordering the balloon", p=["Joe Biden"],
                agent="Joe Biden"),
        ],
        "people": ["Lloyd Austin", "Joe Biden", "Antony Blinken", "Wang Yi", "Xi Jinping"],
        "places": ["South Carolina", "United States", "Beijing", "Latin America"],
        "organizations": ["Pentagon", "U.S. Navy", "Chinese Foreign Ministry", "White House",
                          "U.S. Commerce Department"],
    },
    {
        "id": "hf14", "published": "2023-06-06",
        "paragraphs": [
            ["Ukraine's Kakhovka dam destroyed, Kyiv and Moscow trade blame"],
            ["KHERSON, Ukraine (Reuters) - The Kakhovka dam on the Dnipro river in Russian-held southern Ukraine was "
             "breached early on Tuesday, unleashing floodwaters that forced thousands of people to flee, and Ukraine "
             "and Russia accused each other of blowing it up."],
            ["Ukrainian President Volodymyr Zelenskiy said Russian forces had detonated the dam from inside and "
             "called an emergency meeting of his security council.",
             "About 17,000 people were being moved from 24 villages, officials said."],
            ["Kremlin spokesman Dmitry Peskov said Ukraine had sabotaged the dam to cut water supplies to Crimea, "
             "and rejected calls for an international inquiry."],
            ["U.N. Secretary-General Antonio Guterres called the breach \"another devastating consequence\" of the "
             "war, and the Security Council will meet on Tuesday afternoon at Ukraine's request."],
            ["European Council President Charles Michel said he was shocked by what he called an unprecedented "
             "attack on civilian infrastructure and that Russia would be held to account."],
            ["Ukraine's military said the flooding would not derail its plans to retake occupied territory.",
             "Water levels downstream could rise by up to five metres in the coming days, the regional governor, "
             "Oleksandr Prokudin, said."],
        ],
        "events": [
            ev("attack", "destroyed", at="Kakhovka dam destroyed", p=["Kakhovka dam"], target="Kakhovka dam",
               loc="Ukraine", date="2023-06-06", dt="early on Tuesday"),
            ev("statement", "trade blame", p=["Ukraine", "Russia"]),
            ev("statement", "said", at="Zelenskiy said Russian forces", p=["Volodymyr Zelenskiy"],
               agent="Volodymyr Zelenskiy"),
            ev("statement", "said", at="officials said"),
            ev("statement", "said", at="Peskov said", p=["Dmitry Peskov"], agent="Dmitry Peskov"),
            ev("statement", "rejected", at="rejected calls for an international inquiry", p=["Dmitry Peskov"],
               agent="Dmitry Peskov"),
            ev("statement", "called", at="Guterres called the breach", p=["Antonio Guterres"],
               agent="Antonio Guterres"),
            ev("statement", "said", at="Charles Michel said", p=["Charles Michel"], agent="Charles Michel"),
            ev("statement", "called", at="what he called an unprecedented", p=["Charles Michel"],
               agent="Charles Michel"),
            ev("statement", "said", at="Ukraine's military said", p=["Ukrainian military"], agent="Ukrainian military"),
            ev("statement", "said", at="Oleksandr Prokudin, said", p=["Oleksandr Prokudin"],
               agent="Oleksandr Prokudin"),
        ],
        "irrealis": [
            irr("planned", "meeting", "emergency meeting", at="called an emergency meeting of his security council",
                p=["Volodymyr Zelenskiy"], agent="Volodymyr Zelenskiy"),
            irr("negated", "investigation", "inquiry", at="rejected calls for an international inquiry"),
            irr("planned", "meeting", "meet", at="Security Council will meet", p=["United Nations Security Council"],
                date="2023-06-06", dt="on Tuesday afternoon"),
            irr("planned", "accountability", "held to account", p=["Russia"], target="Russia"),
            irr("planned", "attack", "retake", at="plans to retake occupied territory", p=["Ukrainian military"],
                agent="Ukrainian military"),
        ],
        "people": ["Volodymyr Zelenskiy", "Dmitry Peskov", "Antonio Guterres", "Charles Michel",
                   "Oleksandr Prokudin"],
        "places": ["Ukraine", "Kyiv", "Moscow", "Dnipro", "Russia", "Crimea"],
        "organizations": ["Kremlin", "United Nations Security Council", "European Council", "Ukrainian military"],
    },
    {
        "id": "hf15", "published": "2024-04-14",
        "paragraphs": [
            ["Iran launches drone and missile attack on Israel; Biden convenes G7 leaders"],
            ["JERUSALEM (Reuters) - Iran launched more than 300 drones and missiles at Israel late on Saturday in its "
             "first direct attack on Israeli territory, and almost all of them were shot down by Israel and its "
             "allies, the Israeli military said on Sunday."],
            ["Iran said the attack was retaliation for an Israeli strike on its embassy compound in Damascus on "
             "April 1 that killed seven Revolutionary Guards officers, and that the matter could be \"deemed "
             "concluded\" if Israel did not respond."],
            ["President Joe Biden spoke by phone with Prime Minister Benjamin Netanyahu and told him the United "
             "States would not take part in any counterattack, a White House official said.",
             "Biden also held a video conference of Group of Seven leaders on Sunday to coordinate a diplomatic "
             "response."],
            ["Israeli war cabinet minister Benny Gantz said Israel would \"exact a price\" from Iran at a time of its "
             "choosing but did not say how, and the cabinet ended a meeting late on Sunday without a decision."],
            ["U.N. Secretary-General Antonio Guterres urged both sides to avoid any action that could lead to a "
             "full-scale war, and the Security Council was due to meet on Sunday afternoon at Israel's request."],
            ["Treasury Secretary Janet Yellen said Washington would impose new sanctions on Iran's drone and missile "
             "programmes in the coming days."],
            ["Twelve people were injured, among them a seven-year-old girl badly hurt by shrapnel in the south, "
             "Israeli medics said."],
        ],
        "events": [
            ev("attack", "attack", at="drone and missile attack on Israel", p=["Iran", "Israel"], agent="Iran",
               target="Israel", loc="Israel", date="2024-04-13", dt="late on Saturday", injured=12),
            ev("meeting", "convenes", at="Biden convenes G7 leaders", p=["Joe Biden", "Group of Seven"],
               agent="Joe Biden", date="2024-04-14", dt="on Sunday"),
            ev("interception", "shot down", at="were shot down by Israel", p=["Israel"], agent="Israel"),
            ev("statement", "said", at="the Israeli military said on Sunday", p=["Israeli military"],
               agent="Israeli military", date="2024-04-14", dt="on Sunday"),
            ev("statement", "said", at="Iran said the attack", p=["Iran"], agent="Iran"),
            ev("attack", "strike", at="Israeli strike on its embassy", p=["Israel", "Iran", "Damascus"],
               agent="Israel", target="embassy compound", loc="Damascus, Syria", date="2024-04-01", dt="on April 1",
               killed=7),
            ev("death", "killed", at="that killed seven", killed=7),
            ev("call", "spoke by phone", p=["Joe Biden", "Benjamin Netanyahu"], agent="Joe Biden",
               target="Benjamin Netanyahu"),
            ev("statement", "told", at="told him the United", p=["Joe Biden", "Benjamin Netanyahu"], agent="Joe Biden",
               target="Benjamin Netanyahu"),
            ev("statement", "said", at="a White House official said", p=["White House"], agent="White House"),
            ev("statement", "said", at="Benny Gantz said", p=["Benny Gantz"], agent="Benny Gantz"),
            ev("meeting", "meeting", at="ended a meeting late on Sunday", p=["Israeli war cabinet"],
               date="2024-04-14", dt="late on Sunday"),
            ev("statement", "urged", p=["Antonio Guterres"], agent="Antonio Guterres"),
            ev("statement", "said", at="Janet Yellen said", p=["Janet Yellen"], agent="Janet Yellen"),
            ev("injury", "injured", at="Twelve people were injured", injured=12),
            ev("statement", "said", at="Israeli medics said"),
        ],
        "irrealis": [
            irr("hypothetical", "attack", "respond", at="if Israel did not respond", p=["Israel"], agent="Israel"),
            irr("negated", "participation", "take part", at="would not take part", p=["United States"],
                agent="United States"),
            irr("hypothetical", "attack", "counterattack", at="any counterattack", p=["Israel", "Iran"],
                agent="Israel", target="Iran"),
            irr("planned", "attack", "exact a price", p=["Israel", "Iran"], agent="Israel", target="Iran"),
            irr("negated", "statement", "did not say", at="but did not say how", p=["Benny Gantz"],
                agent="Benny Gantz"),
            irr("negated", "decision", "decision", at="without a decision", p=["Israeli war cabinet"]),
            irr("hypothetical", "attack", "war", at="a full-scale war", p=["Israel", "Iran"]),
            irr("planned", "meeting", "meet", at="was due to meet on Sunday", p=["United Nations Security Council"],
                date="2024-04-14", dt="on Sunday afternoon"),
            irr("planned", "sanction", "sanctions", at="impose new sanctions on Iran", p=["United States", "Iran"],
                agent="United States", target="Iran"),
        ],
        "people": ["Joe Biden", "Benjamin Netanyahu", "Benny Gantz", "Antonio Guterres", "Janet Yellen"],
        "places": ["Iran", "Israel", "Jerusalem", "Damascus", "United States", "Washington"],
        "organizations": ["Group of Seven", "Israeli military", "Revolutionary Guards", "White House",
                          "Israeli war cabinet", "United Nations Security Council"],
    },
    {
        "id": "hf16", "published": "2024-08-05",
        "paragraphs": [
            ["Bangladesh's Hasina resigns and flees as protesters storm her residence"],
            ["DHAKA (Reuters) - Bangladeshi Prime Minister Sheikh Hasina resigned and fled the country on Monday after "
             "weeks of deadly protests against her government, and army chief General Waker-uz-Zaman said the "
             "military would form an interim government."],
            ["Hasina, 76, landed at an air base near New Delhi, Indian officials said.",
             "Thousands of protesters broke into her official residence in Dhaka on Monday afternoon, carrying away "
             "furniture and televisions, television footage showed."],
            ["In a televised address, the army chief said he had met leaders of the main political parties and asked "
             "the protesters to go home.",
             "\"Stop the violence,\" he said."],
            ["Police fired on protesters in the northern town of Bogura on Sunday, killing 14 people, a police "
             "official said, in the bloodiest day since the unrest began in July."],
            ["Student leaders said they would not accept a government led by the military and proposed Nobel "
             "laureate Muhammad Yunus as its head.",
             "Yunus, who is in Paris for medical treatment, said he was willing to serve."],
            ["President Mohammed Shahabuddin ordered the release of jailed opposition leader Khaleda Zia and said "
             "fresh elections would be held as soon as possible.",
             "India, which has backed Hasina for years, did not comment on whether she would stay there."],
        ],
        "events": [
            ev("resignation", "resigns", at="Hasina resigns and flees", p=["Sheikh Hasina"], agent="Sheikh Hasina",
               date="2024-08-05", dt="on Monday"),
            ev("flight", "flees", at="Hasina resigns and flees", p=["Sheikh Hasina"], agent="Sheikh Hasina",
               date="2024-08-05", dt="on Monday"),
            ev("protest", "storm", at="protesters storm her residence", loc="Dhaka, Bangladesh", date="2024-08-05",
               dt="on Monday afternoon"),
            ev("protest", "protests", at="weeks of deadly protests", p=["Sheikh Hasina"], loc="Bangladesh"),
            ev("statement", "said", at="Waker-uz-Zaman said", p=["Waker-uz-Zaman"], agent="Waker-uz-Zaman"),
            ev("statement", "said", at="Indian officials said", p=["India"], agent="India"),
            ev("statement", "showed", at="television footage showed"),
            ev("statement", "said", at="the army chief said", p=["Waker-uz-Zaman"], agent="Waker-uz-Zaman"),
            ev("meeting", "met", at="he had met leaders", p=["Waker-uz-Zaman"], agent="Waker-uz-Zaman"),
            ev("statement", "asked", at="asked the protesters to go home", p=["Waker-uz-Zaman"],
               agent="Waker-uz-Zaman"),
            ev("statement", "said", at="he said.", p=["Waker-uz-Zaman"], agent="Waker-uz-Zaman"),
            ev("attack", "fired on", at="Police fired on protesters", p=["Bangladesh Police", "Bogura"],
               agent="Bangladesh Police", target="protesters", loc="Bogura, Bangladesh", date="2024-08-04",
               dt="on Sunday", killed=14),
            ev("death", "killing", at="killing 14 people", date="2024-08-04", dt="on Sunday", killed=14),
            ev("statement", "said", at="a police official said", p=["Bangladesh Police"], agent="Bangladesh Police"),
            ev("statement", "said", at="Student leaders said"),
            ev("statement", "proposed", at="proposed Nobel laureate"),
            ev("statement", "said", at="said he was willing to serve", p=["Muhammad Yunus"], agent="Muhammad Yunus"),
            ev("statement", "ordered", at="Shahabuddin ordered", p=["Mohammed Shahabuddin"],
               agent="Mohammed Shahabuddin"),
            ev("statement", "said", at="said fresh elections", p=["Mohammed Shahabuddin"],
               agent="Mohammed Shahabuddin"),
        ],
        "irrealis": [
            irr("planned", "formation", "form", at="would form an interim government", p=["Bangladeshi military"],
                agent="Bangladeshi military"),
            irr("planned", "departure", "go home", at="asked the protesters to go home"),
            irr("negated", "acceptance", "accept", at="would not accept a government"),
            irr("hypothetical", "service", "serve", at="willing to serve", p=["Muhammad Yunus"],
                agent="Muhammad Yunus"),
            irr("planned", "release", "release", at="ordered the release", p=["Khaleda Zia"], target="Khaleda Zia"),
            irr("planned", "election", "elections", at="fresh elections would be held", p=["Bangladesh"],
                loc="Bangladesh"),
            irr("negated", "statement", "did not comment", p=["India"], agent="India"),
        ],
        "people": ["Sheikh Hasina", "Waker-uz-Zaman", "Muhammad Yunus", "Mohammed Shahabuddin", "Khaleda Zia"],
        "places": ["Bangladesh", "Dhaka", "New Delhi", "Bogura", "Paris", "India"],
        "organizations": ["Bangladesh Police"],
    },
    {
        "id": "hf17", "published": "2024-12-06",
        "paragraphs": [
            ["Romania's top court annuls presidential election first round"],
            ["BUCHAREST (Reuters) - Romania's Constitutional Court on Friday annulled the first round of the "
             "presidential election, won by far-right outsider Calin Georgescu, two days before he was due to face "
             "centrist Elena Lasconi in a runoff."],
            ["The court said the whole electoral process would be rerun after declassified intelligence documents "
             "showed that Georgescu's campaign had benefited from a coordinated operation on TikTok."],
            ["Georgescu, who has praised Russian President Vladimir Putin, called the ruling \"a formalised coup "
             "d'etat\" and said he would not accept it.",
             "Lasconi said the court had trampled on democracy, although she had been set to gain from the decision."],
            ["Outgoing President Klaus Iohannis said he would stay in office until a new president was sworn in, and "
             "the government is expected to set a new date for the vote at a cabinet meeting next week."],
            ["The Kremlin denied any interference, and the U.S. State Department said it welcomed the court's "
             "decision to investigate the campaign.",
             "TikTok said it had found no evidence of a covert network."],
            ["Hundreds of Georgescu supporters protested outside the court in Bucharest on Friday evening, and police "
             "detained four people."],
        ],
        "events": [
            ev("ruling", "annuls", at="top court annuls presidential", p=["Romanian Constitutional Court", "Romania"],
               agent="Romanian Constitutional Court", loc="Romania", date="2024-12-06", dt="on Friday"),
            ev("election", "presidential election", at="top court annuls presidential", p=["Romania"], loc="Romania"),
            ev("statement", "said", at="The court said", p=["Romanian Constitutional Court"],
               agent="Romanian Constitutional Court"),
            ev("statement", "showed", at="documents showed"),
            ev("statement", "praised", p=["Calin Georgescu", "Vladimir Putin"], agent="Calin Georgescu",
               target="Vladimir Putin"),
            ev("statement", "called", at="called the ruling", p=["Calin Georgescu"], agent="Calin Georgescu"),
            ev("statement", "said", at="said he would not accept it", p=["Calin Georgescu"], agent="Calin Georgescu"),
            ev("statement", "said", at="Lasconi said", p=["Elena Lasconi"], agent="Elena Lasconi"),
            ev("statement", "said", at="Iohannis said", p=["Klaus Iohannis"], agent="Klaus Iohannis"),
            ev("statement", "denied", at="Kremlin denied", p=["Kremlin"], agent="Kremlin"),
            ev("statement", "said", at="State Department said", p=["U.S. State Department"],
               agent="U.S. State Department"),
            ev("statement", "welcomed", p=["U.S. State Department"], agent="U.S. State Department"),
            ev("statement", "said", at="TikTok said", p=["TikTok"], agent="TikTok"),
            ev("protest", "protested", at="supporters protested outside the court", loc="Bucharest, Romania",
               date="2024-12-06", dt="on Friday evening"),
            ev("arrest", "detained", at="police detained four people", p=["Romanian police"], agent="Romanian police",
               loc="Bucharest, Romania"),
        ],
        "irrealis": [
            irr("planned", "election", "runoff", at="in a runoff", p=["Calin Georgescu", "Elena Lasconi", "Romania"],
                loc="Romania"),
            irr("planned", "election", "rerun", at="would be rerun", p=["Romania"], loc="Romania"),
            irr("negated", "acceptance", "accept", at="he would not accept it", p=["Calin Georgescu"],
                agent="Calin Georgescu"),
            irr("planned", "inauguration", "sworn in", at="new president was sworn in", p=["Romania"]),
            irr("planned", "meeting", "cabinet meeting", at="at a cabinet meeting next week", p=["Romania"],
                date="2024-W50", dt="next week"),
            irr("negated", "interference", "interference", at="denied any interference", p=["Russia"],
                agent="Russia"),
            irr("planned", "investigation", "investigate", at="decision to investigate the campaign",
                p=["Romanian Constitutional Court"], agent="Romanian Constitutional Court"),
        ],
        "people": ["Calin Georgescu", "Elena Lasconi", "Vladimir Putin", "Klaus Iohannis"],
        "places": ["Romania", "Bucharest"],
        "organizations": ["Romanian Constitutional Court", "TikTok", "Kremlin",
                          "U.S. State Department", "Romanian police"],
    },
    {
        "id": "hf18", "published": "2025-03-19",
        "paragraphs": [
            ["Turkish police detain Istanbul mayor Imamoglu, Erdogan's main rival"],
            ["ISTANBUL (Reuters) - Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday in a corruption "
             "and terrorism investigation, days before his party was expected to name him its presidential "
             "candidate, state media said."],
            ["Prosecutors also issued warrants for about 100 other people, including two district mayors, and the "
             "Istanbul governor's office banned all demonstrations in the city for four days."],
            ["The main opposition Republican People's Party (CHP) called the detention \"a coup against our next "
             "president\" and urged supporters to gather outside police headquarters.",
             "Thousands protested at Istanbul University despite the ban, and police used pepper spray to disperse "
             "them."],
            ["Justice Minister Yilmaz Tunc said the judiciary was independent and that it was wrong to link the "
             "investigation to President Tayyip Erdogan.",
             "Erdogan did not comment on the detention, but said at a ceremony in Ankara that the opposition should "
             "not take to the streets."],
            ["The lira fell to a record low, and the central bank said it would intervene if needed.",
             "Imamoglu's university had annulled his degree a day earlier, a move that would bar him from running "
             "for president."],
            ["The European Union said the detention raised questions about Turkey's commitment to democracy, and "
             "German Chancellor Olaf Scholz called it a very bad signal.",
             "The CHP said its primary would go ahead on Sunday."],
        ],
        "events": [
            ev("arrest", "detain", at="Turkish police detain Istanbul mayor", p=["Turkish police", "Ekrem Imamoglu"],
               agent="Turkish police", target="Ekrem Imamoglu", loc="Istanbul, Turkey", date="2025-03-19",
               dt="on Wednesday"),
            ev("investigation", "investigation", at="corruption and terrorism investigation"),
            ev("statement", "said", at="state media said"),
            ev("warrant", "warrants", at="issued warrants"),
            ev("ban", "banned", at="banned all demonstrations", p=["Istanbul governor's office"],
               agent="Istanbul governor's office"),
            ev("statement", "called", at="called the detention", p=["Republican People's Party"],
               agent="Republican People's Party"),
            ev("statement", "urged", p=["Republican People's Party"], agent="Republican People's Party"),
            ev("protest", "protested", at="Thousands protested at Istanbul University", loc="Istanbul, Turkey"),
            ev("statement", "said", at="Yilmaz Tunc said", p=["Yilmaz Tunc"], agent="Yilmaz Tunc"),
            ev("statement", "said", at="but said at a ceremony", p=["Tayyip Erdogan"], agent="Tayyip Erdogan",
               loc="Ankara, Turkey"),
            ev("statement", "said", at="the central bank said", p=["Central Bank of the Republic of Turkey"],
               agent="Central Bank of the Republic of Turkey"),
            ev("annulment", "annulled", at="annulled his degree", p=["Ekrem Imamoglu"], target="Ekrem Imamoglu"),
            ev("statement", "said", at="The European Union said", p=["European Union"], agent="European Union"),
            ev("statement", "called", at="Scholz called it", p=["Olaf Scholz"], agent="Olaf Scholz"),
            ev("statement", "said", at="The CHP said", p=["Republican People's Party"],
               agent="Republican People's Party"),
        ],
        "irrealis": [
            irr("planned", "nomination", "name", at="expected to name him", p=["Republican People's Party",
                "Ekrem Imamoglu"], agent="Republican People's Party", target="Ekrem Imamoglu"),
            irr("negated", "protest", "demonstrations", at="banned all demonstrations", loc="Istanbul, Turkey"),
            irr("planned", "protest", "gather", at="urged supporters to gather", loc="Istanbul, Turkey"),
            irr("negated", "statement", "did not comment", p=["Tayyip Erdogan"], agent="Tayyip Erdogan"),
            irr("negated", "protest", "take to the streets", at="should not take to the streets"),
            irr("hypothetical", "intervention", "intervene", at="would intervene if needed",
                p=["Central Bank of the Republic of Turkey"], agent="Central Bank of the Republic of Turkey"),
            irr("negated", "candidacy", "running", at="bar him from running", p=["Ekrem Imamoglu"],
                agent="Ekrem Imamoglu"),
            irr("planned", "election", "primary", at="its primary would go ahead", p=["Republican People's Party"],
                date="2025-03-23", dt="on Sunday"),
        ],
        "people": ["Ekrem Imamoglu", "Yilmaz Tunc", "Tayyip Erdogan", "Olaf Scholz"],
        "places": ["Istanbul", "Turkey", "Ankara"],
        "organizations": ["Turkish police", "Istanbul governor's office", "Republican People's Party",
                          "Istanbul University", "Central Bank of the Republic of Turkey", "European Union"],
    },
    {
        "id": "hf19", "published": "2025-06-10",
        "paragraphs": [
            ["Korea's Hanseo Heavy to buy Norwegian shipbuilder Vestfjord for $1.8 billion"],
            ["OSLO (Reuters) - South Korean shipbuilder Hanseo Heavy Industries said on Tuesday it had agreed to buy "
             "Norway's Vestfjord Marine for 18.5 billion crowns ($1.8 billion), its largest overseas purchase, months "
             "after Vestfjord's founding family rejected a smaller bid."],
            ["The offer of 310 crowns per share is 34% above Vestfjord's closing price on Monday.",
             "Vestfjord's board said it would recommend that shareholders accept it, and the Berg family, which owns "
             "41% of the company, has backed the deal."],
            ["The deal needs approval from regulators in the European Union and South Korea and is expected to close "
             "early next year, Hanseo chief executive Park Ji-hoon told reporters."],
            ["Norway's Trade Minister Cecilie Myrseth said the government would not block the sale but wanted "
             "guarantees that the yards in Ulsteinvik and Brattvag would stay open.",
             "Unions representing 2,300 Vestfjord workers said they would strike if jobs were cut."],
            ["Hanseo bought Danish ferry builder Korsor Vaerft for $420 million in 2022.",
             "Its rival Daesan Shipbuilding, which had also studied a bid for Vestfjord, said it had no plans to make "
             "a counteroffer."],
            ["Analysts at DNB Markets said the price was fair, and Vestfjord shares jumped 29% in Oslo on Tuesday."],
        ],
        "events": [
            ev("statement", "said", at="Industries said on Tuesday", p=["Hanseo Heavy Industries"],
               agent="Hanseo Heavy Industries", date="2025-06-10", dt="on Tuesday"),
            ev("statement", "said", at="Vestfjord's board said", p=["Vestfjord Marine"], agent="Vestfjord Marine"),
            ev("support", "backed", at="has backed the deal", p=["Berg family"], agent="Berg family"),
            ev("statement", "told", at="Park Ji-hoon told", p=["Park Ji-hoon"], agent="Park Ji-hoon"),
            ev("statement", "said", at="Cecilie Myrseth said", p=["Cecilie Myrseth"], agent="Cecilie Myrseth"),
            ev("statement", "said", at="Vestfjord workers said"),
            ev("acquisition", "bought", at="Hanseo bought Danish", p=["Hanseo Heavy Industries", "Korsor Vaerft"],
               agent="Hanseo Heavy Industries", target="Korsor Vaerft", date="2022", dt="in 2022",
               amount=[420000000.0, "USD"]),
            ev("statement", "said", at="said it had no plans", p=["Daesan Shipbuilding"], agent="Daesan Shipbuilding"),
            ev("statement", "said", at="DNB Markets said", p=["DNB Markets"], agent="DNB Markets"),
        ],
        "irrealis": [
            irr("planned", "acquisition", "buy", at="Heavy to buy Norwegian shipbuilder", p=["Hanseo Heavy Industries",
                "Vestfjord Marine"], agent="Hanseo Heavy Industries", target="Vestfjord Marine",
                amount=[1800000000.0, "USD"]),
            irr("negated", "acquisition", "bid", at="rejected a smaller bid", p=["Hanseo Heavy Industries",
                "Vestfjord Marine"], agent="Hanseo Heavy Industries", target="Vestfjord Marine"),
            irr("planned", "statement", "recommend", at="it would recommend", p=["Vestfjord Marine"],
                agent="Vestfjord Marine"),
            irr("planned", "approval", "approval", at="needs approval from regulators"),
            irr("negated", "blocking", "block", at="would not block the sale", p=["Norway"], agent="Norway"),
            irr("hypothetical", "protest", "strike", at="they would strike if"),
            irr("hypothetical", "acquisition", "bid", at="also studied a bid", p=["Daesan Shipbuilding",
                "Vestfjord Marine"], agent="Daesan Shipbuilding", target="Vestfjord Marine"),
            irr("negated", "acquisition", "counteroffer", p=["Daesan Shipbuilding", "Vestfjord Marine"],
                agent="Daesan Shipbuilding", target="Vestfjord Marine"),
        ],
        "people": ["Park Ji-hoon", "Cecilie Myrseth"],
        "places": ["Norway", "Oslo", "South Korea", "Ulsteinvik", "Brattvag"],
        "organizations": ["Hanseo Heavy Industries", "Vestfjord Marine", "European Union", "Korsor Vaerft",
                          "Daesan Shipbuilding", "DNB Markets"],
    },
    {
        "id": "hf20", "published": "2026-02-12",
        "paragraphs": [
            ["Japan's Takaichi visits Seoul, agrees with Lee to resume security talks"],
            ["SEOUL (AP) — Japanese Prime Minister Sanae Takaichi arrived in Seoul on Thursday for a two-day visit, "
             "the first by a Japanese leader in more than a year, and agreed with South Korean President Lee "
             "Jae-myung to resume regular talks between their defence chiefs."],
            ["After a summit that lasted nearly three hours, the two leaders said in a joint statement that they "
             "would work together against North Korea's nuclear and missile threats and hold a three-way meeting "
             "with the United States."],
            ["Lee told reporters they had not discussed compensation for Koreans forced to work in Japanese mines "
             "during World War Two, an issue that has long strained ties, but that both sides would keep talking "
             "about history \"with courage.\""],
            ["Takaichi said she would not visit the Yasukuni war shrine while in office, Japanese officials said.",
             "Several hundred protesters rallied outside the Japanese embassy, demanding an apology."],
            ["Takaichi will meet business leaders on Friday before returning to Tokyo."],
            ["China's Foreign Ministry said it hoped the two countries would not form a military bloc against a third "
             "party.",
             "North Korea, which fired a ballistic missile into the sea on Wednesday, did not react."],
        ],
        "events": [
            ev("visit", "visits", at="Takaichi visits Seoul", p=["Sanae Takaichi", "Seoul"], agent="Sanae Takaichi",
               loc="Seoul, South Korea", date="2026-02-12", dt="on Thursday"),
            ev("agreement", "agrees", at="agrees with Lee to resume", p=["Sanae Takaichi", "Lee Jae-myung"],
               date="2026-02-12", dt="on Thursday"),
            ev("meeting", "summit", at="After a summit that lasted", p=["Sanae Takaichi", "Lee Jae-myung"],
               agent="Sanae Takaichi", target="Lee Jae-myung", loc="Seoul, South Korea"),
            ev("statement", "said", at="the two leaders said in a joint statement", p=["Sanae Takaichi",
               "Lee Jae-myung"]),
            ev("statement", "told", at="Lee told reporters", p=["Lee Jae-myung"], agent="Lee Jae-myung"),
            ev("statement", "said", at="Takaichi said she would not visit", p=["Sanae Takaichi"],
               agent="Sanae Takaichi"),
            ev("statement", "said", at="Japanese officials said", p=["Japan"], agent="Japan"),
            ev("protest", "rallied", at="protesters rallied outside", loc="Seoul, South Korea"),
            ev("statement", "demanding", at="demanding an apology"),
            ev("statement", "said", at="Foreign Ministry said it hoped", p=["Chinese Foreign Ministry"],
               agent="Chinese Foreign Ministry"),
            ev("launch", "fired", at="which fired a ballistic missile", p=["North Korea"], agent="North Korea",
               date="2026-02-11", dt="on Wednesday"),
        ],
        "irrealis": [
            irr("planned", "meeting", "security talks", at="to resume security talks", p=["Japan", "South Korea"]),
            irr("planned", "meeting", "three-way meeting", at="hold a three-way meeting", p=["Japan", "South Korea",
                "United States"]),
            irr("negated", "discussion", "discussed", at="had not discussed compensation", p=["Lee Jae-myung",
                "Sanae Takaichi"]),
            irr("planned", "meeting", "talking", at="keep talking about history", p=["Japan", "South Korea"]),
            irr("negated", "visit", "visit", at="would not visit the Yasukuni", p=["Sanae Takaichi",
                "Yasukuni war shrine"], agent="Sanae Takaichi", loc="Yasukuni war shrine"),
            irr("planned", "statement", "apology", at="demanding an apology", p=["Japan"], agent="Japan"),
            irr("planned", "meeting", "meet", at="will meet business leaders", p=["Sanae Takaichi"],
                agent="Sanae Takaichi", date="2026-02-13", dt="on Friday"),
            irr("planned", "return", "returning", at="before returning to Tokyo", p=["Sanae Takaichi", "Tokyo"],
                agent="Sanae Takaichi"),
            irr("hypothetical", "alliance", "military bloc", p=["Japan", "South Korea"]),
            irr("negated", "statement", "did not react", p=["North Korea"], agent="North Korea"),
        ],
        "people": ["Sanae Takaichi", "Lee Jae-myung"],
        "places": ["Seoul", "North Korea", "United States", "Japan", "Tokyo"],
        "organizations": ["Chinese Foreign Ministry"],
    },
]
