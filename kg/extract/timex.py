"""Temporal expressions: detection (TimeML extents) and normalisation to TIMEX3 values.

`find_timexes(doc, published)` takes a parsed article and its publication date (the document creation
time, DCT) and returns `Timex` records in text order: DATE, TIME, DURATION and SET expressions with
TimeML extents ("the third quarter", "last week", "in recent weeks" → "recent weeks") and TIMEX3 values
resolved against the DCT ("Friday" → the Friday of the reporting week, read through verb tense).

Detection is a set of regular expressions built from the word lists in `data/timex_lexicon.json`
(HeidelTime-style); the parse is consulted only to read tense and to reject false friends ("may" the
modal verb). Normalisation is our own: dateparser is not used on this hot path.
Without a DCT, relative expressions stay underspecified (`XXXX-XX-XX`, `XXXX-WXX-5`, `PRESENT_REF`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.facts import Timex
from kg.nlp import doc_text, sent_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_timexes", "parse_published", "timex_bounds", "LEXICON"]

LEXICON: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "timex_lexicon.json").read_text(encoding="utf-8")
)

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


def _alt(words: list[str] | Any) -> str:
    """A regex alternation of `words`, longest first, spaces matching any run of blanks."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_FULL_MONTHS = [m for m in MONTHS if len(m) > 3 or m == "may"]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
_FULL_WEEKDAYS = [d for d in WEEKDAYS if d.endswith("day")]
_SMALL_NUMBERS = [w for w in NUMBER_WORDS if w not in ("a", "an")]
_TENS = [w for w, n in NUMBER_WORDS.items() if n in (20, 30, 40, 50, 60, 70, 80, 90)]
_ONES = [w for w, n in NUMBER_WORDS.items() if 1 <= n <= 9 and w not in ("a", "an", "single")]

MONTH = rf"(?:(?:{_alt(_FULL_MONTHS)})|(?:{_alt(_ABBR_MONTHS)})\.?)"
MONTH_ANY = rf"(?:(?:{_alt(_FULL_MONTHS)}|{_alt(_ABBR_MONTHS)})\.?)"
WEEKDAY = rf"(?:{_alt(_FULL_WEEKDAYS)})"
SEASON = rf"(?:{_alt(SEASONS)})"
POD = r"(?:morning|afternoon|evening|night)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
NUMWORD = rf"(?:(?:{_alt(_TENS)})(?:[\s-]+(?:{_alt(_ONES)}))?|{_alt(_SMALL_NUMBERS)})"
NUM = rf"(?:\d+(?:[.,]\d+)?(?:\s+1/2)?|{NUMWORD}|an?)"
VAGUE_NUM = r"(?:a\s+few|few|several|some|many|a\s+number\s+of|numerous|a\s+couple\s+of|couple\s+of)"
UNIT = rf"(?:{_alt(UNITS)})"
UNIT_SG = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century)"
UNIT_PL = r"(?:seconds|minutes|hours|days|nights|weeks|weekends|months|quarters|years|decades|centuries)"
APPROX = rf"(?:(?:{_alt(LEXICON['approximators'])})\s+)"
EDGE = r"(?:(?:(?:mid|early|late|pre|post)-|(?:early|earlier|late|later|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|end\s+of|(?:by|at)\s+the\s+end\s+of)\s+))"  # noqa: E501
ORD = rf"(?:{_alt(ORDINALS)})"
REL = r"(?:this|last|next|the\s+current|current|the\s+past|the\s+last|the\s+coming|the\s+next|past|coming|previous|the\s+previous|the\s+following|this\s+past|that)"  # noqa: E501
B = r"(?<![\w'-])"  # word start
E = r"(?![\w-])"  # word end

