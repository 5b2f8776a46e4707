"""Recurrences (TIMEX3 SET): "weekly", "twice a year", "each season", "every winter", "every other
week", "every Monday night", "on Sundays".

Each normaliser takes a `Candidate` of its kind and the `Context` and returns ("SET", value), or None
to drop the match ("a year" that is not a rate: "it took a year").
"""

from __future__ import annotations

import re

from kg.extract.timex.calendar import season_of
from kg.extract.timex.context import Context, Normalised
from kg.extract.timex.detection import Candidate
from kg.extract.timex.lexicon import SEASONS, SET_ADVERBS, WEEKDAYS, month_number, part_of_day_code, phrase_key
from kg.extract.timex.quantities import duration_value, number

_RATES = ("a year", "a day", "a week", "a month", "an hour")
# what makes "a year" a rate: "three times a year", "2 percent a year". After a price ("$5 a month",
# "$33 million a year") TimeML's annotators mark the rate in some documents and not in others (measured on
# TimeBank: 1 of 5): kg leaves prices out.
_RATE_BEFORE = re.compile(r"(?:\b(?:times|once|twice|thrice)|%|\bpercent|\bper\s+cent)\s+$")


def set_adverb(c: Candidate, ctx: Context) -> Normalised:
    """ "weekly", "annually", "twice a year"; "each season" the season of the article."""
    s = phrase_key(c.m.group("s"))
    if s in _RATES:
        before = ctx.text[max(0, c.start - 25) : c.start].lower()
        if not _RATE_BEFORE.search(before):
            return None
    if s.endswith(" season") and ctx.day:
        # A bare "each season" recurs over the season the story is set in (the article's own).
        return "SET", f"XXXX-{season_of(ctx.day)[1]}"
    return "SET", SET_ADVERBS[s]


def every(c: Candidate, ctx: Context) -> Normalised:
    """ "every Monday night", "every March", "every winter", "every two weeks", "every other week" """
    g = c.m.groupdict()
    if g.get("wd"):
        pod = part_of_day_code(g.get("pod"))
        return "SET", f"XXXX-WXX-{WEEKDAYS[g['wd'].lower()]}" + (f"T{pod}" if pod else "")
    if g.get("mon"):
        return "SET", f"XXXX-{month_number(g['mon']):02d}"
    if g.get("s"):
        return "SET", f"XXXX-{SEASONS[g['s'].lower()]}"
    if g.get("ou"):  # "every other week", "every second month": each second one
        return ("SET", duration_value(2, g["ou"])) if g.get("o") else None
    n = number(g["n"])
    if n is None:
        return None
    if g.get("o"):
        n = 2
    return "SET", duration_value(n, g["u"])


def plural_weekday(c: Candidate, ctx: Context) -> Normalised:
    """ "on Sundays" """
    return "SET", f"XXXX-WXX-{WEEKDAYS[c.m.group('wd').lower()]}"
