"""A war told as one bounded event with its toll: "a six-week war between the two that killed more than 400 people"
is an attack, its toll the attack's (the sets annotate it as one), unlike a war told without a span or a toll ("the
war has killed 255 people", `aggregates`: no death event) or a war named as a time ("since the 2020 war").

The words are the event lexicon's senses: `bounded_war_nouns` (the war nouns), `bounded_war_units` (the spans:
"11-day", "six-week").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon


def _spanned(war: Token, lex: Lexicon) -> bool:
    """ "an 11-day war", "a six-week war": a modifier counting days, weeks or months (one token or three)."""
    units = lex.sense("bounded_war_units")
    for mod in war.children:
        if mod.dep_ not in {"compound", "amod", "nmod"}:
            continue
        if mod.lemma_.lower() in units and any(c.dep_ == "nummod" or c.like_num for c in mod.children):
            return True  # "six - week"
        found = re.fullmatch(r"[\w]+-(\w+)", mod.lower_)
        if found and found.group(1) in units:
            return True  # "six-week" as one token
    return False


def _past_killing(war: Token, lex: Lexicon) -> bool:
    """ "that killed more than 400 people": a relative clause on the war, a killing verb in the simple past."""
    return any(
        c.dep_ == "relcl" and c.tag_ == "VBD" and "death" in lex.verbs.get(c.lemma_.lower(), ()) for c in war.children
    )


def bounded_war(tok: Token, lex: Lexicon) -> bool:
    """Whether a war noun is one attack: its span counted in days, weeks or months and a past killing told on it."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in lex.sense("bounded_war_nouns")
        and _spanned(tok, lex)
        and _past_killing(tok, lex)
    )
