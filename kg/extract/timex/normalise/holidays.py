"""Holidays: "Christmas", "last Christmas", "Thanksgiving Day", "next year's Easter", "Easter week".

`holiday_date(name, year)` takes a holiday's name and a year and returns its date from the lexicon's
rule (a fixed day, the nth weekday of a month, an offset from Easter), or None for an unknown name.
`holiday` takes a `Candidate` of rule holiday and the `Context` and returns ("DATE", value), or None:
the holiday's nearest occurrence, read through its direction word or the tense.
"""

from __future__ import annotations

from datetime import date, timedelta

from kg.extract.timex.calendar import AHEAD_COST, add_months, iso_week
from kg.extract.timex.context import Context, Normalised
from kg.extract.timex.detection import Candidate
from kg.extract.timex.lexicon import HOLIDAYS, direction_of, phrase_key


def _easter(y: int) -> date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m_ = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m_) // 451
    month = (h + m_ - 7 * n + 114) // 31
    return date(y, month, (h + m_ - 7 * n + 114) % 31 + 1)


def holiday_date(name: str, year: int) -> date | None:
    """The date of a named holiday in `year`, from the lexicon's rule (fixed day, nth weekday, Easter offset)."""
    rule = HOLIDAYS.get(phrase_key(name))
    if rule is None:
        return None
    if rule[0] == "easter":
        return _easter(year) + timedelta(days=rule[1])
    if len(rule) == 2:
        return date(year, rule[0], rule[1])
    month, nth, wd, offset = rule
    if nth > 0:
        first = date(year, month, 1)
        d = first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        ny, nm = add_months(year, month, 1)
        last = date(ny, nm, 1) - timedelta(days=1)
        d = last - timedelta(days=(last.isoweekday() - wd) % 7)
    return d + timedelta(days=offset)


def _nearby_occurrence(c: Candidate, ctx: Context, day: date, name: str, rel_words: str) -> date | None:
    """The occurrence of a holiday (or the Monday of its week) a year around the DCT the words point to."""
    options = [x for x in (holiday_date(name, y) for y in (day.year - 1, day.year, day.year + 1)) if x]
    if c.m.group("wk"):  # "Easter week" has begun once its Monday has come
        options = [x - timedelta(days=x.isoweekday() - 1) for x in options]
    if rel_words in ("last", "this past"):
        return max((x for x in options if x < day), default=None)
    if rel_words == "next":
        return min((x for x in options if x > day), default=None)
    tense = ctx.tense(c)
    if tense == "past":
        return max((x for x in options if x <= day), default=None)
    if tense in ("future", "conditional", "present_ahead"):
        return min((x for x in options if x >= day), default=None)
    return min(options, key=lambda x: (x - day).days * AHEAD_COST if x > day else (day - x).days)


def holiday(c: Candidate, ctx: Context) -> Normalised:
    """ "last Christmas", "Election Day", "this year's Easter", "Easter week" (an ISO week)."""
    name, rel_words = c.m.group("hol"), phrase_key(c.m.group("rel") or "")
    day = ctx.day
    if not day:
        return None
    if rel_words.endswith("year's"):
        hd = holiday_date(name, day.year + direction_of(rel_words.split()[0]))
    else:
        hd = _nearby_occurrence(c, ctx, day, name, rel_words)
    if hd is None:
        return None
    wk = (c.m.group("wk") or "").lower()
    if wk == "week":
        return "DATE", iso_week(hd)
    if wk == "weekend":
        return "DATE", iso_week(hd) + "-WE"
    return "DATE", hd.isoformat()
