"""Reporting periods: "the third quarter", "third-quarter", "the latest quarter", "the year-ago
period", "the 1988 period", "next year's first quarter", "the same period last year", "the quarter
ended Sept. 30".

Each normaliser takes a `Candidate` of its kind and the `Context` and returns (TIMEX3 type, value), or
None to drop the match. A period the text does not date is the report's: the last quarter the article
named (`Context.last_quarter`), else the one before the DCT's.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.timex.calendar import add_months
from kg.extract.timex.context import Context, Normalised
from kg.extract.timex.detection import Candidate
from kg.extract.timex.lexicon import ORDINALS, direction_of, month_number, phrase_key


def _unnumbered_quarter(o: str, ctx: Context) -> int | Normalised:
    """ "the final quarter" is the fourth, "the current quarter" the DCT's, "the latest quarter" the report's."""
    day = ctx.day
    if o == "final":
        return 4
    if not day:
        return "DATE", "XXXX-QX"
    if o == "current":
        return (day.month - 1) // 3 + 1
    if ctx.last_quarter:
        return "DATE", ctx.last_quarter
    y, m = add_months(day.year, day.month, -3)
    return "DATE", f"{y}-Q{(m - 1) // 3 + 1}"


def quarter(c: Candidate, ctx: Context) -> Normalised:
    """ "the third quarter" (of the DCT's year, the last one in a past clause once it is ahead), "last
    year's fourth quarter" via det, "third quarters" (a set)."""
    o = c.m.group("o").lower()
    det = phrase_key(c.m.group("det") or "")
    if o == "fiscal":
        return None
    q = ORDINALS.get(o)
    if q is None:  # final, last, latest, current
        unnumbered = _unnumbered_quarter(o, ctx)
        if not isinstance(unnumbered, int):
            return unnumbered
        q = unnumbered
    if not 1 <= q <= 4:
        return None
    if c.m.group(0).lower().endswith("quarters"):
        return "SET", f"XXXX-Q{q}"
    day = ctx.day
    if not day:
        return "DATE", f"XXXX-Q{q}"
    y = day.year
    if det == "last":
        y -= 1
    elif det == "next":
        y += 1
    elif (day.month - 1) // 3 + 1 < q and ctx.tense(c) == "past":
        y -= 1
    return "DATE", f"{y}-Q{q}"


def the_period(c: Candidate, ctx: Context) -> Normalised:
    """ "the quarter", "the latest period": the report's quarter."""
    if ctx.last_quarter:
        return "DATE", ctx.last_quarter
    if c.m.group("u").lower() == "period":
        return None
    return "DATE", f"{ctx.day.year}-QX" if ctx.day else "XXXX-QX"


def year_ago_period(c: Candidate, ctx: Context) -> Normalised:
    """ "the year-ago quarter", "year-earlier (results)": the report's quarter a year back, else last year."""
    day = ctx.day
    if not day:
        return "DATE", "XXXX"
    if ctx.last_quarter:
        lq_year, lq_q = ctx.last_quarter.split("-Q")
        if lq_year.isdigit():
            return "DATE", f"{int(lq_year) - 1}-Q{lq_q}"
    return "DATE", str(day.year - 1)


def quarter_of_named_year(c: Candidate, ctx: Context) -> Normalised:
    """ "the year-ago third quarter", "the 1988 period", "next year's first quarter", "the same period
    last year": a quarter whose year is named relative to the report; an unnamed one is the report's."""
    g = c.m.groupdict()
    day = ctx.day
    lq = ctx.last_quarter if ctx.last_quarter and ctx.last_quarter[:4].isdigit() else None
    o = g.get("o") or g.get("o2")
    q = (4 if o.lower() == "final" else ORDINALS.get(o.lower())) if o else (int(lq[-1]) if lq else None)
    if g.get("qy"):
        q_year: int | None = int(g["qy"])
    elif g.get("ry"):
        q_year = day.year + direction_of(g["ry"]) if day else None
    else:
        q_year = int(lq[:4]) if lq else day.year if day else None
        q_year = q_year - 1 if q_year is not None else None
    if q is not None and not 1 <= q <= 4:
        return None
    if q_year is None:
        return "DATE", f"XXXX-Q{q}" if q else "XXXX"
    return "DATE", f"{q_year}-Q{q}" if q else str(q_year)


def period_ended(c: Candidate, ctx: Context) -> Normalised:
    """ "the year ended March 31": a reporting year, measured; "the quarter ended Sept. 30": the calendar
    quarter that holds most of the three months before the closing date."""
    g = c.m.groupdict()
    if g["u"].lower() == "year":
        return "DURATION", "P1Y"
    mon = month_number(g["mon"])
    dd = int(re.match(r"\d+", g["d"]).group(0))  # type: ignore[union-attr]
    day = ctx.day
    if g.get("y"):
        y = int(g["y"])
    elif day:
        y = day.year if (mon, dd) <= (day.month, day.day) else day.year - 1
    else:
        return "DATE", "XXXX-QX"
    try:
        mid = date(y, mon, dd) - timedelta(days=45)
    except ValueError:
        return None
    return "DATE", f"{mid.year}-Q{(mid.month - 1) // 3 + 1}"
