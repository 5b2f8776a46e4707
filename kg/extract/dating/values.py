"""Event dates as values: what date a temporal expression gives an event, when `date` and `date_range`
agree, the publication date's bounds, and `Dating` (a date an event may get, with its source)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta

from kg.extract.timex import parse_published, timex_bounds
from kg.facts import Timex

DATE_SOURCES = ("expression", "related_event", "publication")
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


def date_period(value: str) -> tuple[str, str] | None:
    """[start, end) of a date at its precision (YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD) as minute stamps."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-01-01T00:00", f"{int(value) + 1:04d}-01-01T00:00"
        if re.fullmatch(r"\d{4}-\d\d", value):
            y, m = int(value[:4]), int(value[5:])
            return f"{value}-01T00:00", f"{y + (m == 12):04d}-{m % 12 + 1:02d}-01T00:00"
        if re.fullmatch(r"\d{4}-W\d\d", value):
            monday = Date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return f"{monday.isoformat()}T00:00", f"{(monday + timedelta(days=7)).isoformat()}T00:00"
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            day = Date.fromisoformat(value)
            return f"{value}T00:00", f"{(day + timedelta(days=1)).isoformat()}T00:00"
    except ValueError:
        return None
    return None


def date_disagreement(date: str | None, date_range: tuple[str | None, str] | None) -> str | None:
    """Why an event's `date` and `date_range` disagree, or None when they agree.

    They agree when both are None; when a date names the period its range starts in; when there is a
    range and no date (a decade, or open below: "on or before the publication date").
    """
    if date is None:
        if date_range is not None and not date_range[1]:
            return "a range without its latest bound"
        return None
    if date_range is None:
        return f"date {date} without a range"
    earliest, latest = date_range
    period = date_period(date)
    if period is None:
        return f"date {date} is not YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD"
    if earliest is None:
        return f"date {date} with a range open below"
    if not (period[0] <= earliest[:16] < period[1]):
        return f"date {date} but the range starts at {earliest}"
    if latest < earliest:
        return f"range ends ({latest}) before it starts ({earliest})"
    return None


def publication_bounds(published: str | None) -> tuple[str, str, str] | None:
    """(day, start of day, latest moment) of the publication: its time when given, else the day's end."""
    moment = parse_published(published)
    if moment is None or published is None:
        return None
    day = moment.date().isoformat()
    has_time = len(published.strip()) > 10
    latest = moment.strftime("%Y-%m-%dT%H:%M") if has_time else f"{day}T23:59"
    return day, f"{day}T00:00", latest


@dataclass(frozen=True)
class Dating:
    """A date an event may get: its value, bounds, where it came from and how strong the evidence is."""

    date: str | None
    precision: str | None
    date_range: tuple[str | None, str]
    timex: int | None
    source: str
    strength: tuple[int, ...] = ()  # smaller is stronger

    def inside(self, other: Dating) -> bool:
        """Strictly more precise than `other` and within it."""
        lo, hi = self.date_range
        olo, ohi = other.date_range
        if lo is None or olo is None:
            return False
        return olo[:16] <= lo[:16] and hi[:16] <= ohi[:16] and (lo[:16], hi[:16]) != (olo[:16], ohi[:16])


def expression_dating(timexes: list[Timex], i: int, strength: tuple[int, ...]) -> Dating | None:
    date, precision, rng = event_date_of(timexes[i])
    if precision is None or rng is None:
        return None
    return Dating(date, precision, rng, i, "expression", strength)
