"""The interval a TIMEX3 value names: `timex_bounds("2025-07")` → ("month", "2025-07-01T00:00", "2025-07-31T23:59").

`timex_bounds(value)` takes a value and returns (precision, earliest, latest), the bounds as ISO
datetimes to the minute, or (None, None, None) for a value that names no interval (durations, sets,
PAST_REF, underspecified values).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from kg.extract.timex.calendar import add_months
from kg.extract.timex.lexicon import POD_HOURS, SEASON_MONTHS

Bounds = tuple[str | None, str | None, str | None]


def _minutes(dt: datetime) -> str:
    return dt.isoformat(timespec="minutes")


def _months(precision: str, y: int, first_month: int, count: int) -> Bounds:
    """`count` months from `first_month` of `y`, to the last minute of the last one."""
    ny, nm = add_months(y, first_month, count)
    return precision, _minutes(datetime(y, first_month, 1)), _minutes(datetime(ny, nm, 1) - timedelta(minutes=1))


def _clock_time(m: re.Match[str]) -> Bounds:
    hh = int(m[4])
    day = date(int(m[1]), int(m[2]), int(m[3]))
    if hh == 24:  # midnight ("T24"): the end of the day it closes, not the next day
        end = _minutes(datetime(day.year, day.month, day.day, 23, 59))
        return "time", end, end
    start = datetime(day.year, day.month, day.day) + timedelta(hours=hh, minutes=int(m[5] or 0))
    return "time", _minutes(start), _minutes(start + timedelta(minutes=59))


def _part_of_day(m: re.Match[str]) -> Bounds:
    day = datetime(int(m[1]), int(m[2]), int(m[3]))
    lo, hi = POD_HOURS.get(m[4], [0, 24])
    return "time", _minutes(day + timedelta(hours=lo)), _minutes(day + timedelta(hours=hi))


def _day(m: re.Match[str]) -> Bounds:
    day = datetime(int(m[1]), int(m[2]), int(m[3]))
    return "day", _minutes(day), _minutes(day.replace(hour=23, minute=59))


def _week(m: re.Match[str]) -> Bounds:
    monday = datetime.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] else 1)
    end = datetime.fromisocalendar(int(m[1]), int(m[2]), 7).replace(hour=23, minute=59)
    return "week", _minutes(monday), _minutes(end)


def _month(m: re.Match[str]) -> Bounds:
    return _months("month", int(m[1]), int(m[2]), 1)


def _quarter(m: re.Match[str]) -> Bounds:
    return _months("quarter", int(m[1]), 3 * int(m[2]) - 2, 3)


def _half(m: re.Match[str]) -> Bounds:
    return _months("half", int(m[1]), 6 * int(m[2]) - 5, 6)


def _season(m: re.Match[str]) -> Bounds:
    y = int(m[1])
    lo, hi = SEASON_MONTHS[m[2]]
    hy, hmo = (y + 1, hi) if m[2] == "WI" else (y, hi)
    ny, nm = add_months(hy, hmo, 1)
    return "season", _minutes(datetime(y, lo, 1)), _minutes(datetime(ny, nm, 1) - timedelta(minutes=1))


def _years(precision: str, first: int, last: int) -> Bounds:
    return precision, _minutes(datetime(first, 1, 1)), _minutes(datetime(last, 12, 31, 23, 59))


def _year(m: re.Match[str]) -> Bounds:
    return _years("year", int(m[1]), int(m[1]))


def _decade(m: re.Match[str]) -> Bounds:
    y = int(m[1]) * 10
    return _years("decade", y, y + 9)


def _century(m: re.Match[str]) -> Bounds:
    y = int(m[1]) * 100
    return _years("century", max(y, 1), y + 99)


# tried in order, the first that matches the whole value decides
_FORMS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Bounds]]] = [
    (re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d)(?::(\d\d))?"), _clock_time),
    (re.compile(r"(\d{4})-(\d\d)-(\d\d)T(MO|MI|AF|EV|NI|DT)"), _part_of_day),
    (re.compile(r"(\d{4})-(\d\d)-(\d\d)"), _day),
    (re.compile(r"(\d{4})-W(\d\d)(-WE)?"), _week),
    (re.compile(r"(\d{4})-(\d\d)"), _month),
    (re.compile(r"(\d{4})-Q([1-4])"), _quarter),
    (re.compile(r"(\d{4})-H([12])"), _half),
    (re.compile(r"(\d{4})-(SP|SU|FA|WI)"), _season),
    (re.compile(r"(\d{4})"), _year),
    (re.compile(r"(\d{3})"), _decade),
    (re.compile(r"(\d{2})"), _century),
]


def timex_bounds(value: str) -> Bounds:
    """(precision, earliest, latest) of a TIMEX3 value, or Nones when it names no interval (or none the
    calendar has: a day that does not exist, a bound past the year 9999)."""
    for form, bounds in _FORMS:
        m = form.fullmatch(value)
        if m:
            try:
                return bounds(m)
            except (ValueError, OverflowError):
                return None, None, None
    return None, None, None