# (kind, pattern). Overlaps are resolved by longest match, then by order here.
_PATTERNS: list[tuple[str, str]] = [
    ("iso", rf"{B}(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?{E}"),
    ("numeric", rf"{B}(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>{YEAR}|\d\d){E}"),
    (
        "month_day",
        rf"{B}(?:(?P<rel>last|next|this\s+past)\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<mon>{MONTH_ANY})\s+(?P<d>{DAYNUM}){E}"
        rf"(?:,?\s+(?P<y>{YEAR}){E})?",
    ),
    (
        "day_month",
        rf"{B}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAYNUM})\s+(?:of\s+)?(?P<mon>{MONTH}){E}"
        rf"(?:,?\s+(?P<y>{YEAR}){E})?",
    ),
    ("month_year", rf"{B}{EDGE}?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR}){E}"),
    ("month_relyear", rf"{B}{EDGE}?(?P<mon>{MONTH})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year{E}"),
    ("month", rf"{B}{EDGE}?(?P<mon>{MONTH}){E}(?!\s+\d)"),
    (
        "spoken_year",
        rf"{B}(?:the\s+year\s+)?(?:(?P<mon>{MONTH})\s+)?(?P<sy>nineteen[\s-]+(?:{NUMWORD})|two\s+thousand(?:\s+and)?(?:\s+(?:{NUMWORD}))?){E}",
    ),  # noqa: E501
    ("season_year", rf"{B}{EDGE}?(?:the\s+)?(?P<s>{SEASON})\s+(?:of\s+)?(?P<y>{YEAR}){E}"),
    ("quarter_year", rf"{B}(?:the\s+)?(?P<o>{ORD})[\s-]+quarter\s+(?:of\s+)?(?P<y>{YEAR}){E}"),
    ("half_year", rf"{B}(?:the\s+)?(?P<o>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+(?P<y>{YEAR}){E}"),  # noqa: E501
    ("year", rf"{B}{EDGE}?(?P<fiscal>fiscal\s+(?:year\s+)?)?(?P<y>{YEAR}){E}(?!\s*%)(?![.,]\d)"),
    ("decade", rf"{B}{EDGE}?(?:the\s+)?(?:(?P<y>1[6-9]\d|20\d)0|'(?P<yy>\d)0)'?s{E}"),
    ("century", rf"{B}(?:the\s+)?(?:(?:this|last|next|past)\s+|(?P<o>{ORD}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+)century{E}"),
    (
        "relday",
        rf"{B}{EDGE}?(?P<r>today|tonight|yesterday|tomorrow)(?:'s)?"
        rf"(?:\s+(?P<pod>{POD}){E})?",
    ),
    (
        "pod_relday",
        rf"{B}(?:early\s+|late\s+)?(?P<pod>{POD})\s+of\s+(?P<r>today|yesterday|tomorrow|(?P<wd>{WEEKDAY})){E}",
    ),  # noqa: E501
    (
        "rel_unit",
        rf"{B}{EDGE}?(?P<rel>{REL})\s+(?P<u>week|month|year|quarter|weekend|decade|century|fiscal\s+year|"
        rf"{SEASON}|{WEEKDAY}|{MONTH}|fiscal\s+year|(?P<pod>{POD}))(?:'s)?{E}",
    ),
    ("weekday", rf"{B}{EDGE}?(?P<wd>{WEEKDAY})(?:'s)?(?:\s+(?P<pod>{POD}){E})?{E}"),
    (
        "pod",
        rf"{B}(?:(?P<det>this|that|the|early\s+this|later\s+this|late\s+this|early\s+in\s+the|later\s+in\s+the)\s+)(?P<pod>{POD}){E}",
    ),  # noqa: E501
    (
        "overnight",
        rf"{B}(?P<pod>overnight|midday|mid-day|mid[\s-]afternoon|mid-morning)(?:\s+(?P<r>yesterday|today|tomorrow)){E}"
        rf"|{B}(?P<pod2>overnight|midday|mid-day|mid[\s-]afternoon|mid-morning){E}",
    ),
    (
        "clock",
        rf"{B}(?:(?:around|about|at|approximately|shortly\s+after|shortly\s+before)\s+)?"
        rf"(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am{E}|pm{E}|in\s+the\s+(?:morning|afternoon|evening))"  # noqa: E501
        rf"(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC|local\s+time){E})?"
        rf"(?:,?\s+(?:(?P<wd>{WEEKDAY})|(?P<r>today|yesterday|tomorrow)|(?P<mon>{MONTH_ANY})\s+(?P<d>{DAYNUM})){E})?",
    ),
    ("clock24", rf"{B}(?P<h>[01]\d|2[0-3]):?(?P<mi>[0-5]\d)\s+(?P<tz>GMT|UTC|hours|hrs){E}"),
    ("clockword", rf"{B}(?P<cw>noon|midnight)(?:\s+(?:(?P<wd>{WEEKDAY})|(?P<r>today|yesterday|tomorrow)){E})?"),
    (
        "quarter",
        rf"{B}(?:(?P<det>the|this|last|next|its|this\s+year's|the\s+current)\s+)?(?P<o>{ORD}|final|last|latest|current|fiscal)[\s-]+quarters?{E}",
    ),  # noqa: E501
    ("week_of", rf"{B}the\s+week\s+of\s+(?P<mon>{MONTH_ANY})\s+(?P<d>{DAYNUM})(?:,?\s+(?P<y>{YEAR}))?{E}"),
    (
        "quarter_rel",
        rf"{B}(?:the\s+)?(?:(?P<ago>year-ago|year-earlier|year\s+earlier)\s+(?:fiscal\s+)?(?P<o>{ORD}|final)[\s-]+quarter|(?:(?P<qy>{YEAR})|(?P<ry>last|next|this)\s+year's)\s+(?:fiscal\s+)?(?:(?P<o2>{ORD}|final)[\s-]+quarter|(?P<u>quarter|period)))s?{E}",
    ),  # noqa: E501
    (
        "period_ago",
        rf"{B}the\s+(?:same\s+|corresponding\s+|comparable\s+)?(?:quarter|period)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+year){E}",
    ),  # noqa: E501
    (
        "period_ended",
        rf"{B}the\s+(?:fiscal\s+)?(?P<u>year|quarter|period)(?=\s+end(?:ed|ing|s)\s+(?P<mon>{MONTH_ANY})\s+(?P<d>{DAYNUM})(?:,?\s+(?P<y>{YEAR}))?{E})",
    ),  # noqa: E501
    (
        "quarter_ago",
        rf"{B}(?:the\s+)?(?:comparable\s+|same\s+)?(?P<adj>year-ago|year-earlier|year\s+earlier|year\s+ago)\s+(?:quarter|period){E}",
    ),  # noqa: E501
    ("year_ago_adj", rf"{B}(?P<adj>year-ago|year-earlier|prior-year|previous-year|last-year){E}"),
    (
        "the_period",
        rf"{B}the\s+(?:latest\s+|most\s+recent\s+|recent\s+)?(?P<u>quarter|period){E}(?!\s+(?:ended|ending|ends|of|from))",
    ),  # noqa: E501
    (
        "rel_ago",
        rf"{B}{APPROX}?(?:just\s+)?(?P<n>{NUM}|{VAGUE_NUM})\s+(?:(?P<more>more)\s+)?(?P<u>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence){E}",
    ),  # noqa: E501
    (
        "n_units",
        rf"{B}(?:the\s+)?{APPROX}?(?P<mod>(?:past|last|next|first|coming|previous|final|latest|remaining|following|entire|full|whole|same|initial|other)\s+)?(?P<n>{NUM}|{VAGUE_NUM})\s+(?:(?P<more>more|additional|straight|consecutive|full|long)\s+)?(?P<u>{UNIT})(?P<long>-long|-old)?{E}",
    ),  # noqa: E501
    ("n_unit_adj", rf"{B}(?P<n>\d+(?:\.\d+)?|{NUMWORD}|half|a)-(?P<u>{UNIT_SG})(?:-(?:long|old|plus))?{E}"),
    (
        "n_unit_adj_ws",
        rf"{B}(?P<n>\d+|{NUMWORD})\s+(?P<u>{UNIT_SG})(?=\s+(?:low|high|period|term|plan|sentence|contract|deal|program|war|conflict|campaign|flight|trip|tour|visit|meeting|stay|delay){E})",
    ),  # noqa: E501
    (
        "vague_units",
        rf"{B}(?:the\s+)?(?P<q>recent|coming|past\s+few|last\s+few|next\s+few|few|several|many|subsequent|following|ensuing|previous|preceding|intervening|early|first)\s+(?P<u>{UNIT_PL}){E}",
    ),  # noqa: E501
    ("vague_units_ahead", rf"{B}the\s+(?P<u>{UNIT_PL})\s+ahead{E}"),
    (
        "bare_units",
        rf"\b(?:for|within|in|over|after|lasting|took|take|takes|than)\s+(?P<core>(?P<u>{UNIT_PL})(?:\s+or\s+(?P<u2>{UNIT_PL}))?){E}(?!\s+of\b)",
    ),  # noqa: E501
    ("unit_long", rf"{B}(?P<u>{UNIT_PL})-long{E}"),
    (
        "holiday",
        rf"{B}(?:(?P<rel>last|next|this\s+past|this|this\s+year's|last\s+year's|next\s+year's)\s+)?(?P<hol>{_alt(HOLIDAYS)})(?:\s+(?P<wk>week|weekend))?{E}",
    ),  # noqa: E501
    ("set", rf"{B}(?P<s>{_alt(SET_ADVERBS)}){E}"),
    (
        "set_every",
        rf"{B}(?:every|each)\s+(?:(?P<o>other|second)\s+)?(?:(?P<wd>{WEEKDAY})|(?P<mon>{MONTH})|(?P<s>{SEASON})|(?P<n>{NUM})\s+(?P<u>{UNIT}))(?:\s+(?P<pod>{POD}))?{E}",
    ),  # noqa: E501
    ("set_plural_wd", rf"{B}(?:on\s+)?(?P<wd>{WEEKDAY})s{E}"),
    ("present", rf"{B}(?P<w>{_alt(LEXICON['present_ref'])}){E}"),
    ("present_adj", rf"{B}(?P<w>current|currently){E}(?=\s+[a-z])"),
    ("past", rf"{B}(?P<w>{_alt(LEXICON['past_ref_spans'])}){E}(?!\s+(?:{NUM}|{VAGUE_NUM}|{UNIT})\b)"),
    ("future", rf"{B}(?P<w>{_alt(LEXICON['future_ref_spans'])}){E}"),
    ("future_adj", rf"{B}(?P<w>future|upcoming|forthcoming){E}(?=\s+[a-z])"),
    (
        "the_unit",
        rf"{B}(?:(?P<pre>for|of|during|throughout|in|later\s+in|earlier\s+in|over)\s+)?(?P<the>the\s+(?P<u>day|week|month|year|weekend|summer|winter|spring|fall))(?:'s)?{E}(?!\s+(?:before|after|of|when|that|in|on|he|she|they|it|ended|ending)\b)",
    ),  # noqa: E501
    ("vague", rf"{B}(?:(?:his|her|their|its|my|our|your)\s+)?(?P<w>{_alt(VAGUE_DURATIONS)}){E}"),
]
_COMPILED = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _PATTERNS]


def _key_words(phrases: Any) -> frozenset[str]:
    """One word of each phrase (its longest), as `_WORD` splits text: a match of the phrase contains it."""
    return frozenset(max(re.findall(r"[a-z]+|\d+", p.lower()), key=len) for p in phrases)


