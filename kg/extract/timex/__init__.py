"""Temporal expressions: detection (TimeML extents) and normalisation to TIMEX3 values.

`find_timexes(doc, published)` takes a parsed article and its publication date (the document creation
time, DCT) and returns `Timex` records in text order: DATE, TIME, DURATION and SET expressions with
TimeML extents ("the third quarter", "last week", "in recent weeks" → "recent weeks") and TIMEX3 values
resolved against the DCT ("Friday" → the Friday of the reporting week, read through verb tense).
Without a DCT, relative expressions stay underspecified (`XXXX-XX-XX`, `XXXX-WXX-5`, `PRESENT_REF`).

Laid out like HeidelTime's English resources; the rules are data a linguist can read and extend:
  data/lexicon.json       word tables (months, units, holidays' rules, ...): `lexicon`
  data/subpatterns.toml   named sub-patterns (MONTH, WEEKDAY, DAYNUM, ...)
  data/rules.toml         one rule per kind of expression: its regex and EXAMPLE sentences
The code around them: `patterns` compiles the rules, `detection` finds and trims matches, `filters`
vetoes false friends through the parse ("may" the modal verb), `tense` reads the clause's tense,
`context` holds the DCT and discourse anchors, `normalise` maps each kind to its normaliser, `bounds`
gives a value's interval (`timex_bounds`), `tagger` runs it all (`find_timexes`). dateparser is not
used on this hot path.
"""

from kg.extract.timex.bounds import timex_bounds
from kg.extract.timex.context import parse_published
from kg.extract.timex.lexicon import LEXICON
from kg.extract.timex.normalise.holidays import holiday_date
from kg.extract.timex.quantities import duration_value
from kg.extract.timex.tagger import find_timexes

__all__ = ["LEXICON", "duration_value", "find_timexes", "holiday_date", "parse_published", "timex_bounds"]
