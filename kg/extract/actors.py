"""Actor coreference: pronouns and definite descriptions that name an actor the article named before.

`nominal_references(doc, gaz, spans, taken)` and `pronoun_references(doc, spans)` take the article's named
mentions (the candidate spans of `kg.extract.entities`) and return `Reference`s: one token each, with the
key and name of the entity it refers to. `kg.extract.entities` adds them as mentions of that entity, so
an event argument "the Ukrainian leader", "the company" or "he" carries the referent's entity id.

Policy (news prose, where the actor of a sentence is usually the last actor named):

- "he"/"she" is the person it continues: as the subject of a clause a speech verb reports, the reporter ("D said
  he had spoken with him"); else a subject before it in its sentence; as the subject of a speech
  verb, the main subject of the sentence just before when a person ("Y told reporters ... . He said": Y, not an
  older speaker), else the last speaker named; else a person named before it in its sentence; else, in the nearest
  of the three sentences before that names someone, its subject or its last person named. "him"/"her" is never a
  co-argument of its own verb ("Ana described her"). A resolved pronoun is itself a mention later pronouns
  can continue ("He said he ...").
  A person the text marks as a woman ("Mrs.", "spokeswoman", "her husband"'s wife ...) is never "he", nor a
  man "she"; with no mark in the text, a first name of one gender says (data/first_names.tsv).
- "X called Y to congratulate him. Z also congratulated him": an object pronoun is first the object the same verb
  took before.
- "X accused Y of ..., which he denied": who denies is the accused, Y (data/denial_frames.tsv).
- "the minister", "the Cuban leader", "the FBI chief": the person last named with a fitting title (of that
  country or organisation when the phrase names one).
- "the company", "the newspaper", "the embassy", "the organisation": the organisation of that kind named
  last (described by that noun, or with it in its name; any organisation for general nouns), within the five
  sentences before.
- "the kingdom", "the country": the country last named as a sentence's subject (else last named) in the five
  sentences before the mention's own.
- "the judges", "the justices": the court the article named last (data/body_members.tsv).
- "the government", "the leadership", "a government communique": in a report with a dateline, the government
  of the dateline's country, unless a word of the phrase says whose ("the Cuban government", "his").
- "authorities said", "officials said": with no word of whose, in a report with a dateline, that country's, when
  the article names it.
- "It said", "it told reporters": "it" as a speaker is the organisation or country the sentence before was about
  (`body_pronoun_references`), never one inside what it says ("China will buy more, it added").
- Spokespeople named by their body ("a police spokeswoman"), aides and families: `kg.extract.unnamed_speakers`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Protocol

from kg.nlp import sent_of, sentence_index, tokens

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from kg.extract.events.lexicon import Lexicon
    from kg.extract.gazetteer import Gazetteer

PRONOUNS = {"he", "she", "him", "her", "his"}  # "her" is also the possessive: so is "his" ("his office said")
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
SUBJECTS = {"nsubj", "nsubjpass"}
PRONOUN_WINDOW = 3  # sentences before the pronoun's own
NOMINAL_WINDOW = 5
DETERMINERS = {"the", "this", "that", "these", "those"}
HOME_GOVERNMENT_NOUNS = {"government", "leadership", "regime"}  # the dateline country's, when nothing else says whose


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
    aliases: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def actor_nouns() -> dict[str, tuple[str, frozenset[str]]]:
    """Nouns that describe an actor without naming it (data/actor_nouns.tsv): lemma -> (kind, the words a
    referent's name or title may contain; empty for any)."""
    out = {}
    for row in _rows("actor_nouns.tsv"):
        noun, kind, words = (row + ["", ""])[:3]
        out[noun] = (kind, frozenset() if words.strip() in {"", "*"} else frozenset(words.strip().split("|")))
    return out


@lru_cache(maxsize=1)
def body_members() -> dict[str, frozenset[str]]:
    """Plural member nouns -> the words a name of the body they sit on may contain (data/body_members.tsv)."""
    return {row[0]: frozenset(row[1].strip().split("|")) for row in _rows("body_members.tsv") if len(row) > 1}


@lru_cache(maxsize=1)
def gender_cues() -> dict[str, str]:
    """Words that mark a person as a woman ("f") or a man ("m"): data/gender_cues.tsv."""
    return {row[0]: row[1].strip() for row in _rows("gender_cues.tsv") if len(row) > 1}


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """First names of one gender: lower case -> "f" | "m" (data/first_names.tsv)."""
    return {row[0]: row[1].strip() for row in _rows("first_names.tsv") if len(row) > 1}


def _rows(name: str) -> list[list[str]]:
    text = resources.files("kg.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _late_lexicon() -> Callable[[], Lexicon]:
    """`kg.extract.events.lexicon.lexicon`, imported late (kg.extract.events imports the entities) and once: an
    import statement in a function costs ~1 µs at every call, and `speech_verbs` is asked ~2,000 times a round."""
    from kg.extract.events.lexicon import lexicon

    return lexicon


def speech_verbs() -> frozenset[str]:
    lex = _late_lexicon()()
    return lex.derived("@speech_verbs", lambda lx: frozenset(v for v, ts in lx.verbs.items() if "statement" in ts))


def _clause_role(tok: Token) -> Token:
    """The token that holds the mention's place in its clause: "the boy's uncle, Ivo Ruiz, denied": the uncle."""
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def is_speaker(tok: Token, speech: frozenset[str]) -> bool:
    """The subject of a speech verb ("X said", "said X")."""
    tok = _clause_role(tok)
    return tok.dep_ in SUBJECTS and tok.head.lemma_.lower() in speech


def _window_start(doc: Doc, tok: Token, sentences: int) -> int:
    """The first token of the sentence `sentences` before `tok`'s own."""
    toks = tokens(doc)
    start = sent_of(tok).start
    for _ in range(sentences):
        if start == 0:
            break
        start = sent_of(toks[start - 1]).start
    return start


def _fits_title(titles: list[str], wanted: set[str]) -> bool:
    return any(t.lower() in wanted or t.split()[-1].lower() in wanted for t in titles)


def _modifier_country(tok: Token, gaz: Gazetteer) -> str | None:
    for c in tok.children:
        if c.dep_ in {"amod", "compound", "nmod", "poss"}:
            iso2 = gaz.demonyms.get(c.text) or (gaz.places[c.text].iso2 if c.text in gaz.places else None)
            if iso2:
                return gaz.country_name(iso2)
    return None


def nominal_references(doc: Doc, gaz: Gazetteer, spans: list[NamedSpan], taken: set[int]) -> list[Reference]:
    """ "the Ukrainian leader" -> the one person affiliated to Ukraine whose title fits "leader"; "the governor"
    -> the person last named with that title; "the company" -> the organisation last named."""
    people: dict[str, NamedSpan] = {}
    for s in spans:
        if s.type == "person":
            people.setdefault(s.key, s)
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    nouns = actor_nouns()
    out = []
    home = dateline_country(spans, gaz)
    named = {s.key for s in spans if getattr(s, "rule", None) != "dateline"}
    relations = _apposed_relations(doc, by_token, people)
    speech = speech_verbs()
    for tok in tokens(doc):
        common = tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower()  # "the president" tagged PROPN
        if not common:
            continue  # every rule below reads a common noun
        if home is not None and common and tok.i not in taken and _home_government(tok, by_token):
            where = _scene_country(tok, by_token, gaz) or home  # "In Havana, the government said"
            out.append(Reference(tok.i, tok.i + 1, "place", where[0], where[1]))
            continue
        speaker = common and tok.i not in taken and is_speaker(tok, speech)
        where = _officials_in_place(tok, by_token, gaz) if speaker else None  # "officials in Tokyo said"
        if where is None and home is not None and speaker and _home_authorities(tok, by_token):
            where = _scene_country(tok, by_token, gaz) or home  # "authorities said", in a report from Colombo
            where = where if where[0] in named else None  # a country the article names, not the dateline's alone
        if where is not None:
            out.append(Reference(tok.i, tok.i + 1, "place", where[0], where[1]))
            continue
        relation = _relation(tok, by_token) if common and tok.i not in taken else None
        known = None
        if relation is not None:
            owner = next((by_token.get(c.i) for c in tok.children if c.dep_ == "poss"), None)
            known = relations.person(relation, owner)
        if known is not None and not known.start <= tok.i < known.end:  # "Elian's father said", named elsewhere
            out.append(Reference(tok.i, tok.i + 1, "person", known.key, known.name))
            continue
        plural = common and tok.tag_ == "NNS" and tok.i not in taken
        members = body_members().get(tok.lemma_.lower()) if plural else None
        if members and [c.lower_ for c in tok.children if c.dep_ == "det"] == ["the"]:
            body = _organisation_of_kind(doc, tok, spans, members)  # "the judges said": the court
            if body is not None:
                out.append(body)
            continue
        if not common or tok.dep_ == "compound" or tok.i in taken or tok.tag_ in {"NNS", "NNPS"}:
            continue
        det = [c for c in tok.children if c.dep_ == "det" or c.dep_ == "poss" and c.i in by_token]
        lemma = tok.lemma_.lower()
        if det and det[0].lower_ in {"a", "an"} and nouns.get(lemma, ("",))[0] == "organization":
            later = _source_named_later(doc, tok, spans) if is_speaker(tok, speech) else None
            if later is not None:  # "a newspaper reported ... said Uhuru, a Swahili newspaper"
                out.append(later)
            continue
        role_noun = tok.lower_ in gaz.roles or nouns.get(lemma, ("",))[0] == "person"
        if not det or det[0].dep_ == "det" and det[0].lower_ not in DETERMINERS:
            possessed = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)  # "his lawyer said"
            later = _speaker_named_next(doc, tok, spans) if possessed and role_noun else None
            if later is not None:
                out.append(later)
            continue  # "the minister", "Veloria's trade minister"; not "a minister"
        if tok.lower_ in gaz.roles:
            ref = _titled_person(doc, tok, gaz, spans, people)
        elif nouns.get(lemma, ("",))[0] == "person":
            ref = _person_by_role(doc, tok, spans, people, by_token)
        elif nouns.get(lemma, ("",))[0] == "organization" and not _named_by_modifier(tok, by_token):
            ref = _organisation_of_kind(doc, tok, spans, nouns[lemma][1])
        elif nouns.get(lemma, ("",))[0] == "country" and lemma not in HOME_GOVERNMENT_NOUNS and det[0].dep_ == "det":
            ref = _country_named_before(doc, tok, spans)
        else:
            ref = None
        if ref is None and role_noun:
            ref = _speaker_named_next(doc, tok, spans)
        if ref is not None:
            out.append(ref)
    return out


def _end_of_next_sentences(doc: Doc, tok: Token, count: int = 2) -> int:
    """The token index where the `count` sentences after the token's own end (where a lead names the one it
    introduced by a noun)."""
    toks = tokens(doc)
    end = sent_of(tok).end
    for _ in range(count):
        if end < len(toks):
            end = sent_of(toks[end]).end
    return end


def _speaker_named_next(doc: Doc, tok: Token, spans: list[NamedSpan]) -> Reference | None:
    """ "..., his lawyer said." ... "lawyer Ana Ruiz told ...": a speaker a lead introduces by a role noun that
    names no one before is the one person the next two sentences give that noun as a title ("lawyer Ana Ruiz",
    "EU envoy Ana Ruiz", "Ana Ruiz, the envoy")."""
    if not is_speaker(tok, speech_verbs()) or tok.tag_ != "NN":
        return None
    toks = tokens(doc)
    end = _end_of_next_sentences(doc, tok)
    lemma = tok.lemma_.lower()
    found: dict[str, NamedSpan] = {}
    for s in spans:
        if s.type != "person" or not sent_of(tok).end <= s.start < end:
            continue
        before = toks[s.start - 1] if s.start > 0 else None
        apposed = [c for c in toks[s.end - 1].children if c.dep_ == "appos"]
        titled = any(lemma in t.lower().split() for t in s.titles)
        if titled or (before is not None and before.lemma_.lower() == lemma) or any(
            a.lemma_.lower() == lemma for a in apposed
        ):
            found[s.key] = s
    if len(found) != 1:
        return None
    s = next(iter(found.values()))
    return Reference(tok.i, tok.i + 1, "person", s.key, s.name)


class _RelationLemmas(dict):
    """Lemma (as spaCy gives it) -> whether `actor_nouns` makes it a person or relative noun, read at every token: a
    lemma met first is looked up (`__missing__`); emptied past 50k lemmas."""

    def __missing__(self, lemma: str) -> bool:
        if len(self) > 50_000:
            self.clear()
        found = self[lemma] = actor_nouns().get(lemma.lower(), ("",))[0] in {"person", "relative"}
        return found


_RELATION_LEMMAS = _RelationLemmas()


def _relation(tok: Token, by_token: dict[int, NamedSpan]) -> tuple[str, str] | None:
    """ "Elian's father", "Castro's point man", "his father", "the boy's father": (the possessor's key, "" when no
    name is the possessor; the noun with its compounds), for a role or kin noun with a possessor."""
    if not _RELATION_LEMMAS[tok.lemma_]:  # most words: no need to walk their children
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    owner = by_token.get(poss.i)
    if owner is not None and owner.type != "person":
        return None
    words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i > poss.i] + [tok.lemma_.lower()]
    return owner.key if owner is not None else "", " ".join(words)


