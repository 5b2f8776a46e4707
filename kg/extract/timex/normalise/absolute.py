"""Dates the text names by number or name: "2024-03-05", "May 3, 2025", "June 1998", "the 1990s", "the
third quarter of 2026", "the 20th century", "the week of March 6".

Each normaliser takes a `Candidate` of its kind and the `Context` and returns (TIMEX3 type, value), or
None to drop the match. A day or month named without its year gets one from the DCT and the tense.
"""

from __future__ import annotations

import re
from datetime import date

from kg.extract.timex.calendar import iso_week, nearest_year, year_of_month
from kg.extract.timex.context import Context, Normalised
from kg.extract.timex.detection import Candidate
from kg.extract.timex.lexicon import ORDINALS, SEASONS, WEEKDAYS, direction_of, month_number
from kg.extract.timex.patterns import MONTH_DAY
from kg.extract.timex.quantities import number


def _day_of_month(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _exists(y: int | str, mon: int | str, d: int | str) -> bool:
    """Whether the day exists ("2025-02-29" does not): an impossible date gets no value."""
    try:
        date(int(y), int(mon), int(d))
    except (ValueError, OverflowError):
        return False
    return True


def iso_date(c: Candidate, ctx: Context) -> Normalised:
    g = c.m.groupdict()
    if not _exists(g["y"], g["m"], g["d"]) or (g.get("hh") and (int(g["hh"]) > 23 or int(g["mm"] or 0) > 59)):
        return None
    v = f"{g['y']}-{g['m']}-{g['d']}"
    return ("TIME", f"{v}T{g['hh']}:{g['mm']}") if g.get("hh") else ("DATE", v)


def numeric_date(c: Candidate, ctx: Context) -> Normalised:
    g = c.m.groupdict()
    y = g["y"] if len(g["y"]) == 4 else ("19" if int(g["y"]) > 30 else "20") + g["y"]
    if not _exists(y, g["m"], g["d"]):
        return None
    return "DATE", f"{y}-{int(g['m']):02d}-{int(g['d']):02d}"


def _year_by_weekday(weekday: str | None, day: date, mon: int, d: int) -> int | None:
    """ "Monday, Jan. 6": the nearby year (this, last, next) in which that day is that weekday."""
    if not weekday:
        return None
    wd = WEEKDAYS[weekday.lower()]
    for cand in (day.year, day.year - 1, day.year + 1):
        try:
            if date(cand, mon, d).isoweekday() == wd:
                return cand
        except ValueError:
            pass
    return None


def _year_of_day(c: Candidate, ctx: Context, day: date, mon: int, d: int) -> int | None:
    """The year of a day named without one: by its weekday, its direction ("last Oct. 23"), else the tense."""
    g = c.m.groupdict()
    by_weekday = _year_by_weekday(g.get("wd"), day, mon, d)
    if by_weekday is not None:
        return by_weekday
    # no weekday, or one that fits no nearby year: read the tense
    y = day.year
    rel_word = (g.get("rel") or "").lower()
    tense = "future" if rel_word == "next" else "past" if rel_word else ctx.tense(c)
    try:
        target = date(y, mon, d)
    except ValueError:
        return None
    if tense == "past" and (target - day).days > 31:
        y -= 1
    elif tense == "future" and (day - target).days > 31:
        y += 1
    elif tense == "conditional" and (day - target).days > 31:
        y += 1
    elif tense not in ("past", "future", "conditional"):
        y = nearest_year(day, mon, d, tense)
    return y


def month_day(c: Candidate, ctx: Context) -> Normalised:
    """ "May 3, 2025", "3 May", "last Oct. 23", "Monday, Jan. 6" (rules month_day and day_month)."""
    g = c.m.groupdict()
    mon = month_number(g["mon"])
    d = _day_of_month(g["d"])
    if g.get("y"):
        y = int(g["y"])
    elif not ctx.day:
        return "DATE", f"XXXX-{mon:02d}-{d:02d}"
    else:
        read = _year_of_day(c, ctx, ctx.day, mon, d)
        if read is None:
            return None
        y = read
    try:
        date(y, mon, d)
    except ValueError:
        return None
    return "DATE", f"{y}-{mon:02d}-{d:02d}"


def month_of_year(c: Candidate, ctx: Context) -> Normalised:
    g = c.m.groupdict()
    return "DATE", f"{g['y']}-{month_number(g['mon']):02d}"


def month_of_relative_year(c: Candidate, ctx: Context) -> Normalised:
    """ "June last year" """
    g = c.m.groupdict()
    mon = month_number(g["mon"])
    if not ctx.day:
        return "DATE", f"XXXX-{mon:02d}"
    return "DATE", f"{ctx.day.year + direction_of(g['rel'])}-{mon:02d}"


def bare_month(c: Candidate, ctx: Context) -> Normalised:
    """ "in August": the year from the tense ("closed in August" the last, "will open in August" the next)."""
    mon = month_number(c.m.group("mon"))
    if not ctx.day:
        return "DATE", f"XXXX-{mon:02d}"
    return "DATE", f"{year_of_month(ctx.day, mon, ctx.tense(c))}-{mon:02d}"


def spoken_year(c: Candidate, ctx: Context) -> Normalised:
    """ "nineteen ninety-six", "two thousand and three", "(the year) May two thousand" """
    g = c.m.groupdict()
    sy = re.sub(r"[\s-]+", " ", g["sy"].lower())
    if sy.startswith("nineteen"):
        rest = number(sy[len("nineteen") :].strip())
        if rest is None or rest >= 100:
            return None
        y = 1900 + int(rest)
    else:
        rest_s = sy.replace("two thousand", "").replace("and", "").strip()
        y = 2000 + int(number(rest_s) or 0) if rest_s else 2000
    if g.get("mon"):
        return "DATE", f"{y}-{month_number(g['mon']):02d}"
    return "DATE", str(y)


def season_of_year(c: Candidate, ctx: Context) -> Normalised:
    g = c.m.groupdict()
    return "DATE", f"{g['y']}-{SEASONS[g['s'].lower()]}"


def quarter_of_year(c: Candidate, ctx: Context) -> Normalised:
    g = c.m.groupdict()
    qn = ORDINALS.get(g["o"].lower(), 0)
    return ("DATE", f"{g['y']}-Q{qn}") if 1 <= qn <= 4 else None


def half_of_year(c: Candidate, ctx: Context) -> Normalised:
    g = c.m.groupdict()
    return "DATE", f"{g['y']}-H{1 if g['o'].lower() == 'first' else 2}"


def year(c: Candidate, ctx: Context) -> Normalised:
    return "DATE", c.m.group("y")


def decade(c: Candidate, ctx: Context) -> Normalised:
    """ "the 1990s" → 199; "the '90s" → the nearest such decade before the DCT."""
    g = c.m.groupdict()
    if g.get("y"):
        return "DATE", g["y"]
    yy = g["yy"]
    day = ctx.day
    century = (day.year // 100) if day else 19
    if day and int(yy) * 10 > day.year % 100:
        century -= 1
    return "DATE", f"{century}{yy}"


def century(c: Candidate, ctx: Context) -> Normalised:
    """ "the 20th century" → 19; "this century" the DCT's; "the past century" a hundred years."""
    o = c.m.group("o")
    if o:
        nth = ORDINALS.get(o.lower()) or int(re.match(r"\d+", o).group(0))  # type: ignore[union-attr]
        return "DATE", f"{nth - 1:02d}"
    day = ctx.day
    if not day:
        return "DATE", "XX"
    rel = direction_of(c.m.group(0).lower().replace("the ", "").split()[0])
    if rel < 0:
        return "DURATION", "P100Y"
    return "DATE", f"{day.year // 100 + rel:02d}"


def week_of_day(c: Candidate, ctx: Context) -> Normalised:
    """ "the week of March 6": the ISO week holding that day (its year read like the day's own)."""
    inner_match = MONTH_DAY.match(ctx.text, c.m.start("mon"))
    if inner_match is None:
        return None
    norm = month_day(Candidate(c.m.start("mon"), c.end, "month_day", inner_match, c.order), ctx)
    if norm is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", norm[1]):
        return None
    return "DATE", iso_week(date.fromisoformat(norm[1]))
