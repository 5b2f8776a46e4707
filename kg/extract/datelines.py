"""Datelines: the place (and agency) a report is filed from, read off the start of the article.

`find_dateline(text)` looks at the first lines of an article for the news dateline convention:

    MOSCOW —                       HAVANA (AP) --                 WASHINGTON, March 12 (Xinhua) --
    NAIROBI, Kenya (AP) _          BUFFALO, N.Y. (AP) --          INDEPENDENCE, Mo. _ The North ...

an upper-case place at a line start, an optional region (a country or a US state, abbreviated or not), an
optional day, an optional agency credit in parentheses, then a dash. It returns the character spans of
the place and the region and the agency's name (`data/agencies.tsv` expands "AP" to "Associated Press"); the
pattern is `kg.nlp.match_dateline`, since the parse also starts a sentence after it.
The place and region are the places of the report (entities, never participants of its events); the
agency is the article's `source` when the input gave none, and no entity of the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.nlp import match_dateline  # the pattern lives with the parse, which starts a sentence after it


@dataclass(frozen=True)
class Dateline:
    """Where the report was filed: character spans into the article text, and the agency credited."""

    start: int  # the whole dateline, dash included
    end: int
    place: tuple[int, int]
    region: tuple[int, int] | None
    agency: str | None  # the agency's name, expanded ("Associated Press"), or None
    credit: tuple[int, int] | None  # where the credit is written ("AP")


@lru_cache(maxsize=1)
def agencies() -> dict[str, str]:
    """Credit as written -> the agency's name (data/agencies.tsv)."""
    text = resources.files("kg.extract").joinpath("data", "agencies.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {row[0]: row[1].strip() for row in rows}


def agency_name(credit: str) -> str:
    """The agency a dateline credit names ("AP" -> "Associated Press"); an unknown credit as written."""
    credit = re.sub(r"\s+", " ", credit.strip())
    return agencies().get(credit) or agencies().get(credit.upper()) or credit


@lru_cache(maxsize=16)  # asked three times per article (the source, the dateline's places, the report's country)
def find_dateline(text: str) -> Dateline | None:
    """The dateline of an article, if its first lines have one (see the module docstring); a Dateline is frozen,
    so the callers share it."""
    m = match_dateline(text)
    if m is None:
        return None
    region = m.span("region") if m.group("region") else None
    credit = m.span("agency") if m.group("agency") else None
    agency = agency_name(m.group("agency")) if m.group("agency") else None
    return Dateline(m.start("place"), m.end(), m.span("place"), region, agency, credit)
