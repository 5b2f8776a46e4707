"""The speaker's own pronoun in what it reports: "Hamas said it had fired rockets", "the ministry said on Monday
that it would appeal", "the Houthis said they had downed a drone": "it" or "they" as the subject of the clause a
speech verb reports is the body that speaks, when the speech verb's subject is an organisation, a group or a
country the article names. A person's "he" and "she" are `actors.pronoun_references`' (gender and salience); a body
"it" that speaks itself ("It said") is `actors.body_pronoun_references`'. Nothing else is guessed: an unnamed
subject ("the company said it") has no entity to give, and "they" stands only for a group or a plural name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors import NamedSpan, Reference, speech_verbs
from kg.nlp import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token
    from spacy.tokens.doc import Doc

PRONOUNS = {"it", "they"}
CLAUSE_LINKS = {"conj", "xcomp", "advcl"}  # "said it had regrouped and attacked", "said it would try to retake"


def reported_self_references(doc: Doc, spans: list[NamedSpan], countries: frozenset[str]) -> list[Reference]:
    """A reference from each "it" or "they" subject of a reported clause to the body that reports it."""
    speech = speech_verbs()
    covering: dict[int, NamedSpan] = {}
    for s in spans:
        for i in range(s.start, s.end):
            covering.setdefault(i, s)
    out: list[Reference] = []
    for tok in tokens(doc):
        if tok.lower_ not in PRONOUNS or tok.dep_ not in {"nsubj", "nsubjpass"} or tok.i in covering:
            continue
        verb = _reporting_verb(tok.head, speech)
        if verb is None:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        body = covering.get(subjects[0].i) if len(subjects) == 1 else None
        if body is None or not _agrees(tok, subjects[0], body, countries):
            continue
        out.append(Reference(tok.i, tok.i + 1, body.type, body.key, body.name))
    return out


def _reporting_verb(verb: Token, speech: frozenset[str]) -> Token | None:
    """The speech verb whose reported clause `verb` heads ("said [it had fired]"), through coordinated and
    controlled verbs of that clause; None when `verb` is in no such clause."""
    seen = 0
    while verb.dep_ in CLAUSE_LINKS and verb.head.i != verb.i and seen < 4:
        verb, seen = verb.head, seen + 1
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return None
    head = verb.head
    return head if head.lemma_.lower() in speech else None


def _agrees(pronoun: Token, subject: Token, body: NamedSpan, countries: frozenset[str]) -> bool:
    """ "it" for an organisation, a group or a country named in the singular; "they" for a group or an organisation
    ("the Houthis", "the Taliban") as the subject of an active verb with an object or a phrase of its own ("they had
    shelled two posts"), never of a bare or passive one, whose "they" is as often the people it happened to."""
    plural = subject.tag_ in {"NNS", "NNPS"}
    if pronoun.lower_ == "it":
        state = body.type == "place" and body.name in countries
        return not plural and (body.type in {"organization", "group"} or state)
    aimed = {"at", "on", "against", "into"}  # "they had fired at a tanker"; not "they had died of their wounds"
    if pronoun.dep_ != "nsubj" or not any(
        c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in aimed for c in pronoun.head.children
    ):
        return False  # "the Red Cross said they had died", "... they were killed": the victims, not the body
    return body.type in {"group", "organization"}
