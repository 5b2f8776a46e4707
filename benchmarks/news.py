#!/usr/bin/env python3
"""News facts benchmark: news-dev (events, participants, dates, casualties, modality, entities) and the
TimeML event dates of TimeBank and AQUAINT, scored with ../shared/eval.

    .venv/bin/python benchmarks/news.py [--no-write] [--keep DIR]

Runs `kg extract --format jsonl` (the default output, coreferent mentions folded: the unit news-dev
annotates) over ../shared/data/news-dev.in.jsonl, timebank.in.jsonl and aquaint.in.jsonl; scores news-dev
with score_news.py (the five scored types, and the other kinds with --types), and the dates of the
TimeBank / AQUAINT events with score_event_dates.py. Prints one table and rewrites the "## News facts"
section of BENCHMARKS.md (unless --no-write). `--keep DIR` keeps the predictions there (for `-v` error
lists: `python3 ../shared/eval/score_news.py ../shared/data/news-dev.gold.jsonl DIR/news-dev.jsonl -v`).
The development data is read in place, never copied into the repository.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from modality_aligned import aligned_modality  # benchmarks/ is on sys.path when a script in it runs
from report import replace_section  # benchmarks/report.py (scripts run with benchmarks/ on sys.path)

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
SECTION = "## News facts"
OTHER_TYPES = "election,ruling,acquisition,arrest,sanction,protest,visit"
TARGETS = {"event F1": 85, "participants": 85, "dates": 92, "casualties": 85, "modality": 85}


def _extract(src: Path, out: Path) -> float:
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "kg", "-q", "extract", str(src), "-o", str(out)], check=True, cwd=ROOT)
    return time.monotonic() - started


def _score(script: str, gold: Path, pred: Path, *extra: str) -> dict:
    out = subprocess.run(
        [sys.executable, str(SHARED / "eval" / script), str(gold), str(pred), *extra],
        capture_output=True, text=True, check=True,
    ).stdout.strip().splitlines()
    return json.loads(out[-2])


def measure(keep: Path | None = None) -> dict:
    data = SHARED / "data"
    with tempfile.TemporaryDirectory() as tmp:
        where = keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        preds = {name: where / f"{name}.jsonl" for name in ("news-dev", "timebank", "aquaint")}
        seconds = {name: _extract(data / f"{name}.in.jsonl", pred) for name, pred in preds.items()}
        news = _score("score_news.py", data / "news-dev.gold.jsonl", preds["news-dev"])
        other = _score("score_news.py", data / "news-dev.gold.jsonl", preds["news-dev"], "--types", OTHER_TYPES)
        aligned = aligned_modality(data / "news-dev.gold.jsonl", preds["news-dev"])
        dates = {
            name: _score("score_event_dates.py", data / f"{name}.event-dates.gold.jsonl", preds[name])
            for name in ("timebank", "aquaint")
        }
    return {"news": news, "other": other, "dates": dates, "seconds": seconds, "aligned": aligned}


def render(m: dict) -> str:
    n, o = m["news"], m["other"]
    figures = {
        "event F1": n["micro"][2],
        "participants": n["participant_recall"],
        "dates": n["date_acc"],
        "casualties": n["casualty_acc"],
        "modality": n.get("modality_acc", 0.0),
    }
    lines = [
        SECTION,
        "",
        "news-dev (73 AP/NYT/Xinhua leads, 1998–2000, annotated the way kg is judged on unseen news), "
        "scored with `../shared/eval/score_news.py`; TimeBank / AQUAINT event dates against the TimeML "
        "annotators' links, `../shared/eval/score_event_dates.py`. Reproduce: `.venv/bin/python benchmarks/news.py`.",
        "",
        "| news-dev | kg | target |",
        "|---|---|---|",
    ]
    lines += [f"| {k} | {v} | ≥ {TARGETS[k]} |" for k, v in figures.items()]
    lines += [
        "",
        "| type | P | R | F1 | gold |",
        "|---|---|---|---|---|",
    ]
    for t, (p, r, f, g) in n["per_type_p_r_f1"].items():
        lines.append(f"| {t} | {p} | {r} | {f} | {g} |")
    lines.append(f"| micro (P / R / F1) | {n['micro'][0]} | {n['micro'][1]} | {n['micro'][2]} | |")
    for t, (p, r, f, g) in o["per_type_p_r_f1"].items():
        lines.append(f"| {t} (unscored kind) | {p} | {r} | {f} | {g} |")
    ents = n["entities_p_r"]
    lines += [
        "",
        f"Entities (P / R): people {ents['person'][0]} / {ents['person'][1]}, places {ents['place'][0]} / "
        f"{ents['place'][1]}, organisations {ents['organization'][0]} / {ents['organization'][1]}. "
        f"Irrealis events scored for modality: {n.get('irrealis_matched', 0)}; dated gold events: {n['dated_gold']}. "
        f"Modality with each irrealis event compared to kg's event at its own trigger, not the sentence's first "
        f"event of its type (benchmarks/modality_aligned.py): {m['aligned']['acc']} "
        f"({m['aligned']['hit']} of {m['aligned']['matched']}).",
        "",
        "| event dates | exact | dated | matched events | target |",
        "|---|---|---|---|---|",
    ]
    for name, d in m["dates"].items():
        lines.append(f"| {name} | {d['exact_pct']} | {d['dated_pct']} | {d['matched']} | ≥ 70 exact |")
    lines.append("")
    lines.append("Extraction time (CLI, model load included): " + ", ".join(
        f"{k} {v:.1f} s" for k, v in m["seconds"].items()) + ".")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if not (SHARED / "data" / "news-dev.gold.jsonl").exists():
        print(f"skipped: {SHARED}/data is absent (the development sets live in ../shared)")
        return 0
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    text = render(measure(keep))
    print(text)
    if "--no-write" not in argv:
        replace_section(SECTION, text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
