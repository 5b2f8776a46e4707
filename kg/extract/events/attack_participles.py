"""Restatements of an attack in its own sentence.

An attack told in participles of its main verb is one attack: "Armed men stormed the village, torching homes and
shooting residents as they fled" is the storming, its torching and shooting the ways it was done (one event, as
news-dev annotates it; the sets' mentions). A participle with a subject or a time word of its own ("before
storming a second village", "then shelling the port") tells another act, and stays apart. An attack noun ranked
by a superlative ("..., the worst fighting between the two since their 2020 war") restates the attack it ranks: the
date it is compared with ("since 2020") is no day of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.candidates import Candidate

PARTICIPLE_DEPS = frozenset({"advcl", "conj"})


def _governing_verb(tok: Token) -> Token | None:
    """The verb a bare present participle hangs on ("stormed ..., torching homes and shooting residents": both
    hang on "stormed"), or None when it has a subject, a marker ("before", "after", "while") or an adverb of its
    own."""
    if tok.tag_ != "VBG" or tok.dep_ not in PARTICIPLE_DEPS:
        return None
    t = tok
    while t.dep_ == "conj" and t.head.tag_ == "VBG":
        t = t.head  # "torching homes and shooting residents": the first participle's head
    if t.dep_ != "advcl" or t.head.pos_ != "VERB":
        return None
    for p in {tok, t}:
        if any(c.dep_ in {"nsubj", "nsubjpass", "mark", "advmod"} for c in p.children):
            return None
    return t.head


def fold_attack_participles(survivors: list[Candidate], toks: list[Token]) -> list[Candidate]:
    """Each asserted attack verb told as a participle of another attack's verb folded into that attack; returns the
    candidates left."""
    attack_at = {
        m.head: root
        for root in survivors
        if root.event.type == "attack" and root.event.modality == "asserted"
        for m in [root, *root.extra]
        if m.pos == "verb"
    }
    out = []
    for c in survivors:
        if c.event.type == "attack" and c.pos == "verb" and c.event.modality == "asserted":
            gov = _governing_verb(toks[c.head])
            root = attack_at.get(gov.i) if gov is not None else None
            if root is not None and root is not c and root.merged_into is None and gov.i < c.head:
                c.fold_into(root)
                continue
        out.append(c)
    return out


def superlative_restatement(noun: Token) -> bool:
    """ "the worst fighting since 2020", "the deadliest attack in a decade", "the most serious clash": a noun ranked
    by a superlative, whose dates are those it is compared with."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or any(m.lower_ == "most" for m in c.children)) for c in noun.children
    )
