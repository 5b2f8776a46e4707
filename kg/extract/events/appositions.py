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
CLAUSES = {"relcl", "acl", "ccomp", "advcl"}


def apposed_organization(tok: Token, lookup: EntityLookup) -> Token | None:
    """The token of the organisation a description `tok` (no entity of its own) stands in apposition with."""
    if lookup.entity_at(tok.i) is not None or tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    for appos in (c for c in tok.children if c.dep_ == "appos"):
        for t in [appos, *(c for c in appos.children if c.dep_ in {"compound", "appos", "nmod"})]:
            if lookup.type_of(lookup.entity_at(t.i)) in ORGANISATION_TYPES:
                return t
    return None
