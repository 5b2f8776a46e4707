"""Protests and sanctions told by what people or states do, not by the event's own word.

- A crowd that gathers is a protest: "Thousands gathered outside parliament", "supporters who gathered near the
  courthouse", "Hundreds assembled in the square to denounce the ruling"; not "gathered evidence", "gathered for the
  funeral" (`protest_gathering_verbs`, `_crowds`, `_places`, `_not_occasions` of the protest type's senses).
- A headline's present-tense verb after a name, tagged a plural noun, is the verb: "Macron visits shattered Beirut".
- Barring trade or freezing assets is a sanction: "barred U.S. investment", "froze the assets of five generals"
  (`sanction_barring_verbs`, `sanction_economic_objects`, `sanction_frozen_objects`, `sanction_restating_subjects`).
Word lists are data: the types' `senses` in `data/event_lexicon.json`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.framing import kids, lemma
from kg.nlp import sent_of, unpunctuated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon


def gathered_crowd(verb: Token, lex: Lexicon) -> bool:
    """The verb says a crowd came together somewhere or to protest: no object ("gathered evidence"), a crowd as
    its subject (a count, "people", "supporters", "thousands of students"), and a place or a purpose, not an
    occasion of another kind ("gathered for the funeral")."""
    if kids(verb, "dobj", "nsubjpass", "auxpass") or verb.dep_ == "amod":
        return False
    subjects = kids(verb, "nsubj")
    if verb.dep_ == "relcl" and all(s.tag_ in {"WP", "WDT"} for s in subjects):
        subjects = [verb.head]  # "his supporters who gathered near the courthouse"
    crowds = lex.sense("protest_gathering_crowds")
    crowd = [
        s
        for s in subjects
        if s.pos_ == "NUM"
        or lemma(s) in crowds
        or s.lower_ in crowds
        or any(lemma(g) in crowds for p in kids(s, "prep") if p.lower_ == "of" for g in kids(p, "pobj"))
    ]
    if not crowd:
        return False
    preps = kids(verb, "prep")
    objects = {lemma(g) for p in preps for g in kids(p, "pobj")}
    if objects & lex.sense("protest_gathering_not_occasions"):
        return False
    placed = any(p.lower_ in lex.sense("protest_gathering_places") and kids(p, "pobj") for p in preps)
    purpose = any(c.dep_ in {"xcomp", "advcl"} and kids(c, "aux") for c in verb.children)  # "to denounce"
    return placed or purpose


def barred_or_frozen(verb: Token, lex: Lexicon) -> bool:
    """A sanction told by what it bars or freezes (a verb, or the noun "ban"): "barred U.S. investment in the two
    regions", "banned imports of Iranian oil", "trade and investment bans", "froze the assets of five generals",
    "imposed asset freezes" (with "freezes" tagged a verb); not "banned all rallies", "froze aid", nor "the sanctions
    freeze any assets" (what sanctions already named do)."""
    if any(lemma(s) in lex.sense("sanction_restating_subjects") for s in kids(verb, "nsubj")):
        return False
    objects = {lemma(o) for o in kids(verb, "dobj", "nsubjpass")}
    if verb.pos_ in {"NOUN", "PROPN"}:  # a ban named by what it bars: "trade and investment bans", "an import ban"
        kinds = [m for m in kids(verb, "compound", "amod", "nmod") for m in (m, *m.conjuncts)]
        return any(lemma(m) in lex.sense("sanction_economic_objects") for m in kinds)
    if lemma(verb) != "freeze":
        return bool(objects & lex.sense("sanction_economic_objects"))
    frozen = lex.sense("sanction_frozen_objects")
    before = verb.nbor(-1) if verb.i > 0 else None
    split = not objects and before is not None and before.pos_ == "NOUN" and lemma(before) in frozen
    return split or bool(objects & frozen)


def verb_read_as_noun(tok: Token) -> bool:
    """ "Macron visits shattered Beirut", "Xi visits Moscow": in a headline, a plural event noun right after the name
    it hangs on is the present-tense verb whose subject that name is (the tagger reads "Macron visits" as a noun
    phrase), not a habit ("theme-park visits")."""
    if tok.tag_ not in {"NNS", "NNPS"} or tok.i == 0 or not unpunctuated(sent_of(tok)):
        return False
    name = tok.nbor(-1)
    return name.head.i == tok.i and name.dep_ in {"compound", "nmod"} and name.ent_type_ in {"PERSON", "ORG", "NORP"}
