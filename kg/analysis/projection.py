"""The projection: the RDF graph read into networkx, once, here.

`project(dataset)` reads the store with three SPARQL queries (all named graphs as one default graph)
and returns a `Projection`:

- `event_graph`: a MultiDiGraph actor → event, one edge per role (attributes: role, event_type, date);
- `actor_graph`: a weighted Graph actor — actor, one edge per pair of actors that took part in the
  same event (who called, attacked, met, agreed with whom), with the number of events, their types
  and the first and last dates.

Centralities run on the actor graph, never on the event graph (30k-node event graphs make
betweenness take minutes).

`kg.analysis.measures` (centralities, communities, busiest days), `kg.analysis.paths` (time-respecting
paths) and `kg.analysis.report` (what `kg analyze` prints) work on a Projection.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import networkx as nx
import pyoxigraph as ox

from kg.rdf.vocab import EVENT_TYPE_BASE, NON_ACTOR_TYPES, PREFIXES

ENTITY_TYPE_OF_CLASS = {
    PREFIXES["kg"] + "Person": "person",
    PREFIXES["kg"] + "Organization": "organization",
    PREFIXES["kg"] + "Place": "place",
    PREFIXES["kg"] + "Group": "group",
    PREFIXES["kg"] + "Law": "law",
    PREFIXES["kg"] + "Weapon": "weapon",
    PREFIXES["kg"] + "Other": "other",
}
# Roles of entities that are no actors: what an event is done with or about ("drone", "the Clean Air Act")
THING_ROLES = ("instrument", "topic", "medium")
# Roles that make an entity an actor of the event (as opposed to where, with what, through what).
ACTOR_ROLES = ("agent", "participant", "target", "victim", "recipient")
# How an article reports an event (kg:modality); analyses count the asserted ones unless asked otherwise
MODALITIES = ("asserted", "negated", "planned", "hypothetical")
ASSERTED_ONLY = ("asserted",)
ROLE_ORDER = {r: i for i, r in enumerate(("agent", "participant", "recipient", "target", "victim", "place"))}

_ENTITIES = """
SELECT ?e ?p ?o WHERE { ?e ?p ?o . VALUES ?p { rdf:type rdfs:label kg:mentionedIn } }
"""
# names to search by, and where a place is (the map): in the shared entities graph
_ENTITY_DETAILS = """
SELECT ?e ?p ?o WHERE { ?e ?p ?o . VALUES ?p { skos:altLabel kg:title geo:lat geo:long kg:countryCode } }
"""
# Several small queries joined in Python: one query with a dozen OPTIONALs is 20x slower in Oxigraph.
_EVENTS = """
SELECT ?ev ?tc ?article WHERE { ?ev a kg:Event ; kg:eventType ?tc ; prov:wasDerivedFrom ?article }
"""
_EVENT_VALUES = """
SELECT ?ev ?p ?o WHERE {
  ?ev a kg:Event ; ?p ?o .
  VALUES ?p { rdfs:label kg:date kg:datePrecision kg:trigger kg:modality kg:confidence kg:content kg:outcome }
}
"""
_ARTICLES = """
SELECT ?article ?p ?o WHERE {
  ?article a kg:Article ; ?p ?o .
  VALUES ?p { kg:articleId schema:headline schema:url schema:datePublished }
}
"""
_ARTICLE_LIST = """
SELECT ?article ?p ?o WHERE {
  ?article a kg:Article ; ?p ?o .
  VALUES ?p { kg:articleId schema:headline schema:url schema:datePublished kg:source }
}
"""
_TIMES = """
SELECT ?ev ?p ?o WHERE {
  ?ev kg:hasTime ?t . ?t ?p ?o .
  VALUES ?p { kg:expression kg:timex3Value kg:datePrecision kg:dateSource sem:hasEarliestBeginTimeStamp
              sem:hasLatestEndTimeStamp }
}
"""
_SENTENCES = """
SELECT ?ev ?m ?sentence WHERE { ?ev a kg:Event ; kg:mention ?m . ?m kg:sentence ?sentence }
"""
_CASUALTIES = """
SELECT ?ev ?kind ?count ?qualifier WHERE {
  ?ev kg:hasCasualtyCount ?c . ?c kg:casualtyType ?kind ; kg:count ?count . OPTIONAL { ?c kg:qualifier ?qualifier }
}
"""
_AMOUNTS = """SELECT ?ev ?text WHERE { ?ev kg:amount ?a . ?a kg:text ?text }"""
_ARGUMENTS = """
SELECT ?ev ?role ?e WHERE { ?ev kg:hasArgument ?arg . ?arg kg:role ?role ; kg:entity ?e }
"""


@dataclass(frozen=True)
class Actor:
    """An entity of the graph (person, organisation, place, group, law, weapon, other)."""

    iri: str
    name: str
    type: str
    articles: int = 1
    aliases: tuple[str, ...] = ()  # its other names (skos:altLabel)
    titles: tuple[str, ...] = ()  # "Kremlin spokesman", "President" (kg:title)
    latitude: float | None = None  # places linked to GeoNames (geo:lat, geo:long)
    longitude: float | None = None
    country: str | None = None  # ISO 3166 code (kg:countryCode)


@dataclass
class EventRecord:
    """One event with what the views and reports need: when, who, and where it was read."""

    iri: str
    type: str
    label: str
    trigger: str = ""
    date: str | None = None  # at its precision: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY
    start: datetime | None = None  # earliest moment (sort key)
    end: datetime | None = None  # latest moment
    expression: str | None = None  # the date as the article wrote it
    sentence: str = ""
    content: str | None = None
    modality: str = "asserted"  # asserted | negated | planned | hypothetical
    confidence: float | None = None
    precision: str | None = None  # day, week, month, year, ...: how precisely `date` is known
    date_source: str | None = None  # expression | related_event | publication: where the time comes from
    killed: int | None = None
    injured: int | None = None
    casualty_qualifier: str | None = None  # "at least", "more than", ...
    amount: str | None = None  # the sum of money as written ("$4.2 billion")
    outcome: str | None = None  # what a ruling decided
    article: str = ""
    article_id: str = ""
    headline: str | None = None
    url: str | None = None
    published: str | None = None
    roles: list[tuple[str, str]] = field(default_factory=list)  # (role, actor iri), agents first

    @property
    def actors(self) -> list[str]:
        """Actor IRIs in role order, each once (places, instruments, media excluded)."""
        seen: dict[str, None] = {}
        for role, iri in self.roles:
            if role in ACTOR_ROLES:
                seen.setdefault(iri)
        return list(seen)

    @property
    def actors_or_places(self) -> list[str]:
        """The entities an event can be drawn under: its actors, else any entity but its instruments."""
        return self.actors or [iri for role, iri in dict.fromkeys(self.roles) if role not in THING_ROLES]

    @property
    def entities(self) -> list[str]:
        seen: dict[str, None] = {}
        for _, iri in self.roles:
            seen.setdefault(iri)
        return list(seen)

    @property
    def asserted(self) -> bool:
        return self.modality == "asserted"

    @property
    def open_below(self) -> bool:
        """Dated only as "on or before" a moment (its latest bound): no date, no earliest bound."""
        return self.date is None and self.start is None and self.end is not None

    @property
    def day(self) -> str | None:
        """The event's day when it is known to the day."""
        return self.date if self.date and len(self.date) == 10 and self.date[4] == "-" else None


