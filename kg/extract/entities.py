"""Entities: NER corrected by a gazetteer, canonical names, titles, affiliations, in-article merging.

`find_entities(doc, article)` takes a parsed article and returns its entities (ids "e1", "e2", ... in
order of first mention) and an index from every mention token to its entity id.

Policy, in the order it is applied:

1. Gazetteer first. Country names, capitals, large cities, demonyms and institutions that speak for a
   government ("the Kremlin") are matched on the text; where spaCy's NER disagrees (it tags "Kyiv" as
   PERSON, "Ukrainian" as GPE), the gazetteer wins.
2. Headlines in Title Case are not trusted to the statistical NER: there, only gazetteer matches and
   names of people found in the body of the article ("Trump" in "Zelensky, Trump Vow ...") are kept.
   "Trump–Putin" is split on the dash into two people.
3. People: the title and affiliation words before a name ("Ukrainian President") become `titles` and
   `affiliation`; the canonical name is the longest full name in the article with the same surname;
   a surname alone joins that full name when it is unique in the article (else the nearest preceding).
4. Nominal and pronoun references (`kg.extract.actors`): "the Ukrainian leader" joins the one person
   affiliated to Ukraine with a leader's title; "he"/"she" joins the person it refers to.
5. Demonyms are mentions of the country actor ("Russian drones" -> Russia), unless they are a person's
   affiliation. Plural demonyms used as nouns ("Russians") are groups.
6. Metonymy: capitals stay places ("Moscow" is a place entity, with `country` set). Events resolve a
   capital that fills an actor role (agent, recipient, participant) to its country actor; see
   `kg.extract.events.arguments.actor_for`.
7. Instruments of attack ("drones", "missiles") and named weapon systems ("Patriot missiles") are entities
   of type "weapon" named by their lemma or system; laws and treaties ("the Clean Air Act") of type "law".
   Neither is ever an actor (`kg.extract.kinds`).
8. Datelines ("MOSCOW —", "NAIROBI, Kenya (AP) _") are the report's place, their credit no entity
   (`kg.extract.places`); names the tokenizer split are rejoined first (`kg.extract.names`).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens.span import Span

from kg.extract.actors import body_pronoun_references, nominal_references, pronoun_references
from kg.extract.appositive_countries import appositive_country
from kg.extract.bodies import (
    groups_named_by_members,
    names_before_descriptors,
    national_bodies_at,
    place_named_bodies,
    plural_group_names,
)
from kg.extract.described_bodies import described_body_references
from kg.extract.entity_records import EntityIndex, spans_to_entities
from kg.extract.gazetteer import Gazetteer, gazetteer
from kg.extract.kinds import (
    administrations,
    head_type,
    named_body,
    named_weapons,
    not_names,
    type_by_head,
    unlabelled_organisations,
)
from kg.extract.names import both_named_apart, glossed_names, people_after_titles, title_complement, whole_names
from kg.extract.org_names import without_kind_noun, without_legal_form
from kg.extract.organizations import (
    bodies_in_countries,
    department_alias,
    department_full_name,
    embassy_spans,
    merge_organization_variants,
    party_spans,
    place_led_names,
)
from kg.extract.people import bare_surnames, families, first_names_of_people, surname, surnames_of_people
from kg.extract.places import (
    dateline_spans,
    deglued_place,
    link_article_places,
    place_named,
    state_abbreviation_spans,
    without_place_noun,
)
from kg.extract.reported_subjects import reported_self_references
from kg.extract.resolve import (
    STRONG_CUE,
    is_acronym_of,
    is_defined_acronym,
    long_form,
    strongest_type,
    type_votes,
)
from kg.extract.short_names import first_words_of_organisations
from kg.extract.spans import CandidateSpan as _Span
from kg.extract.unnamed_speakers import armed_group_references, family_references, unnamed_speaker_references
from kg.extract.winners import winner_references
from kg.facts import Article, Entity
from kg.nlp import (
    doc_text,
    named_entities,
    sent_of,
    sentences,
    span_text,
    span_tokens,
    token_span_chars,
    tokens,
    unpunctuated,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NER_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "LAW": "law",
}
COUNTRY_BODIES = {("government",), ("authorities",)}  # a demonym before these names the country itself
DASHES = {"-", "–", "—"}
SEPARATORS = DASHES | {"/"}  # "New York Times/CBS News": two names
NAME_PREFIXES = {"anti", "pro", "trans", "ex", "post", "pre", "non", "pan"}  # "anti-Castro": no name
_MAX_PHRASE = 5  # longest gazetteer phrase, in tokens


def is_title_case_line(sent: Span) -> bool:
    """A headline or section title: short, no final full stop, most longer words capitalised."""
    if len(sent) > 25 or not unpunctuated(sent):  # first: a body sentence fails, its words unread
        return False
    words = [t for t in span_tokens(sent) if t.is_alpha and len(t) > 3]  # none: False below (len < 2)
    return sum(t.text[0].isupper() for t in words) >= 0.75 * len(words) and len(words) >= 2


def _gazetteer_spans(doc: Doc, gaz: Gazetteer, headlines: set[int], extra_people: list[Span]) -> list[_Span]:
    """Longest-first matches of places, demonyms, institutions and instruments.

    Outside headlines a match inside a longer name the NER found ("Vladimir" in "Vladimir Putin",
    "Russian" in "Russian Defence Ministry") yields to that name.
    """
    inside_name: dict[int, int] = {}  # token -> length of the longer name it is part of
    inside_org: dict[int, int] = {}  # the same for organisation names ("U.S. National Security Council")
    toks, full = tokens(doc), doc_text(doc)  # `ent[0]` would make a new spaCy Token
    for ent in [*named_entities(doc), *extra_people]:
        named = ent.label_ in {"PERSON", "ORG", "FAC", "LAW"} and len(ent) > 1
        if named and sent_of(toks[ent.start]).start not in headlines:
            # "the White House" is no longer name than "White House", nor "Burkina Faso's" than "Burkina Faso"
            words = len(ent) - (toks[ent.start].lower_ == "the") - (toks[ent.end - 1].tag_ == "POS")
            inside_name.update((i, words) for i in range(ent.start, ent.end))
            if ent.label_ == "ORG":
                inside_org.update((i, words) for i in range(ent.start, ent.end))
        elif ent.label_ == "GPE" and len(ent) > 1 and head_type([t.text for t in span_tokens(ent)]) == "place":
            inside_name.update((i, len(ent)) for i in range(ent.start, ent.end))  # "Miami-Dade County"
    spans: list[_Span] = []
    starts = _phrase_starts(gaz)
    names, instrument_firsts = _phrase_names(gaz)
    i, n = 0, len(doc)
    while i < n:
        first = toks[i]
        if first.text not in starts and first.lemma_lower not in starts:
            i += 1
            continue
        found = None
        first_lemma = first.lemma_lower
        # the lemmas of an instrument's name ("rocket launcher") begin with its first word
        instrument = first_lemma in instrument_firsts or " " in first_lemma
        for length in range(min(_MAX_PHRASE, n - i), 0, -1):
            last = toks[i + length - 1]
            text = full[first.idx : last.idx + len(last)]
            if length == 1 and not text[:1].isupper() and first.lemma_.lower() not in gaz.instruments:
                break
            if text not in names and not (instrument and length <= 3):
                continue  # `_match_phrase` finds nothing: no place, demonym, institution or instrument
            found = _match_phrase(toks[i : i + length], i, text, gaz)
            if found and length == 1 and found.type == "place" and first.pos_ in {"VERB", "AUX"}:
                found = None  # "Reading from the documents, ..." is no visit to Reading
            if found and found.type not in {"organization", "weapon"} and inside_name.get(i, 0) > length:
                found = None
            elif found and found.type == "organization" and inside_org.get(i, 0) > length:
                found = None  # "Security Council" inside "U.S. National Security Council"
            if found:
                break
        if found:
            spans.append(found)
            i = found.end
        else:
            i += 1
    return spans


@lru_cache(maxsize=1)
def _phrase_starts(gaz: Gazetteer) -> frozenset[str]:
    """First words of every gazetteer phrase: tokens that cannot start one are skipped cheaply."""
    names = [*gaz.places, *gaz.demonyms, *gaz.institutions]
    firsts = {name.split()[0] for name in names if name}
    firsts |= {name.split("-")[0] for name in names if "-" in name}
    firsts |= {name.split()[0] for name in gaz.instruments}
    return frozenset(firsts)


@lru_cache(maxsize=1)
def _country_names(gaz: Gazetteer) -> frozenset[str]:
    return frozenset(c.name for c in gaz.countries.values())


@lru_cache(maxsize=1)
def _phrase_names(gaz: Gazetteer) -> tuple[frozenset[str], frozenset[str]]:
    """Every name `_match_phrase` looks a text up by (places, demonyms, institutions), and the first words of the
    instruments' lemmas."""
    names = frozenset([*gaz.places, *gaz.demonyms, *gaz.institutions])
    return names, frozenset(lemma.split(" ")[0] for lemma in gaz.instruments)


