"""An organisation's first word alone names it: "Kestrel Red Metals ... Kestrel's board said": Kestrel is the
company the article named in full, not a second organisation (nor a place, as the NER may type a bare company
word). Only a one-word name that begins exactly one longer organisation name of the article, and that names no
known place (the gazetteer's "Kenya" stays Kenya beside "Kenya Airways"); a person is left alone ("Trump" beside
"Trump Organization" is the man), unless the word is no word of a person's full name ("Fjord Beverages ... Fjord
will pay": the NER's person is the company). Likewise a name of two or more words that begins exactly one longer
organisation name ("Siam Kraft Steel ... Siam Kraft disclosed", whatever the NER typed it), unless it is a person's
name before an eponymous head ("Nelson Mandela" beside "the Nelson Mandela Foundation", data/eponymous_heads.txt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.names import word_list
from kg.extract.spans import CandidateSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc


EPONYMOUS_HEADS = word_list("eponymous_heads.txt")  # heads of names given after a person


def first_words_of_organisations(doc: Doc, spans: list[CandidateSpan]) -> None:
    """Give each one-word organisation or unknown place that begins exactly one longer organisation name the key,
    name and type of that organisation, in place. A word modifying a common noun is left alone ("the Gulf
    states" are no Gulf Cooperation Council)."""
    longer: dict[str, set[tuple[str, str]]] = {}
    for s in spans:
        words = s.name.split()
        if s.type == "organization" and len(words) > 1 and words[0][:1].isupper():
            longer.setdefault(words[0], set()).add((s.key, s.name))
    if not longer:
        return
    _leading_words_of_organisations(spans)
    people_words = {w for s in spans if s.type == "person" and " " in s.name for w in s.name.split()}
    for s in spans:
        if s.end - s.start != 1 or " " in s.name or s.alias_of_country or s.country is not None:
            continue
        lone_word = s.type == "person" and s.name not in people_words  # no one's name: "Fjord will pay"
        if s.type not in {"organization", "place"} and not lone_word or s.rule in {"embassy", "party", "body", "group"}:
            continue
        tok = doc[s.start]
        if tok.dep_ in {"compound", "amod"} and tok.head.i > tok.i and tok.head.is_lower:
            continue
        found = longer.get(s.name, set())
        if len(found) == 1:
            key, name = next(iter(found))
            s.type, s.key, s.name = "organization", key, name


def _leading_words_of_organisations(spans: list[CandidateSpan]) -> None:
    """A name of two or more words that begins exactly one longer organisation name of the article is that
    organisation ("Siam Kraft" after "Siam Kraft Steel"); a name before an eponymous head is left alone."""
    longer: dict[str, set[tuple[str, str, str]]] = {}
    for s in spans:
        words = s.name.split()
        if s.type == "organization" and len(words) > 2 and words[0][:1].isupper():
            for k in range(2, len(words)):
                longer.setdefault(" ".join(words[:k]), set()).add((s.key, s.name, words[k]))
    for s in spans:
        if s.type not in {"organization", "person", "place"} or s.alias_of_country or s.country is not None:
            continue
        if s.rule in {"embassy", "party", "body", "group"}:
            continue
        found = longer.get(s.name, set())
        if len({key for key, _, _ in found}) != 1:
            continue
        key, name, next_word = next(iter(found))
        if next_word in EPONYMOUS_HEADS:  # "Thabo Nkosi" beside "the Thabo Nkosi Foundation", whatever its type
            continue
        s.type, s.key, s.name = "organization", key, name
