"""A person's surname the NER typed as an organisation: "Egede's office said", "Mason is expected to travel" in an
article that names Mute Egede and Sandra Mason.

`fold_surname_organisations(entities, index)` folds each one-word organisation whose name is the surname of exactly
one person the article names in full (and no organisation the gazetteer knows, no word an organisation's name ends
with, no acronym) into that person: its mentions join the person's, its tokens point at the person. Runs on the
article's entities before the events read them.
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.gazetteer import gazetteer
from kg.extract.names import word_list
from kg.facts import Entity


@lru_cache(maxsize=1)
def _organisation_heads() -> frozenset[str]:
    """The last words that say a name is an organisation's (data/name_heads.tsv, type organization)."""
    rows = (line.split("\t") for line in word_list("name_heads.tsv"))
    return frozenset(r[0] for r in rows if len(r) > 1 and r[1].strip() == "organization")


def _surname_of_one_person(name: str, entities: list[Entity]) -> Entity | None:
    people = [e for e in entities if e.type == "person" and " " in e.name and e.name.split()[-1] == name]
    return people[0] if len(people) == 1 else None


def fold_surname_organisations(entities: list[Entity], index: dict[int, str]) -> None:
    """Fold the surnames typed as organisations into their people (module docstring); changes both in place."""
    gaz = gazetteer()
    folded: dict[str, Entity] = {}
    for ent in entities:
        name = ent.name
        if ent.type != "organization" or " " in name or not name[:1].isupper() or name.isupper():
            continue
        if any(" " in a for a in ent.aliases) or name in gaz.institutions or name in _organisation_heads():
            continue
        person = _surname_of_one_person(name, entities)
        if person is not None:
            folded[ent.id] = person
    if not folded:
        return
    for eid, person in folded.items():
        ent = next(e for e in entities if e.id == eid)
        person.mentions = sorted([*person.mentions, *ent.mentions], key=lambda m: (m.start, m.end))
        if ent.name not in person.aliases:
            person.aliases.append(ent.name)
    entities[:] = [e for e in entities if e.id not in folded]
    for i, eid in list(index.items()):
        if eid in folded:
            index[i] = folded[eid].id
