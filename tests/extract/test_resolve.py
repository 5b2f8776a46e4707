"""Cross-article identity: keys, surname linking, alias files."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.resolve import AliasTable, entity_key, load_alias_file, resolve_entities
from kg.facts import Article, ArticleFacts, Entity


def article(aid: str, *entities: Entity) -> ArticleFacts:
    return ArticleFacts(article=Article(id=aid, text=""), entities=list(entities))


def test_key_is_type_and_canonical_name():
    assert entity_key(Entity("e1", "person", "Volodymyr Zelensky")) == "person:volodymyr zelensky"
    assert entity_key(Entity("e1", "organization", "the Kremlin")) == "organization:kremlin"
    assert entity_key(Entity("e2", "place", "United States", country="US")) == "place:US"
    assert entity_key(Entity("e3", "place", "Kyiv", country="UA")) == "place:kyiv|UA"
    # same name, different type: different keys
    assert entity_key(Entity("e4", "place", "Jordan")) != entity_key(Entity("e5", "person", "Jordan"))


def test_surname_links_to_unique_full_name_across_articles():
    a = article("A", Entity("e1", "person", "Volodymyr Zelensky"))
    b = article("B", Entity("e1", "person", "Zelensky"))
    keys = resolve_entities([a, b])
    assert keys[("B", "e1")] == keys[("A", "e1")] == "person:volodymyr zelensky"


def test_shared_surname_stays_distinct():
    a = article("A", Entity("e1", "person", "Joe Biden"), Entity("e2", "person", "Hunter Biden"))
    b = article("B", Entity("e1", "person", "Biden"))
    keys = resolve_entities([a, b])
    assert keys[("A", "e1")] != keys[("A", "e2")]
    assert keys[("B", "e1")] == "person:biden"


def test_alias_file_forces_merge_and_split(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text('[merge]\n"Zelenskyy" = "Volodymyr Zelensky"\n\n[split]\nnames = ["Trump"]\n', encoding="utf-8")
    table = load_alias_file(path)
    assert isinstance(table, AliasTable)
    assert entity_key(Entity("e1", "person", "Zelenskyy"), table) == "person:volodymyr zelensky"
    a = article("A", Entity("e1", "person", "Donald Trump"))
    b = article("B", Entity("e1", "person", "Trump"))
    keys = resolve_entities([a, b], table)
    assert keys[("B", "e1")] == "person:trump"


def test_alias_file_json(tmp_path):
    path = tmp_path / "aliases.json"
    path.write_text('{"merge": {"person:Kiev mayor": "Vitali Klitschko"}, "split": []}', encoding="utf-8")
    table = load_alias_file(path)
    assert entity_key(Entity("e1", "person", "Kiev mayor"), table) == "person:vitali klitschko"


def test_one_name_one_type_across_articles():
    from kg.facts import Mention

    def mentioned(aid: str, text: str, etype: str) -> ArticleFacts:
        start = text.index("Dornas")
        ent = Entity("e1", etype, "Dornas", mentions=[Mention(start, start + 6, "Dornas")])
        return ArticleFacts(article=Article(id=aid, text=text), entities=[ent])

    a = mentioned("A", "Drones struck the border town of Dornas overnight.", "place")
    b = mentioned("B", "The Dornas strike was condemned.", "organization")
    c = mentioned("C", "Dornas said nothing.", "person")
    keys = resolve_entities([a, b, c])
    assert keys[("A", "e1")] == keys[("B", "e1")] == keys[("C", "e1")] == "place:dornas"
    assert {f.entities[0].type for f in (a, b, c)} == {"place"}


def test_short_forms_key_on_the_long_form():
    from kg.extract.resolve import is_acronym_of

    long = entity_key(Entity("e1", "organization", "International Committee of the Red Cross"))
    assert entity_key(Entity("e2", "organization", "ICRC")) == long
    assert entity_key(Entity("e3", "organization", "the Red Cross")) == long
    assert is_acronym_of("ICRC", "International Committee of the Red Cross")
    assert is_acronym_of("U.N.", "United Nations") and not is_acronym_of("UN", "European Union")


def test_acronym_defined_in_one_article_names_the_organisation_in_another():
    a = article("A", Entity("e1", "organization", "Ostrian Emergency Service", aliases=["OES"]))
    b = article("B", Entity("e1", "organization", "OES"))
    keys = resolve_entities([a, b])
    assert keys[("B", "e1")] == keys[("A", "e1")] == "organization:ostrian emergency service"


def org(aid: str, *names: str) -> ArticleFacts:
    return article(aid, *(Entity(f"e{k}", "organization", n) for k, n in enumerate(names, start=1)))


def test_legal_forms_and_us_spellings_are_one_organisation():
    a = org("A", "Apple Inc.", "U.S. Air Force", "Justice Department")
    b = org("B", "Apple", "United States Air Force", "Department of Justice")
    c = org("C", "Apple, Inc.", "US Air Force")
    keys = resolve_entities([a, b, c])
    for k in (1, 2):
        assert keys[("A", f"e{k}")] == keys[("B", f"e{k}")] == keys[("C", f"e{k}")]
    assert keys[("A", "e3")] == keys[("B", "e3")]
    assert keys[("A", "e1")] != keys[("A", "e2")]


def test_trade_words_join_a_name_the_corpus_uses_alone_and_never_leave_a_bare_word():
    a = org("A", "Ford Motor Company", "Apple Computer", "General Motors Corporation")
    b = org("B", "Ford", "Apple", "General Electric")
    c = org("C", "Ford Motors Co.", "General Motors")
    rules: dict = {}
    keys = resolve_entities([a, b, c], rules=rules)
    assert keys[("A", "e1")] == keys[("B", "e1")] == keys[("C", "e1")] == "organization:ford"
    assert keys[("A", "e2")] == keys[("B", "e2")]
    assert keys[("A", "e3")] == keys[("C", "e2")] == "organization:general motors"
    assert keys[("B", "e3")] == "organization:general electric"
    assert "trade word" in rules[("A", "e1")] and ("B", "e1") not in rules


def test_an_acronym_one_article_defines_is_that_organisation_elsewhere():
    a = article("A", Entity("e1", "organization", "Singapore Airlines", aliases=["SIA"]))
    b = org("B", "SIA")
    rules: dict = {}
    keys = resolve_entities([a, b], rules=rules)
    assert keys[("B", "e1")] == keys[("A", "e1")]
    assert "defined" in rules[("B", "e1")] and "article A" in rules[("B", "e1")]


def test_well_known_acronyms_and_the_alias_file_still_wins(tmp_path):
    assert entity_key(Entity("e1", "organization", "USAF")) == entity_key(
        Entity("e2", "organization", "United States Air Force")
    )
    path = tmp_path / "aliases.toml"
    path.write_text('[split]\nnames = ["Ford"]\n', encoding="utf-8")
    keys = resolve_entities([org("A", "Ford Motor Company"), org("B", "Ford")], load_alias_file(path))
    assert keys[("A", "e1")] != keys[("B", "e1")]


def test_defined_acronyms_follow_the_letters_of_the_long_form():
    from kg.extract.resolve import is_defined_acronym

    assert is_defined_acronym("SIA", "Singapore Airlines")
    assert is_defined_acronym("ICRC", "International Committee of the Red Cross")
    assert not is_defined_acronym("GM", "Ford Motor")
    assert not is_defined_acronym("SA", "Airbus")


# The type cues' backward matches, on the reversed text, against the patterns they stand for.
_BACKWARD_PATTERNS = {
    "_PREV_WORD_REVERSED": r"(\w+)\s+$",
    "_NOUN_OF_REVERSED": r"\b(\w+)\s+of\s+$",
    "_ROLE_BEFORE_REVERSED": r"(\w+),?\s+$",
}
_CUE_TEXT = st.text(alphabet="ab_9 of,\n\t\xa0\u2028é.-'", max_size=40)


@settings(max_examples=400)
@given(_CUE_TEXT)
def test_backward_type_cues_match_as_their_forward_patterns(before):
    from kg.extract import resolve

    for name, forward in _BACKWARD_PATTERNS.items():
        expected = re.search(forward, before)
        found = getattr(resolve, name).match(before[::-1])
        assert (found.group(1)[::-1] if found else None) == (expected.group(1) if expected else None), name


def test_backward_type_cues_read_the_word_before_a_name():
    from kg.extract.resolve import type_votes

    text = "Troops entered the city of Arvel on Monday, near Brask, said its founder, Ada Lind."
    assert type_votes(text, text.index("Arvel"), text.index("Arvel") + 5)["place"] > 0  # "the city of X"
    assert type_votes(text, text.index("Brask"), text.index("Brask") + 5)["place"] > 0  # "near X"
    assert type_votes(text, text.index("Ada"), text.index("Lind") + 4)["person"] > 0  # "its founder, X"
