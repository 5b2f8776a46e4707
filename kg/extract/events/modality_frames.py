"""Modality: frames the scope walk reads before its general steps (`frame_step`).

`kg.extract.events.modality` walks up the parse from an event's trigger; at each word it first asks
`frame_step` whether one of these frames decides the next step:

- a speech participle after a comma at the end of a reported clause is the reporter's own act, told as done with
  the report ("said he would resign next month, calling the inquiry a witch hunt", "denied that its pilots had
  bombed the market, calling the reports fabricated", "said he would not cancel the festival, insisting the city was
  safe"): it takes the reporting verb's clause, not the modal or the negation of the clause it hangs on. The parser
  hangs it on the reported verb, or on a conjunct of it ("said he was ready to talk but would not resign, arguing").
- what a finite clause of hoping says (`hoping_verbs`: "hoped the trip would lead to a meeting", "hopes that the
  truce can be extended") is hypothetical, whatever the tense of the hoping or of the clause; "hoped to meet" is
  read by the general walk (the hope word's own meaning).
- an event verb whose subject is an "any" event noun of its own type names no event in particular ("before any
  agreement is signed", "until any deal is reached"): hypothetical, as "any agreement" itself is.
- a "for ... to" clause that a word of request governs ("called for protests to continue", "pushed for the talks
  to resume"), which the parser hangs on it as an adverbial clause, is what is asked for: planned.
- an event noun the parser reads as the predicate complement of a verb that has no object ("called an indefinite
  general strike", tagged as in "called them provocative") is that verb's object: a word of plan or request plans
  it, as "called a strike" does.

The word lists are data: kg/extract/data/modality_frames.json. Imports nothing of kg's walk; the walk imports it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from kg.extract.events.attribution import reporters_conjunct
from kg.extract.events.lexicon import Lexicon
from kg.extract.events.scope import HYPOTHETICAL, NEGATOR, NOT, PLANNED, finite, nonspecific, word_kind

if TYPE_CHECKING:
    from spacy.tokens import Token

_CLIMB_DEPS = {"conj", "xcomp"}  # from the verb a participle hangs on up to the clause a speech verb reports
_MAX_CLIMB = 3


@lru_cache(maxsize=1)
def frames_data() -> dict[str, frozenset[str]]:
    """The word lists of `data/modality_frames.json`, as sets (keys starting with "_" are documentation)."""
    text = resources.files("kg.extract").joinpath("data", "modality_frames.json").read_text(encoding="utf-8")
    return {k: frozenset(v) for k, v in json.loads(text).items() if not k.startswith("_")}


def frame_step(node: Token, tok: Token, lex: Lexicon, ops: list[str]) -> tuple[str, Token] | None:
    """The walk's next step from `node` when a frame of this module decides it ((relation, head), as
    `modality._step_up` gives it), operators it adds put on `ops`; None: the general steps decide."""
    if node is tok and _any_event_subject(tok, lex):
        ops.append(HYPOTHETICAL)  # "before any agreement is signed": no agreement in particular
    head, dep = node.head, node.dep_
    if head is node:
        return None
    if dep == "advcl":
        reporter = reporter_of_participle(node, lex)
        if reporter is not None:
            return "shared", reporter  # "said he would resign, calling the inquiry a witch hunt": said now
    if dep == "advcl" and requested_for_clause(node, head, lex):
        ops.append(PLANNED)  # "called for protests to continue", "pushed for the talks to resume": what is asked for
        return "shared", head
    if dep == "ccomp" and hoped_clause(node, head):
        ops.append(HYPOTHETICAL)  # "had hoped the trip would lead to a meeting"
        return "close", head
    if dep == "oprd" and _object_read_as_predicate(node, head, lex):
        kind = word_kind(head, lex)
        if kind is not None:
            ops.append(NOT if kind == NEGATOR else kind)  # "called an indefinite general strike": planned
        return "shared", head
    return None


def reporter_of_participle(verb: Token, lex: Lexicon) -> Token | None:
    """The reporting verb whose act a speech participle after a comma is: "told reporters he would halt the drills,
    calling them provocative" (hung on the reported "halt"), "said he was ready to talk but would not resign,
    arguing that ..." (hung on a conjunct of the reported clause). None: no such verb."""
    reporter = reporters_conjunct(verb, lex)
    if reporter is not None or verb.dep_ != "advcl":
        return reporter
    if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if not any(t == "statement" for t in lex.verbs.get(verb.lemma_.lower(), ())):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "mark"} for c in verb.children):
        return None
    clause = verb.head
    for _ in range(_MAX_CLIMB):
        if clause.dep_ not in _CLIMB_DEPS or clause.head is clause:
            break
        clause = clause.head
    speaker = clause.head
    if clause.dep_ != "ccomp" or speaker.i > clause.i or speaker is clause:
        return None
    if any(c.dep_ in {"ccomp", "parataxis"} for c in verb.head.children if c is not verb):
        return None  # "said he was told the plan had failed, adding ...": the participle may be the inner speaker's
    return speaker if "statement" in lex.verbs.get(speaker.lemma_.lower(), ()) else None


def requested_for_clause(clause: Token, verb: Token, lex: Lexicon) -> bool:
    """ "called for protests to continue", "pushed for the talks to resume": a "for ... to" clause with its own
    subject that a word of request or plan governs (the parser reads it as an adverbial clause led by "for") is
    what is asked for."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if not marks or marks[0].lower_ != "for" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return False
    lemma = verb.lemma_.lower()
    return f"{lemma} for" in lex.sense("planned_markers") or word_kind(verb, lex) == PLANNED


def hoped_clause(clause: Token, verb: Token) -> bool:
    """ "hoped the trip would lead to a meeting", "hopes that the truce can be extended": a finite clause (not an
    infinitive, read by the hope word's meaning) that a verb of hoping (`hoping_verbs`) governs."""
    return verb.lemma_.lower() in frames_data()["hoping_verbs"] and verb.pos_ in {"VERB", "AUX"} and finite(clause)


def _any_event_subject(verb: Token, lex: Lexicon) -> bool:
    """ "before any agreement is signed", "until any deal is reached": the verb's subject is an "any" noun of an event
    type the verb evokes too (the event itself, named by its noun)."""
    if verb.pos_ != "VERB":
        return False
    types = set(lex.verbs.get(verb.lemma_.lower(), ()))
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and nonspecific(c, lex) and types & set(lex.nouns.get((c.lemma_.lower(),), ()))
        for c in verb.children
    )


def _object_read_as_predicate(noun: Token, verb: Token, lex: Lexicon) -> bool:
    """ "called an indefinite general strike": an indefinite event noun as the predicate complement of a verb with no
    object (there is nothing the complement could describe), of a verb in `predicate_misread_verbs`."""
    return (
        noun.pos_ == "NOUN"
        and verb.lemma_.lower() in frames_data()["predicate_misread_verbs"]
        and not any(c.dep_ == "dobj" for c in verb.children)
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
        and (noun.lemma_.lower(),) in lex.nouns
    )
