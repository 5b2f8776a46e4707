"""Exports of the projected graphs for other tools: GraphML, GEXF (dated, for Gephi's timeline), CSV.

- `events.graphml` / `events.gexf`: actors and events, an edge per role;
- `actors.graphml` / `actors.gexf`: actors, an edge per pair of actors that shared events;
- `timeline.csv`: one row per event in date order, with its modality, date precision and source, actors,
  casualties and provenance.

Every event carries its `modality`; which events are exported is the caller's choice (`kg analyze
--export` passes the asserted ones unless `--all-modalities`: kg.analysis.with_modalities).

GEXF nodes and edges carry `start`/`end` (ISO dates), which puts the file in dynamic mode: Gephi's
timeline plays the graph over time. Every file is written atomically.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any

import networkx as nx

from kg.analysis import Projection
from kg.atomic import atomic_write

NETWORK_FORMATS = ("graphml", "gexf", "csv")


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    """Attributes GraphML/GEXF can hold: no None, lists and counters joined into text."""
    out = {}
    for k, v in data.items():
        if v is None:
            continue
        if isinstance(v, dict):
            v = ";".join(f"{a}:{b}" for a, b in sorted(v.items()))
        elif isinstance(v, list | tuple | set):
            v = ";".join(str(x) for x in v)
        out[k] = v
    return out


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def dated_event_graph(projection: Projection) -> nx.MultiDiGraph:
    """The actor–event graph with `start`/`end` dates: events by their dates, actors from their
    first to last event, edges at their event's date."""
    g = nx.MultiDiGraph()
    span: dict[str, list[str]] = {}
    for ev in projection.events:
        if ev.start:
            for iri in ev.entities:
                span.setdefault(iri, []).append(ev.start.date().isoformat())
    for iri, a in projection.actors.items():
        dates = sorted(span.get(iri, []))
        g.add_node(
            iri,
            **_clean(
                {
                    "label": a.name,
                    "kind": "actor",
                    "type": a.type,
                    "start": dates[0] if dates else None,
                    "end": dates[-1] if dates else None,
                }
            ),
        )
    for ev in projection.events:
        start = ev.start.date().isoformat() if ev.start else None
        end = ev.end.date().isoformat() if ev.end else start
        g.add_node(
            ev.iri,
            **_clean(
                {
                    "label": ev.label,
                    "kind": "event",
                    "type": ev.type,
                    "modality": ev.modality,
                    "date": ev.date,
                    "precision": ev.precision,
                    "date_source": ev.date_source,
                    "killed": ev.killed,
                    "injured": ev.injured,
                    "start": start,
                    "end": end,
                    "sentence": ev.sentence,
                    "article": ev.article_id,
                }
            ),
        )
        for role, iri in ev.roles:
            if iri not in g:
                g.add_node(iri, label=iri.rsplit("/", 1)[-1], kind="actor", type="other")
            g.add_edge(
                iri,
                ev.iri,
                key=role,
                **_clean({"role": role, "event_type": ev.type, "modality": ev.modality, "start": start, "end": end}),
            )
    return g


def dated_actor_graph(projection: Projection) -> nx.Graph:
    g = nx.Graph()
    for v, data in projection.actor_graph.nodes(data=True):
        g.add_node(v, **_clean({"label": data.get("name"), "type": data.get("type")}))
    for u, v, data in projection.actor_graph.edges(data=True):
        g.add_edge(
            u,
            v,
            **_clean(
                {
                    "weight": data["weight"],
                    "types": dict(data["types"]),
                    "start": _day(data.get("first")) if data.get("first") and len(data["first"]) == 10 else None,
                    "end": _day(data.get("last")) if data.get("last") and len(data["last"]) == 10 else None,
                    "first": data.get("first"),
                    "last": data.get("last"),
                }
            ),
        )
    return g


TIMELINE_COLUMNS = (
    "date",
    "precision",
    "date_source",
    "start",
    "end",
    "type",
    "modality",
    "label",
    "actors",
    "killed",
    "injured",
    "casualty_qualifier",
    "sentence",
    "article",
    "headline",
    "url",
    "event",
)


def timeline_rows(projection: Projection) -> Iterable[dict[str, str]]:
    names = {iri: a.name for iri, a in projection.actors.items()}
    for ev in projection.events:
        yield {
            "date": ev.date or "",
            "precision": ev.precision or "",
            "date_source": ev.date_source or "",
            "start": ev.start.isoformat() if ev.start else "",
            "end": ev.end.isoformat() if ev.end else "",
            "type": ev.type,
            "modality": ev.modality,
            "label": ev.label,
            "actors": "; ".join(f"{role}={names.get(i, i)}" for role, i in ev.roles),
            "killed": "" if ev.killed is None else str(ev.killed),
            "injured": "" if ev.injured is None else str(ev.injured),
            "casualty_qualifier": ev.casualty_qualifier or "",
            "sentence": ev.sentence,
            "article": ev.article_id,
            "headline": ev.headline or "",
            "url": ev.url or "",
            "event": ev.iri,
        }


def export_networks(projection: Projection, out_dir: Path, formats: Iterable[str] = NETWORK_FORMATS) -> dict[str, Path]:
    """Write the chosen exports into out_dir; returns {file name: path}."""
    out_dir = Path(out_dir)
    wanted = list(formats)
    unknown = [f for f in wanted if f not in NETWORK_FORMATS]
    if unknown:
        raise ValueError(f"unknown export format {unknown[0]!r} (choose from {', '.join(NETWORK_FORMATS)})")
    paths: dict[str, Path] = {}
    graphs = {"events": dated_event_graph(projection), "actors": dated_actor_graph(projection)}
    for name, g in graphs.items():
        if "graphml" in wanted:
            paths[f"{name}.graphml"] = atomic_write(
                out_dir / f"{name}.graphml", partial(nx.write_graphml, g, encoding="utf-8")
            )
        if "gexf" in wanted:
            paths[f"{name}.gexf"] = atomic_write(out_dir / f"{name}.gexf", partial(nx.write_gexf, g, encoding="utf-8"))
    if "csv" in wanted:

        def write_csv(tmp: str) -> None:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=TIMELINE_COLUMNS)
                writer.writeheader()
                writer.writerows(timeline_rows(projection))

        paths["timeline.csv"] = atomic_write(out_dir / "timeline.csv", write_csv)
    return paths
