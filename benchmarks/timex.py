"""Temporal expressions benchmark: TempEval-3 TimeBank and AQUAINT, scored like TempEval-3.

    .venv/bin/python benchmarks/timex.py [--no-write] [--in-process]

Runs extraction over ../shared/data/{timebank,aquaint}.in.jsonl (through `kg extract --format jsonl`
when the CLI works, else in process with `kg.nlp` + `kg.extract.extract_facts`), scores the output with
../shared/eval/score_timex.py, measures the time of find_timexes + attach_event_dates as a share of the
spaCy parse time on the same texts, and rewrites the "## Temporal expressions" section of BENCHMARKS.md.
The dev data is read in place, never copied into the repository.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
DATASETS = ("timebank", "aquaint")
SECTION = "## Temporal expressions"
HEIDELTIME = {"timebank": (79.2, 84.9, 91.6), "aquaint": (73.0, None, None)}


def _cli_works() -> bool:
    exe = Path(sys.executable).with_name("kg")
    if not exe.exists():
        return False
    try:
        probe = subprocess.run(
            [str(exe), "extract", "--format", "jsonl", "-"],
            input='{"id": "probe", "text": "It rained on Friday.", "published": "2025-07-04"}\n',
            capture_output=True,
            text=True,
            timeout=120,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    if probe.returncode != 0:
        return False
    try:
        rec = json.loads(probe.stdout.strip().splitlines()[0])
    except (ValueError, IndexError):
        return False
    return rec.get("id") == "probe" and "timexes" in rec


def _extract_in_process(rows: list[dict], out: Path) -> tuple[float, float]:
    """Write ArticleFacts JSON lines to `out`; return (parse seconds, temporal seconds)."""
    from kg import nlp
    from kg.extract import extract_facts
    from kg.extract.dating import attach_event_dates
    from kg.extract.timex import find_timexes
    from kg.facts import Article, ArticleFacts

    pipeline = nlp.load()
    t0 = time.perf_counter()
    docs = list(pipeline.pipe([r["text"] for r in rows], batch_size=32))
    parse_s = time.perf_counter() - t0
    temporal_s = 0.0
    with out.open("w", encoding="utf-8") as fh:
        for row, doc in zip(rows, docs, strict=True):
            article = Article(id=row["id"], text=row["text"], title=row.get("title"), published=row.get("published"))
            try:
                facts = extract_facts(doc, article)
            except Exception as exc:  # another stage failing must not hide the temporal figures
                facts = ArticleFacts(article=article, errors=[f"extract_facts failed: {exc!r}"])
                facts.timexes = find_timexes(doc, article.published)
            t1 = time.perf_counter()
            timexes = find_timexes(doc, article.published)
            attach_event_dates(doc, facts.events, timexes, article.published)
            temporal_s += time.perf_counter() - t1
            fh.write(json.dumps(facts.to_json(), ensure_ascii=False) + "\n")
    return parse_s, temporal_s


def _timing_only(rows: list[dict]) -> tuple[float, float]:
    """Parse time and temporal time on the same texts (used when the CLI produced the output)."""
    from kg import nlp
    from kg.extract.dating import attach_event_dates
    from kg.extract.entities import find_entities
    from kg.extract.events import find_events
    from kg.extract.timex import find_timexes
    from kg.facts import Article

    pipeline = nlp.load()
    t0 = time.perf_counter()
    docs = list(pipeline.pipe([r["text"] for r in rows], batch_size=32))
    parse_s = time.perf_counter() - t0
    temporal_s = 0.0
    for row, doc in zip(rows, docs, strict=True):
        article = Article(id=row["id"], text=row["text"], published=row.get("published"))
        try:
            entities, index = find_entities(doc, article)
            events = find_events(doc, article, entities, index)
        except Exception:
            events = []
        t1 = time.perf_counter()
        timexes = find_timexes(doc, article.published)
        attach_event_dates(doc, events, timexes, article.published)
        temporal_s += time.perf_counter() - t1
    return parse_s, temporal_s


def _score(gold: Path, pred: Path) -> dict:
    res = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score_timex.py"), str(gold), str(pred)],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [ln for ln in res.stdout.splitlines() if ln.startswith("{")]
    return json.loads(lines[-1])


def _write_section(body: str) -> None:
    path = ROOT / "BENCHMARKS.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    start = text.find(SECTION)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + body
    else:
        nxt = text.find("\n## ", start + len(SECTION))
        text = text[:start] + body + (text[nxt + 1 :] if nxt >= 0 else "")
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if not (SHARED / "data").is_dir() or not (SHARED / "eval" / "score_timex.py").exists():
        print(f"skipped: {SHARED} (TempEval-3 dev data and scorer) is absent", file=sys.stderr)
        return 0
    use_cli = "--in-process" not in argv and _cli_works()
    results: dict[str, dict] = {}
    parse_total = temporal_total = 0.0
    words = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in DATASETS:
            src, gold = SHARED / "data" / f"{name}.in.jsonl", SHARED / "data" / f"{name}.gold.jsonl"
            rows = [json.loads(line) for line in src.open(encoding="utf-8") if line.strip()]
            words += sum(len(r["text"].split()) for r in rows)
            pred = Path(tmp) / f"{name}.pred.jsonl"
            if use_cli:
                with pred.open("wb") as fout:
                    done = subprocess.run(
                        [str(Path(sys.executable).with_name("kg")), "extract", "--format", "jsonl", str(src)],
                        stdout=fout,
                    )
                if done.returncode != 0:
                    print(f"`kg extract` failed on {name} (exit {done.returncode}): in process", file=sys.stderr)
                    use_cli = False
            if use_cli:
                parse_s, temporal_s = _timing_only(rows)
            else:
                parse_s, temporal_s = _extract_in_process(rows, pred)
            parse_total += parse_s
            temporal_total += temporal_s
            results[name] = _score(gold, pred)
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
        f"{parse_total:.2f} s over the same {words:,} words: **{share:.1f}%** of the parse time (budget 10%).",
        "",
    ]
    body = "\n".join(lines)
    print(body)
    if "--no-write" not in argv:
        _write_section(body)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
