"""Temporal expressions benchmark: TempEval-3 TimeBank and AQUAINT, scored like TempEval-3.

    .venv/bin/python benchmarks/timex.py [--no-write] [--in-process]

Scores `kg extract --format jsonl` on ../shared/data/{timebank,aquaint}.in.jsonl with
../shared/eval/score_timex.py (in process with `kg.extract.extract_facts` when the CLI cannot run, or
with --in-process). Timing is in process: both corpora are parsed once with `kg.nlp`, then
find_timexes + attach_event_dates run on those docs (median of three passes) and are reported as a share
of the parse time. Rewrites the "## Temporal expressions" section of BENCHMARKS.md.
The dev data is read in place, never copied into the repository.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from report import replace_section  # benchmarks/report.py (scripts run with benchmarks/ on sys.path)

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
DATASETS = ("timebank", "aquaint")
SECTION = "## Temporal expressions"
HEIDELTIME = {"timebank": (79.2, 84.9, 91.6), "aquaint": (73.0, None, None)}


def _cli_extract(src: Path, out: Path) -> bool:
    """Run `kg extract --format jsonl` on `src` into `out`; False when the CLI is missing or fails."""
    exe = Path(sys.executable).with_name("kg")
    if not exe.exists():
        return False
    with out.open("wb") as fout:
        try:
            done = subprocess.run([str(exe), "extract", "--format", "jsonl", str(src)], stdout=fout)
        except OSError:
            return False
    return done.returncode == 0 and out.stat().st_size > 0


def _parse_once(rows: list[dict]) -> tuple[list, float]:
    """Parse every text once with the project's pipeline; return (docs, seconds)."""
    from kg import nlp

    pipeline = nlp.load()
    pipeline("warm up.")
    t0 = time.perf_counter()
    docs = list(pipeline.pipe([r["text"] for r in rows], batch_size=32))
    return docs, time.perf_counter() - t0


def _temporal_seconds(rows: list[dict], docs: list, repeats: int = 3) -> float:
    """Time of find_timexes + attach_event_dates on parsed docs (median of `repeats` passes).

    Events are found once beforehand: their cost belongs to the events stage, not to temporal work.
    """
    from kg.extract.dating import attach_event_dates
    from kg.extract.entities import find_entities
    from kg.extract.events import find_events
    from kg.extract.timex import find_timexes
    from kg.facts import Article

    prepared = []
    for row, doc in zip(rows, docs, strict=True):
        article = Article(id=row["id"], text=row["text"], published=row.get("published"))
        try:
            entities, index = find_entities(doc, article)
            events = find_events(doc, article, entities, index)
        except Exception:  # another stage failing must not hide the temporal figures
            events = []
        prepared.append((doc, article, events))
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for doc, article, events in prepared:
            timexes = find_timexes(doc, article.published)
            attach_event_dates(doc, events, timexes, article.published)
        runs.append(time.perf_counter() - t0)
    return sorted(runs)[len(runs) // 2]


def _write_in_process(rows: list[dict], docs: list, out: Path) -> None:
    """Fallback when the CLI cannot run: the same facts, extracted in process from the parsed docs."""
    from kg.extract import extract_facts
    from kg.facts import Article

    with out.open("w", encoding="utf-8") as fh:
        for row, doc in zip(rows, docs, strict=True):
            article = Article(id=row["id"], text=row["text"], title=row.get("title"), published=row.get("published"))
            fh.write(json.dumps(extract_facts(doc, article).to_json(), ensure_ascii=False) + "\n")


def _score(gold: Path, pred: Path) -> dict:
    res = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score_timex.py"), str(gold), str(pred)],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [ln for ln in res.stdout.splitlines() if ln.startswith("{")]
    return json.loads(lines[-1])


def main(argv: list[str]) -> int:
    if not (SHARED / "data").is_dir() or not (SHARED / "eval" / "score_timex.py").exists():
        print(f"skipped: {SHARED} (TempEval-3 dev data and scorer) is absent", file=sys.stderr)
        return 0
    use_cli = "--in-process" not in argv
    corpora = {}
    for name in DATASETS:
        src = SHARED / "data" / f"{name}.in.jsonl"
        corpora[name] = (src, [json.loads(line) for line in src.open(encoding="utf-8") if line.strip()])
    all_rows = [r for _, rows in corpora.values() for r in rows]
    words = sum(len(r["text"].split()) for r in all_rows)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        # scoring: the public path, `kg extract --format jsonl`, one run per corpus
        preds = {name: Path(tmp) / f"{name}.pred.jsonl" for name in DATASETS}
        if use_cli:
            for name in DATASETS:
                if not _cli_extract(corpora[name][0], preds[name]):
                    print(f"`kg extract` failed on {name}: extracting in process instead", file=sys.stderr)
                    use_cli = False
                    break
        # timing: one parse of both corpora in this process, then the temporal stage on the same docs
        docs, parse_total = _parse_once(all_rows)
        temporal_total = _temporal_seconds(all_rows, docs)
        if not use_cli:
            offset = 0
            for name in DATASETS:
                rows = corpora[name][1]
                _write_in_process(rows, docs[offset : offset + len(rows)], preds[name])
                offset += len(rows)
        for name in DATASETS:
            results[name] = _score(SHARED / "data" / f"{name}.gold.jsonl", preds[name])
    share = 100 * temporal_total / parse_total if parse_total else 0.0
    lines = [
        SECTION,
        "",
        "TempEval-3 training data (`../shared/data`), scored with `../shared/eval/score_timex.py`; "
        f"produced by `{'kg extract --format jsonl' if use_cli else 'kg.extract.extract_facts (in process)'}`. "
        "Reproduce: `.venv/bin/python benchmarks/timex.py`.",
        "",
        "| corpus | gold | pred | strict extent F1 | relaxed extent F1 | value F1 | type F1 | HeidelTime value / strict / relaxed |",  # noqa: E501
        "|---|---|---|---|---|---|---|---|",
    ]
    for name in DATASETS:
        r = results[name]
        ht = " / ".join("–" if x is None else f"{x}" for x in HEIDELTIME[name])
        lines.append(
            f"| {name} | {r['gold']} | {r['pred']} | {r['strict_prf'][2]} | {r['relaxed_prf'][2]} | "
            f"{r['value_prf'][2]} | {r['type_prf'][2]} | {ht} |"
        )
    lines += [
        "",
        f"Time: find_timexes + attach_event_dates took {temporal_total:.2f} s against a spaCy parse of "
        f"{parse_total:.2f} s over the same {words:,} words: **{share:.1f}%** of the parse time (budget 10%). "
        "Measured in one process: both corpora parsed once with `kg.nlp`, the temporal stage timed on those "
        "docs (median of three passes); the scores above come from the separate extraction run.",
        "",
    ]
    body = "\n".join(lines)
    print(body)
    if "--no-write" not in argv:
        replace_section(SECTION, body)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
