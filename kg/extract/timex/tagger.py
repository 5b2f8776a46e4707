"""`find_timexes(doc, published)`: detection, the parse's veto, normalisation and extents, in text order.

Takes a parsed article and its publication date; returns `Timex` records (offsets, text, TIMEX3 type
and value, the interval's bounds and precision). Expressions are read in order, each updating the
discourse anchors (`Context.remember`) the later ones are read against.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.timex.bounds import timex_bounds
from kg.extract.timex.context import Context, parse_published
from kg.extract.timex.detection import candidates, trim
from kg.extract.timex.filters import is_temporal
from kg.extract.timex.normalise import normalise
from kg.facts import Timex
from kg.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_timexes(doc: Doc, published: str | None) -> list[Timex]:
    """Every temporal expression in `doc`, normalised against `published` (ISO date or datetime)."""
    text = doc_text(doc)
    ctx = Context(doc, parse_published(published), text)
    out: list[Timex] = []
    for c in candidates(text):
        if not is_temporal(c, doc, text):
            continue
        try:
            norm = normalise(c, ctx)
        except (ValueError, KeyError, OverflowError):  # a day that does not exist, a word the tables lack
            norm = None
        if norm is None:
            continue
        typ, value = norm
        s, e = trim(c, text)
        if s >= e:
            continue
        ctx.remember(c, value, s)
        precision, earliest, latest = timex_bounds(value)
        out.append(Timex(s, e, text[s:e], typ, value, earliest, latest, precision))
    return out
