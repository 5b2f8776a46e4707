"""Places the NER reads badly: the dateline's place and region, US states abbreviated after a city.

`dateline_spans(doc, gaz)` turns the article's dateline (`kg.extract.datelines`) into place mentions and
says which tokens hold the agency credit (no entity of the story). `state_abbreviation_spans` reads
"Buffalo, N.Y." as a mention of New York state. Both return `CandidateSpan`s for `find_entities`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from kg.extract.datelines import find_dateline
from kg.extract.gazetteer import Gazetteer, Place, link_place
from kg.extract.resolve import type_cue_words
from kg.extract.spans import CandidateSpan
from kg.nlp import doc_text, named_entities, named_entities_labelled, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.facts import Entity

_LOWER_PARTICLES = {"es", "el", "al", "de", "la", "da", "do", "dos", "du", "of", "the", "and", "upon", "on", "sur"}


@lru_cache(maxsize=1)
def state_abbreviations() -> dict[str, str]:
    """Abbreviation -> US state name (data/us_state_abbreviations.tsv)."""
    text = resources.files("kg.extract").joinpath("data", "us_state_abbreviations.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {row[0]: row[1].strip() for row in rows}


@lru_cache(maxsize=1)
def _places_by_lower(gaz: Gazetteer) -> dict[str, Place]:
    out: dict[str, Place] = {}
    for name, place in gaz.places.items():
        out.setdefault(name.lower(), place)
    return out


def title_case_place(name: str) -> str:
    """ "DAR ES SALAAM" -> "Dar es Salaam", "ST. ALBANS" -> "St. Albans" (particles stay lower case)."""
    words = name.split()
    out = []
    for k, w in enumerate(words):
        low = w.lower()
        if k and low in _LOWER_PARTICLES:
            out.append(low)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def place_named(gaz: Gazetteer, name: str) -> Place | None:
    """The gazetteer place a name written in any case names ("NAIROBI", "Dar es Salaam")."""
    return gaz.places.get(name) or _places_by_lower(gaz).get(name.lower())


def _place_span(start: int, end: int, place: Place | None, written: str, rule: str) -> CandidateSpan:
    if place is None:
        name = title_case_place(written)
        return CandidateSpan(start, end, "place", f"place:{name.lower()}", name, rule=rule)
    if place.kind == "country":
        return CandidateSpan(start, end, "place", f"place:{place.iso2}", place.name, country=place.iso2, rule=rule)
    key = f"place:{place.name}|{place.iso2}"
    return CandidateSpan(start, end, "place", key, place.name, country=place.iso2, rule=rule)


def dateline_spans(doc: Doc, gaz: Gazetteer) -> tuple[list[CandidateSpan], set[int]]:
    """The dateline's place and region as mentions, and the tokens of the whole dateline (the credit, the
    day and the dash are no entity). An all-caps line start names a place only when the gazetteer knows
    it or a region or credit follows ("INDEPENDENCE, Mo. _"), not "BREAKING —"."""
    text = doc_text(doc)
    dateline = find_dateline(text)
    if dateline is None:
        return [], set()
    written = text[dateline.place[0] : dateline.place[1]]
    if "/" in written:  # "GAZA/JERUSALEM": each place the gazetteer knows is a place of the report
        return _places_of_double_dateline(doc, gaz, dateline.place[0], written), _dateline_tokens(doc, dateline)
    place = place_named(gaz, written)
    institution = gaz.institutions.get(title_case_place(written))
    if place is None and institution is None and dateline.region is None and dateline.agency is None:
        return [], set()
    whole = doc.char_span(dateline.start, dateline.end, alignment_mode="expand")
    if whole is None:
        return [], set()
    spans = []
    where = doc.char_span(*dateline.place, alignment_mode="expand")
    if where is not None:
        if institution is not None:  # "UNITED NATIONS (AP) _": the headquarters, named for its body
            name = institution.name.removeprefix("the ")
            spans.append(CandidateSpan(where.start, where.end, institution.type, f"org:{name}", name, rule="dateline"))
        else:
            spans.append(_place_span(where.start, where.end, place, written, "dateline"))
    if dateline.region is not None:
        region_text = text[dateline.region[0] : dateline.region[1]]
        region = doc.char_span(*dateline.region, alignment_mode="expand")
        state = state_abbreviations().get(region_text) or state_abbreviations().get(region_text.rstrip("."))
        found = place_named(gaz, state) if state else place_named(gaz, region_text)
        if region is not None and (found is not None or state is None):
            spans.append(_place_span(region.start, region.end, found, region_text, "dateline"))
    return spans, set(range(whole.start, whole.end))


def _places_of_double_dateline(doc: Doc, gaz: Gazetteer, start: int, written: str) -> list[CandidateSpan]:
    spans, at = [], start
    for part in written.split("/"):
        where = doc.char_span(at, at + len(part), alignment_mode="expand")
        place = place_named(gaz, part)
        if where is not None and place is not None:
            spans.append(_place_span(where.start, where.end, place, part, "dateline"))
        at += len(part) + 1
    return spans


def _dateline_tokens(doc: Doc, dateline) -> set[int]:
    whole = doc.char_span(dateline.start, dateline.end, alignment_mode="expand")
    return set(range(whole.start, whole.end)) if whole is not None else set()


def state_abbreviation_spans(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[CandidateSpan]:
    """ "Buffalo, N.Y.", "St. Albans, Vt.": an abbreviated US state after a place and a comma is that state.
    Postal codes without a full stop ("Portland, ME") need a place the gazetteer or the NER knows before
    the comma; abbreviations with one ("Mo.") a capitalised word."""
    toks = tokens(doc)
    abbreviations = state_abbreviations()
    gpe_tokens = {i for e in named_entities_labelled(doc, "GPE") for i in range(e.start, e.end)}
    ent_ending = {e.end - 1: e for e in named_entities(doc)}
    out = []
    for tok in toks:
        if tok.i < 2 or tok.i in taken or toks[tok.i - 1].text != ",":
            continue
        end = tok.i + 1
        written = tok.text
        if end < len(toks) and toks[end].text == "." and not tok.whitespace_ and written + "." in abbreviations:
            written, end = written + ".", end + 1
        state = abbreviations.get(written)
        if state is None or written == state:
            continue  # a full state name is the gazetteer's
        before = toks[tok.i - 2]
        if not before.text[:1].isupper() or not before.is_alpha and not before.text.endswith("."):
            continue
        postal = "." not in written
        if postal and before.i not in gpe_tokens and place_named(gaz, before.text) is None:
            continue
        place = place_named(gaz, state)
        if place is not None:
            span = _place_span(tok.i, end, place, written, "state abbreviation")
            span.aliases.append(written)
            out.append(span)
            town = ent_ending.get(tok.i - 2)
            if town is not None and town.label_ in {"NORP", "ORG", "PERSON", "FAC"} and town.start not in taken:
                # "St. Albans, Vt." tagged NORP: a name before a state is a place in it
                name = town.text
                out.append(CandidateSpan(town.start, town.end, "place", f"place:{name.lower()}", name, rule="state"))
    return out


def link_article_places(entities: list[Entity], gaz: Gazetteer) -> None:
    """Give each place entity its GeoNames feature, coordinates and country (`gazetteer.link_place`): a
    name that several places bear means the one in the countries the article names most ("Hamilton" in a
    story about Ontario). Sets the fields in place."""
    weight: Counter[str] = Counter()
    for ent in entities:
        if ent.type == "place" and ent.country:
            weight[ent.country] += len(ent.mentions)
    for ent in entities:
        if ent.type != "place":
            continue
        others = weight.copy()  # the article's countries, not counting the place's own reading
        if ent.country:
            others[ent.country] -= len(ent.mentions)
        context = [iso for iso, n in others.most_common() if n > 0]
        known = place_named(gaz, ent.name)
        if known is not None and known.kind == "country" or ent.country and gaz.country_name(ent.country) == ent.name:
            known = gaz.countries.get(ent.country or "") or known
        place = link_place(ent.name, context, known)
        if place is None or not place.geonames_id:
            continue
        ent.geonames_id, ent.latitude, ent.longitude = place.geonames_id, place.latitude, place.longitude
        ent.country = place.iso2


def deglued_place(name: str, gaz: Gazetteer) -> Place | None:
    """ "UnitedStates", "theCuban": a place or demonym whose words lost their spaces in the source text."""
    words = re.findall(r"[A-Z][a-z]+", name)
    if len(words) < 1 or not re.fullmatch(r"(?:the)?(?:[A-Z][a-z]+)+", name) or name == "".join(words[:1]):
        return None
    joined = " ".join(words)
    if joined in gaz.demonyms:
        return gaz.countries.get(gaz.demonyms[joined])
    return place_named(gaz, joined)


def without_place_noun(name: str) -> str:
    """A place's name without the lower-case place noun the NER took into it ("Khost province" -> Khost, "the Sambisa
    forest" -> Sambisa; data/type_cues.tsv place_noun_after), as the place names itself."""
    words = name.split()
    if len(words) > 1 and words[-1].islower() and words[-1] in type_cue_words()["place_noun_after"]:
        words = words[:-1]
        if words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        return " ".join(words)
    return name