@dataclass(frozen=True)
class ArticleRecord:
    """An article of the graph, as the summary page lists it."""

    iri: str
    id: str
    headline: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass
class Projection:
    actors: dict[str, Actor]
    events: list[EventRecord]  # sorted by start; undated last
    event_graph: nx.MultiDiGraph
    actor_graph: nx.Graph
    articles: dict[str, ArticleRecord] = field(default_factory=dict)  # by IRI

    def event(self, iri: str) -> EventRecord | None:
        return self._by_iri().get(iri)

    def _by_iri(self) -> dict[str, EventRecord]:
        if not hasattr(self, "_index"):
            self._index = {e.iri: e for e in self.events}
        return self._index


# --- dates -------------------------------------------------------------------------------------


def parse_moment(value: str | None) -> datetime | None:
    """The earliest moment of an ISO date or datetime at any precision kg writes (day, week, month, year)."""
    if not value:
        return None
    v = value.strip()
    try:
        if len(v) == 4 and v.isdigit():
            return datetime(int(v), 1, 1)
        if len(v) == 7 and v[4] == "-" and v[5:].isdigit():
            return datetime(int(v[:4]), int(v[5:]), 1)
        if len(v) == 8 and v[4:6] == "-W":
            return datetime.combine(date.fromisocalendar(int(v[:4]), int(v[6:]), 1), datetime.min.time())
        if len(v) >= 10:
            moment = datetime.fromisoformat(v.replace("Z", "+00:00"))
            return moment.replace(tzinfo=None)
    except ValueError:
        return None
    return None