@dataclass
class _Relations:
    """Who the article names as someone's relative or agent: by (possessor key, noun), and by noun alone (the
    people so named, with their possessors' keys, "" for a pronoun or a description)."""

    by_owner: dict[tuple[str, str], NamedSpan]
    by_noun: dict[str, dict[str, set[str]]]
    people: dict[str, NamedSpan]

    def person(self, relation: tuple[str, str], owner: NamedSpan | None) -> NamedSpan | None:
        """ "Elian's father": the person named so by apposition; else, for a named owner and a kin noun that
        passes the family name on (data/actor_nouns.tsv "@surname": father, son, brother), the one other full
        name of the article with the owner's family name; for "his father", "the boy's father", the one person
        the article names as a father of no one else named."""
        owner_key, noun = relation
        if relation in self.by_owner:
            return self.by_owner[relation]
        if owner is not None:
            if "@surname" not in actor_nouns().get(noun.split()[-1], ("", frozenset()))[1]:
                return None
            family = owner.name.split()[-1]
            same = {
                k
                for k, p in self.people.items()
                if k != owner_key and len(p.name.split()) > 1 and p.name.split()[-1] == family
            }
            return self.people[same.pop()] if len(same) == 1 else None
        named = self.by_noun.get(noun, {})
        if len(named) != 1:
            return None
        key, owners = next(iter(named.items()))
        return self.people[key] if owners <= {""} else None


