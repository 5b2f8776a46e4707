"""A message asked for: "demanded an apology", "demanding a public apology", "called for an apology", "sought a reply".

A message noun (`message_nouns_issuing_verbs` of kg/extract/data/event_lexicon.json) is a statement when someone
gives or sends it (kg/extract/events/communication.py); asked for, it is a statement still to be made, which the
modality walk reads as planned through the request ("demanded" and "called for" plan what they ask for), as the
gold of sets f and n labels it. The verbs that ask for their object are the lexicon's `message_requesting_verbs`,
the verbs that ask "for" it its `message_requesting_for_verbs`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["requested_message"]


def requested_message(noun: Token, lex: Lexicon) -> bool:
    """`noun` is what a verb of requesting asks for: its object ("demanded an apology") or the object of its "for"
    ("called for an apology", "pressed for a reply")."""
    gov = noun.head
    if noun.dep_ == "dobj":
        return gov.pos_ == "VERB" and gov.lemma_.lower() in lex.sense("message_requesting_verbs")
    if noun.dep_ != "pobj" or gov.lower_ != "for" or gov.dep_ != "prep":
        return False
    verb = gov.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lex.sense("message_requesting_for_verbs")
