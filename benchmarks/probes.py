"""Score a probe file: sentences written to show one phenomenon in many words and shapes (the regression
format, `tests/extract/test_regression.py`), counted right or wrong, so a rule's reach beyond the sentence it
was written from is a number.

    .venv/bin/python benchmarks/probes.py benchmarks/probes/headlines-f.jsonl [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "extract"))

from test_regression import _describe, _mismatch  # noqa: E402

import kg  # noqa: E402


def probe_right(case: dict) -> tuple[bool, str]:
    """Whether kg extracts every event, count and absence the case asks for, and what it extracted."""
    facts = kg.extract_text(case["text"], published=case.get("published"), title=case.get("title")).to_json()
    entities = {e["id"]: e for e in facts["entities"]}
    events = facts["events"]
    right = all(any(_mismatch(w, e, entities) is None for e in events) for w in case.get("events", []))
    right &= all(sum(e["type"] == t for e in events) == n for t, n in case.get("counts", {}).items())
    right &= not any(_mismatch(u, e, entities) is None for u in case.get("absent", []) for e in events)
    return right, "; ".join(_describe(e, entities) for e in events)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("probes", type=Path)
    ap.add_argument("-v", action="store_true", help="print each probe and what kg made of it")
    args = ap.parse_args()
    cases = [json.loads(line) for line in args.probes.read_text(encoding="utf-8").splitlines() if line.strip()]
    n_right = 0
    for case in cases:
        right, seen = probe_right(case)
        n_right += right
        if args.v:
            print(f"{'ok ' if right else 'NO '} {case['phenomenon']}\n     {seen}")
    print(f"{args.probes.name}: {n_right} of {len(cases)} right")


if __name__ == "__main__":
    main()