def _apposed_relations(doc: Doc, by_token: dict[int, NamedSpan], people: dict[str, NamedSpan]) -> _Relations:
    """Who the article says is someone's relative or agent, by apposition: "Elian's father, Juan Miguel Gonzalez";
    "Ricardo Alarcon, president of the Assembly and Castro's point man" (the second noun parsed as a conjunct
    inside the first's phrase); "his father, Juan Miguel Gonzalez". Later (or earlier) "Elian's father" or
    "Castro's point man" alone is that person."""
    out = _Relations({}, {}, people)
    kin_or_role = _RELATION_LEMMAS
    for tok in tokens(doc):
        if not kin_or_role[tok.lemma_]:
            continue  # no relation (`_relation`), without a call per token
        relation = _relation(tok, by_token)
        if relation is None:
            continue
        person = next(
            (by_token[c.i] for c in tok.children if c.dep_ == "appos" and by_token.get(c.i, None) is not None), None
        )
        up = tok
        for _ in range(5):  # climb to the apposition the noun is (part of)
            if person is not None or up.head.i == up.i:
                break
            if up.dep_ == "appos" and up.head.i in by_token:
                person = by_token[up.head.i]
            elif up.dep_ in {"conj", "pobj", "prep"}:
                up = up.head
                continue
            break
        if person is not None and person.type == "person" and relation[0] != person.key:
            if relation[0]:
                out.by_owner.setdefault(relation, person)
            out.by_noun.setdefault(relation[1], {}).setdefault(person.key, set()).add(relation[0])
    return out


