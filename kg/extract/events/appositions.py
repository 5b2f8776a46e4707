"""An actor described first and named in apposition: "Its largest shareholder, the pension fund Nordvik Capital,
said", "the tanker's operator, Hanbit Shipping, said": the named organisation is the actor, not the description
nor a country modifying the apposition ("the Danish pension fund ..." is no Danish statement). The person case
("the family's lawyer, Anna Berg") is `kg.extract.events.arguments._apposed_person`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lookup import EntityLookup

ORGANISATION_TYPES = {"organization", "group"}
ACTOR_TYPES = {"organization", "group", "person"}
# what a source says through: "according to figures compiled by X", "a quick count by X", "sources quoted by X"
SOURCE_NOUNS = {
    "figure",
    "data",
    "count",
    "tally",
    "estimate",
    "report",
    "survey",
    "poll",
    "study",
    "analysis",
    "source",
    "statistic",
    "record",
    "document",
    "calculation",
    "projection",
    "result",
}
CLAUSES = {"relcl", "acl", "ccomp", "advcl"}


def named_actor_of(tok: Token, lookup: EntityLookup) -> Token | None:
    """The organisation a description stands in apposition with, or the one a source noun is by ("figures
    compiled by X", "a count by X": X speaks through them)."""
    return apposed_organization(tok, lookup) or source_by(tok, lookup)


def source_by(tok: Token, lookup: EntityLookup) -> Token | None:
    """ "figures compiled by the institute", "a quick count by the commission", "sources quoted by the Herald":
    the named actor a source noun (no entity of its own) comes from."""
    if lookup.entity_at(tok.i) is not None or tok.lemma_.lower() not in SOURCE_NOUNS:
        return None
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"]
    for acl in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        preps += [c for c in acl.children if c.dep_ == "agent"]
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):  # "the New America think tank": its name
            for t in [obj, *(c for c in obj.children if c.dep_ in {"compound", "nmod"})]:
                if lookup.type_of(lookup.entity_at(t.i)) in ACTOR_TYPES:
                    return t
    return None


def apposed_organization(tok: Token, lookup: EntityLookup) -> Token | None:
    """The token of the organisation a description `tok` (no entity of its own) stands in apposition with."""
    if lookup.entity_at(tok.i) is not None or tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    for appos in (c for c in tok.children if c.dep_ == "appos"):
        for t in [appos, *(c for c in appos.children if c.dep_ in {"compound", "appos", "nmod"})]:
            if lookup.type_of(lookup.entity_at(t.i)) in ORGANISATION_TYPES:
                return t
    return None
