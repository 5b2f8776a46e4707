"""The rules as data (kg/extract/timex/data/): every rule's example sentences, checked.

Each example in rules.toml marks [the expression] the rule is for and the TIMEX3 type and value written
beside it; read as published on PUBLISHED, the rule must match that expression and be the one that gives
it its value (the longest match, or the one a longer match that normalises to nothing gives way to), and
find_timexes must give it that value.
"""

from __future__ import annotations

import re

import pytest

from kg.extract.timex import find_timexes
from kg.extract.timex.detection import Candidate, trim
from kg.extract.timex.normalise import NORMALISERS
from kg.extract.timex.patterns import COMPILED, RULES, SUBPATTERNS
from kg.extract.timex.tagger import read_timexes
from kg.nlp import doc_text

PUBLISHED = "2025-07-04"  # a Friday: rules.toml's examples are read against it

EXAMPLES = [pytest.param(rule, ex, id=f"{rule.kind}-{i}") for rule in RULES for i, ex in enumerate(rule.examples, 1)]


def test_every_rule_has_examples_and_a_normaliser():
    assert len(RULES) == len(COMPILED) == 49
    for rule in RULES:
        assert rule.examples, f"{rule.kind} has no example"
        assert rule.kind in NORMALISERS


def test_every_reference_is_expanded():
    for name, pattern in [*SUBPATTERNS.items(), *((r.kind, r.pattern) for r in RULES)]:
        assert not re.search(r"%(?:[A-Z]|words\()", pattern), name


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_rule_examples(nlp, rule, example):
    doc = nlp(example.text)
    text = doc_text(doc)
    extent = (example.start, example.start + len(example.extent))
    own = [
        c
        for m in dict(COMPILED)[rule.kind].finditer(text)
        if (c := Candidate(m.start(), m.end(), rule.kind, m, 0)) and trim(c, text) == extent
    ]
    assert own, f"{rule.kind} does not match [{example.extent}]"
    kept = [kind for kind, t in read_timexes(doc, PUBLISHED) if (t.start, t.end) == extent]
    found = [(t.type, t.value) for t in find_timexes(doc, PUBLISHED) if (t.start, t.end) == extent]
    assert found == [(example.type, example.value)]
    assert kept == [rule.kind]
