"""People named by one word of their full name: a surname the gazetteer or the NER read as something else.

`surnames_of_people` re-types a single-word place or organisation that is the surname of one full person
name in the article ("Reno" where the article names Janet Reno); `bare_surnames` finds such surnames the
NER left untagged ("Faury thanked ..."). Both work on `CandidateSpan`s for `find_entities`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.names import name_particles, word_list
from kg.extract.resolve import STRONG_CUE, type_votes
from kg.extract.spans import CandidateSpan
from kg.nlp import doc_text, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.extract.gazetteer import Gazetteer


def patronymics() -> frozenset[str]:
    return word_list("patronymics.txt")


def surname(name: str) -> str | None:
    """The word a person's name is shortened to: its last word without a hyphened article particle ("Abu Bakr
    al-Baghdadi", "al-Baghdadi" and "Baghdadi" -> "Baghdadi"); None after a patronymic particle ("Mohammed bin
    Salman": "Salman" alone is his father, data/patronymics.txt)."""
    words = name.split()
    if len(words) > 1 and words[-2] in patronymics():
        return None
    last = words[-1] if words else ""
    particle, hyphen, rest = last.partition("-")
    if hyphen and rest[:1].isupper() and particle.lower() in name_particles():
        return rest
    return last


def first_names_of_people(doc: Doc, spans: list[CandidateSpan]) -> None:
    """'Luka' alone, or 'Sofia' where the article names 'Sofia Aebli': a single word that is the first name
    of exactly one full person name in the article is that person (not a second person, not Bulgaria's
    capital), unless its context says place ("in Sofia"). So is an inner word of a name of three words or more
    that the name is known by ("Lula" of "Luiz Inacio Lula da Silva"; not a particle nor a patronymic).
    A relative named by a given name takes the family name first (`relatives_named`)."""
    from kg.extract.gazetteer import gazetteer

    gaz, toks = gazetteer(), tokens(doc)
    relatives_named(doc, spans)
    full: dict[str, set[str]] = {}
    for s in spans:
        if s.type == "person" and not s.key and " " in s.name and s.rule != "relative":
            full.setdefault(s.name.split()[0], set()).add(s.name)
    for word, names in _full_names_by_inner_word([s for s in spans if not s.key]).items():
        full.setdefault(word, set()).update(names)
    if not full:
        return
    places = {x.name for x in spans if x.type == "place"}
    text = doc_text(doc)
    for s in spans:
        if s.end - s.start != 1 or s.alias_of_country or s.type not in {"person", "place", "organization"}:
            continue
        names = full.get(toks[s.start].text, set())
        if len(names) != 1 or (
            s.type == "place"
            and s.country
            and gaz.countries.get(s.country)
            and gaz.countries[s.country].name == s.name
        ):
            continue
        tok = toks[s.start]
        if type_votes(text, tok.idx, tok.idx + len(tok), places)["place"] >= STRONG_CUE:
            continue
        s.type, s.key, s.name, s.country = "person", "", next(iter(names)), None


def relatives_named(doc: Doc, spans: list[CandidateSpan]) -> None:
    """ "Floyd's brother Philonise", "Navalny's widow, Yulia,": a one-word name right after a person's possessive and a
    kin noun (data/kin_nouns.txt) is the relative's given name, and the family name is the possessor's: "Philonise
    Floyd", a person of its own (rule "relative": no full name the possessor's surname would join)."""
    toks = tokens(doc)
    ending = {s.end: s for s in spans if s.type == "person" or not s.key}
    kin = word_list("kin_nouns.txt")
    for s in spans:
        if s.key or s.end - s.start != 1 or s.start < 3 or s.type not in {"person", "place", "organization"}:
            continue
        at = s.start - 1 - (toks[s.start - 1].text == ",")
        if toks[at].lower_ not in kin or toks[at - 1].tag_ != "POS":
            continue
        owner = ending.get(at - 1)  # a name with a widow or a son is a person's, whatever the NER typed it
        if owner is None or owner.type != "person" and " " in owner.name:
            continue
        family = surname(owner.name)
        if family and family != s.name and family not in s.name.split():
            owner.type = "person"
            s.name, s.rule, s.type = f"{s.name} {family}", "relative", "person"


def surnames_of_people(doc: Doc, gaz: Gazetteer, spans: list[CandidateSpan]) -> None:
    """ "Reno said" where the article names Attorney General Janet Reno: a single word that is the surname
    of exactly one full person name in the article is that person, not the city of Reno nor an
    organisation, unless its context says place ("in Reno") or it names a country."""
    toks = tokens(doc)
    surnames = _full_names_by_surname(spans)
    if not surnames:
        return
    places = {x.name for x in spans if x.type == "place"}
    text = doc_text(doc)
    for s in spans:
        if s.end - s.start != 1 or s.alias_of_country or s.type not in {"place", "organization"}:
            continue
        tok = toks[s.start]
        names = surnames.get(surname(tok.text) or "", set())
        if len(names) != 1:
            continue
        votes = type_votes(text, tok.idx, tok.idx + len(tok), places)
        if s.country and gaz.country_name(s.country) == s.name and not _acts_as_person(tok, votes):
            continue
        if votes["place"] >= STRONG_CUE:
            continue
        s.type, s.key, s.name, s.country, s.rule = "person", "", tok.text, None, "surname"

