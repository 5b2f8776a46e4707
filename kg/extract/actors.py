"""Actor coreference: pronouns and definite descriptions that name an actor the article named before.

`nominal_references(doc, gaz, spans, taken)` and `pronoun_references(doc, spans)` take the article's named
mentions (the candidate spans of `kg.extract.entities`) and return `Reference`s: one token each, with the
key and name of the entity it refers to. `kg.extract.entities` adds them as mentions of that entity, so
an event argument "the Ukrainian leader" or "he" carries the referent's entity id.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Protocol

from kg.nlp import sent_of, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.extract.gazetteer import Gazetteer

PRONOUNS = {"he", "she", "him", "her"}


class NamedSpan(Protocol):
    """What actor coreference reads of a named mention (`kg.extract.entities._Span`)."""

    start: int
    end: int
    type: str
    key: str
    name: str
    titles: list[str]
    affiliation: str | None


@dataclass
class Reference:
    """Tokens [start, end) refer to the entity with `key` (its `type` and canonical `name`)."""

    start: int
    end: int
    type: str
    key: str
    name: str


def nominal_references(doc: Doc, gaz: Gazetteer, spans: list[NamedSpan], taken: set[int]) -> list[Reference]:
    """'the Ukrainian leader' -> the one person affiliated to Ukraine whose title fits 'leader'."""
    people: dict[str, NamedSpan] = {}
    for s in spans:
        if s.type == "person":
            people.setdefault(s.key, s)
    out = []
    for tok in tokens(doc):
        common = tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower()  # "the president" tagged PROPN
        if tok.lower_ not in gaz.roles or not common or tok.dep_ == "compound" or tok.i in taken:
            continue
        det = [c for c in tok.children if c.dep_ == "det"]
        if not det or det[0].lower_ != "the":
            continue
        country = None
        for c in tok.children:
            if c.dep_ in {"amod", "compound", "nmod"}:
                iso2 = gaz.demonyms.get(c.text) or (gaz.places[c.text].iso2 if c.text in gaz.places else None)
                if iso2:
                    country = gaz.country_name(iso2)
        wanted = {t.lower() for t in gaz.roles[tok.lower_]}

        def fits(p: NamedSpan, wanted: set[str] = wanted) -> bool:
            return any(t.lower() in wanted or t.split()[-1].lower() in wanted for t in p.titles)

        if country is not None:
            matches = [p for p in people.values() if p.affiliation == country and fits(p)]
            if len(matches) == 1:
                out.append(Reference(tok.i, tok.i + 1, "person", matches[0].key, matches[0].name))
            continue
        # "the governor wrote": the person with that title mentioned most recently before it
        before = [s for s in spans if s.type == "person" and s.start < tok.i and fits(people[s.key])]
        if before:
            p = before[-1]
            out.append(Reference(tok.i, tok.i + 1, "person", p.key, p.name))
    return out


def pronoun_references(doc: Doc, spans: list[NamedSpan]) -> list[Reference]:
    """'he'/'she' -> the nearest preceding person who is a subject in this or the previous sentence."""
    toks = tokens(doc)
    people = sorted((s for s in spans if s.type == "person"), key=lambda s: s.start)
    out = []
    for tok in toks:
        if tok.lower_ not in PRONOUNS or tok.pos_ != "PRON":
            continue
        sent = sent_of(tok)
        window_start = sent.start
        prev = sent_of(toks[sent.start - 1]) if sent.start > 0 else None
        if prev is not None:
            window_start = prev.start
        before = [p for p in people if window_start <= p.start < tok.i]
        if not before:
            continue
        subjects = [p for p in before if toks[p.end - 1].dep_ in {"nsubj", "nsubjpass"}]
        chosen = (subjects or before)[-1]
        out.append(Reference(tok.i, tok.i + 1, "person", chosen.key, chosen.name))
    return out


@lru_cache(maxsize=1)
def actor_nouns() -> dict[str, tuple[str, frozenset[str]]]:
    """Nouns that describe an actor without naming it (data/actor_nouns.tsv): lemma -> (kind, the words a
    referent's name or title may contain; empty for any)."""
    text = resources.files("kg.extract").joinpath("data", "actor_nouns.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            noun, kind, words = (line.split("\t") + ["", ""])[:3]
            out[noun] = (kind, frozenset() if words.strip() in {"", "*"} else frozenset(words.strip().split("|")))
    return out
