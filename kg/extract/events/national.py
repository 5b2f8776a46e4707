"""Whose a state body is, and where an election is held: the countries an event's actor phrases and clause imply.

- A phrase headed by a state body or by one who speaks or acts for it (`national_body_nouns.txt`: a ministry,
  a court, a government, an official, an ambassador, a delegation) that names a country, by name or demonym,
  implies that country in the body's role: "Iraq's foreign ministry said" (Iraq speaks too), "a senior Tajik
  official told reporters", "telephoned the Mexican ambassador", "accused the Chinese delegation".
- A state institution named only by its kind ("the health ministry", "the electoral commission", "the
  Constitutional Court": `national_institution_nouns.txt` with only the words of
  `national_institution_modifiers.txt`) is the report's country's: its dateline's, when the article names it.
- An election is held in a country: the one its sentence names (one country by name or demonym, or one in the
  trigger's clause: "Hichilema wins Zambian presidency", "Fiji's Prime Minister Frank Bainimarama won a second
  term"), else the report's country.

Each implied country spans its mention nearest to the phrase that implies it, as `arguments._add_implied` does.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.datelines import find_dateline
from kg.extract.events.arguments import _add_implied
from kg.extract.events.lookup import ACTOR_ROLES, EntityLookup
from kg.extract.events.roles import head_token
from kg.extract.gazetteer import gazetteer
from kg.extract.names import word_list
from kg.facts import Argument, Event
from kg.nlp import sent_of, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "conj", "cc", "punct"})


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    return word_list("national_body_nouns.txt")


@lru_cache(maxsize=1)
def _institution_nouns() -> frozenset[str]:
    return word_list("national_institution_nouns.txt")


@lru_cache(maxsize=1)
def _institution_modifiers() -> frozenset[str]:
    return word_list("national_institution_modifiers.txt")


def report_country(lookup: EntityLookup) -> str | None:
    """The country actor of the report's dateline ("RIGA (Reuters) -": Latvia), when the article names it."""
    dateline = find_dateline(lookup.text)
    if dateline is None:
        return None
    gaz = gazetteer()
    for start, end in [s for s in (dateline.region, dateline.place) if s is not None]:
        for eid in lookup.named_at.get((start, end), []):
            ent = lookup.by_id[eid]
            if ent.type == "place" and ent.country:
                return lookup.country_actor.get(ent.country)
        place = gaz.places.get(lookup.text[start:end].title())
        if place is not None and place.iso2:
            return lookup.country_actor.get(place.iso2)
    return None


def token_country(tok: Token, lookup: EntityLookup) -> str | None:
    """The country actor a token names: a country's name ("Iraq's", "U.S."), or a demonym of a country the
    article names ("Tajik", "South Korean")."""
    eid = lookup.entity_at(tok.i)
    if eid is not None and lookup.is_country(eid):
        return eid
    gaz = gazetteer()
    forms = [tok.text]
    if tok.i > 0:
        forms.insert(0, f"{tok.nbor(-1).text} {tok.text}")
    for form in forms:
        iso2 = gaz.demonyms.get(form)
        if iso2 is None:
            place = gaz.places.get(form)
            iso2 = place.iso2 if place is not None and place.kind == "country" else None
        if iso2 and lookup.country_actor.get(iso2):
            return lookup.country_actor[iso2]
    return None


def _phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase of `head` without its clauses, appositions and conjuncts."""
    out: list[Token] = []
    stack = [c for c in head.children if c.dep_ not in CLAUSE_DEPS]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
    return sorted(out, key=lambda t: t.i)


def _named_country(head: Token, arg: Argument, lookup: EntityLookup) -> str | None:
    countries = [c for c in (token_country(t, lookup) for t in [*_phrase_tokens(head), head]) if c]
    if len(set(countries)) == 1:
        return countries[0]
    owner = lookup.owner_country(arg.entity)
    return owner if not countries else None


def _only_institution(head: Token, arg: Argument, lookup: EntityLookup) -> bool:
    """ "the health ministry", "the Constitutional Court": an institution noun and its kind words, no other word
    and no other entity."""
    if head.lemma_.lower() not in _institution_nouns() or head.tag_ in {"NNS", "NNPS"}:
        return False
    ent = lookup.by_id.get(arg.entity or "")
    if ent is not None and (ent.type != "organization" or ent.affiliation):
        return False
    words = [t.lower_ for t in _phrase_tokens(head) if t.dep_ not in {"det"}]
    if ent is not None:
        words += [w.lower() for w in ent.name.split()[:-1]]
    return all(w in _institution_modifiers() for w in words)


def body_countries(doc: Doc, ev: Event, lookup: EntityLookup, home: str | None) -> None:
    """The country a state body's phrase names, or the report's country for an institution named by its kind,
    takes part in the body's role (see the module docstring)."""
    for arg in [a for a in ev.arguments if a.role in ACTOR_ROLES]:
        head = head_token(doc, arg)
        if head is None or head.lemma_.lower() not in _body_nouns():
            continue
        country = _named_country(head, arg, lookup)
        if country is None and home is not None and _only_institution(head, arg, lookup):
            country = home
        if country is not None and country != arg.entity and not any(a.entity == country for a in ev.arguments):
            _add_implied(ev.arguments, arg.role, country, arg, lookup)


def election_country(doc: Doc, ev: Event, lookup: EntityLookup, home: str | None) -> None:
    """Where an election is held, when none of its arguments is a country (see the module docstring)."""
    if ev.type != "election" or any(lookup.is_country(a.entity) for a in ev.arguments):
        return
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return
    trigger = span.root
    sent = sent_of(trigger)
    named = {i: c for i, c in ((t.i, token_country(t, lookup)) for t in tokens(doc)[sent.start : sent.end]) if c}
    country = None
    if len(set(named.values())) == 1:
        country = next(iter(named.values()))
    elif named:
        clause = trigger
        while clause.dep_ not in {"ROOT", "relcl", "advcl", "ccomp", "conj"} and clause.head.i != clause.i:
            clause = clause.head
        inside = {named[t.i] for t in clause.subtree if t.i in named}
        country = next(iter(inside)) if len(inside) == 1 else None
        if not inside:
            country = home
    else:
        country = home
    if country is not None:
        source = Argument(role="place", text=ev.trigger.text, start=ev.trigger.start, end=ev.trigger.end)
        _add_implied(ev.arguments, "place", country, source, lookup)


def national_arguments(doc: Doc, events: list[Event], lookup: EntityLookup) -> None:
    """The countries the events' state bodies and elections imply (once the mentions are folded)."""
    home = report_country(lookup)
    for ev in events:
        body_countries(doc, ev, lookup, home)
        election_country(doc, ev, lookup, home)
