"""Normalisation: a detected expression → its TIMEX3 (type, value), one small normaliser per kind.

`normalise(candidate, context)` takes a `Candidate` and the article's `Context` and returns (type,
value) — type DATE, TIME, DURATION or SET — or None to drop the match. `NORMALISERS` maps each rule's
kind (data/rules.toml) to its normaliser; a rule without one fails at import. The modules group them:
absolute (dates named by number or name), relative (to the DCT or to an earlier date), weekdays,
times (of day), periods (reporting quarters), durations, sets, holidays.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.timex.context import Context, Normalised
from kg.extract.timex.detection import Candidate
from kg.extract.timex.normalise import absolute, durations, holidays, periods, relative, sets, times, weekdays
from kg.extract.timex.patterns import RULES

Normaliser = Callable[[Candidate, Context], Normalised]

NORMALISERS: dict[str, Normaliser] = {
    "iso": absolute.iso_date,
    "numeric": absolute.numeric_date,
    "month_day": absolute.month_day,
    "day_month": absolute.month_day,
    "month_year": absolute.month_of_year,
    "month_relyear": absolute.month_of_relative_year,
    "month": absolute.bare_month,
    "spoken_year": absolute.spoken_year,
    "season_year": absolute.season_of_year,
    "quarter_year": absolute.quarter_of_year,
    "half_year": absolute.half_of_year,
    "year": absolute.year,
    "decade": absolute.decade,
    "century": absolute.century,
    "week_of": absolute.week_of_day,
    "relday": times.relative_day,
    "pod_relday": times.relative_day,
    "pod": times.part_of_day,
    "overnight": times.overnight,
    "clock": times.clock_time,
    "clock24": times.clock24,
    "clockword": times.clock_word,
    "weekday": weekdays.bare_weekday,
    "rel_unit": relative.relative_unit,
    "the_unit": relative.the_unit,
    "rel_ago": relative.units_ago,
    "present": relative.present_reference,
    "present_adj": relative.present_reference,
    "past": relative.past_reference,
    "future": relative.future_reference,
    "future_adj": relative.future_reference,
    "quarter": periods.quarter,
    "the_period": periods.the_period,
    "quarter_ago": periods.year_ago_period,
    "year_ago_adj": periods.year_ago_period,
    "quarter_rel": periods.quarter_of_named_year,
    "period_ago": periods.quarter_of_named_year,
    "period_ended": periods.period_ended,
    "n_units": durations.counted_units,
    "n_unit_adj": durations.unit_adjective,
    "vague_units": durations.vague_units,
    "vague_units_ahead": durations.vague_units,
    "bare_units": durations.bare_units,
    "unit_long": durations.bare_units,
    "vague": durations.vague_duration,
    "holiday": holidays.holiday,
    "set": sets.set_adverb,
    "set_every": sets.every,
    "set_plural_wd": sets.plural_weekday,
}

_UNHANDLED = [r.kind for r in RULES if r.kind not in NORMALISERS]
if _UNHANDLED:
    raise ImportError(f"rules.toml: no normaliser for the rule kinds {_UNHANDLED}")


def normalise(c: Candidate, ctx: Context) -> Normalised:
    """(type, value) for a candidate, or None to drop it."""
    return NORMALISERS[c.kind](c, ctx)
