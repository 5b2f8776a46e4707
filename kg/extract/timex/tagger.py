"""`find_timexes(doc, published)`: detection, the parse's veto, normalisation and extents, in text order.

Takes a parsed article and its publication date; returns `Timex` records (offsets, text, TIMEX3 type
and value, the interval's bounds and precision). Expressions are read in order, each updating the
discourse anchors (`Context.remember`) the later ones are read against.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.timex.bounds import timex_bounds
from kg.extract.timex.context import Context, parse_published
from kg.extract.timex.detection import Candidate, candidates, trim
from kg.extract.timex.filters import is_temporal
from kg.extract.timex.normalise import normalise
from kg.facts import Timex
from kg.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_timexes(doc: Doc, published: str | None) -> list[Timex]:
    """Every temporal expression in `doc`, normalised against `published` (ISO date or datetime)."""
    return [timex for _, timex in read_timexes(doc, published)]


def read_timexes(doc: Doc, published: str | None) -> list[tuple[str, Timex]]:
    """`find_timexes` with the rule kind that gave each expression: a match the parse vetoes or that
    normalises to nothing gives way to the next of its alternatives."""
    text = doc_text(doc)
    ctx = Context(doc, parse_published(published), text)
    out: list[tuple[str, Timex]] = []
    for winner in candidates(text):
        for c in (winner, *winner.alternatives):
            norm = _normalised(c, doc, text, ctx)
            if norm is None:
                continue
            s, e = trim(c, text)
            if s >= e:
                continue
            typ, value = norm
            ctx.remember(c, value, s)
            precision, earliest, latest = timex_bounds(value)
            out.append((c.kind, Timex(s, e, text[s:e], typ, value, earliest, latest, precision)))
            break
    return out


def _normalised(c: Candidate, doc: Doc, text: str, ctx: Context) -> tuple[str, str] | None:
    if not is_temporal(c, doc, text):
        return None
    try:
        return normalise(c, ctx)
    except (ValueError, OverflowError):  # a day the calendar does not have, a year past 9999
        return None
