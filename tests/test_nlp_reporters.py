"""kg.nlp.reporters: the reporting clause after its content gets its subject back (sentences written for the test)."""

from __future__ import annotations

import kg.nlp


def _parse(text: str):
    return next(iter(kg.nlp.parse([text])))


def _subject_of(doc, verb: str) -> list[str]:
    tok = next(t for t in doc if t.text == verb)
    return [c.text for c in tok.children if c.dep_ == "nsubj"]


def test_a_reporting_verb_read_as_a_relative_clause_gets_its_noun_as_subject():
    doc = _parse(
        "Baltic Grain has agreed to buy Danish miller Nordmel for 90 million euros ($100 million), "
        "the two companies announced on Monday, in the largest deal of the year."
    )
    assert _subject_of(doc, "announced") == ["companies"]
    assert len(list(doc.sents)) == 1


def test_a_subject_hung_on_the_content_as_an_apposition_is_the_verb_s():
    from spacy.tokens import Doc

    from kg.nlp.reporters import reattach_trailing_reporters

    words = ["Ruiz", "beat", "Salas", ",", "the", "Board", "said", "."]
    doc = Doc(
        kg.nlp.load().vocab,
        words=words,
        heads=[1, 6, 1, 2, 5, 2, 6, 6],
        deps=["nsubj", "ccomp", "dobj", "punct", "det", "appos", "ROOT", "punct"],
        tags=["NNP", "VBD", "NNP", ",", "DT", "NNP", "VBD", "."],
    )
    assert _subject_of(reattach_trailing_reporters(doc), "said") == ["Board"]


def test_a_reporting_verb_with_a_clause_or_an_object_of_its_own_is_left_alone():
    doc = _parse("The vote was calm, the minister told reporters on Monday.")
    assert "minister" in _subject_of(doc, "told")
    assert kg.nlp.reporters.trailing_subject(next(t for t in doc if t.text == "told")) is None
