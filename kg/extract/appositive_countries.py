"""A person's country from the role noun in apposition to the name: "his Cambodian counterpart, Sok Vanna",
"Ana Diaz, a Peruvian national". The country is the person's affiliation, so coreference counts the person as
acting for it (a meeting of "the foreign ministers of Thailand and Cambodia" is the one Sok Vanna talks of)."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from kg.extract.gazetteer import Gazetteer
from kg.extract.names import word_list

ROLE_NOUNS = word_list("appositive_roles.txt")


def appositive_country(noun: Token, countries: Mapping[int, str], gaz: Gazetteer) -> str | None:
    """The country name qualifying an appositive role noun (`countries`: token index -> ISO code of the
    country span it lies in), else None."""
    if noun.pos_ != "NOUN" or not (noun.lemma_.lower() in ROLE_NOUNS or noun.lower_ in gaz.titles):
        return None
    for child in noun.children:
        if child.dep_ in {"amod", "compound", "nmod"} and child.i in countries:
            return gaz.country_name(countries[child.i])
    return None
