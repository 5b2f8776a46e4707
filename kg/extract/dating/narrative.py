"""The story's reference day: the day a news story stands at when it reports something without naming a day.

A news story places its reports in time once and then goes on ("Rebels shelled the port on Friday, police
said Friday. ... 'We will hold the city,' the governor said."): an undated past reporting verb is read at
the day the story stands at — the day named nearest before it (in its sentence or the one before), else
that of the last report the text dated, else, in a lead no report has dated yet, the day the next
sentence names ("the leadership warned. A communique read Wednesday night said ..."), else the day the
dispatch was filed (its dateline's date, else the publication day).

`StoryTime(...).day_at(tok, sentence)` gives that day. kg dates an undated report there only when it is the
publication day (`attach_event_dates`): that is where TimeML annotators put such reports (measured on
TimeBank and AQUAINT: about nine in ten), while a story that stands at an earlier day leaves too much open
for a date — those reports keep "on or before" — unless a report dated to a day comes right before, in the
report's sentence or the one before (`report_day_before`: "Castro said Sunday ... . ... Castro read from a
letter"): the story goes on at that day (measured: two in three of those TimeML dates agree).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.dating.clauses import DATELINE, REPORTING_TYPES
from kg.extract.dating.values import event_date_of
from kg.facts import Event, Timex
from kg.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# how far a named day holds the story's time: its own sentence and the next one
_HOLDS_FOR_SENTENCES = 1
# how far a dated report holds it ("Albright announced on Monday ... She told envoys ..."): its paragraph,
# about; past that the story is back at the day its first dated report set
_REPORT_HOLDS_FOR_SENTENCES = 3
_NOUN_MODIFIERS = frozenset({"acl", "relcl"})


@dataclass(frozen=True)
class NamedDay:
    """A day the text names outside its dateline: where, in which sentence, which day (YYYY-MM-DD)."""

    start: int
    sentence: int
    day: str


def named_days(doc: Doc, timexes: list[Timex], sent_of: list[int], published_day: str) -> list[NamedDay]:
    """Days (or times of a day) the text names outside datelines, up to the publication day, in text order."""
    text = doc_text(doc)
    datelines = [m.span() for m in DATELINE.finditer(text)]
    found = []
    for t in timexes:
        date, precision, _ = event_date_of(t)
        if precision != "day" or date is None or date > published_day:
            continue
        if any(s <= t.start and t.end <= e for s, e in datelines):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        found.append(NamedDay(t.start, sent_of[span.root.i], date))
    return sorted(found, key=lambda d: d.start)


def dateline_day(doc: Doc, timexes: list[Timex]) -> str | None:
    """The day a dispatch's dateline names ("WASHINGTON, August 13 (Xinhua) --"), if any."""
    text = doc_text(doc)
    for m in DATELINE.finditer(text):
        for t in timexes:
            if m.start() <= t.start and t.end <= m.end():
                date, precision, _ = event_date_of(t)
                if precision == "day":
                    return date
    return None


class StoryTime:
    """The days an article names and the reports it dates, read once; `day_at` gives the story's day."""

    def __init__(
        self,
        doc: Doc,
        timexes: list[Timex],
        sent_of: list[int],
        events: list[Event],
        mention_tokens: dict[str, list[Token]],
        published_day: str,
    ) -> None:
        self.published_day = published_day
        self.days = named_days(doc, timexes, sent_of, published_day)
        self.filed = dateline_day(doc, timexes) or published_day
        # (token index, sentence, day) of the reports an expression dates to a day, in text order; not one
        # that describes a noun ("sent a fax explaining ..."): the story tells of it, it is no report of the story
        self.reports = sorted(
            (toks[0].i, sent_of[toks[0].i], ev.date)
            for ev in events
            if ev.type in REPORTING_TYPES and ev.date_source == "expression" and ev.precision == "day" and ev.date
            for toks in [mention_tokens.get(ev.id)]
            if toks and toks[0].dep_ not in _NOUN_MODIFIERS
        )

    def report_day_before(self, tok: Token, sentence: int) -> str | None:
        """The day of the last report the text dated, when it is in `sentence` or the one before and before
        `tok` ("Castro said Sunday ... . ... Castro read from a letter"): the story goes on at that day."""
        before = [r for r in self.reports if r[0] < tok.i and r[1] >= sentence - _HOLDS_FOR_SENTENCES]
        return before[-1][2] if before else None

    def day_at(self, tok: Token, sentence: int) -> str:
        """The day the story stands at when it reports the event at `tok` in `sentence` (the module docstring)."""
        before = [d for d in self.days if d.start < tok.idx and d.sentence >= sentence - _HOLDS_FOR_SENTENCES]
        if before:
            return before[-1].day
        earlier = [r for r in self.reports if r[0] < tok.i]
        if earlier and earlier[-1][1] >= sentence - _REPORT_HOLDS_FOR_SENTENCES:
            return earlier[-1][2]
        if earlier:
            return earlier[0][2]  # back at the day the story's first dated report set
        # a lead no report has dated yet: the next sentence's day (not the report's own sentence, where a
        # day after the verb is the reported clause's: "said the father would travel alone today") ...
        after = [d for d in self.days if sentence < d.sentence <= sentence + _HOLDS_FOR_SENTENCES]
        if after:
            return after[0].day
        # ... else the story's first dated report ("Castro said the father ... . ..., Castro said Sunday.")
        later = [r for r in self.reports if r[0] > tok.i]
        if later:
            return later[0][2]
        return self.filed
