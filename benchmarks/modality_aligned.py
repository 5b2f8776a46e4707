"""Modality accuracy with each gold irrealis event compared to kg's event at its own trigger.

`score_news.py` compares a gold irrealis event with the *first* predicted event of its type in its
sentence. In "X said he would not attend", that is the asserted "said", not the negated statement
kg also found, so a sentence with a realis and an irrealis event of one type counts as a modality
error whatever kg says about the irrealis one. This measure keeps the scorer's matches (the same
events, the same denominator) and only changes which of the sentence's events of that type is
compared: the one whose trigger shares most words with the gold trigger, then the nearest to it;
with no shared word, the scorer's own choice. It is printed beside the scorer's figure, never
instead of it.

    python3 benchmarks/modality_aligned.py GOLD PRED [-v]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SCORED_TYPES = {"call", "attack", "statement", "meeting", "agreement"}


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _choose(gold_event: dict, candidates: list[dict]) -> dict:
    words = _words(gold_event["trigger"])
    at = gold_event["sentence"].find(gold_event["trigger"])
    gold_start = gold_event["start"] + max(at, 0)

    def rank(q: dict) -> tuple[int, int]:
        return (-len(_words(q["trigger"]["text"]) & words), abs(q["trigger"]["start"] - gold_start))

    best = min(candidates, key=rank)
    return best if _words(best["trigger"]["text"]) & words else candidates[0]


def aligned_modality(gold: Path, pred: Path, types: set[str] = SCORED_TYPES) -> dict:
    """{"hit", "matched", "acc", "errors"}: modality of the gold irrealis events kg matched, trigger-aligned."""
    predicted = {}
    for line in pred.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            predicted[doc["id"]] = doc
    hit = matched = 0
    errors = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        events = predicted.get(g["id"], {}).get("events", [])
        for e in g.get("irrealis", []):
            if e["type"] not in types:
                continue
            candidates = [q for q in events if q.get("type") == e["type"] and q.get("trigger")
                          and e["start"] <= q["trigger"]["start"] < e["end"]]
            if not candidates:
                continue
            matched += 1
            q = _choose(e, candidates)
            if q.get("modality", "asserted") == e["modality"]:
                hit += 1
            else:
                errors.append({"id": g["id"], "modality": e["modality"], "pred": q.get("modality", "asserted"),
                               "text": e["trigger"], "pred_text": q["trigger"]["text"]})
    return {"hit": hit, "matched": matched, "acc": round(100 * hit / matched, 1) if matched else 0.0,
            "errors": errors}


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[-1].strip())
        return 2
    m = aligned_modality(Path(argv[0]), Path(argv[1]))
    print(f"modality aligned at the trigger: {m['acc']} ({m['hit']} of {m['matched']})")
    if "-v" in argv:
        for e in m["errors"]:
            print(json.dumps(e))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
