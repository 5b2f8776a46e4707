"""The regression sentences: one case per phenomenon, written for kg (never copied from a development set).

Each `tests/extract/regression/*.jsonl` line is one case:

    {"phenomenon": "what the case shows", "text": "Headline\\n\\nBody ...", "published": "2025-07-04",
     "events": [{"type": "call", "trigger": "called", "modality": "asserted", "agent": "Emmanuel Macron",
                 "participant": ["Vladimir Putin"], "date": "2025-07-01", "date_source": "expression",
                 "casualties": {"killed": 3}, "content_starts": "the talks"}],
     "counts": {"attack": 1},
     "absent": [{"type": "agreement", "modality": "asserted"}]}

- `events`: each must match some extracted event: the same type, and every other key given: `trigger` (its
  text), `modality`, `date`, `date_source`, `subject` (an agreement's: "ceasefire"), `casualties` (the keys
  given), `content_starts` (the content begins so), `amount` (the keys given), `mentions` (texts of mentions
  folded into the event, each one of them); a role key (`agent`,
  `participant`, `target`, `victim`, `recipient`, `place`, `instrument`, `medium`) names the entities
  (canonical names) that role must hold, a string or a list.
- `counts`: exactly this many events of the type (one event per real-world event).
- `absent`: no extracted event matches any of these.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg

HERE = Path(__file__).parent / "regression"
ROLES = ("agent", "participant", "target", "victim", "recipient", "place", "instrument", "medium")


def _cases() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(HERE.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                out.append((f"{path.stem}:{n}", json.loads(line)))
    return out


CASES = _cases()


def _role_names(event: dict, entities: dict[str, dict], role: str) -> set[str]:
    names = set()
    for arg in event["arguments"]:
        if arg["role"] == role:
            ent = entities.get(arg.get("entity") or "")
            names.add(ent["name"] if ent else arg["text"])
    return names


def _mismatch(want: dict, got: dict, entities: dict[str, dict]) -> str | None:
    """Why `got` is not the event `want` describes (None when it is)."""
    if got["type"] != want["type"]:
        return "type"
    for key, value in want.items():
        if key == "type":
            continue
        if key == "trigger" and got["trigger"]["text"] != value:
            return f"trigger {got['trigger']['text']!r}"
        if key in ("modality", "date", "date_source", "subject") and got.get(key) != value:
            return f"{key} {got.get(key)!r}"
        if key in ("casualties", "amount"):
            have = got.get(key) or {}
            if any(have.get(k) != v for k, v in value.items()):
                return f"{key} {have!r}"
        if key == "content_starts" and not (got.get("content") or "").startswith(value):
            return f"content {got.get('content')!r}"
        if key == "mentions":
            have_mentions = [m["text"] for m in got.get("mentions") or []]
            if any(v not in have_mentions for v in value):
                return f"mentions {have_mentions}"
        if key in ROLES:
            wanted = {value} if isinstance(value, str) else set(value)
            have = _role_names(got, entities, key)
            if not wanted <= have:
                return f"{key} {sorted(have)}"
    return None


def _describe(ev: dict, entities: dict[str, dict]) -> str:
    roles = {r: sorted(_role_names(ev, entities, r)) for r in ROLES if _role_names(ev, entities, r)}
    return f"{ev['type']} {ev['trigger']['text']!r} {ev['modality']} date={ev.get('date')} {roles}"


def test_the_cases_are_well_formed():
    assert CASES, f"no regression cases in {HERE}"
    known = {"phenomenon", "text", "published", "title", "events", "counts", "absent"}
    for name, case in CASES:
        assert set(case) <= known, f"{name}: unknown keys {set(case) - known}"
        assert case.get("phenomenon") and case.get("text"), name
        assert case.get("events") or case.get("counts") or case.get("absent"), f"{name} asserts nothing"


@pytest.mark.parametrize(("name", "case"), CASES, ids=[n for n, _ in CASES])
def test_regression_case(name, case):
    facts = kg.extract_text(case["text"], published=case.get("published"), title=case.get("title")).to_json()
    entities = {e["id"]: e for e in facts["entities"]}
    events = facts["events"]
    seen = "\n  ".join(_describe(e, entities) for e in events) or "(no events)"
    for want in case.get("events", []):
        reasons = [r for r in (_mismatch(want, got, entities) for got in events) if r]
        if len(reasons) == len(events):
            near = [r for r in reasons if r != "type"]
            pytest.fail(f"{case['phenomenon']}\nwanted {want}\n{'; '.join(near) or 'no event of the type'}\n"
                        f"got:\n  {seen}")
    for etype, n in case.get("counts", {}).items():
        got_n = sum(e["type"] == etype for e in events)
        assert got_n == n, f"{case['phenomenon']}: {got_n} {etype} events, wanted {n}\ngot:\n  {seen}"
    for unwanted in case.get("absent", []):
        hits = [e for e in events if _mismatch(unwanted, e, entities) is None]
        assert not hits, f"{case['phenomenon']}: unwanted {unwanted}\ngot:\n  {seen}"
