"""A period of fighting is no attack: "an agreement to end more than a year of fighting", "after months of
shelling", "weeks of clashes" name a war's stretch of time, not one event (the sets' convention: no gold attack).

Days and hours stay events: "killed in two days of artillery fire" is the attack its toll belongs to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon


def period_of_fighting(noun: Token, lex: Lexicon) -> bool:
    """An attack noun that is what a long span of time is "of" (`fighting_period_nouns`: year, month, week, decade)."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of":
        return False
    span = of.head
    if span.pos_ != "NOUN" or span.lemma_.lower() not in lex.sense("fighting_period_nouns"):
        return False
    # a length of time ("a year", "months", "more than a decade"), not a date the parser hung "of" on ("warned
    # Moscow this month of a possible attack", "last week of the talks")
    return not any(c.dep_ in {"det", "amod"} and c.lower_ not in {"a", "an"} for c in span.children)
