"""A kg graph as one Python object, for notebooks and scripts: `g = kg.open("kg-store")`, `g = kg.build(...)`.

`Graph` wraps a store directory, a graph file (.trig, .ttl, .nq, .jsonld, ...) or an http(s):// SPARQL
store, and answers in the shapes notebooks use:

- `g.query(sparql)`: a pandas DataFrame when pandas is installed (`pip install kg[notebook]`), else a
  list of dicts (`g.rows(sparql)` always gives the list); values as Python values (IRIs as strings,
  integers as int, decimals as float, dates as their ISO text, unbound as None); ASK gives a bool;
- `g.events(type=, actor=, since=, until=, modality=)`, `g.entities(type=)`: the events and entities
  of the projection (`kg.analysis.project`), filtered, in the same shapes;
- `g.to_networkx()`: the actor graph (or `kind="events"`: actor → event, one edge per role);
- `g.stats()`: the store's counts; `g.summary`: what `kg.build` did (None for `kg.open`);
- `_repr_html_`: Jupyter shows the counts, the most connected actors and the events per day as inline
  SVG (no script, no network); `g.view("graph" | "timeline" | "index")` shows the interactive view
  itself, offline, in a sandboxed iframe (the page inline in `srcdoc`, nothing fetched).

A store directory is held open (Oxigraph allows one writer process) until `g.close()` or the end of a
`with` block; `kg.build` into a store that a `Graph` of this process holds closes that `Graph` first,
and any `Graph` reopens by itself when used again. The CLI keeps calling `kg.pipeline.build`, which
returns the build's `Summary`.
"""

from __future__ import annotations

import html
import weakref
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.analysis import EventRecord, Projection, find_actor, project
from kg.pipeline import Summary
from kg.query import QueryError, Result, check_query, remote_result, run_on
from kg.store import KgStore, LocalBackend, StoreError, open_graph, open_store

XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = {
    XSD + t
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
        "unsignedByte",
    )
}
FLOAT_TYPES = {XSD + "decimal", XSD + "double", XSD + "float"}
ENTITY_TYPES = ("person", "organization", "place", "group", "law", "weapon", "other")
MODALITIES = ("asserted", "negated", "planned", "hypothetical")
VIEWS = ("graph", "timeline", "index")
_OPEN_GRAPHS: weakref.WeakSet[Graph] = weakref.WeakSet()


