"""Things thrown at people: "protesters hurled rocks at officers", "threw fireworks at them" is an attack.

Stones, bricks and fireworks are no weapons of their own ("threw eggs and stones near the parliament", "throwing
stones and breaking windows" is a riot's damage): thrown *at* people, they are violence done to them (CAMEO 18).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon


def thrown_at_people(verb: Token, thrown: list[Token], lex: Lexicon, person_like: Callable[[Token], bool]) -> bool:
    """A throwing verb whose object is a missile (`thrown_missiles`) and whose "at" names people (`person_like`, a
    pronoun or a force: "at officers", "at them", "at the police")."""
    if not {t.lemma_.lower() for t in thrown} & lex.sense("thrown_missiles"):
        return False
    aimed = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "at" for g in p.children if g.dep_ == "pobj"]
    forces = lex.sense("attackers")
    return any(
        g.pos_ == "PRON" or person_like(g) or g.lemma_.lower() in forces for a in aimed for g in (a, *a.conjuncts)
    )
