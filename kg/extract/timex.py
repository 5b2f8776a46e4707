"""Temporal expressions: detection (TimeML extents) and normalisation to TIMEX3 values.

STUB: replaced by the temporal issue's implementation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.facts import Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_timexes(doc: Doc, published: str | None) -> list[Timex]:
    """Every temporal expression in `doc`, normalised against `published` (ISO date or datetime)."""
    return []
