"""Identities: which global entity each article's entity is, and the name the graph gives it.

`resolve_identities` runs the cross-article entity resolution (`kg.extract.resolve`) over a batch of
articles; `Identities.key` gives the resolution key `kg.rdf.iris.entity_iri` turns into an IRI.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.facts import ArticleFacts, Entity


def default_entity_key(entity: Entity) -> str:
    """Key of an entity when no corpus-level resolution is available: type and canonical name."""
    name = re.sub(r"[^\w]+", "-", entity.name.lower()).strip("-") or "unnamed"
    return f"{entity.type}/{name}"


@dataclass
class Identities:
    """Which global entity each article entity is, and the global entity's preferred name."""

    keys: dict[tuple[str, str], str] = field(default_factory=dict)  # (article id, entity id) -> key
    names: dict[str, str] = field(default_factory=dict)  # key -> preferred name
    rules: dict[tuple[str, str], str] = field(default_factory=dict)  # (article id, entity id) -> merge rule

    def key(self, article_id: str, entity: Entity) -> str:
        return self.keys.get((article_id, entity.id)) or default_entity_key(entity)

    def name(self, key: str, fallback: str) -> str:
        return self.names.get(key, fallback)

    def rule(self, article_id: str, entity: Entity) -> str | None:
        """Why this article's entity is the global entity it is, when not by its own name."""
        return self.rules.get((article_id, entity.id))


def preferred_names(facts_list: Iterable[ArticleFacts], keys: dict[tuple[str, str], str]) -> dict[str, str]:
    """Per global entity, the fullest name any article gives it (most words, most letters, most frequent): the
    label; every other name is an alias (`skos:altLabel`)."""
    seen: dict[str, Counter[str]] = {}
    for facts in facts_list:
        for ent in facts.entities:
            key = keys.get((facts.article.id, ent.id)) or default_entity_key(ent)
            seen.setdefault(key, Counter())[ent.name] += 1
    return {k: max(c, key=lambda n: (len(n.split()), len(n), c[n], n)) for k, c in seen.items()}


def resolve_identities(facts_list: list[ArticleFacts], aliases: str | Path | None = None) -> Identities:
    """Global entity identities for a batch of articles (cross-article merging, alias file applied)."""
    from kg.extract import resolve

    table = resolve.load_alias_file(aliases) if aliases else None
    rules: dict[tuple[str, str], str] = {}
    keys = resolve.resolve_entities(facts_list, table, rules)
    return Identities(keys=keys, names=preferred_names(facts_list, keys), rules=rules)
