"""Days named relative to the DCT and times of day: "yesterday", "tonight", "the morning of today",
"10:30 a.m. Friday", "1400 GMT", "noon", "this morning", "overnight", "mid-afternoon yesterday".

Each normaliser takes a `Candidate` of its kind and the `Context` and returns (TIMEX3 type, value), or
None to drop the match. Without a DCT the day stays XXXX-XX-XX.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.timex.calendar import weekday_date
from kg.extract.timex.context import Context, Normalised, sentence_start
from kg.extract.timex.detection import Candidate
from kg.extract.timex.lexicon import LEXICON, RELATIVE_DAYS, WEEKDAYS, month_number, part_of_day_code, phrase_key
from kg.extract.timex.patterns import FOLLOWING_DAY


def _iso_or_unknown(day: date | None) -> str:
    return day.isoformat() if day else "XXXX-XX-XX"


def _named_day(c: Candidate, ctx: Context) -> date | None:
    """The day the match names ("yesterday", "Friday", "Oct. 23"), else the DCT's (None without a DCT)."""
    g = c.m.groupdict()
    day = ctx.day
    r = (g.get("r") or "").lower()
    if r:
        return day + timedelta(days=RELATIVE_DAYS[r]) if day else None
    if g.get("wd"):
        return weekday_date(day, WEEKDAYS[g["wd"].lower()], ctx.tense(c)) if day else None
    if g.get("mon") and g.get("d") and day:
        mon = month_number(g["mon"])
        try:
            return date(day.year, mon, int(re.match(r"\d+", g["d"]).group(0)))  # type: ignore[union-attr]
        except ValueError:
            return day
    return day


def _day_of_clock_time(c: Candidate, ctx: Context) -> date | None:
    """A clock time's day: the one it names, else the one named after it or earlier in its sentence."""
    base = _named_day(c, ctx)
    g = c.m.groupdict()
    day = ctx.day
    if not day or g.get("r") or g.get("wd") or g.get("mon"):
        return base
    # a bare clock time is on the day the sentence names: "at 10:35 a.m. (0735 GMT) Friday",
    # "on Oct. 23 ... at 10 p.m."; else on the DCT
    after = FOLLOWING_DAY.match(ctx.text, c.end)
    if after:
        if after.group("r"):
            return day + timedelta(days=RELATIVE_DAYS[after.group("r").lower()])
        return weekday_date(day, WEEKDAYS[after.group("wd").lower()], ctx.tense(c))
    if ctx.last_day and ctx.last_day_sentence == sentence_start(ctx.doc, c.start):
        return date.fromisoformat(ctx.last_day)
    return base


def clock_time(c: Candidate, ctx: Context) -> Normalised:
    """ "10:30 a.m.", "8 p.m. Friday", "9 in the morning" """
    ds = _iso_or_unknown(_day_of_clock_time(c, ctx))
    g = c.m.groupdict()
    h = int(g["h"])
    ap = phrase_key(g["ap"])
    if (ap.startswith("p") or "afternoon" in ap or "evening" in ap) and h < 12:
        h += 12
    if (ap.startswith("a") or "morning" in ap) and h == 12:
        h = 0
    return "TIME", f"{ds}T{h:02d}:{int(g['mi'] or 0):02d}"


def clock_word(c: Candidate, ctx: Context) -> Normalised:
    """ "noon", "midnight Friday" """
    ds = _iso_or_unknown(_day_of_clock_time(c, ctx))
    cw = c.m.group("cw").lower()
    return "TIME", f"{ds}T{LEXICON['clock_words'][cw][:2] if cw == 'midnight' else '12:00'}"


def clock24(c: Candidate, ctx: Context) -> Normalised:
    """ "1400 GMT", "14:00 hours": on the day named after it ("0615 GMT Wednesday", "(0615 GMT) today")
    or earlier in its sentence, else on the DCT."""
    return "TIME", f"{_iso_or_unknown(_day_of_clock_time(c, ctx))}T{int(c.m.group('h')):02d}:{c.m.group('mi')}"


def relative_day(c: Candidate, ctx: Context) -> Normalised:
    """ "yesterday", "tonight", "today's", "tomorrow morning", "the morning of today" """
    ds = _iso_or_unknown(_named_day(c, ctx))
    g = c.m.groupdict()
    if (g.get("r") or "").lower() == "tonight":
        return "TIME", f"{ds}TNI"
    pod = part_of_day_code(g.get("pod"))
    if pod:
        return "TIME", f"{ds}T{pod}"
    return "DATE", ds


def part_of_day(c: Candidate, ctx: Context) -> Normalised:
    """ "this morning" on the DCT; "the morning", "that night" on the day under discussion."""
    pod = part_of_day_code(c.m.group("pod"))
    det = phrase_key(c.m.group("det") or "")
    day = ctx.day
    if "the" in det.split() and "in the" not in det:
        # "the morning": the day under discussion
        day_iso = ctx.last_day or (day.isoformat() if day else "XXXX-XX-XX")
        return "TIME", f"{day_iso}T{pod}"
    if det == "that":
        day_iso = ctx.last_day or "XXXX-XX-XX"
        return "TIME", f"{day_iso}T{pod}"
    return "TIME", f"{_iso_or_unknown(day)}T{pod}"


def overnight(c: Candidate, ctx: Context) -> Normalised:
    """ "overnight" (the night before a report), "midday", "mid-afternoon yesterday" """
    g = c.m.groupdict()
    pod = part_of_day_code(g.get("pod") or g.get("pod2"))
    day = ctx.day
    if not day:
        return "TIME", f"XXXX-XX-XXT{pod}"
    if g.get("r"):  # "mid-afternoon yesterday"
        return "TIME", f"{(day + timedelta(days=RELATIVE_DAYS[g['r'].lower()])).isoformat()}T{pod}"
    if pod == "NI":
        # a news report of an overnight event speaks of the night that just ended
        night_of = day if ctx.tense(c) == "future" else day - timedelta(days=1)
        return "TIME", f"{night_of.isoformat()}TNI"
    return "TIME", f"{day.isoformat()}T{pod}"
