"""The word tables of `data/lexicon.json`, read once at import, and lookups over them.

`LEXICON` is the whole file (month and weekday numbers, units, holidays' rules, the word lists the
rules and the tense reader use); the module-level names are its tables. `WORD_LISTS` names every list
a pattern may draw words from (`%words(NAME)` in `data/subpatterns.toml`, `@NAME` in a rule's needs).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

LEXICON: dict[str, Any] = json.loads((Path(__file__).parent / "data" / "lexicon.json").read_text(encoding="utf-8"))

MONTHS: dict[str, int] = LEXICON["months"]
WEEKDAYS: dict[str, int] = LEXICON["weekdays"]
SEASONS: dict[str, str] = LEXICON["seasons"]
PARTS_OF_DAY: dict[str, str] = LEXICON["parts_of_day"]
NUMBER_WORDS: dict[str, int] = LEXICON["number_words"]
ORDINALS: dict[str, int] = LEXICON["ordinals"]
UNITS: dict[str, str] = LEXICON["units"]
TIME_UNITS = frozenset(LEXICON["time_units"])
SET_ADVERBS: dict[str, str] = LEXICON["set_adverbs"]
VAGUE_DURATIONS: dict[str, str] = LEXICON["vague_durations"]
NON_TEMPORAL_AFTER_YEAR = frozenset(LEXICON["non_temporal_after_year"])
RELATIVE_DAYS: dict[str, int] = LEXICON["relative_days"]
SEASON_MONTHS: dict[str, list[int]] = LEXICON["season_months"]
POD_HOURS: dict[str, list[int]] = LEXICON["part_of_day_hours"]
HOLIDAYS: dict[str, list[Any]] = LEXICON["holidays"]

FULL_MONTHS = [m for m in MONTHS if len(m) > 3 or m == "may"]
ABBREVIATED_MONTHS = [m for m in MONTHS if m not in FULL_MONTHS]
FULL_WEEKDAYS = [d for d in WEEKDAYS if d.endswith("day")]

# Every table of the lexicon by its name (a table's words are its keys), and the lists derived from them.
# The tables themselves, not lists of their words: an alternation's words of equal length come in the order
# a set of them iterates, which depends on what the set was built from. The order changes no match, but
# keeping it keeps each compiled pattern the very string it was when the rules were Python code.
WORD_LISTS: dict[str, Collection[str]] = dict(LEXICON)
WORD_LISTS.update(
    full_months=FULL_MONTHS,
    abbreviated_months=ABBREVIATED_MONTHS,
    full_weekdays=FULL_WEEKDAYS,
    small_numbers=[w for w in NUMBER_WORDS if w not in ("a", "an")],
    tens=[w for w, n in NUMBER_WORDS.items() if n in (20, 30, 40, 50, 60, 70, 80, 90)],
    ones=[w for w, n in NUMBER_WORDS.items() if 1 <= n <= 9 and w not in ("a", "an", "single")],
)


def phrase_key(text: str) -> str:
    """A matched phrase as the lexicon spells it: lowercase, one space between words."""
    return re.sub(r"\s+", " ", text.lower())


def month_number(word: str) -> int:
    """ "Sept." → 9 (KeyError for a word that names no month)."""
    return MONTHS[word.lower().rstrip(".")]


def part_of_day_code(word: str | None) -> str | None:
    """ "morning" → "MO"; None for no word or one the lexicon does not know."""
    if not word:
        return None
    return PARTS_OF_DAY.get(phrase_key(word))


def direction_of(word: str) -> int:
    """-1 for a word looking back ("last", "the past"), +1 ahead ("next", "the coming"), 0 otherwise."""
    w = phrase_key(word)
    if w in ("last", "the past", "the last", "past", "previous", "the previous", "this past"):
        return -1
    if w in ("next", "the coming", "the next", "coming", "the following"):
        return 1
    return 0
