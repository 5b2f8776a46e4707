"""Modality: is the event asserted, negated, planned or hypothetical?

Read from the trigger and the clauses above it: a negation or "no" ("Talks Yield No Ceasefire"), a
verb of failure or refusal ("failed to yield progress toward a ceasefire"), a conditional or modal
("could", "if"), a verb of wanting or demanding ("called for a truce"), a future or plan ("will meet",
"agreed to meet", "a planned visit", "preparing a large attack", "threatened to strike"). A denial of a
definite event ("denied the strike") denies involvement, not that it happened: asserted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

_MAX_HOPS = 4
_CLAUSE_BREAK = {"ccomp", "parataxis", "ROOT"}  # reported speech keeps its own modality
# a verb's meaning (fail, plan, call) governs what it takes as complement or object, not its adjuncts:
# "failed to yield progress toward a ceasefire", but not "agreed ..., following the barrage"
_GOVERNING_PREPS = {"for", "toward", "towards", "on", "to", "of"}
_GOVERNED = {"xcomp", "ccomp", "dobj", "attr", "oprd", "pcomp", "compound"} | _GOVERNING_PREPS


def modality_of(tok: Token, lex: Lexicon) -> str:
    negators, hypo, planned = lex.sense("negators"), lex.sense("hypothetical_markers"), lex.sense("planned_markers")
    naming, needs_complement = lex.sense("naming_verbs"), lex.sense("planned_markers_with_complement")
    found: set[str] = set()
    node, hops, via_subject, via = tok, 0, False, "self"
    while True:
        # a negation above the trigger negates it only through what the verb governs or its subject
        # ("did not launch the attack", "the talks did not take place"), not through an adjunct
        # ("was not charged over his part in the attack": the attack happened)
        negation_reaches = node is tok or via_subject or via in _GOVERNED
        for c in node.children:
            low = c.lower_
            if c.dep_ == "neg" and negation_reaches or (c.dep_ == "det" and low in {"no"} and node is tok):
                found.add("negated")
            elif (
                c.dep_ in {"aux", "mark"}
                and low in hypo
                or c.dep_ in {"amod", "advmod"}
                and low in hypo
                and node is tok
            ):
                found.add("hypothetical")
            elif c.dep_ == "aux" and low in planned or c.dep_ in {"amod", "advmod"} and low in planned and node is tok:
                found.add("planned")
        if (
            node is not tok
            and not via_subject
            and via in _GOVERNED
            and not _names_its_object(node, naming)
            and not (node.lemma_.lower() in needs_complement and not any(c.dep_ == "xcomp" for c in node.children))
        ):
            lemma = node.lemma_.lower()
            if lemma in negators and not (lemma == "deny" and via == "dobj" and _definite_noun(tok, lex)):
                found.add("negated")
            elif lemma in hypo:
                found.add("hypothetical")
            elif lemma in planned and node.pos_ in {"VERB", "AUX", "ADJ"}:
                found.add("planned")
        if node.dep_ in _CLAUSE_BREAK or node.head is node or hops >= _MAX_HOPS:
            break
        # a subject takes its verb's negation and modals, not its meaning ("the talks failed")
        via_subject = node.dep_ in {"nsubj", "nsubjpass"}
        if node.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "but" for c in node.head.children):
            break
        if node.dep_ == "pobj":
            via = node.head.lower_ if node.head.lower_ in _GOVERNING_PREPS else "other"
        elif node.dep_ != "prep":
            via = node.dep_
        node, hops = node.head, hops + 1
    for mod in ("negated", "hypothetical", "planned"):
        if mod in found:
            return mod
    return "asserted"


def _names_its_object(node: Token, naming: frozenset[str]) -> bool:
    """ "called the shooting an act of terror": a naming verb with a predicate says what the event was,
    it does not call for it."""
    return node.lemma_.lower() in naming and any(c.dep_ in {"oprd", "attr"} for c in node.children)


def _definite_noun(tok: Token, lex: Lexicon) -> bool:
    """ "denied the strike": a definite event noun presupposes the event; the denial is of involvement."""
    return tok.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in lex.sense("definite_anaphors") for c in tok.children
    )