_DIGITS = "<digit>"  # stands for any number in a stretch of text
_MONTH_WORDS = frozenset(MONTHS)
_UNIT_SG_WORDS = frozenset(UNIT_SG[3:-1].split("|"))
_UNIT_PL_WORDS = frozenset(UNIT_PL[3:-1].split("|"))
_POD_WORDS = frozenset(POD[3:-1].split("|"))
_QUARTER_PERIOD = frozenset({"quarter", "quarters", "period", "periods"})
# Words one of which every match of a pattern contains (a pattern runs only where one is near):
# most patterns cannot match in most stretches, and running fifty of them everywhere was a quarter of
# extraction time. tests/test_timex.py checks that every pattern has an entry.
_NEEDS: dict[str, frozenset[str]] = {
    "iso": frozenset({_DIGITS}),
    "numeric": frozenset({_DIGITS}),
    "month_day": _MONTH_WORDS,
    "day_month": _MONTH_WORDS,
    "month_year": _MONTH_WORDS,
    "month_relyear": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "spoken_year": frozenset({"nineteen", "thousand"}),
    "season_year": frozenset(SEASONS),
    "quarter_year": frozenset({"quarter"}),
    "half_year": frozenset({"half", "quarters"}),
    "year": frozenset({_DIGITS}),
    "decade": frozenset({_DIGITS}),
    "century": frozenset({"century"}),
    "relday": frozenset({"today", "tonight", "yesterday", "tomorrow"}),
    "pod_relday": _POD_WORDS,
    "rel_unit": frozenset({"week", "month", "year", "quarter", "weekend", "decade", "century"})
    | frozenset(SEASONS)
    | frozenset(_FULL_WEEKDAYS)
    | _MONTH_WORDS
    | _POD_WORDS,
    "weekday": frozenset(_FULL_WEEKDAYS),
    "pod": _POD_WORDS,
    "overnight": frozenset({"overnight", "midday", "mid"}),
    "clock": frozenset({_DIGITS}),
    "clock24": frozenset({_DIGITS}),
    "clockword": frozenset({"noon", "midnight"}),
    "quarter": frozenset({"quarter", "quarters"}),
    "week_of": frozenset({"week"}),
    "quarter_rel": _QUARTER_PERIOD,
    "period_ago": _QUARTER_PERIOD,
    "period_ended": frozenset({"year", "quarter", "period"}),
    "quarter_ago": _QUARTER_PERIOD,
    "year_ago_adj": frozenset({"year"}),
    "the_period": _QUARTER_PERIOD,
    "rel_ago": frozenset(UNITS),
    "n_units": frozenset(UNITS),
    "n_unit_adj": _UNIT_SG_WORDS,
    "n_unit_adj_ws": _UNIT_SG_WORDS,
    "vague_units": _UNIT_PL_WORDS,
    "vague_units_ahead": _UNIT_PL_WORDS,
    "bare_units": _UNIT_PL_WORDS,
    "unit_long": _UNIT_PL_WORDS,
    "holiday": _key_words(HOLIDAYS),
    "set": _key_words(SET_ADVERBS),
    "set_every": frozenset({"every", "each"}),
    "set_plural_wd": frozenset(f"{d}s" for d in _FULL_WEEKDAYS),
    "present": _key_words(LEXICON["present_ref"]),
    "present_adj": frozenset({"current", "currently"}),
    "past": _key_words(LEXICON["past_ref_spans"]),
    "future": _key_words(LEXICON["future_ref_spans"]),
    "future_adj": frozenset({"future", "upcoming", "forthcoming"}),
    "the_unit": frozenset({"day", "week", "month", "year", "weekend", "summer", "winter", "spring", "fall"}),
    "vague": _key_words(VAGUE_DURATIONS),
}
_MONTH_DAY = next(rx for kind, rx in _COMPILED if kind == "month_day")
# the first token of these kinds must be capitalised (month and weekday names), else "march", "may", "sun"
_NEEDS_CAPITAL_MONTH = {"month_day", "day_month", "month_year", "month", "month_relyear"}
_DROP_PREFIX = re.compile(
    r"^(?:(?:for|of|during|throughout|in|over|about|at|around|approximately|shortly\s+after|shortly\s+before|"
    r"by\s+the\s+end\s+of|at\s+the\s+end\s+of|by|on|his|her|their|its|my|our|your)\s+)(?!least\b|most\b)",
    re.IGNORECASE,
)
_KEEP_PREFIX_KINDS = {"n_units", "rel_ago"}


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    m: re.Match[str]
    order: int


def parse_published(published: str | None) -> datetime | None:
    """The DCT as a datetime ("YYYY-MM-DD" or an ISO datetime), or None when absent or unreadable."""
    if not published:
        return None
    text = published.strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        m = re.match(r"(\d{4})-(\d\d)-(\d\d)", text)
        if not m:
            return None
        dt = datetime(int(m[1]), int(m[2]), int(m[3]))
    return dt.replace(tzinfo=None)


def _number(text: str) -> float | None:
    """ "twenty four" → 24, "5 1/2" → 5.5, "a" → 1; None for vague quantities."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    if t.endswith(" 1/2"):
        base = _number(t[:-4])
        return base + 0.5 if base is not None else None
    try:
        return float(t.replace(",", ""))
    except ValueError:
        pass
    parts = re.split(r"[\s-]+", t)
    if all(p in NUMBER_WORDS for p in parts):
        return float(sum(NUMBER_WORDS[p] for p in parts))
    if t == "half":
        return 0.5
    return None


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(n: float | None, unit_word: str) -> str:
    """TIMEX3 duration: (3, "years") → P3Y; (None, "weeks") → PXW; (24, "hours") → PT24H."""
    u = unit_word.lower()
    code = UNITS.get(u, UNITS.get(u.rstrip("s"), "X"))
    timeish = u in TIME_UNITS
    if code == "WE":
        return "P" + ("X" if n is None else _fmt_num(2 * n)) + "D"
    if code == "F":
        return "P" + ("X" if n is None else _fmt_num(2 * n)) + "W"
    if code == "E" and n is not None:
        return f"P{_fmt_num(10 * n)}Y"
    if code == "C" and n is not None:
        return f"P{_fmt_num(100 * n)}Y"
    if n is not None and not float(n).is_integer():
        # 1.5 hours → PT1H30M; 2.5 years → P2Y6M
        whole, frac = int(n), n - int(n)
        sub = {"H": ("M", 60), "D": ("H", 24), "Y": ("M", 12), "M": ("D", 30) if not timeish else ("S", 60)}
        if code in sub:
            su, k = sub[code]
            sub_timeish = timeish or su == "H"
            head = ("PT" if timeish else "P") + (f"{whole}{code}" if whole else "")
            if sub_timeish and not timeish:
                head += "T"
            return head + f"{_fmt_num(frac * k)}{su}"
    q = "X" if n is None else _fmt_num(n)
    return ("PT" if timeish else "P") + q + code


# ---------------------------------------------------------------- calendar helpers


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _season_of(d: date) -> tuple[int, str]:
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    return (d.year if m == 12 else d.year - 1), "WI"


_SEASON_ORDER = ["WI", "SP", "SU", "FA"]


def _season_rel(dct: date, season: str, rel: int, tense: str | None) -> int:
    """The year of `season` named with `rel` (-1 last, 0 this/bare, +1 next), read against the DCT."""
    cy, cs = _season_of(dct)
    # position of seasons in a "season year" starting with winter (Dec of the previous year)
    ci, si = _SEASON_ORDER.index(cs), _SEASON_ORDER.index(season)
    if season == "WI":
        base = cy if cs != "WI" else cy
        base = dct.year if dct.month == 12 else (dct.year - 1 if cs == "WI" else dct.year)
        if cs != "WI":
            # this winter: the coming one when we are after it in the year
            base = dct.year if rel >= 0 else dct.year - 1
            if rel == 0 and tense == "past":
                base = dct.year - 1
            return base + (1 if rel > 0 else 0) if rel != -1 else base
        return base + rel
    if rel == 0:
        if tense == "past" and si > ci:
            return dct.year - 1
        if tense == "future" and si < ci:
            return dct.year + 1
        return dct.year
    if rel < 0:
        return dct.year if si < ci else dct.year - 1
    return dct.year if si > ci else dct.year + 1


def timex_bounds(value: str) -> tuple[str | None, str | None, str | None]:
    """(precision, earliest, latest) of a TIMEX3 value, or Nones when it names no interval."""
    v = value
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d)(?::(\d\d))?", v)
    if m:
        hh = int(m[4])
        day = date(int(m[1]), int(m[2]), int(m[3]))
        start = datetime(day.year, day.month, day.day) + timedelta(hours=hh, minutes=int(m[5] or 0))
        return (
            "time",
            start.isoformat(timespec="minutes"),
            (start + timedelta(minutes=59)).isoformat(timespec="minutes"),
        )
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(MO|MI|AF|EV|NI|DT)", v)
    if m:
        day = datetime(int(m[1]), int(m[2]), int(m[3]))
        lo, hi = POD_HOURS.get(m[4], [0, 24])
        return (
            "time",
            (day + timedelta(hours=lo)).isoformat(timespec="minutes"),
            (day + timedelta(hours=hi)).isoformat(timespec="minutes"),
        )
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", v)
    if m:
        day = datetime(int(m[1]), int(m[2]), int(m[3]))
        return "day", day.isoformat(timespec="minutes"), day.replace(hour=23, minute=59).isoformat(timespec="minutes")
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", v)
    if m:
        monday = datetime.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] else 1)
        end = datetime.fromisocalendar(int(m[1]), int(m[2]), 7).replace(hour=23, minute=59)
        return "week", monday.isoformat(timespec="minutes"), end.isoformat(timespec="minutes")
    m = re.fullmatch(r"(\d{4})-(\d\d)", v)
    if m:
        y, mo = int(m[1]), int(m[2])
        ny, nm = _add_months(y, mo, 1)
        return (
            "month",
            datetime(y, mo, 1).isoformat(timespec="minutes"),
            (datetime(ny, nm, 1) - timedelta(minutes=1)).isoformat(timespec="minutes"),
        )
    m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
    if m:
        y, q = int(m[1]), int(m[2])
        ny, nm = _add_months(y, 3 * q - 2, 3)
        return (
            "quarter",
            datetime(y, 3 * q - 2, 1).isoformat(timespec="minutes"),
            (datetime(ny, nm, 1) - timedelta(minutes=1)).isoformat(timespec="minutes"),
        )
    m = re.fullmatch(r"(\d{4})-H([12])", v)
    if m:
        y, h = int(m[1]), int(m[2])
        ny, nm = _add_months(y, 6 * h - 5, 6)
        return (
            "half",
            datetime(y, 6 * h - 5, 1).isoformat(timespec="minutes"),
            (datetime(ny, nm, 1) - timedelta(minutes=1)).isoformat(timespec="minutes"),
        )
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
    if m:
        y = int(m[1])
        lo, hi = SEASON_MONTHS[m[2]]
        ly, lm = (y, lo)
        hy, hmo = (y + 1, hi) if m[2] == "WI" else (y, hi)
        ny, nm = _add_months(hy, hmo, 1)
        return (
            "season",
            datetime(ly, lm, 1).isoformat(timespec="minutes"),
            (datetime(ny, nm, 1) - timedelta(minutes=1)).isoformat(timespec="minutes"),
        )
    m = re.fullmatch(r"(\d{4})", v)
    if m:
        y = int(m[1])
        return (
            "year",
            datetime(y, 1, 1).isoformat(timespec="minutes"),
            datetime(y, 12, 31, 23, 59).isoformat(timespec="minutes"),
        )
    m = re.fullmatch(r"(\d{3})", v)
    if m:
        y = int(m[1]) * 10
        return (
            "decade",
            datetime(y, 1, 1).isoformat(timespec="minutes"),
            datetime(y + 9, 12, 31, 23, 59).isoformat(timespec="minutes"),
        )
    m = re.fullmatch(r"(\d{2})", v)
    if m:
        y = int(m[1]) * 100
        return (
            "century",
            datetime(max(y, 1), 1, 1).isoformat(timespec="minutes"),
            datetime(y + 99, 12, 31, 23, 59).isoformat(timespec="minutes"),
        )
    return None, None, None


# ---------------------------------------------------------------- tense


_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "going"})
_FUTURE_VERBS = frozenset(
    {"plan", "expect", "schedule", "due", "set", "intend", "hope", "aim", "prepare", "promise", "vow", "agree"}
)


_PROSPECTIVE = frozenset(LEXICON["prospective_heads"])
_REPORTING = frozenset(LEXICON["reporting_verbs"])
_SAME_FORM_PAST = frozenset(LEXICON["same_form_past"])  # "hurt", "cut": a present tag may be a past


def _tense(doc: Doc, start: int, end: int) -> str | None:
    """'past' | 'future' | 'present' | None: the tense of the clause the span at [start, end) sits in."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    # a word of planning governs the expression ("postponed until Tuesday", "payable Dec. 7",
    # "planned a rally on Saturday"): the date lies ahead of that word, whatever its tense
    cur = tok.head
    if tok.dep_ in ("nmod", "compound", "amod", "poss", "det", "nummod") and cur.dep_ == "pobj":
        cur = cur.head  # "since the Dec. 2 fire": the preposition of the noun the date modifies
    if cur.lower_ == "since" and cur.dep_ == "prep":
        return "past"
    cur = tok.head
    while cur.pos_ == "ADP" and cur.head.i != cur.i:
        cur = cur.head
    if (
        cur.i != tok.i
        and cur.i < tok.i
        and cur.lemma_.lower() in _PROSPECTIVE
        and cur.dep_ != "acl"
        and not any(c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lower_ == "had") for c in cur.children)
    ):
        return "future"
    direct = cur.pos_ in ("VERB", "AUX")  # the expression modifies the verb itself ("meet Monday")
    for _ in range(6):
        nominal = tok.tag_ == "VBG" and tok.dep_ in ("pobj", "pcomp")  # "in planning for the summit"
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "acl") and not nominal or tok.head.i == tok.i:
            break
        tok = tok.head
    # verbs in a chain: "is expected to meet" — look at the verb and its auxiliaries
    for _ in range(3):
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        modal_perfect = tok.tag_ == "VBN" and any(a.lower_ in ("have", "'ve") for a in auxes)
        if modal_perfect and any(a.tag_ == "MD" and a.lower_ not in _FUTURE_AUX for a in auxes):
            return "past"  # "may have been": a modal perfect looks back
        for a in auxes:
            low = a.lower_
            if low in _FUTURE_AUX:
                return "future"
            if low in ("would", "could", "might", "should", "may", "can", "must"):
                if a.tag_ == "MD" and low in ("may", "might", "can", "must"):
                    return "future"
                return "conditional" if low == "would" else "modal"
        if any(a.tag_ == "VBD" for a in auxes) or (
            any(a.lower_ in ("has", "have", "had") for a in auxes) and tok.tag_ == "VBN"
        ):
            return "past"
        if tok.tag_ == "VBD":
            return "past"
        if tok.tag_ == "VBN" and not auxes:
            return "past"
        if tok.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am", "'s", "'re") for a in auxes):
            return "future"  # "is meeting Friday": scheduled
        if tok.tag_ in ("VB",) and tok.dep_ in ("xcomp",) and tok.head.lemma_ in _FUTURE_VERBS:
            return "future"
        if tok.tag_ == "VB" and tok.dep_ == "xcomp" and tok.head.i != tok.i:
            if any(a.tag_ == "TO" for a in auxes) and tok.head.lemma_ == "be" and tok.head.tag_ in ("VBZ", "VBP"):
                return "future"  # "is to resume trading Tuesday"
            if any(a.tag_ == "TO" for a in auxes) and tok.head.tag_ in ("VBD", "VBN"):
                return None  # "decided to admit them in March": ahead of a past decision, either side of now
            tok = tok.head
            continue
        if tok.tag_ in ("VBZ", "VBP"):
            if tok.lemma_.lower() in _REPORTING:
                return "present_report"
            # "they meet Monday": a present verb the expression modifies directly is scheduled
            ahead = direct and tok.lemma_ not in ("be", "have") and tok.lower_ not in _SAME_FORM_PAST
            return "present_ahead" if ahead else "present"
        break
    return None


