"""The country a capital stands for when it acts ("Washington said", "Moscow criticised the trip", "accused Washington
of"), in an article that names the country only through it.

`metonymic_countries(doc, entities, index)` adds, for each capital (a GeoNames capital the article names) whose
country is no entity of the article, the country as an entity whose mentions are the capital's mentions that act:
the subject of a verb, or the object of a speech verb's accusation or appeal ("accused Washington", "urged Moscow").
The capital keeps every mention (the token index is not changed), so "talks in Moscow" stays the city; the events'
metonymy (`EntityLookup.actor_for`: a capital in an actor role is its country when the article names the country)
then finds the country. A capital named only as a place ("arrived in Moscow") adds nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors import speech_verbs
from kg.extract.gazetteer import gazetteer
from kg.facts import Entity, Mention
from kg.nlp import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _acts(tok: Token, speech: frozenset[str]) -> bool:
    """The capital's head token is a verb's subject, or a speech verb's object ("accused Washington of")."""
    if tok.dep_ in SUBJECTS and tok.head.pos_ in {"VERB", "AUX"}:
        return True
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in speech


def metonymic_countries(doc: Doc, entities: list[Entity], index: dict[int, str]) -> None:
    """Append the country entities the acting capitals stand for (module docstring); changes `entities` in place."""
    gaz = gazetteer()
    named = {e.country for e in entities if e.type == "place" and e.country and gaz.country_name(e.country) == e.name}
    capitals = []
    for ent in entities:
        place = gaz.places.get(ent.name) if ent.type == "place" else None
        linked = place is not None and place.iso2 and ent.country == place.iso2  # not Moscow, Idaho
        if place is not None and place.kind == "capital" and linked and place.iso2 not in named:
            capitals.append((ent, place.iso2))
    if not capitals:
        return
    toks = tokens(doc)
    speech = speech_verbs()
    heads: dict[str, list[Mention]] = {}
    starts = {t.idx: t.i for t in toks}
    for ent, iso2 in capitals:
        for m in ent.mentions:
            i = starts.get(m.start)
            if i is None or index.get(i) != ent.id:
                continue
            head = toks[i]
            while head.head.i != head.i and index.get(head.head.i) == ent.id:
                head = head.head
            if _acts(head, speech):
                heads.setdefault(iso2, []).append(m)
    for iso2, mentions in heads.items():
        name = gaz.country_name(iso2)
        if not name:
            continue
        number = max((int(e.id[1:]) for e in entities if e.id[1:].isdigit()), default=0) + 1
        entities.append(Entity(id=f"e{number}", type="place", name=name, mentions=list(mentions), country=iso2))
        named.add(iso2)
