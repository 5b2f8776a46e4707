#!/usr/bin/env python3
"""The new event kinds (election, ruling, acquisition, arrest, protest, sanction, visit) on news leads written
for kg (tests/data/new_types/, never copied from anywhere): `articles` (30 leads the rules were developed on)
and `heldout` (12 leads written after the rules, to see how they carry over).

    .venv/bin/python benchmarks/new_types.py [--no-write] [--keep DIR]

Runs `kg extract` over tests/data/new_types/{articles,heldout}.in.jsonl and scores each with
../shared/eval/score_news.py
--types (event F1 by type, participants, dates, amounts of the realis events). The leads' irrealis events
(agreed, planned, called for) are scored here too: found at all (a prediction of the type in the sentence,
any modality), with the right modality, and with the right amount (within 1 %, the scorer's tolerance) and
currency. Rewrites the "## New event kinds" section of BENCHMARKS.md unless --no-write.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from report import replace_section  # benchmarks/report.py (scripts run with benchmarks/ on sys.path)

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
DATA = ROOT / "tests" / "data" / "new_types"
SECTION = "## New event kinds"
TYPES = "election,ruling,acquisition,arrest,protest,sanction,visit"


def _extract(src: Path, out: Path) -> None:
    subprocess.run([sys.executable, "-m", "kg", "-q", "extract", str(src), "-o", str(out)], check=True, cwd=ROOT)


def _score(gold: Path, pred: Path) -> dict:
    out = (
        subprocess.run(
            [sys.executable, str(SHARED / "eval" / "score_news.py"), str(gold), str(pred), "--types", TYPES],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()
    )
    return json.loads(out[-2])


def _close(got: dict | None, want: dict) -> bool:
    if not got or got.get("value") is None:
        return False
    return abs(float(got["value"]) - want["value"]) <= 0.01 * want["value"] and got.get("currency") == want["currency"]


def all_modalities(gold: Path, pred: Path) -> dict:
    """Every gold event, realis or not: found (type in the sentence, any modality), modality, amount."""
    preds = {d["id"]: d for d in map(json.loads, pred.read_text().splitlines()) if d.get("id")}
    found = total = mod_hit = amt_hit = amt_all = 0
    for line in gold.read_text().splitlines():
        g = json.loads(line)
        events = preds.get(g["id"], {}).get("events", [])
        for e in g["events"] + g.get("irrealis", []):
            total += 1
            q = next(
                (
                    q
                    for q in events
                    if q["type"] == e["type"]
                    and any(
                        e["start"] <= s < e["end"]
                        for s in [q["trigger"]["start"], *(m["start"] for m in q.get("mentions", []))]
                    )
                ),
                None,
            )
            found += q is not None
            mod_hit += q is not None and q.get("modality", "asserted") == e.get("modality", "asserted")
            if e.get("amount"):
                amt_all += 1
                amt_hit += q is not None and _close(q.get("amount"), e["amount"])
    pct = lambda a, b: round(100 * a / b, 1) if b else 0.0  # noqa: E731
    return {
        "found": pct(found, total),
        "modality": pct(mod_hit, total),
        "amount": pct(amt_hit, amt_all),
        "events": total,
        "amounts": amt_all,
    }


SETS = ("articles", "heldout")


def measure(keep: Path | None = None) -> dict:
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        where = keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        for name in SETS:
            pred = where / f"{name}.jsonl"
            _extract(DATA / f"{name}.in.jsonl", pred)
            gold = DATA / f"{name}.gold.jsonl"
            out[name] = {"realis": _score(gold, pred), "all": all_modalities(gold, pred)}
    return out


def render(m: dict) -> str:
    lines = [
        SECTION,
        "",
        "News leads written for kg (`tests/data/new_types/`: 30 `articles` the rules were developed on, 12 `heldout` "
        "leads written after them; elections, court rulings, acquisitions with the "
        "money forms news uses, arrests, protests, sanctions, visits, and leads where none of them happens: "
        'a cup final, "protested his innocence", "bought the company some time"). Realis events scored with '
        "`../shared/eval/score_news.py --types` (the news-dev conventions); every gold event, irrealis ones "
        '("agreed to buy", "called for protests") included, found at all, with its modality and its amount. '
        "Reproduce: `.venv/bin/python benchmarks/new_types.py`.",
        "",
        "| type | " + " | ".join(f"{n} P / R / F1 (gold)" for n in SETS) + " |",
        "|---|" + "---|" * len(SETS),
    ]
    for t in m[SETS[0]]["realis"]["per_type_p_r_f1"]:
        cells = []
        for n in SETS:
            p, rr, f, g = m[n]["realis"]["per_type_p_r_f1"][t]
            cells.append(f"{p} / {rr} / {f} ({g})")
        lines.append(f"| {t} | " + " | ".join(cells) + " |")
    lines.append("| micro | " + " | ".join("{} / {} / {}".format(*m[n]["realis"]["micro"]) for n in SETS) + " |")
    lines.append("")
    for n in SETS:
        r, a = m[n]["realis"], m[n]["all"]
        lines.append(
            f"{n}: realis participants {r['participant_recall']}, dates {r['date_acc']} ({r['dated_gold']} dated), "
            f"amounts {r.get('amount_acc', 0.0)}; all {a['events']} gold events (realis and irrealis): found "
            f"{a['found']}, right modality {a['modality']}, right amount and currency {a['amount']} "
            f"({a['amounts']} amounts)."
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if not (SHARED / "eval" / "score_news.py").exists():
        print(f"skipped: {SHARED}/eval is absent (the scorer lives in ../shared)")
        return 0
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    text = render(measure(keep))
    print(text)
    if "--no-write" not in argv:
        replace_section(SECTION, text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
