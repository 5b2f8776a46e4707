"""Durations: "90 days", "nearly forty years", "three-year-long", "a 10 year sentence", "recent weeks",
"the months ahead", "for months", "months-long", "his tenure".

Each normaliser takes a `Candidate` of its kind and the `Context` and returns ("DURATION", value), or
None to drop the match ("a year" not introduced as a stretch of time, "the second").
"""

from __future__ import annotations

import re

from kg.extract.timex.context import Context, Normalised
from kg.extract.timex.detection import Candidate
from kg.extract.timex.lexicon import VAGUE_DURATIONS, phrase_key
from kg.extract.timex.patterns import APPROX
from kg.extract.timex.quantities import duration_value, number

# what introduces "a year" as a duration: "for a year", "nearly a year", "spent a year"
_INTRODUCES_DURATION = re.compile(
    r"\b(?:for|within|in|over|after|about|nearly|almost|than|least|only|lasting|spent)\s+$"
)


def counted_units(c: Candidate, ctx: Context) -> Normalised:
    """ "90 days", "the past three years", "two more weeks", "a year" (only after "for", "nearly", ...)."""
    g = c.m.groupdict()
    text = c.m.group(0)
    n = number(g["n"])
    u = g["u"].lower()
    if u in ("second", "night", "nights") and n is None:
        return None
    if u == "second" or (u == "quarter" and g["n"].lower() in ("a", "an")):
        return None
    if g["n"].lower() in ("a", "an") and not g.get("mod") and not re.match(r"(?i)the\b", text):
        # "a year": only a duration when introduced as one ("for a year", "nearly a year")
        before = ctx.text[max(0, c.start - 12) : c.start].lower()
        if not (_INTRODUCES_DURATION.search(before) or re.match(APPROX, text, re.IGNORECASE)):
            return None
    return "DURATION", duration_value(n, u)


def unit_adjective(c: Candidate, ctx: Context) -> Normalised:
    """ "three-year-long", "five-year" """
    return "DURATION", duration_value(number(c.m.group("n")), c.m.group("u"))


def vague_units(c: Candidate, ctx: Context) -> Normalised:
    """ "recent weeks", "several months", "the months ahead" (but not "early years")."""
    qual = (c.m.groupdict().get("q") or "").lower()
    if qual == "early":
        return None
    return "DURATION", duration_value(None, c.m.group("u"))


def bare_units(c: Candidate, ctx: Context) -> Normalised:
    """ "for months", "months-long" """
    return "DURATION", duration_value(None, c.m.group("u"))


def vague_duration(c: Candidate, ctx: Context) -> Normalised:
    """ "his tenure" and the other words of the lexicon's vague_durations."""
    return "DURATION", VAGUE_DURATIONS[phrase_key(c.m.group("w"))]
