"""The learnt ranker of unnamed arguments (kg.extract.resolve_learnt): candidates, features, and the hook's
behaviour with and without weights. Sentences written for kg."""

from __future__ import annotations

import copy

import pytest

import kg
from kg.extract.resolve_learnt import (
    Ranker,
    argument_features,
    context,
    is_unnamed,
    load_ranker,
    mention_class,
    ranked_arguments,
    rerank_arguments,
    rules_only,
)
from kg.facts import Argument, Entity

TEXT = (
    "Union leaders meet dock owners\n\n"
    "LISBON (Reuters) - Portugal's dockers union said on Monday it would strike. "
    "Maria Duarte, the union's president, met Prime Minister Rui Costa. She said the talks had failed."
)


@pytest.mark.parametrize(
    ("text", "cls"),
    [("he", "pron_m"), ("She", "pron_f"), ("it", "pron_it"), ("they", "pron_pl"), ("a union official", "person_noun"),
     ("the army", "body"), ("the new president", "title"), ("the two companies", "plural"), ("59", "number")],
)
def test_mention_class(text: str, cls: str) -> None:
    assert mention_class(text) == cls


def test_unnamed_is_a_text_with_no_word_of_its_entity() -> None:
    ent = Entity(id="e1", type="person", name="Maria Duarte")
    assert is_unnamed(Argument(role="agent", text="She", start=0, end=3, entity="e1"), ent)
    assert not is_unnamed(Argument(role="agent", text="Duarte", start=0, end=6, entity="e1"), ent)
    assert not is_unnamed(Argument(role="place", text="there", start=0, end=5), None)  # places are not ranked
    assert is_unnamed(Argument(role="agent", text="a union official", start=0, end=16), None)


def test_candidates_end_with_none_and_features_are_named() -> None:
    with rules_only():
        facts = kg.extract_text(TEXT, published="2026-03-02")
    ctx = context(facts)
    rows = list(ranked_arguments(facts))
    assert rows, "the pronoun speaker is an unnamed argument"
    event, arg, cands, rule = next(r for r in rows if r[1].text == "She")
    assert cands[-1] is None
    feats = argument_features(ctx, event, arg, cands, rule)
    assert len(feats) == len(cands)
    assert feats[-1]["none"] == 1.0
    rule_row = next(f for f, c in zip(feats, cands, strict=True) if c is not None and c.id == rule)
    assert rule_row["rule"] == 1.0 and rule_row["t=person&m=pron_f"] == 1.0


def test_a_ranker_that_trusts_the_rules_changes_nothing() -> None:
    with rules_only():
        facts = kg.extract_text(TEXT, published="2026-03-02")
    before = [(a.role, a.entity) for e in facts.events for a in e.arguments]
    again = copy.deepcopy(facts)
    rerank_arguments(again, Ranker({"rule": 5.0, "none&rule_none": 5.0}))
    assert [(a.role, a.entity) for e in again.events for a in e.arguments] == before


def test_a_ranker_that_prefers_none_unlinks_the_description() -> None:
    with rules_only():
        facts = kg.extract_text(TEXT, published="2026-03-02")
    rerank_arguments(facts, Ranker({"none": 10.0}))
    by_id = {e.id: e for e in facts.entities}
    for _, arg, _, _ in ranked_arguments(facts):
        assert arg.entity is None or arg.entity in by_id


def test_no_weights_file_leaves_the_rules_choice() -> None:
    if load_ranker() is not None:
        pytest.skip("a ranker is committed; the rotation in BENCHMARKS.md (learn-k) says what it changes")
    with rules_only():
        ruled = kg.extract_text(TEXT, published="2026-03-02").to_json()
    assert kg.extract_text(TEXT, published="2026-03-02").to_json() == ruled


@pytest.mark.parametrize(
    ("text", "pair"),
    [("the two companies", True), ("both governments", True), ("each side", True), ("officials", False),
     ("the army", False), ("they", False)],
)
def test_a_pair_is_named_by_a_pair_word(text: str, pair: bool) -> None:
    from kg.extract.resolve_learnt import is_plural, names_a_pair

    assert names_a_pair(text) is pair
    assert is_plural(text) or not pair