def dateline_country(spans: list[NamedSpan], gaz: Gazetteer) -> tuple[str, str] | None:
    """The key and name of the country the report is filed from (its dateline), if it has one."""
    for s in spans:
        if getattr(s, "rule", None) == "dateline" and s.type == "place" and getattr(s, "country", None):
            name = gaz.country_name(s.country)
            return (f"place:{s.country}", name) if name else None
    return None


def _scene_country(tok: Token, by_token: dict[int, NamedSpan], gaz: Gazetteer) -> tuple[str, str] | None:
    """The country of a place the sentence opens with ("In Havana, the government ..."): the scene it sets."""
    toks = tokens(tok.doc)
    sent = sent_of(tok)
    first = next((t for t in toks[sent.start : sent.end] if not t.is_space and not t.is_punct), None)
    if first is None or first.lower_ != "in" or first.i + 1 >= len(toks):
        return None
    place = by_token.get(first.i + 1) or by_token.get(first.i + 2)
    if place is None or place.type != "place" or not getattr(place, "country", None) or place.start > tok.i:
        return None
    if not any(t.text == "," for t in toks[place.end : min(place.end + 2, sent.end)]):
        return None
    name = gaz.country_name(place.country)
    return (f"place:{place.country}", name) if name else None


def _home_government(tok: Token, by_token: dict[int, NamedSpan]) -> bool:
    """ "the government said", "the communist leadership warned", "a government communique": a government no
    word of the phrase places, in a report filed from a country, is that country's (news writes "the
    government" for the host's own and names any other)."""
    if tok.lemma_.lower() not in HOME_GOVERNMENT_NOUNS or tok.tag_ != "NN":
        return False
    if any(c.i in by_token or c.dep_ in {"poss", "prep", "nummod", "compound"} for c in tok.children):
        return False  # "the Cuban government", "his government", "the government of Peru"
    if tok.dep_ == "compound":  # "a government communique", "a government spokesman"
        return tok.head.i not in by_token
    det = [c for c in tok.children if c.dep_ == "det"]
    return bool(det) and det[0].lower_ == "the"


