#!/usr/bin/env python3
"""Held-out news benchmark: wire-style leads written for kg, annotated the way news-dev is.

    .venv/bin/python benchmarks/heldout.py [--set a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|all] [--keep DIR] [-v]

Sixteen sets: `a` (the default), 16 leads in benchmarks/data/heldout-news.{in,gold}.jsonl, on which some rules
were fixed after it was written (partly a development set now); `b`, 19 leads in heldout-news-b.*, written as
the test set and then used to find general causes (a development set too now); `c`, 16 leads in
heldout-news-c.*, and `d`, 20 leads in heldout-news-d.* with more irrealis events, the test sets of the rounds
up to 2026-12-01, that no rule was developed on until then; from the round of 2026-12-02 they are development
sets too. `e`, 20 leads in heldout-news-e.* with the most irrealis events (130), is the test set of the round of
2026-12-02, written and annotated before that round's rules; from round f three engineers develop on it. `f`, 20
leads in heldout-news-f.* (139 irrealis events), is the test set of round f, written and annotated before that
round's rules; from round g three engineers develop on it. `g`, 20 leads in heldout-news-g.* (173 irrealis events),
is the test set of round g, written and annotated before that round's rules; from round h it is a development set.
`h`, 20 leads in heldout-news-h.* (182 irrealis events), ordinary wire news in the wire's mix rather than set g's
rare frames, is the test set of round h, written and annotated before that round's rules; from round i it is a
development set. `i`, 20 leads in heldout-news-i.* (170 irrealis events), ordinary wire news again in other shapes
than set h's, is the test set of round i, written and annotated before that round's rules; from round j it is a
development set. `j`, 20 leads in heldout-news-j.* (151 irrealis events), ordinary wire news in other shapes than
sets h's and i's, is the test set of round j, written and annotated before that round's rules: nobody develops on it,
and the round's engineers see it only once it is merged at the round's end. `k`, 20 leads in heldout-news-k.*
(132 irrealis events), ordinary wire news from other regions and in other shapes than sets h-j, is the test set of
round k, annotated before that round's rules with news-dev's two conventions decided in round k (a reporting noun
that is a verb's medium no statement; "invited X to V" an invitation plus the planned V). `l` and `m` (comments at
their SETS lines) are test sets of rounds k and l; `n`, 20 leads in heldout-news-n.* (144 irrealis events), ordinary
wire news from regions sets a-m have few of, is the test set of round n, annotated before any kg run with the same
conventions; `o`, 20 leads in heldout-news-o.*, is the test set of round o (comment at its SETS line); `p`, 20 leads
in heldout-news-p.*, is the test set of round p (comment at its SETS line); `q`, 20 leads in heldout-news-q.*, is
the test set of round q (comment at its SETS line). `--set all` prints every set.
For each, runs `kg extract --format jsonl` over the set's .in.jsonl and scores it against its
.gold.jsonl with ../shared/eval/score_news.py (the five scored types; the other kinds kg knows with --types):
event F1, participant recall, date, casualty and modality accuracy, typed entities. The leads and their
annotations are built by benchmarks/heldout_build.py from benchmarks/data/heldout_news_source.py,
heldout_news_source_b.py, heldout_news_source_c.py, heldout_news_source_d.py, heldout_news_source_e.py,
heldout_news_source_f.py, heldout_news_source_g.py, heldout_news_source_h.py, heldout_news_source_i.py,
heldout_news_source_j.py, heldout_news_source_k.py and the later sets' sources up to heldout_news_source_s.py
(offsets computed, never typed). `-v` prints the scorer's error lines; `--keep DIR` keeps the predictions.
Prints the figures; BENCHMARKS.md's "Held-out news" sections record them by hand, beside news-dev, since the
before/after history matters there.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # when a test loads this file by its path
from modality_aligned import aligned_modality  # noqa: E402 (benchmarks/modality_aligned.py)

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
DATA = ROOT / "benchmarks" / "data"
OTHER_TYPES = "election,ruling,acquisition,arrest,sanction,protest,visit"
# set name -> the stem of its files in DATA
SETS = {"a": "heldout-news", "b": "heldout-news-b", "c": "heldout-news-c", "d": "heldout-news-d",
        "e": "heldout-news-e", "f": "heldout-news-f", "g": "heldout-news-g", "h": "heldout-news-h",
        "i": "heldout-news-i", "j": "heldout-news-j"}
SETS["k"] = "heldout-news-k"  # the eleventh set, round k's test set (its own line, so that merges stay apart)


def _score(gold: Path, pred: Path, *extra: str) -> tuple[dict, list[str]]:
    out = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score_news.py"), str(gold), str(pred), "-v", *extra],
        capture_output=True, text=True, check=True,
    ).stdout.strip().splitlines()
    return json.loads(out[-2]), out[:-2]


# the twelfth set, a second test set of round k: 20 leads in heldout-news-l.* (`--set l`; `all` includes it),
# ordinary wire news from Central Asia, the Pacific, the Middle East, Latin America's south and Europe's small
# states, annotated before any kg run with news-dev's conventions; in a line of its own so that it merges apart
SETS["l"] = "heldout-news-l"

# the thirteenth set, the test set of round l: 20 leads in heldout-news-m.* (`--set m`; `all` includes it), ordinary
# wire news from the Caribbean, southern and West Africa, Mongolia, Laos, Bhutan, the Baltic and North Macedonia,
# annotated before any kg run with news-dev's conventions; in a line of its own so that it merges apart
SETS["m"] = "heldout-news-m"

# the fourteenth set, the test set of round n: 20 leads in heldout-news-n.* (`--set n`; `all` includes it), ordinary
# wire news from Central Asia, the Caucasus, the Pacific, the Andes, the Horn of Africa, Scandinavia and
# Indonesia/Malaysia, annotated before any kg run with news-dev's conventions; in a line of its own so that it merges
# apart
SETS["n"] = "heldout-news-n"

# the fifteenth set, the test set of round o: 20 leads in heldout-news-o.* (`--set o`; `all` includes it), ordinary
# wire news from the Baltic, the Balkans, the Sahel and West Africa, southern Africa, Central America and Haiti, the
# Gulf, the Maghreb and Canada, annotated before any kg run with news-dev's conventions; in a line of its own so that
# it merges apart
SETS["o"] = "heldout-news-o"

# the sixteenth set, the test set of round p: 20 leads in heldout-news-p.* (`--set p`; `all` includes it), ordinary
# wire news from Moldova, Rwanda, Burundi, South Sudan, Uruguay, Libya, Guyana, Bulgaria, Congo, Cambodia, Jordan,
# Vanuatu, Yemen, Kuwait, Greece, Spain, Egypt, the Czech Republic, Liberia and Australia, in AP's shape as well as
# Reuters', annotated before any kg run with news-dev's conventions; in a line of its own so that it merges apart
SETS["p"] = "heldout-news-p"

# the seventeenth set, the test set of round q: 20 leads in heldout-news-q.* (`--set q`; `all` includes it), ordinary
# wire news from Iraq, Togo, Nigeria, Denmark, Pakistan, Syria, the Seychelles, Colombia, Croatia, Afghanistan,
# Uzbekistan, Bolivia, Suriname, Ukraine, Mauritius, Botswana, Sudan, Serbia and Portugal, with AP datelines and
# Reuters' month-day ones, annotated before any kg run with news-dev's conventions; in a line of its own so that it
# merges apart
SETS["q"] = "heldout-news-q"

# the eighteenth set, the test set of round r: 20 leads in heldout-news-r.* (`--set r`; `all` includes it), ordinary
# news from regions sets a-q have few of, with AP datelines, Reuters' two shapes and web leads with no dateline,
# annotated before any kg run with news-dev's conventions; in a line of its own so that it merges apart
SETS["r"] = "heldout-news-r"

# the nineteenth set, the test set of round s: 20 leads in heldout-news-s.* (`--set s`; `all` includes it), ordinary
# news from regions sets a-r have few of, with AP datelines, Reuters' two shapes and web leads with no dateline,
# annotated before any kg run with news-dev's conventions; in a line of its own so that it merges apart
SETS["s"] = "heldout-news-s"


def measure(keep: Path | None = None, name: str = "a") -> dict:
    stem = SETS[name]
    gold = DATA / f"{stem}.gold.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        where = keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        pred = where / f"{stem}.jsonl"
        subprocess.run([sys.executable, "-m", "kg", "-q", "extract", str(DATA / f"{stem}.in.jsonl"),
                        "-o", str(pred)], check=True, cwd=ROOT)
        scored, errors = _score(gold, pred)
        other, other_errors = _score(gold, pred, "--types", OTHER_TYPES)
        aligned = aligned_modality(gold, pred)
    return {"scored": scored, "other": other, "errors": errors, "other_errors": other_errors, "aligned": aligned}


def render(m: dict, name: str = "a") -> str:
    s, o = m["scored"], m["other"]
    lines = [
        f"held-out news, set {name} ({SETS[name]}): event F1 {s['micro'][2]} (P {s['micro'][0]} / "
        f"R {s['micro'][1]}), participants "
        f"{s['participant_recall']}, dates {s['date_acc']} ({s['dated_gold']} dated), casualties "
        f"{s['casualty_acc']}, modality {s.get('modality_acc', 0.0)} ({s.get('irrealis_matched', 0)} irrealis "
        f"matched; {m['aligned']['acc']} aligned at the trigger, benchmarks/modality_aligned.py)",
        "",
        "| type | P | R | F1 | gold |",
        "|---|---|---|---|---|",
    ]
    for t, (p, r, f, g) in s["per_type_p_r_f1"].items():
        lines.append(f"| {t} | {p} | {r} | {f} | {g} |")
    for t, (p, r, f, g) in o["per_type_p_r_f1"].items():
        if g or p:
            lines.append(f"| {t} (unscored kind) | {p} | {r} | {f} | {g} |")
    ents = s["entities_p_r"]
    lines += [
        "",
        f"Other kinds ({OTHER_TYPES}): micro F1 {o['micro'][2]} (P {o['micro'][0]} / R {o['micro'][1]}), participants "
        f"{o['participant_recall']}, dates {o['date_acc']} ({o['dated_gold']} dated), modality "
        f"{o.get('modality_acc', 0.0)} ({o.get('irrealis_matched', 0)} irrealis matched).",
        f"Entities (P / R): people {ents['person'][0]} / {ents['person'][1]}, places {ents['place'][0]} / "
        f"{ents['place'][1]}, organisations {ents['organization'][0]} / {ents['organization'][1]}."
        + (f" Amounts of the other kinds: {o['amount_acc']}." if "amount_acc" in o else ""),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if not (SHARED / "eval" / "score_news.py").exists():
        print(f"skipped: {SHARED}/eval is absent (the scorer lives in ../shared)")
        return 0
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    chosen = argv[argv.index("--set") + 1] if "--set" in argv else "a"
    if chosen not in (*SETS, "all"):
        print(f"unknown set {chosen!r}: one of {', '.join(SETS)} or all")
        return 2
    for name in (list(SETS) if chosen == "all" else [chosen]):
        m = measure(keep, name)
        print(render(m, name))
        if "-v" in argv:
            print("\n".join(m["errors"] + m["other_errors"]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