def python_value(term: object) -> object:
    """A SPARQL result term as a plain Python value: IRI → str, blank node → "_:id", xsd integers → int,
    decimals and doubles → float, booleans → bool, any other literal (dates included) → its text."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype else ""
        try:
            if datatype in INTEGER_TYPES:
                return int(term.value)
            if datatype in FLOAT_TYPES:
                return float(term.value)
        except ValueError:
            return term.value
        if datatype == XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    return str(term)


def result_rows(result: Result) -> list[dict[str, object]]:
    """A query result as a list of {variable: Python value} (CONSTRUCT: subject, predicate, object)."""
    if result.triples is not None:
        return [
            {
                "subject": python_value(t.subject),
                "predicate": python_value(t.predicate),
                "object": python_value(t.object),
            }
            for t in result.triples
        ]
    return [{v: python_value(x) for v, x in zip(result.variables, row, strict=True)} for row in result.rows]


def _pandas() -> Any | None:
    try:
        import pandas
    except ImportError:
        return None
    return pandas


def table(rows: list[dict[str, object]], columns: list[str]) -> Any:
    """A DataFrame of the rows when pandas is installed, else the rows themselves."""
    pandas = _pandas()
    if pandas is None:
        return rows
    return pandas.DataFrame(rows, columns=columns)


def _moment(value: str | None, end: bool) -> datetime | None:
    """A since/until bound: an ISO date (2025-03, 2025-03-04, ...) as its first or last moment."""
    if value is None:
        return None
    from kg.analysis.projection import _latest_of, parse_moment

    start = parse_moment(str(value))
    if start is None:
        raise ValueError(f"not an ISO date: {value!r} (give 2025, 2025-03, 2025-W10 or 2025-03-04)")
    return _latest_of(str(value), start) if end else start


class View:
    """One interactive view, shown by Jupyter in a sandboxed iframe (the whole page inline, offline)."""

    def __init__(self, name: str, page: str, height: int = 640) -> None:
        self.name, self.html, self.height = name, page, height

    def _repr_html_(self) -> str:
        return (
            f'<iframe title="kg {self.name}" sandbox="allow-scripts" style="width:100%;height:{self.height}px;'
            f'border:1px solid #ddd" srcdoc="{html.escape(self.html, quote=True)}"></iframe>'
        )

    def save(self, path: str | Path) -> Path:
        """Write the page as a file that opens from disk."""
        out = Path(path)
        out.write_text(self.html, encoding="utf-8")
        return out


class Graph:
    """A kg graph: a store directory, a graph file or an http(s):// SPARQL store (see the module doc)."""

    def __init__(self, location: str | Path, summary: Summary | None = None, dataset: ox.Store | None = None) -> None:
        """Open `location`; with `dataset` (a pyoxigraph Store), wrap that instead (`location` names it)."""
        self.location = str(location)
        self.summary = summary
        self._store: KgStore | None = None if dataset is None else KgStore(LocalBackend(dataset, self.location))
        self._in_memory = dataset is not None
        self._projection: Projection | None = None
        self._remote_copy: ox.Store | None = None
        self._open()
        _OPEN_GRAPHS.add(self)

    # --- the store ---------------------------------------------------------------------------------

    @property
    def is_remote(self) -> bool:
        return self.location.startswith(("http://", "https://"))

    def _open(self) -> KgStore:
        if self._store is None:
            path = Path(self.location)
            if self.is_remote or path.is_dir():
                self._store = open_store(self.location, create=False)
            else:
                self._store = KgStore(LocalBackend(open_graph(path), self.location, read_only=True))
        return self._store

    def close(self) -> None:
        """Let go of the store (a store directory can then be built into); the Graph reopens when used."""
        if self._store is not None and not self._in_memory:
            store, self._store = self._store, None
            if isinstance(store.backend, LocalBackend) and Path(self.location).is_dir():
                store.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def dataset(self) -> ox.Store:
        """The pyoxigraph Store (for a remote store: a copy of its triples, fetched once)."""
        store = self._open()
        if isinstance(store.backend, LocalBackend):
            return store.dataset
        if self._remote_copy is None:
            copy = ox.Store()
            result = remote_result(store.backend, "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")  # type: ignore[arg-type]
            copy.extend(ox.Quad(t.subject, t.predicate, t.object) for t in result.triples or [])
            self._remote_copy = copy
        return self._remote_copy

    @property
    def projection(self) -> Projection:
        """Actors, events and their networkx graphs (`kg.analysis.Projection`), read once."""
        if self._projection is None:
            self._projection = project(self.dataset)
        return self._projection

    def refresh(self) -> Graph:
        """Forget what was read (after the store changed), so the next call reads it again."""
        self._projection = self._remote_copy = None
        return self

    # --- SPARQL ------------------------------------------------------------------------------------

    def result(self, sparql: str) -> Result:
        """The raw `kg.query.Result` of a query (kg's prefixes predefined, the graphs as one union)."""
        store = self._open()
        if isinstance(store.backend, LocalBackend):
            return run_on(store.dataset, sparql)
        check_query(sparql)
        return remote_result(store.backend, sparql)  # type: ignore[arg-type]

    def rows(self, sparql: str) -> list[dict[str, object]] | bool:
        """The answer as a list of {variable: value} (ASK: a bool)."""
        result = self.result(sparql)
        return result.boolean if result.boolean is not None else result_rows(result)

    def query(self, sparql: str) -> Any:
        """The answer as a pandas DataFrame (a list of dicts without pandas; ASK: a bool)."""
        result = self.result(sparql)
        if result.boolean is not None:
            return result.boolean
        return table(result_rows(result), result.variables)

    # --- events, entities, networks ------------------------------------------------------------------

    def _names(self) -> dict[str, str]:
        return {iri: a.name for iri, a in self.projection.actors.items()}

    def events(
        self,
        type: str | Iterable[str] | None = None,  # noqa: A002 - the word users filter by
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        modality: str | Iterable[str] | None = None,
    ) -> Any:
        """Events in time order (undated last), filtered: `type` ("attack" or several), `actor` (a name,
        a unique part of one, or an IRI), `since` / `until` (ISO dates at any precision; an event is kept
        when its time span reaches into the range; undated events are left out), `modality`."""
        types, modalities = _choices(type), _choices(modality)
        if modalities and not modalities <= set(MODALITIES):
            raise ValueError(
                f"unknown modality {sorted(modalities - set(MODALITIES))} (choose from {', '.join(MODALITIES)})"
            )
        who = find_actor(self.projection, actor) if actor is not None else None
        lower, upper = _moment(since, end=False), _moment(until, end=True)

        def in_range(ev: EventRecord) -> bool:
            last = ev.end or ev.start
            if lower is not None and (last is None or last < lower):
                return False
            return upper is None or (ev.start is not None and ev.start <= upper)

        names = self._names()
        rows = [
            _event_row(ev, names)
            for ev in self.projection.events
            if (types is None or ev.type in types)
            and (modalities is None or ev.modality in modalities)
            and (who is None or who in ev.entities)
            and in_range(ev)
        ]
        return table(rows, list(EVENT_COLUMNS))

    def entities(self, type: str | Iterable[str] | None = None) -> Any:  # noqa: A002
        """Entities by the number of articles that mention them, with the events they take part in;
        `type` among person, organization, place, group, law, weapon, other."""
        types = _choices(type)
        if types and not types <= set(ENTITY_TYPES):
            raise ValueError(
                f"unknown entity type {sorted(types - set(ENTITY_TYPES))} (choose from {', '.join(ENTITY_TYPES)})"
            )
        events: Counter[str] = Counter()
        for ev in self.projection.events:
            events.update(ev.entities)
        actors = sorted(self.projection.actors.values(), key=lambda a: (-a.articles, a.name.casefold(), a.iri))
        rows = [
            {"entity": a.iri, "name": a.name, "type": a.type, "articles": a.articles, "events": events[a.iri]}
            for a in actors
            if types is None or a.type in types
        ]
        return table(rows, ["entity", "name", "type", "articles", "events"])

    def to_networkx(self, kind: str = "actors") -> nx.Graph:
        """A copy of the actor graph (actor — actor, weighted by shared events), or with kind="events"
        the event graph (a MultiDiGraph actor → event, one edge per role)."""
        if kind == "actors":
            return self.projection.actor_graph.copy()
        if kind == "events":
            return self.projection.event_graph.copy()
        raise ValueError(f"kind is 'actors' or 'events', not {kind!r}")

    def stats(self) -> dict[str, object]:
        """The store's counts: articles, entities, events (and by type), triples, ..."""
        return self._open().stats()

    # --- display -----------------------------------------------------------------------------------

    def view(self, name: str = "timeline", height: int = 640) -> View:
        """An interactive view ("graph", "timeline" or "index"), for Jupyter or `.save(path)`."""
        if name not in VIEWS:
            raise ValueError(f"view is one of {', '.join(VIEWS)}, not {name!r}")
        from kg.views import render_views

        return View(name, render_views(self.projection)[name], height)

    def __repr__(self) -> str:
        try:
            s = self.stats()
        except (StoreError, QueryError, OSError) as exc:
            return f"<kg.Graph {self.location}: {exc}>"
        return f"<kg.Graph {self.location}: {s['articles']} articles, {s['entities']} entities, {s['events']} events>"

    def _repr_html_(self) -> str:
        from kg.views.notebook import summary_html

        try:
            stats = self.stats()
        except (StoreError, QueryError, OSError) as exc:
            return f"<p>kg graph {html.escape(self.location)}: {html.escape(str(exc))}</p>"
        failures = self.summary.failures if self.summary is not None else []
        return summary_html(self.location, stats, self.projection, failures)


