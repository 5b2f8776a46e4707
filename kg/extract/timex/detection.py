"""Detection: where the rules match in a text, and each match's TimeML extent.

`candidates(text)` takes an article's text and returns `Candidate`s (a rule's match: offsets, kind,
the regex match) in text order, none overlapping: of overlapping matches the longest wins, then the
earlier rule; the matches it beat inside its stretch are kept as its `alternatives`, in that order, for
when it normalises to nothing ("that night" is no relative unit, but a part of a day). The rules run
only in `segments(text)`, the stretches around words that can open or close a temporal expression, and
there only when a word the rule needs is there (`patterns.NEEDS`).
`trim(candidate, text)` gives the extent TimeML annotates: without a leading preposition or possessive,
a trailing possessive or period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.timex.lexicon import HOLIDAYS, LEXICON
from kg.extract.timex.patterns import COMPILED, DIGITS, NEEDS


@dataclass
class Candidate:
    """A rule's match: where it is, the rule's kind, the regex match (its named groups feed the normaliser)."""

    start: int
    end: int
    kind: str
    m: re.Match[str]
    order: int  # the rule's place in rules.toml
    alternatives: list[Candidate] = field(default_factory=list)  # matches it beat inside its stretch


def _anchor_words() -> frozenset[str]:
    words: set[str] = set(LEXICON["anchor_words"])
    for key in (
        "months",
        "weekdays",
        "seasons",
        "parts_of_day",
        "units",
        "set_adverbs",
        "relative_days",
        "vague_durations",
        "clock_words",
    ):
        words.update(w for w in LEXICON[key] if re.fullmatch(r"[a-z]+", w))
    for key in ("present_ref", "past_ref_spans", "future_ref_spans", "future_ref_adjectives", "vague_durations"):
        words.update(w for w in LEXICON[key] if re.fullmatch(r"[a-z]+", w))
        # "the past", "the near term": the head word of a phrase opens a search window too
        words.update(w.split()[-1] for w in LEXICON[key] if " " in w and len(w.split()[-1]) > 3)
    words.update(re.split(r"[\s']", h)[0] for h in HOLIDAYS)
    words.update(f"{w}s" for w in LEXICON["weekdays"] if w.endswith("day"))  # "on Sundays"
    return frozenset(words)


ANCHOR_WORDS = _anchor_words()
WORD = re.compile(r"[A-Za-z]+|\d+")
_DIGIT_ANCHOR = re.compile(r"\d*(?:s|\s?[:/.]\d|\s?[ap]\.?m)", re.IGNORECASE)
_WINDOW_BEFORE, _WINDOW_AFTER = 40, 24


def segments(text: str) -> list[tuple[int, int]]:
    """Stretches of text around words that can start or end a temporal expression (merged windows).

    Running the ~50 patterns only there keeps detection cheap next to the parse.
    """
    segs: list[tuple[int, int]] = []
    n = len(text)
    for m in WORD.finditer(text):
        w = m.group(0)
        if w[0].isdigit():
            if (
                not (len(w) == 4 and 1600 <= int(w) <= 2099)
                and not _DIGIT_ANCHOR.match(text, m.end())
                and not (len(w) <= 2 and m.start() > 0 and text[m.start() - 1] == "'")
            ):
                continue
        elif w.lower() not in ANCHOR_WORDS:
            continue
        a, b = max(0, m.start() - _WINDOW_BEFORE), min(n, m.end() + _WINDOW_AFTER)
        if segs and a <= segs[-1][1]:
            segs[-1] = (segs[-1][0], max(b, segs[-1][1]))
        else:
            segs.append((a, b))
    return segs


def candidates(text: str) -> list[Candidate]:
    """Every rule's matches in `text`, overlaps resolved (longest, then earlier rule), in text order."""
    found: list[Candidate] = []
    segs = segments(text)
    seg_words = []
    for a, b in segs:
        words = {w.lower() for w in WORD.findall(text, a, b)}
        if any(w[0].isdigit() for w in words):
            words.add(DIGITS)
        seg_words.append(words)
    for order, (kind, rx) in enumerate(COMPILED):
        needs = NEEDS[kind]
        for (a, b), words in zip(segs, seg_words, strict=True):
            if needs.isdisjoint(words):
                continue
            for m in rx.finditer(text, a, b):
                if m.end() > m.start():
                    found.append(Candidate(m.start(), m.end(), kind, m, order))
    found.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    taken: list[Candidate] = []
    owner = [-1] * (len(text) + 1)  # which taken candidate holds each character
    for c in found:
        holders = set(owner[c.start : c.end])
        if holders == {-1}:
            owner[c.start : c.end] = [len(taken)] * (c.end - c.start)
            taken.append(c)
        elif len(holders) == 1 and -1 not in holders:
            taken[holders.pop()].alternatives.append(c)  # inside one winner's stretch: its fallback
    taken.sort(key=lambda c: c.start)
    return taken


_DROP_PREFIX = re.compile(
    r"^(?:(?:for|of|during|throughout|in|over|about|at|around|approximately|shortly\s+after|shortly\s+before|"
    r"by\s+the\s+end\s+of|at\s+the\s+end\s+of|by|on|his|her|their|its|my|our|your)\s+)(?!least\b|most\b)",
    re.IGNORECASE,
)


def trim(c: Candidate, text: str) -> tuple[int, int]:
    """TimeML extent: drop leading prepositions/possessives and a trailing possessive or period."""
    s, e = c.start, c.end
    if "core" in c.m.groupdict():
        s = c.m.start("core")
    seg = text[s:e]
    m = _DROP_PREFIX.match(seg)
    while m and m.end() < len(seg):
        s += m.end()
        seg = text[s:e]
        m = _DROP_PREFIX.match(seg)
    if c.kind == "rel_ago" and c.m.group("dir").lower() in ("later", "after", "before"):
        e = c.m.start("dir")
        while e > s and text[e - 1].isspace():
            e -= 1
        seg = text[s:e]
    if c.kind == "month_day" and re.match(r"(?i)the\s", seg):
        s += len(re.match(r"(?i)the\s+", seg).group(0))  # type: ignore[union-attr]  # "the Oct. 23 vote"
        seg = text[s:e]
    if c.kind == "quarter" and "-" in seg:
        m2 = re.match(r"(?i)(?:the|its|this)\s+", seg)
        if m2:
            s += m2.end()
            seg = text[s:e]
    if seg.endswith("'s"):
        e -= 2
    elif seg.endswith(".") and not re.search(r"(?:[ap]\.m|[A-Za-z]{3,4})\.$", seg):
        e -= 1
    return s, e