# ---------------------------------------------------------------- normalisation


class _Context:
    """What normalisation needs besides the span: the DCT, the parse, discourse anchors."""

    def __init__(self, doc: Doc, dct: datetime | None, text: str | None = None) -> None:
        self.doc = doc
        self.text = doc_text(doc) if text is None else text
        self.dct = dct
        self.day = dct.date() if dct else None
        self.last_quarter: str | None = None  # most recent quarter mentioned, e.g. "1989-Q3"
        self.last_day: str | None = None  # most recent absolute day
        self.last_day_sentence = -2  # where it was named (sentence start offset)
        self.last_named: str | None = None  # most recent date whose year the text names ("June 1998")

    def tense(self, c: _Cand) -> str | None:
        return _tense(self.doc, c.start, c.end)


def _weekday_date(day: date, wd: int, tense: str | None, text_after: str) -> date:
    """A bare weekday read against the DCT: past tense → this or last week's (same day = DCT); future → next."""
    diff = wd - day.isoweekday()
    if tense in ("future", "present_ahead", "conditional"):
        # "they meet Monday", "would meet Monday": a scheduled present or a "would" looks ahead
        return day + timedelta(days=diff if diff >= 0 else diff + 7)
    if tense in ("present", "present_report") and 0 < diff <= 3:
        return day + timedelta(days=diff)
    return day + timedelta(days=diff if diff <= 0 else diff - 7)


# a date named without its year, in a clause whose tense does not say which side of the DCT it lies on,
# is the nearest such date, with dates ahead counted this much further away (news mostly reports)
_AHEAD_COST = 2.0


def _nearest_year(day: date, month: int, dom: int, tense: str | None) -> int:
    """The year of month/day (day 15 for a bare month) read against the DCT and the clause's tense."""
    best: tuple[float, int] | None = None
    for y in (day.year - 1, day.year, day.year + 1):
        try:
            target = date(y, month, dom)
        except ValueError:
            continue
        delta = (target - day).days
        if tense == "past" and delta > 31:
            continue
        if tense == "future" and delta < -31:
            continue
        cost = delta * _AHEAD_COST if delta > 0 else -delta
        if tense in ("past", "future"):
            cost = abs(delta) + (0 if (delta <= 31 if tense == "past" else delta >= -31) else 1e6)
        if best is None or cost < best[0]:
            best = (cost, y)
    return best[1] if best else day.year


def _month_year(day: date, month: int, tense: str | None) -> int:
    tense = "future" if tense == "conditional" else tense
    if tense == "past":
        return day.year - 1 if month > day.month else day.year
    if tense == "future":
        return day.year + 1 if month < day.month else day.year
    if month == day.month:
        return day.year
    return _nearest_year(day, month, 15, tense)


def _pod_code(word: str | None) -> str | None:
    if not word:
        return None
    return PARTS_OF_DAY.get(re.sub(r"\s+", " ", word.lower()))


