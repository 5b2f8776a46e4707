"""Event extraction benchmark: WikiEvents dev, scored with ../shared/eval/score_events.py.

    .venv/bin/python benchmarks/events.py [--no-write] [--in-process] [-v]

Runs extraction over ../shared/data/wikievents-dev.in.jsonl twice (through the CLI when it works, else
in process with `kg.nlp` + `kg.extract.extract_facts`): `kg extract --event-mentions --format jsonl`, one
event per trigger mention, the unit WikiEvents annotates and the headline figure against the target; and
the default `kg extract --format jsonl`, coreferent mentions folded into one event. Scores both against
wikievents-dev.gold.jsonl, measures the whole extraction time (everything after the parse) as a share of
the spaCy parse time, and rewrites the "## Events"
section of BENCHMARKS.md. The dev data is read in place, never copied into the repository.
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
SECTION = "## Events"
LEMMA_BASELINE = "a bare lemma lexicon: conflict micro F1 70, attack F1 61 (precision 53)"
# per type (P, R, F1) before the word-sense and coreference work of issue 4 (commit 65a1eb7)
BEFORE = {"mentions": {"attack": (60.3, 83.3, 70.0), "death": (75.0, 89.4, 81.6), "injury": (84.6, 88.0, 86.3),
                       "conflict": (66.8, 85.6, 75.1)},
          "events": {"attack": (64.9, 36.3, 46.5), "death": (75.0, 89.4, 81.6), "injury": (84.6, 88.0, 86.3),
                     "conflict": (72.7, 58.0, 64.5)}}


def _cli_works() -> bool:
    exe = Path(sys.executable).with_name("kg")
    if not exe.exists():
        return False
    try:
        probe = subprocess.run([str(exe), "extract", "--format", "jsonl", "-"],
                               input='{"id": "probe", "text": "Rebels attacked the town."}\n',
                               capture_output=True, text=True, timeout=300)
        rec = json.loads(probe.stdout.strip().splitlines()[0])
    except (OSError, subprocess.TimeoutExpired, ValueError, IndexError):
        return False
    return probe.returncode == 0 and rec.get("id") == "probe" and "events" in rec


def _in_process(rows: list[dict], out: Path | None, corefer: bool = True) -> tuple[float, float]:
    """(parse seconds, extraction seconds); writes ArticleFacts JSON lines to `out` when given."""
    from kg import nlp
    from kg.extract import extract_facts
    from kg.facts import Article

    pipeline = nlp.load()
    pipeline("warm up")
    t0 = time.perf_counter()
    docs = list(pipeline.pipe([r["text"] for r in rows], batch_size=32))
    parse_s = time.perf_counter() - t0
    articles = [Article(id=r["id"], text=r["text"], title=r.get("title"), published=r.get("published")) for r in rows]
    extract_facts(docs[0], articles[0])  # load gazetteers and lexicons outside the timing
    t1 = time.perf_counter()
    for doc, article in zip(docs, articles, strict=True):
        extract_facts(doc, article)  # everything after the parse: entities, timexes, events, dating
    extract_s = time.perf_counter() - t1
    if out is not None:
        with out.open("w", encoding="utf-8") as fh:
            for doc, article in zip(docs, articles, strict=True):
                facts = extract_facts(doc, article, event_mentions=not corefer)
                fh.write(json.dumps(facts.to_json(), ensure_ascii=False) + "\n")
    return parse_s, extract_s


def _score(gold: Path, pred: Path, verbose: bool) -> dict:
    args = [sys.executable, str(SHARED / "eval" / "score_events.py"), str(gold), str(pred)]
    args += ["-v"] if verbose else []
    res = subprocess.run(args, capture_output=True, text=True, check=True)
    lines = res.stdout.strip().splitlines()
    if verbose:
        print("\n".join(lines[:-2]))
    return json.loads(lines[-2])


def _section(scores: dict, parse_s: float, extract_s: float, via: str, mention_scores: dict) -> str:
    rows = ["| type | P (mentions) | R (mentions) | **F1 (mentions)** | F1 before | P (events) | R (events) | "
            "F1 (events) | F1 before | gold |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for etype, (p, r, f, n) in scores["per_type_p_r_f1_gold"].items():
        mp, mr, mf, _ = mention_scores["per_type_p_r_f1_gold"][etype]
        mb = BEFORE["mentions"].get(etype, (None, None, "–"))[2]
        eb = BEFORE["events"].get(etype, (None, None, "–"))[2]
        rows.append(f"| {etype} | {mp} | {mr} | **{mf}** | {mb} | {p} | {r} | {f} | {eb} | {n} |")
    for label, key in (("**micro, conflict (attack, death, injury)**", "micro_conflict"),
                       ("micro, all mapped types", "micro_all")):
        (p, r, f), (mp, mr, mf) = scores[key], mention_scores[key]
        mb = BEFORE["mentions"]["conflict"][2] if key == "micro_conflict" else "–"
        eb = BEFORE["events"]["conflict"][2] if key == "micro_conflict" else "–"
        rows.append(f"| {label} | {mp} | {mr} | **{mf}** | {mb} | {p} | {r} | {f} | {eb} | |")
    share = 100 * extract_s / parse_s if parse_s else 0.0
    headline = mention_scores["micro_conflict"][2]
    return "\n".join([
        SECTION,
        "",
        f"WikiEvents dev (20 news documents), trigger type + span overlap, `score_events.py`; run through {via}.",
        "Reproduce: `.venv/bin/python benchmarks/events.py` (or by hand: `kg extract --event-mentions --format "
        "jsonl ../shared/data/wikievents-dev.in.jsonl -o pred.jsonl` then `../shared/eval/score_events.py "
        "../shared/data/wikievents-dev.gold.jsonl pred.jsonl`).",
        f"**Headline: conflict micro F1 {headline} at mention level** (`--event-mentions`: one event per trigger "
        "mention, the unit WikiEvents annotates); target >= 82; reference: " + LEMMA_BASELINE + ".",
        "*events* is the default output: coreferent mentions folded into one event (the others kept in "
        "`mentions`, which the scorer does not read), so every folded mention that WikiEvents annotates counts "
        "as missed. *before*: commit 65a1eb7, before the issue 4 work on word sense and coreference.",
        "What limits the mention-level figure (60 false positives on dev): 33 of the 44 attack false positives are "
        "later mentions of an attack the article already reported (\"the attack\", \"the bombing\", \"Saturday's "
        "attack\", \"tried to assassinate me\"), which WikiEvents annotates in some documents and not in others "
        "(two documents hold 21 of them, with most of their mentions unannotated); the other 11 are first mentions "
        "the gold leaves out (\"prompting Russian airstrikes\", \"mortar fire\", \"a roadside IED detonated\", "
        "\"ethnic clashes\", \"a gun battle with police\"). Of 12 death false positives, 6 are deaths from illness "
        "(dev leaves them unannotated; not fitted), 2 restate a death already reported, 3 are killings the gold "
        "leaves out, 1 is a gold \"died\" typed as an attack; the 4 injury false positives are two incidents the "
        "gold leaves out. Generic and plural mentions are no lever: dev annotates them (\"assassinations are a "
        "regular event\", \"a spate of attacks\").",
        "Last change: a person beaten (\"beating opposition politicians\", \"was beaten\") is an injury; "
        "scores (\"Spain beat Italy 2-1\"), targets (\"beat expectations\") and \"beaten to death\" are not "
        "(injury recall 96.0 -> 100, no other event on dev changed; conflict micro F1 81.8 -> 82.1).",
        "WikiEvents cannot judge calls (none in dev), statements (\"said\" annotated only sometimes) or "
        "meetings (some speech verbs labelled as meetings); the seed tests do.",
        "",
        *rows,
        "",
        "Extraction time (everything after the parse: entities, temporal expressions, events, dating): "
        f"{extract_s:.2f} s "
        f"= {share:.1f}% of parse time ({parse_s:.2f} s, en_core_web_sm); target <= 25%.",
        "",
    ])


def main(argv: list[str]) -> int:
    gold, inp = SHARED / "data" / "wikievents-dev.gold.jsonl", SHARED / "data" / "wikievents-dev.in.jsonl"
    if not gold.exists():
        print(f"skipped: ../shared is absent ({gold} not found)")
        return 0
    rows = [json.loads(line) for line in inp.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        use_cli = "--in-process" not in argv and _cli_works()
        mentions = Path(tmp) / "mentions.jsonl"
        if use_cli:
            exe = Path(sys.executable).with_name("kg")
            subprocess.run([str(exe), "extract", "--format", "jsonl", str(inp), "-o", str(pred)], check=True)
            subprocess.run([str(exe), "extract", "--event-mentions", "--format", "jsonl", str(inp), "-o",
                            str(mentions)], check=True)
            parse_s, extract_s = _in_process(rows, None)
            via = "`kg extract --event-mentions --format jsonl` (mentions) and `kg extract --format jsonl` (events)"
        else:
            parse_s, extract_s = _in_process(rows, pred)
            _in_process(rows, mentions, corefer=False)
            via = "kg.extract.extract_facts in process"
        mention_scores = _score(gold, mentions, "-v" in argv)
        scores = _score(gold, pred, False)
    section = _section(scores, parse_s, extract_s, via, mention_scores)
    print(section)
    if "--no-write" not in argv:
        replace_section(SECTION, section)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
