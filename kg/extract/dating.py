"""Event dating: give each event the date of the temporal expression that governs it.

STUB: replaced by the temporal issue's implementation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.facts import Event, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc


def attach_event_dates(doc: Doc, events: list[Event], timexes: list[Timex], published: str | None) -> None:
    """Set `date`, `precision`, `date_range` and `timex` on each event that has evidence for a date."""
    return None
