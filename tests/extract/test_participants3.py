"""Entity naming and typing rules of participants-3: storms, legal forms, place nouns, plural group names."""

from __future__ import annotations

import kg


def _entities(text: str) -> dict[str, dict]:
    facts = kg.extract_text(text, published="2025-03-05").to_json()
    return {e["name"]: e for e in facts["entities"]}


def test_a_storm_is_no_person_nor_organisation():
    ents = _entities(
        "Storm\n\nRescuers searched for survivors after Cyclone Mocha tore through Sittwe, the agency said."
    )
    assert ents["Cyclone Mocha"]["type"] == "other"


def test_legal_form_left_out_of_the_shown_name_and_kept_as_alias():
    ents = _entities("Job cuts\n\nOrvex Systems Corp said on Monday it would cut 300 jobs. Orvex shares fell.")
    assert "Orvex Systems Corp" not in ents
    assert "Orvex Systems Corp" in ents["Orvex Systems"]["aliases"]


def test_company_is_kept_in_the_name():
    from kg.extract.org_names import without_legal_form

    assert without_legal_form("National Iranian Oil Company") == "National Iranian Oil Company"
    assert without_legal_form("Nuance Communications Inc.") == "Nuance Communications"
    assert without_legal_form("Corp") == "Corp"


def test_place_noun_left_out_of_a_place_name():
    from kg.extract.places import without_place_noun

    assert without_place_noun("Khost province") == "Khost"
    assert without_place_noun("the Sambisa forest") == "Sambisa"
    assert without_place_noun("Red River") == "Red River"


def test_one_word_name_is_the_group_named_by_its_plural():
    ents = _entities("Ships attacked\n\nHouthi rebels fired drones at a tanker. The Houthis said the ship was Israeli.")
    assert "Houthi" not in ents
    assert "Houthi" in ents["Houthis"]["aliases"]
    assert ents["Houthis"]["type"] == "organization"  # named before a member noun: an armed group
