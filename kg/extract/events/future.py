"""Events dated after the article are planned: "a ceremony would be held at the summit on April 24"
(published in February), "the summit in Geneva next month".

`mark_future_events_planned(doc, events, timexes, published)` runs after the events are dated
(kg.extract.dating): an asserted event whose own date expression (in the trigger's phrase, or on the verb
its subject says takes place) lies wholly after the publication day has not happened yet. A finite
past-tense clause ("the summit on May 3 was a success") is left alone: the date resolved wrong, not the event.

`undate_later_asserted_events(events, published)` runs after that: an event still asserted has happened, so a
date after the publication day is wrong, whatever gave it (a date hung on the wrong clause: "faces an
election on May 3, and the minister accused him"; a wrongly resolved one; one taken from such an event). Its
date is dropped: it happened on or before the publication, as an asserted event with no evidence (a day of
grace for time zones: a dispatch of late Friday may date an event on Saturday in Asia).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from kg.extract.dating.values import publication_bounds
from kg.extract.events.lexicon import lexicon
from kg.extract.events.modality import ASSERTED, PLANNED
from kg.facts import Event, Timex
from kg.nlp import char_span_root

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["mark_future_events_planned", "undate_later_asserted_events"]


def mark_future_events_planned(doc: Doc, events: list[Event], timexes: list[Timex], published: str | None) -> None:
    if not published:
        return
    day = published[:10]
    for ev in events:
        if ev.modality == ASSERTED and ev.timex is None:
            trigger = _token_at(doc, ev.trigger.start, ev.trigger.end)
            if trigger is not None and _present_verb_dated_later(trigger, timexes, day):
                ev.modality = PLANNED
            continue
        if ev.modality != ASSERTED or ev.timex is None or not ev.date_range or ev.date_range[0][:10] <= day:
            continue
        trigger = _token_at(doc, ev.trigger.start, ev.trigger.end)
        if trigger is None or _past_clause(trigger):
            continue
        t = timexes[ev.timex]
        if _own_date(trigger, t) and not _ambiguous_name(trigger, t, ev.precision):
            ev.modality = PLANNED


def undate_later_asserted_events(events: list[Event], published: str | None) -> None:
    bounds = publication_bounds(published)
    if bounds is None:
        return
    day = date.fromisoformat(bounds[0])
    if day == date.max:  # nothing lies after the last day there is
        return
    grace = (day + timedelta(days=1)).isoformat()
    for ev in events:
        if ev.modality == ASSERTED and ev.date_range and ev.date_range[0] and ev.date_range[0][:10] > grace:
            ev.date, ev.precision, ev.timex = None, None, None
            ev.date_range, ev.date_source = (None, bounds[2]), "publication"


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    return char_span_root(doc, start, end)  # a trigger's stretch: never empty


_CLAUSES = {"ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "conj", "csubj"}


def _present_verb_dated_later(trigger: Token, timexes: list[Timex], day: str) -> bool:
    """An event noun, the object of a present-tense verb whose own date lies after the article: "faces a snap
    election on May 3", "holds a referendum next Sunday" (the dating step may leave the noun undated: the date
    is the verb's). Not "faced an election on May 3" (past), nor a date inside a clause below the verb."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or trigger.pos_ not in {"NOUN", "PROPN"} or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False  # "has faced", "is facing", "will face": tense and modals are read by the modality walk
    return any(
        t.type == "DATE" and t.earliest and t.earliest[:10] > day and _phrase_holds(verb, t, skip=trigger)
        for t in timexes
    )


def _own_date(trigger: Token, t: Timex) -> bool:
    """The date expression belongs to the trigger's phrase ("the summit on April 24", "meet Friday"), or to
    the verb of which the event is the subject ("the vote is on Sunday"); not to a clause inside it."""
    if _phrase_holds(trigger, t, skip=None):
        return True
    return trigger.dep_ in {"nsubj", "nsubjpass"} and _phrase_holds(trigger.head, t, skip=trigger)


def _phrase_holds(word: Token, t: Timex, skip: Token | None) -> bool:
    if t.start <= word.idx < t.end:
        return True
    return any(c is not skip and c.dep_ not in _CLAUSES and _phrase_holds(c, t, None) for c in word.children)


def _ambiguous_name(trigger: Token, t: Timex, precision: str | None) -> bool:
    """ "a June agreement", "the spring offensive": a month or season naming the event says nothing of
    which way it lies (the resolver's guess may be the coming one); "next week's talks" does."""
    if precision in {"day", "time"}:
        return False
    named = any(c.dep_ in {"compound", "nmod", "poss", "amod"} and t.start <= c.idx < t.end for c in trigger.children)
    return named and not any(w in t.text.lower().split() for w in lexicon().sense("future_cues"))


def _past_clause(trigger: Token) -> bool:
    """The nearest verb at or above the trigger is a finite past tense ("was", "met", "had met")."""
    word, hops = trigger, 0
    while hops < 4:
        if word.pos_ in {"VERB", "AUX"}:
            auxes = [c for c in word.children if c.dep_ in {"aux", "auxpass"}]
            if auxes:
                return auxes[0].tag_ == "VBD"
            return word.tag_ == "VBD"
        if word.head is word:
            return False
        word, hops = word.head, hops + 1
    return False
