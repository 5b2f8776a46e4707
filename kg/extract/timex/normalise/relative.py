"""Dates relative to the DCT or to a date the text named before: "last week", "next summer", "this
past weekend", "the past year", "later that year", "the following month", "earlier that day", "the next
day", "the week", "two years ago",
"three days later", "now", "the past", "the near future".

Each normaliser takes a `Candidate` of its kind and the `Context` and returns (TIMEX3 type, value), or
None to drop the match. Without a DCT, relative values stay underspecified (XXXX-WXX, PAST_REF).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from kg.extract.timex.calendar import add_months, iso_week, year_of_month, year_of_season
from kg.extract.timex.context import Context, Normalised
from kg.extract.timex.detection import Candidate
from kg.extract.timex.lexicon import MONTHS, SEASONS, UNITS, WEEKDAYS, direction_of, part_of_day_code, phrase_key
from kg.extract.timex.normalise.weekdays import relative_weekday
from kg.extract.timex.quantities import duration_value, number

_LOCATING_PREPOSITION = re.compile(r"\b(?:in|during)\s+$", re.IGNORECASE)
_UNANCHORED = {
    "week": "XXXX-WXX",
    "month": "XXXX-XX",
    "year": "XXXX",
    "quarter": "XXXX-QX",
    "weekend": "XXXX-WXX-WE",
    "decade": "XXX",
    "century": "XX",
    "fiscal year": "XXXX",
}


def _located_in(text: str, start: int) -> bool:
    """The expression at `start` is the object of a locating preposition ("in", "during")."""
    return bool(_LOCATING_PREPOSITION.search(text[max(0, start - 8) : start]))


def _anaphoric_unit(ctx: Context, unit: str, rel_words: str, rel: int) -> Normalised:
    """ "that year", "the following month", "the previous year": counted from the last date the text
    named with its year ("in June 1998 ... later that year"), not from the DCT."""
    anchor = ctx.last_named
    if anchor is None:
        if rel_words == "that" or ctx.day is None:
            return None
        if unit == "year":
            return "DATE", str(ctx.day.year + rel)
        y, m = add_months(ctx.day.year, ctx.day.month, rel)
        return "DATE", f"{y}-{m:02d}"
    step = {"that": 0, "the following": 1, "the previous": -1}[rel_words]
    if unit == "year":
        return "DATE", str(int(anchor[:4]) + step)
    if len(anchor) >= 7:
        y, m = add_months(int(anchor[:4]), int(anchor[5:7]), step)
        return "DATE", f"{y}-{m:02d}"
    return None


_SAME = ("the same", "that same")
_DAY_STEPS = {"that": 0, "the following": 1, "the next": 1, "the previous": -1}


def _anaphoric_day(ctx: Context, rel_words: str) -> Normalised:
    """ "that day", "the next day", "the previous day": from the last day the text named, else none."""
    step = _DAY_STEPS.get(rel_words)
    if step is None or ctx.last_day is None:
        return None  # "this day", "the last day (of the talks)": no day of the calendar
    return "DATE", (date.fromisoformat(ctx.last_day) + timedelta(days=step)).isoformat()


def _unanchored_unit(unit: str, rel: int) -> Normalised:
    """A relative unit without a DCT: "this week" XXXX-WXX, "last week" PAST_REF, "next Friday" XXXX-WXX-5."""
    if unit in _UNANCHORED:
        return "DATE", _UNANCHORED[unit] if rel == 0 else ("PAST_REF" if rel < 0 else "FUTURE_REF")
    if unit in WEEKDAYS:
        return "DATE", f"XXXX-WXX-{WEEKDAYS[unit]}"
    return "DATE", "XXXX-XX-XX"


def _calendar_unit(c: Candidate, ctx: Context, day: date, unit: str, rel: int, is_the_last: bool) -> Normalised:
    """ "last week", "this weekend", "next month", "the past year", "this quarter", "the last decade";
    None when `unit` is no calendar unit."""
    if unit == "week":
        return "DATE", iso_week(day) if is_the_last else iso_week(day + timedelta(weeks=rel))
    if unit == "weekend":
        weekend_day = day + timedelta(weeks=rel)
        if rel == 0 and ctx.tense(c) == "past" and day.isoweekday() < 6:
            weekend_day = day - timedelta(weeks=1)
        return "DATE", iso_week(weekend_day) + "-WE"
    if unit == "month":
        if is_the_last and rel < 0:
            return "DURATION", "P1M"
        y, m = add_months(day.year, day.month, rel)
        return "DATE", f"{y}-{m:02d}"
    if unit in ("year", "fiscal year"):
        if is_the_last and rel < 0:
            return "DURATION", "P1Y"
        return "DATE", str(day.year + rel)
    if unit == "quarter":
        qn = (day.month - 1) // 3 + 1 + rel
        y = day.year + (qn - 1) // 4
        qn = (qn - 1) % 4 + 1
        return "DATE", f"{y}-Q{qn}"
    if unit == "decade":
        if is_the_last or (rel < 0 and not _located_in(ctx.text, c.start)):
            return "DURATION", "P10Y"
        return "DATE", str(day.year // 10 + rel)
    if unit == "century":
        if rel < 0:
            return "DURATION", "P100Y"
        return "DATE", f"{day.year // 100 + rel:02d}"
    return None


def _named_unit(c: Candidate, ctx: Context, day: date, unit: str, rel: int, rel_words: str) -> Normalised:
    """ "last summer", "next Friday", "this morning" (as a relative unit), "last March"."""
    if unit in SEASONS:
        s = SEASONS[unit]
        return "DATE", f"{year_of_season(day, s, rel, ctx.tense(c))}-{s}"
    if unit in WEEKDAYS:
        return relative_weekday(ctx, day, WEEKDAYS[unit], rel, rel_words)
    if c.m.group("pod"):
        pod = part_of_day_code(c.m.group("pod"))
        if rel_words in _DAY_STEPS and ctx.last_day:  # "appeared in court the next morning": after the day named
            anchored = date.fromisoformat(ctx.last_day) + timedelta(days=_DAY_STEPS[rel_words])
            return "TIME", f"{anchored.isoformat()}T{pod}"
        if rel < 0:
            return "TIME", f"{(day - timedelta(days=1)).isoformat()}T{pod}"
        if rel > 0:
            return "TIME", f"{(day + timedelta(days=1)).isoformat()}T{pod}"
        return "TIME", f"{day.isoformat()}T{pod}"
    named_mon = MONTHS.get(unit.rstrip("."))
    if named_mon:
        if rel < 0:
            y = day.year if named_mon < day.month else day.year - 1
        elif rel > 0:
            y = day.year if named_mon > day.month else day.year + 1
        else:
            y = year_of_month(day, named_mon, ctx.tense(c))
        return "DATE", f"{y}-{named_mon:02d}"
    return None


def relative_unit(c: Candidate, ctx: Context) -> Normalised:
    """A unit, season, weekday, part of day or month named with a direction: "last week", "this summer"."""
    rel_group = c.m.group("rel")
    rel = direction_of(rel_group)
    unit = phrase_key(c.m.group("u"))
    rel_words = phrase_key(rel_group)
    if rel_words in _SAME:  # "the same day", "that same year": the one the text last named
        if unit == "day" and ctx.last_date != ctx.last_day:
            return None  # "killed last October ... crossed out that same day": a day the text never named
        rel_words = "that"
    if unit == "day":
        return _anaphoric_day(ctx, rel_words)
    if rel_words in ("that", "the following", "the previous") and unit in ("year", "month"):
        return _anaphoric_unit(ctx, unit, rel_words, rel)
    if rel_words == "that":
        return None
    is_the_last = rel_words in ("the last", "the past", "this past")
    if is_the_last and _located_in(ctx.text, c.start) and unit != "week":
        # "lost it in the last decade", "in the past year": the time of an event, the unit before now;
        # "for the past year", "over the last decade" measure a stretch and stay durations
        is_the_last = False
    if not ctx.day:
        return _unanchored_unit(unit, rel)
    by_calendar = _calendar_unit(c, ctx, ctx.day, unit, rel, is_the_last)
    if by_calendar is not None:
        return by_calendar
    return _named_unit(c, ctx, ctx.day, unit, rel, rel_words)


def the_unit(c: Candidate, ctx: Context) -> Normalised:
    """ "the day" (the one under discussion), "the year", "the week", "the weekend", "the summer"."""
    u = c.m.group("u").lower()
    pre = (c.m.group("pre") or "").lower()
    day = ctx.day
    if not day:
        return None
    if u == "day":
        return "DATE", ctx.last_day or day.isoformat()
    if u == "year":
        if pre in ("for", "during", "throughout", "over"):
            return "DURATION", "P1Y"
        return "DATE", str(day.year)
    if u == "month":
        return "DATE", f"{day.year}-{day.month:02d}"
    if u == "week":
        return "DATE", iso_week(day)
    if u == "weekend":
        weekend_day = day if day.isoweekday() >= 6 or ctx.tense(c) == "future" else day - timedelta(weeks=1)
        return "DATE", iso_week(weekend_day) + "-WE"
    if u in SEASONS:
        s = SEASONS[u]
        return "DATE", f"{year_of_season(day, s, 0, ctx.tense(c))}-{s}"
    return None


def _offset_from_dct(dct: datetime, n: float, u: str, sign: int) -> Normalised:
    """The date `n` units of `u` before (sign -1) or after (+1) the DCT, at the unit's precision."""
    day = dct.date()
    code = UNITS.get(u, "X")
    n_int = int(round(n))
    if code == "D":
        return "DATE", (day + timedelta(days=sign * n_int)).isoformat()
    if code == "W":
        return "DATE", iso_week(day + timedelta(weeks=sign * n_int))
    if code == "M" and u.startswith("mon"):
        y, m = add_months(day.year, day.month, sign * n_int)
        return "DATE", f"{y}-{m:02d}"
    if code == "Y":
        return "DATE", str(day.year + sign * n_int)
    if code == "E":
        return "DATE", str((day.year + sign * 10 * n_int) // 10)
    if code == "C":
        return "DATE", f"{(day.year + sign * 100 * n_int) // 100:02d}"
    if code == "H":
        t = dct + timedelta(hours=sign * n_int)
        return "TIME", t.strftime("%Y-%m-%dT%H:%M")
    return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"


def units_ago(c: Candidate, ctx: Context) -> Normalised:
    """ "two years ago", "three days from now"; "a year earlier" after a quarter is that quarter a year
    back; "three days later" measures a stretch (a duration)."""
    g = c.m.groupdict()
    n = number(g["n"])
    u = g["u"].lower()
    dir_ = phrase_key(g["dir"])  # "from  now": blanks as one space
    if dir_ in ("earlier", "later", "before", "after") and not ("year" in u and ctx.last_quarter):
        if dir_ in ("before", "after"):
            return "DURATION", duration_value(n, u)
        if not (dir_ == "earlier" and "year" in u):
            return "DURATION", duration_value(n, u)
    if not ctx.dct:
        return "DATE", "PAST_REF" if dir_ in ("ago", "earlier", "before") else "FUTURE_REF"
    sign = 1 if dir_ in ("later", "from now", "hence", "after") else -1
    if n is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if "year" in u and ctx.last_quarter and dir_ in ("ago", "earlier"):
        lq_year, lq_q = ctx.last_quarter.split("-Q")
        if lq_year.isdigit():
            return "DATE", f"{int(lq_year) - int(n)}-Q{lq_q}"
    return _offset_from_dct(ctx.dct, n, u, sign)


def present_reference(c: Candidate, ctx: Context) -> Normalised:
    """ "now", "currently", "the current ..." """
    return "DATE", "PRESENT_REF"


def past_reference(c: Candidate, ctx: Context) -> Normalised:
    """ "the past", "formerly" """
    return "DATE", "PAST_REF"


def future_reference(c: Candidate, ctx: Context) -> Normalised:
    """ "the near future", "upcoming ..." """
    return "DATE", "FUTURE_REF"
