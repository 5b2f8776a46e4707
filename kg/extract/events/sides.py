"""The country a person acts for, read off the title before their name: "Oman's Sultan Haitham bin Tarik", "Iran's
Foreign Minister Abbas Araqchi", "U.S. Deputy Secretary of State Laura Hines". Between the country's mention (its
"'s" included) and the name stand only title words (at most `TITLE_WORDS`, no comma, no other person or country):
the person is that country's, so coreference takes "Oman's new sultan holds talks" (the country as a party) and
"Sultan Haitham met" for one side. Organisations are read so by `national_sides`."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.extract.gazetteer import gazetteer
from kg.facts import Entity

TITLE_WORDS = 4  # "Russia's Deputy Foreign Minister Sergei Ryabkov": three title words
# between the country and the name: its "'s" or nothing ("U.S. Deputy Secretary of State Laura Hines"), then titles
_GAP = re.compile(rf"(?:['’]s)? (?:[A-Za-z][\w.-]* ){{0,{TITLE_WORDS}}}")
_LOOKBACK = 60  # characters before a name in which its country's title is sought


def possessive_person_sides(entities: Iterable[Entity], countries: frozenset[str], text: str) -> dict[str, str]:
    """Person entity id -> the entity id of the country whose title they bear (module docstring)."""
    entities = list(entities)
    ends = {m.end: e.id for e in entities if e.id in countries for m in e.mentions}
    if not ends:
        return {}
    # other people and countries (a title word the tagger took for a place, "Sultan", is no other name)
    names = {m.start for e in entities if e.type == "person" or e.id in countries for m in e.mentions}
    sides: dict[str, str] = {}
    for e in entities:
        if e.type != "person":
            continue
        for m in e.mentions:
            owner_end = next((k for k in range(m.start - 1, max(0, m.start - _LOOKBACK), -1) if k in ends), None)
            if owner_end is None or any(owner_end < start < m.start for start in names):
                continue
            if _GAP.fullmatch(text, owner_end, m.start):
                sides[e.id] = ends[owner_end]
                break
    return sides


def national_sides(entities: list[Entity], countries: frozenset[str], text: str) -> dict[str, str]:
    """Organisation or person entity id -> the entity id of the country it belongs to ("U.S. special forces", "the
    Kremlin", "President Donald Trump"): the side it acts for, which coreference counts as the same actor as the
    country."""
    by_name = {e.name: e.id for e in entities if e.id in countries}
    sides = {
        e.id: by_name[e.affiliation]
        for e in entities
        if e.type in {"organization", "person"} and e.affiliation in by_name
    }
    # "Turkey's National Intelligence Organisation", "Russia's Federal Security Service": the possessor's body
    ends = {m.end: e.id for e in entities if e.id in countries for m in e.mentions}
    for e in entities:
        if e.type == "organization" and e.id not in sides:
            for m in e.mentions:
                owner = ends.get(m.start - 3) if text[m.start - 3 : m.start] in {"'s ", "’s "} else None
                if owner is not None:
                    sides[e.id] = owner
                    break
    # "Oman's Sultan Haitham bin Tarik": the person the possessive titles is the country's
    for person, owner in possessive_person_sides(entities, countries, text).items():
        sides.setdefault(person, owner)
    return sides


def is_state(entity: Entity) -> bool:
    """A place the gazetteer knows as a state (a country's constituent state or a country)."""
    place = gazetteer().places.get(entity.name) if entity.type == "place" else None
    return place is not None and place.kind == "state"
