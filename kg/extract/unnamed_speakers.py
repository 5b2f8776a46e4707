"""Speakers a report gives by a description only, resolved to whom the description speaks for.

`unnamed_speaker_references(doc, gaz, spans, taken)` reads each common noun that is the subject of a speech verb
and no named mention (`taken`), and returns a `Reference` for those it can resolve (the others are left to
`kg.extract.actors.nominal_references`):

- "a police spokeswoman said", "an army spokesman", "a court spokesman", "a ministry official": a spokesperson or
  official named by the body they speak for (a noun of data/actor_nouns.tsv whose referent's name must hold a word:
  police, army, court, ministry, ...) is that body: the organisation of that kind the article names most (the
  first named on a tie); with none named, a national body (data/national_bodies.txt: police, army, military, ...)
  of the report's country, from its dateline ("OSLO (AP) - ..., a police spokesman said": the Norwegian police).
- "EU envoy Ana Ruiz will travel to Lima, a spokesman said": a spokesperson of no named body speaks for the body
  the reported clause is about (its subject, or the organisation its subject is named with).
- "an aide said", "aides said": an aide of no one the phrase names speaks for the leader the report quotes them on:
  the person who is the subject of the speech verb's reported clause ("Ana Ruiz will travel to Lima, an aide
  said"). An aide the phrase gives an owner ("his aides") is `kg.extract.events.voices`' case.

`armed_group_references(doc, spans, taken)`: "the rebels fired", "rebels say", "urged the militants to": members
of an armed group no word of the phrase names are the armed group the article names with that kind of noun ("Houthi
rebels", "Taliban militants"): the last so named before them, else (a headline) the first after.

`family_references(doc, spans)`, run once the pronouns are resolved: "her family", "Amini's family" is the
family, a group ("Amini family"), not the person; "Galaxa's unions" are the company's unions, an organisation
("Galaxa unions"), not the company.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors import NamedSpan, Reference, actor_nouns, dateline_country, is_speaker, speech_verbs
from kg.extract.bodies import armed_group_members, national_bodies
from kg.extract.names import word_list
from kg.extract.people import surname
from kg.nlp import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.gazetteer import Gazetteer

SPOKESPERSON_NOUNS = word_list("spokesperson_nouns.txt")
AIDE_NOUNS = {"aide"}
SUBJECTS = {"nsubj", "nsubjpass"}
CONTENT_DEPS = {"ccomp", "parataxis"}


def unnamed_speaker_references(doc: Doc, gaz: Gazetteer, spans: list[NamedSpan], taken: set[int]) -> list[Reference]:
    """Whom each speaker a description gives stands for (the module docstring)."""
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    home = dateline_country(spans, gaz)
    speech = speech_verbs()
    out = []
    speaker_nouns = SPOKESPERSON_NOUNS | AIDE_NOUNS
    for tok in tokens(doc):
        lemma = tok.lemma_lower  # `lemma_.lower()`, kept by the token
        if tok.pos_ != "NOUN" or tok.i in taken or lemma not in speaker_nouns:
            continue
        if not is_speaker(tok, speech):
            continue
        if lemma in SPOKESPERSON_NOUNS:
            ref = _body_of_spokesperson(tok, gaz, spans, by_token, home)
            ref = ref or (_body_spoken_of(tok, spans, by_token) if lemma != "official" else None)
        else:
            ref = _leader_of_aide(tok, by_token)
        if ref is not None:
            out.append(ref)
    return out


def _body_noun(tok: Token) -> Token | None:
    """The lower-case noun before a spokesperson that names the body they speak for ("a police spokeswoman")."""
    compounds = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if len(compounds) != 1 or not compounds[0].is_lower or compounds[0].pos_ != "NOUN":
        return None
    kind, words = actor_nouns().get(compounds[0].lemma_.lower(), ("", frozenset()))
    return compounds[0] if kind == "organization" and words else None


def _body_of_spokesperson(
    tok: Token,
    gaz: Gazetteer,
    spans: list[NamedSpan],
    by_token: dict[int, NamedSpan],
    home: tuple[str, str] | None,
) -> Reference | None:
    if any(c.dep_ in {"poss", "prep", "amod", "nmod"} for c in tok.children):
        return None  # "his spokesman", "a spokesman for the ministry", "a senior police official": another rule's
    noun = _body_noun(tok)
    if noun is None or noun.i in by_token:
        return None  # "a Hong Kong police spokesman": the name before the noun is the body's own mention
    words = actor_nouns()[noun.lemma_.lower()][1]
    counts: dict[str, int] = {}
    first: dict[str, NamedSpan] = {}
    for s in spans:
        if s.type == "organization" and any(w in s.name.split() for w in words):
            counts[s.key] = counts.get(s.key, 0) + 1
            first.setdefault(s.key, s)
    if counts:
        key = max(first, key=lambda k: counts[k])  # dicts keep the order of first mention: ties go to the first
        return Reference(tok.i, tok.i + 1, "organization", key, first[key].name)
    body = noun.lower_
    if home is None or (body,) not in national_bodies():
        return None
    country = home[1]
    adjective = gaz.demonym(home[0].split(":", 1)[1]) or country
    key = f"organization:{country.lower()} {body}"  # as `kg.extract.entities` keys "Kenya's police", "Kenyan police"
    return Reference(tok.i, tok.i + 1, "organization", key, f"{adjective} {body}", aliases=(f"{country} {body}",))


def _body_spoken_of(tok: Token, spans: list[NamedSpan], by_token: dict[int, NamedSpan]) -> Reference | None:
    """ "EU envoy Ana Ruiz will travel to Lima, a spokesman said", "The ministry will review the case, a spokeswoman
    said": a spokesperson of no one the phrase names speaks for the body the reported clause is about: its subject
    when an organisation, else the organisation its subject (a person) is named with."""
    if any(c.dep_ in {"poss", "prep", "compound", "amod", "nmod"} for c in tok.children) or tok.dep_ not in SUBJECTS:
        return None
    if [c.lower_ for c in tok.children if c.dep_ == "det"] not in (["a"], ["an"]):
        return None
    for clause in (c for c in tok.head.children if c.dep_ in CONTENT_DEPS and c.i < tok.i):
        for subject in (c for c in clause.children if c.dep_ in SUBJECTS):
            named = by_token.get(subject.i)
            if named is not None and named.type == "person" and named.affiliation:
                named = next((s for s in spans if s.type == "organization" and s.name == named.affiliation), None)
            if named is not None and named.type == "organization":
                return Reference(tok.i, tok.i + 1, "organization", named.key, named.name)
    return None


def _leader_of_aide(tok: Token, by_token: dict[int, NamedSpan]) -> Reference | None:
    if any(c.dep_ in {"poss", "prep", "compound", "amod"} for c in tok.children):
        return None  # "his aides", "an aide to the minister", "a Kremlin aide": the phrase says whose
    det = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if det not in ([], ["a"], ["an"]) or tok.dep_ not in SUBJECTS:
        return None
    verb = tok.head
    for clause in (c for c in verb.children if c.dep_ in CONTENT_DEPS):
        for subject in (c for c in clause.children if c.dep_ in SUBJECTS):
            person = by_token.get(subject.i)
            if person is not None and person.type == "person":
                return Reference(tok.i, tok.i + 1, "person", person.key, person.name)
    return None



def family_references(doc: Doc, spans: list[NamedSpan]) -> list[Reference]:
    """ "Her family says", "Amini's family said", "spoke with his family": a person's family is a group named by
    the person's family name ("Amini family", as `kg.extract.people.families` names "the Amini family"), not the
    person. Runs after the pronouns are resolved, so "her" has its person."""
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    out = []
    for tok in tokens(doc):
        if tok.lemma_lower == "union" and tok.i not in by_token and tok.dep_ != "compound":
            out += _company_unions(tok, by_token)
        if tok.lower_ != "family" or tok.tag_ != "NN" or tok.i in by_token or tok.dep_ == "compound":
            continue
        owner = next((by_token.get(c.i) for c in tok.children if c.dep_ == "poss"), None)
        if owner is None or owner.type != "person" or len(owner.name.split()) < 2 or surname(owner.name) is None:
            continue  # a name alone may be a first name ("Ana's family"); "bin Salman" names his father
        words = owner.name.split()
        first = len(words) - 1
        while first > 1 and words[first - 1].islower():  # "Pieter de Vries": the de Vries family
            first -= 1
        name = f"{' '.join(words[first:])} family"
        out.append(Reference(tok.i, tok.i + 1, "group", f"group:{name.lower()}", name))
    return out


def _company_unions(tok: Token, by_token: dict[int, NamedSpan]) -> list[Reference]:
    """ "Galaxa's unions demanded", "the carmaker Veltro's union said": a company's union is an organisation of its
    own, named by the company ("Veltro union", "Galaxa unions"), not the company it bargains with."""
    owner = next((by_token.get(c.i) for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.type != "organization" or any(c.dep_ in {"amod", "compound"} for c in tok.children):
        return []  # "the European Union", "Galaxa's main union" (which one is not said), a country's unions
    name = f"{owner.name} {tok.lower_}"
    return [Reference(tok.i, tok.i + 1, "organization", f"organization:{name.lower()}", name)]


UNNAMED_MEMBER_NOUNS = word_list("unnamed_member_nouns.txt")  # a subset of armed_group_members.txt


def armed_group_references(doc: Doc, spans: list[NamedSpan], taken: set[int]) -> list[Reference]:
    """ "the rebels", "rebels say": the armed group the article names by its members (the module docstring). Gunmen
    and fighters are left alone: an attack's gunmen are often no group the article names."""
    toks = tokens(doc)
    members = armed_group_members()
    named = [
        s for s in spans
        if s.type in {"organization", "group"} and s.end < len(toks) and toks[s.end].lower_ in members
    ]
    out = []
    for tok in toks:
        if tok.lower_ not in UNNAMED_MEMBER_NOUNS or tok.i in taken or tok.tag_ != "NNS" or not named:
            continue
        if any(c.dep_ not in {"det", "punct"} and c.i < tok.i for c in tok.children):
            continue  # "Houthi rebels", "the M23 rebels", "Kurdish militants", "two rebels": the phrase says who
        if any(c.dep_ == "det" and c.lower_ != "the" for c in tok.children) or any(
            c.dep_ in {"prep", "relcl", "acl"} and c.lower_ != "who" for c in tok.children
        ):
            continue  # "some rebels", "rebels of the FDLR", "rebels linked to ..."
        before = [s for s in named if s.end <= tok.i]
        group = before[-1] if before else named[0]
        out.append(Reference(tok.i, tok.i + 1, group.type, group.key, group.name))
    return out
