"""The view model every page shares: actors ranked by centrality, colours, and each event and actor as the
pages show them (provenance, modality, casualties, when and where the date comes from, names to search).

Rankings (which labels show first, which actors get a timeline lane first) are computed on the asserted
events: what the articles report as having happened. Negated, planned and hypothetical events are still
in the data, drawn apart and hidden by the "asserted only" switch (on by default).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

from kg.analysis import ASSERTED_ONLY, EventRecord, Projection, busiest_days, centralities, with_modalities
from kg.rdf.vocab import NON_ACTOR_TYPES
from kg.views import layout

ENTITY_COLORS = {
    "person": "#e15759",
    "organization": "#4e79a7",
    "place": "#59a14f",
    "group": "#f28e2b",
    "law": "#b07aa1",
    "weapon": "#7f7f7f",
    "other": "#9c755f",
}
EVENT_COLORS = {
    "call": "#17becf",
    "attack": "#d62728",
    "statement": "#9467bd",
    "meeting": "#2ca02c",
    "agreement": "#1f77b4",
    "death": "#333333",
    "injury": "#8c564b",
}
EXTRA_COLORS = ["#bcbd22", "#e377c2", "#7f7f7f", "#ff7f0e", "#aec7e8", "#98df8a", "#c5b0d5", "#c49c94"]
# How the pages say where an event's date comes from (kg:dateSource)
DATE_SOURCE_TEXT = {
    "expression": "from a date in the text",
    "related_event": "from the event it belongs to (the attack of a toll, the event referred back to)",
    "publication": "from the publication date",
}
# Above this many nodes, the graph opens on the most central actors and their events only.
DEFAULT_VISIBLE_NODES = 1200
ALL_ACTORS_UP_TO = 80
MIN_ACTORS = 30


def event_colors(types: list[str]) -> dict[str, str]:
    colors = dict(EVENT_COLORS)
    extra = iter(EXTRA_COLORS * (len(types) // len(EXTRA_COLORS) + 1))
    for t in sorted(types):
        if t not in colors:
            colors[t] = next(extra)
    return {t: colors[t] for t in sorted(set(types))}


def ms(moment: datetime | None) -> int | None:
    """Milliseconds since the epoch of a naive moment read as UTC (what the pages' date axes use)."""
    return None if moment is None else int(moment.replace(tzinfo=UTC).timestamp() * 1000)


# The longest text a view payload carries per field: a headline, a sentence or a statement's content is
# copied into every event it belongs to, so one huge article (a 1 MB text on one line is all headline)
# must not be copied thousands of times. The graph files keep the full texts.
MAX_HEADLINE = 200
MAX_SENTENCE = 600
MAX_NAME = 120


def shorten(text: str | None, n: int) -> str | None:
    if text is None:
        return None
    return text if len(text) <= n else text[: n - 1] + "…"


def when_text(ev: EventRecord) -> str:
    """The event's date as a reader should take it: "2025-03-10", "week 2025-W11", "on or before 2025-03-12"."""
    if ev.date:
        return f"week {ev.date}" if "-W" in ev.date else ev.date
    if ev.end is not None and ev.start is None:
        return f"on or before {ev.end.date().isoformat()}"
    if ev.start is not None and ev.end is not None:
        return f"{ev.start.date().isoformat()} to {ev.end.date().isoformat()}"
    return "undated"


def casualty_text(ev: EventRecord) -> str | None:
    """ "at least 12 killed, 30 injured", or None."""
    parts = []
    if ev.killed is not None:
        parts.append(f"{ev.killed} killed")
    if ev.injured is not None:
        parts.append(f"{ev.injured} injured")
    if not parts:
        return None
    return (f"{ev.casualty_qualifier} " if ev.casualty_qualifier else "") + ", ".join(parts)


def event_title(ev: EventRecord) -> str:
    """What a marker says in one line: "planned meeting · 2025-03-24"."""
    what = ev.type if ev.asserted else f"{ev.modality} {ev.type}"
    return f"{what} · {when_text(ev)}" if (ev.date or ev.end) else what


class ViewModel:
    """Everything the pages share: the projection (every modality), ranks, colours, summary counts."""

    def __init__(self, projection: Projection) -> None:
        self.p = projection
        self.asserted = with_modalities(projection, ASSERTED_ONLY)
        self.names = {iri: a.name for iri, a in projection.actors.items()}
        self.centrality = centralities(self.asserted.actor_graph)
        self.degree = {iri: 0 for iri in projection.actors}  # asserted events of each entity
        for ev in self.asserted.events:
            for iri in ev.entities:
                self.degree[iri] = self.degree.get(iri, 0) + 1
        self.rank_order = sorted(
            (iri for iri in self.degree if self.kind(iri) not in NON_ACTOR_TYPES or self._in_any_event(iri)),
            key=lambda v: (
                self.kind(v) in NON_ACTOR_TYPES,  # weapons and laws after every actor
                -self.centrality.get(v, {}).get("betweenness", 0.0),
                -self.degree.get(v, 0),
                -self.centrality.get(v, {}).get("degree", 0.0),
                self.names.get(v, v),
            ),
        )
        self.rank = {iri: i for i, iri in enumerate(self.rank_order)}
        self.colors = event_colors([e.type for e in projection.events])

    def _in_any_event(self, iri: str) -> bool:
        if not hasattr(self, "_involved"):
            self._involved = {i for ev in self.p.events for i in ev.entities}
        return iri in self._involved

    def kind(self, iri: str) -> str:
        a = self.p.actors.get(iri)
        return a.type if a else "other"

    def lane(self, ev: EventRecord) -> str | None:
        return layout.lane_actor(ev, self.rank, self.kind)

    def default_limit(self, budget: int = DEFAULT_VISIBLE_NODES) -> int:
        """How many of the top actors to show first: all if the graph is small or has few actors (up to
        `ALL_ACTORS_UP_TO`: their events are drawn however many), else about `budget` nodes, never fewer
        than `MIN_ACTORS` actors."""
        total = len(self.rank_order) + len(self.asserted.events)
        if total <= budget or len(self.rank_order) <= ALL_ACTORS_UP_TO:
            return len(self.rank_order)
        by_actor: dict[str, int] = {}
        for ev in self.asserted.events:
            ents = ev.entities
            if ents:
                first = min(ents, key=lambda i: self.rank.get(i, 1 << 30))
                by_actor[first] = by_actor.get(first, 0) + 1
        shown = 0
        for i, iri in enumerate(self.rank_order):
            shown += 1 + by_actor.get(iri, 0)
            if shown > budget:
                return max(i, MIN_ACTORS)
        return len(self.rank_order)

    def summary(self) -> dict[str, Any]:
        """Counts of the asserted events (what happened), and how many of each other modality there are."""
        events = self.asserted.events
        # the first and last dated events by their moment (sorting the date strings would put
        # "2025-W11" after "2025-07-04"), each at its own precision
        dated = [e for e in events if e.start and e.date]
        first = min(dated, key=lambda e: e.start, default=None)  # type: ignore[arg-type, return-value]
        last = max(dated, key=lambda e: e.end or e.start, default=None)  # type: ignore[arg-type, return-value]
        others: dict[str, int] = {}
        for e in self.p.events:
            if not e.asserted:
                others[e.modality] = others.get(e.modality, 0) + 1
        return {
            "actors": sum(1 for iri in self.rank_order if self.kind(iri) not in NON_ACTOR_TYPES),
            "entities": len(self.p.actors),
            "events": len(events),
            "all_events": len(self.p.events),
            "other_modalities": dict(sorted(others.items())),
            "dated_events": sum(1 for e in events if e.start),
            "interactions": self.asserted.actor_graph.number_of_edges(),
            "articles": len({e.article for e in events}),
            "first": first.date if first else None,
            "last": last.date if last else None,
            "event_types": {t: sum(1 for e in events if e.type == t) for t in self.colors},
        }

    def actor_size(self, iri: str) -> float:
        c = self.centrality.get(iri, {})
        return 12 + 28 * math.sqrt(c.get("betweenness", 0.0)) + 2 * math.log1p(self.degree.get(iri, 0))

    def legend(self) -> dict[str, dict[str, str]]:
        present = {a.type for a in self.p.actors.values()}
        return {
            "entities": {t: c for t, c in ENTITY_COLORS.items() if t in present},
            "events": self.colors,
        }

    def event_info(self, ev: EventRecord) -> dict[str, Any]:
        """One event as every page has it: what the details panel, tooltips, search and filters read."""
        return {
            "id": ev.iri,
            "type": ev.type,
            "label": shorten(ev.label, MAX_NAME),
            "title": event_title(ev),
            "trigger": shorten(ev.trigger, MAX_NAME),
            "modality": ev.modality,
            "date": ev.date,
            "when": when_text(ev),
            "day": ev.day or (ev.start.date().isoformat() if ev.start else None),
            "lastDay": ev.end.date().isoformat() if ev.end else None,
            "precision": ev.precision,
            "dateSource": ev.date_source,
            "dateSourceText": DATE_SOURCE_TEXT.get(ev.date_source or ""),
            "start": ms(ev.start),
            "end": ms(ev.end),
            "expression": ev.expression,
            "sentence": shorten(ev.sentence, MAX_SENTENCE),
            "content": shorten(ev.content, MAX_SENTENCE),
            "casualties": casualty_text(ev),
            "amount": ev.amount,
            "outcome": ev.outcome,
            "confidence": ev.confidence,
            "article": ev.article_id,
            "headline": shorten(ev.headline, MAX_HEADLINE),
            "url": ev.url,
            "published": ev.published,
            "roles": [[role, iri] for role, iri in ev.roles],
            "actors": ev.entities,
            "lane": self.lane(ev),
        }

    def actor_info(self, iri: str) -> dict[str, Any]:
        a = self.p.actors.get(iri)
        kind = a.type if a else "other"
        c = self.centrality.get(iri, {})
        return {
            "id": iri,
            "name": shorten(self.names.get(iri, iri), MAX_NAME),
            "type": kind,
            "color": ENTITY_COLORS.get(kind, ENTITY_COLORS["other"]),
            "aliases": [shorten(x, MAX_NAME) for x in a.aliases] if a else [],
            "titles": [shorten(x, MAX_NAME) for x in a.titles] if a else [],
            "rank": self.rank.get(iri, len(self.rank)),
            "betweenness": c.get("betweenness", 0.0),
            "degree": c.get("degree", 0.0),
            "thing": kind in NON_ACTOR_TYPES,
            "lat": a.latitude if a else None,
            "lon": a.longitude if a else None,
            "country": a.country if a else None,
        }

    def payload(self) -> dict[str, Any]:
        """The data every view page carries (as JSON): events, actors, legend, summary, defaults."""
        return {
            "events": [self.event_info(ev) for ev in self.p.events],
            "actors": [self.actor_info(iri) for iri in self.p.actors],
            "legend": self.legend(),
            "eventTypes": sorted(self.colors),
            "limit": self.default_limit(),
            "actorTotal": len(self.rank_order),
            "summary": self.summary(),
        }


def _host(url: str | None) -> str | None:
    if not url or "://" not in url:
        return None
    return url.split("://", 1)[1].split("/", 1)[0] or None


def index_data(vm: ViewModel, top: int = 12) -> dict[str, Any]:
    """What the summary page shows: the main period, top actors, busiest days, the articles (asserted events)."""
    events = vm.asserted.events
    days = sorted(d for d in (e.day for e in events) if d)
    window = None
    if days:
        ords = [datetime.fromisoformat(d).toordinal() for d in days]
        lo, hi = layout.densest_window([float(o) for o in ords]) or (ords[0], ords[-1])
        window = (datetime.fromordinal(int(lo)).date().isoformat(), datetime.fromordinal(int(hi)).date().isoformat())
    by_day: dict[str, dict[str, int]] = {}
    for e in events:
        if e.day:
            by_day.setdefault(e.day, {})
            by_day[e.day][e.type] = by_day[e.day].get(e.type, 0) + 1
    busiest = [
        (day, n, ", ".join(f"{t} {k}" for t, k in sorted(by_day[day].items(), key=lambda kv: (-kv[1], kv[0]))[:3]))
        for day, n in busiest_days(events, 8)
    ]
    actors = []
    for iri in [i for i in vm.rank_order if vm.kind(i) not in NON_ACTOR_TYPES][:top]:
        a = vm.p.actors.get(iri)
        actors.append(
            {
                "name": shorten(vm.names.get(iri, iri), MAX_NAME),
                "type": a.type if a else "other",
                "color": ENTITY_COLORS.get(a.type if a else "other", ENTITY_COLORS["other"]),
                "events": vm.degree.get(iri, 0),
                "articles": a.articles if a else 0,
            }
        )
    per_article: dict[str, int] = {}
    for e in events:
        per_article[e.article] = per_article.get(e.article, 0) + 1
    articles = [
        {
            "id": a.id,
            "title": shorten(a.headline, MAX_HEADLINE) or a.id,
            "published": (a.published or "")[:10] or None,
            "source": a.source or _host(a.url),
            # a link only to a web page: the URL is article data, never javascript: or data:
            "url": a.url if a.url and a.url.lower().startswith(("http://", "https://")) else None,
            "events": per_article.get(a.iri, 0),
        }
        for a in sorted(vm.p.articles.values(), key=lambda a: (a.published or "", a.id), reverse=True)
    ]
    # the places the map opens on: located, with an event that happened (its "asserted only" default)
    located = {iri for iri, a in vm.p.actors.items() if a.latitude is not None and a.longitude is not None}
    happened = set().union(*(e.entities for e in vm.p.events if e.asserted))
    places = len(located & happened)
    return {"window": window, "busiest": busiest, "actors": actors, "articles": articles, "places": places}
