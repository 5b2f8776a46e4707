"""What an attack named by a noun hit, when the noun is the subject of an impact verb.

"An explosion ripped through the U.S. embassy", "the blast destroyed the ministry building", "a strike hit the
Velorian army's headquarters": the verb's object, and what the attack went through or into, is the attack's
target (and, through `kg.extract.events.arguments.implied_arguments`, the country that owns it). The toll verbs
among the impact verbs ("the blast killed 12") are left to the casualty rules: their objects are victims.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.arguments import _add

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.events.lexicon import Lexicon
    from kg.extract.events.lookup import EntityLookup
    from kg.facts import Event

PASSAGE_PREPS = {"through", "into"}


def targets_hit(doc: Doc, noun: Token, ev: Event, lookup: EntityLookup, lex: Lexicon) -> None:
    """Add the targets the attack noun `noun` hit as the subject of an impact verb (see the module)."""
    verb = noun.head
    lemma = verb.lemma_.lower()
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or lemma not in lex.sense("impact_verbs"):
        return
    if {"death", "injury"} & set(lex.verbs.get(lemma, ())):
        return
    for child in verb.children:
        if child.dep_ == "dobj":
            objects = [child]
        elif child.dep_ == "prep" and child.lower_ in PASSAGE_PREPS:
            objects = [g for g in child.children if g.dep_ == "pobj"]
        else:
            continue
        for obj in objects:
            known = any(a.role == "target" and a.start <= obj.idx < a.end for a in ev.arguments)
            if obj.pos_ in {"NOUN", "PROPN"} and not known:
                _add(ev.arguments, doc, obj, "target", lookup)
