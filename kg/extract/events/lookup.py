"""EntityLookup: the article's entities as the argument rules see them: which entity a token names, which
are countries, the actors named lately, the organisation a person speaks for, the country of a place."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.gazetteer import gazetteer
from kg.facts import Entity
from kg.nlp import sent_of, tokens

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

ACTOR_ROLES = {"agent", "participant", "recipient"}
GOVERNMENT_NOUNS = {"government", "administration", "authorities", "cabinet", "regime"}
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch")


class EntityLookup:
    """Token -> entity, with metonymy: a capital in an actor role stands for its country."""

    def __init__(self, entities: list[Entity], index: dict[int, str], text: str):
        self.text = text  # the article text (Doc.text rebuilds the string on every access)
        self.index = index
        # token index -> the entity there: the dict's own `get` (rules ask ~370 times an article; a method call
        # costs twice the lookup)
        self.entity_at: Callable[[int], str | None] = index.get
        self.by_id = {e.id: e for e in entities}
        gaz = gazetteer()
        self.country_actor: dict[str, str] = {}
        for e in entities:
            if (
                e.type == "place"
                and e.country
                and gaz.countries.get(e.country)
                and gaz.countries[e.country].name == e.name
            ):
                self.country_actor[e.country] = e.id
        self.country_by_name = {self.by_id[eid].name: eid for eid in self.country_actor.values()}
        self.organizations: dict[str, str] = {}
        for e in entities:
            if e.type == "organization":
                for name in (e.name, *e.aliases):
                    self.organizations.setdefault(name.lower(), e.id)
                    self.organizations.setdefault(re.sub(r"^the\s+", "", name.lower()), e.id)
        self.places = {name: e.id for e in entities if e.type == "place" for name in (e.name, *e.aliases)}
        self.named_at: dict[tuple[int, int], list[str]] = {}  # a mention's span -> every entity it names
        for e in entities:
            for m in e.mentions:
                self.named_at.setdefault((m.start, m.end), []).append(e.id)
        self.capitals = {
            e.id
            for e in entities
            if e.type == "place"
            and e.country
            and gaz.places.get(e.name) is not None
            and gaz.places[e.name].kind == "capital"
        }

    def is_country(self, entity_id: str | None) -> bool:
        """A country actor: a gazetteer country, or a place the article also names by a demonym ("Velorian")."""
        ent = self.by_id.get(entity_id or "")
        if ent is None or ent.type != "place":
            return False
        return entity_id in self.country_actor.values() or any(
            a[:1].isupper() and a.endswith(DEMONYM_ENDINGS) for a in ent.aliases
        )

    def recent_actors(self, doc: Doc, before: int, kind: str, sentences: int = 3) -> list[tuple[str, int]]:
        """The distinct actors of `kind` (person | country | organization | any) named last before token
        `before`, most recent first, within the current and the previous `sentences - 1` sentences: (entity id,
        token)."""
        sent = sent_of(tokens(doc)[before])
        start = sent.start
        for _ in range(sentences - 1):
            if start == 0:
                break
            start = sent_of(tokens(doc)[start - 1]).start
        found: list[tuple[str, int]] = []
        for i in range(before - 1, start - 1, -1):
            eid = self.index.get(i)
            if eid is None or any(eid == f for f, _ in found):
                continue
            etype = self.type_of(eid)
            if (
                kind == "person"
                and etype == "person"
                or kind == "country"
                and self.is_country(eid)
                or kind == "organization"
                and etype in {"organization", "group"}
                or kind == "any"
                and (etype in {"person", "organization", "group"} or self.is_country(eid))
            ):
                found.append((eid, i))
        return found

    def affiliated_organization(self, entity_id: str | None) -> str | None:
        """The organisation a person is affiliated with ("Agency director Ivo Pavlov"), when the article
        names it as an entity (by its name, an alias or its acronym)."""
        ent = self.by_id.get(entity_id or "")
        if ent is None or ent.type != "person" or not ent.affiliation:
            return None
        return self.organizations.get(ent.affiliation.lower())

    def owner_country(self, entity_id: str | None) -> str | None:
        """The country actor an organisation's, a building's or a weapon's name says it belongs to ("U.S. Embassy",
        "Velorian Defence Ministry", "a Russian military helicopter"), when the article names that country."""
        ent = self.by_id.get(entity_id or "")
        gaz = gazetteer()
        if ent is None or " " not in ent.name or ent.type not in {"organization", "place", "weapon"}:
            return None
        if ent.type == "place" and (gaz.places.get(ent.name) is not None or self.is_country(entity_id)):
            return None  # a known city or a country is no building ("Mexico City" is not Mexico's)
        first = ent.name.split()[0]
        place = gaz.places.get(first)
        iso2 = place.iso2 if place is not None and place.kind == "country" else gaz.demonyms.get(first)
        if iso2 is None and ent.affiliation in self.country_by_name:
            return self.country_by_name[ent.affiliation]
        return self.country_actor.get(iso2 or "")

    def embassy_host(self, entity_id: str | None) -> str | None:
        """The place an embassy's name says it stands in ("U.S. Embassy in Nairobi": Nairobi), when the article
        names that place."""
        ent = self.by_id.get(entity_id or "")
        if ent is None or ent.type != "organization":
            return None
        head, _, where = ent.name.rpartition(" in ")
        if not where or head.split()[-1:] not in (["Embassy"], ["Consulate"]):
            return None
        return self.places.get(where)

    def nearest_mention(self, entity_id: str, char: int) -> tuple[int, int] | None:
        """The span of the entity's mention nearest to the character offset `char` (an argument that names an
        entity the phrase only implies points at the entity's own name: "Lima" implies Peru)."""
        ent = self.by_id.get(entity_id)
        if ent is None or not ent.mentions:
            return None
        words = {w.lower() for name in (ent.name, *ent.aliases) for w in name.split()}
        named = [m for m in ent.mentions if words & {w.lower() for w in m.text.split()}]  # not "officials said"
        m = min(named or ent.mentions, key=lambda m: abs(m.start - char))
        return m.start, m.end

    def country_of(self, entity_id: str | None) -> str | None:
        """The country actor of a place other than a country (a city, a region), when the article names it."""
        ent = self.by_id.get(entity_id or "")
        if ent is None or ent.type != "place" or not ent.country:
            return None
        country = self.country_actor.get(ent.country)
        return country if country != entity_id else None

    def also_named(self, entity_id: str | None, start: int, end: int) -> list[str]:
        """The other entities a mention of `entity_id` at [start, end) names: "the U.S. embassies in Kenya and
        Tanzania" is a mention of two embassies."""
        named = self.named_at.get((start, end), [])
        if entity_id not in named:
            return []
        country = self.by_id[entity_id].country if entity_id in self.country_actor.values() else None
        # "accused Washington": the capital is the same mention of the country it stands for, no second entity
        return [
            e
            for e in named
            if e != entity_id and not (country and e in self.capitals and self.by_id[e].country == country)
        ]

    def actor_for(self, entity_id: str | None, role: str) -> str | None:
        """A capital filling an actor role resolves to its country actor when the article names it, and so
        does a country's government ("the Velorian government said": Veloria)."""
        if entity_id in self.capitals and role in ACTOR_ROLES:
            ent = self.by_id[entity_id]
            return self.country_actor.get(ent.country or "", entity_id)
        ent = self.by_id.get(entity_id or "")
        if ent is not None and role in ACTOR_ROLES and ent.type == "organization" and ent.affiliation:
            if ent.name.split()[-1].lower() in GOVERNMENT_NOUNS:
                return self.country_by_name.get(ent.affiliation, entity_id)
        return entity_id

    def type_of(self, entity_id: str | None) -> str | None:
        ent = self.by_id.get(entity_id or "")
        return ent.type if ent else None
