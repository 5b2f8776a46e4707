"""Civic kinds of round p: arguments and modality the clause around the trigger tells (`civic_context`), and the
word senses of visits, protests and sanctions it needed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg import nlp
from kg.extract import extract_facts
from kg.facts import Article, ArticleFacts


def facts_of(text: str, published: str = "2025-03-05") -> ArticleFacts:
    return extract_facts(nlp.load()(text), Article(id="t", text=text, published=published))


def of_type(facts: ArticleFacts, etype: str, modality: str | None = "asserted"):
    return [e for e in facts.events if e.type == etype and (modality is None or e.modality == modality)]


def names(facts: ArticleFacts, event, role: str | None = None) -> set[str]:
    ents = {e.id: e.name for e in facts.entities}
    return {ents.get(a.entity or "", a.text) for a in event.arguments if role is None or a.role == role}


# ---------------------------------------------------------------- arrests: the police the article names


@pytest.mark.parametrize(
    "text",
    [
        "TIRANA, Albania (Reuters) - Police fired tear gas at marchers in Tirana on Monday. Officials said 31 "
        "protesters had been detained.",
        "TIRANA, Albania (Reuters) - Police fired tear gas at marchers in Tirana on Monday, and dozens were "
        "detained, witnesses said.",
    ],
)
def test_a_passive_arrest_without_its_taker_was_made_by_the_articles_police(text):
    facts = facts_of(text)
    (arrest,) = of_type(facts, "arrest")
    assert any(n.lower().endswith("police") for n in names(facts, arrest, "agent"))


def test_an_arrest_by_someone_named_keeps_its_taker():
    facts = facts_of(
        "TIRANA, Albania (Reuters) - Police guarded the square on Monday. Two officers were detained by soldiers."
    )
    (arrest,) = of_type(facts, "arrest")
    assert not any(n.lower().endswith("police") for n in names(facts, arrest, "agent"))


def test_no_police_in_the_article_no_taker_invented():
    facts = facts_of("Two journalists were detained in the capital on Monday, their newspaper said.")
    (arrest,) = of_type(facts, "arrest")
    assert not names(facts, arrest, "agent")


# ---------------------------------------------------------------- elections


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        ("Veloria's former army chief Ivo Marek was declared the winner of Sunday's presidential election.",
         "Ivo Marek"),
        ("The electoral commission declared Ana Ruiz the winner of the runoff on Monday.", "Ana Ruiz"),
        ("Pavel Dron, who lost the presidential election to Ana Ruiz in May, led a march on Tuesday.", "Ana Ruiz"),
    ],
)
def test_the_winner_an_election_noun_is_declared_for(text, winner):
    facts = facts_of(text)
    elections = of_type(facts, "election")
    assert elections and winner in names(facts, elections[0], "agent")


def test_the_loser_of_an_election_is_not_its_winner():
    facts = facts_of("Pavel Dron, who lost the presidential election to Ana Ruiz in May, led a march on Tuesday.")
    (election,) = of_type(facts, "election")
    assert "Pavel Dron" not in names(facts, election, "agent")


def test_an_election_something_happens_before_is_still_to_come():
    facts = facts_of("Opposition leader Ana Ruiz was shot on Friday, two days before an election for the senate.")
    assert of_type(facts, "election", "planned") and not of_type(facts, "election")
    facts = facts_of("Thousands marched in the capital ahead of the election, police said.")
    assert of_type(facts, "election", "planned") and not of_type(facts, "election")


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marek won the presidential election on Sunday. Before the election, he had promised lower taxes.",
        "Critics said the ruling party had jailed opponents before the 2016 election.",
    ],
)
def test_an_election_told_as_won_or_dated_keeps_its_modality(text):
    assert of_type(facts_of(text), "election")


# ---------------------------------------------------------------- visits


def test_a_visit_takes_the_place_of_the_arrival_it_is_the_purpose_of():
    facts = facts_of(
        "Indonesian President Adi Wirawan arrived in Nairobi on Sunday for a three-day state visit. Kenya is the "
        "first stop of his tour."
    )
    (visit,) = of_type(facts, "visit")
    assert "Nairobi" in names(facts, visit, "place") and "Kenya" in names(facts, visit, "place")


def test_a_visited_site_lies_in_the_province_it_names():
    facts = facts_of("Prime Minister Ana Ruiz toured flooded villages of Punjab province on Monday.")
    (visit,) = of_type(facts, "visit")
    assert "Punjab" in names(facts, visit, "place")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pope Leo brings message of peace to Lebanon on first trip abroad", "Lebanon"),
        ("King Felipe, who is in Morocco on a private trip, did not attend the summit.", "Morocco"),
    ],
)
def test_a_trip_abroad_or_on_which_someone_is_somewhere_is_a_visit(text, place):
    facts = facts_of(text)
    (visit,) = of_type(facts, "visit")
    assert place in names(facts, visit, "place")


def test_a_trip_with_no_place_is_no_visit():
    assert not of_type(facts_of("The minister said the trip had been long."), "visit")


def test_flying_back_is_a_return_not_a_visit():
    facts = facts_of("The Polish president lays flowers on Thursday before he flies back to Warsaw.")
    assert not [e for e in facts.events if e.type == "visit" and e.trigger.text == "flies"]
    facts = facts_of("The Polish president flew to Vilnius on Thursday.")
    assert of_type(facts, "visit")


def test_touring_a_named_site_is_a_visit_touring_a_thing_is_not():
    facts = facts_of("Rubio toured the canal's Gatun locks on Sunday.")
    assert of_type(facts, "visit")
    assert not of_type(facts_of("The auditors toured the company's accounts on Sunday."), "visit")


# ---------------------------------------------------------------- protests and sanctions


@pytest.mark.parametrize(
    "text",
    [
        "Riots swept the capital in November, leaving four people dead.",
        "Residents had held a sit-in outside the court since Monday.",
    ],
)
def test_riots_and_sit_ins_are_protests(text):
    assert of_type(facts_of(text), "protest")


def test_riot_police_are_no_protest():
    assert not of_type(facts_of("Riot police guarded the parliament building on Monday."), "protest")


def test_a_sanction_and_the_freeze_that_is_part_of_it_are_one_sanction():
    facts = facts_of(
        "Canada imposed sanctions on Wednesday on a former senator and four businessmen, freezing any assets they "
        "hold in the country and barring them from entry."
    )
    assert len(of_type(facts, "sanction")) == 1


def test_two_sanctioning_countries_are_two_sanctions():
    facts = facts_of("Canada imposed sanctions on the general on Monday. Britain froze the assets of his bank.")
    assert len(of_type(facts, "sanction")) == 2


# ---------------------------------------------------------------- one ruling per decision


def test_a_court_that_rules_and_orders_gives_one_ruling():
    facts = facts_of(
        "Velorian appeal court strikes down mining licence\n\nKINGSTOWN (AP) - Veloria's Court of Appeal on "
        "Wednesday quashed a licence granted to the Orwell Mining Company. The Court of Appeal also ordered the "
        "Ministry of Mining to hold public hearings before any new licence is granted."
    )
    assert len(of_type(facts, "ruling")) == 1


def test_an_acquittal_and_a_sentence_are_two_rulings():
    facts = facts_of(
        "A court in Lenburg on Tuesday sentenced the former chief executive of Orwell Shipping to four years in "
        "prison for bribery. Two other former managers were acquitted."
    )
    assert {e.outcome for e in of_type(facts, "ruling")} >= {"acquitted"} and len(of_type(facts, "ruling")) == 2


def test_a_verdict_in_the_passive_is_the_court_the_article_names():
    facts = facts_of(
        "The Lenburg District Court on Tuesday sentenced the former chief executive of Orwell Shipping to four "
        "years in prison. Two other former managers were acquitted."
    )
    (acquittal,) = [e for e in of_type(facts, "ruling") if e.outcome == "acquitted"]
    assert "Lenburg District Court" in names(facts, acquittal, "agent")


def test_a_ruling_told_as_the_time_of_another_is_its_own():
    facts = facts_of(
        "Veloria's Supreme Court ruled on Sunday that parliament must convene within two days. The ruling party "
        "lost its majority after the Supreme Court threw out the appointment of an extra lawmaker last month."
    )
    assert len(of_type(facts, "ruling")) == 2


def test_a_visit_after_a_possessive_the_parser_misread_is_one_visit():
    facts = facts_of(
        "India and Bhutan sign hydropower pact during foreign minister's visit\n\nTHIMPHU (AP) - India and Bhutan "
        "signed an agreement on Wednesday during a two-day visit to Thimphu by Indian Foreign Minister Ravi Kumar."
    )
    (visit,) = of_type(facts, "visit")
    assert any(m.start < 70 for m in [visit.trigger, *visit.mentions])


def test_riots_in_general_are_no_protest():
    assert not of_type(facts_of("He confessed on television to organising riots."), "protest")


# ---------------------------------------------------------------- who was taken, who took them


def test_a_list_of_names_the_parser_read_as_an_apposition_is_every_one_of_them():
    from spacy.tokens import Doc

    from kg.extract.events.roles import _listed_as_apposition

    words = ["Ruiz", ",", "Marek", "and", "Dron", "were", "arrested"]
    doc = Doc(
        nlp.load().vocab,
        words=words,
        heads=[6, 0, 0, 2, 2, 6, 6],
        deps=["nsubjpass", "punct", "appos", "cc", "conj", "auxpass", "ROOT"],
        pos=["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "AUX", "VERB"],
    )

    class Lookup:
        people = {0: "e1", 2: "e2", 4: "e3"}

        def entity_at(self, i):
            return self.people.get(i)

        def type_of(self, eid):
            return "person" if eid else None

    assert [t.text for t in _listed_as_apposition(doc[0], Lookup())] == ["Marek", "Dron"]
    Lookup.people = {0: "e1", 2: "e1", 4: "e3"}  # "Ruiz, Ana Ruiz and ...": the same person named again
    assert _listed_as_apposition(doc[0], Lookup()) == []


def test_an_apposed_title_is_no_second_person():
    facts = facts_of("Ana Ruiz, the opposition leader, was arrested in Lenburg on Tuesday.")
    (arrest,) = of_type(facts, "arrest")
    assert names(facts, arrest, "target") == {"Ana Ruiz"}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Police detained 30 students on Monday, among them the activist Ivo Marek, officials said.", "Ivo Marek"),
        ("Prosecutors said 12 bank employees had been detained, including the bank's director, Pavel Dron.",
         "Pavel Dron"),
    ],
)
def test_the_one_named_among_the_many_arrested_is_a_target(text, named):
    facts = facts_of(text)
    (arrest,) = of_type(facts, "arrest")
    assert named in names(facts, arrest, "target")


def test_a_force_that_says_it_made_the_arrests_made_them():
    facts = facts_of(
        "MAIDUGURI, Nigeria (AFP) - The Nigerian army said 12 suspected informants had been arrested in nearby "
        "villages."
    )
    (arrest,) = of_type(facts, "arrest")
    assert "Nigerian army" in names(facts, arrest, "agent")


def test_a_hospital_that_reports_arrests_did_not_make_them():
    facts = facts_of("LENBURG (AP) - The Lenburg General Hospital said two men had been arrested.")
    (arrest,) = of_type(facts, "arrest")
    assert not names(facts, arrest, "agent")


def test_a_person_re_elected_in_an_apposed_participle_won_an_election():
    facts = facts_of("President Ivo Marek, re-elected in November, has pledged to cut taxes.")
    (election,) = of_type(facts, "election")
    assert "Ivo Marek" in names(facts, election, "agent")
    assert not of_type(facts_of("Elected officials from the region met the minister on Monday."), "election")


def test_boycotting_a_vote_is_no_protest_boycotting_a_match_is():
    assert not of_type(facts_of("The main opposition parties boycotted the vote on Sunday."), "protest")
    assert of_type(facts_of("Thousands of fans boycotted the match on Sunday."), "protest")


def test_a_headline_line_the_parser_cut_in_two_is_still_the_title():
    from spacy.tokens import Doc

    from kg.extract.events import _title_sentence

    text = "Ruiz wins presidency in a landslide\n\nLENBURG (AP) - Ana Ruiz won the election."
    words = ["Ruiz", "wins", "presidency", "in", "a", "landslide", "\n\n", "LENBURG", "(", "AP", ")", "-", "Ana",
             "Ruiz", "won", "the", "election", "."]
    spaces = [True, True, True, True, True, False, False, True, False, False, True, True, True, True, True, True,
              False, False]
    starts = [True, False, False, False, True, False, False, True] + [False] * 10  # cut after "in"
    doc = Doc(nlp.load().vocab, words=words, spaces=spaces, sent_starts=starts)
    assert doc.text == text
    assert _title_sentence(list(doc.sents), Article(id="t", text=text)) == 0


def test_the_person_a_decision_is_about_is_its_party():
    facts = facts_of("The immigration agency's decision to return Elena Vidal to Cuba angered exiles in Miami.")
    (ruling,) = of_type(facts, "ruling")
    assert "Elena Vidal" in names(facts, ruling, "target")
    facts = facts_of("The court ruled that the law was unconstitutional.")
    (ruling,) = of_type(facts, "ruling")
    assert "Elena Vidal" not in names(facts, ruling)


def test_protesters_met_later_are_the_crowd_of_the_protest_told():
    facts = facts_of(
        "Thousands of people marched through Lenburg on Sunday to demand new elections. The march was peaceful. "
        "Organisers said it was the largest in years. Speakers addressed the crowd. Later, police fired tear gas "
        "at protesters near parliament."
    )
    assert len(of_type(facts, "protest")) == 1
    assert of_type(facts_of("Police fired tear gas at protesters in Lenburg on Sunday."), "protest")