def _latest_of(value: str | None, start: datetime | None) -> datetime | None:
    """The last moment of a date at its precision (a day ends at 23:59:59)."""
    if not value or start is None:
        return start
    v = value.strip()
    if len(v) == 4:
        return datetime(start.year, 12, 31, 23, 59, 59)
    if len(v) == 7:
        nxt = datetime(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return nxt - timedelta(seconds=1)
    if len(v) == 8 and v[4:6] == "-W":
        return start + timedelta(days=7) - timedelta(seconds=1)
    if len(v) == 10:
        return start + timedelta(days=1) - timedelta(seconds=1)
    return start


# --- projection --------------------------------------------------------------------------------


def _v(row: ox.QuerySolution, name: str) -> str | None:
    term = row[name]
    return None if term is None else term.value


def _select(dataset: ox.Store, query: str) -> ox.QuerySolutions:
    """The rows of a SELECT query over all named graphs as one default graph."""
    result = dataset.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError(f"expected a SELECT query, got a {type(result).__name__}")
    return result


def _best_label(labels: Iterable[str]) -> str:
    return max(labels, key=lambda n: (len(n.split()), len(n), n))


def load_actors(dataset: ox.Store) -> dict[str, Actor]:
    """Every entity of the graph, with one name (the fullest), its type and the number of articles."""
    labels: dict[str, set[str]] = defaultdict(set)
    types: dict[str, str] = {}
    articles: dict[str, set[str]] = defaultdict(set)
    for row in _select(dataset, _ENTITIES):
        iri, prop, value = row["e"].value, row["p"].value, row["o"].value
        if prop.endswith("#mentionedIn"):
            articles[iri].add(value)
        elif prop.endswith("#label"):
            labels[iri].add(value)
        elif value in ENTITY_TYPE_OF_CLASS:
            types.setdefault(iri, ENTITY_TYPE_OF_CLASS[value])
    details: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in _select(dataset, _ENTITY_DETAILS):
        details[row["e"].value][_local(row["p"].value)].add(row["o"].value)
    actors = {}
    for iri, found in sorted(articles.items()):
        name = _best_label(labels[iri] or {_local(iri)})
        d = details.get(iri, {})
        actors[iri] = Actor(
            iri=iri,
            name=name,
            type=types.get(iri, "other"),
            articles=len(found),
            aliases=tuple(sorted((d.get("altLabel", set()) | labels[iri]) - {name})),
            titles=tuple(sorted(d.get("title", ()))),
            latitude=_coordinate(d.get("lat")),
            longitude=_coordinate(d.get("long")),
            country=min(d["countryCode"]) if d.get("countryCode") else None,
        )
    return actors


def _coordinate(values: set[str] | None) -> float | None:
    try:
        return float(min(values)) if values else None
    except ValueError:
        return None


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _values(dataset: ox.Store, query: str, key: str) -> dict[str, dict[str, str]]:
    """{subject: {local property name: value}} from a ?key ?p ?o query (first value wins)."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _select(dataset, query):
        out[row[key].value].setdefault(_local(row["p"].value), row["o"].value)
    return out


def load_events(dataset: ox.Store) -> list[EventRecord]:
    """Every event with its date, provenance and role fillers, sorted by time (undated last)."""
    values = _values(dataset, _EVENT_VALUES, "ev")
    articles = _values(dataset, _ARTICLES, "article")
    times = _values(dataset, _TIMES, "ev")
    sentences: dict[str, tuple[int, str]] = {}
    for row in _select(dataset, _SENTENCES):
        ev, m = row["ev"].value, row["m"].value
        n = int(m.rsplit("/", 1)[-1]) if m.rsplit("/", 1)[-1].isdigit() else 1 << 30
        if ev not in sentences or n < sentences[ev][0]:  # the trigger's own sentence (mention 0)
            sentences[ev] = (n, row["sentence"].value)
    events: dict[str, EventRecord] = {}
    for row in _select(dataset, _EVENTS):
        iri = row["ev"].value
        if iri in events:
            continue
        tc = row["tc"].value
        etype = tc[len(EVENT_TYPE_BASE) :] if tc.startswith(EVENT_TYPE_BASE) else tc.rsplit("/", 1)[-1]
        v, t = values.get(iri, {}), times.get(iri, {})
        art_iri = row["article"].value
        art = articles.get(art_iri, {})
        when = v.get("date")
        start = parse_moment(t.get("hasEarliestBeginTimeStamp")) or parse_moment(when)
        end = parse_moment(t.get("hasLatestEndTimeStamp")) or _latest_of(when, start)
        trigger = v.get("trigger", "")
        conf = v.get("confidence")
        precision = v.get("datePrecision") or t.get("datePrecision")
        events[iri] = EventRecord(
            iri=iri,
            type=etype,
            label=v.get("label") or f"{etype}: {trigger}",
            trigger=trigger,
            date=when,
            start=start,
            end=end,
            expression=t.get("expression"),
            sentence=sentences.get(iri, (0, ""))[1],
            content=v.get("content"),
            modality=v.get("modality", "asserted"),
            confidence=float(conf) if conf else None,
            precision=precision,
            date_source=t.get("dateSource"),
            outcome=v.get("outcome"),
            article=art_iri,
            article_id=art.get("articleId") or art_iri.rsplit("/", 1)[-1],
            headline=art.get("headline"),
            url=art.get("url"),
            published=art.get("datePublished"),
        )
    for row in _select(dataset, _CASUALTIES):
        ev = events.get(row["ev"].value)
        if ev is None:
            continue
        count = int(row["count"].value)
        if row["kind"].value.endswith("killed"):
            ev.killed = count
        else:
            ev.injured = count
        if row["qualifier"] is not None:
            ev.casualty_qualifier = row["qualifier"].value
    for row in _select(dataset, _AMOUNTS):
        if row["ev"].value in events:
            events[row["ev"].value].amount = row["text"].value
    roles: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in _select(dataset, _ARGUMENTS):
        roles[row["ev"].value].add((row["role"].value, row["e"].value))
    for iri, pairs in roles.items():
        if iri in events:
            events[iri].roles = sorted(pairs, key=lambda p: (ROLE_ORDER.get(p[0], 99), p[0], p[1]))
    return sorted(events.values(), key=event_sort_key)


def event_sort_key(ev: EventRecord) -> tuple[int, datetime, str]:
    return (ev.start is None, ev.start or datetime.min, ev.iri)


def build_event_graph(actors: dict[str, Actor], events: list[EventRecord]) -> nx.MultiDiGraph:
    """Actor → event, one typed, dated edge per role."""
    g = nx.MultiDiGraph()
    for a in actors.values():
        g.add_node(a.iri, kind="actor", name=a.name, type=a.type)
    for ev in events:
        g.add_node(ev.iri, kind="event", name=ev.label, type=ev.type, date=ev.date)
        for role, iri in ev.roles:
            if iri not in g:
                g.add_node(iri, kind="actor", name=iri.rsplit("/", 1)[-1], type="other")
            g.add_edge(iri, ev.iri, key=role, role=role, event_type=ev.type, date=ev.date)
    return g


def demote_things(actors: dict[str, Actor], events: list[EventRecord]) -> None:
    """Weapons and laws are never actors: where extraction put one in an actor role ("shot down the
    drone"), it becomes the event's instrument (a weapon) or topic (a law), out of actor rankings and
    timeline lanes. Sets `roles` in place."""
    things = {iri: a.type for iri, a in actors.items() if a.type in NON_ACTOR_TYPES}
    if not things:
        return

    def role_of(role: str, iri: str) -> str:
        if iri not in things or role not in ACTOR_ROLES:
            return role
        return "topic" if things[iri] == "law" else "instrument"

    for ev in events:
        if any(iri in things and role in ACTOR_ROLES for role, iri in ev.roles):
            pairs = {(role_of(role, iri), iri) for role, iri in ev.roles}
            ev.roles = sorted(pairs, key=lambda p: (ROLE_ORDER.get(p[0], 99), p[0], p[1]))


def build_actor_graph(actors: dict[str, Actor], events: list[EventRecord]) -> nx.Graph:
    """Actor — actor, weighted by shared events, with their types and first and last dates. Weapons and
    laws are no nodes of it."""
    g = nx.Graph()
    for a in actors.values():
        if a.type not in NON_ACTOR_TYPES:
            g.add_node(a.iri, name=a.name, type=a.type)
    for ev in events:
        people = ev.actors
        for i, u in enumerate(people):
            for v in people[i + 1 :]:
                if g.has_edge(u, v):
                    d = g.edges[u, v]
                    d["weight"] += 1
                    d["events"].append(ev.iri)
                    d["types"][ev.type] += 1
                else:
                    g.add_edge(u, v, weight=1, events=[ev.iri], types=Counter({ev.type: 1}), first=None, last=None)
                    d = g.edges[u, v]
                if ev.date:
                    first, last = parse_moment(d["first"]), parse_moment(d["last"])
                    if d["first"] is None or (ev.start and first is not None and ev.start < first):
                        d["first"] = ev.date
                    if d["last"] is None or (ev.start and last is not None and ev.start >= last):
                        d["last"] = ev.date
    return g


def load_articles(dataset: ox.Store) -> dict[str, ArticleRecord]:
    """Every article of the graph, with or without events."""
    return {
        iri: ArticleRecord(
            iri=iri,
            id=v.get("articleId") or iri.rsplit("/", 1)[-1],
            headline=v.get("headline"),
            published=v.get("datePublished"),
            url=v.get("url"),
            source=v.get("source"),
        )
        for iri, v in sorted(_values(dataset, _ARTICLE_LIST, "article").items())
    }


def project(dataset: ox.Store, modalities: Iterable[str] | None = None) -> Projection:
    """The graph as networkx graphs plus the actor and event records they were built from.

    `modalities` keeps only the events of those modalities (`ASSERTED_ONLY`: what the articles report as
    having happened); None keeps every event, negated, planned and hypothetical ones included."""
    actors = load_actors(dataset)
    events = load_events(dataset)
    demote_things(actors, events)
    projection = _projection(actors, events, load_articles(dataset))
    return projection if modalities is None else with_modalities(projection, modalities)


def _projection(actors: dict[str, Actor], events: list[EventRecord], articles: dict[str, ArticleRecord]) -> Projection:
    return Projection(
        actors=actors,
        events=events,
        event_graph=build_event_graph(actors, events),
        actor_graph=build_actor_graph(actors, events),
        articles=articles,
    )


def with_modalities(projection: Projection, modalities: Iterable[str]) -> Projection:
    """The projection of the events of the given modalities only (actors and articles all kept)."""
    wanted = set(modalities)
    unknown = wanted - set(MODALITIES)
    if unknown:
        raise ValueError(f"unknown modality {sorted(unknown)[0]!r} (choose from {', '.join(MODALITIES)})")
    if wanted == set(MODALITIES):
        return projection
    events = [ev for ev in projection.events if ev.modality in wanted]
    return _projection(projection.actors, events, projection.articles)


