"""Generic and habitual mentions: an event kind spoken of in general, not one event that happened.

`is_generic_mention(head, lex)` says whether the trigger whose head token is `head` names events in
general: "Attacks on shipping have become common", "Such attacks are rare", "Militants often ambush
convoys on this road", "those who say ...". News-dev (and users' timelines) want one event per real-world
event: these are none, so the default output leaves them out. Mention-level output keeps them, as ACE and
WikiEvents annotate generic mentions too.

Read from the parse: a habituality predicate on the event noun ("common", "rare", "routine" after be /
become / remain in the present), a trend verb on a bare plural ("attacks have increased"), a habitual
adverb in its clause ("often", "routinely"), a kind determiner ("such attacks"), or a generic speaker
("those who say", "people say"). Word lists are the `generic_*` senses of event_lexicon.json.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_generic_mention"]

_PRESENT = {"VBZ", "VBP"}
_SPECIFIC_ENTITIES = {"GPE", "LOC", "ORG", "NORP", "FAC", "PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL"}


def is_generic_mention(head: Token, etype: str, lex: Lexicon) -> bool:
    if head.pos_ in {"NOUN", "PROPN"}:
        if any(c.dep_ in {"det", "amod", "predet"} and c.lower_ in lex.sense("generic_determiners")
               for c in head.children):
            return True  # "such attacks"
        dets = [c for c in head.children if c.dep_ in {"det", "predet", "poss"}]
        if len(dets) == 1 and dets[0].lower_ in lex.sense("generic_quantifiers"):
            return True  # "ordered to stop all attacks", "every deal": events of a kind, none in particular
        clause = head.head if head.dep_ in {"nsubj", "nsubjpass", "dobj"} else None
        if clause is not None and head.dep_ != "dobj" and _present(clause):
            if _habitual_predicate(clause, lex):
                return True  # "attacks on shipping have become common"
            if clause.lemma_.lower() in lex.sense("generic_trend_verbs") and _bare_plural(head):
                return True  # "attacks have increased"
    else:
        clause = head
        if etype == "statement" and _generic_speaker(head, lex):
            return True  # "those who say ..."
    return clause is not None and _habitual_adverb(clause, lex)


def _present(verb: Token) -> bool:
    """Simple present or present perfect: "are common", "have become routine"."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if auxes:
        return auxes[0].tag_ in _PRESENT and auxes[0].lemma_ in {"have", "be", "do"}
    return verb.tag_ in _PRESENT


def _habitual_predicate(verb: Token, lex: Lexicon) -> bool:
    if verb.lemma_.lower() not in {"be", "become", "remain", "grow", "seem"}:
        return False
    words = lex.sense("generic_predicates")
    for c in verb.children:
        if c.dep_ in {"acomp", "attr", "oprd"} and (c.lemma_.lower() in words or c.lower_ in words):
            return True
    return False


def _bare_plural(noun: Token) -> bool:
    """A plural with no determiner, possessor, number or naming modifier: "attacks on shipping", not
    "the attacks", "Russian attacks", "two attacks", "attacks in Kyiv"."""
    if noun.tag_ not in {"NNS", "NNPS"}:
        return False
    for c in noun.subtree:
        if c is noun:
            continue
        if c.dep_ in {"det", "poss", "nummod"} or c.ent_type_ in _SPECIFIC_ENTITIES:
            return False
    return True


def _habitual_adverb(clause: Token, lex: Lexicon) -> bool:
    """ "Militants often ambush convoys", "attacks routinely occur at night"."""
    return any(c.dep_ == "advmod" and c.lower_ in lex.sense("habitual_adverbs") for c in clause.children)


def _generic_speaker(verb: Token, lex: Lexicon) -> bool:
    """ "those who say ...", "anyone who argues ...", "people say ..." (in the present)."""
    if verb.dep_ == "relcl" and verb.head.lower_ in lex.sense("generic_speakers"):
        return True
    return verb.tag_ in _PRESENT and any(
        c.dep_ == "nsubj" and c.lower_ in lex.sense("generic_speakers") for c in verb.children
    )
