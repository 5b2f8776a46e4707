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
    pronoun or a force: "at officers", "at them", "at the police"; "at a line of officers": the body's people)."""
    if not {t.lemma_.lower() for t in thrown} & lex.sense("thrown_missiles"):
        return False
    aimed = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "at" for g in p.children if g.dep_ == "pobj"]
    groups = lex.sense("thrown_at_group_nouns")  # "at a line of officers": the officers
    bodies = [a for a in aimed if a.lemma_.lower() in groups]
    aimed += [g for a in bodies for o in a.children if o.lower_ == "of" for g in o.children]
    forces = lex.sense("attackers")
    return any(
        g.pos_ == "PRON" or person_like(g) or g.lemma_.lower() in forces for a in aimed for g in (a, *a.conjuncts)
    )


def fired_into_the_sea(verb: Token, objs: list[Token], lex: Lexicon) -> bool:
    """A missile fired or launched into the sea or over it, at nothing else: a launch or a test ("fired a ballistic
    missile into the sea", "launched a missile over the Sea of Japan"), no attack; not "fired missiles at ships in
    the Red Sea" (a target)."""
    if not {o.lemma_.lower() for o in objs} & lex.sense("launched_missiles"):
        return False
    if any(c.pos_ == "VERB" and c.lemma_.lower() in lex.sense("impact_verbs") for c in verb.children):
        return False  # "fired a missile into the sea, hitting a fishing boat"
    places = [
        g
        for w in (verb, *objs)  # "launched a missile over the Sea of Japan": the parser hangs "over" on the missile
        for p in w.children
        if p.dep_ == "prep" and p.lower_ != "on"  # "on Wednesday": a time, no destination
        for g in p.children
        if g.dep_ == "pobj"
    ]
    seas = lex.sense("sea_words")
    aimed = [g for g in places if g.head.lower_ in {"at", "toward", "towards", "against"}]
    return not aimed and any(g.lemma_.lower() in seas and g.head.lower_ in {"into", "over"} for g in places)
