"""Aggregate tolls: "the war has killed 255 people", "the conflict's death toll rose to 400", "floods have killed
900 since June", "militants have killed thousands since 2009" count the dead of a war, a disaster or a period,
not a death event of its own (news-dev's convention: a death is an event where it is one killing or the toll of
one attack).

`is_aggregate_toll(head, lex)` reads a death or injury trigger: its cause (the subject of the killing verb, the
agent or the "in"/"during"/"from" phrase of a passive, the possessor or the "from"/"in"/"of" phrase of a "death
toll") is a war, a conflict or an epidemic (`aggregate_toll_causes` in `kg/extract/data/event_lexicon.json`), a
natural hazard's toll so far ("floods have killed 900", "the death toll from the quake rose": `hazard_toll_causes`;
"floods killed 12 people on Thursday" is one death event), or the killing is counted in the present perfect over
a period ("have killed ... since 2009").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events import short_wars

if TYPE_CHECKING:
    from spacy.tokens import Token

_CAUSE_PREPOSITIONS = frozenset({"in", "during", "from", "of", "by", "since", "throughout"})


def _causes(head: Token) -> list[Token]:
    """The words that may name what killed: subject, passive agent, the cause phrase, a toll's possessor."""
    found = [c for c in head.children if c.dep_ in ("nsubj", "poss", "compound")]
    for c in head.children:
        if c.dep_ in ("agent", "prep") and c.lower_ in _CAUSE_PREPOSITIONS | {"by"}:
            found += [g for g in c.children if g.dep_ == "pobj"]
    if head.dep_ in ("dobj", "nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head  # "the death toll from the war rose to 400", "the war's toll reached ..."
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in _CAUSE_PREPOSITIONS:
                found += [g for g in c.children if g.dep_ == "pobj"]
    if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
        found.append(head.head)  # "a war that has killed ...": the noun the clause is on (relcl below)
    if head.dep_ == "relcl":
        found.append(head.head)
    return found


def _perfect_over_a_period(head: Token) -> bool:
    """ "militants have killed thousands of people since 2009": a side's count kept over a period, not one killing.
    Not the passive list of victims ("since 1993, three doctors ... have been murdered"), which news-dev counts as
    a death event."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in head.children)
    active = any(c.dep_ == "nsubj" for c in head.children) or head.dep_ == "relcl"
    return perfect and active and any(c.dep_ == "prep" and c.lower_ == "since" for c in head.children)


def _perfect(head: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in head.children)


def _in_a_count(head: Token, lex) -> bool:
    """ "the number of people killed by the storms": the participle of a count's noun (`toll_count_nouns`)
    counts the dead so far."""
    if head.dep_ != "acl" or head.head.dep_ != "pobj":
        return False
    of = head.head.head
    return of.lower_ == "of" and of.head.lemma_.lower() in lex.sense("toll_count_nouns")


def is_aggregate_toll(head: Token, lex) -> bool:
    """Whether a death or injury trigger counts an aggregate toll (see the module docstring). A hazard that
    strikes once (`hazard_toll_causes`: "floods killed 12 people on Thursday", "were killed in an avalanche")
    is one event, told by its killing verb; its toll kept in the perfect ("floods have killed 900") or as a
    toll noun ("the death toll from the earthquake rose to 1,644") counts the dead so far."""
    if head.dep_ == "relcl" and short_wars.bounded_war(head.head, lex):
        return False  # "a six-week war ... that killed 400": one attack's toll
    causes = _causes(head)

    def named(words: frozenset[str]) -> bool:
        return any(c.lemma_.lower() in words or c.lower_ in words for c in causes)

    if named(lex.sense("aggregate_toll_causes")):
        return True
    if named(lex.sense("hazard_toll_causes")):
        return head.pos_ != "VERB" or _perfect(head) or _in_a_count(head, lex)
    return head.pos_ == "VERB" and _perfect_over_a_period(head)
