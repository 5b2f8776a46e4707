"""The candidate mention every entity rule works on: tokens, a type and a key naming what it refers to."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CandidateSpan:
    """A candidate mention: tokens [start, end), its type and a key naming what it refers to.

    Spans with the same key are one entity of the article; an empty key is decided later (from the
    type and the name)."""

    start: int
    end: int
    type: str
    key: str  # "person:Volodymyr Zelensky", "place:UA", "org:the Kremlin", "weapon:drone", ...
    name: str
    country: str | None = None
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    alias_of_country: bool = False  # demonym standing for its country
    aliases: list[str] = field(default_factory=list)  # more names of the entity than its mentions show
    rule: str | None = None  # the rule that made the span, when it is not the NER or the gazetteer
