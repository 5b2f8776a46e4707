"""Detection (kg/extract/timex/detection.py): search windows, the per-rule word prefilter, extents."""

from __future__ import annotations

import re

from conftest import EXAMPLES

from kg.extract.timex import LEXICON
from kg.extract.timex.detection import candidates, segments
from kg.extract.timex.patterns import COMPILED, DIGITS, NEEDS


def test_pattern_prefilter_finds_what_every_pattern_finds_everywhere():
    """Each pattern runs only near one of its needed words; that must never lose a candidate.

    Reference: every pattern over the whole text. Texts: the example articles, and the word lists the
    patterns are built from, each word in a short sentence (so every alternative of every pattern is
    tried, capitalised and not).
    """
    from kg.ingest import read_articles

    assert {kind for kind, _ in COMPILED} == set(NEEDS)
    texts = [a.text for a in read_articles([str(EXAMPLES / "articles")])]
    words: set[str] = set()
    for value in LEXICON.values():
        if isinstance(value, dict | list):
            words.update(w for w in value if isinstance(w, str))
    phrases = sorted(words)
    for lead in ("the", "last", "every", "3", "nineteen", "more than two", "in"):
        texts.append(". ".join(f"It came {lead} {w} and {w.title()} 2019 ago" for w in phrases))
    texts.append("On 2024-03-05, 3/4/1999, at 10:30 p.m. EST, 1400 GMT, in the '90s and the 1980s, Q3.")

    def unfiltered(text: str) -> list[tuple[int, int, str, int]]:
        found = [
            (m.start(), m.end(), kind, order)
            for order, (kind, rx) in enumerate(COMPILED)
            for m in rx.finditer(text)
            if m.end() > m.start()
        ]
        return sorted(found)

    for text in texts:
        # the prefilter only drops patterns from a stretch; what a pattern finds in a stretch it may run in
        # is the same as without the filter, so compare the filtered candidates with the reference matches
        matches = unfiltered(text)
        ref = {(s, e, k) for s, e, k, _ in matches}
        segs = segments(text)
        for s, e, k, _ in matches:
            inside = [(a, b) for a, b in segs if a <= s and e <= b]
            if not inside:
                continue  # outside every search window: not a candidate with or without the filter
            words_here = {w.lower() for w in re.findall(r"[A-Za-z]+|\d+", text[s:e])}
            if any(w[0].isdigit() for w in words_here):
                words_here.add(DIGITS)
            assert not NEEDS[k].isdisjoint(words_here), (k, text[s:e])
        assert {(c.start, c.end, c.kind) for c in candidates(text)} <= ref
