"""Events: triggers from lexicons, arguments from the parse, casualties, modality, coreference.

STUB: replaced by the event issue's implementation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.facts import Article, Entity, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_events(doc: Doc, article: Article, entities: list[Entity], entity_index: dict[int, str]) -> list[Event]:
    """The article's events with their arguments (dates are attached later)."""
    return []