def _match_phrase(span: list[Token], start: int, text: str, gaz: Gazetteer) -> _Span | None:
    """The gazetteer entry the tokens `span` (from token `start` on, reading `text`) name, if any."""
    end = start + len(span)
    if text in gaz.institutions:
        inst = gaz.institutions[text]
        name = _org_key(inst.name)  # "the Kremlin" -> "Kremlin": one name with or without the article
        return _Span(start, end, inst.type, f"org:{name}", name, country=inst.acts_for, affiliation=inst.affiliation)
    place = gaz.places.get(text)
    if place is not None:
        if place.kind == "country":
            return _Span(start, end, "place", f"place:{place.iso2}", place.name, country=place.iso2)
        return _Span(start, end, "place", f"place:{place.name}|{place.iso2}", place.name, country=place.iso2)
    iso2 = gaz.demonyms.get(text)
    if iso2 is not None:
        country = gaz.countries[iso2]
        last = span[-1]
        if text.endswith("s") and last.tag_ in {"NNS", "NNPS"} and last.dep_ not in {"amod", "compound"}:
            return _Span(start, end, "group", f"group:{text}", text, country=iso2, affiliation=country.name)
        return _Span(start, end, "place", f"place:{iso2}", country.name, country=iso2, alias_of_country=True)
    if len(span) <= 3:
        lemma = " ".join(t.lemma_.lower() for t in span)
        if lemma in gaz.instruments and span[-1].pos_ in {"NOUN", "PROPN"}:
            name = gaz.instruments[lemma]
            return _Span(start, end, "weapon", f"weapon:{name}", name)
    return None