def _acts_as_person(tok, votes) -> bool:
    """A country's name that is also the surname of the one person the article names with it ("Prime Minister
    Luis Montenegro ... Montenegro said", "asked Montenegro to form a government") is the person where it stands
    bare as a clause's subject or object, with no sign of place around it; "in Montenegro", "Montenegro's
    coast" and "the Montenegro government" stay the country."""
    if votes["place"] or tok.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    return not any(c.dep_ in {"det", "poss", "amod", "compound", "case"} for c in tok.children)


def bare_surnames(doc: Doc, spans: list[CandidateSpan]) -> list[CandidateSpan]:
    """ "Faury thanked ..." untagged, where the article names Guillaume Faury (a person only by the cues of
    `_reconcile_name_types`): a capitalised proper noun no span covers that is the surname of exactly one
    full person name in the article is a mention of that person."""
    surnames = _full_names_by_surname(spans)
    inner = _full_names_by_inner_word(spans)
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for t in tokens(doc):
        if t.i in covered or t.pos_ != "PROPN" and not (t.text in inner and t.text[:1].isupper()):
            continue  # the tagger reads a sentence's first "Lula" as a common noun
        if t.pos_ == "PROPN" and len(surnames.get(surname(t.text) or "", ())) == 1:
            out.append(CandidateSpan(t.i, t.i + 1, "person", "", t.text, rule="surname"))
        elif len(names := inner.get(t.text, set())) == 1:  # "Lula thanked him", untagged
            out.append(CandidateSpan(t.i, t.i + 1, "person", "", next(iter(names)), rule="inner name"))
    return out


def _full_names_by_inner_word(spans: list[CandidateSpan]) -> dict[str, set[str]]:
    """ "Lula" -> {"Luiz Inacio Lula da Silva"}: the capitalised inner words of person names of three words or more
    (no particle, no patronymic), each with the names it is part of."""
    out: dict[str, set[str]] = {}
    for s in spans:
        words = s.name.split() if s.type == "person" and s.rule != "relative" else []
        for w in words[1:-1] if len(words) >= 3 else ():
            if w[:1].isupper() and w not in name_particles() and w not in patronymics():
                out.setdefault(w, set()).add(s.name)
    return out


def _full_names_by_surname(spans: list[CandidateSpan]) -> dict[str, set[str]]:
    surnames: dict[str, set[str]] = {}
    for s in spans:
        key = surname(s.name) if s.type == "person" and " " in s.name else None
        if key:
            surnames.setdefault(key, set()).add(s.name)
    return surnames


def families(doc: Doc, spans: list[CandidateSpan]) -> None:
    """ "the Mwangi family", "the founding Nowak family said": a name right before a lower-case "family" is the
    family, a group named "Mwangi family", not a person (the NER's "Mwangi") — in place. A family noun that
    modifies another ("the Mwangi family business") leaves the name alone."""
    toks = tokens(doc)
    spans.extend(_families_the_ner_missed(toks, spans))
    for s in spans:
        if s.type not in {"person", "organization"} or s.key or s.end >= len(toks):
            continue
        after = toks[s.end]
        if after.text != "family" or after.dep_ == "compound" or toks[s.end - 1].tag_ == "POS":
            continue
        s.end += 1
        s.type, s.rule, s.titles, s.affiliation = "group", "family", [], None
        s.name = f"{s.name} family"
        s.key = f"group:{s.name.lower()}"


def _families_the_ner_missed(toks: list, spans: list[CandidateSpan]) -> list[CandidateSpan]:
    """ "the Almeida family said": a capitalised name between "the" and a lower-case "family" that no span holds is a
    family too, as a span of the name alone (typed a group above, with the rest)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for k, tok in enumerate(toks[:-1]):
        after = toks[k + 1]
        if after.text != "family" or after.dep_ == "compound" or tok.tag_ != "NNP" or k in taken:
            continue
        start = k
        while start - 1 >= 0 and toks[start - 1].tag_ == "NNP" and start - 1 not in taken:
            start -= 1
        if start == 0 or toks[start - 1].lower_ != "the" or not all(t.text[:1].isupper() for t in toks[start : k + 1]):
            continue
        name = " ".join(t.text for t in toks[start : k + 1])
        found.append(CandidateSpan(start, k + 1, "person", "", name, rule="family"))
    return found
