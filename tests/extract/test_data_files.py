"""The data files of kg/extract/data: a JSON object with a key twice silently keeps only the last value (two
branches that each add a list of the same name), so no file may have one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "kg" / "extract" / "data"


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    keys = [k for k, _ in pairs]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates, f"duplicate keys {duplicates}"
    return dict(pairs)


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.json")), ids=lambda p: p.name)
def test_no_json_data_file_has_a_key_twice(path):
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_duplicate_keys)


def test_the_check_finds_a_key_twice():
    with pytest.raises(AssertionError, match="topic"):
        json.loads('{"senses": {"topic": [1], "other": [], "topic": [2]}}', object_pairs_hook=_no_duplicate_keys)


def test_the_bare_member_nouns_are_armed_group_members():
    from kg.extract.bodies import armed_group_members
    from kg.extract.names import word_list

    bare = word_list("unnamed_member_nouns.txt")
    assert bare and bare <= armed_group_members()
    assert "gunmen" not in bare  # an attack's gunmen are often no group the article names
