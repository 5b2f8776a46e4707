"""Argument frames of speech verbs that the plain dependency frame misses: which word is what was said.

A speech verb's object is what was said ("denounced the raid"); in the passive with its agent, the subject is
("the budget was slammed by critics"); in a relative clause, marked or reduced, the noun it modifies ("the terms
they proposed", "a gesture the winner, X, praised").
Verbs whose object is the one addressed (`object_of` with the role `recipient` in the statement frame: "told",
"asked", "urged") keep only their direct object: "was asked by the government to suspend the ruling" names
whom the request was put to, not what was said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


def spoken_objects(verb: Token, lex: Lexicon) -> list[Token]:
    """The words that say what a speech verb's speech act was about, by the verb's frame."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs and _passive_with_agent(verb) and not _addresses_its_object(verb, lex):
        objs = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not objs and _relative_on(verb) and verb.head.pos_ in {"NOUN", "PROPN"} and not _relative_subject(verb):
        objs = [verb.head]  # "the terms they proposed"; not "Zelenskiy, who wrote on X that ...": he wrote
    return objs


def _relative_on(verb: Token) -> bool:
    """A relative clause on the noun before it, marked or reduced: "the terms they proposed", and "a gesture the
    winner, X, praised", which the parser hangs as `acl` (a finite verb with a subject of its own)."""
    if verb.dep_ == "relcl":
        return True
    finite = verb.tag_ in {"VBD", "VBZ", "VBP"}
    return verb.dep_ == "acl" and finite and verb.head.i < verb.i and any(c.dep_ == "nsubj" for c in verb.children)


def _relative_subject(verb: Token) -> bool:
    """The relative pronoun is the clause's subject ("who wrote", "which said"): the noun it stands for spoke."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "which", "that"} for c in verb.children)


def _passive_with_agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children) and any(c.dep_ == "nsubjpass" for c in verb.children)


def _addresses_its_object(verb: Token, lex: Lexicon) -> bool:
    roles = lex.frames.get("statement", {}).get("object_of", {})
    return roles.get(verb.lemma_.lower()) == "recipient"
