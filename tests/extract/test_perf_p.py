"""Round p's speed cuts (perf-p): each keeps the answers it had; these sentences are written for the tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract.datelines import find_dateline
from kg.extract.dating import offsets

ROOT = Path(__file__).resolve().parents[2]


def test_offset_markers_are_the_after_and_before_words():
    assert offsets._MARKERS == offsets.AFTER | offsets.BEFORE
    assert "after" in offsets._MARKERS and "before" in offsets._MARKERS
    assert "during" not in offsets._MARKERS


def test_find_dateline_memoised_keeps_each_texts_own_answer():
    first = "OSLAVA, Veloria (AP) — The harbour board met on Tuesday.\nIt said little."
    second = "KAMENO (Reuters) -- Two ministers spoke by phone."
    a, b = find_dateline(first), find_dateline(second)
    assert a is not None and first[a.place[0] : a.place[1]] == "OSLAVA" and a.agency == "Associated Press"
    assert b is not None and second[b.place[0] : b.place[1]] == "KAMENO"
    assert find_dateline(first) == a and find_dateline(second) == b  # asked again: the same answers
    assert find_dateline("The harbour board met on Tuesday.") is None  # no dateline: none, memo or not
    with pytest.raises(AttributeError):
        a.agency = "changed"  # shared between callers: a Dateline cannot be changed


@pytest.mark.parametrize(
    "module", ["kg.extract.names", "kg.extract.kinds", "kg.extract.events.roles", "kg.extract.actors"]
)
def test_module_imports_first_without_a_circle(module):
    """The imports moved from functions to the top of these modules: each imports first in a fresh interpreter."""
    code = f"import {module}; import kg.extract; print('ok')"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "ok", done.stderr


def test_speech_verbs_through_the_late_lexicon():
    from kg.extract.actors import _late_lexicon, speech_verbs
    from kg.extract.events.lexicon import lexicon

    assert _late_lexicon() is lexicon
    verbs = speech_verbs()
    assert "say" in verbs and "bomb" not in verbs
    assert speech_verbs() is verbs  # derived once per lexicon
