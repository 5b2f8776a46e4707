"""The report of `kg analyze`: central actors, communities, busiest days, timelines and paths, as JSON or text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from kg.analysis.measures import actor_timeline, busiest_days, centralities, communities
from kg.analysis.paths import Contact, temporal_path
from kg.analysis.projection import ASSERTED_ONLY, MODALITIES, EventRecord, Projection, with_modalities


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
        "modality": ev.modality,
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
    modalities: Iterable[str] | None = ASSERTED_ONLY,
) -> dict[str, Any]:
    """The analysis report as JSON-ready data. `source`/`target` are actor names; `actors` names
    whose timelines to include (default: the most central ones). Only the events of `modalities` count
    (default: asserted, what the articles report as having happened; None: every event); the summary
    says how many others were left out."""
    wanted = tuple(MODALITIES if modalities is None else modalities)
    left_out = Counter(e.modality for e in projection.events if e.modality not in wanted)
    projection = with_modalities(projection, wanted)
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
            "modalities": list(wanted),
            "left_out": dict(sorted(left_out.items())),
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
    left_out = s.get("left_out") or {}
    if left_out:
        shown = ", ".join(s.get("modalities", ()))
        others = ", ".join(f"{n} {m}" for m, n in left_out.items())
        lines.append(f"{shown} events only: {others} left out (--all-modalities counts them)")
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
            mode = "" if ev["modality"] == "asserted" else f" ({ev['modality']})"
            lines.append(f"  {ev['date'] or 'undated':<10}  {ev['type'] + mode:<12} {others}  [{ev['article']}]")
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
