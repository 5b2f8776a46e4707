"""Entity typing from the words around a name (data/type_cues.tsv, not_names.txt, organizations.tsv) and first
names the NER cut off (kg.extract.names): sentences written here."""

from __future__ import annotations

import pytest

from kg import nlp
from kg.extract.entities import find_entities
from kg.facts import Article


def types_of(text: str) -> dict[str, str]:
    ents, _ = find_entities(nlp.load()(text), Article(id="t", text=text))
    return {e.name: e.type for e in ents}


@pytest.mark.parametrize("text, name, kind", [
    ("Two patrol boats were seized off Crimea on Sunday, the navy said.", "Crimea", "place"),  # "off X"
    ("Roads into the capital Naypyitaw were closed, witnesses said.", "Naypyitaw", "place"),  # "the capital X"
    ("Two ferries left the port Tarvik on Monday, the coast guard said.", "Tarvik", "place"),
    ("Macron walked through the Gemmayzeh neighbourhood on Thursday.", "Gemmayzeh", "place"),  # "the X neighbourhood"
    ("Leftist lawmaker Ana Quispe said she would contest the result.", "Ana Quispe", "person"),  # the first name joined
    ("Critics on Twitter said the minister should resign.", "Twitter", "organization"),  # a platform, no person
    ("The party said in a statement posted on Facebook that the vote was rigged.", "Facebook", "organization"),
    ("Russia's FSB security service said the men had been detained.", "FSB", "organization"),  # "X security service"
    ("Chega, the far-right party, won 18% of the vote, officials said.", "Chega", "organization"),  # ", the ... party"
    ("Voters backed the party Chega in the south.", "Chega", "organization"),
])
def test_context_types_the_name(text, name, kind):
    assert types_of(text).get(name) == kind


def test_a_holiday_is_no_name():
    names = types_of("Bombings on Easter Sunday killed 20 people in Colombo, and the Easter attacks shook the city.")
    assert "Easter Sunday" not in names and "Easter" not in names and names.get("Colombo") == "place"


def test_a_title_or_a_headline_word_is_no_first_name():
    names = types_of("Senator Elena Ruiz met the Governor of Texas on Friday. President Ruiz thanked him.")
    assert names.get("Elena Ruiz") == "person" and "President Ruiz" not in names


def test_a_word_after_a_determiner_is_no_first_name():
    names = types_of("Crowds gathered outside the Little Havana home where the boy lives.")
    assert "Little" not in names and not any(n.startswith("Little") and t == "person" for n, t in names.items())


def test_a_place_word_before_a_name_is_no_first_name():
    names = types_of("Talk of the case filled the cafes in Little Havana and on the radio.")
    assert not any(t == "person" and "Havana" in n for n, t in names.items())
