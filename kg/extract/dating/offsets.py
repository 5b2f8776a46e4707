"""Events dated by their distance to another event: "the meeting came a day after the minister spoke by
phone", "two days before the vote, protesters marched", "she resigned a week after the ruling".

The parse gives two shapes: a time clause ("after" as the `mark` of an adverbial clause, the distance an
`npadvmod` of its verb) and a time phrase ("after" as a `prep` with the event noun as its object, the
distance an `npadvmod` of the preposition). The outer event is the one the clause or phrase hangs on, or
the event its subject names when the verb only says it took place ("the meeting came ..."). When one of
the two is dated to the day by the text and the other has no date the text gives, the other is that day
moved by the distance: source `related_event`. Vague or coarse distances ("hours after", "months
before") give nothing: they name no day. Word lists in `kg/extract/data/dating.json` (`offsets`)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from kg.extract.dating.clauses import OFFSETS, UNDATED_MODALITIES
from kg.extract.dating.evidence import ArticleParse, apply_dating, dated_by_text
from kg.extract.dating.values import Dating
from kg.facts import Event

if TYPE_CHECKING:
    from spacy.tokens import Token

AFTER = frozenset(OFFSETS["after"])
BEFORE = frozenset(OFFSETS["before"])
UNIT_DAYS: dict[str, int] = OFFSETS["units"]
ONE = frozenset(OFFSETS["one"])
NUMBER_WORDS: dict[str, int] = OFFSETS["numbers"]
SUBJECT_VERBS = frozenset(OFFSETS["subject_verbs"])
_MARKERS = AFTER | BEFORE  # united once: the walk below tests every token of the article


def date_by_offsets(events: list[Event], art: ArticleParse) -> None:
    """Date the events a stated distance ties to an event dated to the day (see the module docstring)."""
    for tok in art.toks:  # the cached token list (kg.nlp.tokens), not a new Token per step
        if tok.lower_ not in _MARKERS or tok.dep_ not in ("mark", "prep"):
            continue
        if tok.dep_ == "mark":
            inner_tok, outer_tok = tok.head, tok.head.head
            holder = inner_tok
        else:
            inner_tok = next((c for c in tok.children if c.dep_ == "pobj"), None)
            outer_tok, holder = tok.head, tok
        if inner_tok is None or outer_tok is inner_tok:
            continue
        days = _distance(tok, (holder, outer_tok))
        if days is None:
            continue
        inner, outer = art.owner.get(inner_tok.i) or _subject_event(inner_tok, art), _outer_event(outer_tok, art)
        if inner is None or outer is None or inner is outer:
            continue
        sign = -1 if tok.lower_ in AFTER else 1  # inner = outer - days for "after", + days for "before"
        if _dated_to_day(outer) and not dated_by_text(inner):
            _shift(inner, outer, sign * days)
        elif _dated_to_day(inner) and not dated_by_text(outer):
            _shift(outer, inner, -sign * days)


def _distance(marker: Token, heads: tuple[Token, ...]) -> int | None:
    """The days said right before the marker ("a day after", "two weeks before", "the day after"), by an
    `npadvmod` the parser hung on the clause's or the phrase's head, or on the verb above, or None."""
    for head in heads:
        for c in head.children:
            if c.dep_ != "npadvmod" or c.right_edge.i != marker.i - 1 or c.lemma_.lower() not in UNIT_DAYS:
                continue
            count = 1 if any(d.lower_ in ONE for d in c.children if d.dep_ == "det") else None
            for d in c.children:
                if d.dep_ == "nummod":
                    digits = int(d.text) if d.text.isdigit() and len(d.text) < 3 else None
                    count = NUMBER_WORDS.get(d.lower_) or digits
            return None if count is None else count * UNIT_DAYS[c.lemma_.lower()]
    return None


def _outer_event(tok: Token, art: ArticleParse) -> Event | None:
    owner = art.owner.get(tok.i)
    if owner is not None:
        return owner
    if tok.lemma_.lower() in SUBJECT_VERBS:
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return art.owner.get(subject.i)
    return None


def _subject_event(verb: Token, art: ArticleParse) -> Event | None:
    """ "two days after a blast damaged the bridge": a time clause whose verb is no event tells of the event its
    subject names."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None if subject is None else art.owner.get(subject.i)


def _dated_to_day(ev: Event) -> bool:
    return dated_by_text(ev) and ev.precision == "day" and ev.modality not in UNDATED_MODALITIES


def _shift(target: Event, source: Event, days: int) -> None:
    if target.modality in UNDATED_MODALITIES or source.date is None:
        return
    day = (date.fromisoformat(source.date[:10]) + timedelta(days=days)).isoformat()
    apply_dating(target, Dating(day, "day", (f"{day}T00:00", f"{day}T23:59"), None, "related_event"))