def demonym_stems(word: str) -> list[str]:
    """Country names an English demonym can derive from: Velorian -> Veloria, Kenyan -> Kenya,
    Italian -> Italy, Sudanese -> Sudan, Israeli -> Israel."""
    stems = []
    if word.endswith("ian"):
        stems += [word[:-1], word[:-3] + "y", word[:-3] + "ia", word[:-3]]
    elif word.endswith("an"):
        stems += [word[:-1], word[:-2] + "a", word[:-2]]
    elif word.endswith("ese"):
        stems += [word[:-3], word[:-3] + "a"]
    elif word.endswith("i"):
        stems += [word[:-1]]
    return [s for s in stems if len(s) > 2]


def _derived_demonyms(doc: Doc, gaz: Gazetteer, spans: list[_Span]) -> list[_Span]:
    """Demonyms the gazetteer lacks, read off a place name in the same article: "Velorian" is a mention
    of Veloria when the article names Veloria (the country actor, as gazetteer demonyms are)."""
    names = {t.text for t in tokens(doc) if t.is_alpha and t.initial_upper and t.pos_ == "PROPN"}
    taken = {i for s in spans for i in range(s.start, s.end)}
    # "the Kastrenian Defence Ministry": a demonym inside an organisation's name stays part of it
    taken |= {
        i for e in named_entities(doc) if e.label_ in {"ORG", "FAC"} and len(e) > 1 for i in range(e.start, e.end)
    }
    out = []
    for tok in tokens(doc):
        word = tok.text
        if tok.i in taken or not tok.is_alpha or not tok.initial_upper or word in gaz.demonyms:
            continue
        plural = word.endswith("s") and tok.tag_ in {"NNS", "NNPS"} and tok.dep_ not in {"amod", "compound"}
        base = word[:-1] if plural else word
        country = next((s for s in demonym_stems(base) if s in names and s != base), None)
        if country is None:
            continue
        if plural:
            out.append(_Span(tok.i, tok.i + 1, "group", f"group:{word}", word, affiliation=country))
        else:
            out.append(_Span(tok.i, tok.i + 1, "place", f"place:{country.lower()}", country, alias_of_country=True))
    return out


def _national_bodies(doc: Doc, gaz: Gazetteer, spans: list[_Span]) -> None:
    """ "Velorian air force officials": a demonym before a lower-case national body is that country's
    organisation ("Velorian air force", affiliated with Veloria), not the country alone nor "air force".
    So is a country's possessive: "Veloria's air force said" is the Velorian air force speaking."""
    toks = tokens(doc)
    possessors = []  # "Germany's foreign minister": Germany is named too
    for k, s in enumerate(spans):
        country_name = s.country is not None and gaz.country_name(s.country) == s.name  # "the Cyprus government"
        if not (
            s.type == "place"
            and s.end - s.start == 1
            and (s.alias_of_country or toks[s.start].text in gaz.demonyms or country_name)
        ):
            continue
        if not toks[s.start].text[:1].isupper() or toks[s.start].tag_ in {"NNS", "NNPS"}:
            continue
        at = s.start + 1
        possessive = country_name and at < len(toks) and toks[at].tag_ == "POS"
        at += possessive
        for phrase, end in national_bodies_at(toks, at):
            if phrase in COUNTRY_BODIES:
                s.end = end
                break
            body = " ".join(phrase)
            written = span_text(doc[s.start : end])
            name = written if written.lower().endswith(body) else f"{toks[s.start].text} {body}"  # a minister
            demonym = gaz.demonyms.get(toks[s.start].text)
            country = gaz.country_name(demonym) if demonym and not s.alias_of_country else None
            country = country or s.name  # "Velorian air force" -> Veloria; "the Cyprus police" -> Cyprus
            aliases = []
            if possessive and (adjective := gaz.demonym(s.country or "")):  # "Kenya's police" is the
                name, aliases = f"{adjective} {body}", [written]  # Kenyan police
            spans[k] = _Span(
                s.start, end, "organization", f"organization:{country.lower()} {body}", name, affiliation=country
            )
            spans[k].aliases.extend(aliases)
            if name.lower() != f"{country} {body}".lower():
                spans[k].aliases.append(f"{country} {body}")  # "Kenyan police" is also "Kenya police"
            if possessive:
                possessors.append(s)
            break
    spans.extend(possessors)


