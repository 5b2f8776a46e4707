"""What the timex tests share: a Friday publication date, `tag` (find_timexes on a sentence) and `one`."""

from __future__ import annotations

import pytest

from kg.extract.timex import find_timexes

FRIDAY = "2025-07-04"  # a Friday


@pytest.fixture(scope="module", name="tag")
def tag_fixture(nlp):
    def run(text: str, published: str | None = FRIDAY):
        return find_timexes(nlp(text), published)

    return run


def one(timexes, text):
    found = [t for t in timexes if t.text == text]
    assert found, f"{text!r} not found in {[t.text for t in timexes]}"
    return found[0]
