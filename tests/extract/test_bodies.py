"""Bodies named by a place and a head noun, and armed groups named by a member noun (kg.extract.bodies)."""

from __future__ import annotations

import kg


def _entities(text: str) -> dict[str, dict]:
    facts = kg.extract_text(text, published="2025-03-05").to_json()
    return {e["name"]: e for e in facts["entities"]}


def test_a_group_name_the_tagger_misreads_inside_a_sentence_is_still_the_group():
    ents = _entities(
        "Bombing\n\nA roadside bomb killed three soldiers in the north on Monday, the Peruvian army said, blaming a"
        " faction of the Shining Path rebels."
    )
    assert ents["Shining Path"]["type"] == "organization"


def test_a_capitalised_common_noun_opening_a_sentence_names_no_group():
    ents = _entities("Clashes\n\nGovernment fighters said on Monday that they had retaken the town.")
    assert "Government" not in ents


def test_a_demonym_before_fighters_stays_the_country():
    ents = _entities("Clashes\n\nSyrian rebels said on Monday that they had retaken the town.")
    assert all(e["type"] != "organization" for e in ents.values())


def test_a_two_word_country_before_its_government_stays_the_country():
    ents = _entities("Budget\n\nThe Hong Kong government said on Monday that taxes would rise.")
    assert "Hong Kong government" not in ents and ents["Hong Kong"]["type"] == "place"
