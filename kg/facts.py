"""The one internal contract: plain typed records from extraction to RDF.

`ArticleFacts.to_json()` is the public view documented in DESIGN.md (`kg extract --format jsonl`,
schema ``kg-extract/1``). Everything downstream of extraction (rdf, store, analysis, views) reads
these records, never the spaCy Doc.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "kg-extract/1"

ENTITY_TYPES = ("person", "organization", "place", "group", "law", "weapon", "other")
MODALITIES = ("asserted", "negated", "planned", "hypothetical")
ROLES = ("agent", "participant", "target", "victim", "place", "instrument", "recipient", "medium")


@dataclass
class Article:
    """One input article. `text` is kept exactly as received; offsets index into it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # "YYYY-MM-DD" or an ISO datetime
    url: str | None = None
    source: str | None = None
    path: str | None = None  # where it was read from (file path, "<stdin>", "file.jsonl:3", a URL)
    author: str | None = None  # as the input names it (a feed entry's author, a page's byline)
    notes: list[str] = field(default_factory=list)  # what reading it noticed (an unreadable date): warnings


@dataclass
class Mention:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Entity:
    id: str
    type: str  # one of ENTITY_TYPES
    name: str  # canonical name within the article
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # "President", "presidential aide"
    affiliation: str | None = None  # canonical name of a country or organisation
    country: str | None = None  # ISO 3166 alpha-2 for places and country actors
    geonames_id: int | None = None  # places: the GeoNames feature (https://sws.geonames.org/ID/)
    latitude: float | None = None  # places: WGS84 decimal degrees
    longitude: float | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "aliases": list(self.aliases),
            "mentions": [m.to_json() for m in self.mentions],
        }
        if self.titles:
            out["titles"] = list(self.titles)
        if self.affiliation:
            out["affiliation"] = self.affiliation
        if self.country:
            out["country"] = self.country
        if self.geonames_id:
            out["geonames_id"] = self.geonames_id
        if self.latitude is not None and self.longitude is not None:
            out["lat"], out["long"] = self.latitude, self.longitude
        return out


@dataclass
class Timex:
    """A TIMEX3 temporal expression. `earliest`/`latest` are ISO datetimes bounding the value."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    earliest: str | None = None
    latest: str | None = None
    precision: str | None = None  # day | week | month | quarter | season | year | decade | time | None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }
        if self.precision:
            out["precision"] = self.precision
        if self.earliest and self.latest:
            out["earliest"], out["latest"] = self.earliest, self.latest
        return out


@dataclass
class Argument:
    role: str  # one of ROLES (more are allowed, snake_case)
    text: str
    start: int
    end: int
    entity: str | None = None  # Entity.id within the same article

    def to_json(self) -> dict[str, Any]:
        return {"role": self.role, "entity": self.entity, "text": self.text, "start": self.start, "end": self.end}


@dataclass
class Casualties:
    killed: int | None = None
    injured: int | None = None
    # "at least", "more than", "about", ... of the counts; with no count, a vague quantity the text gives
    # instead of a number ("dozens", "several", "tens of thousands": never turned into one)
    qualifier: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"killed": self.killed, "injured": self.injured, "qualifier": self.qualifier}


@dataclass
class Amount:
    """A sum of money an event names ("for $4.2 billion"): its value in units of the currency (4.2e9), the ISO
    4217 code (None when the text does not say which currency), and the expression as written."""

    value: float
    currency: str | None
    text: str
    start: int
    end: int
    qualifier: str | None = None  # "about", "more than", "up to", ...

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "currency": self.currency,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "qualifier": self.qualifier,
        }


@dataclass
class Event:
    id: str
    type: str  # snake_case: call, attack, statement, meeting, agreement, death, injury, ...
    trigger: Mention
    sentence: tuple[int, int]
    date: str | None = None  # at the event's precision: YYYY-MM-DD | YYYY-Www | YYYY-MM | YYYY
    # (earliest, latest) ISO datetimes; earliest None: open below ("on or before the publication date")
    date_range: tuple[str | None, str] | None = None
    timex: int | None = None  # index into ArticleFacts.timexes
    date_source: str | None = None  # expression | related_event | publication (kg.extract.dating.DATE_SOURCES)
    arguments: list[Argument] = field(default_factory=list)
    casualties: Casualties | None = None
    content: str | None = None  # what was said (statements) or decided (rulings)
    modality: str = "asserted"
    confidence: float = 0.5
    caused_by: str | None = None  # id of the attack whose toll this death/injury is
    mentions: list[Mention] = field(default_factory=list)  # further coreferent mentions (triggers)
    precision: str | None = None  # day | week | month | year | ...
    amount: Amount | None = None  # the price of an acquisition, a fine, a deal's worth
    outcome: str | None = None  # what a ruling decided, as a label: upheld, overturned, convicted, ...
    subject: str | None = None  # what an agreement is an agreement to, as a label: ceasefire (event_types.json)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "trigger": self.trigger.to_json(),
            "sentence": {"start": self.sentence[0], "end": self.sentence[1]},
            "date": self.date,
            "date_range": ({"earliest": self.date_range[0], "latest": self.date_range[1]} if self.date_range else None),
            "timex": self.timex,
            "date_source": self.date_source,
            "arguments": [a.to_json() for a in self.arguments],
            "casualties": self.casualties.to_json() if self.casualties else None,
            "content": self.content,
            "modality": self.modality,
            "confidence": round(self.confidence, 3),
        }
        if self.caused_by:
            out["caused_by"] = self.caused_by
        if self.mentions:
            out["mentions"] = [m.to_json() for m in self.mentions]
        if self.precision:
            out["precision"] = self.precision
        if self.amount:
            out["amount"] = self.amount.to_json()
        if self.outcome:
            out["outcome"] = self.outcome
        if self.subject:
            out["subject"] = self.subject
        return out


@dataclass
class ArticleFacts:
    """Everything extracted from one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def to_json(self, include_text: bool = False) -> dict[str, Any]:
        """The public view (schema kg-extract/1); `include_text` adds the text exactly as kg read it
        (offsets index it)."""
        a = self.article
        return {
            "schema": SCHEMA,
            "id": a.id,
            "published": a.published,
            "title": a.title,
            "url": a.url,
            "source": a.source,
            **({"author": a.author} if a.author else {}),
            "entities": [e.to_json() for e in self.entities],
            "timexes": [t.to_json() for t in self.timexes],
            "events": [e.to_json() for e in self.events],
            "errors": list(self.errors),
            **({"text": a.text} if include_text else {}),
        }
