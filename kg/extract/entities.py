"""Entities: NER corrected by a gazetteer, canonical names, titles, affiliations, in-article merging.

STUB: replaced by the entity issue's implementation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.facts import Article, Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc

EntityIndex = dict[int, str]  # token index -> Entity.id


def find_entities(doc: Doc, article: Article) -> tuple[list[Entity], EntityIndex]:
    """The article's entities and a map from each mention token to its entity id."""
    return [], {}