def _home_authorities(tok: Token, by_token: dict[int, NamedSpan]) -> bool:
    """ "authorities said", "the authorities said", "officials said": authorities or officials no word of the phrase
    places are, in a report filed from a country, that country's (as "the government" is)."""
    if tok.lemma_.lower() not in {"authority", "official"} or tok.tag_ != "NNS":
        return False
    if any(c.i in by_token or c.dep_ in {"poss", "prep", "nummod", "compound", "amod"} for c in tok.children):
        return False  # "Ukrainian authorities", "local authorities", "the authorities in Kyiv" (`_officials_in_place`)
    det = [c for c in tok.children if c.dep_ == "det"]
    return not det or det[0].lower_ == "the"


def _officials_in_place(tok: Token, by_token: dict[int, NamedSpan], gaz: Gazetteer) -> tuple[str, str] | None:
    """ "officials in Tokyo said", "the authorities in Colombo": the country of the place they are in."""
    if tok.lemma_.lower() not in {"official", "authority"} or tok.tag_ != "NNS":
        return None
    if any(c.i in by_token or c.dep_ in {"poss", "amod", "compound"} for c in tok.children):
        return None  # "U.S. officials in Tokyo": the phrase names whose
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            place = by_token.get(obj.i)
            code = getattr(place, "country", None) if place is not None and place.type == "place" else None
            name = gaz.country_name(code) if code else None
            if name:
                return f"place:{code}", name
    return None


def _named_by_modifier(tok: Token, by_token: dict[int, NamedSpan]) -> bool:
    """ "the Daily Courier newspaper", "the Halvik agency": a proper name before the noun names the organisation
    itself (even where the NER missed it), so the noun refers to no earlier one."""
    return any(
        c.dep_ in {"compound", "nmod", "poss"}
        and c.pos_ == "PROPN"
        and (c.i not in by_token or by_token[c.i].type != "place")
        for c in tok.children
    )


def _titled_person(
    doc: Doc, tok: Token, gaz: Gazetteer, spans: list[NamedSpan], people: dict[str, NamedSpan]
) -> Reference | None:
    """ "the Ukrainian leader", "the governor": a person with a title the role noun can refer back to."""
    wanted = {t.lower() for t in gaz.roles[tok.lower_]}
    country = _modifier_country(tok, gaz)
    if country is not None:
        matches = [p for p in people.values() if p.affiliation == country and _fits_title(p.titles, wanted)]
        if not matches:  # "President Ana Ruiz" named without her country: the one titled person not of another
            matches = [p for p in people.values() if p.affiliation is None and _fits_title(p.titles, wanted)]
        if len(matches) == 1:
            return Reference(tok.i, tok.i + 1, "person", matches[0].key, matches[0].name)
        return None
    # "the governor wrote": the person with that title mentioned most recently before it
    before = [s for s in spans if s.type == "person" and s.start < tok.i and _fits_title(people[s.key].titles, wanted)]
    if before:
        p = before[-1]
        return Reference(tok.i, tok.i + 1, "person", p.key, p.name)
    return None


def _person_by_role(
    doc: Doc, tok: Token, spans: list[NamedSpan], people: dict[str, NamedSpan], by_token: dict[int, NamedSpan]
) -> Reference | None:
    """ "the FBI chief", "the spokesman": the person last named (five sentences back at most) whose title has
    the noun, of the organisation the phrase names when it names one."""
    org = next(
        (by_token[c.i] for c in tok.children if c.dep_ in {"compound", "nmod", "poss"} and c.i in by_token), None
    )
    if org is not None and org.type == "person":
        return None  # "the family's lawyer" is not the family
    start = _window_start(doc, tok, NOMINAL_WINDOW)
    lemma = tok.lemma_.lower()
    candidates = []
    for s in spans:
        if s.type != "person" or not start <= s.start < tok.i:
            continue
        p = people[s.key]
        titled = any(lemma in t.lower().split() for t in p.titles)
        if org is not None:
            if p.affiliation and p.affiliation.lower() in {org.name.lower(), org.key.split(":")[-1].lower()}:
                candidates.append(p)
        elif titled:
            candidates.append(p)
    if not candidates:
        return None
    p = candidates[-1]
    return Reference(tok.i, tok.i + 1, "person", p.key, p.name)


