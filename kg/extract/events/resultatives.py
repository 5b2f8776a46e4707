"""Who died, and by whose hand, when the death is the result of another verb.

A death or an injury is often a word completing the verb of the act that caused it: "police shot dead two
robbers", "gunmen shot a chief dead", "a farmer was beaten to death by a mob", "a reporter was found dead". The
trigger ("dead", "death") has no arguments of its own in the parse; its victim is the verb's patient (its object,
or its passive subject) and its agent the verb's doer (its active subject, or its "by" phrase), unless the verb
only reports the finding ("found dead"). A past participle conjoined to a passive one shares its passive subject
("three men were shot and killed by soldiers": the men are the victims of "killed", the soldiers its agents).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.extract.names import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

RESULT_WORDS = word_list("death_result_words.txt")  # the word of the result: "shot dead", "beaten to death"
RESULT_DEPS = {"acomp", "oprd", "advcl", "xcomp", "ccomp", "advmod", "amod", "dep", "dobj"}
FINDING_VERBS = word_list("finding_verbs.txt")  # "was found dead": no doer
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "npadvmod"}


def completed_verb(word: Token) -> Token | None:
    """The verb a result word completes: "shot dead", "shot X dead", "beaten to death", "found dead"."""
    if word.lower_ not in RESULT_WORDS:
        return None
    head = word.head
    if word.dep_ == "pobj" and head.lower_ == "to" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        return head.head  # "beaten to death", "stabbed to death"
    if word.dep_ in RESULT_DEPS and head.pos_ == "VERB" and head.i != word.i:
        return head
    return None


def shared_passive_subject(verb: Token) -> list[Token]:
    """ "Three men were shot and killed": the passive subject of the first participle, for a second one that has
    no subject or object of its own ("six injured" has its own: "four were killed and six injured")."""
    first = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or first.tag_ != "VBN" or first.i > verb.i:
        return []
    if any(c.dep_ in NOMINAL_DEPS for c in verb.children):
        return []
    if not any(c.dep_ == "auxpass" for c in first.children):
        return []
    return [c for c in first.children if c.dep_ == "nsubjpass"]


def shared_by_agent(verb: Token) -> list[Token]:
    """ "were shot and killed by soldiers": the "by" phrase after two passive participles is the first one's too."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"):
        bare = not any(c.dep_ in NOMINAL_DEPS or c.dep_ in ("aux", "auxpass") for c in conj.children)
        joined = any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in verb.children)
        if bare and joined:  # "shot and killed by", not "announced in May but was held up by"
            return [g for c in conj.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return []


def patients(verb: Token, word: Token) -> list[Token]:
    """Whom the act befell: its object or its passive subject (or the one it shares), never the result word."""
    if word.dep_ == "dobj":  # "shot a rancher dead" parsed as one phrase headed by "dead": the noun in it
        return [c for c in word.children if c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN")][-1:]
    own = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != word.i]
    return own or shared_passive_subject(verb)


def agents(verb: Token) -> list[Token]:
    """Who did it: the "by" phrase of a passive, else the active subject; a verb of finding has no doer."""
    if verb.lemma_.lower() in FINDING_VERBS:
        return []
    by = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if by:
        return by
    if any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def with_appositions(tok: Token, is_person: Callable[[Token], bool]) -> list[Token]:
    """The patient and the people its phrase names in apposition ("the mayor of X, Ahmed Salim"); a pronoun none
    ("before he was shot dead": who "he" is, the resolution of pronouns says too loosely to name a dead man)."""
    if tok.pos_ == "PRON":
        return []
    named = [t for t in tok.subtree if t.dep_ == "appos" and t.i != tok.i and is_person(t)]
    return [tok, *named]
