"""Weekdays: "Friday", "Thursday night", "last Friday", "the previous Wednesday".

`bare_weekday` takes a `Candidate` of rule weekday and the `Context` and returns (TIMEX3 type, value):
the day read against the DCT through the clause's tense (XXXX-WXX-5 without a DCT).
`relative_weekday` gives the day of a weekday named with a direction, for the rel_unit normaliser.
"""

from __future__ import annotations

from datetime import date, timedelta

from kg.extract.timex.calendar import weekday_date
from kg.extract.timex.context import Context, Normalised
from kg.extract.timex.detection import Candidate
from kg.extract.timex.lexicon import WEEKDAYS, part_of_day_code


def bare_weekday(c: Candidate, ctx: Context) -> Normalised:
    """ "said Friday" this week's (or the last), "will meet Monday" the coming one; "Thursday night"."""
    g = c.m.groupdict()
    wd = WEEKDAYS[g["wd"].lower()]
    pod = part_of_day_code(g.get("pod"))
    day = ctx.day
    if not day:
        return ("TIME" if pod else "DATE"), f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
    wd_date = weekday_date(day, wd, ctx.tense(c))
    return ("TIME", f"{wd_date.isoformat()}T{pod}") if pod else ("DATE", wd_date.isoformat())


def relative_weekday(ctx: Context, day: date, wd: int, rel: int, rel_words: str) -> Normalised:
    """ "last Friday", "next Friday", "this Friday"; "the previous (following) Friday" from the day in discussion."""
    if rel_words in ("the previous", "the following") and ctx.last_day:
        # "down from the previous Friday": the weekday before (after) the day under discussion
        ref = date.fromisoformat(ctx.last_day)
        if rel < 0:
            return "DATE", (ref - timedelta(days=(ref.isoweekday() - wd) % 7 or 7)).isoformat()
        return "DATE", (ref + timedelta(days=(wd - ref.isoweekday()) % 7 or 7)).isoformat()
    diff = wd - day.isoweekday()
    if rel < 0:
        wd_date = day + timedelta(days=diff if diff < 0 else diff - 7)
    elif rel > 0:
        # the coming one ("next Friday" said on a Wednesday is usually this week's)
        wd_date = day + timedelta(days=diff if diff > 0 else diff + 7)
    else:
        wd_date = day + timedelta(days=diff)
    return "DATE", wd_date.isoformat()
