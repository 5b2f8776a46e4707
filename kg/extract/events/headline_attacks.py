"""Attacks the parse hides: a headline's attack verb the tagger read as a noun, and "fire" a compound names.

`headline_attack_verb(tok, lex)`: in a headline ("Militants storm army post", "Guards fire missiles at Erbil",
"Russia pounds Kyiv with missiles"), a present-tense attack verb after its actor and before its object is often
tagged a noun or hung on the next word as a compound; it is the headline's attack, the one the body tells.
`exchanged_fire(noun, lex)`: "trade fire", "exchange fire" read as a compound noun ("trade" on "fire").
`deadly_crackdown(noun, lex)`: a crackdown its modifier says killed ("a deadly crackdown") is an attack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp import sent_of, unpunctuated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon

_ACTOR_ENTITIES = {"GPE", "ORG", "NORP", "PERSON"}
_OBJECT_POS = {"NOUN", "PROPN", "DET", "NUM", "ADJ"}


def _verb_lemma(tok: Token, verbs: frozenset[str] | set[str]) -> str | None:
    """The attack verb a present-tense form spells ("storm", "pounds", "shells"), whatever the tagger made of it."""
    low = tok.lower_
    for lemma in (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else ""):
        if lemma and lemma in verbs:
            return lemma
    return None


def _actor_before(tok: Token, lex: Lexicon) -> bool:
    """The word before the verb ends an actor's name or a plural of doers: "Russia", "Revolutionary Guards",
    "Militants"; not "Winter" ("Winter storm") nor a crowd, whose storming is a protest."""
    if tok.i == 0:
        return False
    prev = tok.nbor(-1)
    if prev.lemma_.lower() in lex.sense("protest_crowd_nouns") or prev.lower_.rstrip("s") in lex.sense(
        "protest_crowd_nouns"
    ):
        return False
    if prev.ent_type_ in _ACTOR_ENTITIES:
        return True
    # a plural of doers; a headline's first word is often tagged a singular ("Rebels" NN, lemma "rebels")
    plural = prev.tag_ in {"NNS", "NNPS"} or prev.lower_.endswith("s")
    doers = lex.sense("attackers") | lex.sense("headline_attacker_plurals")
    return plural and bool({prev.lemma_.lower(), prev.lower_[:-1], prev.lower_[:-2]} & doers)


def headline_attack_verb(tok: Token, lex: Lexicon) -> bool:
    """A headline's attack verb read as a noun or as a compound of its object (see the module's docstring)."""
    if tok.pos_ not in {"NOUN", "PROPN"} and not (tok.pos_ == "VERB" and tok.dep_ == "compound"):
        return False
    lemma = _verb_lemma(tok, lex.sense("headline_attack_verbs"))
    sent = sent_of(tok)
    if lemma is None or sent.start != 0 or not unpunctuated(sent):
        return False  # the headline only: the first sentence, with no full stop
    if tok.i + 1 >= len(tok.doc) or not _actor_before(tok, lex):
        return False
    after = tok.nbor(1)
    if lemma == "fire":  # "fire missiles at", "fire on protesters"; not "fire kills three"
        weapons = lex.sense("weapons") | lex.sense("fired_projectiles")
        return after.lemma_.lower() in weapons or after.lower_ in {"on", "at"}
    return after.pos_ in _OBJECT_POS


def exchanged_fire(noun: Token, lex: Lexicon) -> bool:
    """ "Armenia and Azerbaijan trade fire": "fire" with the exchanging verb hung on it as a compound."""
    return noun.lemma_.lower() == "fire" and any(
        c.dep_ == "compound" and c.lemma_.lower() in lex.sense("fire_verbs") for c in noun.children
    )


def deadly_crackdown(noun: Token, lex: Lexicon) -> bool:
    """ "after a deadly crackdown", "the bloody crackdown on protesters": force that killed; not "a crackdown on
    corruption" nor "a possible crackdown"."""
    return noun.lemma_.lower() in lex.sense("attack_nouns_needing_deadly_modifiers") and any(
        c.dep_ in {"amod", "advmod", "compound"} and c.lower_ in lex.sense("deadly_modifiers") for c in noun.children
    )
