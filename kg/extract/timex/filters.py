"""The parse's veto: matches that read as dates but are not ("Prices may rise", "Jan Kavan", "$1999").

`is_temporal(candidate, doc, text)` takes a detected `Candidate`, the parsed article and its text, and
returns False when capitalisation, the parse or the words around the match say it is no temporal
expression. Each `_rejects_*` check below is one such reason; they run in order, the first that
rejects decides.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from kg.extract.timex.detection import Candidate
from kg.extract.timex.lexicon import ABBREVIATED_MONTHS, LEXICON, MONTHS, NON_TEMPORAL_AFTER_YEAR
from kg.extract.timex.patterns import FOLLOWING_DAY

if TYPE_CHECKING:
    from spacy.tokens import Doc

# the first token of these kinds must be capitalised (month and weekday names), else "march", "may", "sun"
_NEEDS_CAPITAL_MONTH = {"month_day", "day_month", "month_year", "month", "month_relyear"}
_NUMBERED_THING = re.compile(
    r"\b(?:route|flight|no\.|number|room|model|resolution|article|chapter|section|page|code)\s+$"
)


def _rejects_lowercase_names(c: Candidate, doc: Doc, text: str, seg: str, g: dict[str, Any]) -> bool:
    """Month and holiday names are capitalised: "this march", "may day" are not dates."""
    if c.kind in _NEEDS_CAPITAL_MONTH or (c.kind in ("rel_unit", "set_every") and g.get("mon")):
        mon = g.get("mon") or g.get("u") or ""
        mpos = seg.lower().find(mon.lower()) if mon else -1
        if mpos >= 0 and not seg[mpos].isupper():
            return True
    if c.kind == "holiday" and not seg[c.m.start("hol") - c.start].isupper():
        return True
    if c.kind == "rel_unit" and g["u"].lower().rstrip(".") in MONTHS:
        upos = c.m.start("u") - c.start
        if not seg[upos].isupper():
            return True  # "this march"
    return False


def _rejects_month_as_name(c: Candidate, doc: Doc, text: str, seg: str, g: dict[str, Any]) -> bool:
    """A month's name that is a person's ("Jan Kavan") or part of a name ("the annual March for Life")."""
    rel_month = c.kind == "rel_unit" and g["u"].lower().rstrip(".") in MONTHS
    mon_group = "mon" if g.get("mon") else ("u" if rel_month else None)
    if not mon_group:
        return False
    mtok = doc.char_span(c.m.start(mon_group), c.m.end(mon_group), alignment_mode="expand")
    if c.kind in ("month", "rel_unit") and mtok is not None and len(mtok) and mtok[0].ent_type_ == "PERSON":
        return True  # "Jan Kavan"
    word = c.m.group(mon_group)
    name_follows = re.match(r"\s+[A-Z][a-z]", text[c.m.end(mon_group) :])
    if not word.endswith(".") and word.lower() in ABBREVIATED_MONTHS and name_follows:
        return True  # an unpunctuated abbreviation before a capitalised word is a name
    if c.kind == "month" and mtok is not None and len(mtok):
        head = mtok.root
        if any(ch.dep_ == "det" for ch in head.children) or re.search(
            r"\b(?:annual|yearly)\s+$", text[max(0, c.start - 10) : c.start]
        ):
            return True  # "the annual March for Life": a name, not the month
    return False


def _rejects_day_named_after(c: Candidate, doc: Doc, text: str, seg: str, g: dict[str, Any]) -> bool:
    """ "the day" and "the night" before the date that is the expression, or "the day" as a participant."""
    if c.kind == "the_unit" and g["u"].lower() == "day":
        if FOLLOWING_DAY.match(text, c.end):
            return True  # "during the day Friday": the day's name is the expression
        span = doc.char_span(c.m.start("the"), c.m.end("the"), alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return True  # "the day belonged to the Czechs": a participant, not a time
    if c.kind == "pod" and re.match(r"\s+of\s", text[c.end :]):
        return True  # "the night of Friday, Oct. 23": the date that follows is the expression
    return False


def _rejects_modal_may(c: Candidate, doc: Doc, text: str, seg: str, g: dict[str, Any]) -> bool:
    """ "may 3" where the parse reads "may" as the modal verb."""
    if c.kind == "month_day" and g["mon"].rstrip(".").lower() == "may":
        span = doc.char_span(c.start + seg.lower().find("may"), c.start + seg.lower().find("may") + 3)
        if span is not None and span[0].tag_ == "MD":
            return True
    return False


def _rejects_year_as_number(c: Candidate, doc: Doc, text: str, seg: str, g: dict[str, Any]) -> bool:
    """A four-digit number that counts things ("2000 people", "$1999", "Flight 1987"), not a year."""
    if c.kind != "year":
        return False
    after = text[c.end : c.end + 20].lower()
    nxt = re.match(r"\s+([a-z]+)", after)
    if nxt and nxt.group(1) in NON_TEMPORAL_AFTER_YEAR:
        return True
    before = text[max(0, c.start - 2) : c.start]
    if "$" in before or before.endswith("#") or re.search(r"[\d,.]\s?$", before):
        return True
    # "1,500": comma-formatted numbers never reach here; "No. 1999", "Flight 1987" are rare in news
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is not None and span.root.dep_ in ("nummod",) and span.root.head.tag_ == "NNS":
        return True
    prev = text[max(0, c.start - 12) : c.start].lower()
    return bool(_NUMBERED_THING.search(prev))


def _rejects_by_word_use(c: Candidate, doc: Doc, text: str, seg: str, g: dict[str, Any]) -> bool:
    """Words temporal in one use only: "current" as an adjective, "weekly" as an adverb; ages; "once"."""
    if c.kind in ("present_adj", "future_adj"):
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and span.root.pos_ not in ("ADJ", "ADV"):
            return True
    if c.kind == "set" and g["s"].lower() in LEXICON["adjective_only_sets"]:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and span.root.pos_ != "ADV":
            return True
    if c.kind in ("n_units", "n_unit_adj") and (
        seg.lower().endswith("-old") or re.match(r"\s+old\b", text[c.end : c.end + 5])
    ):
        return True  # ages are not temporal expressions in TimeML
    if c.kind == "past" and g["w"].lower() == "once":
        return True
    return c.kind == "future" and g["w"].lower() in ("later", "one day")


_REJECTIONS = (
    _rejects_lowercase_names,
    _rejects_month_as_name,
    _rejects_day_named_after,
    _rejects_modal_may,
    _rejects_year_as_number,
    _rejects_by_word_use,
)


def is_temporal(c: Candidate, doc: Doc, text: str) -> bool:
    """False when the parse or the words around it say the match is not a temporal expression."""
    seg = text[c.start : c.end]
    g = c.m.groupdict()
    return not any(reject(c, doc, text, seg, g) for reject in _REJECTIONS)