def _organisation_of_kind(doc: Doc, tok: Token, spans: list[NamedSpan], words: frozenset[str]) -> Reference | None:
    """ "the newspaper said": the organisation named last that the article describes with that noun ("Uhuru,
    a Swahili newspaper"), else the last one with the noun in its name ("the Embassy" -> "U.S. Embassy"),
    else, for general nouns (company, organisation), the last organisation named (five sentences back)."""
    toks = tokens(doc)
    start = _window_start(doc, tok, NOMINAL_WINDOW)
    orgs = [s for s in spans if s.type == "organization" and start <= s.start < tok.i]
    if not orgs:
        return None
    lemma = tok.lemma_.lower()

    def described(s: NamedSpan) -> bool:
        head = toks[s.end - 1]
        nouns = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ in {"appos", "compound"}:
            nouns.append(head.head)
        return any(n.lemma_.lower() == lemma for n in nouns)

    def named(s: NamedSpan) -> bool:
        return any(w in s.name.split() for w in words) if words else False

    for test in (described, named):
        found = [s for s in orgs if test(s)]
        if found:
            return Reference(tok.i, tok.i + 1, "organization", found[-1].key, found[-1].name)
    if words:
        return None
    last = orgs[-1]
    return Reference(tok.i, tok.i + 1, "organization", last.key, last.name)


def _country_named_before(doc: Doc, tok: Token, spans: list[NamedSpan]) -> Reference | None:
    """ "the kingdom denied", "the country said": the country last named as a sentence's subject in the sentences
    before (five at most), else the country named last;
    a country named in the mention's own sentence is its co-argument, not its referent ("Veloria's minister
    said arms sales to the kingdom ...")."""
    start, own = _window_start(doc, tok, NOMINAL_WINDOW), sent_of(tok).start
    before = [
        s for s in spans
        if s.type == "place" and start <= s.start < own and s.key == f"place:{getattr(s, 'country', None)}"
    ]
    if not before:
        return None
    toks = tokens(doc)
    topics = [s for s in before if _sentence_topic(toks[s.end - 1])]  # "Jordan recalled its envoy to Israel"
    last = (topics or before)[-1]
    return Reference(tok.i, tok.i + 1, "place", last.key, last.name)


def _source_named_later(doc: Doc, tok: Token, spans: list[NamedSpan]) -> Reference | None:
    """ "a newspaper reported Friday ... said Uhuru, a Swahili newspaper": a source a lead introduces as "a
    newspaper" is the one organisation the next sentences describe with that noun."""
    toks = tokens(doc)
    end = _end_of_next_sentences(doc, tok)
    lemma = tok.lemma_.lower()
    found = {}
    for s in spans:
        if s.type != "organization" or not tok.i < s.start < end:
            continue
        head = toks[s.end - 1]
        if any(c.dep_ == "appos" and c.lemma_.lower() == lemma for c in head.children):
            found[s.key] = s
    if len(found) != 1:
        return None
    s = next(iter(found.values()))
    return Reference(tok.i, tok.i + 1, "organization", s.key, s.name)


def _genders(doc: Doc, spans: list[NamedSpan]) -> dict[str, str]:
    """person key -> "f" | "m", from the words the text puts before a mention or in apposition with it, and
    from the titles; a person with cues of both kinds gets none."""
    toks = tokens(doc)
    cues = gender_cues()
    found: dict[str, set[str]] = {}
    for s in spans:
        if s.type != "person":
            continue
        words = [t.lower() for t in s.titles for t in t.split()]
        if s.start > 0:
            words.append(toks[s.start - 1].lower_)
        head = toks[s.end - 1]
        words += [c.lower_ for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            words.append(head.head.lower_)
        found.setdefault(s.key, set()).update(cues[w] for w in words if w in cues)
    names = first_names()
    for s in spans:  # "Angela Merkel": with no cue in the text, the first name says
        first = s.name.split()[0].lower() if s.type == "person" and len(s.name.split()) > 1 else ""
        if first in names and not found.get(s.key):
            found[s.key] = {names[first]}
    return {key: next(iter(g)) for key, g in found.items() if len(g) == 1}


def _sentence_topic(tok: Token) -> bool:
    """The subject of the sentence's main verb, or the possessor of that subject ("Castro's remarks were aimed at
    those who say that Elian should stay, a vision he called a cliche": Castro, not the subject of a clause
    inside): who a later pronoun of the sentence continues, before anyone its clauses mention."""
    tok = _clause_role(tok)
    if tok.dep_ == "poss":
        tok = _clause_role(tok.head)
    return tok.dep_ in SUBJECTS and tok.head.dep_ == "ROOT"


def _object_control_verbs() -> frozenset[str]:
    return frozenset(_late_lexicon()().sense("object_control_verbs"))


def _to_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.tag_ == "TO" for c in verb.children)