def _type_named_countries(spans: list[_Span]) -> None:
    """A name with a demonym in the article is a country, whatever the NER said ("Veloria" as PERSON)."""
    countries = {s.name for s in spans if s.alias_of_country and s.key.startswith("place:") and s.country is None}
    for s in spans:
        if s.name in countries and not s.alias_of_country:
            s.type, s.key = "place", f"place:{s.name.lower()}"


def unlabelled_person_names(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """Names of people the NER labels as something else or nothing ("Sofia Aebli, the head of ..."
    tagged WORK_OF_ART): two or three capitalised proper nouns in apposition with a title noun or
    after a title. Returned as spans labelled PERSON."""
    out = []
    for ent in named_entities(doc):
        if ent.label_ in NER_TYPES or ent.label_ in {
            "DATE",
            "TIME",
            "CARDINAL",
            "ORDINAL",
            "MONEY",
            "PERCENT",
            "QUANTITY",
        }:
            continue
        if not 2 <= len(ent) <= 3 or not all(
            t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in span_tokens(ent)
        ):
            continue
        head = ent.root
        titled_after = any(c.dep_ == "appos" and c.lower_ in gaz.titles and c.pos_ == "NOUN" for c in head.children)
        titled_before = ent.start > 0 and tokens(doc)[ent.start - 1].lower_ in gaz.titles
        if titled_after or titled_before:
            out.append(Span(doc, ent.start, ent.end, label="PERSON"))
    return out


def _overlaps(a: _Span | Span, start: int, end: int) -> bool:
    return a.start < end and start < a.end


def _overlaps_taken(start: int, end: int, taken: list[_Span], taken_at: set[int], empty_taken: list[_Span]) -> bool:
    """`any(_overlaps(s, start, end) for s in taken)`, read off the tokens `taken` covers (`taken_at`)."""
    if start >= end:
        return any(_overlaps(s, start, end) for s in taken)
    return any(i in taken_at for i in range(start, end)) or any(_overlaps(s, start, end) for s in empty_taken)


def _body_person_tokens(doc: Doc, headlines: set[int]) -> set[str]:
    """Name tokens of people the NER finds outside headlines: the evidence headlines are checked against."""
    out: set[str] = set()
    titles = gazetteer().titles
    for ent in named_entities(doc):
        titled = (
            ent.label_ in {"ORG", "GPE"}
            and ent.start > 0
            and tokens(doc)[ent.start - 1].lower_ in titles
            and all(t.pos_ == "PROPN" for t in span_tokens(ent))
            and len(ent) > 1
        )  # "Chancellor Olaf Scholz" tagged ORG
        in_body = sent_of(ent[0]).start not in headlines
        if (ent.label_ == "PERSON" or titled) and in_body and span_text(ent) not in not_names():
            out.update(t.text for t in span_tokens(ent) if t.text[:1].isupper() and t.text not in DASHES)
    return out


def _ner_spans(doc: Doc, gaz: Gazetteer, taken: list[_Span], headlines: set[int], extra: list[Span]) -> list[_Span]:
    """spaCy's entities, corrected: split on dashes, trusted in headlines only for known people."""
    people = _body_person_tokens(doc, headlines)
    people.update(t.text for ent in extra if sent_of(ent[0]).start not in headlines for t in span_tokens(ent))
    spans: list[_Span] = []
    # the tokens `taken` covers, and those of its demonyms and country names: one set lookup per piece, not a scan
    # of every taken span (a span of no token is tested as before)
    taken_at = {i for s in taken for i in range(s.start, s.end)}
    country_alias_at = {i for s in taken if s.alias_of_country for i in range(s.start, s.end)}
    empty_taken = [s for s in taken if s.start >= s.end]
    for ent in [*named_entities(doc), *extra]:
        label = NER_TYPES.get(ent.label_)
        if label is None:
            continue
        in_headline = sent_of(ent[0]).start in headlines
        pieces = _split_on_dashes(ent)
        for raw_piece in pieces:
            piece = _strip_edges(raw_piece, gaz)
            if piece is None or all(t.lower_ in STOP_WORDS for t in span_tokens(piece) if t.is_alpha):
                continue  # "Veloria - At least 12 people" tagged PERSON: a function word names nothing
            # "Velorian President Mirela Vascan": a leading demonym is the person's affiliation, not the name
            while piece is not None and piece.start in country_alias_at:
                piece = _strip_edges(doc[piece.start + 1 : piece.end], gaz) if len(piece) > 1 else None
            if piece is None or _overlaps_taken(piece.start, piece.end, taken, taken_at, empty_taken):
                continue
            if label == "organization" and title_complement(piece, gaz):
                continue  # "Secretary of State": the title's complement names no organisation
            if all(t.text in people for t in span_tokens(piece) if t.is_alpha):
                kind = "person"
            elif in_headline or label == "group":
                continue  # Title Case confuses the NER; NORP that is not a demonym is not an actor
            else:
                kind = NER_TYPES.get(piece.label_, label)  # a piece may be relabelled by _strip_edges
            spans.append(_Span(piece.start, piece.end, kind, "", span_text(piece)))
    # Surnames the NER missed or mislabelled outside entities ("According to Trump" tagged ORG is covered
    # above; a bare "Trump" in a headline with no entity at all is found here).
    covered = {i for s in [*taken, *spans] for i in range(s.start, s.end)}
    for tok in tokens(doc):
        if (
            tok.i not in covered
            and tok.text in people
            and tok.pos_ == "PROPN"
            and tok.text[:1].isupper()
            and tok.lower_ not in STOP_WORDS
        ):
            spans.append(_Span(tok.i, tok.i + 1, "person", "", tok.text))
    return spans


def _split_on_dashes(ent: Span) -> list[Span]:
    """"Trump–Putin", "Macron - Scholz": names joined by a dash are two. A hyphen inside a word
    ("al-Ansari", "Pro-Life Virginia", "Hewlett-Packard") splits only names the article also uses on
    their own ("Trump-Putin" where Trump and Putin are named apart)."""
    doc = ent.doc
    pieces, start = [], ent.start  # each piece's tokens [start, end): one Span made per piece
    for tok in span_tokens(ent):
        if tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_:
            if not both_named_apart(doc, ent, tok.i):
                continue
        if tok.text in SEPARATORS or (len(tok.text) > 1 and tok.text[-1] in DASHES):
            if tok.i > start:
                pieces.append((start, tok.i))
            start = tok.i + 1
    if start < ent.end:
        pieces.append((start, ent.end))
    label = ent.label_
    return [Span(doc, start, end, label=label) for start, end in pieces]


def _no_word(tok) -> bool:
    """Punctuation, a symbol ("|", "•") or a space: a token no name begins or ends with."""
    return tok.is_punct or tok.is_space or not any(c.isalnum() for c in tok.text)


def _strip_edges(span: Span, gaz: Gazetteer) -> Span | None:
    """Drop leading "the", titles and trailing possessives and prepositions from an entity span."""
    doc = span.doc
    toks = tokens(doc)
    start, end = span.start, span.end
    while start < end and (
        toks[start].lower_ in {"the", "a", "an"}
        or toks[start].lower_ in gaz.titles
        and toks[start].ent_type_ == "PERSON"
        and end - start > 1
    ):
        start += 1
    opened = next((i for i in range(start, end) if toks[i].text == "("), None)
    if opened is not None and not any(toks[i].text == ")" for i in range(opened, end)):
        end = opened  # "Federal Bureau of Investigation (FBI": the acronym in parentheses is a mention of its own
    while end > start and (
        toks[end - 1].tag_ == "POS"
        or _no_word(toks[end - 1])
        or toks[end - 1].is_lower
        and toks[end - 1].tag_ in {"IN", "TO"}
    ):
        end -= 1  # "Vastkust Linjer to": a name never ends with a preposition
    while start < end and _no_word(toks[start]) and toks[start].text != "(":
        start += 1  # a table's "|" or a bullet before a name is not part of it
    if end > start and all(t.is_lower or not t.is_alpha for t in toks[start:end]):
        return None  # "air force" tagged PERSON, "congress" ORG: a name has a capital
    if end > start and doc_text(doc)[toks[start].idx : toks[end - 1].idx + len(toks[end - 1])] in not_names():
        return None  # "GMT", "Swahili"
    # "anti-Castro", "trans-Atlantic": an adjective made from a name is no mention of it
    if end - start == 3 and toks[start].lower_ in NAME_PREFIXES and toks[start + 1].text == "-":
        if span.label_ != "ORG":
            return None
    # "U.S. Ambassador to Kenya Prudence Bushnell" tagged as one name: the place ends the title
    if start > 0 and toks[start - 1].lower_ == "to" and end - start >= 3 and toks[start].text in gaz.places:
        return Span(doc, start + 1, end, label="PERSON")
    return Span(doc, start, end) if end > start else None  # `doc[start:end]` without its slice normalised in Python


def _title_prefix(
    doc: Doc, start: int, gaz: Gazetteer, spans_by_token: dict[int, _Span]
) -> tuple[int, list[str], str | None]:
    """Title words and an affiliation before a person's name: (first token, titles, affiliation)."""
    i = start - 1
    words: list[Token] = []
    affiliation = None
    first = start
    while i >= 0:
        tok = tokens(doc)[i]
        # "Secretary-General": a hyphen joins two title words into one title
        hyphen = tok.text == "-" and bool(words) and i > 0 and tokens(doc)[i - 1].lower_ in gaz.titles
        if tok.lower_ in gaz.titles and tok.lower_ != "state" or (tok.lower_ == "state" and words) or hyphen:
            words.insert(0, tok)
            first = i
            i -= 1
            continue
        other = spans_by_token.get(i)
        if other is not None and other.type in {"place", "organization"} and words:
            affiliation = (
                other.name if other.type == "organization" or not other.country else gaz.country_name(other.country)
            )
            first = other.start
            break
        break
    titles = []
    if words:
        title = "".join(t.text_with_ws for t in words).strip()
        titles.append(title)
    return first, titles, affiliation


def _person_clusters(spans: list[_Span]) -> None:
    """Give each person span its canonical key: the longest full name sharing its surname."""
    full = [s for s in spans if s.type == "person" and " " in s.name and s.rule != "relative"]
    # "Juan Miguel" where the article names "Juan Miguel Gonzalez": the one longer name it begins
    names = {s.name for s in full}
    for s in full:
        longer = {n for n in names if n.startswith(s.name + " ")}
        if len(longer) == 1:
            s.name = next(iter(longer))
    by_surname: dict[str, list[_Span]] = {}
    for s in full:
        if key := surname(s.name):
            by_surname.setdefault(key, []).append(s)
    canonical: dict[str, str] = {}
    for family, group in by_surname.items():
        names = {s.name for s in group}
        # "Volodymyr Zelensky" and "Zelensky" are one person; two full names sharing a surname are two
        if len(names) == 1:
            canonical[family] = group[0].name
    for s in spans:
        if s.type != "person":
            continue
        if " " in s.name:
            s.key = f"person:{s.name}"
            continue
        own = surname(s.name)
        if own and own in canonical:
            s.name = canonical[own]
        else:
            before = [f for f in full if own and surname(f.name) == own and f.start < s.start]
            if before:
                s.name = before[-1].name
        s.key = f"person:{s.name}"


def _appositive_titles(doc: Doc, gaz: Gazetteer, spans: list[_Span]) -> None:
    """'the regional governor, Radomir Brandt' and 'Helena Marchetti, the UN envoy': the role noun in
    apposition is a title of the person; a country qualifying it ("his Cambodian counterpart, Sok Vanna") the
    person's affiliation."""
    countries = {i: c.country for c in spans if c.type == "place" and c.country for i in range(c.start, c.end)}
    for s in spans:
        if s.type != "person":
            continue
        head = tokens(doc)[s.end - 1]
        nouns = [head.head] if head.dep_ == "appos" and head.head.i < s.start else []
        nouns += [c for c in head.children if c.dep_ == "appos" and c.i >= s.end]
        for noun in nouns:
            if s.affiliation is None:
                s.affiliation = appositive_country(noun, countries, gaz)
            if noun.lower_ in gaz.titles and noun.pos_ == "NOUN":
                mods = [c.text for c in noun.children if c.dep_ in {"amod", "compound"} and c.lower_ in gaz.titles]
                title = " ".join([*mods, noun.text])
                if title not in s.titles:
                    s.titles.append(title)


def _reconcile_name_types(doc: Doc, spans: list[_Span]) -> None:
    """One name, one type in an article: the NER's mentions of a name it types inconsistently ("Sarnovo"
    as GPE and ORG, "Dravenna" as PERSON) all take the type with the strongest evidence: a context cue
    ("in X", "the city of X", a dateline, "X's mayor", a title before a person; see `type_votes`), being a
    word of a full person name in the article, then the majority of the NER labels. Gazetteer matches
    already have their type and are left alone."""
    groups: dict[str, list[_Span]] = {}
    person_words: set[str] = set()
    for s in spans:
        if s.type == "person" and " " in s.name:
            person_words.update(s.name.split())
        if not s.key and s.type in {"person", "organization", "place"}:
            groups.setdefault(_org_key(s.name), []).append(s)
    places = {s.name for s in spans if s.type == "place"}
    text = doc_text(doc)
    for name, group in groups.items():
        votes: Counter[str] = Counter()
        for s in group:
            start_char, end_char = token_span_chars(doc, s.start, s.end)  # no Span made per mention
            votes += type_votes(text, start_char, end_char, places, s.type)
        if " " not in name and name in person_words:
            votes["person"] += STRONG_CUE
        best = strongest_type(votes, {s.type for s in group})
        for s in group:
            if best is not None and s.type != best:
                s.type = best
                s.name = _org_key(s.name) if best == "organization" else name


def _merge_short_forms(doc: Doc, spans: list[_Span]) -> None:
    """An organisation's acronym or short name joins its long form: "International Committee of the Red
    Cross (ICRC)" defines ICRC, "UN" has the initials of "United Nations", and well-known short forms
    ("the Red Cross") come from data/org_short_forms.tsv. Without the long form in the article a well-known
    short form takes it as its name ("NATO" is the North Atlantic Treaty Organization, alias "NATO"); an
    acronym no data or text explains keeps its own."""
    toks = tokens(doc)
    orgs = [s for s in spans if s.type == "organization"]
    by_name = {s.name.lower(): s for s in orgs}
    for s in orgs:
        target = None
        # "Long Name (LN)": the parenthesis defines the acronym
        if s.start >= 2 and toks[s.start - 1].text == "(" and s.end < len(doc) and toks[s.end].text == ")":
            before = next((o for o in orgs if o.end == s.start - 1), None)
            if before is not None and (is_acronym_of(s.name, before.name) or is_defined_acronym(s.name, before.name)):
                target = before
        if target is None:
            target = next((o for o in orgs if o is not s and o.key != s.key and is_acronym_of(s.name, o.name)), None)
        known = long_form(s.name) if target is None else None
        if known is not None:
            target = by_name.get(known.lower())
        if target is not None and target.key != s.key:
            old = s.key
            for o in spans:
                if o.key == old:
                    o.key, o.name = target.key, target.name
        elif target is None and known is not None and s.key != f"organization:{known.lower()}":
            # "the FBI" with no long form in the article: the entity is named by its fullest form known
            old, short = s.key, s.name
            for o in spans:
                if o.key == old:
                    o.key, o.name = f"organization:{known.lower()}", known
                    if short not in o.aliases:
                        o.aliases.append(short)


def _within(span: _Span, token_set: set[int]) -> bool:
    return any(i in token_set for i in range(span.start, span.end))


_LEADING_THE = re.compile(r"^the\s+", re.I)


def _org_key(name: str) -> str:
    return _LEADING_THE.sub("", name).strip()


def find_entities(doc: Doc, article: Article) -> tuple[list[Entity], EntityIndex]:
    """The article's entities and a map from each mention token to its entity id."""
    gaz = gazetteer()
    doc.user_data["kg_ents"] = whole_names(doc)  # every rule below reads the names rejoined
    headlines = {s.start for s in sentences(doc) if is_title_case_line(s)}
    extra_people = unlabelled_person_names(doc, gaz)
    dateline, dateline_tokens = dateline_spans(doc, gaz)
    spans = [s for s in _gazetteer_spans(doc, gaz, headlines, extra_people) if not _within(s, dateline_tokens)]
    spans.extend(dateline)
    spans.extend(state_abbreviation_spans(doc, gaz, {i for s in spans for i in range(s.start, s.end)}))
    spans.extend(_derived_demonyms(doc, gaz, spans))
    _national_bodies(doc, gaz, spans)
    # the dateline's credit and day are no entity of the story ("(AP)", "(Xinhua)")
    spans.extend(s for s in _ner_spans(doc, gaz, spans, headlines, extra_people) if not _within(s, dateline_tokens))
    spans.extend(people_after_titles(doc, gaz, spans))
    type_by_head(spans, doc)
    place_named_bodies(doc, gaz, spans)
    spans.extend(groups_named_by_members(doc, spans))
    administrations(doc, spans)
    spans.extend(named_weapons(doc, gaz, spans))
    spans = names_before_descriptors(doc, spans)
    spans.extend(unlabelled_organisations(doc, spans, headlines))
    spans.extend(party_spans(doc, gaz, spans))
    spans.extend(bodies_in_countries(doc, gaz, spans))
    _type_named_countries(spans)
    place_led_names(doc, spans)
    spans.sort(key=lambda s: s.start)
    spans.extend(embassy_spans(doc, gaz, spans))
    spans.sort(key=lambda s: s.start)
    first_names_of_people(doc, spans)
    surnames_of_people(doc, gaz, spans)
    _reconcile_name_types(doc, spans)
    spans.extend(bare_surnames(doc, spans))
    families(doc, spans)
    spans.sort(key=lambda s: s.start)
    by_token = {i: s for s in spans for i in range(s.start, s.end)}

    affiliation_tokens: set[int] = set()
    for s in spans:
        if s.type == "person":
            first, titles, affiliation = _title_prefix(doc, s.start, gaz, by_token)
            s.titles, s.affiliation = titles, affiliation
            affiliation_tokens.update(i for i in range(first, s.start) if i in by_token)
        elif s.type in {"organization", "place"} and not s.key:
            text = s.name
            place = place_named(gaz, text) or place_named(gaz, text.replace("-", " "))  # "Dar-es-Salaam"
            state = place_named(gaz, text.removesuffix(" State")) if text.endswith(" State") else None
            glued = deglued_place(text, gaz)
            if place is None and (state is not None and state.kind == "state" or glued is not None):
                place = state or glued  # "New York State", "UnitedStates" (a missing space)
                s.type = "place"
            if s.type == "place" and place is not None and place.kind == "country":
                s.key, s.name, s.country = f"place:{place.iso2}", place.name, place.iso2
            elif s.type == "place" and place is not None:
                s.key, s.name, s.country = f"place:{place.name}|{place.iso2}", place.name, place.iso2
            else:
                s.name = _org_key(text) if s.type == "organization" else text
                alias = department_alias(s.name) if s.type == "organization" else None
                full = department_full_name(s.name) if alias else None
                if full:  # "Justice Department": named "Department of Justice", as the department names itself
                    s.name, alias = full, s.name
                s.key = f"{s.type}:{s.name.lower()}"
                if alias:
                    s.aliases.append(alias)
    # a demonym or country that only qualifies a person's title is that person's affiliation, not a mention
    # ("U.S. National Security Council spokesman": the council stays an organisation of its own)
    spans = [s for s in spans if not (s.start in affiliation_tokens and not named_body(s))]
    glossed_names(doc, spans)
    plural_group_names(doc, spans)
    _merge_short_forms(doc, spans)
    merge_organization_variants(spans)
    first_words_of_organisations(doc, spans)
    _appositive_titles(doc, gaz, spans)
    _person_clusters(spans)
    # the person's titles and affiliation are shared by the cluster
    info: dict[str, tuple[list[str], str | None]] = {}
    for s in spans:
        if s.type == "person":
            titles, aff = info.get(s.key, ([], None))
            titles = titles + [t for t in s.titles if t not in titles]
            info[s.key] = (titles, aff or s.affiliation)
    for s in spans:
        if s.type == "person":
            s.titles, s.affiliation = info[s.key]
    taken = {i for s in spans for i in range(s.start, s.end)}
    described = unnamed_speaker_references(doc, gaz, spans, taken)
    described += armed_group_references(doc, spans, taken)
    described += described_body_references(doc, gaz, spans, taken | {r.start for r in described})
    described += winner_references(doc, spans, taken | {r.start for r in described})  # "congratulated the winner"
    taken.update(r.start for r in described)
    for r in described:
        spans.append(_Span(r.start, r.end, r.type, r.key, r.name))
        spans[-1].aliases.extend(r.aliases)  # "Belgian police" is also "Belgium police"
    spans.extend(_Span(r.start, r.end, r.type, r.key, r.name) for r in nominal_references(doc, gaz, spans, taken))
    spans.extend(_Span(r.start, r.end, r.type, r.key, r.name) for r in pronoun_references(doc, spans))
    spans.extend(_Span(r.start, r.end, r.type, r.key, r.name) for r in family_references(doc, spans))
    countries = _country_names(gaz)
    spans.extend(_Span(r.start, r.end, r.type, r.key, r.name) for r in body_pronoun_references(doc, spans, countries))
    spans.extend(_Span(r.start, r.end, r.type, r.key, r.name) for r in reported_self_references(doc, spans, countries))
    spans.sort(key=lambda s: (s.start, s.end))
    entities, index = spans_to_entities(doc, spans)
    for ent in entities:
        if ent.type == "organization":
            shown = without_kind_noun(without_legal_form(ent.name))  # "the ZANU-PF party" is ZANU-PF
        else:
            shown = without_place_noun(ent.name)
        if shown != ent.name:  # "Microsoft Corp" is Microsoft; the full form stays an alias
            ent.aliases = [a for a in [ent.name, *ent.aliases] if a != shown]  # "Khost province" is Khost
            ent.name = shown
    link_article_places(entities, gaz)
    return entities, index
