"""What kind of thing a name is, from its own words: head nouns, named weapons, administrations.

- `head_type(words, ner_label)`: the last word of a name says its type (data/name_heads.tsv): "Truman
  Presidential Library" and "Ufundi House" are places, "Warsaw Pact" and "Cape Argus" organisations,
  "the Clean Air Act" a law. A head that is also a surname ("Hill") leaves a PERSON label alone.
- `named_weapons(doc, gaz, spans)`: weapon systems written as names ("Patriot missiles", "a Shahed
  drone", "HIMARS") are entities of type weapon (data/weapons.tsv, or any capitalised name right before
  a weapon noun), never people or organisations.
- `administrations(doc, spans)`: "the Clinton administration", "the Netanyahu government": a person's name
  before one of these nouns is an organisation, not the person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from kg.extract.resolve import type_cue_words
from kg.extract.spans import CandidateSpan
from kg.nlp import doc_text, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.extract.gazetteer import Gazetteer

# nouns after a person's name that make the phrase an organisation headed by that person
ADMINISTRATION_NOUNS = {"administration", "cabinet", "campaign"}
# nouns after a weapon's name besides the weapon nouns of instruments.tsv ("Patriot air defense system")
WEAPON_SYSTEM_NOUNS = {
    "system",
    "systems",
    "battery",
    "batteries",
    "launcher",
    "launchers",
    "interceptor",
    "interceptors",
}


def _rows(name: str) -> list[list[str]]:
    text = resources.files("kg.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def name_heads() -> dict[str, tuple[str, bool]]:
    """Head word -> (type, also a surname) (data/name_heads.tsv)."""
    return {row[0]: (row[1].strip(), len(row) > 2 and row[2].strip() == "surname") for row in _rows("name_heads.tsv")}


@lru_cache(maxsize=1)
def party_words() -> dict[str, tuple[str, str]]:
    """A party word alone -> (the party, the ISO code of its country) (data/party_words.tsv)."""
    return {row[0]: (row[1].strip(), row[2].strip()) for row in _rows("party_words.tsv")}


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Spans the NER takes for names that name no entity (data/not_names.txt)."""
    text = resources.files("kg.extract").joinpath("data", "not_names.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def weapon_names() -> dict[str, str]:
    """Named weapon system -> canonical name (data/weapons.tsv)."""
    return {row[0]: row[1].strip() for row in _rows("weapons.tsv")}


def head_type(words: list[str], ner_label: str | None = None) -> str | None:
    """The type the last word of a multi-word name gives it, or None."""
    if len(words) < 2:
        return None
    found = name_heads().get(words[-1])
    if found is None:
        return None
    kind, surname = found
    if surname and ner_label == "PERSON":
        return None
    return kind


def _weapon_noun_at(doc: Doc, gaz: Gazetteer, i: int) -> int:
    """The end of the weapon noun phrase starting at token i ("missiles", "air defense system"), or i."""
    toks = tokens(doc)
    end = i
    while end < len(toks) and end < i + 4:
        tok = toks[end]
        if tok.lemma_.lower() in gaz.instruments or tok.lower_ in WEAPON_SYSTEM_NOUNS:
            end += 1
            continue
        if tok.lower_ in {"air", "defense", "defence", "cruise", "ballistic", "anti", "-", "tank", "aircraft"}:
            end += 1
            continue
        break
    while end > i and not (
        toks[end - 1].lemma_.lower() in gaz.instruments or toks[end - 1].lower_ in WEAPON_SYSTEM_NOUNS
    ):
        end -= 1
    return end


def named_weapons(doc: Doc, gaz: Gazetteer, spans: list[CandidateSpan]) -> list[CandidateSpan]:
    """Spans re-typed as weapons, and new weapon spans for listed names no span covers."""
    toks = tokens(doc)
    text = doc_text(doc)
    names = weapon_names()
    out: list[CandidateSpan] = []
    covered: dict[int, CandidateSpan] = {i: s for s in spans for i in range(s.start, s.end)}
    drop: set[int] = set()
    for s in spans:
        if s.type in {"weapon", "place"} and s.key or s.type not in {"person", "organization", "place", "other"}:
            continue
        written = text[toks[s.start].idx : toks[s.end - 1].idx + len(toks[s.end - 1])]
        end = _weapon_noun_at(doc, gaz, s.end)
        if written in names or end > s.end:
            nxt = covered.get(s.end)
            if nxt is not None and nxt.type in {"weapon", "other"} and nxt.end <= end:
                drop.add(id(nxt))
            name = names.get(written, written)
            s.type, s.key, s.name, s.end = "weapon", f"weapon:{name}", name, max(s.end, end)
    spans[:] = [s for s in spans if id(s) not in drop]
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    for tok in toks:
        if tok.i in covered or not tok.initial_upper:  # `text[:1].isupper()`, kept by the token
            continue
        pair = text[tok.idx : toks[tok.i + 1].idx + len(toks[tok.i + 1])] if tok.i + 1 < len(toks) else ""
        for written, end in ((pair, tok.i + 2), (tok.text, tok.i + 1)):
            if written in names and not any(i in covered for i in range(tok.i, end)):
                name = names[written]
                noun_end = _weapon_noun_at(doc, gaz, end)  # "a Shahed drone": one weapon
                nxt = covered.get(end)
                if noun_end > end and nxt is not None and nxt.type == "weapon" and nxt.end <= noun_end:
                    spans.remove(nxt)
                out.append(CandidateSpan(tok.i, noun_end, "weapon", f"weapon:{name}", name, rule="named weapon"))
                covered.update((i, out[-1]) for i in range(tok.i, noun_end))
                break
    return out


def administrations(doc: Doc, spans: list[CandidateSpan]) -> None:
    """ "the Clinton administration": a person span before an administration noun becomes that organisation."""
    toks = tokens(doc)
    for s in spans:
        if s.type != "person" or s.end >= len(toks) or toks[s.end].lower_ not in ADMINISTRATION_NOUNS:
            continue
        name = f"{s.name} {toks[s.end].lower_}"
        s.end += 1
        s.type, s.key, s.name, s.rule = "organization", f"organization:{name.lower()}", name, "administration"


def unlabelled_organisations(doc: Doc, spans: list[CandidateSpan], headlines: set[int]) -> list[CandidateSpan]:
    """Company and place names the NER missed ("Apple Computer and Ford said", "in Sagaing region"): a run of
    capitalised proper nouns no span covers, outside headlines, is a place before or after a place noun
    (`_named_as_place`), an organisation when its last word is an organisation head, when a
    company cue surrounds it ("X's shares", "the carmaker X", "acquire X"; `kg.extract.resolve.type_votes`)
    or when it is conjoined with an organisation ("X and Ford")."""
    from kg.extract.resolve import STRONG_CUE, type_votes
    from kg.nlp import sent_of

    toks = tokens(doc)
    text = doc_text(doc)
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    out: list[CandidateSpan] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if i in covered or tok.pos_ != "PROPN" or not tok.is_alpha or not tok.initial_upper:
            i += 1
            continue
        end = i
        while end < len(toks) and end not in covered and toks[end].pos_ == "PROPN" and toks[end].text[:1].isupper():
            end += 1
        if sent_of(tok).start in headlines or toks[end - 1].ent_type_ in {"DATE", "TIME"}:
            i = end
            continue
        words = [t.text for t in toks[i:end]]
        start_char, end_char = tok.idx, toks[end - 1].idx + len(toks[end - 1])
        org = head_type(words) == "organization" if len(words) > 1 else False
        if not org:
            org = type_votes(text, start_char, end_char)["organization"] >= STRONG_CUE
        if not org:
            head = toks[end - 1]
            partners = [*head.conjuncts]
            org = any(covered.get(p.i) is not None and covered[p.i].type == "organization" for p in partners)
        if org and text[start_char:end_char] not in not_names():
            name = text[start_char:end_char]
            out.append(CandidateSpan(i, end, "organization", "", name, rule="unlabelled name"))
        elif _named_as_place(toks, i, end) and text[start_char:end_char] not in not_names():
            out.append(CandidateSpan(i, end, "place", "", text[start_char:end_char], rule="unlabelled place"))
        i = end
    from kg.extract.acronyms import untagged_acronyms  # acronyms reads resolve, which reads kinds' tables

    return out + untagged_acronyms(doc, [*spans, *out])


def _named_as_place(toks: list, start: int, end: int) -> bool:
    """ "the Tigray village of Togoga", "in Sagaing region": a lower-case place noun before "of" right before the
    name, or right after it (data/type_cues.tsv place_noun_of, place_noun_after)."""
    cues = type_cue_words()
    after = toks[end] if end < len(toks) else None
    if after is not None and after.is_lower and after.lower_ in cues["place_noun_after"]:
        return True
    return start >= 2 and toks[start - 1].lower_ == "of" and toks[start - 2].lower_ in cues["place_noun_of"]


@lru_cache(maxsize=1)
def storm_words() -> frozenset[str]:
    """Words that open a storm's name (data/storm_words.txt)."""
    text = resources.files("kg.extract").joinpath("data", "storm_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_storm_name(words: list[str]) -> bool:
    """ "Typhoon Yagi", "Tropical Storm Alberto": a storm word, then a capitalised name."""
    words = words[1:] if words and words[0].lower() == "the" else words
    opener = next((k for k in (2, 1) if " ".join(words[:k]) in storm_words()), 0)
    return 0 < opener < len(words) and words[-1][:1].isupper()


def _not_a_persons_name(doc: Doc | None, spans: list[CandidateSpan], name: str) -> bool:
    """ "the Polisario Front", "Tigray People's Liberation Front": a name with "the" before one of its mentions or a
    possessive inside it names no person, so a head that is also a surname ("Front", "Union", "Guard") types it."""
    if doc is None:
        return False
    if any(w.endswith(("'s", "s'", "’s")) for w in name.split()[:-1]):
        return True
    toks = tokens(doc)  # "the Algeria-backed Polisario Front": "the" is the head's determiner
    heads = (toks[s.end - 1] for s in spans if s.name == name)
    return any(c.dep_ == "det" and c.lower_ == "the" for head in heads for c in head.children)


def type_by_head(spans: list[CandidateSpan], doc: Doc | None = None) -> None:
    """A name's last word decides its type over the NER's label ("Warsaw Pact" is no person, "Capitol
    Hill" no organisation, "the Clean Air Act" a law); see `kg.extract.kinds.head_type`. A head that is also a
    surname ("Front") overrules a person's label only where the name is no person's (`_not_a_persons_name`). A
    storm's name ("Typhoon Yagi") is a natural event, type "other", whatever the NER said."""
    for s in spans:
        if s.key or s.type not in {"person", "organization", "place", "law"}:
            continue
        if is_storm_name(s.name.split()):
            s.type, s.rule, s.key = "other", "storm", f"other:{s.name.lower()}"
            continue
        label = "PERSON" if s.type == "person" and not _not_a_persons_name(doc, spans, s.name) else None
        kind = head_type(s.name.split(), label)
        if kind is not None and kind != s.type:
            s.type, s.rule = kind, "head word"
        if s.type == "law":
            s.name = re.sub(r"^the\s+", "", s.name, flags=re.I).strip()
            s.key = f"law:{s.name.lower()}"


def named_body(s: CandidateSpan) -> bool:
    """An organisation named in full before a title ("National Security Council spokesman") or by a well-known short
    form ("CIA Director William Burns", data/org_short_forms.tsv), not a title word the NER took for one ("Trade
    Minister", "Defense Secretary")."""
    from kg.extract.resolve import long_form

    if s.type != "organization":
        return False
    named = s.key.startswith("org:") or head_type(s.name.split()) == "organization" or long_form(s.name) is not None
    return named or s.name in party_words()  # "Labour leader Jeremy Corbyn": the party stays named
