"""Analysis: the RDF graph projected to networkx, once, here; centrality, communities, timelines, paths.

`project(dataset)` reads the store with three SPARQL queries (all named graphs as one default graph)
and returns a `Projection`:

- `event_graph`: a MultiDiGraph actor → event, one edge per role (attributes: role, event_type, date);
- `actor_graph`: a weighted Graph actor — actor, one edge per pair of actors that took part in the
  same event (who called, attacked, met, agreed with whom), with the number of events, their types
  and the first and last dates.

Centralities run on the actor graph, never on the event graph (30k-node event graphs make
betweenness take minutes). networkx has no temporal paths: `earliest_arrival` is an earliest-arrival
search over time-sorted contacts, where a path's edges have non-decreasing times.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.vocab import EVENT_TYPE_BASE, PREFIXES

ENTITY_TYPE_OF_CLASS = {
    PREFIXES["kg"] + "Person": "person",
    PREFIXES["kg"] + "Organization": "organization",
    PREFIXES["kg"] + "Place": "place",
    PREFIXES["kg"] + "Group": "group",
    PREFIXES["kg"] + "Other": "other",
}
# Roles that make an entity an actor of the event (as opposed to where, with what, through what).
ACTOR_ROLES = ("agent", "participant", "target", "victim", "recipient")
ROLE_ORDER = {r: i for i, r in enumerate(("agent", "participant", "recipient", "target", "victim", "place"))}

_ENTITIES = """
SELECT ?e ?p ?o WHERE { ?e ?p ?o . VALUES ?p { rdf:type rdfs:label kg:mentionedIn } }
"""
# Several small queries joined in Python: one query with a dozen OPTIONALs is 20x slower in Oxigraph.
_EVENTS = """
SELECT ?ev ?tc ?article WHERE { ?ev a kg:Event ; kg:eventType ?tc ; prov:wasDerivedFrom ?article }
"""
_EVENT_VALUES = """
SELECT ?ev ?p ?o WHERE {
  ?ev a kg:Event ; ?p ?o .
  VALUES ?p { rdfs:label kg:date kg:trigger kg:modality kg:confidence kg:content }
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
  VALUES ?p { kg:expression kg:timex3Value sem:hasEarliestBeginTimeStamp sem:hasLatestEndTimeStamp }
}
"""
_SENTENCES = """
SELECT ?ev ?m ?sentence WHERE { ?ev a kg:Event ; kg:mention ?m . ?m kg:sentence ?sentence }
"""
_ARGUMENTS = """
SELECT ?ev ?role ?e WHERE { ?ev kg:hasArgument ?arg . ?arg kg:role ?role ; kg:entity ?e }
"""


@dataclass(frozen=True)
class Actor:
    """An entity of the graph (person, organisation, place, group, other)."""

    iri: str
    name: str
    type: str
    articles: int = 1


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
    modality: str = "asserted"
    confidence: float | None = None
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
    def entities(self) -> list[str]:
        seen: dict[str, None] = {}
        for _, iri in self.roles:
            seen.setdefault(iri)
        return list(seen)

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
    return {
        iri: Actor(
            iri=iri, name=_best_label(labels[iri] or {_local(iri)}), type=types.get(iri, "other"), articles=len(found)
        )
        for iri, found in sorted(articles.items())
    }


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
            article=art_iri,
            article_id=art.get("articleId") or art_iri.rsplit("/", 1)[-1],
            headline=art.get("headline"),
            url=art.get("url"),
            published=art.get("datePublished"),
        )
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


def build_actor_graph(actors: dict[str, Actor], events: list[EventRecord]) -> nx.Graph:
    """Actor — actor, weighted by shared events, with their types and first and last dates."""
    g = nx.Graph()
    for a in actors.values():
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


def project(dataset: ox.Store) -> Projection:
    """The graph as networkx graphs plus the actor and event records they were built from."""
    actors = load_actors(dataset)
    events = load_events(dataset)
    return Projection(
        actors=actors,
        events=events,
        event_graph=build_event_graph(actors, events),
        actor_graph=build_actor_graph(actors, events),
        articles=load_articles(dataset),
    )


# --- measures ----------------------------------------------------------------------------------


def centralities(actor_graph: nx.Graph, sample_above: int = 500, seed: int = 0) -> dict[str, dict[str, float]]:
    """Degree and betweenness centrality of each actor; betweenness is sampled on large graphs."""
    n = actor_graph.number_of_nodes()
    if n == 0:
        return {}
    degree = nx.degree_centrality(actor_graph) if n > 1 else {v: 0.0 for v in actor_graph}
    k = min(n, 200) if n > sample_above else None
    between = nx.betweenness_centrality(actor_graph, k=k, seed=seed)
    strength = dict(actor_graph.degree(weight="weight"))
    return {v: {"degree": degree[v], "betweenness": between[v], "events": float(strength[v])} for v in actor_graph}


def communities(actor_graph: nx.Graph, seed: int = 0) -> list[list[str]]:
    """Louvain communities of the actors that interact, largest first (isolated actors left out)."""
    g = actor_graph.subgraph([v for v in actor_graph if actor_graph.degree(v) > 0])
    if g.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(g, weight="weight", seed=seed)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


def busiest_days(events: Iterable[EventRecord], top: int = 10) -> list[tuple[str, int]]:
    counts = Counter(ev.day for ev in events if ev.day)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]


def actor_timeline(projection: Projection, actor_iri: str) -> list[EventRecord]:
    return [ev for ev in projection.events if any(iri == actor_iri for _, iri in ev.roles)]


# --- time-respecting paths ---------------------------------------------------------------------


@dataclass(frozen=True)
class Contact:
    """Information could pass from `source` to `target` at `time`, through `event`."""

    time: datetime
    source: str
    target: str
    event: str


def contacts(events: Iterable[EventRecord]) -> list[Contact]:
    """Both directions of every pair of actors in a dated event, sorted by time."""
    out = []
    for ev in events:
        if ev.start is None:
            continue
        people = ev.actors
        for u in people:
            for v in people:
                if u != v:
                    out.append(Contact(ev.start, u, v, ev.iri))
    return sorted(out, key=lambda c: (c.time, c.source, c.target, c.event))


def earliest_arrival(
    contact_list: list[Contact], source: str, not_before: datetime | None = None
) -> dict[str, tuple[datetime, Contact | None]]:
    """Earliest time each actor can be reached from `source` along contacts of non-decreasing time.

    One pass over time-sorted contacts: the first time a contact leaves a reached actor toward an
    unreached one is that actor's earliest arrival. Contacts at the same time may chain in any
    order (A met B and B called C on the same day), so each group of equal times is relaxed until
    nothing changes. Returns {actor: (arrival time, the contact that reached it)}.
    """
    start = not_before or datetime.min
    reached: dict[str, tuple[datetime, Contact | None]] = {source: (start, None)}
    i, n = 0, len(contact_list)
    while i < n:
        j = i
        while j < n and contact_list[j].time == contact_list[i].time:
            j += 1
        group = contact_list[i:j]
        changed = True
        while changed:
            changed = False
            for c in group:
                if c.source in reached and c.target not in reached and reached[c.source][0] <= c.time:
                    reached[c.target] = (c.time, c)
                    changed = True
        i = j
    return reached


def temporal_path(projection: Projection, source: str, target: str) -> list[Contact] | None:
    """The contacts of an earliest-arriving time-respecting path from source to target, or None."""
    reached = earliest_arrival(contacts(projection.events), source)
    if target not in reached:
        return None
    path: list[Contact] = []
    node = target
    while node != source:
        _, c = reached[node]
        assert c is not None
        path.append(c)
        node = c.source
    return path[::-1]


# --- report ------------------------------------------------------------------------------------


class ActorNotFound(ValueError):
    """A name that matches no actor, or several."""


def find_actor(projection: Projection, name: str) -> str:
    """The IRI of the actor called `name` (exact, case-insensitive; then a unique substring; or an IRI)."""
    if name in projection.actors:
        return name
    wanted = name.casefold().strip()
    exact = [a.iri for a in projection.actors.values() if a.name.casefold() == wanted]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [a.iri for a in projection.actors.values() if wanted in a.name.casefold()]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise ActorNotFound(f"no actor named {name!r}")
    names = ", ".join(sorted(projection.actors[i].name for i in partial)[:8])
    raise ActorNotFound(f"{name!r} matches several actors: {names}")


def _event_json(projection: Projection, ev: EventRecord) -> dict[str, Any]:
    return {
        "event": ev.iri,
        "type": ev.type,
        "date": ev.date,
        "label": ev.label,
        "actors": [
            {"role": role, "name": projection.actors[i].name if i in projection.actors else i} for role, i in ev.roles
        ],
        "sentence": ev.sentence,
        "article": ev.article_id,
    }


def _step_json(projection: Projection, names: dict[str, str], contact: Contact) -> dict[str, Any]:
    ev = projection.event(contact.event)
    return {
        "from": names.get(contact.source, contact.source),
        "to": names.get(contact.target, contact.target),
        "date": ev.date if ev is not None else None,
        "event": contact.event,
        "type": ev.type if ev is not None else None,
    }


def analyze(
    projection: Projection,
    top: int = 10,
    source: str | None = None,
    target: str | None = None,
    actors: Iterable[str] = (),
) -> dict[str, Any]:
    """The analysis report as JSON-ready data. `source`/`target` are actor names; `actors` names
    whose timelines to include (default: the most central ones)."""
    g = projection.actor_graph
    names = {iri: a.name for iri, a in projection.actors.items()}
    cent = centralities(g)
    ranked = sorted(cent, key=lambda v: (-cent[v]["betweenness"], -cent[v]["degree"], names.get(v, v)))
    central = [
        {"actor": v, "name": names.get(v, v), "type": g.nodes[v].get("type"), **cent[v]}
        for v in ranked[:top]
        if cent[v]["events"] > 0 or g.number_of_edges() == 0
    ]
    wanted = [find_actor(projection, a) for a in actors] or [c["actor"] for c in central[: min(top, 5)]]
    report: dict[str, Any] = {
        "summary": {
            "actors": len(projection.actors),
            "events": len(projection.events),
            "dated_events": sum(1 for e in projection.events if e.start),
            "interactions": g.number_of_edges(),
            "event_types": dict(Counter(e.type for e in projection.events).most_common()),
            "first": next((e.date for e in projection.events if e.date), None),
            "last": next((e.date for e in reversed(projection.events) if e.date), None),
        },
        "central_actors": central,
        "communities": [[names.get(v, v) for v in c] for c in communities(g)],
        "busiest_days": [{"date": d, "events": n} for d, n in busiest_days(projection.events, top)],
        "timelines": {
            names.get(a, a): [_event_json(projection, ev) for ev in actor_timeline(projection, a)] for a in wanted
        },
    }
    if source and target:
        s, t = find_actor(projection, source), find_actor(projection, target)
        path = temporal_path(projection, s, t)
        report["path"] = {
            "from": names.get(s, s),
            "to": names.get(t, t),
            "found": path is not None,
            "steps": [_step_json(projection, names, c) for c in path or []],
        }
    return report


def format_report(report: dict[str, Any]) -> str:
    """The report as readable text."""
    s = report["summary"]
    lines = [
        f"{s['actors']} actors, {s['events']} events ({s['dated_events']} dated), {s['interactions']} interactions"
        + (f", {s['first']} to {s['last']}" if s["first"] else ""),
    ]
    if s["event_types"]:
        lines.append("event types: " + ", ".join(f"{t} {n}" for t, n in s["event_types"].items()))
    lines += ["", "Most central actors (betweenness, degree, events):"]
    for c in report["central_actors"]:
        lines.append(
            f"  {c['name']:<32} {c['betweenness']:.3f}  {c['degree']:.3f}  {int(c['events']):>4}  ({c['type']})"
        )
    if not report["central_actors"]:
        lines.append("  (no actors)")
    lines += ["", "Communities (Louvain):"]
    for i, members in enumerate(report["communities"], 1):
        shown = ", ".join(members[:12]) + (f", … (+{len(members) - 12})" if len(members) > 12 else "")
        lines.append(f"  {i}. {shown}")
    if not report["communities"]:
        lines.append("  (no interactions between actors)")
    lines += ["", "Busiest days:"]
    lines += [f"  {d['date']}  {d['events']} events" for d in report["busiest_days"]] or ["  (no dated events)"]
    for name, evs in report["timelines"].items():
        lines += ["", f"Timeline of {name}:"]
        for ev in evs:
            others = ", ".join(f"{a['role']}={a['name']}" for a in ev["actors"])
            lines.append(f"  {ev['date'] or 'undated':<10}  {ev['type']:<12} {others}  [{ev['article']}]")
        if not evs:
            lines.append("  (no events)")
    if "path" in report:
        p = report["path"]
        lines += ["", f"How news could flow from {p['from']} to {p['to']} (time-respecting path):"]
        if not p["found"]:
            lines.append("  no path: no chain of events in non-decreasing time links them")
        for st in p["steps"]:
            lines.append(f"  {st['date']}  {st['from']} → {st['to']}  ({st['type']})")
    return "\n".join(lines) + "\n"
