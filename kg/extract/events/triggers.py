"""Triggers: words that evoke an event, found by lemma in the lexicon and kept only in their event sense.

`find_triggers(doc)` returns candidate triggers in text order. Word sense comes from the parse and the
sentence: "fire" is an attack when a weapon or "open"/"under" frames it ("opened fire", "mortar fire"),
not in "a house fire"; "strike" not in "struck a deal" or "a general strike"; "call" is a phone call
when a phone word, "with"/"between" or two people frame it, not in "called for talks".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.events import communication, conflict
from kg.extract.events.lexicon import Lexicon, lexicon
from kg.nlp import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class Trigger:
    start: int  # token span [start, end)
    end: int
    head: int  # the syntactic head token of the trigger
    type: str
    pos: str  # verb | noun | adj
    ambiguous: bool = False  # kept by a sense rule rather than by the word alone


# The word-sense rules of the event families that `kg.extract.events` registers (civic, business): a type's
# sense rule, and verb rules that pick a type before the lexicon's order does ("struck down" is a ruling).
SenseRule = Callable[["Token", str, str, Lexicon], "bool | None"]
VerbRule = Callable[["Token", "tuple[str, ...]", Lexicon], "tuple[str, ...] | None"]
_FAMILY_SENSES: dict[str, SenseRule] = {}
_VERB_RULES: list[VerbRule] = []


def register_family(types: Iterable[str], sense: SenseRule, verb_rule: VerbRule | None = None) -> None:
    """Let an event family's module decide the sense of its types' words (and of its verbs' particles)."""
    for etype in types:
        _FAMILY_SENSES[etype] = sense
    if verb_rule is not None and verb_rule not in _VERB_RULES:
        _VERB_RULES.append(verb_rule)


def lemma_of(tok: Token) -> str:
    return tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.lower_.rstrip("s") if tok.lower_ != "talks" else "talks"


def _noun_lemma(tok: Token) -> str:
    lem = tok.lemma_.lower()
    if tok.pos_ == "PROPN":  # Title Case headlines: "Attack", "Talks"
        lem = tok.lower_
        if lem.endswith("s") and lem[:-1] in {"attack", "strike", "call", "meeting", "raid", "sanction"}:
            lem = lem[:-1]
    return lem


def _trigger_words(lex: Lexicon) -> frozenset[str]:
    """Every word a trigger can start with: single-word verbs, nouns and adjectives, the first words of
    multi-word nouns, and the verbs of the structural rules ("blow" apart, "go" off, "hold")."""
    return lex.derived(
        "@trigger_words",
        lambda lex: frozenset(
            {*lex.verbs, *lex.adjectives, *(key[0] for key in lex.nouns), "blow", "hold"}
            | conflict.particle_verb_lemmas(lex)
        ),
    )


def _multiword_first_lemmas(lex: Lexicon) -> frozenset[str]:
    """First lemmas of the multi-word event nouns: only tokens starting one need the longer lookups."""
    return lex.derived("@multiword_first", lambda lex: frozenset(key[0] for key in lex.nouns if len(key) > 1))


def find_triggers(doc: Doc) -> list[Trigger]:
    lex = lexicon()
    out: list[Trigger] = []
    used: set[int] = set()
    n = len(doc)
    toks = tokens(doc)
    words = _trigger_words(lex)
    # only tokens whose lemma or form (with or without a plural s) is a trigger word can start a trigger
    maybe = [
        (lem := t.lemma_.lower()) in words
        or (low := t.lower_) in words
        or (lem[-1:] == "s" and lem[:-1] in words)
        or (low[-1:] == "s" and low[:-1] in words)
        for t in toks
    ]
    lemmas = [_noun_lemma(t) if ok else "" for t, ok in zip(toks, maybe, strict=True)]
    first_words = _multiword_first_lemmas(lex)
    for i, tok in enumerate(toks):
        if not maybe[i] or i in used or tok.is_space or tok.is_punct:
            continue
        # multi-word nouns first ("press conference", "phone call"), longest match, head = last token
        matched = False
        for length in range(min(lex.max_noun_len, n - i), 1, -1) if lemmas[i] in first_words else ():
            key = (lemmas[i], *(_noun_lemma(t) for t in toks[i + 1 : i + length]))
            if key in lex.nouns and toks[i + length - 1].pos_ in {"NOUN", "PROPN"}:
                for etype in lex.nouns[key]:
                    kept = _keep(toks[i + length - 1], etype, "noun", lex)
                    if kept is not None:
                        out.append(Trigger(i, i + length, i + length - 1, etype, "noun", kept))
                        used.update(range(i, i + length))
                        matched = True
                        break
                if matched:
                    break
        if matched:
            continue
        trig = _single(tok, lex)
        if trig is not None:
            out.append(trig)
            used.add(i)
    return conflict.drop_inherited_senses(doc, out, lex)


def _single(tok: Token, lex: Lexicon) -> Trigger | None:
    pos = tok.pos_
    if pos == "VERB" or (pos == "AUX" and tok.lemma_ == "hold"):
        lemma = tok.lemma_.lower()
        candidates, kind = lex.verbs.get(lemma, ()), "verb"
        if not candidates and lemma in lex.adjectives and tok.tag_ == "VBN":
            candidates, kind = lex.adjectives[lemma], "adj"
    elif pos in {"NOUN", "PROPN"}:
        lemma = _noun_lemma(tok)
        candidates, kind = lex.nouns.get((lemma,), ()), "noun"
        if not candidates and lemma.endswith("s"):
            candidates = lex.nouns.get((lemma[:-1],), ())
        if not candidates and tok.lower_ in lex.adjectives:  # "the dead", "the wounded"
            candidates, kind = lex.adjectives[tok.lower_], "adj"
    elif pos == "ADJ":
        lemma = tok.lower_
        candidates, kind = lex.adjectives.get(lemma, ()), "adj"
    else:
        return None
    if kind == "verb" and conflict.blown_apart(tok, lex):
        return Trigger(tok.i, tok.i + 1, tok.i, "death", kind, True)
    if "death" in candidates and conflict.attempted_killing(tok, lex):
        return Trigger(tok.i, tok.i + 1, tok.i, "attack", kind, True)
    if kind == "verb" and "attack" not in candidates and conflict.particle_attack(tok, lex):
        return Trigger(tok.i, tok.i + 1, tok.i, "attack", kind, True)
    for rule in _VERB_RULES if kind == "verb" else ():  # "struck down", "took over", "beat" in a vote
        chosen = rule(tok, candidates, lex)
        if chosen is not None:
            candidates = chosen
            break
    for etype in candidates:
        kept = _keep(tok, etype, kind, lex)
        if kept is not None:
            return Trigger(tok.i, tok.i + 1, tok.i, etype, kind, kept)
    return None


def _keep(tok: Token, etype: str, kind: str, lex: Lexicon) -> bool | None:
    """None: not this event sense. False: kept plainly. True: kept by a sense rule (less certain)."""
    if etype in {"attack", "death", "injury"}:
        return conflict.sense(tok, etype, kind, lex)
    if etype in {"statement", "call", "press_conference"}:
        return communication.sense(tok, etype, kind, lex)
    if etype in _FAMILY_SENSES:
        return _FAMILY_SENSES[etype](tok, etype, kind, lex)
    return _other_sense(tok, etype, kind, lex)


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _other_sense(tok: Token, etype: str, kind: str, lex: Lexicon) -> bool | None:
    lemma = tok.lemma_.lower()
    objects = {c.lemma_.lower() for c in _children(tok, "dobj", "nsubjpass")}
    objects |= {
        g.lemma_.lower() for c in _children(tok, "dobj", "nsubjpass") for g in c.children if g.dep_ == "compound"
    }
    if etype == "meeting":
        if kind == "verb" and objects & lex.sense("meet_not_objects"):
            return None
        return False
    if etype == "negotiation":
        if kind == "noun" and tok.lower_ in {"talk"} and not _children(tok, "compound", "amod"):
            return None
        return False
    if etype == "agreement":
        if kind == "verb":
            if lemma == "sign":
                return (
                    False
                    if objects & {"agreement", "deal", "accord", "treaty", "pact", "memorandum", "ceasefire"}
                    else None
                )
            return False if _children(tok, "xcomp", "ccomp", "prep") else None
        if lemma == "deal" and {c.lower_ for c in _children(tok, "amod")} & lex.sense("deal_not_modifiers"):
            return None
        if lemma == "memorandum" and not _children(tok, "prep"):
            return None
        return False
    if etype == "aid_suspension":
        aid = lex.sense("aid_objects")
        if kind == "verb":
            return True if objects & aid else None
        pobj = {
            g.lemma_.lower()
            for p in _children(tok, "prep")
            if p.lower_ in {"of", "in", "on", "to"}
            for g in p.children
            if g.dep_ == "pobj"
        }
        mods = {c.lemma_.lower() for c in _children(tok, "compound", "nmod", "amod")}
        return True if (pobj | mods) & aid else None
    if etype == "aid":
        return True if objects & lex.sense("aid_send_objects") else None
    return False
