"""Calendar arithmetic the normalisers share: ISO weeks, month steps, seasons, and reading a date
named without its year (or a bare weekday) against the publication day and the clause's tense.

Pure functions over `datetime.date`s and ints; nothing here reads the text.
"""

from __future__ import annotations

from datetime import date, timedelta

# a date named without its year, in a clause whose tense does not say which side of the DCT it lies on,
# is the nearest such date, with dates ahead counted this much further away (news mostly reports)
AHEAD_COST = 2.0

_SEASON_ORDER = ["WI", "SP", "SU", "FA"]


def iso_week(d: date) -> str:
    """ "2025-W27" """
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    """(year, month) `k` months after (before, for k < 0) month `m` of year `y`."""
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def season_of(d: date) -> tuple[int, str]:
    """(year, season code) of a day; December belongs to the winter of its year, January to the one before."""
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    return (d.year if m == 12 else d.year - 1), "WI"


def year_of_season(dct: date, season: str, rel: int, tense: str | None) -> int:
    """The year of `season` named with `rel` (-1 last, 0 this/bare, +1 next), read against the DCT."""
    _, cs = season_of(dct)
    # position of seasons in a "season year" starting with winter (Dec of the previous year)
    ci, si = _SEASON_ORDER.index(cs), _SEASON_ORDER.index(season)
    if season == "WI":
        base = dct.year if dct.month == 12 else (dct.year - 1 if cs == "WI" else dct.year)
        if cs != "WI":
            # this winter: the coming one when we are after it in the year
            base = dct.year if rel >= 0 else dct.year - 1
            if rel == 0 and tense == "past":
                base = dct.year - 1
            return base + (1 if rel > 0 else 0) if rel != -1 else base
        return base + rel
    if rel == 0:
        if tense == "past" and si > ci:
            return dct.year - 1
        if tense == "future" and si < ci:
            return dct.year + 1
        return dct.year
    if rel < 0:
        return dct.year if si < ci else dct.year - 1
    return dct.year if si > ci else dct.year + 1


def weekday_date(day: date, wd: int, tense: str | None) -> date:
    """A bare weekday read against the DCT: past tense → this or last week's (same day = DCT); future → next."""
    diff = wd - day.isoweekday()
    if tense in ("future", "present_ahead", "conditional"):
        # "they meet Monday", "would meet Monday": a scheduled present or a "would" looks ahead
        return day + timedelta(days=diff if diff >= 0 else diff + 7)
    # a present, or what was still to come when a past clause was said ("was ready to meet on Friday"): the
    # nearest such day, ahead when it is at most three days ahead
    if tense in ("present", "present_report", "prospective") and 0 < diff <= 3:
        return day + timedelta(days=diff)
    return day + timedelta(days=diff if diff <= 0 else diff - 7)


def nearest_year(day: date, month: int, dom: int, tense: str | None) -> int:
    """The year of month/day (day 15 for a bare month) read against the DCT and the clause's tense."""
    best: tuple[float, int] | None = None
    for y in (day.year - 1, day.year, day.year + 1):
        try:
            target = date(y, month, dom)
        except ValueError:
            continue
        delta = (target - day).days
        if tense == "past" and delta > 31:
            continue
        if tense == "future" and delta < -31:
            continue
        cost = delta * AHEAD_COST if delta > 0 else -delta
        if tense in ("past", "future"):
            cost = abs(delta) + (0 if (delta <= 31 if tense == "past" else delta >= -31) else 1e6)
        if best is None or cost < best[0]:
            best = (cost, y)
    return best[1] if best else day.year


def year_of_month(day: date, month: int, tense: str | None) -> int:
    """The year of a month named without one ("in August"), read against the DCT and the tense."""
    tense = "future" if tense == "conditional" else tense
    if tense == "past":
        return day.year - 1 if month > day.month else day.year
    if tense == "future":
        return day.year + 1 if month < day.month else day.year
    if month == day.month:
        return day.year
    return nearest_year(day, month, 15, tense)
