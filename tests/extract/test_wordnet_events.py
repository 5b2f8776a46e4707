"""The WordNet tier of the event lexicon (`kg/extract/data/wordnet_events.json`): the committed file is what
`benchmarks/wordnet_events.py` writes from WordNet 3.0 (skipped where the Debian package wordnet-base is not
installed), its licence is beside it, and the tier stays under the curated lexicon."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "kg" / "extract" / "data"
WORDNET = Path("/usr/share/wordnet")


def _generator():
    spec = importlib.util.spec_from_file_location("wordnet_events", ROOT / "benchmarks" / "wordnet_events.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(
    not (WORDNET / "data.verb").exists(),
    reason="WordNet 3.0 is not installed (apt-get install -y wordnet-base); the committed file cannot be rebuilt",
)
def test_the_committed_file_is_what_the_generator_writes():
    gen = _generator()
    assert (DATA / "wordnet_events.json").read_text(encoding="utf-8") == gen.render(gen.build(WORDNET))


def test_the_licence_is_beside_the_data():
    text = (DATA / "wordnet_LICENSE").read_text(encoding="utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in text


def test_the_tier_is_under_the_curated_lexicon():
    from kg.extract.events.lexicon import lexicon

    curated = json.loads((DATA / "event_lexicon.json").read_text(encoding="utf-8"))["types"]
    generated = json.loads((DATA / "wordnet_events.json").read_text(encoding="utf-8"))
    lex = lexicon()
    for etype, spec in curated.items():
        for lemma in spec.get("verbs", []):
            assert etype in lex.verbs[lemma]  # every curated verb keeps its types, first
    assert lex.verbs["aver"] == ("statement",)  # a generated reporting verb
    assert "censure" in lex.senses["statement_verb_senses"]["object"]  # a judging verb takes its object
    stopped = {w for cls in generated["stop"].values() for w in cls["words"]}
    assert "ignore" in stopped and "ignore" not in lex.verbs
    assert all(cls["reason"] for cls in generated["stop"].values())
