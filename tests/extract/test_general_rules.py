"""Rules of issue 11's general fixes that no whole-article regression case isolates: checked on the parse of
sentences written for the test."""

from __future__ import annotations

import pytest

from kg import nlp
from kg.extract.events.candidates import Candidate
from kg.extract.events.tolls import _toll_distance
from kg.facts import Event, Mention


@pytest.fixture(scope="module")
def parse():
    model = nlp.load()
    return lambda text: model(text)


def _at(doc, word: str) -> Candidate:
    tok = next(t for t in doc if t.text == word)
    ev = Event(id=word, type="attack", trigger=Mention(tok.idx, tok.idx + len(tok), word), sentence=(0, len(doc.text)))
    return Candidate(ev, tok.i, "verb" if tok.pos_ == "VERB" else "noun", 0, False)


def test_a_conjoined_toll_verb_shares_the_attack_its_first_verb_has_as_subject(parse):
    doc = parse("The attacks on the two consulates killed 41 people and injured more than 300.")
    attacks = _at(doc, "attacks")
    assert _toll_distance(doc, _at(doc, "killed"), attacks)[0] == 0
    assert _toll_distance(doc, _at(doc, "injured"), attacks)[0] == 0


def test_a_conjoined_toll_verb_with_its_own_subject_is_not_tied_to_the_first_subject(parse):
    doc = parse("The attacks killed 41 people, and a stampede injured more than 300.")
    assert _toll_distance(doc, _at(doc, "injured"), _at(doc, "attacks"))[0] == 1
