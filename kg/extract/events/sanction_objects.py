"""Whom a sanction verb penalises: "Britain sanctions Georgian police chiefs", "has sanctioned more than 500
tankers", "sanctioned two banks"; not what one approves when one "sanctions" an act or a plan ("sanctioned the
plan", "sanctioned the use of force": `data/sanction_approval_objects.txt` and the endings of act nouns)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.framing import lemma
from kg.extract.names import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

ACT_ENDINGS = ("tion", "sion", "ment", "ure", "ance", "ence")  # not "-al": "general", "official", "rival"


def penalised(obj: Token) -> bool:
    """A sanction verb's object that is a holder of a sanction (people, bodies, ships, firms), no act or plan."""
    if obj.pos_ not in {"NOUN", "PROPN"} or obj.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT"}:
        return False
    low = lemma(obj)
    if obj.pos_ == "NOUN" and (low in word_list("sanction_approval_objects.txt") or low.endswith(ACT_ENDINGS)):
        return False
    return True
