"""What normalisation reads besides the match: the publication date (DCT), the parse, and discourse anchors.

`parse_published(text)` takes an article's publication date ("YYYY-MM-DD" or an ISO datetime) and returns
it as a naive datetime, or None. `Context(doc, dct, text)` holds the DCT and the anchors earlier
expressions set as the article is read in order (the last quarter, the last day and its sentence, the
last date whose year the text names); `Context.remember` updates them from each expression found.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from kg.extract.timex.detection import Candidate
from kg.extract.timex.tense import clause_tense
from kg.nlp import doc_text, sent_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

# kinds whose value carries a year the text itself names
_NAMED_YEAR_KINDS = frozenset(
    {"iso", "numeric", "month_day", "day_month", "month_year", "season_year", "quarter_year", "half_year", "year"}
)
# what a normaliser returns: (TIMEX3 type, value), or None to drop the match
Normalised = tuple[str, str] | None

_QUARTER = re.compile(r"\d{4}-Q[1-4]")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def parse_published(published: str | None) -> datetime | None:
    """The DCT as a datetime ("YYYY-MM-DD" or an ISO datetime), or None when absent or unreadable."""
    if not published:
        return None
    text = published.strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        m = re.match(r"(\d{4})-(\d\d)-(\d\d)", text)
        if not m:
            return None
        dt = datetime(int(m[1]), int(m[2]), int(m[3]))
    return dt.replace(tzinfo=None)


def sentence_start(doc: Doc, char: int) -> int:
    """The offset of the sentence holding the character at `char` (-1 when no token covers it)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return sent_of(span[0]).start_char if span is not None and len(span) else -1


class Context:
    """What normalisation needs besides the span: the DCT, the parse, discourse anchors."""

    def __init__(self, doc: Doc, dct: datetime | None, text: str | None = None) -> None:
        self.doc = doc
        self.text = doc_text(doc) if text is None else text
        self.dct = dct
        self.day = dct.date() if dct else None
        self.last_quarter: str | None = None  # most recent quarter mentioned, e.g. "1989-Q3"
        self.last_day: str | None = None  # most recent absolute day
        self.last_day_sentence = -2  # where it was named (sentence start offset)
        self.last_named: str | None = None  # most recent date whose year the text names ("June 1998")
        self.last_date: str | None = None  # most recent calendar date of any granularity ("last October")

    def tense(self, c: Candidate) -> str | None:
        return clause_tense(self.doc, c.start, c.end)

    def remember(self, c: Candidate, value: str, start: int) -> None:
        """Update the anchors from an expression found at `start` (its extent) with TIMEX3 `value`."""
        if c.kind in ("quarter", "quarter_year", "period_ended") and _QUARTER.fullmatch(value):
            # the report's period is one already under way: a forecast "through the third quarter of
            # next year" does not change the granularity of "a year ago"
            if self.day is None or value <= f"{self.day.year}-Q{(self.day.month - 1) // 3 + 1}":
                self.last_quarter = value
        elif _DAY.fullmatch(value):
            self.last_day = value
            self.last_day_sentence = sentence_start(self.doc, start)
        if re.match(r"\d{4}", value):
            self.last_date = value
        if c.kind in _NAMED_YEAR_KINDS and c.m.groupdict().get("y") and re.match(r"\d{4}", value):
            self.last_named = value
