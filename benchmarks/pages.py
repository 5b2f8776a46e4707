#!/usr/bin/env python3
"""Web page benchmark: does kg read the article a news page holds, and only that?

    .venv/bin/python benchmarks/pages.py [--no-write]

benchmarks/pages/ holds news pages written for kg in eight common page shapes (wire story with JSON-LD and a
cookie banner, WordPress with comments and widgets, a table-and-font legacy page whose date is only text,
a modern page with ads and a newsletter box inside the article, AMP, a regional page with <br> paragraphs,
a magazine page with subheads, an agency page with a compact date), and expected.jsonl the headline, date
and main text of each. For each page: bag-of-words precision / recall / F1 of the text kg read (headline
included, as kg keeps it) against the expected headline and text, whether the publication day is right and
whether the title is. Rewrites the "## Web pages" section of BENCHMARKS.md unless --no-write.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from report import replace_section  # benchmarks/report.py (scripts run with benchmarks/ on sys.path)

from kg.ingest import InputError, read_articles

PAGES = Path(__file__).resolve().parent / "pages"
SECTION = "## Web pages"
WORD = re.compile(r"\w+", re.UNICODE)
# kg's own HTML parser, before pages went through trafilatura (commit a527f07), on the same pages
BEFORE = "mean text P / R / F1 82.5 / 100.0 / 90.0, dates 62.5 %, titles 75.0 %"


def words(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in WORD.findall(text))


def prf(got: Counter[str], want: Counter[str]) -> tuple[float, float, float]:
    overlap = sum((got & want).values())
    p = overlap / sum(got.values()) if got else 0.0
    r = overlap / sum(want.values()) if want else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def measure() -> list[dict]:
    rows = []
    for line in (PAGES / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        want = json.loads(line)
        (item,) = list(read_articles([str(PAGES / want["file"])]))
        if isinstance(item, InputError):
            rows.append({**want, "p": 0.0, "r": 0.0, "f": 0.0, "date_ok": False, "title_ok": False, "error": str(item)})
            continue
        p, r, f = prf(words(item.text), words(want["title"] + "\n" + want["text"]))
        rows.append({
            "file": want["file"], "template": want["template"], "p": p, "r": r, "f": f,
            "date_ok": (item.published or "")[:10] == want["date"], "title_ok": (item.title or "") == want["title"],
            "got_date": item.published, "got_title": item.title,
        })
    return rows


def render(rows: list[dict]) -> str:
    n = len(rows)
    mean = {k: 100 * sum(r[k] for r in rows) / n for k in ("p", "r", "f")}
    dates = 100 * sum(r["date_ok"] for r in rows) / n
    titles = 100 * sum(r["title_ok"] for r in rows) / n
    lines = [
        SECTION, "",
        f"{n} news pages written for kg in common page shapes (`benchmarks/pages/`), read as `kg extract` reads "
        "them; text scored as bag-of-words against the expected headline and main text. Reproduce: "
        "`.venv/bin/python benchmarks/pages.py`.", "",
        f"Mean text P / R / F1: {mean['p']:.1f} / {mean['r']:.1f} / **{mean['f']:.1f}**; publication date right "
        f"{dates:.1f} %; title right {titles:.1f} %. Before (kg's own HTML parser): {BEFORE}. What differs: "
        "trafilatura (with htmldate) drops menus, cookie banners, related-story lists, comments and ads; the "
        "date comes from the page's metadata with its time and zone, else htmldate; the headline from og:title, "
        "else the longest part of a 'Site - Headline' title.", "",
        "| page shape | P | R | F1 | date | title |", "|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| {r['template']} | {100 * r['p']:.1f} | {100 * r['r']:.1f} | {100 * r['f']:.1f} | "
                     f"{'yes' if r['date_ok'] else 'no'} | {'yes' if r['title_ok'] else 'no'} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render(measure())
    print(text)
    if "--no-write" not in argv:
        replace_section(SECTION, text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
