"""Datelines: the place (and agency) a report is filed from, read off the start of the article.

`find_dateline(text)` looks at the first lines of an article for the news dateline convention:

    MOSCOW —                       HAVANA (AP) --                 WASHINGTON, March 12 (Xinhua) --
    NAIROBI, Kenya (AP) _          BUFFALO, N.Y. (AP) --          INDEPENDENCE, Mo. _ The North ...

an upper-case place at a line start, an optional region (a country or a US state, abbreviated or not), an
optional day, an optional agency credit in parentheses, then a dash. It returns the character spans of
the place and the region and the agency's name (`data/agencies.tsv` expands "AP" to "Associated Press").
The place and region are the places of the report (entities, never participants of its events); the
agency is the article's `source` when the input gave none, and no entity of the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z'’.\-]*(?:[ ][A-Z][A-Z'’.\-]*){0,3})"
    r"(?:,[ ]+(?!" + _MONTH + r"[ ]+\d)(?P<region>[A-Z][A-Za-z'’.\-]*(?:[ ][A-Z][A-Za-z'’.\-]*){0,2}))?"
    r"(?:,[ ]+(?P<day>" + _MONTH + r"[ ]+\d{1,2}))?"
    r"[ ]*(?:\([ ]*(?P<agency>[A-Za-z][A-Za-z.\- ]{0,30}?)[ ]*\))?"
    r"[ ]*(?P<dash>--|—|–|_|-)(?=\s|$)",
    re.MULTILINE,
)
# A title-case place is a dateline only with an agency credit ("Kyiv (Reuters) -"): "Zelensky — the
# president ..." at a line start is prose.
_TITLE_CASE_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][a-z'’\-]+(?:[ ][A-Z][a-z'’\-]+){0,3})"
    r"(?:,[ ]+(?P<region>[A-Z][A-Za-z'’.\-]*(?:[ ][A-Z][A-Za-z'’.\-]*){0,2}))?"
    r"[ ]*\([ ]*(?P<agency>[A-Za-z][A-Za-z.\- ]{0,30}?)[ ]*\)[ ]*(?P<dash>--|—|–|_|-)(?=\s|$)",
    re.MULTILINE,
)
_LOOK_AHEAD = 600  # characters: the dateline opens the article or its first paragraph after the headline


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


def find_dateline(text: str) -> Dateline | None:
    """The dateline of an article, if its first lines have one (see the module docstring)."""
    head = text[:_LOOK_AHEAD]
    for pattern in (_DATELINE, _TITLE_CASE_DATELINE):
        for m in pattern.finditer(head):
            if _prose_before(head, m.start()) or not _looks_like_place(m.group("place")):
                continue
            region = m.span("region") if m.group("region") else None
            credit = m.span("agency") if m.group("agency") else None
            agency = agency_name(m.group("agency")) if m.group("agency") else None
            return Dateline(m.start("place"), m.end(), m.span("place"), region, agency, credit)
    return None


def _looks_like_place(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 3


def _prose_before(head: str, at: int) -> bool:
    """A dateline opens the article, or the paragraph after the headline: at most one line before it."""
    before = head[:at]
    lines = [line for line in before.split("\n") if line.strip()]
    return len(lines) > 1 or (len(lines) == 1 and "\n\n" not in before and before.strip() != "")
