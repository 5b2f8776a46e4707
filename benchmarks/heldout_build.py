#!/usr/bin/env python3
"""Build the held-out news sets' files from their sources: benchmarks/data/heldout-news.{in,gold}.jsonl (the
first set) from benchmarks/data/heldout_news_source.py, heldout-news-b.{in,gold}.jsonl (the second set, a
development set since its errors were fixed) from heldout_news_source_b.py, heldout-news-c.{in,gold}.jsonl (the
third set, the final test set) from heldout_news_source_c.py, heldout-news-d.{in,gold}.jsonl (the fourth set, a
second test set) from heldout_news_source_d.py, heldout-news-e.{in,gold}.jsonl (the fifth set, the test set of the
round of 2026-12-02) from heldout_news_source_e.py, heldout-news-f.{in,gold}.jsonl (the sixth set, the test set of
round f) from heldout_news_source_f.py, heldout-news-g.{in,gold}.jsonl (the seventh set, the test set of round g)
from heldout_news_source_g.py, heldout-news-h.{in,gold}.jsonl (the eighth set, the test set of round h) from
heldout_news_source_h.py, heldout-news-i.{in,gold}.jsonl (the ninth set, the test set of round i) from
heldout_news_source_i.py, heldout-news-j.{in,gold}.jsonl (the tenth set, the test set of round j) from
heldout_news_source_j.py, heldout-news-k.{in,gold}.jsonl (the eleventh set, the test set of round k) from
heldout_news_source_k.py, heldout-news-l.{in,gold}.jsonl (the twelfth set, a second test set of round k) from
heldout_news_source_l.py, heldout-news-m.{in,gold}.jsonl (the thirteenth set, the test set of round l) from
heldout_news_source_m.py, heldout-news-n.{in,gold}.jsonl (the fourteenth set, the test set of round n) from
heldout_news_source_n.py, heldout-news-o.{in,gold}.jsonl (the fifteenth set, the test set of round o) from
heldout_news_source_o.py, heldout-news-p.{in,gold}.jsonl (the sixteenth set, the test set of round p) from
heldout_news_source_p.py, heldout-news-q.{in,gold}.jsonl (the seventeenth set, the test set of round q) from
heldout_news_source_q.py, heldout-news-r.{in,gold}.jsonl (the eighteenth set, the test set of round r) from
heldout_news_source_r.py, heldout-news-s.{in,gold}.jsonl (the nineteenth set, the test set of round s) from
heldout_news_source_s.py.

    .venv/bin/python benchmarks/heldout_build.py [--check] [--set a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|all]
        (default: all)

The text of each lead is its paragraphs joined by blank lines (sentences by one space), so every
sentence's character span is computed, never typed by hand; each event's sentence is the one sentence
holding its `at` text (and its trigger). Fails on an anchor found in no sentence or in several, on a lead
outside 150–300 words, and prints each weekday date beside its expression for a check by eye (`--check`).
The gold has news-dev's fields (../shared/data/news-dev.gold.jsonl).
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "data"))
import heldout_news_source  # noqa: E402
import heldout_news_source_b  # noqa: E402
import heldout_news_source_c  # noqa: E402
import heldout_news_source_d  # noqa: E402
import heldout_news_source_e  # noqa: E402
import heldout_news_source_f  # noqa: E402
import heldout_news_source_g  # noqa: E402
import heldout_news_source_h  # noqa: E402
import heldout_news_source_i  # noqa: E402
import heldout_news_source_j  # noqa: E402
import heldout_news_source_k  # noqa: E402

# set name -> (its source's articles, the stem of its files in benchmarks/data)
SETS = {"a": (heldout_news_source.ARTICLES, "heldout-news"), "b": (heldout_news_source_b.ARTICLES, "heldout-news-b"),
        "c": (heldout_news_source_c.ARTICLES, "heldout-news-c"),
        "d": (heldout_news_source_d.ARTICLES, "heldout-news-d"),
        "e": (heldout_news_source_e.ARTICLES, "heldout-news-e"),
        "f": (heldout_news_source_f.ARTICLES, "heldout-news-f"),
        "g": (heldout_news_source_g.ARTICLES, "heldout-news-g"),
        "h": (heldout_news_source_h.ARTICLES, "heldout-news-h"),
        "i": (heldout_news_source_i.ARTICLES, "heldout-news-i"),
        "j": (heldout_news_source_j.ARTICLES, "heldout-news-j")}
# the eleventh set, round k's test set (its own line, so that edits to the other sets merge apart)
SETS["k"] = (heldout_news_source_k.ARTICLES, "heldout-news-k")

FIELDS = ("type", "trigger", "sentence", "participants", "agent", "target", "location", "date", "date_text",
          "casualties", "start", "end")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# the twelfth set, a second test set of round k (heldout-news-l.{in,gold}.jsonl from heldout_news_source_l.py;
# `--set l`), in a block of its own so that it merges apart from the other sets' lines
import heldout_news_source_l  # noqa: E402

SETS["l"] = (heldout_news_source_l.ARTICLES, "heldout-news-l")

# the thirteenth set, the test set of round l (heldout-news-m.{in,gold}.jsonl from heldout_news_source_m.py;
# `--set m`), in a block of its own so that it merges apart from the other sets' lines
import heldout_news_source_m  # noqa: E402

SETS["m"] = (heldout_news_source_m.ARTICLES, "heldout-news-m")

# the fourteenth set, the test set of round n (heldout-news-n.{in,gold}.jsonl from heldout_news_source_n.py;
# `--set n`), in a block of its own so that it merges apart from the other sets' lines
import heldout_news_source_n  # noqa: E402

SETS["n"] = (heldout_news_source_n.ARTICLES, "heldout-news-n")

# the fifteenth set, the test set of round o (heldout-news-o.{in,gold}.jsonl from heldout_news_source_o.py;
# `--set o`), in a block of its own so that it merges apart from the other sets' lines
import heldout_news_source_o  # noqa: E402

SETS["o"] = (heldout_news_source_o.ARTICLES, "heldout-news-o")

# the sixteenth set, the test set of round p (heldout-news-p.{in,gold}.jsonl from heldout_news_source_p.py;
# `--set p`), in a block of its own so that it merges apart from the other sets' lines
import heldout_news_source_p  # noqa: E402

SETS["p"] = (heldout_news_source_p.ARTICLES, "heldout-news-p")

# the seventeenth set, the test set of round q (heldout-news-q.{in,gold}.jsonl from heldout_news_source_q.py;
# `--set q`), in a block of its own so that it merges apart from the other sets' lines
import heldout_news_source_q  # noqa: E402

SETS["q"] = (heldout_news_source_q.ARTICLES, "heldout-news-q")

# the eighteenth set, the test set of round r (heldout-news-r.{in,gold}.jsonl from heldout_news_source_r.py;
# `--set r`), in a block of its own so that it merges apart from the other sets' lines
import heldout_news_source_r  # noqa: E402

SETS["r"] = (heldout_news_source_r.ARTICLES, "heldout-news-r")

# the nineteenth set, the test set of round s (heldout-news-s.{in,gold}.jsonl from heldout_news_source_s.py;
# `--set s`), in a block of its own so that it merges apart from the other sets' lines
import heldout_news_source_s  # noqa: E402

SETS["s"] = (heldout_news_source_s.ARTICLES, "heldout-news-s")


def layout(paragraphs: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """The article text and the (start, end) of each of its sentences."""
    text, spans = "", []
    for n, para in enumerate(paragraphs):
        if n:
            text += "\n\n"
        for k, sentence in enumerate(para):
            if k:
                text += " "
            spans.append((len(text), len(text) + len(sentence)))
            text += sentence
    return text, spans


def gold_event(art_id: str, spec: dict, text: str, spans: list[tuple[int, int]]) -> dict:
    hits = [(s, e) for s, e in spans if spec["at"] in text[s:e]]
    if len(hits) != 1:
        raise SystemExit(f"{art_id}: anchor {spec['at']!r} in {len(hits)} sentences")
    start, end = hits[0]
    if spec["trigger"] not in text[start:end]:
        raise SystemExit(f"{art_id}: trigger {spec['trigger']!r} not in the sentence of {spec['at']!r}")
    row = {k: spec.get(k) for k in FIELDS}
    row.update(sentence=text[start:end], start=start, end=end)
    for extra in ("amount", "modality"):
        if extra in spec:
            row[extra] = spec[extra]
    return row


def check_dates(art: dict, rows: list[dict]) -> list[str]:
    published = datetime.date.fromisoformat(art["published"])
    out = []
    for r in rows:
        if r["date"] and len(r["date"]) == 10:
            day = datetime.date.fromisoformat(r["date"])
            named = next((w for w in WEEKDAYS if w in (r["date_text"] or "").lower()), None)
            flag = "" if named is None or WEEKDAYS[day.weekday()] == named else "  <-- WEEKDAY MISMATCH"
            out.append(f"  {art['id']} {r['type']:<10} {r['date_text']!r:<28} {r['date']} "
                       f"{WEEKDAYS[day.weekday()]} ({(day - published).days:+d} d){flag}")
    return out


def build(articles: list[dict]) -> tuple[list[dict], list[dict], list[str]]:
    inputs, golds, notes = [], [], []
    for art in articles:
        text, spans = layout(art["paragraphs"])
        words = len(text.split())
        if not 150 <= words <= 300:
            notes.append(f"  {art['id']}: {words} words (outside 150-300)")
        events = [gold_event(art["id"], e, text, spans) for e in art["events"]]
        irrealis = [gold_event(art["id"], e, text, spans) for e in art["irrealis"]]
        notes += check_dates(art, events + irrealis)
        inputs.append({"id": art["id"], "text": text, "published": art["published"]})
        golds.append({"id": art["id"], "events": events, "irrealis": irrealis, "people": art["people"],
                      "places": art["places"], "organizations": art["organizations"]})
    return inputs, golds, notes


def render(rows: list[dict]) -> str:
    """The JSON Lines text of a file, as it is written (the tests compare it byte for byte)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def build_set(name: str, check: bool = False) -> int:
    articles, stem = SETS[name]
    inputs, golds, notes = build(articles)
    if check:
        print("\n".join(notes))
    if any("MISMATCH" in n or "outside" in n for n in notes):
        print("\n".join(n for n in notes if "MISMATCH" in n or "outside" in n))
        return 1
    for kind, rows in (("in", inputs), ("gold", golds)):
        (HERE / "data" / f"{stem}.{kind}.jsonl").write_text(render(rows), encoding="utf-8")
    counts = {"set": name, "articles": len(golds), "events": sum(len(g["events"]) for g in golds),
              "irrealis": sum(len(g["irrealis"]) for g in golds)}
    print(json.dumps(counts))
    return 0


def main(argv: list[str]) -> int:
    chosen = argv[argv.index("--set") + 1] if "--set" in argv else "all"
    names = list(SETS) if chosen == "all" else [chosen]
    return max(build_set(name, "--check" in argv) for name in names)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
