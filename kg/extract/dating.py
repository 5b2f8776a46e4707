"""Event dating: give each event the date of the temporal expression that governs it.

`attach_event_dates(doc, events, timexes, published)` sets `date`, `precision`, `date_range` and
`timex` on each event, choosing the governing temporal expression by evidence, strongest first:

1. the parse tree: a timex attached to the trigger, or to a word on the trigger's head chain
   ("announced on Friday that they agreed": the agreement is dated through "announced");
2. the same sentence: the nearest timex not already attached to another event;
3. the narrative: a definite reference to an earlier event ("the call", "the announcement")
   inherits the date of the earlier same-type event, else of the governing reporting event.

An event with no evidence gets no date: never the publication date by default.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.timex import LEXICON, timex_bounds
from kg.facts import Event, Timex
from kg.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["attach_event_dates", "event_date_of"]

# verbs that relate two events in time: "the call followed a conversation on Thursday" does not date the call
SEQUENCE_VERBS = frozenset(LEXICON["sequence_verbs"])
REPORTING_TYPES = frozenset(LEXICON["reporting_event_types"])
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their", "our"})
_MAX_NARRATIVE_SENTENCES = 6
_DATABLE = re.compile(r"\d{2,4}(?:-.*)?")


def event_date_of(t: Timex) -> tuple[str | None, str | None, tuple[str, str] | None]:
    """(date at its precision, precision, (earliest, latest)) of a timex; Nones when it names no date.

    Day-or-finer values give YYYY-MM-DD (a night keeps its range across midnight), weeks YYYY-Www,
    months YYYY-MM, quarters, halves, seasons and years YYYY; decades and centuries only a range.
    """
    if t.type not in ("DATE", "TIME") or not _DATABLE.fullmatch(t.value):
        return None, None, None
    precision, earliest, latest = t.precision, t.earliest, t.latest
    if precision is None:
        precision, earliest, latest = timex_bounds(t.value)
    if precision is None or earliest is None or latest is None:
        return None, None, None
    v = t.value
    rng = (earliest, latest)
    if precision in ("day", "time"):
        return v[:10], "day", rng
    if precision == "week":
        return v[:8], "week", rng
    if precision == "month":
        return v[:7], "month", rng
    if precision in ("quarter", "half", "season", "year"):
        return v[:4], precision, rng
    return None, precision, rng


def _token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _attachment(doc: Doc, t: Timex) -> Token | None:
    """The word a timex modifies: through its preposition ("on Friday" → "announced"), else its head."""
    root = _token(doc, t.start, t.end)
    if root is None:
        return None
    head = root.head
    while head.pos_ == "ADP" and head.head.i != head.i:  # Token objects are views: compare indices
        head = head.head
    return head


def _head_chain(tok: Token) -> list[Token]:
    """The trigger, then the words that govern it up to its clause's reporting verb."""
    chain = [tok]
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            break
        if cur.pos_ in ("NOUN", "PROPN") and cur.dep_ in ("nsubj", "nsubjpass") and cur.head.lemma_ in SEQUENCE_VERBS:
            break
        if cur.dep_ in ("relcl", "advcl", "conj") and cur.pos_ in ("VERB", "AUX"):
            break  # a relative or adverbial clause has its own time
        cur = cur.head
        if cur.pos_ == "ADP":
            continue
        chain.append(cur)
    return chain


def _is_definite_reference(tok: Token) -> bool:
    """ "the call", "Zelensky's call", "this announcement": a noun that refers back."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    for child in tok.children:
        if child.dep_ in ("det", "poss") and child.lower_ in DEFINITE_DETERMINERS:
            return True
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            return True
    return False


def _set_date(ev: Event, idx: int, t: Timex) -> bool:
    date, precision, rng = event_date_of(t)
    if precision is None:
        return False
    ev.date, ev.precision, ev.date_range, ev.timex = date, precision, rng, idx
    return True


def attach_event_dates(doc: Doc, events: list[Event], timexes: list[Timex], published: str | None) -> None:
    """Set `date`, `precision`, `date_range` and `timex` on each event that has evidence for a date."""
    if not events:
        return
    datable = [i for i, t in enumerate(timexes) if event_date_of(t)[1] is not None]
    attach: dict[int, int] = {}
    for i in datable:
        a = _attachment(doc, timexes[i])
        if a is not None:
            attach[i] = a.i
    triggers: dict[str, Token | None] = {ev.id: _token(doc, ev.trigger.start, ev.trigger.end) for ev in events}
    trigger_positions = {tok.i for tok in triggers.values() if tok is not None}
    dated: list[Event] = []
    for ev in sorted(events, key=lambda e: e.trigger.start):
        tok = triggers[ev.id]
        s_start, s_end = ev.sentence
        in_sentence = [i for i in datable if s_start <= timexes[i].start and timexes[i].end <= s_end]
        chosen: int | None = None
        if tok is not None and in_sentence:
            chain = _head_chain(tok)
            best: tuple[int, int] | None = None
            for i in in_sentence:
                if i in attach:
                    for depth, c in enumerate(chain):
                        if c.i == attach[i]:
                            if best is None or depth < best[0]:
                                best = (depth, i)
                            break
            if best is not None:
                chosen = best[1]
            else:
                free = [i for i in in_sentence if attach.get(i) not in trigger_positions]
                if free:
                    chosen = min(free, key=lambda i: abs(timexes[i].start - ev.trigger.start))
        if chosen is not None and _set_date(ev, chosen, timexes[chosen]):
            dated.append(ev)
            continue
        if tok is not None and _is_definite_reference(tok):
            earlier = [d for d in dated if d.trigger.start < ev.trigger.start]
            source = next((d for d in reversed(earlier) if d.type == ev.type), None)
            if source is None:
                source = next((d for d in reversed(earlier) if d.type in REPORTING_TYPES), None)
            if source is not None and source.timex is not None:
                text = doc_text(doc)
                sent_gap = text.count("\n", source.sentence[1], ev.sentence[0]) + text.count(
                    ". ", source.sentence[1], ev.sentence[0]
                )
                if sent_gap <= _MAX_NARRATIVE_SENTENCES * 2:
                    ev.date, ev.precision, ev.date_range, ev.timex = (
                        source.date,
                        source.precision,
                        source.date_range,
                        source.timex,
                    )
                    dated.append(ev)