EVENT_COLUMNS = (
    "event",
    "type",
    "date",
    "start",
    "end",
    "label",
    "modality",
    "actors",
    "places",
    "sentence",
    "article",
    "headline",
    "published",
)


def _event_row(ev: EventRecord, names: dict[str, str]) -> dict[str, object]:
    return {
        "event": ev.iri,
        "type": ev.type,
        "date": ev.date,
        "start": ev.start,
        "end": ev.end,
        "label": ev.label,
        "modality": ev.modality,
        "actors": [names.get(i, i) for i in ev.actors],
        "places": [names.get(i, i) for role, i in ev.roles if role == "place"],
        "sentence": ev.sentence,
        "article": ev.article_id,
        "headline": ev.headline,
        "published": ev.published,
    }


def _choices(value: str | Iterable[str] | None) -> set[str] | None:
    """A filter's allowed values: one ("attack"), several (["attack", "death"]) or any (None)."""
    if value is None:
        return None
    return {value} if isinstance(value, str) else set(value)


def open(location: str | Path) -> Graph:  # noqa: A001 - kg.open, as in open("file")
    """Open a store directory, a graph file (.trig, .ttl, .nq, .jsonld, ...) or an http(s):// SPARQL
    store as a `Graph`. Raises `kg.store.GraphFileError` (a ValueError) when there is no graph there."""
    return Graph(location)


def _release(location: str | Path) -> None:
    """Close this process's Graphs on the store directory `location`, so a build can write it."""
    target = Path(location).resolve()
    for graph in list(_OPEN_GRAPHS):
        if not graph.is_remote and Path(graph.location).resolve() == target:
            graph.close()
            graph.refresh()


def build(inputs: Iterable[str] | str, out_dir: str | Path | None = "out", **options: Any) -> Graph:
    """Build the graph of `inputs` as `kg.pipeline.build` does (same options: `store=`, `formats=`,
    `views=`, `published=`, `workers=`, ...) and open it: the store when `store=` is given, else the
    graph file written in `out_dir` (graph.trig by default). `.summary` is the build's Summary (counts,
    failures, output paths). Failed inputs are listed there; none raises."""
    from kg.pipeline import build as build_graph

    store = options.get("store")
    if store is None and out_dir is None:
        raise ValueError("kg.build keeps the graph in a store or in graph files: give store= or out_dir=")
    if isinstance(inputs, str | Path):
        inputs = [str(inputs)]
    if store is not None and not str(store).startswith(("http://", "https://")):
        _release(store)
    summary = build_graph(inputs, out_dir=out_dir, **options)
    location = summary.outputs.get("store") or next(
        (summary.outputs[f] for f in ("trig", "nq", "jsonld", "ttl") if f in summary.outputs), None
    )
    if location is None:  # every input failed: nothing was written
        return Graph(":memory:", summary=summary, dataset=ox.Store())
    return Graph(location, summary=summary)
