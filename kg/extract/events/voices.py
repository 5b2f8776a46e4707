"""Who a spokesman speaks for: "his spokesman said", "Ana Ruiz's office said", "her press secretary told reporters".

A voice noun (data/voice_nouns.txt) owned by a person, by name or by a pronoun kg resolved to one, makes that person
the speaker too: the statement is theirs, made through the noun. `kg.extract.events.arguments` adds them beside
the noun (whose own phrase names no one: a person possessor never names a role noun, "the family's lawyer" is not
the family; nor does an office name its owner: "Ana Ruiz's office said" holds the office and, beside it, Ana Ruiz).
"Secretary" counts only with "press" before it ("his press secretary"; "his secretary of state" is
someone else).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lookup import EntityLookup


@lru_cache(maxsize=1)
def voice_nouns() -> frozenset[str]:
    """Lemmas of the nouns that speak for their owner (data/voice_nouns.txt)."""
    text = resources.files("kg.extract").joinpath("data", "voice_nouns.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def voiced_owner(noun: Token, lookup: EntityLookup) -> Token | None:
    """The person `noun` speaks for (the module docstring), or None."""
    lemma = noun.lemma_.lower()
    if noun.pos_ not in {"NOUN", "PROPN"} or lemma not in voice_nouns():
        return None
    if lemma == "secretary" and not any(c.lower_ == "press" and c.dep_ in {"compound", "amod"} for c in noun.children):
        return None
    if any(c.dep_ == "prep" for c in noun.children):
        return None  # "his office in Geneva", "her spokesman for Africa": another phrase says who
    for child in noun.children:
        if child.dep_ == "poss" and lookup.type_of(lookup.entity_at(child.i)) == "person":
            return child
    return None
