"""The modality of passive reporting verbs with no agent ("had not been informed", "denied that it had been warned"),
read at the token: whether kg makes such a verb an event is the argument frames' business, not this one's."""

from __future__ import annotations

import pytest

from kg import nlp
from kg.extract.events.lexicon import lexicon
from kg.extract.events.modality import modality_of


def modality(sentence: str, word: str) -> str:
    doc = nlp.load()(sentence)
    return modality_of(next(t for t in doc if t.text == word), lexicon())


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    ("The spokesman denied that the cartel had been warned of the raid.", "warned", "negated"),
    ("Officials denied that Berg had been informed of the plan.", "informed", "negated"),
    ("The mayor said he had not been informed in advance.", "informed", "negated"),
    ("The ministry said it had been warned of the raid.", "warned", "asserted"),
    ("The minister did not deny that she had been briefed.", "briefed", "asserted"),
    # a past perfect temporal clause of a reported "would" is the future in the past
    ("The Kremlin said it would not comment until it had been briefed by Washington.", "briefed", "planned"),
    # a denial's clause: what it tells of a meeting did not happen; of an attack, who did it is what is denied
    ("The minister denied that she had met the envoy.", "met", "negated"),
    ("The ministry denied that its troops had shelled the village.", "shelled", "asserted"),
])
def test_passive_reporting_verbs_and_denied_clauses(sentence, word, expected):
    assert modality(sentence, word) == expected
