"""Offers of an event: "offered talks", "offered to host talks", "offered to host the leaders in Paris for talks".

An offer of what the offerer would do itself is hypothetical: it happens only if the offer is taken up ("offered
to mediate", "offered to pay compensation"; kg/extract/events/modality.py reads "offer" as a hypothetical marker).
An event offered to others, or hosted by the offerer for others, is proposed, as "proposed talks" is: planned (the
gold of sets i and n). The hosting verbs are the `hosting_verbs` of kg/extract/data/event_lexicon.json, the verbs of
offering its `offering_verbs`. A readiness to take part given a date ("was ready to meet the unions next week", "ready
to meet him in Munich on Friday") proposes the event for that date: planned (the gold of sets d and m), where
"ready to meet them" with no date, or "if the shooting stopped", stays hypothetical (sets f and l); the words of
readiness are the `readiness_words`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["dated_readiness", "hosted_purpose", "offered_event"]


def offered_event(offer: Token, prev: Token, event: Token, lex: Lexicon) -> bool:
    """`offer` (a verb of offering that the walk reached through `prev`) offers the event noun `event` to others:
    as its object ("offered talks to the militias"), or as what its infinitive hosts ("offered to host talks",
    "offered to host both camps in Paris for talks")."""
    if offer.lemma_.lower() not in lex.sense("offering_verbs") or event.pos_ not in {"NOUN", "PROPN"}:
        return False
    if prev is event:
        return event.dep_ == "dobj"
    if prev.dep_ != "xcomp" or prev.head is not offer or prev.lemma_.lower() not in lex.sense("hosting_verbs"):
        return False
    return (
        event.head is prev and event.dep_ == "dobj" or event.dep_ == "pobj" and hosted_purpose(event.head, lex) is prev
    )


def hosted_purpose(prep: Token, lex: Lexicon) -> Token | None:
    """ "host the leaders for talks", "will convene the parties for a new round of negotiations": the "for" of a
    hosting verb, or of its object, names the event hosted, in the verb's scope (planned with "will host",
    hypothetical with "could"). The hosting verb, or None."""
    if prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in lex.sense("hosting_verbs") else None


def dated_readiness(word: Token, prev: Token, lex: Lexicon) -> bool:
    """`word` is a word of readiness ("ready", "willing") whose infinitive `prev` is given a date ("ready to meet the
    unions next week"), with no condition on it ("ready to meet him on Friday if the shooting stops")."""
    if word.lower_ not in lex.sense("readiness_words") or prev.dep_ != "xcomp" or prev.head.i != word.i:
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children) for c in (*prev.children, *word.children)):
        return False  # "ready to meet him again, if the shooting stopped"
    return any(_dated(c) for c in prev.children if c.dep_ in {"npadvmod", "prep", "tmod"})


def _dated(word: Token) -> bool:
    """A date expression: "next week", "on Friday" (the preposition's object)."""
    if word.dep_ == "prep":
        return any(g.ent_type_ in {"DATE", "TIME"} for g in word.children if g.dep_ == "pobj")
    return word.ent_type_ in {"DATE", "TIME"}
