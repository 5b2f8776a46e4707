"""kg.extract.events.national: the country a state body's phrase names, the report's country of an institution named
by its kind, and where an election is held (sentences written for these tests)."""

from __future__ import annotations

import kg


def _events(text: str) -> list[tuple[str, str, set[tuple[str, str]]]]:
    facts = kg.extract_text(text, published="2025-07-04").to_json()
    names = {e["id"]: e["name"] for e in facts["entities"]}
    out = []
    for e in facts["events"]:
        args = {(a["role"], names.get(a.get("entity") or "", a["text"])) for a in e["arguments"]}
        out.append((e["type"], e["trigger"]["text"], args))
    return out


def _args(text: str, kind: str, trigger: str) -> set[tuple[str, str]]:
    return next(args for t, trig, args in _events(text) if t == kind and trig == trigger)


def test_a_ministry_of_a_country_named_by_its_possessive_speaks_for_it():
    text = (
        "Border row\n\nVelmar and Ostrana traded accusations.\n\n"
        "Ostrana's interior ministry said the border would stay shut."
    )
    assert ("agent", "Ostrana") in _args(text, "statement", "said")


def test_an_official_with_a_demonym_speaks_for_the_country():
    text = (
        "Gas\n\nTurkey and Uzbekistan signed a gas deal on Monday.\n\n"
        "A senior Uzbek official told reporters it would last ten years."
    )
    assert ("agent", "Uzbekistan") in _args(text, "statement", "told")


def test_an_institution_named_by_its_kind_is_the_dateline_country_s():
    text = (
        "Count\n\nLILONGWE, Malawi (AP) - The electoral commission said on Monday that the count was over. "
        "Malawi voted in May."
    )
    assert ("agent", "Malawi") in _args(text, "statement", "said")


def test_an_international_court_is_no_state_s():
    text = (
        "Inquiry\n\nNAIROBI, Kenya (AP) - "
        "The International Criminal Court said on Monday it would open an inquiry. Kenya agreed."
    )
    assert not any(name == "Kenya" for _, name in _args(text, "statement", "said"))


def test_a_spokesman_with_no_country_in_his_phrase_implies_none():
    text = "Talks\n\nNAIROBI, Kenya (AP) - A spokesman said on Monday the talks would resume. Kenya and Somalia met."
    assert not any(name == "Kenya" for _, name in _args(text, "statement", "said"))


def test_an_election_is_held_in_the_country_its_sentence_names():
    text = "Vote\n\nLUSAKA, Zambia (AP) - Ana Moyo wins Malawian presidency, officials in Zambia and Malawi said."
    assert ("place", "Malawi") in _args(text, "election", "wins")


def test_an_election_in_a_sentence_naming_no_country_is_the_dateline_country_s():
    text = "Term\n\nWINDHOEK, Namibia (Reuters) - President Lukas Haingura won a second term on Sunday with 58 percent."
    assert ("place", "Namibia") in _args(text, "election", "won")
