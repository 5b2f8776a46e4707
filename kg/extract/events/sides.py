"""The country a person acts for, read off a possessive title: "Oman's Sultan Haitham bin Tarik", "Iran's Foreign
Minister Abbas Araqchi", "Peru's new President Jose Jeri". The possessor is a country the article names, and
between its "'s" and the name stand only title words (at most `TITLE_WORDS`, no comma, no verb): the person is
that country's, so coreference takes "Oman's new sultan holds talks" (the country as party) and "Sultan Haitham met"
for one side. Organisations are read the same way by `kg.extract.events._national_sides`."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.facts import Entity

TITLE_WORDS = 4  # "Russia's Deputy Foreign Minister Sergei Ryabkov": three title words
_POSSESSIVE = re.compile(rf"['’]s ((?:[A-Za-z][\w.-]* ){{0,{TITLE_WORDS}}})$")
_LOOKBACK = 60  # characters before a name in which its possessive title is sought


def possessive_person_sides(entities: Iterable[Entity], countries: frozenset[str], text: str) -> dict[str, str]:
    """Person entity id -> the entity id of the country whose possessive titles them (module docstring)."""
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
            before = text[max(0, m.start - _LOOKBACK) : m.start]
            found = _POSSESSIVE.search(before)
            if found is None:
                continue
            owner_end = m.start - len(found.group(0))
            owner = ends.get(owner_end)
            titles = found.group(1).split()
            # title words only: no other name in between ("Iran's Zarif and Oman's Sultan X": Zarif's own)
            if owner is None or any(owner_end < start < m.start for start in names):
                continue
            if all(w[:1].isupper() or w.islower() for w in titles):
                sides[e.id] = owner
                break
    return sides