def _verbs_sharing_a_subject(verb: Token) -> set[int]:
    """The verbs whose subject `verb` shares: the conjuncts before it with no subject between ("X called Y and
    urged him": called), and the verb a participle with no subject of its own modifies ("X telephoned Y,
    urging him": telephoned), or an infinitive of purpose ("X called Y to thank him": called, whether the parser
    hangs it as `advcl` or `xcomp`; not a verb of object control: "X urged Y to thank him" is Y's thanks)."""
    found = set()
    while verb.head.i != verb.i and not any(c.dep_ in SUBJECTS for c in verb.children) and (
        verb.dep_ == "conj"
        or verb.dep_ in {"advcl", "xcomp"} and verb.tag_ == "VBG"
        or verb.dep_ == "advcl" and _to_infinitive(verb)
        or verb.dep_ == "xcomp" and _to_infinitive(verb) and verb.head.lemma_.lower() not in _object_control_verbs()
    ):
        verb = verb.head
        found.add(verb.i)
    return found


def _controller(verb: Token) -> int | None:
    """ "X urged Y to thank him": the object of a verb of object control is its infinitive's subject (Y)."""
    if verb.dep_ != "xcomp" or not _to_infinitive(verb) or verb.head.lemma_.lower() not in _object_control_verbs():
        return None
    return next((c.i for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _co_argument(mention: Token, verb: Token, shared: set[int]) -> bool:
    """A mention that is an argument of the pronoun's own verb, the subject that verb shares with a conjunct, or
    the object that controls it."""
    role = _clause_role(mention)
    return role.head.i == verb.i or role.head.i in shared and role.dep_ in SUBJECTS or role.i == _controller(verb)


def _own_clause_subject(tok: Token, before: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """ "X said Y had called Z shortly before his arrest": a possessive refers first to the subject of its own
    clause (Y), when that subject is a person named before it and the pronoun is not inside it ("his office said")."""
    verb = tok.head
    for _ in range(6):
        if verb.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
            if subjects:
                inside = {t.i for c in subjects for t in c.subtree}
                if tok.i in inside:
                    return []
                return [m for m in before if m[0] in inside]
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return []


def _reporter(tok: Token, before: list[tuple[int, str, str]], speech: frozenset[str]) -> list[tuple[int, str, str]]:
    """ "A and B congratulated C, and D said he had spoken with him": the subject of a clause a speech verb reports
    is first the one who reports it (D), when a person named before: who says "he" speaks of himself."""
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in speech:
        return []
    subjects = {c.i for c in verb.head.children if c.dep_ in SUBJECTS}
    return [m for m in before if m[0] in subjects]


@lru_cache(maxsize=1)
def denial_frames() -> dict[str, str]:
    """Verb lemma -> "accuse" | "deny" (data/denial_frames.tsv)."""
    return {row[0]: row[1].strip() for row in _rows("denial_frames.tsv") if len(row) > 1}


def _accused(tok: Token, before: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """ "X accused Y of V-ing, which he denied", "X blamed Y for it, a charge she rejected": who denies is the
    accused (the accusing verb's object), not its subject, who is the sentence's topic."""
    frames = denial_frames()
    verb = tok.head
    if tok.dep_ != "nsubj" or frames.get(verb.lemma_.lower()) != "deny" or verb.dep_ not in {"relcl", "ccomp", "advcl"}:
        return []
    up = verb
    for _ in range(5):
        if up.head.i == up.i:
            break
        up = up.head
        if frames.get(up.lemma_.lower()) == "accuse" and up.pos_ == "VERB":
            objects = {c.i for c in up.children if c.dep_ == "dobj"}
            return [m for m in before if m[0] in objects]
    return []


def _parallel_object(tok: Token, before: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """ "X called Y to congratulate him. Z also congratulated him": an object pronoun of a verb the text used before
    with a person as its object is that object again (the one congratulated), not the last subject named."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB":
        return []
    toks = tokens(tok.doc)
    lemma = verb.lemma_.lower()
    return [m for m in before if toks[m[0]].dep_ == "dobj" and toks[m[0]].head.lemma_.lower() == lemma
            and toks[m[0]].head.i != verb.i]


def pronoun_references(doc: Doc, spans: list[NamedSpan]) -> list[Reference]:
    """ "he"/"she" -> the person it continues (the module docstring gives the policy)."""
    toks = tokens(doc)
    speech = speech_verbs()
    gender = _genders(doc, spans)
    sent_of_token = sentence_index(doc)
    # (token of the mention's head, key, name): named mentions, then each resolved pronoun as it is found
    mentions = sorted(((s.end - 1, s.key, s.name) for s in spans if s.type == "person"), key=lambda m: m[0])
    out: list[Reference] = []
    for tok in toks:
        if tok.lower_ not in PRONOUNS or tok.pos_ != "PRON":
            continue
        start = _window_start(doc, tok, PRONOUN_WINDOW)
        wanted = PRONOUN_GENDER[tok.lower_]
        before = [m for m in mentions if start <= m[0] < tok.i and gender.get(m[1], wanted) == wanted]
        if not before:
            continue
        subject = tok.dep_ in SUBJECTS
        if not subject:  # "Ana Ruiz described him", "X called Y and urged him": not a co-argument of its own verb
            shared = _verbs_sharing_a_subject(tok.head)
            before = [m for m in before if not _co_argument(toks[m[0]], tok.head, shared)]
            if not before:  # "Diop congratulated him": never Diop himself, whoever else it is
                continue
        here = [m for m in before if sent_of_token[m[0]] == sent_of_token[tok.i]]
        here_subjects = [m for m in here if _clause_role(toks[m[0]]).dep_ in SUBJECTS]
        here_subjects = [m for m in here if _sentence_topic(toks[m[0]])] or here_subjects
        speakers = [m for m in before if is_speaker(toks[m[0]], speech)] if is_speaker(tok, speech) else []
        # "Y told reporters ... . He said": who the sentence before is about outranks an older speaker
        previous = [m for m in before if sent_of_token[m[0]] == sent_of_token[tok.i] - 1
                    and _sentence_topic(toks[m[0]])] if speakers and not here else []
        # else the nearest sentence that names someone: its subject, else its last person named
        nearest = [m for m in before if sent_of_token[m[0]] == sent_of_token[before[-1][0]]]
        nearest_subjects = [m for m in nearest if _clause_role(toks[m[0]]).dep_ in SUBJECTS]
        own = _own_clause_subject(tok, before) if tok.tag_ == "PRP$" else []
        own = own or (_reporter(tok, before, speech) if subject else [])
        own = _accused(tok, before) or own
        own = own or _parallel_object(tok, before)
        chosen = (own or here_subjects or previous or speakers or here or nearest_subjects or nearest)[-1]
        out.append(Reference(tok.i, tok.i + 1, "person", chosen[1], chosen[2]))
        mentions.append((tok.i, chosen[1], chosen[2]))
        mentions.sort(key=lambda m: m[0])
    return out


def _speaking_body(s: NamedSpan, countries: frozenset[str]) -> bool:
    """An organisation, a group or a country: what "it" can stand for as a speaker."""
    return s.type in {"organization", "group"} or s.type == "place" and s.name in countries


def body_pronoun_references(doc: Doc, spans: list[NamedSpan], countries: frozenset[str]) -> list[Reference]:
    """ "It said", "it told reporters", "which it said": "it" as the subject of a speech verb is the organisation or
    country that was the subject of the sentence before it (the ministry, the department, the agency of that
    sentence's main clause; the same sentence's subject when one precedes it), else the one such body that
    sentence names. A passive ("it was said") or an "it" with a clause after the verb's object ("it is said
    that") is no speaker; nor is an "it" with no body named in the sentence before."""
    speech = speech_verbs()
    sent_of_token = sentence_index(doc)
    bodies = sorted((s for s in spans if _speaking_body(s, countries)), key=lambda s: s.start)
    out: list[Reference] = []
    for tok in tokens(doc):
        if tok.lower_ != "it" or tok.dep_ != "nsubj" or not is_speaker(tok, speech):
            continue
        if any(c.dep_ == "auxpass" for c in tok.head.children) or tok.head.lemma_.lower() == "be":
            continue
        here = sent_of_token[tok.i]
        content = _reported_clause(tok)  # "China will buy more, it added": China is what was said, not the speaker
        same = [s for s in bodies if sent_of_token[s.start] == here and s.end <= tok.i and s.start not in content]
        before = [s for s in bodies if sent_of_token[s.start] == here - 1]
        subjects = [s for s in same if _clause_role(tokens(doc)[s.end - 1]).dep_ in SUBJECTS]
        subjects = subjects or [s for s in before if _sentence_topic(tokens(doc)[s.end - 1])]
        if not subjects and not same and len({s.key for s in before}) == 1:
            subjects = before  # "The department added ten firms to a list. It said ...": the one body named
        if subjects:
            chosen = subjects[-1]
            out.append(Reference(tok.i, tok.i + 1, chosen.type, chosen.key, chosen.name))
    return out


def _reported_clause(subject: Token) -> set[int]:
    """The tokens of what the speech verb of `subject` reports before it ("China will buy more, it added": its
    clausal complement), which never hold its speaker."""
    clauses = [c for c in subject.head.children if c.dep_ in {"ccomp", "parataxis"} and c.i < subject.i]
    return {t.i for c in clauses for t in c.subtree}
