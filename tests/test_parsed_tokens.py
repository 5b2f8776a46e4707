"""kg.nlp.tokens: tokens whose parse is read once give the answers spaCy's own Tokens give."""

import gc

from spacy.tokens import Doc

from kg import nlp
from kg.nlp import parsed

TREE_ATTRS = ("children", "lefts", "rights", "subtree")


def _answers(tok) -> dict:
    out = {a: getattr(tok, a) for a in (*parsed._SLOT_ATTRS, "i", "idx", "is_alpha")}  # the copied properties too
    out.update({a: [t.i for t in getattr(tok, a)] for a in TREE_ATTRS})
    out["conjuncts"] = [t.i for t in tok.conjuncts]
    out["head"] = tok.head.i
    return out


def _assert_same_as_spacy(doc: Doc) -> None:
    toks = nlp.tokens(doc)
    assert len(toks) == len(doc)
    for tok in toks:
        assert _answers(tok) == _answers(doc[tok.i]), tok.text
        assert type(tok.is_alpha) is bool
        assert tok.lemma_lower == tok.lemma_.lower() and tok.initial_upper == tok.text[:1].isupper(), tok.text
        assert tok.head is toks[tok.head.i]  # the list's own tokens, not new ones
    nlp.release(doc)


def test_parsed_tokens_answer_as_spacy_on_a_parse():
    doc = nlp.load()(
        "BEIRUT (AP) - Rebels shelled the town and the airport on Monday, killing three soldiers.\n"
        "The ministry's spokesman, Ivo Pavlov, said talks with Ana and Marek would resume in May."
    )
    _assert_same_as_spacy(doc)


def test_parsed_tokens_follow_a_non_projective_tree():
    # "A hearing is scheduled on the issue today": 'on the issue' hangs on 'hearing', across 'scheduled'
    words = ["A", "hearing", "is", "scheduled", "on", "the", "issue", "today", "and", "tomorrow", "."]
    heads = [1, 3, 3, 3, 1, 6, 4, 3, 7, 7, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "npadvmod", "cc", "conj", "punct"]
    doc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps)
    assert [t.i for t in doc[1].subtree] != list(range(doc[1].left_edge.i, doc[1].right_edge.i + 1))
    _assert_same_as_spacy(doc)


def _parsed_tokens_alive() -> int:
    return sum(1 for o in gc.get_objects() if type(o).__name__ == "ParsedToken")


def test_released_tokens_answer_as_plain_tokens_and_hold_no_cycle():
    gc.collect()
    before = _parsed_tokens_alive()
    gc.disable()
    try:
        doc = nlp.load()("Rebels shelled the town and the airport.")
        toks = nlp.tokens(doc)
        shelled = toks[1]
        assert _parsed_tokens_alive() == before + len(doc)
        assert nlp.built_tokens(doc) is toks
        nlp.release(doc)
        assert nlp.built_tokens(doc) is None  # a step outside an extraction finds none, and builds none
        assert [t.text for t in shelled.children] == [t.text for t in doc[1].children]
        assert (shelled.i, shelled.idx, shelled.is_alpha) == (doc[1].i, doc[1].idx, doc[1].is_alpha)
        assert shelled.head.i == doc[1].head.i
        del doc, toks, shelled
        assert _parsed_tokens_alive() == before  # freed by reference counting, without the collector
    finally:
        gc.enable()


def test_clause_tense_is_the_same_inside_and_outside_an_extraction():
    from kg.extract.timex.tense import clause_tense

    doc = nlp.load()("The ministers will meet on Friday, officials said on Monday.")
    text = doc.text
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Friday", "Monday")]
    outside = [clause_tense(doc, s, e) for s, e in spans]
    assert nlp.built_tokens(doc) is None  # read with spaCy's tokens: no list left to release
    nlp.tokens(doc)
    inside = [clause_tense(doc, s, e) for s, e in spans]
    nlp.release(doc)
    assert inside == outside == ["future", "past"]