def _rel_word(word: str) -> int:
    w = re.sub(r"\s+", " ", word.lower())
    if w in ("last", "the past", "the last", "past", "previous", "the previous", "this past"):
        return -1
    if w in ("next", "the coming", "the next", "coming", "the following"):
        return 1
    return 0


def _anaphor_from_dct(day: date | None, unit: str, rel: int) -> tuple[str, str] | None:
    if day is None:
        return None
    if unit == "year":
        return "DATE", str(day.year + rel)
    y, m = _add_months(day.year, day.month, rel)
    return "DATE", f"{y}-{m:02d}"


# kinds whose value carries a year the text itself names
_NAMED_YEAR_KINDS = frozenset(
    {"iso", "numeric", "month_day", "day_month", "month_year", "season_year", "quarter_year", "half_year", "year"}
)

_FOLLOWING_DAY = re.compile(
    rf"(?:\s*\([^()]{{1,20}}\))?,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<r>today|yesterday|tomorrow)){E}", re.IGNORECASE
)


def _sentence_start(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return sent_of(span[0]).start_char if span is not None and len(span) else -1


_LOCATING_PREPOSITION = re.compile(r"\b(?:in|during)\s+$", re.IGNORECASE)


def _located_in(text: str, start: int) -> bool:
    """The expression at `start` is the object of a locating preposition ("in", "during")."""
    return bool(_LOCATING_PREPOSITION.search(text[max(0, start - 8) : start]))


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
    rule = HOLIDAYS.get(re.sub(r"\s+", " ", name.lower()))
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
        ny, nm = _add_months(year, month, 1)
        last = date(ny, nm, 1) - timedelta(days=1)
        d = last - timedelta(days=(last.isoweekday() - wd) % 7)
    return d + timedelta(days=offset)


def _normalise(c: _Cand, ctx: _Context) -> tuple[str, str] | None:  # noqa: C901 - one dispatch over kinds
    """(type, value) for a candidate, or None to drop it."""
    g = c.m.groupdict()
    k = c.kind
    day = ctx.day
    text = c.m.group(0)
    low = text.lower()
    if k == "iso":
        v = f"{g['y']}-{g['m']}-{g['d']}"
        return ("TIME", f"{v}T{g['hh']}:{g['mm']}") if g.get("hh") else ("DATE", v)
    if k == "numeric":
        y = g["y"] if len(g["y"]) == 4 else ("19" if int(g["y"]) > 30 else "20") + g["y"]
        return "DATE", f"{y}-{int(g['m']):02d}-{int(g['d']):02d}"
    if k in ("month_day", "day_month"):
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        d = int(re.match(r"\d+", g["d"]).group(0))  # type: ignore[union-attr]
        if g.get("y"):
            y = int(g["y"])
        elif day:
            y = day.year
            by_weekday = None
            if g.get("wd"):
                wd = WEEKDAYS[g["wd"].lower()]
                for cand in (day.year, day.year - 1, day.year + 1):
                    try:
                        if date(cand, mon, d).isoweekday() == wd:
                            by_weekday = y = cand
                            break
                    except ValueError:
                        pass
            if by_weekday is None:  # no weekday, or one that fits no nearby year: read the tense
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
                    y = _nearest_year(day, mon, d, tense)
        else:
            return "DATE", f"XXXX-{mon:02d}-{d:02d}"
        try:
            date(y, mon, d)
        except ValueError:
            return None
        return "DATE", f"{y}-{mon:02d}-{d:02d}"
    if k == "month_year":
        return "DATE", f"{g['y']}-{MONTHS[g['mon'].lower().rstrip('.')]:02d}"
    if k == "month_relyear":
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        if not day:
            return "DATE", f"XXXX-{mon:02d}"
        return "DATE", f"{day.year + _rel_word(g['rel'])}-{mon:02d}"
    if k == "month":
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        if not day:
            return "DATE", f"XXXX-{mon:02d}"
        return "DATE", f"{_month_year(day, mon, ctx.tense(c))}-{mon:02d}"
    if k == "spoken_year":
        sy = re.sub(r"[\s-]+", " ", g["sy"].lower())
        if sy.startswith("nineteen"):
            rest = _number(sy[len("nineteen") :].strip())
            if rest is None or rest >= 100:
                return None
            y = 1900 + int(rest)
        else:
            rest_s = sy.replace("two thousand", "").replace("and", "").strip()
            y = 2000 + int(_number(rest_s) or 0) if rest_s else 2000
        if g.get("mon"):
            return "DATE", f"{y}-{MONTHS[g['mon'].lower().rstrip('.')]:02d}"
        return "DATE", str(y)
    if k == "season_year":
        return "DATE", f"{g['y']}-{SEASONS[g['s'].lower()]}"
    if k == "quarter_year":
        qn = ORDINALS.get(g["o"].lower(), 0)
        return ("DATE", f"{g['y']}-Q{qn}") if 1 <= qn <= 4 else None
    if k == "half_year":
        return "DATE", f"{g['y']}-H{1 if g['o'].lower() == 'first' else 2}"
    if k == "year":
        return "DATE", g["y"]
    if k == "decade":
        if g.get("y"):
            return "DATE", g["y"]
        yy = g["yy"]
        century = (day.year // 100) if day else 19
        if day and int(yy) * 10 > day.year % 100:
            century -= 1
        return "DATE", f"{century}{yy}"
    if k == "century":
        o = g.get("o")
        if o:
            nth = ORDINALS.get(o.lower()) or int(re.match(r"\d+", o).group(0))  # type: ignore[union-attr]
            return "DATE", f"{nth - 1:02d}"
        if not day:
            return "DATE", "XX"
        rel = _rel_word(low.replace("the ", "").split()[0])
        if rel < 0:
            return "DURATION", "P100Y"
        return "DATE", f"{day.year // 100 + rel:02d}"
    if k in ("relday", "pod_relday", "clockword", "clock"):
        base: date | None = day
        r = (g.get("r") or "").lower()
        if r:
            base = day + timedelta(days=RELATIVE_DAYS[r]) if day else None
        elif g.get("wd"):
            base = _weekday_date(day, WEEKDAYS[g["wd"].lower()], ctx.tense(c), "") if day else None
        elif g.get("mon") and g.get("d") and day:
            mon = MONTHS[g["mon"].lower().rstrip(".")]
            try:
                base = date(day.year, mon, int(re.match(r"\d+", g["d"]).group(0)))  # type: ignore[union-attr]
            except ValueError:
                base = day
        if k in ("clock", "clockword") and day and not (r or g.get("wd") or g.get("mon")):
            # a bare clock time is on the day the sentence names: "at 10:35 a.m. (0735 GMT) Friday",
            # "on Oct. 23 ... at 10 p.m."; else on the DCT
            after = _FOLLOWING_DAY.match(ctx.text, c.end)
            if after:
                if after.group("r"):
                    base = day + timedelta(days=RELATIVE_DAYS[after.group("r").lower()])
                else:
                    base = _weekday_date(day, WEEKDAYS[after.group("wd").lower()], ctx.tense(c), "")
            elif ctx.last_day and ctx.last_day_sentence == _sentence_start(ctx.doc, c.start):
                base = date.fromisoformat(ctx.last_day)
        ds = base.isoformat() if base else "XXXX-XX-XX"
        if k == "clock":
            h = int(g["h"])
            ap = g["ap"].lower()
            if (ap.startswith("p") or "afternoon" in ap or "evening" in ap) and h < 12:
                h += 12
            if (ap.startswith("a") or "morning" in ap) and h == 12:
                h = 0
            return "TIME", f"{ds}T{h:02d}:{int(g['mi'] or 0):02d}"
        if k == "clockword":
            cw = g["cw"].lower()
            return "TIME", f"{ds}T{LEXICON['clock_words'][cw][:2] if cw == 'midnight' else '12:00'}"
        pod = _pod_code(g.get("pod"))
        if r == "tonight":
            pod = pod or "NI"
            return "TIME", f"{ds}TNI"
        if pod:
            return "TIME", f"{ds}T{pod}"
        return "DATE", ds
    if k == "clock24":
        ds = day.isoformat() if day else "XXXX-XX-XX"
        return "TIME", f"{ds}T{int(g['h']):02d}:{g['mi']}"
    if k == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        pod = _pod_code(g.get("pod"))
        if not day:
            return ("TIME" if pod else "DATE"), f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
        wd_date = _weekday_date(day, wd, ctx.tense(c), "")
        return ("TIME", f"{wd_date.isoformat()}T{pod}") if pod else ("DATE", wd_date.isoformat())
    if k == "rel_unit":
        rel = _rel_word(g["rel"])
        u = re.sub(r"\s+", " ", g["u"].lower())
        rel_low = re.sub(r"\s+", " ", g["rel"].lower())
        if rel_low in ("that", "the following", "the previous") and u in ("year", "month"):
            # anaphora: "that year", "the following month" count from the last date the text named
            # with its year ("in June 1998 ... later that year"), not from the DCT
            anchor = ctx.last_named
            if anchor is None:
                return None if rel_low == "that" else _anaphor_from_dct(day, u, rel)
            step = {"that": 0, "the following": 1, "the previous": -1}[rel_low]
            if u == "year":
                return "DATE", str(int(anchor[:4]) + step)
            if len(anchor) >= 7:
                y, m = _add_months(int(anchor[:4]), int(anchor[5:7]), step)
                return "DATE", f"{y}-{m:02d}"
            return None
        if rel_low == "that":
            return None
        is_the_last = g["rel"].lower() in ("the last", "the past", "this past")
        located = _located_in(ctx.text, c.start)
        if is_the_last and located and u != "week":
            # "lost it in the last decade", "in the past year": the time of an event, the unit before now;
            # "for the past year", "over the last decade" measure a stretch and stay durations
            is_the_last = False
        if not day:
            xs = {
                "week": "XXXX-WXX",
                "month": "XXXX-XX",
                "year": "XXXX",
                "quarter": "XXXX-QX",
                "weekend": "XXXX-WXX-WE",
                "decade": "XXX",
                "century": "XX",
                "fiscal year": "XXXX",
            }
            if u in xs:
                return "DATE", xs[u] if rel == 0 else ("PAST_REF" if rel < 0 else "FUTURE_REF")
            if u in WEEKDAYS:
                return "DATE", f"XXXX-WXX-{WEEKDAYS[u]}"
            return "DATE", "XXXX-XX-XX"
        if u == "week":
            if is_the_last:
                return "DATE", _iso_week(day)
            return "DATE", _iso_week(day + timedelta(weeks=rel))
        if u == "weekend":
            weekend_day = day + timedelta(weeks=rel)
            if rel == 0 and ctx.tense(c) == "past" and day.isoweekday() < 6:
                weekend_day = day - timedelta(weeks=1)
            return "DATE", _iso_week(weekend_day) + "-WE"
        if u == "month":
            if is_the_last and rel < 0:
                return "DURATION", "P1M"
            y, m = _add_months(day.year, day.month, rel)
            return "DATE", f"{y}-{m:02d}"
        if u in ("year", "fiscal year"):
            if is_the_last and rel < 0:
                return "DURATION", "P1Y"
            return "DATE", str(day.year + rel)
        if u == "quarter":
            qn = (day.month - 1) // 3 + 1 + rel
            y = day.year + (qn - 1) // 4
            qn = (qn - 1) % 4 + 1
            return "DATE", f"{y}-Q{qn}"
        if u == "decade":
            if is_the_last or (rel < 0 and not located):
                return "DURATION", "P10Y"
            return "DATE", str(day.year // 10 + rel)
        if u == "century":
            if rel < 0:
                return "DURATION", "P100Y"
            return "DATE", f"{day.year // 100 + rel:02d}"
        if u in SEASONS:
            s = SEASONS[u]
            return "DATE", f"{_season_rel(day, s, rel, ctx.tense(c))}-{s}"
        if u in WEEKDAYS:
            wd = WEEKDAYS[u]
            if rel_low in ("the previous", "the following") and ctx.last_day:
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
        if g.get("pod"):
            pod = _pod_code(g["pod"])
            if rel < 0:
                return "TIME", f"{(day - timedelta(days=1)).isoformat()}T{pod}"
            if rel > 0:
                return "TIME", f"{(day + timedelta(days=1)).isoformat()}T{pod}"
            return "TIME", f"{day.isoformat()}T{pod}"
        named_mon = MONTHS.get(u.rstrip("."))
        if named_mon:
            if rel < 0:
                y = day.year if named_mon < day.month else day.year - 1
            elif rel > 0:
                y = day.year if named_mon > day.month else day.year + 1
            else:
                y = _month_year(day, named_mon, ctx.tense(c))
            return "DATE", f"{y}-{named_mon:02d}"
        return None
    if k == "pod":
        pod = _pod_code(g["pod"])
        det = (g.get("det") or "").lower()
        if "the" in det.split() and "in the" not in det:
            # "the morning": the day under discussion
            day_iso = ctx.last_day or (day.isoformat() if day else "XXXX-XX-XX")
            return "TIME", f"{day_iso}T{pod}"
        if det == "that":
            day_iso = ctx.last_day or "XXXX-XX-XX"
            return "TIME", f"{day_iso}T{pod}"
        return "TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}T{pod}"
    if k == "overnight":
        pod = _pod_code(g.get("pod") or g.get("pod2"))
        if not day:
            return "TIME", f"XXXX-XX-XXT{pod}"
        if g.get("r"):  # "mid-afternoon yesterday"
            return "TIME", f"{(day + timedelta(days=RELATIVE_DAYS[g['r'].lower()])).isoformat()}T{pod}"
        if pod == "NI":
            # a news report of an overnight event speaks of the night that just ended
            night_of = day if ctx.tense(c) == "future" else day - timedelta(days=1)
            return "TIME", f"{night_of.isoformat()}TNI"
        return "TIME", f"{day.isoformat()}T{pod}"
    if k == "week_of":
        # "the week of March 6": the ISO week holding that day (its year read like the day's own)
        inner = _Cand(c.m.start("mon"), c.end, "month_day", _MONTH_DAY.match(ctx.text, c.m.start("mon")), c.order)  # type: ignore[arg-type]
        if inner.m is None:
            return None
        norm = _normalise(inner, ctx)
        if norm is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", norm[1]):
            return None
        return "DATE", _iso_week(date.fromisoformat(norm[1]))
    if k == "period_ended":
        # "the year ended March 31": a reporting year, measured; "the quarter ended Sept. 30": the calendar
        # quarter that holds most of the three months before the closing date
        if g["u"].lower() == "year":
            return "DURATION", "P1Y"
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        dd = int(re.match(r"\d+", g["d"]).group(0))  # type: ignore[union-attr]
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
    if k in ("quarter_rel", "period_ago"):
        # "the year-ago third quarter", "the 1988 period", "next year's first quarter", "the same period
        # last year": a quarter whose year is named relative to the report; an unnamed one is the report's
        lq = ctx.last_quarter if ctx.last_quarter and ctx.last_quarter[:4].isdigit() else None
        o = g.get("o") or g.get("o2")
        q = (4 if o.lower() == "final" else ORDINALS.get(o.lower())) if o else (int(lq[-1]) if lq else None)
        if g.get("qy"):
            q_year: int | None = int(g["qy"])
        elif g.get("ry"):
            q_year = day.year + _rel_word(g["ry"]) if day else None
        else:
            q_year = int(lq[:4]) if lq else day.year if day else None
            q_year = q_year - 1 if q_year is not None else None
        if q is not None and not 1 <= q <= 4:
            return None
        if q_year is None:
            return "DATE", f"XXXX-Q{q}" if q else "XXXX"
        return "DATE", f"{q_year}-Q{q}" if q else str(q_year)
    if k in ("quarter", "quarter_ago", "year_ago_adj", "the_period"):
        if k == "quarter":
            o = g["o"].lower()
            det = (g.get("det") or "").lower()
            q = ORDINALS.get(o)
            if o == "fiscal":
                return None
            if q is None:  # final, last, latest, current
                if o == "final":
                    q = 4
                elif not day:
                    return "DATE", "XXXX-QX"
                elif o == "current":
                    q = (day.month - 1) // 3 + 1
                elif ctx.last_quarter:
                    return "DATE", ctx.last_quarter
                else:
                    y, m = _add_months(day.year, day.month, -3)
                    return "DATE", f"{y}-Q{(m - 1) // 3 + 1}"
            if not 1 <= q <= 4:
                return None
            if low.endswith("quarters"):
                return "SET", f"XXXX-Q{q}"
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
        if k == "the_period":
            if ctx.last_quarter:
                return "DATE", ctx.last_quarter
            if g["u"].lower() == "period":
                return None
            return "DATE", f"{day.year}-QX" if day else "XXXX-QX"
        if not day:
            return "DATE", "XXXX"
        if ctx.last_quarter:
            lq_year, lq_q = ctx.last_quarter.split("-Q")
            if lq_year.isdigit():
                return "DATE", f"{int(lq_year) - 1}-Q{lq_q}"
        return "DATE", str(day.year - 1)
    if k == "rel_ago":
        n = _number(g["n"])
        u = g["u"].lower()
        dir_ = g["dir"].lower()
        if dir_ in ("earlier", "later", "before", "after") and not ("year" in u and ctx.last_quarter):
            if dir_ in ("before", "after"):
                return "DURATION", duration_value(n, u)
            if not (dir_ == "earlier" and "year" in u):
                return "DURATION", duration_value(n, u)
        if not day:
            return "DATE", "PAST_REF" if dir_ in ("ago", "earlier", "before") else "FUTURE_REF"
        sign = 1 if dir_ in ("later", "from now", "hence", "after") else -1
        code = UNITS.get(u, "X")
        if n is None:
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
        if "year" in u and ctx.last_quarter and dir_ in ("ago", "earlier"):
            lq_year, lq_q = ctx.last_quarter.split("-Q")
            if lq_year.isdigit():
                return "DATE", f"{int(lq_year) - int(n)}-Q{lq_q}"
        n_int = int(round(n))
        if code == "D":
            return "DATE", (day + timedelta(days=sign * n_int)).isoformat()
        if code == "W":
            return "DATE", _iso_week(day + timedelta(weeks=sign * n_int))
        if code == "M" and u.startswith("mon"):
            y, m = _add_months(day.year, day.month, sign * n_int)
            return "DATE", f"{y}-{m:02d}"
        if code == "Y":
            return "DATE", str(day.year + sign * n_int)
        if code == "E":
            return "DATE", str((day.year + sign * 10 * n_int) // 10)
        if code == "C":
            return "DATE", f"{(day.year + sign * 100 * n_int) // 100:02d}"
        if code == "H" and ctx.dct:
            t = ctx.dct + timedelta(hours=sign * n_int)
            return "TIME", t.strftime("%Y-%m-%dT%H:%M")
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if k == "n_units":
        n = _number(g["n"])
        u = g["u"].lower()
        if u in ("second", "night", "nights") and n is None:
            return None
        if u == "second" or (u == "quarter" and g["n"].lower() in ("a", "an")):
            return None
        if g["n"].lower() in ("a", "an") and not g.get("mod") and not re.match(r"(?i)the\b", text):
            # "a year": only a duration when introduced as one ("for a year", "nearly a year")
            before = ctx.text[max(0, c.start - 12) : c.start].lower()
            if not (
                re.search(
                    r"\b(?:for|within|in|over|after|about|nearly|almost|than|least|only|lasting|spent)\s+$", before
                )  # noqa: E501
                or re.match(APPROX, text, re.IGNORECASE)
            ):
                return None
        return "DURATION", duration_value(n, u)
    if k == "n_unit_adj" or k == "n_unit_adj_ws":
        n = _number(g["n"])
        return "DURATION", duration_value(n, g["u"])
    if k in ("vague_units", "vague_units_ahead"):
        qual = (g.get("q") or "").lower()
        if qual == "early":
            return None
        return "DURATION", duration_value(None, g["u"])
    if k == "bare_units":
        return "DURATION", duration_value(None, g["u"])
    if k == "unit_long":
        return "DURATION", duration_value(None, g["u"])
    if k == "holiday":
        name, hol_rel = g["hol"], re.sub(r"\s+", " ", (g.get("rel") or "").lower())
        if not day:
            return None
        if hol_rel.endswith("year's"):
            hd = holiday_date(name, day.year + _rel_word(hol_rel.split()[0]))
        else:
            options = [x for x in (holiday_date(name, y) for y in (day.year - 1, day.year, day.year + 1)) if x]
            if g.get("wk"):  # "Easter week" has begun once its Monday has come
                options = [x - timedelta(days=x.isoweekday() - 1) for x in options]
            if hol_rel in ("last", "this past"):
                hd = max((x for x in options if x < day), default=None)
            elif hol_rel == "next":
                hd = min((x for x in options if x > day), default=None)
            else:
                tense = ctx.tense(c)
                if tense == "past":
                    hd = max((x for x in options if x <= day), default=None)
                elif tense in ("future", "conditional", "present_ahead"):
                    hd = min((x for x in options if x >= day), default=None)
                else:
                    hd = min(options, key=lambda x: (x - day).days * _AHEAD_COST if x > day else (day - x).days)
        if hd is None:
            return None
        wk = (g.get("wk") or "").lower()
        if wk == "week":
            return "DATE", _iso_week(hd)
        if wk == "weekend":
            return "DATE", _iso_week(hd) + "-WE"
        return "DATE", hd.isoformat()
    if k == "set":
        s = re.sub(r"\s+", " ", g["s"].lower())
        if s in ("a year", "a day", "a week", "a month", "an hour"):
            before = ctx.text[max(0, c.start - 25) : c.start].lower()
            if not re.search(
                r"(?:\b(?:times|once|twice|thrice)|\d|[$%]|\bpercent|\bcents?|\bmillion|\bbillion)\s+$", before
            ):  # noqa: E501
                return None
        if s.endswith(" season") and day:
            # A bare "each season" recurs over the season the story is set in (the article's own).
            return "SET", f"XXXX-{_season_of(day)[1]}"
        return "SET", SET_ADVERBS[s]
    if k == "set_every":
        if g.get("wd"):
            pod = _pod_code(g.get("pod"))
            return "SET", f"XXXX-WXX-{WEEKDAYS[g['wd'].lower()]}" + (f"T{pod}" if pod else "")
        if g.get("mon"):
            return "SET", f"XXXX-{MONTHS[g['mon'].lower().rstrip('.')]:02d}"
        if g.get("s"):
            return "SET", f"XXXX-{SEASONS[g['s'].lower()]}"
        n = _number(g["n"])
        if n is None:
            return None
        if g.get("o"):
            n = 2
        return "SET", duration_value(n, g["u"])
    if k == "set_plural_wd":
        return "SET", f"XXXX-WXX-{WEEKDAYS[g['wd'].lower()]}"
    if k in ("present", "present_adj"):
        return "DATE", "PRESENT_REF"
    if k in ("past", "past_adj"):
        return "DATE", "PAST_REF"
    if k in ("future", "future_adj"):
        return "DATE", "FUTURE_REF"
    if k == "the_unit":
        u = g["u"].lower()
        pre = (g.get("pre") or "").lower()
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
            return "DATE", _iso_week(day)
        if u == "weekend":
            weekend_day = day if day.isoweekday() >= 6 or ctx.tense(c) == "future" else day - timedelta(weeks=1)
            return "DATE", _iso_week(weekend_day) + "-WE"
        if u in SEASONS:
            s = SEASONS[u]
            return "DATE", f"{_season_rel(day, s, 0, ctx.tense(c))}-{s}"
        return None
    if k == "vague":
        return "DURATION", VAGUE_DURATIONS[re.sub(r"\s+", " ", g["w"].lower())]
    return None


_TRAILING = re.compile(r"(?:'s|[,.;:])$")


def _trim(c: _Cand, text: str) -> tuple[int, int]:
    """TimeML extent: drop leading prepositions/possessives and a trailing possessive or period."""
    s, e = c.start, c.end
    if "core" in c.m.groupdict():
        s = c.m.start("core")
    seg = text[s:e]
    if c.kind not in _KEEP_PREFIX_KINDS or True:
        m = _DROP_PREFIX.match(seg)
        while m and m.end() < len(seg):
            s += m.end()
            seg = text[s:e]
            m = _DROP_PREFIX.match(seg)
    if c.kind == "rel_ago" and c.m.group("dir").lower() in ("later", "after", "before"):
        e = c.m.start("dir")
        while e > s and text[e - 1].isspace():
            e -= 1
        seg = text[s:e]
    if c.kind == "month_day" and re.match(r"(?i)the\s", seg):
        s += len(re.match(r"(?i)the\s+", seg).group(0))  # type: ignore[union-attr]  # "the Oct. 23 vote"
        seg = text[s:e]
    if c.kind == "quarter" and "-" in seg:
        m2 = re.match(r"(?i)(?:the|its|this)\s+", seg)
        if m2:
            s += m2.end()
            seg = text[s:e]
    if seg.endswith("'s"):
        e -= 2
    elif seg.endswith(".") and not re.search(r"(?:[ap]\.m|[A-Za-z]{3,4})\.$", seg):
        e -= 1
    return s, e


def _token_filter(c: _Cand, doc: Doc, text: str) -> bool:
    """Reject spans that the parse says are not temporal: modal "may", capitalisation, numbers of things."""
    seg = text[c.start : c.end]
    g = c.m.groupdict()
    if c.kind in _NEEDS_CAPITAL_MONTH or (c.kind in ("rel_unit", "set_every") and g.get("mon")):
        mon = g.get("mon") or g.get("u") or ""
        mpos = seg.lower().find(mon.lower()) if mon else -1
        if mpos >= 0 and not seg[mpos].isupper():
            return False
    if c.kind == "holiday" and not seg[c.m.start("hol") - c.start].isupper():
        return False
    if c.kind == "rel_unit" and g["u"].lower().rstrip(".") in MONTHS:
        upos = c.m.start("u") - c.start
        if not seg[upos].isupper():
            return False  # "this march"
    rel_month = c.kind == "rel_unit" and g["u"].lower().rstrip(".") in MONTHS
    mon_group = "mon" if g.get("mon") else ("u" if rel_month else None)
    if mon_group:
        mtok = doc.char_span(c.m.start(mon_group), c.m.end(mon_group), alignment_mode="expand")
        if c.kind in ("month", "rel_unit") and mtok is not None and len(mtok) and mtok[0].ent_type_ == "PERSON":
            return False  # "Jan Kavan"
        word = c.m.group(mon_group)
        name_follows = re.match(r"\s+[A-Z][a-z]", text[c.m.end(mon_group) :])
        if not word.endswith(".") and word.lower() in _ABBR_MONTHS and name_follows:
            return False  # an unpunctuated abbreviation before a capitalised word is a name
        if c.kind == "month" and mtok is not None and len(mtok):
            head = mtok.root
            if any(ch.dep_ == "det" for ch in head.children) or re.search(
                r"\b(?:annual|yearly)\s+$", text[max(0, c.start - 10) : c.start]
            ):  # noqa: E501
                return False  # "the annual March for Life": a name, not the month
    if c.kind == "the_unit" and g["u"].lower() == "day":
        if _FOLLOWING_DAY.match(text, c.end):
            return False  # "during the day Friday": the day's name is the expression
        span = doc.char_span(c.m.start("the"), c.m.end("the"), alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return False  # "the day belonged to the Czechs": a participant, not a time
    if c.kind == "pod" and re.match(r"\s+of\s", text[c.end :]):
        return False  # "the night of Friday, Oct. 23": the date that follows is the expression
    if c.kind == "month_day" and g["mon"].rstrip(".").lower() == "may":
        span = doc.char_span(c.start + seg.lower().find("may"), c.start + seg.lower().find("may") + 3)
        if span is not None and span[0].tag_ == "MD":
            return False
    if c.kind == "year":
        after = text[c.end : c.end + 20].lower()
        nxt = re.match(r"\s+([a-z]+)", after)
        if nxt and nxt.group(1) in NON_TEMPORAL_AFTER_YEAR:
            return False
        before = text[max(0, c.start - 2) : c.start]
        if "$" in before or before.endswith("#") or re.search(r"[\d,.]\s?$", before):
            return False
        # "1,500": comma-formatted numbers never reach here; "No. 1999", "Flight 1987" are rare in news
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nummod",) and span.root.head.tag_ == "NNS":
            return False
        prev = text[max(0, c.start - 12) : c.start].lower()
        if re.search(
            r"\b(?:route|flight|no\.|number|room|model|resolution|article|chapter|section|page|code)\s+$", prev
        ):  # noqa: E501
            return False
    if c.kind in ("weekday",):
        pass
    if c.kind == "past_adj" or c.kind == "present_adj" or c.kind == "future_adj":
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and span.root.pos_ not in ("ADJ", "ADV"):
            return False
    if c.kind == "present" and g["w"].lower() == "now":
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "mark":  # "now that"
            return True
    if c.kind == "set" and g["s"].lower() in LEXICON["adjective_only_sets"]:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and span.root.pos_ != "ADV":
            return False
    if c.kind in ("n_units", "n_unit_adj") and (
        seg.lower().endswith("-old") or re.match(r"\s+old\b", text[c.end : c.end + 5])
    ):
        return False  # ages are not temporal expressions in TimeML
    if c.kind == "past" and g["w"].lower() == "once":
        return False
    if c.kind == "future" and g["w"].lower() in ("later", "one day"):
        return False
    return True


def _anchor_words() -> frozenset[str]:
    words: set[str] = set(LEXICON["anchor_words"])
    for key in (
        "months",
        "weekdays",
        "seasons",
        "parts_of_day",
        "units",
        "set_adverbs",
        "relative_days",
        "vague_durations",
        "clock_words",
    ):
        words.update(w for w in LEXICON[key] if re.fullmatch(r"[a-z]+", w))
    for key in ("present_ref", "past_ref_spans", "future_ref_spans", "future_ref_adjectives", "vague_durations"):
        words.update(w for w in LEXICON[key] if re.fullmatch(r"[a-z]+", w))
        # "the past", "the near term": the head word of a phrase opens a search window too
        words.update(w.split()[-1] for w in LEXICON[key] if " " in w and len(w.split()[-1]) > 3)
    words.update(re.split(r"[\s']", h)[0] for h in HOLIDAYS)
    return frozenset(words)


_ANCHOR_WORDS = _anchor_words()
_WORD = re.compile(r"[A-Za-z]+|\d+")
_DIGIT_ANCHOR = re.compile(r"\d*(?:s|\s?[:/.]\d|\s?[ap]\.?m)", re.IGNORECASE)
_WINDOW_BEFORE, _WINDOW_AFTER = 40, 24


def _segments(text: str) -> list[tuple[int, int]]:
    """Stretches of text around words that can start or end a temporal expression (merged windows).

    Running the ~50 patterns only there keeps detection cheap next to the parse.
    """
    segs: list[tuple[int, int]] = []
    n = len(text)
    for m in _WORD.finditer(text):
        w = m.group(0)
        if w[0].isdigit():
            if (
                not (len(w) == 4 and 1600 <= int(w) <= 2099)
                and not _DIGIT_ANCHOR.match(text, m.end())
                and not (len(w) <= 2 and m.start() > 0 and text[m.start() - 1] == "'")
            ):
                continue
        elif w.lower() not in _ANCHOR_WORDS:
            continue
        a, b = max(0, m.start() - _WINDOW_BEFORE), min(n, m.end() + _WINDOW_AFTER)
        if segs and a <= segs[-1][1]:
            segs[-1] = (segs[-1][0], max(b, segs[-1][1]))
        else:
            segs.append((a, b))
    return segs


def _candidates(text: str) -> list[_Cand]:
    found: list[_Cand] = []
    segs = _segments(text)
    seg_words = []
    for a, b in segs:
        words = {w.lower() for w in _WORD.findall(text, a, b)}
        if any(w[0].isdigit() for w in words):
            words.add(_DIGITS)
        seg_words.append(words)
    for order, (kind, rx) in enumerate(_COMPILED):
        needs = _NEEDS[kind]
        for (a, b), words in zip(segs, seg_words, strict=True):
            if needs.isdisjoint(words):
                continue
            for m in rx.finditer(text, a, b):
                if m.end() > m.start():
                    found.append(_Cand(m.start(), m.end(), kind, m, order))
    # longest first, then pattern order; keep non-overlapping
    found.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    taken: list[_Cand] = []
    occupied = bytearray(len(text) + 1)
    for c in found:
        if any(occupied[c.start : c.end]):
            continue
        taken.append(c)
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
    taken.sort(key=lambda c: c.start)
    return taken


@lru_cache(maxsize=1)
def _warm() -> int:
    return len(_COMPILED)


def find_timexes(doc: Doc, published: str | None) -> list[Timex]:
    """Every temporal expression in `doc`, normalised against `published` (ISO date or datetime)."""
    text = doc_text(doc)
    ctx = _Context(doc, parse_published(published), text)
    out: list[Timex] = []
    for c in _candidates(text):
        if not _token_filter(c, doc, text):
            continue
        # a candidate with an edge modifier we do not model ("the end of") keeps its full extent
        try:
            norm = _normalise(c, ctx)
        except (ValueError, KeyError, OverflowError):
            norm = None
        if norm is None:
            continue
        typ, value = norm
        s, e = _trim(c, text)
        if s >= e:
            continue
        if c.kind in ("quarter", "quarter_year", "period_ended") and re.fullmatch(r"\d{4}-Q[1-4]", value):
            # the report's period is one already under way: a forecast "through the third quarter of
            # next year" does not change the granularity of "a year ago"
            if ctx.day is None or value <= f"{ctx.day.year}-Q{(ctx.day.month - 1) // 3 + 1}":
                ctx.last_quarter = value
        elif re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            ctx.last_day = value
            ctx.last_day_sentence = _sentence_start(doc, s)
        if c.kind in _NAMED_YEAR_KINDS and c.m.groupdict().get("y") and re.match(r"\d{4}", value):
            ctx.last_named = value
        precision, earliest, latest = timex_bounds(value)
        out.append(Timex(s, e, text[s:e], typ, value, earliest, latest, precision))
    return out
