"""Bodies a report describes by a common noun and does not name, made entities of the article.

`described_body_references(doc, gaz, spans, taken)` runs beside `kg.extract.unnamed_speakers` (before the nominal
references) and returns a `Reference` for:

- "the army confirmed", "Police said", "the military said it had": a national force given by its bare noun (the
  single-word forces of data/national_bodies.txt: army, military, police, navy; no demonym, possessive or other
  modifier) as a verb's subject or a passive's agent is the force of the article's country. The force the article
  has named for a country ("Sudan's military", "the Israeli army"; army, military and armed forces are one force)
  when it named exactly one; else, when the article names no organisation with the noun's words in its name (which
  `kg.extract.actors.nominal_references` would take), the force of the dateline's country when the text names no
  other country or names that one too (not the police of a country whose police are many forces, LOCAL_POLICE:
  "police said" in Buffalo are the city's), named as the sets
  name such bodies ("Kenyan police"), or by its own name where it has one (data/national_forces.tsv: "Israel
  Defense Forces").
- "an alliance official said", "a company spokesman said": a spokesperson or official named by a general body noun
  (data/actor_nouns.tsv with no name words: alliance, company, group, agency, ...) speaks for the organisation the
  article named last before them (five sentences back at most), as "the alliance said" would.
- "Insurgents known locally as al-Shabab", "militants known as Boko Haram", "gunmen of a group calling itself the X
  Front": the members of an armed group (data/armed_group_members.txt) or a group noun the text names by "known as",
  "called" or "calling itself" are the named group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors import (
    NOMINAL_WINDOW,
    NamedSpan,
    Reference,
    actor_nouns,
    dateline_country,
    is_speaker,
    speech_verbs,
)
from kg.extract.bodies import armed_group_members
from kg.extract.names import word_list
from kg.extract.organizations import national_forces
from kg.nlp import sent_of, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.gazetteer import Gazetteer

FORCES = frozenset({"army", "military", "police", "navy"})
ONE_FORCE = {"army": "military", "armed forces": "military", "military": "military"}
SPOKESPERSON_NOUNS = word_list("spokesperson_nouns.txt")
SUBJECTS = {"nsubj", "nsubjpass"}
NAMING_VERBS = frozenset({"know", "call", "name"})  # "known as X", "called X", "calling itself X"
GROUP_NOUNS = armed_group_members() | {"group", "movement", "faction", "militia", "organisation", "organization"}
LOCAL_POLICE = word_list("local_police_countries.txt")  # many police forces, no one national police


def described_body_references(doc: Doc, gaz: Gazetteer, spans: list[NamedSpan], taken: set[int]) -> list[Reference]:
    """The bodies the module docstring lists, each a `Reference` to its (derived or named) organisation."""
    home = _article_country(spans, gaz)
    out = []
    for tok in tokens(doc):
        if tok.i in taken or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        ref = _bare_force(tok, gaz, spans, home) or _group_named_as(tok, spans)
        if ref is None and tok.lemma_.lower() in SPOKESPERSON_NOUNS:
            ref = _general_body_official(doc, tok, spans)
        if ref is not None:
            out.append(ref)
    return out


def _article_country(spans: list[NamedSpan], gaz: Gazetteer) -> tuple[str, str] | None:
    """The country the report is about: its dateline's, when the text names that country too or names no other
    ("OSLO (AP) - ... police said"); None when it names only others (a report from Dubai on protests in Iran, from
    Cape Town on bombings in Kenya: whose police speak is not the dateline's to say)."""
    home = dateline_country(spans, gaz)
    if home is None:
        return None
    named = {
        s.key
        for s in spans
        if s.type == "place"
        and getattr(s, "rule", None) != "dateline"
        and s.key == f"place:{getattr(s, 'country', None)}"
    }
    return home if home[0] in named or not named - {home[0]} else None


def _force_of(s: NamedSpan) -> tuple[str, str] | None:
    """ "organization:sudan military" -> ("sudan", "military"): the country and force class of a national body."""
    if s.type != "organization":
        return None
    rest = s.key.removeprefix("organization:")
    for body, force in (*ONE_FORCE.items(), ("police", "police"), ("navy", "navy")):
        if rest.endswith(f" {body}"):
            return rest.removesuffix(f" {body}"), force
    return None


def _bare_force(tok: Token, gaz: Gazetteer, spans: list[NamedSpan], home: tuple[str, str] | None) -> Reference | None:
    lemma = tok.lower_
    if lemma not in FORCES or not (tok.is_lower or tok.is_title and tok.i == sent_of(tok).start):
        return None
    if any(c.dep_ not in {"det", "punct"} for c in tok.children if c.i < tok.i):
        return None  # "the Kenyan army", "Sudan's army", "the army chief"
    if any(c.dep_ == "det" and c.lower_ != "the" for c in tok.children) or tok.dep_ == "compound":
        return None  # "an army", "army officers"
    agent = tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent"
    if tok.dep_ not in SUBJECTS and not agent:
        return None
    force = ONE_FORCE.get(lemma, lemma)
    named = {s.key: s for s in spans if (_force_of(s) or ("", ""))[1] == force}
    if len(named) == 1:
        s = next(iter(named.values()))
        return Reference(tok.i, tok.i + 1, "organization", s.key, s.name)
    words = actor_nouns().get(lemma, ("", frozenset()))[1]
    if named or home is None or any(s.type == "organization" and set(s.name.split()) & words for s in spans):
        return None
    country = home[1]
    if lemma == "police" and country in LOCAL_POLICE:
        return None
    own = national_forces().get(f"{country.lower()} {lemma}")
    if own is not None:
        return Reference(tok.i, tok.i + 1, "organization", f"organization:{own.lower()}", own)
    adjective = gaz.demonym(home[0].split(":", 1)[1]) or country
    key = f"organization:{country.lower()} {lemma}"  # as `kg.extract.entities` keys "Kenya's police"
    return Reference(tok.i, tok.i + 1, "organization", key, f"{adjective} {lemma}", aliases=(f"{country} {lemma}",))


def _general_body_official(doc: Doc, tok: Token, spans: list[NamedSpan]) -> Reference | None:
    compounds = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if len(compounds) != 1 or not compounds[0].is_lower or not is_speaker(tok, speech_verbs()):
        return None
    kind, words = actor_nouns().get(compounds[0].lemma_.lower(), ("", frozenset()))
    if kind != "organization" or words:
        return None
    start = sent_of(tok).start
    for _ in range(NOMINAL_WINDOW):
        if start == 0:
            break
        start = sent_of(doc[start - 1]).start
    orgs = [s for s in spans if s.type == "organization" and start <= s.start < tok.i]
    if not orgs:
        return None
    return Reference(tok.i, tok.i + 1, "organization", orgs[-1].key, orgs[-1].name)


def _group_named_as(tok: Token, spans: list[NamedSpan]) -> Reference | None:
    """ "Insurgents known locally as al-Shabab", "a group calling itself the Free Mountain Front": an armed group's
    members or a group noun whose participle of naming gives the group's name are that group."""
    if tok.lemma_.lower() not in GROUP_NOUNS and tok.lower_ not in GROUP_NOUNS:
        return None
    for acl in tok.children:
        if acl.dep_ not in {"acl", "relcl"} or acl.lemma_.lower() not in NAMING_VERBS:
            continue
        names = [w for c in acl.children if c.dep_ == "prep" and c.lower_ == "as" for w in c.children]
        names += [c for c in acl.children if c.dep_ in {"oprd", "dobj", "attr", "xcomp", "ccomp"}]
        for w in names:
            for s in spans:
                if s.start <= w.i < s.end and s.type in {"organization", "group", "person"}:
                    return Reference(tok.i, tok.i + 1, s.type, s.key, s.name)
    return None
