"""Date literals: every date and time stamp kg writes is a valid, typed XSD literal.

SPARQL engines compare, order and take `YEAR()` of typed values only, and only of valid ones:
`"2025-07-04T00:00"^^xsd:dateTime` (no seconds) is ill-typed, so Oxigraph drops it from every
comparison, and a plain `"2025-07-04"` never equals `"2025-07-04"^^xsd:date`.

- `date_literal`: an event's `kg:date` at its precision: `YYYY-MM-DD` as `xsd:date`, `YYYY-MM` as
  `xsd:gYearMonth`, `YYYY` as `xsd:gYear` (quarters, halves and seasons are dated by their year), and an
  ISO week `YYYY-Www` as `kg:isoWeek`. XSD has no week type: writing the week's Monday as an `xsd:date`
  would claim a day nobody reported (a `FILTER(?d = "2025-06-30"^^xsd:date)` would find a week-long
  event), so the week keeps its own value, and its first and last day are the time node's bounds
  (`sem:hasEarliestBeginTimeStamp` on its Monday, `sem:hasLatestEndTimeStamp` on its Sunday).
- `timestamp_literal`: an interval bound as `xsd:dateTime` with seconds, its UTC offset kept when it has one.
- `published_literal`: an article's publication date, `xsd:date` or `xsd:dateTime`.
- `period_keys`: the calendar months (`xsd:gYearMonth`) a bounded interval overlaps, or its years
  (`xsd:gYear`) when it spans more than a year: `kg:timeKey`, the index queries by period start from.

`LEXICAL_FORMS` is the grammar of each datatype's lexical form, for tests that read the N-Quads text.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import pyoxigraph as ox

from kg.rdf.vocab import KG

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_DATE = ox.NamedNode(XSD + "date")
XSD_DATETIME = ox.NamedNode(XSD + "dateTime")
XSD_GYEAR = ox.NamedNode(XSD + "gYear")
XSD_GYEARMONTH = ox.NamedNode(XSD + "gYearMonth")
KG_ISO_WEEK = ox.NamedNode(str(KG.isoWeek))

_OFFSET = r"(?:Z|[+-](?:0\d|1[0-3]):[0-5]\d|[+-]14:00)?"
# the lexical spaces of XML Schema 1.1 part 2, years of four digits (kg never writes other years)
LEXICAL_FORMS = {
    XSD + "date": re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])" + _OFFSET),
    XSD + "dateTime": re.compile(
        r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?" + _OFFSET
    ),
    XSD + "gYear": re.compile(r"\d{4}" + _OFFSET),
    XSD + "gYearMonth": re.compile(r"\d{4}-(0[1-9]|1[0-2])" + _OFFSET),
    str(KG.isoWeek): re.compile(r"\d{4}-W(0[1-9]|[1-4]\d|5[0-3])"),
    XSD + "integer": re.compile(r"[+-]?\d+"),
    XSD + "decimal": re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)"),
    XSD + "anyURI": re.compile(r"[^\s<>\"{}|\\^`]*"),
}

_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_YEAR = re.compile(r"\d{4}")
_WEEK = re.compile(r"(\d{4})-W(\d\d)")


def date_datatype(value: str) -> ox.NamedNode | None:
    """The datatype of an event date at its precision, or None for a value that is not one."""
    if _DAY.fullmatch(value):
        try:
            date.fromisoformat(value)
        except ValueError:
            return None
        return XSD_DATE
    if _MONTH.fullmatch(value):
        return XSD_GYEARMONTH
    if _YEAR.fullmatch(value):
        return XSD_GYEAR
    m = _WEEK.fullmatch(value)
    if m:
        try:
            date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        return KG_ISO_WEEK
    return None


def date_literal(value: str) -> ox.Literal | None:
    """`kg:date` at its precision (see the module docstring); None for a value that names no date."""
    datatype = date_datatype(value)
    return None if datatype is None else ox.Literal(value, datatype=datatype)


def timestamp_lexical(value: str) -> str | None:
    """An ISO date or date-time as a valid xsd:dateTime lexical form (seconds; offset kept), or None."""
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        return None
    return moment.isoformat(timespec="seconds")


def timestamp_literal(value: str) -> ox.Literal | None:
    """An interval bound as xsd:dateTime ("2025-07-04T00:00" → "2025-07-04T00:00:00"), or None if unreadable."""
    lexical = timestamp_lexical(value)
    return None if lexical is None else ox.Literal(lexical, datatype=XSD_DATETIME)


def published_literal(value: str) -> ox.Literal | None:
    """A publication date: a day as xsd:date, a moment as xsd:dateTime (offset kept), None if unreadable."""
    text = value.strip()
    if _DAY.fullmatch(text):
        return date_literal(text)
    return timestamp_literal(text)


MAX_MONTH_KEYS = 12  # an interval over a year (a decade, a century) is keyed by its years instead
MAX_YEAR_KEYS = 100  # a century; a longer interval gets no key (no query by period can start from it)


def period_keys(earliest: str, latest: str) -> list[ox.Literal]:
    """The calendar months an interval [earliest, latest] overlaps, as `xsd:gYearMonth` literals in order
    (a day: its month; a quarter: three; a year: twelve), or, over twelve months, its years as `xsd:gYear`
    (a decade: ten). Read from the bounds' own lexical forms (an offset does not move a moment to another
    month). Nothing for bounds that are unreadable, reversed, or more than a century apart."""
    first, last = timestamp_lexical(earliest), timestamp_lexical(latest)
    if first is None or last is None or first[:19] > last[:19]:
        return []
    (y1, m1), (y2, m2) = (int(first[:4]), int(first[5:7])), (int(last[:4]), int(last[5:7]))
    months = (y2 - y1) * 12 + m2 - m1 + 1
    if months < 1:
        return []
    if months <= MAX_MONTH_KEYS:
        keys = [divmod(y1 * 12 + m1 - 1 + k, 12) for k in range(months)]
        return [ox.Literal(f"{y:04d}-{m + 1:02d}", datatype=XSD_GYEARMONTH) for y, m in keys]
    if y2 - y1 + 1 > MAX_YEAR_KEYS:
        return []
    return [ox.Literal(f"{y:04d}", datatype=XSD_GYEAR) for y in range(y1, y2 + 1)]
